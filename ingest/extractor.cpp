#include "ingest/extractor.h"

#include <algorithm>
#include <set>
#include <utility>

#include "ingest/analysis.h"
#include "ingest/force_key.h"
#include "ingest/name_key.h"

namespace kg::ingest {
namespace {

Evidence evidence_for(const detail::Doc& d, int first_tok, int last_tok, std::string rule, double confidence) {
  Evidence ev;
  if (d.size() == 0) return ev;
  first_tok = std::clamp(first_tok, 0, d.size() - 1);
  last_tok = std::clamp(last_tok, first_tok, d.size() - 1);
  ev.sentence = d.sentence_of(first_tok);
  ev.begin = d.toks[static_cast<size_t>(first_tok)].begin;
  ev.end = d.toks[static_cast<size_t>(last_tok)].end;
  ev.rule = std::move(rule);
  ev.confidence = confidence;
  return ev;
}

// The quoted words as one line: paragraph breaks inside a quotation become spaces, trailing
// commas go.
std::string quote_text(const std::string& text, uint32_t b, uint32_t e) {
  std::string out;
  out.reserve(e - b);
  bool space = false;
  for (uint32_t i = b; i < e; ++i) {
    const char c = text[i];
    if (c == '\n' || c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string mention_rule(const detail::Mention& m) {
  switch (m.form) {
    case detail::Form::Name: return m.kind == "Person" ? "mention:person-name" : "mention:lexicon";
    case detail::Form::Surname: return "mention:surname";
    case detail::Form::Acting: return "mention:acting-for";
    case detail::Form::Demonym: return "mention:demonym";
    case detail::Form::TitleRef: return "mention:title";
    case detail::Form::Pronoun: return "mention:pronoun";
    case detail::Form::Collective: return "mention:collective";
    case detail::Form::Phrase: return "mention:head-noun";
    case detail::Form::Spokes: return "mention:spokesperson";
  }
  return "mention";
}

}  // namespace

DocFacts extract(const Article& article, const Lexicon& lexicon) {
  detail::Doc d(article, lexicon.data());
  detail::find_quotes(d);
  detail::find_mentions(d);
  detail::resolve_coreference(d);
  detail::attribute_quotes(d);
  detail::find_relations(d);

  DocFacts facts;
  facts.article = article;
  if (facts.article.sentences.empty()) facts.article.sentences = d.sentences;

  // Quotes make their speakers strong.
  for (const detail::Quote& q : d.quotes) {
    if (!q.naming && q.speaker >= 0) d.e(d.live(q.speaker)).strong = true;
  }
  // Entities that survive: strong ones, in order of first mention.
  std::vector<int> remap(d.entities.size(), -1);
  for (size_t ei = 0; ei < d.entities.size(); ++ei) {
    detail::Entity& x = d.entities[ei];
    if (x.removed || !x.strong) continue;
    LocalEntity le;
    le.kind = x.kind;
    le.name = x.name;
    le.attributes = std::move(x.attributes);  // only removed entities' attributes are read again (live)
    std::vector<std::string> seen;
    auto alias = [&](const std::string& a) {
      const std::string k = name_key(a);
      if (k.empty() || std::find(seen.begin(), seen.end(), k) != seen.end()) return;
      seen.push_back(k);
      le.aliases.push_back(a);
    };
    alias(x.name);
    for (const std::string& a : x.aliases) alias(a);
    // Forces named in other words elsewhere ("support for Ukraine's armed forces") meet in
    // resolution under their match keys.
    if (x.kind == "Force" && x.lex < 0) {
      std::set<std::string> keys;
      for (const std::string& a : le.aliases) keys.insert(force_match_key(lexicon.data(), a));
      keys.erase("");
      std::string joined;
      for (const std::string& k : keys) joined += (joined.empty() ? "" : "|") + k;
      if (!joined.empty()) le.attributes["match_keys"] = joined;
    }
    le.mentions.reserve(x.mentions.size());
    for (int mi : x.mentions) {
      const detail::Mention& m = d.m(mi);
      if (m.dropped) continue;
      le.mentions.push_back(evidence_for(d, m.first, m.last - 1, mention_rule(m), m.weak ? 0.6 : 0.9));
    }
    remap[ei] = static_cast<int>(facts.entities.size());
    facts.entities.push_back(std::move(le));
  }
  auto mapped = [&](int e) { return e < 0 ? -1 : remap[static_cast<size_t>(d.live(e))]; };

  for (const detail::Quote& q : d.quotes) {
    if (q.naming) continue;
    LocalQuote lq;
    lq.text = quote_text(article.text, q.begin, q.end);
    if (lq.text.empty()) continue;
    lq.speaker = mapped(q.speaker);
    lq.evidence = evidence_for(d, q.open, q.close >= 0 ? q.close : q.last_tok, q.rule.empty() ? "quote:unattributed" : q.rule,
                               q.speaker >= 0 ? q.confidence : 0.5);
    facts.quotes.push_back(std::move(lq));
  }
  facts.relations.reserve(d.relations.size());
  for (detail::Relation& r : d.relations) {  // the document ends here: its relations are moved out
    LocalRelation lr;
    lr.type = std::move(r.type);
    lr.start = mapped(r.start);
    lr.end = mapped(r.end);
    if (lr.start < 0 || lr.end < 0) continue;
    lr.properties = std::move(r.properties);
    lr.evidence.sentence = r.sentence;
    lr.evidence.begin = r.begin;
    lr.evidence.end = r.end_off;
    lr.evidence.rule = std::move(r.rule);
    lr.evidence.confidence = r.confidence;
    facts.relations.push_back(std::move(lr));
  }
  return facts;
}

}  // namespace kg::ingest
