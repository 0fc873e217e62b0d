// Name keys: the one normalisation that decides when two surface names are the same name.
//
// Shared by extraction (merging mentions), the graph's alias index and the query binder, so
// `{name:'Zelenskyy'}`, "ZELENSKYY" and "Zelenskyy's" all land on the same key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

// Folds to ASCII (Sánchez -> sanchez), lower-cases, drops apostrophes and periods
// ("U.S." -> "us"), turns other punctuation into spaces, collapses white space and drops a
// leading "the ". Returns "" for a name with no letters or digits.
std::string name_key(std::string_view name);
// The same key written into `out`, whose room is reused: comparisons of keys in a loop need no
// allocation once the buffer is large enough.
void name_key_into(std::string_view name, std::string& out);
// The keys of two names compared without copying them out of the per-thread cache.
struct KeyComparison {
  bool a_empty = false;
  bool b_empty = false;
  bool same = false;  // also when both are empty
};
KeyComparison compare_name_keys(std::string_view a, std::string_view b);

// Two words or more, each capitalised but for small function words: "Sahel Border Stabilisation Force".
bool proper_name(std::string_view a);

// Two documents each named by a title of its own (a proper name of two words or more besides
// the head: "Joint Declaration of the 9th Leaders' Meeting", "Peru-Chile Joint Statement on
// Deepening the Partnership"; not "Joint Declaration" or "Lima Declaration"), with no title in
// common: two texts, even when both are a meeting's outcome. `a` and `b` are their names.
bool document_titles_apart(const std::vector<std::string>& a, std::string_view head, const std::vector<std::string>& b);

// Folds UTF-8 text to ASCII letters where a decomposition exists (é -> e); other characters
// outside ASCII are kept as they are. Invalid UTF-8 bytes are replaced by '?'.
std::string fold_to_ascii(std::string_view text);

// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace kg::ingest
