// What the ingest fuzz targets check on one input, shared with the unit test that replays the
// seed corpora and every saved crash (tests/unit/ingest_fuzz_hostile_test.cpp), so a crash
// found once is re-run by every `make test`, without a fuzzing compiler.
//
// check_reader: read_articles on arbitrary bytes either throws InputError or returns articles
// whose text is valid UTF-8 and whose sentences, offsets and dates are well formed.
// check_extract: the same, then extract() on each article and resolve() over all of them:
// every span, sentence, entity and node index must point inside what it indexes.
// Each returns "" when everything held, else a one-line description of what broke.
#pragma once

#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_data.h"
#include "graph/model.h"
#include "graph/resolve.h"
#include "ingest/doc_facts.h"
#include "ingest/errors.h"
#include "ingest/extractor.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"
#include "ingest/reader_rules.h"

namespace kg::fuzz {

// The reader's rules and the lexicons, loaded once (from $KG_DATA or the source tree).
inline const ingest::ReaderRules& reader_rules() {
  static const ingest::ReaderRules rules = ingest::ReaderRules::load(ingest::find_data_root());
  return rules;
}
inline const ingest::Lexicon& lexicon() {
  static const ingest::Lexicon lex = ingest::Lexicon::load(ingest::find_data_root());
  return lex;
}

inline bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

inline bool iso_date(std::string_view d) {
  if (d.empty()) return true;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

inline std::string check_article(const ingest::Article& a, size_t index, size_t file_bytes) {
  const std::string where = "article " + std::to_string(index) + ": ";
  if (a.index != static_cast<int>(index)) return where + "index " + std::to_string(a.index);
  if (!valid_utf8(a.text)) return where + "text is not valid UTF-8";
  for (const std::string* s : {&a.title, &a.date, &a.outlet, &a.url}) {
    if (!valid_utf8(*s)) return where + "metadata is not valid UTF-8";
  }
  for (const std::string& s : a.authors) {
    if (!valid_utf8(s)) return where + "author is not valid UTF-8";
  }
  if (!iso_date(a.date)) return where + "date '" + a.date + "' is not YYYY-MM-DD";
  if (!a.source_offsets.empty()) {
    if (a.source_offsets.size() != a.text.size()) return where + "source_offsets and text differ in size";
    for (uint32_t o : a.source_offsets) {
      if (o >= file_bytes) return where + "source offset " + std::to_string(o) + " past the file";
    }
  }
  uint32_t last_end = 0;
  int last_paragraph = 0;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const ingest::Sentence& s = a.sentences[i];
    const std::string at = where + "sentence " + std::to_string(i) + ": ";
    if (s.begin >= s.end) return at + "empty or reversed span";
    if (s.end > a.text.size()) return at + "ends past the text";
    if (s.begin < last_end) return at + "overlaps the previous sentence";
    if (s.paragraph < last_paragraph) return at + "paragraph goes backwards";
    if (!valid_utf8(std::string_view(a.text).substr(s.begin, s.end - s.begin))) return at + "cuts a UTF-8 character";
    last_end = s.end;
    last_paragraph = s.paragraph;
  }
  return {};
}

// Reads `bytes` as the file "fuzz.txt"; `articles` receives what was read.
inline std::string check_reader(std::string_view bytes, std::vector<ingest::Article>* articles = nullptr) {
  std::vector<ingest::Article> read;
  try {
    read = ingest::read_articles(bytes, "fuzz.txt", reader_rules());
  } catch (const ingest::InputError& e) {
    if (std::string_view(e.what()).substr(0, 10) != "fuzz.txt: ") return std::string("InputError without the path: ") + e.what();
    return {};
  } catch (const std::exception& e) {
    return std::string("read_articles threw ") + e.what();
  }
  for (size_t i = 0; i < read.size(); ++i) {
    if (std::string problem = check_article(read[i], i, bytes.size()); !problem.empty()) return problem;
  }
  if (articles) *articles = std::move(read);
  return {};
}

inline std::string check_evidence(const ingest::Evidence& e, const ingest::Article& a, const std::string& what) {
  if (e.sentence < -1 || e.sentence >= static_cast<int>(a.sentences.size())) return what + ": sentence out of range";
  if (e.begin > e.end || e.end > a.text.size()) return what + ": span outside the text";
  return {};
}

inline std::string check_facts(const ingest::DocFacts& d) {
  const ingest::Article& a = d.article;
  const auto entities = static_cast<int>(d.entities.size());
  for (size_t i = 0; i < d.entities.size(); ++i) {
    const ingest::LocalEntity& e = d.entities[i];
    const std::string what = "entity " + std::to_string(i);
    if (e.kind.empty() || e.name.empty()) return what + ": no kind or no name";
    if (!valid_utf8(e.name)) return what + ": name is not valid UTF-8";
    for (const auto& alias : e.aliases) {
      if (!valid_utf8(alias)) return what + ": alias is not valid UTF-8";
    }
    for (const auto& m : e.mentions) {
      if (std::string p = check_evidence(m, a, what + " mention"); !p.empty()) return p;
    }
  }
  for (size_t i = 0; i < d.quotes.size(); ++i) {
    const ingest::LocalQuote& q = d.quotes[i];
    const std::string what = "quote " + std::to_string(i);
    if (q.speaker < -1 || q.speaker >= entities) return what + ": speaker out of range";
    if (!valid_utf8(q.text)) return what + ": text is not valid UTF-8";
    if (std::string p = check_evidence(q.evidence, a, what); !p.empty()) return p;
  }
  for (size_t i = 0; i < d.relations.size(); ++i) {
    const ingest::LocalRelation& r = d.relations[i];
    const std::string what = "relation " + std::to_string(i) + " " + r.type;
    if (r.type.empty()) return what + ": no type";
    if (r.start < 0 || r.start >= entities || r.end < 0 || r.end >= entities) return what + ": end out of range";
    if (std::string p = check_evidence(r.evidence, a, what); !p.empty()) return p;
  }
  return {};
}

inline std::string check_graph(const graph::GraphData& g) {
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].kind.empty()) return "node " + std::to_string(i) + ": no kind";
    if (!valid_utf8(g.nodes[i].name)) return "node " + std::to_string(i) + ": name is not valid UTF-8";
  }
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const graph::Edge& e = g.edges[i];
    if (e.source >= g.nodes.size() || e.target >= g.nodes.size()) return "edge " + std::to_string(i) + ": end out of range";
  }
  return {};
}

inline std::string check_extract(std::string_view bytes) {
  std::vector<ingest::Article> articles;
  if (std::string problem = check_reader(bytes, &articles); !problem.empty()) return problem;
  std::vector<ingest::DocFacts> docs;
  try {
    for (const ingest::Article& a : articles) {
      docs.push_back(ingest::extract(a, lexicon()));
      if (std::string p = check_facts(docs.back()); !p.empty()) return "article " + std::to_string(a.index) + ": " + p;
    }
    graph::GraphData g = graph::resolve(docs);
    if (std::string p = check_graph(g); !p.empty()) return p;
    const graph::GraphModel model(std::move(g));  // builds the indexes queries use
  } catch (const std::exception& e) {
    return std::string("extraction threw ") + e.what();
  }
  return {};
}

}  // namespace kg::fuzz
