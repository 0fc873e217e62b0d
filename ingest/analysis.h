// Analysis: the working state of extraction for one article, shared by its stages.
//
// extract() runs these stages over one Doc, in order:
//   tokens and phrase matches (this file)  ->  quote spans (quotes.cpp)
//   -> mentions: names, titles, head-noun phrases (mentions.h, mentions_*.cpp)
//   -> coreference into local entities (coref.cpp)
//   -> quote speakers (quotes.cpp) -> relationships (relations.h, relations_*.cpp)
// Each stage reads what the earlier ones wrote. Nothing here is visible outside ingest/.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/doc_facts.h"
#include "ingest/label.h"
#include "ingest/lexicon.h"
#include "ingest/lexicon_data.h"
#include "ingest/tokens.h"

namespace kg::ingest::detail {

// A lexicon phrase found in the text.
struct Match {
  int32_t first = 0;
  int32_t len = 0;
  PhraseHit hit;
  bool plural = false;  // matched through the singular of its last token ("negotiators")
};

// How a mention refers to its entity.
enum class Form : uint8_t {
  Name,        // a proper name
  Surname,     // a person's family name alone ("Macron")
  Acting,      // a capital, seat or government standing for its state ("Kyiv", "the Kremlin")
  Demonym,     // "French troops": the state, weakly
  TitleRef,    // "the Ukrainian leader": a person by office
  Pronoun,     // he, she, it, they
  Collective,  // "the allies": the article's coalition
  Phrase,      // a meeting, document or force named by a head noun and its modifiers
  Spokes,      // "a French Foreign Ministry spokesperson": speaks for the body
};

// The head of a Place mention found as a town by its context ("in Fukuoka", "the town of X"),
// not as a building: meetings there are named "summit in X", not "summit at X".
inline constexpr char kSettlement[] = "settlement";

struct Mention {
  int first = 0;  // tokens [first, last)
  int last = 0;
  Label kind;  // Person, Country, Organization, Place, Meeting, Document, Force
  Form form = Form::Name;
  int lex = -1;      // lexicon entity
  int entity = -1;   // local entity after coreference
  bool weak = false;      // makes an entity only when a fact needs it
  bool in_quote = false;  // inside quotation marks
  bool nested = false;    // part of a larger phrase (a title, the name of a meeting)
  bool dropped = false;   // discarded by a later stage
  std::string surface;    // the text, as an alias

  // People
  std::string given;
  std::string surname;
  int office = -1;        // lexicon office
  std::string title;      // the title as written, with modifiers ("Europe editor")
  int office_body = -1;   // mention of the state or body the office belongs to
  int appointer = -1;     // "Trump's envoy": the person the office holder serves
  bool former = false;
  Label office_rule;
  int office_token = -1;  // where the title was seen

  // Meetings, documents and forces (a Place found as a town has head kSettlement)
  Label head;                         // head noun key, singular
  bool definite = false;
  Label det;                          // the determiner before it ("the", "their")
  bool specific = false;              // names something on its own
  bool outcome = false;               // a meeting's closing text ("communique", "joint declaration")
  bool future = false;                // "the next summit", "next year's summit": not the meeting reported
  bool verb = false;                  // a meeting told by its verb ("met in Paris"), not named by a noun
  std::vector<std::string> qualifiers;
  std::vector<std::string> mods;      // distinctive modifier words ("maritime", "monitoring")
  std::vector<std::string> aliases;   // specific surface forms
  int city_state = -1;                // a meeting "in Singapore": the mention of the city-state it met in
  int owner = -1;                     // mention of the body whose meeting/document it is
  std::string group;                  // "national-security advisers"
  std::vector<int> places;            // mentions of where
  std::vector<int> leaders;           // "US-led", "led by Kenya and Ghana"
  std::vector<int> by;                // "a declaration by Peru, Chile and Bolivia"
  std::vector<int> hosts;             // "talks hosted by Egypt", "a state visit to Peru"
  std::vector<int> partners;          // "A held talks with B", "A met with B at the palace": A and B
  std::string date;                   // ISO date, or "wd:N" for a weekday not anchored
  int weekday = 0;
  std::string ordinal;                // a meeting's edition ("167th session")
};

// One local entity being built.
struct Entity {
  Label kind;
  std::string name;
  std::vector<std::string> aliases;
  std::map<std::string, std::string> attributes;
  std::vector<int> mentions;
  int lex = -1;
  bool strong = false;   // has a mention that is not weak, or a fact uses it
  bool removed = false;  // merged into another
  // People
  std::string given;
  std::string surname;
  std::string gender;    // from pronouns referring to them, when known
  // Meetings, documents, forces
  Label head;
  std::vector<std::string> heads;  // every head noun it was named with ("meeting", "talks")
  std::vector<std::string> qualifiers;
  std::vector<std::string> mods;
  bool outcome = false;
  bool future = false;   // a meeting still to come ("the next summit")
  bool sitting = false;  // a government's own sitting ("the Cabinet session")
  int owner = -1;        // entity
  std::string group;
  std::vector<int> places;   // entities
  std::vector<int> leaders;  // entities
  std::vector<int> by;       // entities
  std::vector<int> partners; // entities: the people who held it with each other
  std::string date;
  std::string ordinal;       // a meeting's edition ("167th")
  int main_score = 0;        // mentions counted for "the main meeting"
};

// A quotation: the text between a pair of quotation marks (or several pairs joined).
struct Quote {
  int open = -1;        // token of the opening mark
  int close = -1;       // token of the closing mark; -1 when it runs to a paragraph end
  uint32_t begin = 0;   // text offsets of the quoted words
  uint32_t end = 0;
  bool naming = false;  // a name or term in quotation marks, not an utterance
  int speaker = -1;     // entity
  Label rule;
  double confidence = 0.0;
  int first_tok = -1;   // first and last quoted tokens
  int last_tok = -1;
  bool turn = false;    // a transcript speaker's turn, without quotation marks (notes in brackets dropped)
};

struct Relation {
  Label type;
  int start = -1;  // entities
  int end = -1;
  std::map<std::string, std::string> properties;
  int sentence = -1;
  uint32_t begin = 0;
  uint32_t end_off = 0;
  Symbol rule;  // what Evidence::rule will hold: passed on as a pointer
  double confidence = 1.0;
};

// The working state of one article. Its per-token arrays and its lists of mentions, entities
// and relations take their room from a store kept per thread and give it back when the Doc
// ends: an article's arrays are tens of kilobytes, and allocating them afresh for each of a
// build's thousands of articles cost more than filling them.
class Doc {
 public:
  Doc(const Article& article, const Lexicon::Data& lex);
  ~Doc();
  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;

  const Article& article;
  const Lexicon::Data& lex;
  std::vector<Token> toks;
  std::vector<Sentence> sentences;

  std::vector<Match> matches;            // grouped by first token
  std::vector<uint32_t> match_begin;     // matches of token i: [match_begin[i], match_begin[i+1])
  // Bit sets of the roles of the matches starting at, ending before, and standing alone at each
  // token: most role questions are answered by one test, without scanning matches.
  std::vector<uint64_t> starts_with;
  std::vector<uint64_t> ends_with;       // size + 1
  std::vector<uint64_t> single;
  // The same matches by the token they end before: matches[by_end[k]] for k in
  // [end_begin[e], end_begin[e + 1]), in the order of `matches` (ending_at reads only these).
  std::vector<uint32_t> by_end;
  std::vector<uint32_t> end_begin;       // size + 2
  static uint64_t bit(Role r) { return uint64_t{1} << static_cast<unsigned>(r); }
  // Bit sets of the cue lists (Role::Cue matches by id) starting at and standing alone at each
  // token: `cue` and `cue_length`, asked at every token by many rules, answer most tokens by one
  // test.
  std::vector<uint64_t> cue_starts;
  std::vector<uint64_t> cue_single;
  static uint64_t bit(Cue c) { return uint64_t{1} << static_cast<unsigned>(c); }
  // The frames (frames.json, by id) of the verb-frame matches (frame_roles) starting at each
  // token: a rule asking for one frame's verb at every token rejects the verbs of other frames
  // without scanning their matches. Ids from 63 on share the last bit.
  std::vector<uint64_t> frame_starts;
  static uint64_t frame_bit(int frame) { return uint64_t{1} << static_cast<unsigned>(frame < 63 ? frame : 63); }
  static constexpr uint64_t frame_roles = (uint64_t{1} << static_cast<unsigned>(Role::FrameActive)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::FramePassive)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::FramePhrase)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::FrameSuffix)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::FrameNoun)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::GatheringVerb)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::PackageVerb)) |
                                          (uint64_t{1} << static_cast<unsigned>(Role::DelegationNoun));
  // The word lists (WordList) whose word each token is.
  std::vector<uint64_t> listed;
  static uint64_t bit(WordList w) { return uint64_t{1} << static_cast<unsigned>(w); }
  // Candidate lists: the tokens, in text order, where a match of role `r` starts, and where a
  // phrase of cue list `c` starts (the tokens whose starts_with / cue_starts bit is set). A pass
  // whose pattern opens with such a match visits only these: `for (int i : d.starts(Role::X))`
  // instead of testing the bit at every token (most tokens start nothing a pass looks for).
  std::span<const int> starts(Role r) const { return candidates(static_cast<size_t>(r)); }
  std::span<const int> starts(Cue c) const { return candidates(64 + static_cast<size_t>(c)); }

  std::vector<Quote> quotes;
  std::vector<int> quote_of;             // per token: the quote containing it, or -1
  // A signed piece's author: the mention its closing line names ("The writer is ..."), or -1.
  // The text's first person outside quotations and turns is the author's.
  int writer_mention = -1;

  std::vector<Mention> mentions;
  std::vector<int> atom_at;              // per token: the name-level mention covering it, or -1
  std::vector<int> phrase_at;            // per token: the head-noun phrase covering it, or -1

  std::vector<Entity> entities;
  std::vector<Relation> relations;

  // The token count, kept once the tokens are made: every rule's bounds test reads it (the
  // vector's own size() is a subtraction and a division by sizeof(Token) each time).
  int size() const { return size_; }
  // True when i is a token index: one unsigned comparison covers i < 0 and i >= size().
  bool in_range(int i) const { return static_cast<unsigned>(i) < static_cast<unsigned>(size_); }
  std::string_view text(int i) const;
  std::string_view span(int first, int last) const;  // text of tokens [first, last)
  const Label& key(int i) const { return toks[static_cast<size_t>(i)].key; }
  bool is(int i, uint32_t flag) const { return in_range(i) && toks[static_cast<size_t>(i)].is(flag); }
  bool word(int i) const { return is(i, tok::kWord); }
  bool cap(int i) const { return is(i, tok::kCap); }
  bool key_is(int i, std::string_view k) const { return in_range(i) && toks[static_cast<size_t>(i)].key == k; }
  // The same test against a string literal, inlined: the length is known at compile time, so
  // most tokens are rejected by one comparison and the rest by a fixed-size memcmp (rules test
  // dozens of literal keys at every token).
  template <size_t N>
  [[gnu::always_inline]] bool key_is(int i, const char (&k)[N]) const {
    if (!in_range(i)) return false;
    const std::string& s = toks[static_cast<size_t>(i)].key;
    return s.size() == N - 1 && std::memcmp(s.data(), k, N - 1) == 0;
  }
  int sentence_of(int i) const { return toks[static_cast<size_t>(i)].sentence; }
  int paragraph_of(int i) const { return toks[static_cast<size_t>(i)].paragraph; }
  bool same_sentence(int a, int b) const { return sentence_of(a) == sentence_of(b); }
  // First token of sentence s, and one past its last token.
  // (Rules ask both at every token: one unsigned comparison with the kept sentence count
  // takes the usual case.)
  int sentence_first(int s) const {
    if (static_cast<unsigned>(s) < static_cast<unsigned>(sentence_count_)) return sentence_start_[static_cast<size_t>(s)];
    return s < 0 ? 0 : size_;
  }
  int sentence_last(int s) const {
    if (static_cast<unsigned>(s) < static_cast<unsigned>(sentence_count_)) return sentence_start_[static_cast<size_t>(s) + 1];
    return s < 0 ? 0 : size_;
  }

  // The longest match of `role` starting at token i, or nullptr. (The role sets answer most
  // calls inline; only a token that has such a match scans its matches.)
  const Match* longest(int i, Role role) const {
    if (!in_range(i) || !(starts_with[static_cast<size_t>(i)] & bit(role))) return nullptr;
    return longest_scan(i, role);
  }
  // The longest match starting at i among several roles.
  [[gnu::always_inline]] const Match* longest_of(int i, std::initializer_list<Role> roles) const {
    uint64_t any = 0;
    for (Role r : roles) any |= bit(r);
    if (!in_range(i) || !(starts_with[static_cast<size_t>(i)] & any)) return nullptr;
    return longest_of_scan(i, roles);
  }
  // A match of `role` ending just before token `end` (the longest), or nullptr.
  const Match* ending_at(int end, Role role) const {
    if (!in_range(end - 1) || !(ends_with[static_cast<size_t>(end)] & bit(role))) return nullptr;
    return ending_scan(end, role);
  }
  // True when token i alone plays `role`.
  // (`single` holds exactly the roles of one-token matches, so the bit is the answer.)
  bool is_role(int i, Role role) const { return in_range(i) && (single[static_cast<size_t>(i)] & bit(role)) != 0; }
  // True when the key of token i is a word of list `w`.
  bool is_listed(int i, WordList w) const { return in_range(i) && (listed[static_cast<size_t>(i)] & bit(w)) != 0; }
  // True when token i alone is a word of cue list `c` (frames.json "cues").
  bool cue(int i, Cue c) const { return in_range(i) && (cue_single[static_cast<size_t>(i)] & bit(c)) != 0; }
  // How many tokens the longest phrase of cue list `c` starting at token i covers, or 0
  // ("taking part were" is 3).
  int cue_length(int i, Cue c) const {
    if (!in_range(i) || !(cue_starts[static_cast<size_t>(i)] & bit(c))) return 0;
    return cue_length_scan(i, c);
  }
  // One past the fields of a ministry after an office ending at token y: "of Land,
  // Infrastructure, Transport and Tourism" (offices.json portfolios, capitalised), "and
  // International Cooperation" after "Minister of Foreign Affairs"; y when none follows.
  int portfolio_end(int y) const;
  // The first token of the honorifics stacked right before token s, s when none: "Amb. (Dr.)
  // X", "Hon. (Chief) X", "H.E. Dr. X", "Gen. (rtd) X" (a bracketed honorific, or a word of
  // words.json bracket_honorifics in brackets, stacks on the one before it).
  int honorifics_start(int s) const;
  bool in_quote(int i) const { return in_range(i) && quote_of[static_cast<size_t>(i)] >= 0; }

  // The mention at token i (name-level first, then phrase), or -1.
  int mention_at(int i) const;
  Mention& m(int idx) { return mentions[static_cast<size_t>(idx)]; }
  const Mention& m(int idx) const { return mentions[static_cast<size_t>(idx)]; }
  Entity& e(int idx) { return entities[static_cast<size_t>(idx)]; }
  const Entity& e(int idx) const { return entities[static_cast<size_t>(idx)]; }
  int add_mention(Mention&& mention);  // registers it in atom_at / phrase_at
  // A mention built where it stays, as the last of the list: new_mention() appends an empty one
  // to fill in, add_new_mention() then registers it as add_mention does (and returns its index),
  // or drop_new_mention() takes it back. (A Mention is eleven strings and ten vectors: building one
  // aside and moving it in cost ~500 instructions, the passes add dozens per article.) Between
  // the two calls the list ends with the mention being built: nothing else may be added.
  Mention& new_mention() { return mentions.emplace_back(); }
  int add_new_mention();
  void drop_new_mention() { mentions.pop_back(); }
  // The same for a pass with many ways out: the mention is taken back when the draft ends, unless
  // add() registered it.
  struct MentionDraft {
    explicit MentionDraft(Doc& doc) : d(doc), m(doc.new_mention()) {}
    ~MentionDraft() {
      if (!added) d.drop_new_mention();
    }
    MentionDraft(const MentionDraft&) = delete;
    MentionDraft& operator=(const MentionDraft&) = delete;
    int add() {
      added = true;
      return d.add_new_mention();
    }
    Doc& d;
    Mention& m;
    bool added = false;
  };
  // A phrase mention of `kind` naming something on its own, called by the text of tokens
  // [first, last) ("UNMISS's western sector", "Northern Anvil 2028"), with `head` its head noun.
  Mention span_phrase(const Label& kind, int first, int last, std::string head) const;
  int add_mention(const Mention& mention) { return add_mention(Mention(mention)); }

  // Follows merged entities to the one that survives.
  int live(int entity) const;

 private:
  const Match* longest_scan(int i, Role role) const;
  const Match* longest_of_scan(int i, std::initializer_list<Role> roles) const;
  const Match* ending_scan(int end, Role role) const;
  int cue_length_scan(int i, Cue c) const;
  // The candidate lists of starts(), one array: list k (roles 0-63, cue lists 64-127) is
  // [candidate_begin_[k], candidate_begin_[k + 1]) of candidates_.
  void index_candidates();
  std::span<const int> candidates(size_t k) const {
    return {candidates_.data() + candidate_begin_[k], candidates_.data() + candidate_begin_[k + 1]};
  }
  std::vector<int> candidates_;
  std::array<uint32_t, 129> candidate_begin_{};
  std::vector<int> sentence_start_;
  int size_ = 0;
  int sentence_count_ = 0;  // sentences.size()
};

// Stages.
void find_quotes(Doc& doc);
void find_mentions(Doc& doc);
void resolve_coreference(Doc& doc);
void attribute_quotes(Doc& doc);
void find_relations(Doc& doc);
// One state's contribution told twice in other words becomes one force (contribution_coref.cpp).
void merge_restated_contributions(Doc& doc);

// Shared helpers.
std::string singular(std::string_view key);
// True when name_key(s) is not empty (a letter or digit survives), without building the key.
bool has_name_key(std::string_view s);
// True when the person mention `mi` is the object of a preposition, past its title and an
// indefinite description ("command goes to a chief observer, General X", "met with
// X"): a he or she further on rather goes on with the sentence's subject.
bool object_person(const Doc& d, int mi);
// "the Ruritanian delegation", "Freedonia's delegation", "President X's delegation" ending at token
// `end` (exclusive): the state the delegation belongs to (a person's through the state of the
// office the text gives him), or -1; `first` is set to the phrase's first token after any "the".
int delegation_state(const Doc& d, int end, int& first);
// The token after the bracketed note opening at `open` ("(through an interpreter)", "(Leeds
// North)"), or -1 when it does not close within a dozen tokens of its paragraph.
int after_bracket_note(const Doc& d, int open);
// The person a speaker label's word names ("ILVES" of "PRESIDENT ILVES:", "PETRENKO" of "OLGA
// PETRENKO:"): the one entity of that family name, or -1.
int label_person(const Doc& d, int word);
// A parsed date from tokens starting at i ("January 6", "6 January 2026", "Tuesday"); returns
// the number of tokens used, 0 when none.
int parse_date(const Doc& doc, int i, std::string& iso, int& weekday);
// "2026-01-06" for weekday w (1 = Monday) in the week that ends on the article's date.
std::string resolve_weekday(const std::string& article_date, int weekday);

}  // namespace kg::ingest::detail
