#include "ingest/extractor.h"

#include <algorithm>
#include <set>
#include <utility>

#include "ingest/analysis.h"
#include "ingest/force_key.h"
#include "ingest/name_key.h"

namespace kg::ingest {
namespace {

Evidence evidence_for(const detail::Doc& d, int first_tok, int last_tok, Symbol rule, double confidence) {
  Evidence ev;
  if (d.size() == 0) return ev;
  first_tok = std::clamp(first_tok, 0, d.size() - 1);
  last_tok = std::clamp(last_tok, first_tok, d.size() - 1);
  ev.sentence = d.sentence_of(first_tok);
  ev.begin = d.toks[static_cast<size_t>(first_tok)].begin;
  ev.end = d.toks[static_cast<size_t>(last_tok)].end;
  ev.rule = rule;
  ev.confidence = confidence;
  return ev;
}

// The quoted words as one line: paragraph breaks inside a quotation become spaces, trailing
// commas go.
// A transcript turn without its notes in square brackets ("[applause]", "[inaudible]").
std::string without_stage_notes(const std::string& text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '[') ++depth;
    if (depth == 0 && !(c == ' ' && (out.empty() || out.back() == ' '))) out.push_back(c);
    if (c == ']' && depth > 0) --depth;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string quote_text(const std::string& text, uint32_t b, uint32_t e) {
  const auto blank = [&](uint32_t i) { return text[i] == '\n' || text[i] == ' ' || text[i] == '\t'; };
  std::string out;
  out.reserve(e - b);
  for (uint32_t i = b; i < e;) {  // word by word: each appended at once, one space between
    bool space = false, para = false;
    for (; i < e && blank(i); ++i) {
      para = para || (text[i] == '\n' && i > b && text[i - 1] == '\n');
      space = true;
    }
    if (i == e) break;
    // a speech running over paragraphs: the mark reopening it is no part of its words
    if (para) {
      for (const char* mark : {"\"", "\u201C", "\u201D", "\u201E", "\u00AB"}) {
        if (text.compare(i, std::char_traits<char>::length(mark), mark) == 0) {
          i += static_cast<uint32_t>(std::char_traits<char>::length(mark));
          break;
        }
      }
    }
    uint32_t j = i;
    while (j < e && !blank(j)) ++j;
    if (space && !out.empty()) out.push_back(' ');
    out.append(text, i, j - i);
    i = j;
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

// (Each rule's Symbol is looked up once per process.)
Symbol mention_rule(const detail::Mention& m) {
  struct Rules {
    Symbol person{"mention:person-name"}, lexicon{"mention:lexicon"}, surname{"mention:surname"},
        acting{"mention:acting-for"}, demonym{"mention:demonym"}, title{"mention:title"}, pronoun{"mention:pronoun"},
        collective{"mention:collective"}, phrase{"mention:head-noun"}, spokes{"mention:spokesperson"}, other{"mention"};
  };
  static const Rules r;  // one guard for all
  switch (m.form) {
    case detail::Form::Name: return m.kind == "Person" ? r.person : r.lexicon;
    case detail::Form::Surname: return r.surname;
    case detail::Form::Acting: return r.acting;
    case detail::Form::Demonym: return r.demonym;
    case detail::Form::TitleRef: return r.title;
    case detail::Form::Pronoun: return r.pronoun;
    case detail::Form::Collective: return r.collective;
    case detail::Form::Phrase: return r.phrase;
    case detail::Form::Spokes: return r.spokes;
  }
  return r.other;
}

// Everything but the article itself, which the callers below copy or move into `facts`; the
// sentences go into facts.article when the article came without them.
void extract_facts(const Article& article, const Lexicon& lexicon, DocFacts& facts) {
  detail::Doc d(article, lexicon.data());
  detail::find_quotes(d);
  detail::find_mentions(d);
  detail::resolve_coreference(d);
  detail::attribute_quotes(d);
  detail::find_relations(d);
  detail::merge_restated_contributions(d);

  if (article.sentences.empty()) facts.article.sentences = d.sentences;

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
    // The keys seen so far, in strings kept per thread (their room reused from entity to entity).
    thread_local std::vector<std::string> seen;
    size_t seen_count = 0;
    auto alias = [&](std::string&& a) {
      // An alias written exactly as one already taken has its key: a duplicate, found without
      // working the key out (the name is most often among the aliases too).
      if (std::find(le.aliases.begin(), le.aliases.end(), a) != le.aliases.end()) return;
      if (seen_count == seen.size()) seen.emplace_back();
      std::string& k = seen[seen_count];
      name_key_into(a, k);
      if (k.empty() || std::find(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(seen_count), k) !=
                           seen.begin() + static_cast<std::ptrdiff_t>(seen_count))
        return;
      ++seen_count;
      le.aliases.push_back(std::move(a));
    };
    alias(std::string(x.name));
    for (std::string& a : x.aliases) alias(std::move(a));  // the entity ends here: its aliases are moved out
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

  // (a verbatim record's turns are its speakers' speeches, not quotations: only the words in
  // quotation marks inside them are)
  const bool record = !article.roster.empty();
  for (const detail::Quote& q : d.quotes) {
    if (q.naming || (q.turn && record)) continue;
    LocalQuote lq;
    lq.text = quote_text(article.text, q.begin, q.end);
    if (q.turn) lq.text = without_stage_notes(lq.text);
    if (lq.text.empty()) continue;
    lq.speaker = mapped(q.speaker);
    lq.evidence = evidence_for(d, q.open, q.close >= 0 ? q.close : q.last_tok, q.rule.empty() ? Symbol("quote:unattributed") : Symbol(q.rule),
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
    lr.evidence.rule = r.rule;
    lr.evidence.confidence = r.confidence;
    facts.relations.push_back(std::move(lr));
  }
}

}  // namespace

DocFacts extract(const Article& article, const Lexicon& lexicon) {
  DocFacts facts;
  facts.article = article;
  extract_facts(article, lexicon, facts);
  return facts;
}

DocFacts extract(Article&& article, const Lexicon& lexicon) {
  DocFacts facts;
  extract_facts(article, lexicon, facts);
  std::vector<Sentence> found = std::move(facts.article.sentences);
  facts.article = std::move(article);
  if (facts.article.sentences.empty()) facts.article.sentences = std::move(found);
  return facts;
}

}  // namespace kg::ingest
