// ReaderRules: the data the article reader works from, loaded from data files at run time.
//
// Outlets (names, credit forms, web domains), abbreviations that do not end sentences, and
// the shape patterns of news text (date words, metadata keys, lines to drop, photo credits,
// wire datelines, hyphenation hints). Files: `data/lexicon/outlets.json`,
// `data/lexicon/abbreviations.json`, `data/lexicon/reader.json` under a root directory, each
// validated against `schemas/<name>.schema.json`; a bad file throws LexiconError naming the
// file and the line of the offending value. Adding an outlet or an abbreviation is a data edit.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace kg::ingest {

// An ordered family of patterns sharing one anchor. All of them are compiled together into
// one set, so one pass over a text tells which of them match (most texts match none); only
// those are run again on their own, for their groups. A pattern is compiled on its own the
// first time it is needed: most never are, and compiling (bounded repeats of Unicode classes
// make large programs) is most of the cost of loading the reader's rules.
class PatternList {
 public:
  enum class Anchor { kNone, kStart, kBoth };  // RE2::UNANCHORED, ANCHOR_START, ANCHOR_BOTH

  explicit PatternList(Anchor anchor = Anchor::kNone) : anchor_(anchor) {}
  // Adds a pattern; returns "" or the pattern's syntax error (the pattern is then not added).
  std::string add(const std::string& pattern);
  // Compiles the set; call once, after the last add().
  void compile();

  size_t size() const { return entries_.size(); }
  // Pattern i, compiled on first use (safe from several threads).
  const re2::RE2& operator[](size_t i) const;
  // Whether pattern i has a (?P<name>...) group.
  bool has_group(size_t i, std::string_view name) const;
  Anchor anchor() const { return anchor_; }
  // Whether the set compiled; without it matching tries each pattern (same answers, slower).
  bool has_set() const;
  // Indices of the patterns that match `text` under the anchor, ascending, into `out`. When
  // the set cannot answer (not compiled, or its automaton ran out of memory) each pattern is
  // tried on its own.
  void matching(std::string_view text, std::vector<int>& out) const;
  // Whether any pattern matches `text` under the anchor.
  bool any(std::string_view text) const;

 private:
  struct Set;
  struct Entry;
  Anchor anchor_;
  std::vector<std::shared_ptr<Entry>> entries_;
  std::shared_ptr<Set> set_;
};

struct Outlet {
  std::string name;   // the name kg reports ("AFP", "The Moscow Times")
  bool wire = false;  // a news agency whose copy other outlets republish
};

struct ReaderRules {
  using Pattern = std::shared_ptr<const re2::RE2>;
  enum class Abbrev { kNone, kNoBreak, kMayEnd };

  // Loads and validates the reader's data files under `root` (the directory holding data/
  // and schemas/). Throws LexiconError on a missing, malformed or invalid file.
  static ReaderRules load(const std::filesystem::path& root);

  // The outlet whose name or alias has the same name key as `text` ("RFE RL" -> RFE/RL).
  const Outlet* outlet_by_name(std::string_view text) const;
  // The outlet publishing at `host` ("www.rnz.co.nz"); parent domains are tried too.
  const Outlet* outlet_by_host(std::string_view host) const;
  // How the full stop closing `token` ("U.S.", "Gen.") behaves; case-sensitive.
  Abbrev abbreviation(std::string_view token) const;
  bool is_sentence_starter(std::string_view word) const { return starters.count(std::string(word)) > 0; }
  // Month number of a month word in any case, with or without a full stop; 0 when none.
  int month(std::string_view word) const;
  bool is_date_word(std::string_view word) const;
  // "date", "title", "author", "outlet", "url" for a metadata key in any case; "" when none.
  std::string meta_key(std::string_view key) const;
  bool is_byline_prefix(std::string_view words) const;
  // Whether `word` is the first word of a byline prefix ("By", "Written"): most lines are
  // ruled out as bylines by their first word.
  bool is_byline_start(std::string_view word) const;
  // A word that marks a byline part as a role, not a name ("Senior Correspondent").
  bool is_byline_role(std::string_view word) const;
  // A short word after which a headline goes on over the next line ("for", "of", "and").
  bool is_title_joiner(std::string_view word) const;
  bool is_section_label(std::string_view text) const;
  // "FINAL COMMUNIQUÉ", "JOINT DECLARATION": a header line naming the issued text by its kind
  // (the last word a document_titles word, ASCII-folded).
  bool is_document_title(std::string_view text) const;
  // A publication noun that ends an outlet's name ("Herald", "Monitor", "Brief"), any case.
  bool is_outlet_head(std::string_view word) const;
  // A word of a company's legal name after its publication's ("Media", "Sdn", "Bhd", "Ltd"), any case.
  bool is_company_word(std::string_view word) const;
  // A noun ending a think tank's name ("Centre", "Institute", "Foundation"), any case.
  bool is_institute_head(std::string_view word) const;
  bool is_compound_prefix(std::string_view fragment) const;
  bool is_broken_word_suffix(std::string_view fragment) const;

  std::vector<Outlet> outlets;
  std::map<std::string, size_t> outlet_keys;   // name key of a name or alias -> outlets index
  std::map<std::string, size_t> outlet_hosts;  // domain -> outlets index
  std::set<std::string> no_break, may_end, starters;
  std::map<std::string, int> months;
  std::set<std::string> document_titles;  // name keys of a document's kind, "communique"
  std::set<std::string> date_words, byline_prefixes, byline_roles, title_joiners, section_labels, compound_prefixes,
      broken_suffixes, outlet_heads, company_words, institute_heads;
  std::map<std::string, std::string> meta_keys;  // lower-case key -> kind
  PatternList drop_paragraphs{PatternList::Anchor::kNone};   // a paragraph matching one is boilerplate
  PatternList menu_rows{PatternList::Anchor::kNone};         // a site's menu row ("News Politics Live TV"): boilerplate, the site's name over it
  PatternList caption_credits{PatternList::Anchor::kNone};   // group "credit" (or the match) is a photo credit
  PatternList datelines{PatternList::Anchor::kStart};        // group "outlet" names the wire, the match is removed
  PatternList place_leads{PatternList::Anchor::kStart};      // "CITY: Text": group "place" kept, the text left as it is
  PatternList outlet_lines{PatternList::Anchor::kNone};      // group "outlet" names the publisher ("© 2026 X")
  PatternList running_headers{PatternList::Anchor::kBoth};   // a PDF page header: groups "outlet" and "date"
  PatternList signature_openers{PatternList::Anchor::kBoth}; // "For the Republic of X": a signature group's first line
  PatternList issued_lines{PatternList::Anchor::kStart};     // "Done at Maputo, on 4 June 2026": group "date" dates an issued text
  PatternList header_lines{PatternList::Anchor::kBoth};      // "Volume 12: debated on Tuesday 3 May 2027": groups "date", "title", "outlet"
  PatternList caption_lines{PatternList::Anchor::kBoth};     // "CAPTION: ANA ZUBIRI | Foreign Minister, Chile": body text
  PatternList meeting_lines{PatternList::Anchor::kBoth};     // "812TH PLENARY MEETING (PM)" under a body's name: group "meeting"
  PatternList record_symbol_lines{PatternList::Anchor::kBoth};   // "United Nations S/PV.8123": groups "issuer", "symbol"
  PatternList record_meeting_lines{PatternList::Anchor::kBoth};  // "8123rd meeting" in a verbatim record's header: group "meeting"
  PatternList record_agenda_lines{PatternList::Anchor::kBoth};   // "Agenda": the next line is the record's item
  PatternList record_open_lines{PatternList::Anchor::kBoth};     // "The session was opened at 10 a.m.": a record's proceedings open
  PatternList record_close_lines{PatternList::Anchor::kBoth};    // "The meeting rose at ...": a record's proceedings close
  PatternList record_roster_lines{PatternList::Anchor::kBoth};   // "State . . . Ms. Y": groups "left", "right", "chair"
  PatternList reporter_lines{PatternList::Anchor::kNone};    // "Delta TV's Ana Ruiz reports." closing a standfirst: group "author"
  PatternList post_headers{PatternList::Anchor::kBoth};      // "Ana Ruiz @AnaRuizMx" over an embedded post: group "author"
};

}  // namespace kg::ingest
