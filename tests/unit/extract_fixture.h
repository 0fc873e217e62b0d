// Test helpers for extraction: build an Article from a string and ask what was found.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/doc_facts.h"
#include "ingest/extractor.h"
#include "ingest/lexicon.h"
#include "ingest/name_key.h"

namespace kg::test {

inline const ingest::Lexicon& lexicon() {
  static const ingest::Lexicon lex = ingest::Lexicon::load(ingest::find_data_root());
  return lex;
}

// An article whose paragraphs are separated by blank lines; sentences are left to the
// extractor's own splitter.
inline ingest::Article article(const std::string& text, const std::string& file = "test.txt", const std::string& date = "") {
  ingest::Article a;
  a.file = file;
  a.path = file;
  a.text = text;
  a.date = date;
  return a;
}

inline ingest::DocFacts facts(const std::string& text, const std::string& date = "2026-01-07") {
  return ingest::extract(article(text, "test.txt", date), lexicon());
}

// The facts of one article of a corpus, titled after its file: what resolution tests feed in.
inline ingest::DocFacts titled_facts(const std::string& file, const std::string& text, const std::string& date = "2026-01-07") {
  ingest::Article a = article(text, file, date);
  a.title = "Title of " + file;
  return ingest::extract(a, lexicon());
}

// The name of the only entity of `kind` in `f` ("Meeting": the article's one meeting), "" when
// there is not exactly one: rules about a meeting are tested without spelling its generated name.
inline std::string only_entity(const ingest::DocFacts& f, const std::string& kind) {
  std::string name;
  int n = 0;
  for (const auto& e : f.entities) {
    if (e.kind != kind) continue;
    name = e.name;
    ++n;
  }
  return n == 1 ? name : "";
}

// Index of the entity of `kind` with `name` (or an alias), -1 when none.
inline int entity(const ingest::DocFacts& f, const std::string& kind, const std::string& name) {
  const std::string key = ingest::name_key(name);
  for (size_t i = 0; i < f.entities.size(); ++i) {
    const auto& e = f.entities[i];
    if (e.kind != kind) continue;
    if (ingest::name_key(e.name) == key) return static_cast<int>(i);
    for (const auto& a : e.aliases) {
      if (ingest::name_key(a) == key) return static_cast<int>(i);
    }
  }
  return -1;
}

inline int count_kind(const ingest::DocFacts& f, const std::string& kind) {
  int n = 0;
  for (const auto& e : f.entities) n += e.kind == kind ? 1 : 0;
  return n;
}

// True when a relationship `type` links the entities named `from` and `to`.
inline bool related(const ingest::DocFacts& f, const std::string& type, const std::string& from, const std::string& to) {
  const std::string kf = ingest::name_key(from), kt = ingest::name_key(to);
  auto named = [&](int e, const std::string& k) {
    if (e < 0) return false;
    if (ingest::name_key(f.entities[static_cast<size_t>(e)].name) == k) return true;
    for (const auto& a : f.entities[static_cast<size_t>(e)].aliases) {
      if (ingest::name_key(a) == k) return true;
    }
    return false;
  };
  for (const auto& r : f.relations) {
    if (r.type == type && named(r.start, kf) && named(r.end, kt)) return true;
  }
  return false;
}

inline const ingest::LocalRelation* relation(const ingest::DocFacts& f, const std::string& type, const std::string& from,
                                              const std::string& to) {
  const std::string kf = ingest::name_key(from), kt = ingest::name_key(to);
  for (const auto& r : f.relations) {
    if (r.type != type) continue;
    const auto& a = f.entities[static_cast<size_t>(r.start)];
    const auto& b = f.entities[static_cast<size_t>(r.end)];
    bool ma = ingest::name_key(a.name) == kf, mb = ingest::name_key(b.name) == kt;
    for (const auto& x : a.aliases) ma = ma || ingest::name_key(x) == kf;
    for (const auto& x : b.aliases) mb = mb || ingest::name_key(x) == kt;
    if (ma && mb) return &r;
  }
  return nullptr;
}

// The speaker's name of the quote whose text contains `words`; "?" when unattributed, "" when
// there is no such quote.
inline std::string speaker_of(const ingest::DocFacts& f, const std::string& words) {
  for (const auto& q : f.quotes) {
    if (q.text.find(words) == std::string::npos) continue;
    return q.speaker >= 0 ? f.entities[static_cast<size_t>(q.speaker)].name : "?";
  }
  return "";
}

// The quote whose text starts with `words`, or nullptr.
inline const ingest::LocalQuote* quote_starting(const ingest::DocFacts& f, const std::string& words) {
  for (const auto& q : f.quotes) {
    if (q.text.rfind(words, 0) == 0) return &q;
  }
  return nullptr;
}

// The speaker's name of the quote starting with `words`; "?" when unattributed, "" when none.
inline std::string speaker_starting(const ingest::DocFacts& f, const std::string& words) {
  const ingest::LocalQuote* q = quote_starting(f, words);
  if (!q) return "";
  return q->speaker >= 0 ? f.entities[static_cast<size_t>(q->speaker)].name : "?";
}

}  // namespace kg::test
