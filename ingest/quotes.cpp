// Quotations: where they are (find_quotes) and who speaks them (attribute_quotes).
//
// Pairing. Curly marks say which way they face; straight marks alternate within a paragraph.
// A quotation left open at a paragraph end runs on into the next paragraph when that paragraph
// opens with a quotation mark (the convention for a speech running over paragraphs: one
// utterance, the reopening mark left out of its text) or closes it (a page break in PDF text);
// else it ends there.
// Quoted words that are a name or a term ("the so-called \"Friends of the Sahel\"", "what it
// calls its \"border security operation\"") are marked `naming` and are not utterances.
//
// Attribution, first rule that finds a speaker wins:
//   quote:subject-before a quotation opening with its speech verb right after the speaker:
//                      `The Chilean delegation "welcomed the text"`
//   quote:after        `"...," Tembo said` / `"...," said Quiroga` / `"...," a statement issued after
//                      the summit said` / `"...," Peruvian Prime Minister Luis Vega.`
//   quote:said-after   a speech verb later in the sentence: `The "firm" guarantees ..., Duarte said`
//   quote:said-before  the nearest speech verb before the quotation and its subject: `Quiroga added:`,
//                      `Tembo said that "water rights"`, `Duarte hailed ... as a "real advance"`
//   quote:according-to `according to X`
//   quote:colon-lead   a colon right before the quotation ends a clause that starts with a
//                      person: `Chile's foreign minister, X, put it plainly: "..."`
//   quote:same-sentence another quotation of the sentence has a speaker
//   quote:continued    a paragraph that is only a quotation right after a paragraph whose
//                      quotation had a speaker (a speech over paragraphs is one quotation)
//   quote:repeated     a pull quote: a paragraph that is only a quotation repeating the words of
//                      body quotations of one speaker
// Subjects are found by walking left from the verb over auxiliaries, adverbs and parentheticals
// (", who was present at the signing in Lima,"); pronouns take the nearest fitting antecedent
// outside quotations; a spokesperson speaks for the body named before it; a statement speaks
// for its issuer (the body whose meeting produced it, else the article's coalition).
//
// Speech without quotation marks (find_turn_quotes, find_answer_quotes):
//   quote:turn         a transcript's or parliamentary record's speaker label names the speaker
//   quote:answer       an interview's answers after its questions are the interviewee's
#include <algorithm>

#include "ingest/analysis.h"

namespace kg::ingest::detail {
namespace {

bool opener(const Token& t) { return t.is(tok::kDQuote) && !t.is(tok::kCloseQuote); }
bool closer(const Token& t) { return t.is(tok::kDQuote) && !t.is(tok::kOpenQuote); }

// "after two days of what officials called "the Palace talks"": a naming verb right before the
// opening mark, in a clause that "what" opens a few words before, names a short capitalised
// phrase; nobody speaks ("dismissed what she called "a partial account"" is her utterance).
bool what_they_call(const Doc& d, int open, int close) {
  if (!d.is_listed(open - 1, WordList::NamingVerb) || close < 0 || close - open > 7) return false;
  const int first = d.key_is(open + 1, "the") ? open + 2 : open + 1;
  if (first >= close || !d.cap(first)) return false;
  for (int k = open - 2; k >= 0 && open - k <= 6; --k) {
    if (d.key_is(k, "what")) return true;
    if (!d.word(k) && !d.is(k, tok::kPossessive)) return false;
  }
  return false;
}

// "its "open skies" policy": a few quoted words in lower case right before a policy noun
// (words.json policy_nouns) are the policy's name, not an utterance.
bool names_policy(const Doc& d, int open, int close) {
  if (close < 0 || close - open > 5 || !d.is_listed(close + 1, WordList::PolicyNoun)) return false;
  for (int i = open + 1; i < close; ++i) {
    if (!d.word(i) && !d.is(i, tok::kHyphen)) return false;
  }
  return close > open + 1;
}

// Is the quoted span [a, b) shaped like a name: a few capitalised words and small words?
bool name_like(const Doc& d, int a, int b) {
  int words = 0;
  bool first = true;
  for (int i = a; i < b; ++i) {
    if (!d.word(i)) {
      if (d.is(i, tok::kHyphen)) continue;
      return false;
    }
    ++words;
    if (d.cap(i)) {
      first = false;
      continue;
    }
    if (first) return false;
    const std::string& k = d.key(i);
    if (k != "of" && k != "the" && k != "and" && k != "for" && k != "on" && k != "in" && k != "de") return false;
  }
  return words >= 1 && words <= 6 && d.cap(a);
}

}  // namespace

void find_quotes(Doc& d) {
  const int n = d.size();
  // Marks in order.
  std::vector<int> marks;
  for (int i = 0; i < n; ++i) {
    if (d.toks[static_cast<size_t>(i)].is(tok::kDQuote)) marks.push_back(i);
  }
  auto para = [&](int i) { return d.paragraph_of(i); };
  // Marks of a paragraph that can close (for the page-break rule).
  auto marks_in_para = [&](int p) {
    int c = 0;
    for (int i : marks) c += para(i) == p ? 1 : 0;
    return c;
  };
  auto para_end = [&](int i) {
    int j = i;
    while (j + 1 < n && para(j + 1) == para(i)) ++j;
    return j;  // last token of the paragraph
  };

  int open = -1;
  int open_para = -1;  // the paragraph the open quotation has reached
  int open_tok = -1;   // a token of that paragraph (its opening or reopening mark)
  auto emit = [&](int o, int c, int last_tok) {
    Quote q;
    q.open = o;
    q.close = c;
    q.first_tok = o + 1;
    q.last_tok = last_tok;
    if (q.first_tok > q.last_tok) return;
    q.begin = d.toks[static_cast<size_t>(q.first_tok)].begin;
    q.end = d.toks[static_cast<size_t>(q.last_tok)].end;
    const int idx = static_cast<int>(d.quotes.size());
    for (int t = o; t <= (c >= 0 ? c : last_tok); ++t) d.quote_of[static_cast<size_t>(t)] = idx;
    d.quotes.push_back(q);
  };

  for (size_t mi = 0; mi < marks.size(); ++mi) {
    const int i = marks[mi];
    const Token& t = d.toks[static_cast<size_t>(i)];
    if (open < 0) {
      if (opener(t)) {
        open = open_tok = i;
        open_para = para(i);
      }
      continue;
    }
    if (t.is(tok::kOpenQuote) && para(i) == open_para) {
      // Two openings in a row: the first was never closed; end it before this one.
      if (i - 1 > open) emit(open, -1, i - 1);
      open = open_tok = i;
      continue;
    }
    if (para(i) != open_para) {
      // The quotation ran to the end of its paragraph unclosed.
      const int end_tok = para_end(open_tok);
      const bool next_opens = para(i) == open_para + 1 && i == end_tok + 1 && opener(t);
      const bool next_closes = para(i) == open_para + 1 && closer(t) && (marks_in_para(para(i)) % 2 == 1);
      if (next_closes && !next_opens) {
        emit(open, i, i - 1);  // a page break inside the quotation
        open = -1;
        continue;
      }
      if (next_opens) {
        // the speech runs on: the next paragraph reopens the same quotation
        open_para = para(i);
        open_tok = i;
        continue;
      }
      emit(open, -1, end_tok);
      open = opener(t) ? i : -1;
      open_para = para(i);
      open_tok = i;
      continue;
    }
    if (closer(t)) {
      emit(open, i, i - 1);
      open = -1;
    }
  }
  if (open >= 0) {
    const int end_tok = para_end(open_tok);
    if (end_tok > open) emit(open, -1, end_tok);
  }

  // Names and terms in quotation marks.
  for (Quote& q : d.quotes) {
    const int a = q.first_tok, b = q.last_tok + 1;
    if (q.close < 0) continue;
    if (d.ending_at(q.open, Role::NamingCue)) q.naming = true;
    else if (d.key_is(q.open - 1, "the") && d.ending_at(q.open - 1, Role::NamingCue)) q.naming = true;
    else if (name_like(d, a, b)) q.naming = true;
    else if (what_they_call(d, q.open, q.close)) q.naming = true;
    else if (names_policy(d, q.open, q.close)) q.naming = true;
    if (q.naming) {
      for (int t = q.open; t <= q.close; ++t) d.quote_of[static_cast<size_t>(t)] = -1;
    }
  }
}

}  // namespace kg::ingest::detail

namespace kg::ingest::detail {
namespace {

class Attributor {
 public:
  explicit Attributor(Doc& d) : d_(d), n_(d.size()) {}

  void run() {
    resolve_pronouns();
    for (size_t qi = 0; qi < d_.quotes.size(); ++qi) {
      Quote& q = d_.quotes[qi];
      if (q.naming) continue;
      attribute(static_cast<int>(qi));
      if (q.speaker >= 0) last_speaker_ = q.speaker;
      if (q.speaker >= 0 && d_.e(q.speaker).kind == "Person") last_spokes_ = -1;
    }
  }

 private:
  Doc& d_;
  int n_;
  std::vector<int> pronoun_;  // per token: the person a he/she refers to, -1 otherwise
  int last_speaker_ = -1;
  mutable int last_spokes_ = -1;  // a body that spoke through a spokesperson, for the next he/she
  mutable int last_spokes_sentence_ = -1;

  bool outside(int i) const { return !d_.in_quote(i); }

  // ---- who a mention speaks for

  int speaker_of(int mi) const {
    if (mi < 0) return -1;
    const Mention& m = d_.m(mi);
    if (m.dropped || m.entity < 0) return -1;
    const int e = d_.live(m.entity);
    if (e < 0) return -1;
    const Entity& x = d_.e(e);
    if (x.kind == "Person" || x.kind == "Organization" || x.kind == "Country") return e;
    if (x.kind == "Document") return issuer(e);
    return -1;
  }

  // The body a statement speaks for: its owner, else the owner of the main meeting, else the
  // article's coalition.
  int issuer(int doc) const {
    const Entity& x = d_.e(doc);
    if (x.owner >= 0) return x.owner;
    int main = -1;
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      const Entity& y = d_.entities[e];
      if (y.kind == "Meeting" && !y.removed && (main < 0 || y.main_score > d_.e(main).main_score)) main = static_cast<int>(e);
    }
    if (main >= 0 && d_.e(main).owner >= 0) return d_.e(main).owner;
    return coalition();
  }

  int coalition() const {
    for (const Mention& m : d_.mentions) {
      if (m.form == Form::Collective && m.entity >= 0) return m.entity;
    }
    int best = -1;
    size_t best_n = 0;
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      const Entity& y = d_.entities[e];
      if (y.kind != "Organization" || y.lex < 0) continue;
      const std::string& type = d_.lex.entities[static_cast<size_t>(y.lex)].type;
      if (type != "coalition" && type != "alliance" && type != "group" && type != "bloc") continue;
      if (y.mentions.size() > best_n) {
        best = static_cast<int>(e);
        best_n = y.mentions.size();
      }
    }
    return best;
  }

  // ---- pronouns

  void resolve_pronouns() {
    pronoun_.assign(static_cast<size_t>(n_), -1);
    int last_person = -1;
    for (int i = 0; i < n_; ++i) {
      if (!outside(i)) continue;
      const int a = d_.atom_at[static_cast<size_t>(i)];
      // (not the object of a preposition: "headed by General X, she said" goes on with the subject)
      if (a >= 0 && d_.m(a).first == i && d_.m(a).kind == "Person" && !d_.m(a).dropped && d_.m(a).entity >= 0 && !object_person(d_, a)) {
        last_person = d_.live(d_.m(a).entity);
      }
      auto it = d_.lex.pronouns.find(d_.key(i));
      if (it != d_.lex.pronouns.end() && (it->second == "male" || it->second == "female")) {
        // The subject of the pronoun's own sentence wins ("Zelensky is greeted by Macron as he
        // arrives"); otherwise the nearest person before it.
        int subject = -1;
        for (int k = d_.sentence_first(d_.sentence_of(i)); k < i && subject < 0; ++k) {
          const int b = d_.atom_at[static_cast<size_t>(k)];
          if (b >= 0 && outside(k) && d_.m(b).kind == "Person" && !d_.m(b).dropped && !d_.m(b).nested && d_.m(b).entity >= 0 &&
              !object_person(d_, b)) {
            subject = d_.live(d_.m(b).entity);
          }
        }
        pronoun_[static_cast<size_t>(i)] = subject >= 0 ? subject : last_person;
      }
    }
  }

  // "it" / "they" as a speaker: the last speaker when that was not a person, else the subject of
  // the sentence before.
  int thing_pronoun(int i) const {
    if (last_speaker_ >= 0 && d_.e(last_speaker_).kind != "Person") return last_speaker_;
    const int s = d_.sentence_of(i) - 1;
    if (s < 0) return -1;
    for (int t = d_.sentence_first(s); t < d_.sentence_last(s); ++t) {
      const int mi = d_.mention_at(t);
      if (mi < 0 || !outside(t)) continue;
      const Mention& m = d_.m(mi);
      if (m.kind == "Person") return -1;
      const int sp = speaker_of(mi);
      if (sp >= 0) return sp;
      return -1;
    }
    return -1;
  }

  // ---- subjects

  // The speaker named by the mention ending right before token `end` (after skipping nothing).
  int speaker_ending_at(int end, std::string& how) const {
    const int k = end - 1;
    if (k < 0) return -1;
    const std::string& key = d_.key(k);
    auto pit = d_.lex.pronouns.find(key);
    if (pit != d_.lex.pronouns.end()) {
      how = "pronoun";
      // "A Kremlin spokesman said ... \"...,\" he added": he is the spokesman, not the last
      // person named
      if ((pit->second == "male" || pit->second == "female") && last_spokes_ >= 0 &&
          d_.sentence_of(k) <= last_spokes_sentence_ + 2) {
        return last_spokes_;
      }
      if (pit->second == "male" || pit->second == "female") return pronoun_[static_cast<size_t>(k)];
      if (pit->second == "thing") return thing_pronoun(k);
      return -1;
    }
    // "a French Foreign Ministry spokesperson", "Kremlin spokesman", "French officials"
    if (const Match* sp = d_.ending_at(end, Role::SpokesNoun)) {
      const int a = sp->first > 0 ? d_.mention_at(sp->first - 1) : -1;
      if (a >= 0 && d_.m(a).last == sp->first && d_.m(a).kind != "Person") {
        how = "spokesperson";
        int e = speaker_of(a);
        if (e < 0 && d_.m(a).entity >= 0) e = d_.live(d_.m(a).entity);
        if (e >= 0) {
          last_spokes_ = e;
          last_spokes_sentence_ = d_.sentence_of(k);
          return e;
        }
      }
      if (d_.m(std::max(0, d_.mention_at(k))).form != Form::Phrase) return -1;
    }
    // "the Ruritanian delegation said": the state speaks through its delegation
    int delegation_first = -1;
    if (const int state = delegation_state(d_, end, delegation_first); state >= 0) {
      how = "delegation";
      return state;
    }
    const int mi = d_.mention_at(k);
    if (mi >= 0 && d_.m(mi).last == end && !d_.m(mi).dropped) {
      how = "name";
      return speaker_of(mi);
    }
    // A phrase mention whose span ends later (a statement "issued after the summit").
    const int ph = d_.phrase_at[static_cast<size_t>(k)];
    if (ph >= 0 && d_.m(ph).kind == "Document") {
      how = "statement";
      return speaker_of(ph);
    }
    return -1;
  }

  // Skips auxiliaries, adverbs and parentheticals left of token `k` (exclusive end), returning
  // the new end; -1 when a clause boundary is hit.
  int skip_left(int end, int floor) const {
    int k = end;
    for (int guard = 0; guard < 12 && k > floor; ++guard) {
      if (const Match* aux = d_.ending_at(k, Role::Auxiliary)) {
        k = aux->first;
        continue;
      }
      const int t = k - 1;
      const std::string& key = d_.key(t);
      if (d_.word(t) && !d_.cap(t) && key.size() > 4 && key.ends_with("ly")) {
        --k;
        continue;
      }
      if (key == ")" || key == "]") {
        int j = t;
        while (j > floor && d_.key(j) != "(" && d_.key(j) != "[") --j;
        k = j;
        continue;
      }
      break;
    }
    return k;
  }

  // The subject of the verb starting at token v: the speaker named right before it, through
  // auxiliaries, adverbs and a parenthetical (", who was present at the signing in Lima,").
  int subject_of(int v, std::string& how) const {
    const int floor = d_.sentence_first(d_.sentence_of(v));
    int k = skip_left(v, floor);
    if (k <= floor && k == v) return -1;
    int sp = speaker_ending_at(k, how);
    if (sp >= 0) return sp;
    // "Rutte, who called it ...": the relative pronoun's antecedent
    if (d_.key_is(k - 1, "who")) {
      const int j = d_.key_is(k - 2, ",") ? k - 2 : k - 1;
      // "Mr. X, President of the Republic of Y, who called on ...": "who" is a person, the
      // one whose title the commas set off, not the state that closes the title
      const int before = d_.mention_at(j - 1);
      if (j == k - 2 && before >= 0 && d_.m(before).kind != "Person") {
        int c = d_.m(before).first - 1;
        while (c > floor && k - c < 16 && !d_.key_is(c, ",") && !d_.in_quote(c)) --c;
        const int pm = c > floor && d_.key_is(c, ",") ? d_.mention_at(c - 1) : -1;
        if (pm >= 0 && d_.m(pm).kind == "Person" && d_.m(pm).last == c) {
          sp = speaker_ending_at(c, how);
          if (sp >= 0) return sp;
        }
      }
      sp = speaker_ending_at(j, how);
      if (sp >= 0) return sp;
    }
    // "a statement issued after the summit said": through a prepositional phrase to its noun
    for (int guard = 0, kk = k; guard < 2; ++guard) {
      const int mi = kk > 0 ? d_.mention_at(kk - 1) : -1;
      if (mi < 0 || d_.m(mi).last != kk) break;
      int b = d_.m(mi).first;
      if (d_.key_is(b - 1, "the")) --b;
      if (!(d_.key_is(b - 1, "after") || d_.key_is(b - 1, "at") || d_.key_is(b - 1, "during") || d_.key_is(b - 1, "of") ||
            d_.key_is(b - 1, "in") || d_.key_is(b - 1, "from"))) {
        break;
      }
      kk = b - 1;
      sp = speaker_ending_at(kk, how);
      if (sp >= 0) return sp;
    }
    if (k - 1 >= floor && (d_.key(k - 1) == "," || d_.is(k - 1, tok::kDash))) {
      // A parenthetical: find its start.
      int j = k - 2;
      while (j > floor && d_.key(j) != "," && !d_.is(j, tok::kDash) && !d_.is(j, tok::kDQuote)) --j;
      if (j >= floor && (d_.key(j) == "," || d_.is(j, tok::kDash))) {
        const std::string& first = d_.key(j + 1);
        // "the EU's special envoy for the Sahel, Joris De Smet, told": the name between the
        // commas is the title's holder and the subject, not the title's complement before it.
        // ("..., Dr. (Mrs) X, described": honorifics before the name)
        if (const int pm = d_.mention_at(k - 2);
            pm >= 0 && d_.m(pm).kind == "Person" && d_.m(pm).last == k - 1 && d_.honorifics_start(d_.m(pm).first) == j + 1 &&
            d_.m(pm).office_rule == "office:apposition-before") {
          sp = speaker_ending_at(k - 1, how);
          if (sp >= 0) {
            how = "apposition";
            return sp;
          }
        }
        sp = speaker_ending_at(j, how);
        if (sp >= 0) return sp;
        if (first == "the" || first == "so" || d_.mention_at(j + 1) >= 0) {
          // "Envoys from 12 states — the so-called Friends of the Sahel — have agreed"
          const int inner = speaker_ending_at(k - 1, how);
          if (inner >= 0) {
            how = "apposition";
            return inner;
          }
        }
      }
    }
    if (k - 1 >= floor && (d_.key_is(k - 1, "and") || d_.key_is(k - 1, "but"))) {
      // "... hailed the meeting ... but noted ...": the sentence's subject
      for (int t = floor; t < k - 1; ++t) {
        const int mi = d_.mention_at(t);
        if (mi < 0 || !outside(t) || d_.m(mi).nested) continue;
        const int e = speaker_of(mi);
        if (e >= 0) {
          how = "clause-subject";
          return e;
        }
        break;
      }
      for (int t = floor; t < k - 1; ++t) {
        if (pronoun_[static_cast<size_t>(t)] >= 0 && outside(t)) return pronoun_[static_cast<size_t>(t)];
      }
    }
    return -1;
  }

  // ---- rules

  struct Verb {
    int first;
    int len;
    bool strong;
  };

  // Speech verbs outside quotations in tokens [a, b).
  std::vector<Verb> verbs(int a, int b) const {
    std::vector<Verb> out;
    for (int i = std::max(0, a); i < b && i < n_; ++i) {
      if (!outside(i)) continue;
      if (const Match* m = d_.longest(i, Role::SpeechVerb)) {
        out.push_back({i, m->len, true});
        i += m->len - 1;
      } else if (const Match* w = d_.longest(i, Role::WeakSpeechVerb)) {
        out.push_back({i, w->len, false});
        i += w->len - 1;
      } else if (const Match* p = d_.longest(i, Role::SpeechPhrase)) {
        out.push_back({i, p->len, true});
        i += p->len - 1;
      }
    }
    return out;
  }

  // A speaker written right after the verb: `said Witkoff`, `added the Ukrainian leader`.
  int speaker_after_verb(const Verb& v, std::string& how) const {
    int k = v.first + v.len;
    if (d_.key_is(k, "the") || d_.key_is(k, "a")) ++k;
    // "said Secretary General X", "said Forum Secretary General X": a title (after a body's
    // short name) before the name
    if (d_.mention_at(k) < 0 && d_.cap(k) && !d_.longest(k, Role::Office) && d_.longest(k + 1, Role::Office)) ++k;
    // "said Estonian Prime Minister X": the nationality word before the title is the office's state
    if (const int dm = d_.mention_at(k); dm >= 0 && d_.m(dm).first == k && d_.m(dm).form == Form::Demonym &&
                                         d_.longest(d_.m(dm).last, Role::Office)) {
      k = d_.m(dm).last;
    }
    if (const Match* o = d_.mention_at(k) < 0 ? d_.longest(k, Role::Office) : nullptr) {
      const int p = d_.mention_at(k + o->len);
      if (p >= 0 && d_.m(p).kind == "Person" && d_.m(p).first == k + o->len) k += o->len;
    }
    const int mi = d_.mention_at(k);
    if (mi < 0) return -1;
    // "and said the bloc might contribute ...": the start of what was said, not its speaker
    const int after = d_.m(mi).last;
    if (d_.longest(after, Role::Modality) || d_.is_role(after, Role::Auxiliary) || d_.longest(after, Role::FrameActive)) return -1;
    how = "inverted";
    return speaker_of(mi);
  }

  // The person a clause [a, colon) starts with: only names, titles, possessives and commas may
  // come before them ("Chile's foreign minister, X, ..."), so a person named after a verb (an
  // object) never is.
  int colon_subject(int a, int colon) const {
    for (int t = a; t < colon && t < a + 16; ++t) {
      if (!outside(t)) return -1;
      const int mi = d_.mention_at(t);
      if (mi >= 0 && d_.m(mi).kind == "Person") return speaker_of(mi);
      if (mi >= 0 && d_.m(mi).first == t) {
        t = std::max(t, d_.m(mi).last - 1);
        continue;
      }
      if (const Match* o = d_.longest(t, Role::Office)) {
        t += o->len - 1;
        continue;
      }
      if (d_.cap(t) || d_.is_role(t, Role::OfficeModifier) || d_.key_is(t, ",") || d_.key_is(t, "'s") || d_.key_is(t, "the")) continue;
      return -1;
    }
    return -1;
  }

  void set(Quote& q, int speaker, const std::string& rule, double confidence) {
    q.speaker = speaker;
    q.rule = rule;
    q.confidence = confidence;
  }

  // The source named after "according to" at token k, through a determiner ("according to the
  // Peruvian foreign ministry"); -1 when none.
  int source_mention(int k) const {
    const int mi = d_.mention_at(k);
    if (mi >= 0) return mi;
    if (k < n_ && d_.is_role(k, Role::Determiner)) return d_.mention_at(k + 1);
    return -1;
  }

  void attribute(int qi) {
    Quote& q = d_.quotes[static_cast<size_t>(qi)];
    const int open_s = d_.sentence_of(q.open);
    const int close_tok = q.close >= 0 ? q.close : q.last_tok;
    const int close_s = d_.sentence_of(close_tok);
    const int s_first = d_.sentence_first(open_s);
    int s_last = d_.sentence_last(close_s);
    // A sentence may end right after the closing mark while the attribution follows ("...peace."
    // he said): extend to the next stop outside quotations.
    if (q.close >= 0 && q.close + 1 < n_ && d_.paragraph_of(q.close + 1) == d_.paragraph_of(q.close) && s_last <= q.close + 1) {
      int t = q.close + 1;
      while (t < n_ && d_.paragraph_of(t) == d_.paragraph_of(q.close) && !d_.is(t, tok::kDQuote) &&
             !(d_.key_is(t, ".") || d_.key_is(t, "?") || d_.key_is(t, "!"))) {
        ++t;
      }
      if (t > q.close + 1 && !d_.cap(q.close + 1)) s_last = t;
    }
    std::string how;
    // "X said Nairobi would \"do its utmost\" to ..., and Y said ...": a partial quotation
    // inside the reported speech of a verb before it; a verb after ", and" opens a clause of its
    // own, whose speaker is someone else
    bool reported_before = false;
    for (const Verb& v : verbs(s_first, q.open)) {
      std::string h;
      reported_before = reported_before || (v.strong && subject_of(v.first, h) >= 0);
    }
    const auto later_clause = [&](int verb) {
      if (!reported_before || q.close < 0) return false;
      for (int t = q.close + 1; t < verb; ++t) {
        if (d_.key_is(t, ",") && d_.key_is(t + 1, "and")) return true;
      }
      return false;
    };

    // quote:after — right after the closing mark
    if (q.close >= 0) {
      int k = q.close + 1;
      if (d_.key_is(k, ",")) ++k;
      if (k < s_last && outside(k)) {
        // "said X" / "added Witkoff"
        if (const Match* v = d_.longest(k, Role::SpeechVerb)) {
          const int sp = speaker_after_verb(Verb{k, v->len, true}, how);
          if (sp >= 0) return set(q, sp, "quote:after-inverted", 0.95);
        }
        // "X said", "a statement issued after the summit said", "he added"
        for (int j = k; j < s_last && j < k + 16 && outside(j); ++j) {
          const Match* v = d_.longest(j, Role::SpeechVerb);
          if (!v) v = d_.longest(j, Role::SpeechPhrase);
          if (v) {
            if (later_clause(j)) break;
            const int sp = subject_of(j, how);
            if (sp >= 0) return set(q, sp, "quote:after", 0.95);
            break;
          }
        }
        // "...," British Prime Minister Keir Starmer.  (a name, maybe titled, then the end)
        for (int j = k; j < std::min(s_last, k + 8); ++j) {
          const int mi = d_.atom_at[static_cast<size_t>(j)];
          if (mi >= 0 && d_.m(mi).first == j && d_.m(mi).nested) {
            j = d_.m(mi).last - 1;
            continue;
          }
          if (d_.longest(j, Role::Office) || d_.is_role(j, Role::OfficeModifier) || d_.key_is(j, "'s")) continue;
          if (mi >= 0 && d_.m(mi).first == j && d_.m(mi).kind == "Person") {
            const int e = d_.m(mi).last;
            if (e >= s_last || d_.key_is(e, ".")) {
              const int sp = speaker_of(mi);
              if (sp >= 0) return set(q, sp, "quote:after-name", 0.8);
            }
          }
          break;
        }
      }
    }
    // quote:subject-before — the quotation opens with its speech verb right after the speaker:
    // 'The Ruritanian delegation "welcomed the broad aims of the text"'
    if (q.open + 1 < n_ && d_.word(q.open + 1) && !d_.cap(q.open + 1) &&
        (d_.longest(q.open + 1, Role::SpeechVerb) || d_.longest(q.open + 1, Role::WeakSpeechVerb))) {
      const int sp = subject_of(q.open, how);
      if (sp >= 0) return set(q, sp, "quote:subject-before", 0.8);
    }
    // quote:said-after — a strong speech verb later in the sentence
    if (q.close >= 0) {
      for (const Verb& v : verbs(q.close + 1, s_last)) {
        if (!v.strong) continue;
        if (later_clause(v.first)) break;
        int sp = subject_of(v.first, how);
        // "Quiroga praised them for their \"patient work\" and said Lima hoped ...": a
        // second predicate of the sentence's subject; the name after the verb is reported
        if (sp < 0 && d_.key_is(v.first - 1, "and")) {
          for (int t = s_first; t < q.open && sp < 0; ++t) {
            const int mi = d_.atom_at[static_cast<size_t>(t)];
            if (mi >= 0 && d_.m(mi).first == t && d_.m(mi).kind == "Person" && outside(t) && d_.word(d_.m(mi).last) && !d_.cap(d_.m(mi).last)) {
              sp = speaker_of(mi);
            }
          }
          if (sp >= 0) return set(q, sp, "quote:said-after", 0.8);
          break;
        }
        if (sp < 0) sp = speaker_after_verb(v, how);
        if (sp >= 0) return set(q, sp, "quote:said-after", 0.85);
      }
    }
    // quote:said-before — the nearest speech verb before the quotation
    {
      std::vector<Verb> before = verbs(s_first, q.open);
      for (auto it = before.rbegin(); it != before.rend(); ++it) {
        // only the subject: a name after the verb is who was told ("told RFE/RL that")
        how.clear();
        const int sp = subject_of(it->first, how);
        // "Healey said the group had agreed to deliver \"...\"", "Varga said Washington welcomed
        // \"...\"": a weak verb whose subject is only a collective or a capital acting for its
        // state is reported speech; the reporter before it speaks
        const int subject_mention = d_.mention_at(skip_left(it->first, s_first) - 1);
        const bool collective_subject = sp >= 0 && !it->strong && std::next(it) != before.rend() && subject_mention >= 0 &&
                                        (d_.m(subject_mention).form == Form::Collective || d_.m(subject_mention).form == Form::Acting);
        if (collective_subject) continue;
        if (sp >= 0) return set(q, sp, it->strong ? "quote:said-before" : "quote:verb-before", it->strong ? 0.9 : 0.7);
      }
      for (int i = s_first; i < q.open; ++i) {
        if (const Match* sb = d_.longest(i, Role::SourceBefore); sb && outside(i)) {
          const int sp = speaker_of(source_mention(i + sb->len));
          if (sp >= 0) return set(q, sp, "quote:according-to", 0.85);
        }
      }
    }
    // quote:according-to after the quotation
    if (q.close >= 0) {
      for (int i = q.close + 1; i < s_last; ++i) {
        if (const Match* sb = d_.longest(i, Role::SourceBefore); sb && outside(i)) {
          const int sp = speaker_of(source_mention(i + sb->len));
          if (sp >= 0) return set(q, sp, "quote:according-to", 0.85);
        }
      }
    }
    // quote:colon-lead — "Chile's foreign minister, X, put it plainly in a statement:
    // \"...\"": a colon right before the quotation, after a clause whose subject is a person
    if (d_.key_is(q.open - 1, ":") && outside(q.open - 1)) {
      const int sp = colon_subject(s_first, q.open - 1);
      if (sp >= 0) return set(q, sp, "quote:colon-lead", 0.75);
    }
    // quote:same-sentence — a sibling quotation of the same sentence
    for (int qj = qi - 1; qj >= 0; --qj) {
      const Quote& o = d_.quotes[static_cast<size_t>(qj)];
      if (o.naming) continue;
      if (d_.sentence_of(o.open) < open_s) break;
      if (o.speaker >= 0) return set(q, o.speaker, "quote:same-sentence", 0.8);
    }
    // quote:continued — a bare quotation after an attributed one (a speech running over
    // paragraphs is one quotation since find_quotes reopens it)
    const bool bare_start = q.open == s_first || d_.is(q.open, tok::kNewPara);
    if (bare_start) {
      for (int qj = qi - 1; qj >= 0; --qj) {
        const Quote& o = d_.quotes[static_cast<size_t>(qj)];
        if (o.naming) continue;
        const int gap = d_.paragraph_of(q.open) - d_.paragraph_of(o.open);
        if (gap > 1) break;
        // nobody else may be named in between
        bool other = false;
        for (int t = (o.close >= 0 ? o.close : o.last_tok) + 1; t < q.open; ++t) {
          const int mi = d_.atom_at[static_cast<size_t>(t)];
          if (mi >= 0 && d_.m(mi).kind == "Person" && d_.m(mi).entity >= 0 && d_.live(d_.m(mi).entity) != o.speaker) other = true;
        }
        if (!other && o.speaker >= 0) return set(q, o.speaker, "quote:continued", 0.75);
        break;
      }
    }
  }
};

}  // namespace

namespace {

// The last word of a bracketed note [open, close) that is only a name of two to four capitalised
// words ("(Ana Zubiri)" after an office); -1 for any other note ("(Con)", "(North East Fife)" has
// no person of that family name, which label_person finds out later).
int bracketed_name(const Doc& d, int open, int close) {
  int words = 0, last = -1;
  for (int i = open + 1; i < close - 1; ++i) {
    if (d.is(i, tok::kHyphen)) continue;
    if (!d.word(i) || !d.cap(i)) return -1;
    ++words;
    last = i;
  }
  return words >= 2 && words <= 4 ? last : -1;
}

// The speaker label opening a transcript paragraph, with the words that may name its speaker
// (`names`, best first). Three shapes:
//   a name or title in capitals or capitalised words: "PRESIDENT ILVES:", "Hon. Members:",
//     "Ana Zubiri:", with notes in brackets: "PRIME MINISTER BERG (through an interpreter):",
//     a member of a parliament with constituency and party: "Ana Zubiri (Leeds North) (Lab):";
//   an office with its holder in brackets, as a parliamentary record writes a minister's first
//     turn: "The Minister for Trade and Industry (Ana Zubiri):".
// Returns the colon's token; -1 when the paragraph opens otherwise.
int speaker_label(const Doc& d, int first, std::vector<int>& names) {
  names.clear();
  const int para = d.paragraph_of(first);
  auto in_para = [&](int i) { return i < d.size() && d.paragraph_of(i) == para; };
  if (!d.cap(first)) return -1;
  int i = first, words = 0, last_word = -1;
  bool lower = false;  // a word in lower case: an office ("of", "for"), never a name alone
  for (; in_para(i) && i - first <= 20; ++i) {
    if (d.word(i)) {
      ++words;
      if (d.cap(i)) last_word = i;
      else lower = true;
    } else if (!(d.is(i, tok::kHyphen) || ((d.key_is(i, ".") || d.key_is(i, ",") || d.key_is(i, "'")) && words > 0))) {
      break;
    }
  }
  if (words == 0 || (!lower && words > 5)) return -1;
  if (!lower) names.push_back(last_word);
  while (d.key_is(i, "(")) {
    const int close = after_bracket_note(d, i);
    if (close < 0) return -1;
    if (const int name = bracketed_name(d, i, close); name >= 0) names.push_back(name);
    i = close;
  }
  if (names.empty() || !d.key_is(i, ":") || !in_para(i)) return -1;
  return i;
}

// A paragraph that is only a note in square brackets ("[END 4:41 p.m.]").
bool stage_note_paragraph(const Doc& d, int first) {
  if (!d.key_is(first, "[")) return false;
  int i = first;
  while (i + 1 < d.size() && d.paragraph_of(i + 1) == d.paragraph_of(first)) ++i;
  return d.key_is(i, "]");
}

// The one person of the text holding the office a label names ("Q12 Chair:" for the member the
// membership list gives as "X MP (Chair)"); -1 when the label is no office or several hold it.
int label_office_holder(const Doc& d, int word) {
  const Match* office = d.ending_at(word + 1, Role::Office);
  if (office == nullptr || office->plural || d.is_listed(word, WordList::NarratorNoun)) return -1;
  int holder = -1;
  for (const Mention& m : d.mentions) {
    if (m.dropped || m.entity < 0 || m.kind != "Person" || m.former || m.office != office->hit.id) continue;
    const int e = d.live(m.entity);
    if (holder >= 0 && e != holder) return -1;
    holder = e;
  }
  return holder;
}

// A paragraph opening with its number ("8. The Minister confirmed ..."): a report's own text
// after an extract of evidence, which ends the turn before it.
bool numbered_paragraph(const Doc& d, int first) {
  return d.is(first, tok::kNumber) && d.key_is(first + 1, ".") && d.paragraph_of(first + 1) == d.paragraph_of(first) &&
         d.cap(first + 2);
}

// Does the paragraph at `first` stand first under a horizontal rule (the notes under a
// briefing, a sign-off): no speaker's words go on there.
bool under_rule(const Doc& d, int first) {
  const std::vector<uint32_t>& ruled = d.article.after_rules;
  return std::find(ruled.begin(), ruled.end(), d.toks[static_cast<size_t>(first)].begin) != ruled.end();
}

// One turn of a speaker without quotation marks: tokens [first, last] of the text.
void add_turn(Doc& d, int first, int last, int speaker, const char* rule) {
  Quote t;
  t.open = first;
  t.first_tok = first;
  t.last_tok = last;
  t.begin = d.toks[static_cast<size_t>(first)].begin;
  t.end = d.toks[static_cast<size_t>(last)].end;
  t.speaker = speaker;
  t.rule = Label(rule);
  t.confidence = 0.8;
  t.turn = true;
  d.quotes.push_back(t);
}

// The first token of each paragraph.
std::vector<int> paragraph_starts(const Doc& d) {
  std::vector<int> out;
  for (int i = 0; i < d.size(); ++i) {
    if (i == 0 || d.paragraph_of(i) != d.paragraph_of(i - 1)) out.push_back(i);
  }
  return out;
}

// Transcript turns: a paragraph opening with a speaker label that names a person of the text
// ("PRESIDENT ILVES:" for Marta Ilves) starts one utterance of that person, running on
// over the paragraphs without a label of their own. A label naming nobody (MODERATOR, Q) is a
// turn without a quote. Quotations inside a turn keep their own speakers; the turn's tokens
// stay outside quotation (its sentences are the speaker's statements of fact).
void find_turn_quotes(Doc& d) {
  const std::vector<int> para_first = paragraph_starts(d);
  // each paragraph's label: its colon and the words that may name its speaker, or -1
  std::vector<int> colon_of(para_first.size());
  std::vector<std::vector<int>> names_of(para_first.size());
  int labels = 0;
  for (size_t p = 0; p < para_first.size(); ++p) {
    colon_of[p] = speaker_label(d, para_first[p], names_of[p]);
    labels += colon_of[p] >= 0 ? 1 : 0;
  }
  if (labels < 2) return;  // one capitalised lead-in ("UPDATE:") is no transcript
  for (size_t p = 0; p < para_first.size(); ++p) {
    const int colon = colon_of[p];
    if (colon < 0) continue;
    int speaker = -1;
    for (size_t k = 0; k < names_of[p].size() && speaker < 0; ++k) speaker = label_person(d, names_of[p][k]);
    for (size_t k = 0; k < names_of[p].size() && speaker < 0; ++k) speaker = label_office_holder(d, names_of[p][k]);
    if (speaker < 0 || colon + 1 >= d.size() || d.paragraph_of(colon + 1) != d.paragraph_of(colon)) continue;
    size_t q = p + 1;
    while (q < para_first.size() && colon_of[q] < 0 && !stage_note_paragraph(d, para_first[q]) &&
           !numbered_paragraph(d, para_first[q])) {
      ++q;
    }
    add_turn(d, colon + 1, (q < para_first.size() ? para_first[q] : d.size()) - 1, speaker, "quote:turn");
  }
}

// The person an interview's introduction (its paragraphs before the first question) is about:
// the one it names or refers to most often, the later one of a tie ("Last week the summit ...
// chaired by X ... Y, the foreign minister, led her delegation. She spoke to us on Monday.": Y).
int interviewee(const Doc& d, int intro_end) {
  std::map<int, std::pair<int, int>> seen;  // entity -> (mentions, last token)
  for (const Mention& m : d.mentions) {
    if (m.first >= intro_end || m.dropped || m.entity < 0 || m.in_quote || m.kind != "Person") continue;
    const int e = d.live(m.entity);
    if (e < 0) continue;
    auto& [count, last] = seen[e];
    ++count;
    last = std::max(last, m.first);
  }
  int best = -1;
  std::pair<int, int> best_key{0, -1};
  for (const auto& [e, key] : seen) {
    if (key > best_key) {
      best = e;
      best_key = key;
    }
  }
  return best;
}

// The person an introduction names after an office that gives briefings, nearest before the name
// in its sentence ("Media briefing given by the ministry spokeswoman, Ms. X"): a press
// briefing's answers are the spokesperson's, however often the introduction names a minister.
// -1 when it names none.
int briefing_holder(const Doc& d, int intro_end) {
  for (const Mention& m : d.mentions) {
    if (m.first >= intro_end || m.dropped || m.entity < 0 || m.in_quote || m.kind != "Person") continue;
    const int from = d.sentence_first(d.sentence_of(m.first));
    for (int t = m.first - 1; t >= from; --t) {
      const Match* office = d.ending_at(t + 1, Role::Office);
      if (office == nullptr) continue;
      if (d.lex.offices[static_cast<size_t>(office->hit.id)].briefs && d.live(m.entity) >= 0) return d.live(m.entity);
      break;
    }
  }
  return -1;
}

// Do the words of title `part` stand as whole words in title `full` ("minister" in "Minister of
// Foreign Affairs"), ignoring case?
bool title_has_words(const std::string& full, const std::string& part) {
  const std::string f = " " + ascii_lower(full) + " ", p = " " + ascii_lower(part) + " ";
  return !part.empty() && f.find(p) != std::string::npos;
}

// In an interview's narration past its first question, "\"...,\" the minister said as the
// interview ended": a lone title the interviewee holds is the interviewee, not the last other
// minister the answers named. Quotations inside answers keep their speakers.
void give_title_quotes_to(Doc& d, int interviewee, int from, size_t narrated) {
  std::vector<std::string> titles;  // the interviewee's titles, as written and as the lexicon has them
  for (int mi : d.e(interviewee).mentions) {
    const Mention& m = d.m(mi);
    if (!m.title.empty()) titles.push_back(m.title);
    if (m.office >= 0) titles.push_back(d.lex.offices[static_cast<size_t>(m.office)].title);
  }
  auto in_answer = [&](int t) {
    for (size_t k = narrated; k < d.quotes.size(); ++k) {
      if (t >= d.quotes[k].first_tok && t <= d.quotes[k].last_tok) return true;
    }
    return false;
  };
  for (size_t k = 0; k < narrated; ++k) {
    Quote& q = d.quotes[k];
    if (q.naming || q.turn || q.speaker < 0 || q.speaker == interviewee || q.open < from || in_answer(q.open)) continue;
    const int s = d.sentence_of(q.open);
    for (int t = d.sentence_first(s); t <= d.sentence_last(s) && t < d.size(); ++t) {
      const int mi = d.mention_at(t);
      if (mi < 0 || d.in_quote(t)) continue;
      const Mention& m = d.m(mi);
      if (m.form != Form::TitleRef || m.office < 0 || m.entity < 0 || d.live(m.entity) != q.speaker) continue;
      const std::string& lone = d.lex.offices[static_cast<size_t>(m.office)].title;
      if (std::any_of(titles.begin(), titles.end(), [&](const std::string& x) { return title_has_words(x, lone); })) {
        q.speaker = interviewee;
        q.rule = Label("quote:interviewee");
      }
      break;
    }
  }
}

// Does a spaced dash follow the word at `first`, as a briefing's transcript parts its label from
// the turn ("Q - Will the ships sail?", "A – They will.")?
bool dash_after_label(const Doc& d, int first) {
  const int dash = first + 1;
  if (!d.word(first) || dash + 1 >= d.size() || d.paragraph_of(dash + 1) != d.paragraph_of(first)) return false;
  if (!d.is(dash, tok::kDash) && !d.is(dash, tok::kHyphen)) return false;
  const auto& t = d.toks;
  return t[static_cast<size_t>(dash)].begin > t[static_cast<size_t>(first)].end &&
         t[static_cast<size_t>(dash + 1)].begin > t[static_cast<size_t>(dash)].end;
}

// The interview label opening the paragraph at `first` ("Q:", "A:", or "Q -" with a spaced
// dash: speech.json interview_labels), "question" or "answer", with its colon (or dash); ""
// when it opens otherwise.
std::string interview_label(const Doc& d, int first, int& colon) {
  std::vector<int> names;
  colon = speaker_label(d, first, names);
  const bool dashed = colon < 0 && dash_after_label(d, first);
  if (colon != first + 1 && !dashed) return "";
  const auto it = d.lex.interview_labels.find(ascii_lower(d.text(first)));
  if (it == d.lex.interview_labels.end()) return "";
  colon = first + 1;
  return it->second;
}

// An interview in question-and-answer form: its questions are the lines the reader marks
// (bold, Article::questions) or paragraphs labelled "Q:"; the paragraphs after each question,
// up to the next question, are one answer of the interviewee, as a transcript turn. An answer
// may open with "A:"; a paragraph with another label (a press conference's "PRESIDENT X:") is
// that speaker's turn and no answer, and a paragraph opening with a quotation mark is the
// interviewer's narration again ("\"...,\" the minister said as we were leaving").
void find_answer_quotes(Doc& d) {
  const std::vector<uint32_t>& marked = d.article.questions;
  const std::vector<int> para_first = paragraph_starts(d);
  const size_t n = para_first.size();
  std::vector<std::string> label(n);
  std::vector<int> colon(n, -1);
  std::vector<bool> question(n, false);
  size_t first_question = n, questions = 0;
  for (size_t p = 0; p < n; ++p) {
    label[p] = interview_label(d, para_first[p], colon[p]);
    if (colon[p] < 0) {
      std::vector<int> names;
      colon[p] = speaker_label(d, para_first[p], names);
    }
    const uint32_t at = d.toks[static_cast<size_t>(para_first[p])].begin;
    question[p] = label[p] == "question" || std::find(marked.begin(), marked.end(), at) != marked.end();
    if (!question[p]) continue;
    first_question = std::min(first_question, p);
    ++questions;
  }
  if (questions < 2) return;
  const int holder = briefing_holder(d, para_first[first_question]);
  const int speaker = holder >= 0 ? holder : interviewee(d, para_first[first_question]);
  if (speaker < 0) return;
  std::vector<std::pair<int, int>> answers;  // token spans
  for (size_t p = first_question; p + 1 < n; ++p) {
    if (!question[p] || question[p + 1]) continue;
    if (colon[p + 1] >= 0 && label[p + 1] != "answer") continue;  // another speaker's labelled turn
    const int from = label[p + 1] == "answer" ? colon[p + 1] + 1 : para_first[p + 1];
    size_t q = p + 2;
    while (q < n && !question[q] && colon[q] < 0 && !d.is(para_first[q], tok::kDQuote) && !stage_note_paragraph(d, para_first[q]) &&
           !under_rule(d, para_first[q])) {
      ++q;
    }
    const int last = (q < n ? para_first[q] : d.size()) - 1;
    if (from <= last && d.paragraph_of(from) == d.paragraph_of(para_first[p + 1])) answers.emplace_back(from, last);
  }
  // An explainer's questions in bold ("What happens next?") are answered by its writer, in the
  // third person: an interviewee speaks in the first person in most answers.
  const auto first_person = [&](const std::pair<int, int>& a) {
    for (int t = a.first; t <= a.second; ++t) {
      if (!d.in_quote(t) && d.lex.first_person.find(d.key(t)) != d.lex.first_person.end()) return true;
    }
    return false;
  };
  if (answers.empty() || 2 * std::count_if(answers.begin(), answers.end(), first_person) < static_cast<long>(answers.size())) return;
  const size_t narrated = d.quotes.size();  // the quotations in quotation marks and the labelled turns come first
  for (const auto& [from, last] : answers) add_turn(d, from, last, speaker, "quote:answer");
  give_title_quotes_to(d, speaker, para_first[first_question], narrated);
}

// The one person whose name opens with `key` when that word is no known given name: a family
// name written first ("HAN:" for Han Seo-yeon), -1 when none or several.
int family_name_first(const Doc& d, const std::string& key) {
  if (d.lex.word_has_role(token_key(key), Role::GivenName)) return -1;
  int found = -1;
  for (size_t ei = 0; ei < d.entities.size(); ++ei) {
    const Entity& x = d.entities[ei];
    if (x.removed || x.kind != "Person" || x.surname.empty() || ascii_lower(x.given) != key) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(ei);
  }
  return found;
}

}  // namespace

// The person a label's last word names: the one entity whose family name it is; of two people
// of that name, the one whose given name the word before spells ("OLGA PETRENKO" beside Ivan
// Petrenko); with no such family name, the one person whose name opens with the word when it is
// no given name ("PARK:" for Park Min-jun). -1 when the label does not say which.
int label_person(const Doc& d, int word) {
  // a hyphenated family name is one word ("Ms. Ruiz-Tagle:")
  int start = word;
  while (start >= 2 && d.is(start - 1, tok::kHyphen) && d.word(start - 2)) start -= 2;
  std::string key;
  for (int t = start; t <= word; ++t) key += ascii_lower(d.text(t));
  const std::string given = start > 0 && d.word(start - 1) ? ascii_lower(d.text(start - 1)) : "";
  int found = -1, by_given = -1, both = 0;
  for (size_t ei = 0; ei < d.entities.size(); ++ei) {
    const Entity& x = d.entities[ei];
    if (x.removed || x.kind != "Person") continue;
    // a name of one word read as a given name ("Ruiz-Tagle" alone) is its family name here
    const std::string& family = !x.surname.empty() ? x.surname : (start < word && x.name.find(' ') == std::string::npos ? x.name : x.surname);
    if (family.empty()) continue;
    const size_t space = family.rfind(' ');
    if (ascii_lower(space == std::string::npos ? family : family.substr(space + 1)) != key) continue;
    found = found < 0 ? static_cast<int>(ei) : -2;
    if (!given.empty() && ascii_lower(x.given) == given) {
      by_given = static_cast<int>(ei);
      ++both;
    }
  }
  if (found >= 0) return found;
  if (found == -2) return both == 1 ? by_given : -1;
  return family_name_first(d, key);
}

int after_bracket_note(const Doc& d, int open) {
  int i = open;
  while (i < d.size() && i - open <= 12 && d.paragraph_of(i) == d.paragraph_of(open) && !d.key_is(i, ")")) ++i;
  return d.key_is(i, ")") && d.paragraph_of(i) == d.paragraph_of(open) ? i + 1 : -1;
}

// The word keys of tokens [a, b], quotation marks and punctuation left out.
std::vector<Label> quoted_words(const Doc& d, int a, int b) {
  std::vector<Label> words;
  for (int t = a; t <= b; ++t) {
    if (d.word(t)) words.push_back(d.key(t));
  }
  return words;
}

// Is a quotation the whole of its paragraph (a pull quote set apart from the body)?
bool whole_paragraph(const Doc& d, const Quote& q) {
  if (q.open < 0 || q.close < 0 || (q.open > 0 && d.paragraph_of(q.open - 1) == d.paragraph_of(q.open))) return false;
  const int n = static_cast<int>(d.toks.size());
  return q.close + 1 >= n || d.paragraph_of(q.close + 1) != d.paragraph_of(q.close);
}

// A pull quote: an unattributed quotation standing as a paragraph of its own that repeats the
// words of quotations the body gives a speaker ("\"A bridge, not a wall. It is all we need.\""
// set apart, the body's "\"A bridge, not a wall,\" Rojas said. \"It is all we need.\""): those
// quotations' one speaker speaks it, so that it is one remark with them, not a quote of nobody.
void give_repeated_quotes(Doc& d) {
  constexpr size_t kMinRun = 3;  // words a body quotation must have to be recognised inside it
  for (Quote& q : d.quotes) {
    if (q.speaker >= 0 || q.naming || q.turn || !whole_paragraph(d, q)) continue;
    const std::vector<Label> pulled = quoted_words(d, q.first_tok, q.last_tok);
    int speaker = -1;
    bool one = true;
    for (const Quote& o : d.quotes) {
      if (&o == &q || o.speaker < 0 || o.naming || o.first_tok < 0) continue;
      const std::vector<Label> body = quoted_words(d, o.first_tok, o.last_tok);
      if (body.size() < kMinRun || std::search(pulled.begin(), pulled.end(), body.begin(), body.end()) == pulled.end()) continue;
      if (speaker >= 0 && speaker != o.speaker) one = false;
      speaker = o.speaker;
    }
    if (speaker < 0 || !one) continue;
    q.speaker = speaker;
    q.rule = "quote:repeated";
    q.confidence = 0.7;
  }
}

// A verbatim record's speaker cites words in quotation marks inside his turn ("Mr. Ruiz
// (Peru): ... \"Peace cannot wait.\" ..."): a quotation the text gives no speaker of is the
// turn's speaker's (a record's whole turn is no quotation, only these are).
void give_turn_quotations(Doc& d) {
  if (d.article.roster.empty()) return;
  for (Quote& q : d.quotes) {
    if (q.turn || q.naming || q.speaker >= 0) continue;
    for (const Quote& t : d.quotes) {
      if (!t.turn || t.speaker < 0 || q.open < t.first_tok || q.open > t.last_tok) continue;
      q.speaker = t.speaker;
      q.rule = Label("quote:in-turn");
      q.confidence = 0.75;
      break;
    }
  }
}

void attribute_quotes(Doc& doc) {
  Attributor(doc).run();
  give_repeated_quotes(doc);
  find_turn_quotes(doc);
  give_turn_quotations(doc);
  find_answer_quotes(doc);
}

}  // namespace kg::ingest::detail
