#include "ingest/analysis.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <optional>

#include "ingest/calendar.h"
#include "ingest/name_key.h"

namespace kg::ingest::detail {
namespace {

// Sentences for an article that came without them (built from strings): a stop followed by
// white space and a capital, a quotation mark or a digit ends one; a blank line ends one.
std::vector<Sentence> split_sentences(const std::string& text) {
  std::vector<Sentence> out;
  uint32_t begin = 0;
  int paragraph = 0;
  auto push = [&](uint32_t b, uint32_t e, int p) {
    while (b < e && (text[b] == ' ' || text[b] == '\n')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    if (e > b) out.push_back(Sentence{b, e, p});
  };
  for (uint32_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
      push(begin, i, paragraph);
      while (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      begin = i + 1;
      ++paragraph;
      continue;
    }
    if (c == '.' || c == '?' || c == '!') {
      uint32_t j = i + 1;
      while (j < text.size() && (text[j] == '"' || static_cast<unsigned char>(text[j]) == 0xE2)) {
        // closing quotation marks belong to the sentence they end (” is E2 80 9D)
        if (static_cast<unsigned char>(text[j]) == 0xE2) j += 3;
        else ++j;
      }
      if (j < text.size() && text[j] == ' ') {
        uint32_t k = j;
        while (k < text.size() && text[k] == ' ') ++k;
        if (k < text.size() && ((text[k] >= 'A' && text[k] <= 'Z') || text[k] == '"' || (text[k] >= '0' && text[k] <= '9') ||
                                static_cast<unsigned char>(text[k]) >= 0xC0)) {
          // "U.S." and initials do not end a sentence
          const bool abbrev = i >= 2 && text[i - 2] == '.';
          const bool initial = i >= 1 && text[i - 1] >= 'A' && text[i - 1] <= 'Z' && (i < 2 || text[i - 2] == ' ');
          if (!abbrev && !initial) {
            push(begin, j, paragraph);
            begin = j;
          }
        }
      }
    }
  }
  push(begin, static_cast<uint32_t>(text.size()), paragraph);
  return out;
}

bool case_ok(const std::vector<Token>& toks, int first, int len, const PhraseHit& h) {
  const unsigned need = static_cast<unsigned>(h.cap_mask | h.upper_mask);  // most phrases ask for no capitals
  for (int k = 0; k < len && k < 16 && (need >> k) != 0; ++k) {
    const Token& t = toks[static_cast<size_t>(first + k)];
    if ((h.upper_mask >> k) & 1u) {
      if (!t.is(tok::kUpper)) return false;
    } else if ((h.cap_mask >> k) & 1u) {
      if (!t.is(tok::kCap)) return false;
    }
  }
  return true;
}

bool pluralisable(Role r) {
  return r == Role::Office || r == Role::MeetingHead || r == Role::DocumentHead || r == Role::ForceHead ||
         r == Role::PersonRole || r == Role::SpokesNoun || r == Role::StatementNoun;
}

}  // namespace

namespace {

// The singular of a token key written into `out` (its room reused).
void singular_into(std::string_view k, std::string& out) {
  const size_t n = k.size();
  auto ends = [&](std::string_view e) { return n >= e.size() && k.substr(n - e.size()) == e; };
  if (n > 4 && ends("ies")) {
    out.assign(k.substr(0, n - 3));
    out.push_back('y');
  } else if (n > 3 && (ends("sses") || ends("ches") || ends("shes"))) {
    out.assign(k.substr(0, n - 2));
  } else if (n > 3 && k[n - 1] == 's' && k[n - 2] != 's' && k[n - 2] != 'u' && k[n - 2] != 'i') {
    out.assign(k.substr(0, n - 1));
  } else {
    out.assign(k);
  }
}

}  // namespace

std::string singular(std::string_view k) {
  std::string s;
  singular_into(k, s);
  return s;
}

bool object_person(const Doc& d, int mi) {
  const Mention& m = d.m(mi);
  bool lower = false;  // lower-case words passed: only an indefinite description may hold them
  for (int k = m.first - 1; k >= 0 && k >= m.first - 10; --k) {
    if (d.key_is(k, "by") || d.key_is(k, "with") || d.key_is(k, "to") || d.key_is(k, "of") || d.key_is(k, "for") ||
        d.key_is(k, "from") || d.key_is(k, "against")) {
      // ("For Minister X, the force answers a need", "according to X": who the sentence is about;
      // "Angered by the decision, X said": no description of X)
      return k != d.sentence_first(d.sentence_of(k)) && !d.key_is(k - 1, "according") &&
             (!lower || d.key_is(k + 1, "a") || d.key_is(k + 1, "an"));
    }
    // a title, an indefinite description and their commas
    const bool title = d.ending_at(k + 1, Role::Office) != nullptr || d.is_role(k, Role::OfficeModifier);
    if (title || d.key_is(k, ",") || d.key_is(k, "a") || d.key_is(k, "an") || (d.word(k) && d.atom_at[static_cast<size_t>(k)] < 0)) {
      lower = lower || (!title && d.word(k) && !d.cap(k) && !d.key_is(k, "a") && !d.key_is(k, "an"));
      continue;
    }
    return false;
  }
  return false;
}

int delegation_state(const Doc& d, int end, int& first) {
  const int noun = end - 1;
  if (noun < 1 || !d.cue(noun, Cue::StateDelegation) || d.in_quote(noun)) return -1;
  int owner_end = noun;  // exclusive end of the owner's words
  if (d.key_is(noun - 1, "'s") || d.is(noun - 1, tok::kPossessive)) --owner_end;
  const int a = d.atom_at[static_cast<size_t>(owner_end - 1)];
  if (a < 0 || d.m(a).last != owner_end || d.m(a).dropped || d.m(a).entity < 0) return -1;
  const bool possessive = owner_end < noun;
  if (!possessive && d.m(a).form != Form::Demonym) return -1;
  const int e = d.live(d.m(a).entity);
  if (e < 0) return -1;
  int state = d.e(e).kind == "Country" ? e : -1;
  // "President X's delegation": the state of the office the text gives the person
  if (possessive && d.e(e).kind == "Person") {
    for (int mi : d.e(e).mentions) {
      const Mention& pm = d.m(mi);
      const int b = pm.office >= 0 && pm.office_body >= 0 && !pm.former && d.m(pm.office_body).entity >= 0 ? d.live(d.m(pm.office_body).entity) : -1;
      if (b >= 0 && d.e(b).kind == "Country") {
        state = b;
        break;
      }
    }
  }
  if (state < 0) return -1;
  first = d.m(a).first;
  if (d.e(e).kind == "Person") {
    while (first > 0 && d.ending_at(first, Role::Office)) first = d.ending_at(first, Role::Office)->first;
  }
  if (d.key_is(first - 1, "the")) --first;
  return state;
}

bool has_name_key(std::string_view s) {
  bool other = false;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    other = other || c >= 0x80;
  }
  return other && !name_key(s).empty();  // folding decides for text outside ASCII
}

namespace {

// Room for the arrays of a Doc, kept per thread between articles (see Doc). Only the room is
// kept: every array is cleared before it is handed out.
struct DocRoom {
  std::vector<Token> toks;
  std::vector<Sentence> sentences;
  std::vector<Match> matches;
  std::vector<uint32_t> match_begin;
  std::vector<uint64_t> starts_with, ends_with, single, cue_starts, cue_single, frame_starts, listed;
  std::vector<uint32_t> by_end, end_begin;
  std::vector<int> quote_of, atom_at, phrase_at, sentence_start, candidates;
  std::vector<int32_t> singular_vocab;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};
thread_local DocRoom room;

// Takes the room of `from` into `to`, emptied.
template <typename T>
void take(std::vector<T>& from, std::vector<T>& to) {
  to.swap(from);
  to.clear();
}
// Gives the room of `from` back, unless it grew past what is worth keeping (a huge article's).
template <typename T>
void give(std::vector<T>& from, std::vector<T>& to) {
  if (from.capacity() * sizeof(T) > (size_t{8} << 20) || from.capacity() <= to.capacity()) return;
  from.clear();
  to.swap(from);
}

}  // namespace

Doc::~Doc() {
  // The tokens are given back whole: tokenize_into overwrites them in place.
  if (toks.capacity() * sizeof(Token) <= (size_t{8} << 20) && toks.capacity() > room.toks.capacity()) toks.swap(room.toks);
  give(sentences, room.sentences);
  give(matches, room.matches);
  give(match_begin, room.match_begin);
  give(starts_with, room.starts_with);
  give(ends_with, room.ends_with);
  give(single, room.single);
  give(cue_starts, room.cue_starts);
  give(cue_single, room.cue_single);
  give(frame_starts, room.frame_starts);
  give(listed, room.listed);
  give(by_end, room.by_end);
  give(end_begin, room.end_begin);
  give(quote_of, room.quote_of);
  give(atom_at, room.atom_at);
  give(phrase_at, room.phrase_at);
  give(sentence_start_, room.sentence_start);
  give(candidates_, room.candidates);
  give(mentions, room.mentions);
  give(entities, room.entities);
  give(relations, room.relations);
}

Doc::Doc(const Article& a, const Lexicon::Data& l) : article(a), lex(l) {
  toks.swap(room.toks);  // not emptied: see ~Doc
  take(room.sentences, sentences);
  take(room.matches, matches);
  take(room.match_begin, match_begin);
  take(room.starts_with, starts_with);
  take(room.ends_with, ends_with);
  take(room.single, single);
  take(room.cue_starts, cue_starts);
  take(room.cue_single, cue_single);
  take(room.frame_starts, frame_starts);
  take(room.listed, listed);
  take(room.by_end, by_end);
  take(room.end_begin, end_begin);
  take(room.quote_of, quote_of);
  take(room.atom_at, atom_at);
  take(room.phrase_at, phrase_at);
  take(room.sentence_start, sentence_start_);
  take(room.candidates, candidates_);
  take(room.mentions, mentions);
  take(room.entities, entities);
  take(room.relations, relations);

  tokenize_into(a.text, toks);
  size_ = static_cast<int>(toks.size());
  if (a.sentences.empty()) sentences = split_sentences(a.text);
  else sentences.assign(a.sentences.begin(), a.sentences.end());

  // Sentence of each token: the sentence whose span holds its start (between sentences: the one before).
  size_t s = 0;
  for (Token& t : toks) {
    while (s + 1 < sentences.size() && sentences[s + 1].begin <= t.begin) ++s;
    t.sentence = sentences.empty() ? 0 : static_cast<int32_t>(s);
    t.vocab = lex.vocab_id(t.key);
  }
  sentence_count_ = static_cast<int>(sentences.size());
  sentence_start_.assign(sentences.size() + 1, static_cast<int>(toks.size()));
  for (int i = static_cast<int>(toks.size()) - 1; i >= 0; --i) {
    sentence_start_[static_cast<size_t>(toks[static_cast<size_t>(i)].sentence)] = i;
  }
  for (int k = static_cast<int>(sentences.size()) - 1; k >= 0; --k) {
    if (sentence_start_[static_cast<size_t>(k)] > sentence_start_[static_cast<size_t>(k) + 1]) {
      sentence_start_[static_cast<size_t>(k)] = sentence_start_[static_cast<size_t>(k) + 1];
    }
  }

  // Every phrase match, longest last within a start token.
  const int n = size();
  match_begin.assign(static_cast<size_t>(n) + 1, 0);
  std::vector<int32_t> singular_vocab;
  take(room.singular_vocab, singular_vocab);
  singular_vocab.assign(static_cast<size_t>(n), -1);
  matches.reserve(static_cast<size_t>(n));
  std::string singular_key;  // one buffer for every plural word's singular
  // Role bits and counts of matches by end token, recorded as each match is found.
  starts_with.assign(static_cast<size_t>(n), 0);
  ends_with.assign(static_cast<size_t>(n) + 1, 0);
  single.assign(static_cast<size_t>(n), 0);
  cue_starts.assign(static_cast<size_t>(n), 0);
  cue_single.assign(static_cast<size_t>(n), 0);
  frame_starts.assign(static_cast<size_t>(n), 0);
  listed.assign(static_cast<size_t>(n), 0);
  end_begin.assign(static_cast<size_t>(n) + 2, 0);
  const auto found = [&](int first, int len, const PhraseHit& h, bool plural) {
    matches.push_back(Match{first, len, h, plural});
    const uint64_t b = bit(h.role);
    starts_with[static_cast<size_t>(first)] |= b;
    ends_with[static_cast<size_t>(first + len)] |= b;
    if (len == 1) single[static_cast<size_t>(first)] |= b;
    if (b & frame_roles) {
      frame_starts[static_cast<size_t>(first)] |= frame_bit(h.id);
    } else if (h.role == Role::Cue) {
      const uint64_t c = bit(static_cast<Cue>(h.id));
      cue_starts[static_cast<size_t>(first)] |= c;
      if (len == 1) cue_single[static_cast<size_t>(first)] |= c;
    } else if (h.role == Role::Listed) {
      listed[static_cast<size_t>(first)] |= bit(static_cast<WordList>(h.id));  // one-token phrases only
    }
    ++end_begin[static_cast<size_t>(first + len) + 1];
  };
  for (int i = 0; i < n; ++i) {
    const Token& t = toks[static_cast<size_t>(i)];
    if (t.is(tok::kWord) && t.key.size() > 3 && t.key.back() == 's') {
      singular_into(t.key, singular_key);
      singular_vocab[static_cast<size_t>(i)] = lex.vocab_id(singular_key);
    }
  }
  // "the chief of the Chilean defence staff": an office whose words go on past "the" with a
  // nationality word put in ("chief of the defence staff"). The match covers the demonym, whose
  // state is the office's (MentionFinder::set_office); only offices matched in any case.
  const auto offices_past_demonym = [&](int first, int dem, int32_t at) {
    if (dem + 1 >= n || !toks[static_cast<size_t>(dem)].is(tok::kCap) ||
        !lex.word_has_role(toks[static_cast<size_t>(dem)].key, Role::Demonym)) {
      return;
    }
    for (int k = dem + 1; k < n && k < dem + 8; ++k) {
      at = lex.step(at, toks[static_cast<size_t>(k)].vocab);
      if (at < 0) return;
      for (const PhraseHit& h : lex.node_hits[static_cast<size_t>(at)]) {
        if (h.role == Role::Office && (h.cap_mask | h.upper_mask) == 0) found(first, k - first + 1, h, false);
      }
      if (!lex.node_has_next[static_cast<size_t>(at)]) return;
    }
  };
  for (int i = 0; i < n; ++i) {
    match_begin[static_cast<size_t>(i)] = static_cast<uint32_t>(matches.size());
    int32_t node = 0;
    for (int j = i; j < n && j < i + 14; ++j) {
      // The plural of a phrase's last word: "chief negotiators", "summits".
      const int32_t sing = singular_vocab[static_cast<size_t>(j)];
      if (sing >= 0) {
        const int32_t sn = lex.step(node, sing);
        if (sn >= 0) {
          for (const PhraseHit& h : lex.node_hits[static_cast<size_t>(sn)]) {
            if (pluralisable(h.role) && case_ok(toks, i, j - i + 1, h)) found(i, j - i + 1, h, true);
          }
        }
      }
      node = lex.step(node, toks[static_cast<size_t>(j)].vocab);
      if (node < 0) break;
      for (const PhraseHit& h : lex.node_hits[static_cast<size_t>(node)]) {
        if (case_ok(toks, i, j - i + 1, h)) found(i, j - i + 1, h, false);
      }
      if (!lex.node_has_next[static_cast<size_t>(node)]) break;  // no phrase goes on: no step to look up
      if (j > i && toks[static_cast<size_t>(j)].key == "the") offices_past_demonym(i, j + 1, node);
    }
  }
  match_begin[static_cast<size_t>(n)] = static_cast<uint32_t>(matches.size());
  give(singular_vocab, room.singular_vocab);
  index_candidates();
  // Matches by end token: a counting sort (counted above), stable, so each end keeps the order
  // of `matches`.
  for (size_t e = 1; e < end_begin.size(); ++e) end_begin[e] += end_begin[e - 1];
  by_end.resize(matches.size());
  for (uint32_t k = 0; k < matches.size(); ++k) by_end[end_begin[static_cast<size_t>(matches[k].first + matches[k].len)]++] = k;
  for (size_t e = end_begin.size() - 1; e > 0; --e) end_begin[e] = end_begin[e - 1];  // the cursors moved one end on
  end_begin[0] = 0;
  quote_of.assign(static_cast<size_t>(n), -1);
  mentions.reserve(static_cast<size_t>(n) / 4 + 8);  // fewer moves of large mentions as the list grows
  entities.reserve(static_cast<size_t>(n) / 16 + 8);
  relations.reserve(static_cast<size_t>(n) / 16 + 8);
  atom_at.assign(static_cast<size_t>(n), -1);
  phrase_at.assign(static_cast<size_t>(n), -1);
}

// Kept out of the constructor (its inlining decisions are tuned) and run once the role and cue
// bits are set: a counting sort of the tokens by each bit they hold.
[[gnu::noinline]] void Doc::index_candidates() {
  std::array<uint32_t, 129> cursor{};
  const auto each = [&](auto&& visit) {
    for (size_t i = 0; i < static_cast<size_t>(size_); ++i) {
      for (uint64_t b = starts_with[i]; b != 0; b &= b - 1) visit(static_cast<size_t>(std::countr_zero(b)), i);
      for (uint64_t b = cue_starts[i]; b != 0; b &= b - 1) visit(64 + static_cast<size_t>(std::countr_zero(b)), i);
    }
  };
  each([&](size_t k, size_t) { ++cursor[k + 1]; });
  for (size_t k = 1; k < cursor.size(); ++k) cursor[k] += cursor[k - 1];
  candidate_begin_ = cursor;
  candidates_.resize(cursor[128]);
  each([&](size_t k, size_t i) { candidates_[cursor[k]++] = static_cast<int>(i); });
}

std::string_view Doc::text(int i) const {
  const Token& t = toks[static_cast<size_t>(i)];
  return std::string_view(article.text).substr(t.begin, t.end - t.begin);
}

std::string_view Doc::span(int first, int last) const {
  if (first >= last) return {};
  const uint32_t b = toks[static_cast<size_t>(first)].begin;
  const uint32_t e = toks[static_cast<size_t>(last - 1)].end;
  return std::string_view(article.text).substr(b, e - b);
}

int Doc::cue_length_scan(int i, Cue c) const {
  int len = 0;
  for (uint32_t k = match_begin[static_cast<size_t>(i)]; k < match_begin[static_cast<size_t>(i) + 1]; ++k) {
    const Match& mt = matches[k];
    if (mt.hit.role == Role::Cue && mt.hit.id == static_cast<int32_t>(c) && mt.len > len) len = mt.len;
  }
  return len;
}

const Match* Doc::longest_scan(int i, Role role) const {
  const Match* best = nullptr;
  for (uint32_t k = match_begin[static_cast<size_t>(i)]; k < match_begin[static_cast<size_t>(i) + 1]; ++k) {
    const Match& mt = matches[k];
    if (mt.hit.role == role && (!best || mt.len > best->len || (mt.len == best->len && best->plural && !mt.plural))) best = &mt;
  }
  return best;
}

const Match* Doc::longest_of_scan(int i, std::initializer_list<Role> roles) const {
  const Match* best = nullptr;
  for (Role r : roles) {
    const Match* mt = longest(i, r);
    if (mt && (!best || mt->len > best->len)) best = mt;
  }
  return best;
}

const Match* Doc::ending_scan(int end, Role role) const {
  const Match* best = nullptr;
  for (uint32_t k = end_begin[static_cast<size_t>(end)]; k < end_begin[static_cast<size_t>(end) + 1]; ++k) {
    const Match& mt = matches[by_end[k]];
    if (mt.hit.role == role && (!best || mt.len > best->len)) best = &mt;
  }
  return best;
}

int Doc::mention_at(int i) const {
  if (!in_range(i)) return -1;
  const int a = atom_at[static_cast<size_t>(i)];
  return a >= 0 ? a : phrase_at[static_cast<size_t>(i)];
}

int Doc::add_mention(Mention&& mention) {
  mentions.push_back(std::move(mention));
  return add_new_mention();
}

int Doc::add_new_mention() {
  const int idx = static_cast<int>(mentions.size()) - 1;
  Mention& mention = mentions.back();
  mention.in_quote = in_quote(mention.first);
  if (mention.surface.empty()) mention.surface = std::string(span(mention.first, mention.last));
  std::vector<int>& layer = mention.form == Form::Phrase ? phrase_at : atom_at;
  for (int i = mention.first; i < mention.last; ++i) {
    if (layer[static_cast<size_t>(i)] < 0) layer[static_cast<size_t>(i)] = idx;
  }
  return idx;
}

Mention Doc::span_phrase(const Label& kind, int first, int last, std::string head) const {
  Mention m;
  m.first = first;
  m.last = last;
  m.kind = kind;
  m.form = Form::Phrase;
  m.head = std::move(head);
  m.specific = true;
  m.surface = std::string(span(first, last));
  m.aliases.push_back(m.surface);
  return m;
}

int Doc::honorifics_start(int s) const {
  for (;;) {
    if (const Match* h = ending_at(s, Role::Honorific)) {
      s = h->first;
      continue;
    }
    if (!key_is(s - 1, ")") || (!key_is(s - 3, "(") && !key_is(s - 4, "("))) return s;
    const int open = key_is(s - 3, "(") ? s - 3 : s - 4;
    const Match* h = ending_at(s - 1, Role::Honorific);
    const bool inner = (h != nullptr && h->first == open + 1) || (open == s - 3 && is_listed(s - 2, WordList::BracketHonorific));
    // a bracketed honorific stacks on an honorific or a rank ("(Dr.)" after a name is an aside)
    const bool stacked = ending_at(open, Role::Honorific) || ending_at(open, Role::PersonRole) || ending_at(open, Role::Office);
    if (!inner || !stacked) return s;
    s = open;
  }
}

int Doc::portfolio_end(int y) const {
  int end = y;
  bool open_list = false;  // a comma right after the office opens a list that "and" must close
  for (int k = y; k < size();) {
    int c = k;
    if (k == y && (key_is(c, "of") || key_is(c, "for"))) {
      ++c;  // "Minister of Transport"
    } else if (k > y || ending_at(y, Role::Portfolio)) {
      // "Land, Infrastructure, Transport and Tourism"; right after an office ending in a field
      // "and" ("Minister of Foreign Affairs and International Cooperation"), or a comma when an
      // "and" closes the list ("Minister of Foreign Affairs, Trade and Diaspora")
      if (key_is(c, ",")) {
        ++c;
        if (k == y) open_list = true;
      }
      if (key_is(c, "and")) {
        ++c;
        open_list = false;
      }
    }
    if (c == k) break;
    const Match* p = longest(c, Role::Portfolio);
    if (p == nullptr || !cap(c)) break;
    k = c + p->len;
    if (!open_list) end = k;
  }
  return end;
}

int Doc::live(int entity) const {
  // Merged entities record where they went in attributes["merged_into"].
  int e = entity;
  for (int guard = 0; e >= 0 && guard < 64; ++guard) {
    const Entity& x = entities[static_cast<size_t>(e)];
    if (!x.removed) return e;
    auto it = x.attributes.find("merged_into");
    if (it == x.attributes.end()) return -1;
    e = std::stoi(it->second);
  }
  return e;
}

int parse_date(const Doc& doc, int i, std::string& iso, int& weekday) {
  iso.clear();
  weekday = 0;
  if (i < 0 || i >= doc.size()) return 0;
  const std::string year = doc.article.date.size() >= 4 ? doc.article.date.substr(0, 4) : std::string();
  auto number = [&](int k) -> int {
    if (!doc.is(k, tok::kNumber)) return -1;
    const std::string& s = doc.key(k);
    if (s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stoi(s);
  };
  auto month_at = [&](int k) -> int {
    for (uint32_t x = doc.match_begin[static_cast<size_t>(k)]; x < doc.match_begin[static_cast<size_t>(k) + 1]; ++x) {
      const Match& mt = doc.matches[x];
      if (mt.hit.role == Role::Month && mt.len == 1 && doc.cap(k)) return mt.hit.id;
    }
    return 0;
  };
  auto make = [&](int y, int mo, int d) {
    char buf[40];
    if (y > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    else if (!year.empty()) std::snprintf(buf, sizeof buf, "%s-%02d-%02d", year.c_str(), mo, d);
    else std::snprintf(buf, sizeof buf, "--%02d-%02d", mo, d);
    iso = buf;
  };
  if (const int mo = month_at(i)) {  // "January 6", "January 6, 2026"
    const int d = number(i + 1);
    if (d >= 1 && d <= 31) {
      int used = 2, y = 0;
      if (doc.key_is(i + 2, ",") && number(i + 3) >= 1900) { y = number(i + 3); used = 4; }
      else if (number(i + 2) >= 1900) { y = number(i + 2); used = 3; }
      make(y, mo, d);
      return used;
    }
    return 0;
  }
  if (const int d = number(i); d >= 1 && d <= 31) {  // "6 January 2026"
    if (const int mo = month_at(i + 1)) {
      int used = 2, y = 0;
      if (number(i + 2) >= 1900) { y = number(i + 2); used = 3; }
      make(y, mo, d);
      return used;
    }
    return 0;
  }
  for (uint32_t x = doc.match_begin[static_cast<size_t>(i)]; x < doc.match_begin[static_cast<size_t>(i) + 1]; ++x) {
    const Match& mt = doc.matches[x];
    if (mt.hit.role == Role::Weekday && mt.len == 1 && doc.cap(i)) {
      weekday = mt.hit.id;
      iso = resolve_weekday(doc.article.date, weekday);
      return 1;
    }
  }
  return 0;
}

std::string resolve_weekday(const std::string& d, int weekday) {
  if (d.size() != 10) return {};
  // Step back from the article's date to the weekday asked for.
  std::optional<int> day = day_number(d);
  if (!day) return {};
  return iso_date(*day - (iso_weekday(*day) - weekday + 7) % 7);
}

}  // namespace kg::ingest::detail
