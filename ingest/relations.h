// Relationships between the entities of one article.
//
// Three sources, each rule named in the evidence:
//   phrase structure  what a mention's own words say: "US-led mechanism" (LEADS), "meeting of
//                     the Contact Group in Nairobi" (ATTENDED by its owner, HELD_IN),
//                     "a declaration by Peru, Chile and Bolivia" (SIGNED), "Peruvian President
//                     Ana Duarte" (HOLDS_OFFICE);
//   verb frames       a frame verb from frames.json with its parties: the subject before the
//                     verb (through auxiliaries, modals, parentheticals and coordinated lists),
//                     the passive agent after "by", and the objects after the verb in its
//                     clause. Modal words become the `modality` property; a negation cue in
//                     the frame cancels it;
//   inference         being in charge of a task commits to it; signing a document a meeting
//                     produced means attending the meeting.
// Troop nouns ("troops", "German forces", "the operation") stand for the article's main force
// when one is named; a contribution noun ("Spain's contribution") commits to it.
#pragma once

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/analysis.h"

namespace kg::ingest::detail {

inline bool party_kind(std::string_view k) { return k == "Country" || k == "Organization"; }

// The rule of a person said only to be present ("Also present were A and B", "Among those
// present were ..."): there in person, as a guest or witness. An organisation attends through its
// head or representative who attends, takes part, addresses, chairs or signs, not through one
// merely present (Relations::inference).
inline constexpr std::string_view kPresentRule = "attended:present";
// The rule of an organisation attending through its head or representative: a guest, which
// does not name the meeting (Relations::name_meetings).
inline constexpr std::string_view kThroughOfficeRule = "attended:through-office";

// The relationship rules of one article, as one object so that the passes share the indexes
// and the set of relations already added. Each pass is defined in the relations_*.cpp file of
// its concern (see the section markers below).
class Relations {
 public:
  explicit Relations(Doc& d) : d_(d), n_(d.size()) {}
  void run();

 private:
  Doc& d_;
  int n_;
  std::map<std::string, int, std::less<>> frame_of_;  // relationship type -> frame id

  // The frame ids of the type literals the rules pass, remembered by the literal's address:
  // frame_at runs at every verb for several types, and a map lookup compares strings.
  mutable std::array<std::pair<const char*, int>, 16> frame_of_literal_{};
  std::set<std::tuple<std::string, int, int>> seen_;
  // People the article says are not going after all (denied_attendance), each with the meeting
  // the denial names, or -1 when it names none: no ATTENDED to that meeting (to any for -1).
  std::set<std::pair<int, int>> denied_attendees_;
  // Parties the article says took their pledge back (withdrawn_pledges): no COMMITS from them.
  std::set<int> withdrawn_pledgers_;

  // Lookups rules make once per mention or frame, over indexes kept up to date as relations are
  // appended (relations are never changed or removed once added): a scan of every relation
  // each time is quadratic in long articles.
  std::vector<int> defined_parties_;  // the states a text calls "the Parties" (defined_parties)
  bool defined_parties_read_ = false;
  std::unordered_map<int, int> office_country_;          // person -> Country of the first HOLDS_OFFICE
  std::unordered_map<int, std::vector<int>> leaders_of_;  // LEADS end -> starts, in order
  // A force that is part of another ("The mission will have its logistics hub at X"): a
  // pledge to the part commits to the whole.
  std::unordered_map<int, int> part_of_;
  size_t indexed_ = 0;
  // Force mentions in text order, for implicit_force (built on first use).
  std::vector<int> force_mentions_;
  size_t force_indexed_ = SIZE_MAX;

  void catch_up();
  int office_country(int person);
  void frame_ids();
  int entity_of(int mi) const;
  const Label& kind(int e) const { return d_.e(e).kind; }

  // (Types and rules are views: most calls pass literals, which then need no string built.)
  void add(std::string_view type, int a, int b, int tok_first, int tok_last, std::string_view rule, double conf,
           std::map<std::string, std::string> props = {});

  // An entity for lexicon entry `lex`, created when the article only implied it.
  int lex_entity(int lex);
  // The article's entity for lexicon entry `lex`, or -1 when the article has none.
  int known_lex_entity(int lex) const;

  // ---- HOLDS_OFFICE

  // The state or body a person's office belongs to, from the mention's title.
  int office_body(const Mention& p, int person_entity);

  // "Emir X" with no state: of the states that have the office, the one the article names
  // nearest to token `at` (most often the only one it names); -1 when it names none.
  int state_with_office(const std::vector<int>& states, int at) const;
  void offices();
  // "CAPTION: ANA ZUBIRI | Foreign Minister, Chile" over a transcript's soundbite: the person the
  // caption's name labels holds the office after the bar, for the state or body named with it.
  void caption_offices();
  // "I address you as the Minister of Defence of X" in a transcript or record turn: the turn's
  // speaker holds the office, for the state or body named right after it.
  void turn_offices();
  // A title right before the name that names no body and has none by default (a rank: "General
  // X"): the office the article gives elsewhere may still be said ("his Peruvian counterpart,
  // General X").
  bool bodiless_title_before(const Mention& p) const;
  // An office apposed after the name that names no body ("X, Minister Delegate in charge of
  // Defence,"): a counterpart's demonym gives its state.
  bool bodiless_title_after(const Mention& p) const;
  // The organisation of a state's armed forces: the article's ("the Malian Armed Forces",
  // "Mali's army"), else the lexicon's ("Ukrainian Armed Forces"), else a new one named
  // "<Demonym> Armed Forces".
  int armed_forces_of(int state);

  // The state named in the words in capitals that open the title or the text, a government's
  // letterhead ("MINISTRY OF DEFENCE OF THE REPUBLIC OF X"); -1 when they open otherwise.
  int letterhead_state();

  // ---- what phrases say about themselves

  // The Force the lexicon names (UNIFIL, UNISFA) mentioned most in the article, or -1.
  int main_named_force() const;
  int main_entity(const std::string& k, const std::string& head = {}) const;
  // The most named entity of kind `k` whose compound head ends in `word` ("the team": the
  // article's "verification team"); -1 when none does.
  int main_entity_ending(const std::string& k, const std::string& word) const;

  // Lower-case words of four letters or more: what a pledged capability and a force's name
  // can share ("maritime patrol aircraft", "joint maritime patrol force").
  static std::vector<std::string> content_words(std::string_view text);

  // How many of `words` a force is named with.
  size_t shared_words(int force, const std::vector<std::string>& words) const;

  // The force a capability pledge goes to when its clause names none: the article's main
  // "force"; else a force named earlier in the pledge's own sentence ("Ghana pledged observers
  // to the mission, and Togo added that it could provide helicopters"); else the force named
  // before that shares most words with what is pledged ("Poland could deploy maritime patrol
  // aircraft" after a cable monitoring centre and a maritime patrol force); else the most
  // named force ("creates the unit and a training school in Apia. ... Australia pledged 45
  // police officers": the unit, not the school named last).
  int implicit_force(int main_force, int at, std::string_view pledged = {});

  // "The summit was hosted by Ghana at Jubilee House", "held at the X Convention Center": a
  // building or facility after "at" is where the sentence's meeting was held (the nearest
  // meeting named before it, else after it).
  void venues();
  // "agreed to meet again in Quito, with Ecuador as host": the party between "with" and "as
  // host" hosts the meeting still to come that the sentence reports.
  void hosts_named_as();
  // a building after "at" (or "on the stage of"), as a meeting's venue; -1 for any other mention
  int venue_at(size_t vi) const;
  // a venue in a sentence of signing alone places the meeting that produced the text signed
  void signing_venues();
  bool sentence_names_meeting(int sentence) const;
  // a place the lexicon types as a building, or one named by a building head ("X Palace", "Villa X")
  bool named_as_building(int place, const Mention& m) const;
  int producer_of(const std::vector<Relation>& rels, int document) const;
  // "at the Great Hall of the Nation in Lima" anywhere in the article: a meeting held in the
  // building was held in that city too.
  void buildings_in_cities();
  // a building where a meeting placed in one city was held stands in that city
  void cities_of_shared_venues(const std::vector<Relation>& rels, std::map<int, int>& city_of) const;
  // "The summit was held in Accra", "the next round will be held in Doha": the predicate's
  // place is the subject meeting's.
  void held_predicates();
  // The meeting a HOSTED relation of the sentence points to, or -1.
  int meeting_hosted_in(int sentence) const;
  // A Place entity that is a building or facility (a lexicon one, or a name no lexicon knows
  // that was not found as a town).
  bool is_building(int place) const;
  // "Moneda Palace, Santiago" over a transcript's date line (Article::header_place): the places
  // of the article's meeting when its text gives it none.
  void header_places();
  // a wire's dateline (Article::dateline_place) in the capital of a state that hosted a meeting
  // the text places in no known city: the meeting was held there
  void dateline_places();
  int capital_named(int named, int state) const;  // the capital a dateline's name is, of `state`
  bool placed_in_known_city(const std::vector<Relation>& rels, int meeting) const;
  int state_named_in(int body) const;
  bool building_name(std::string_view name) const;
  void phrase_structure();

  // ---- verb frames

  // The longest match of `role` of the frame of `type` starting at token i, or nullptr. `type`: a
  // string literal (see frame_id). Most tokens start no such verb: the role bit answers inline.
  const Match* frame_at(int i, Role role, const char* type) const {
    if (!d_.in_range(i) || !(d_.starts_with[static_cast<size_t>(i)] & Doc::bit(role))) return nullptr;
    return frame_scan(i, role, type);
  }
  const Match* frame_scan(int i, Role role, const char* type) const;

  // The frame of relationship type `type`, or -1. `type` must be a string literal: its address
  // is its key in frame_of_literal_.
  int frame_id(const char* type) const;

  // ---- parties of a frame: subjects, lists, pronouns and objects

  // Parties written as a list ending right before token `end`: "Peru, Chile and other
  // Andean states", "Duarte, Chilean Prime Minister Luis Vega and Bolivian leader Ana
  // Quispe", "the U.K. and France". Walks left over titles and list separators.
  int counterpart_start(int c) const;
  // "X led her country's delegation", "Y headed the Peruvian delegation": X and its state attended
  void delegation_head(int noun, int main_meeting);
  struct DelegationOwner {
    int state;   // the state whose delegation it is, -1 when none is named
    int before;  // the token before the owner
    bool own;    // "her country's", a bloc's: the state of the leader's office
  };
  DelegationOwner delegation_owner(int noun) const;
  void delegation_members(int noun, int state, int main_meeting);
  // "X, who represented France", "I represented the United Kingdom", "Y accompanied me": the
  // person (and the state represented) attended the article's meeting
  void represented_and_accompanied(int main_meeting);
  bool indefinite_opening(int floor, int c) const;
  // True when sentence `sentence` says a signature was given on behalf of something other
  // than a state ("signed ... on behalf of the bloc").
  bool signed_for_body(int sentence) const;
  std::vector<int> shared_subjects(int i, int floor);
  int reported_pronoun_subject(int pron, int floor);
  std::vector<int> pair_named_before(int noun) const;
  std::vector<int> guests_from(int from, int end) const;
  // The object of a pledge verb at t is participants of a meeting ("offered to send observers",
  // "offered to send one" after observers named in the sentence): no pledge to a force.
  bool sends_participants(int t, int floor) const;
  // Token k is the comma opening a relative clause (", which", ", who", ", whose").
  bool relative_clause_at(int k) const {
    return d_.key_is(k, ",") && (d_.key_is(k + 1, "which") || d_.key_is(k + 1, "who") || d_.key_is(k + 1, "whose"));
  }
  std::vector<int> parties_before(int end, int floor, std::string& modality, bool& negated, bool allow_meeting = false);
  const std::vector<int>& defined_parties();
  // The `count` parties (states or bodies; people signing are read as the states of their
  // offices) a signing, agreeing or closing verb, or "signed by", had as its subject or agents
  // last before token `phrase`, in its sentence or the eight before it; none when that set is
  // not `count` parties. A pair's signers are passed over to the pair further back.
  std::vector<int> sides_named_before(int phrase, size_t count = 2);
  // "the four states", "all five signatories" (frames.json cue counted_side_nouns) ending right
  // before token `end` and starting at `floor` or later: its first token, with `count` set; -1
  // when none.
  int counted_sides_before(int end, int floor, size_t& count) const;
  // The first token of a phrase of cue list `c`, two or three tokens long and starting at `floor`
  // or later, that ends right before token `end` (a subject such as "both sides" or "the two
  // countries" before its verb group); -1 when none.
  int cue_phrase_before(int end, int floor, Cue c) const;
  std::vector<int> group_members(int lex, int first) const;
  int title_first(const Mention& p) const;

  // A person standing for their state in a commitment: their head-of-state/government office.
  int as_party(int e);

  // Resolves "it" / "he" / "they" used as a subject, and "I" / "we" in a transcript turn.
  int pronoun_subject(int t) const;
  // "his country would send", "said her Government would provide": a possessive and an own-state
  // noun (frames.json cues own_state_nouns) at token `noun` stand for the state of the one
  // speaking: the subject of a speech verb before it in its sentence, else in the sentence before
  // in its paragraph, else the person the possessive refers to. -1 when none.
  int own_state(int noun);
  // The parties a speech verb in sentence tokens [first, last) has as its subject, the last such
  // verb first: "the representative of X, chair of the donor group, said" -> X. Empty when none.
  std::vector<int> speaker_before(int first, int last);
  // The state of "the representative of X" when its delegate noun (cues delegate_nouns) is at
  // token t; -1 otherwise. (Asked at every token: the cue bit answers most inline.)
  int delegate_state(int t) const { return d_.cue(t, Cue::DelegateNoun) ? delegate_state_at(t) : -1; }
  int delegate_state_at(int t) const;
  // "welcomed the announcement by X of a contribution of four
  // aircraft to the Force": the party "by" whom a contribution noun at token i is announced
  // commits to the force after it (else the article's force).
  void announced_contribution(int i, int len, int main_force);
  // "the leaders set up a mechanism", "the ministers agreed to form a task force": a definite
  // plural office ending before token `group` stands for the article's meeting, whose body acts;
  // that body (the main meeting's owner organisation), or -1.
  int meeting_body_subject(int group, int floor) const;
  // Is token t inside a mention of one of the forces `objects` a verb names ("leads the brigade
  // in Latvia": the troop noun is that force's head, no troops of another force)?
  bool heads_object(int t, const std::vector<int>& objects) const;
  // The force a subject's relative clause set off before its verb group says it leads ("Canada,
  // which leads the brigade in Estonia, pledged ..."), or -1.
  int force_led_by_subject(int group, int floor) const;
  // Does the subject ending before token `group` stand for the article's meeting: a definite
  // plural title ("the leaders"), "we" in the meeting's own text, or the meeting by its bare head
  // opening the sentence ("The Conference decided to deploy")?
  bool stands_for_meeting(int group, int floor) const;
  // The speaker of the transcript turn holding token t (outside a quotation in it), else a
  // signed piece's writer (outside quotations), or -1.
  int turn_speaker_at(int t) const;
  // The state a person's title names in this article ("President X of the Republic of Y"), or -1.
  int state_of_person(int person) const;
  // A turn's speaker whose title names no state: the state her own turn says she represented
  // ("I represented Norway at the talks"), or -1.
  int represented_state(int person) const;
  // A verbatim record's turn speaker: the state his label names in brackets ("Ms. Y (State):",
  // "Mr. Z (State) (spoke in French):"), or -1.
  int label_state(int person) const;
  // A first-person pronoun at t in a transcript turn (speech.json first_person): the speaker
  // ("I", "my"), or the speaker's state ("we", "our"); -1 otherwise.
  int first_person(int t) const;
  // A signed piece's writer (Doc::writer_mention), or -1.
  int writer() const;

  // The meeting, document or force phrase at token t, or a force named head first
  // ("Operation X", "EUFOR Tchad"), which is a name, not a phrase.
  int thing_at(int t) const;

  // Objects of a verb: mentions of `want` kind after token `from` in its clause.
  std::vector<int> objects_after(int from, const std::string& want, int limit) const;
  int clause_end(int from) const;
  // True when a state or body at token t opens a clause of its own: its verb follows it.
  bool clause_with_subject(int t) const;
  std::string condition_in(int a, int b) const;
  // The tokens [first, last) of that condition ("once the training is complete"), {-1, -1} when none.
  std::pair<int, int> condition_span(int a, int b) const;
  // True when every mention of entity `e` in tokens [a, b) follows a "not" ("the money goes to
  // the fund, not to the mission itself"): the clause denies it is where the pledge goes.
  bool denied_in(int e, int a, int b) const;

  // ---- verb frames: the frames themselves

  void verb_frames();

  // "a promise that Ottawa would commit ... was not in the communique": a commitment
  // reported by a noun and then denied by the sentence.
  bool reported_and_denied(int verb, int floor) const;

  // "a rescue centre in Cebu, which the Philippines agreed to staff": the force before an object
  // relative "which"/"that" is what the subject of verb `i` pledges; -1 when the verb is not
  // in such a clause.
  // The first token of the modals and auxiliaries right before token i, not before `floor`
  // ("would lead": the token of "would"); i itself when none.
  int verb_group_start(int i, int floor) const;
  int relative_object(int i, int floor) const;

  // "Rwanda pledged 35 observers. Burundi and Zambia each offered 15 more": a count and "more"
  // with no noun at token t, after troops named in this sentence or the one before.
  bool more_of_troops(int t) const;

  // "Malawi pledged 30 observers and Zambia committed 25": a bare count right after the verb,
  // with troops named earlier in this sentence or the one before, counts those troops.
  bool elliptical_count(int t) const;
  // The token after the scale of a sum starting at t ("40 million", "$10 million", "C$ 200
  // million"), -1 when no sum starts there.
  int amount_end(int t) const;
  // True when the words after a sum ending at e say it is for something other than a force.
  bool sum_for_other(int e, int end) const;

  // "Poland will send two frigates to the group, and Sweden three corvettes": a party and a
  // count of troops with no verb of their own after a commitment share its verb and objects.
  std::vector<std::pair<int, int>> gapped_parties(int from, int end) const;
  // "Peru will send 100 engineers; Chile, 40 trainers; and Timor-Leste, ten police
  // officers": the party of each ";"-separated item from token `semi` on that gives a count
  // after a comma and has no verb of its own (its mention).
  std::vector<int> gapped_items(int semi) const;
  // "* SPAIN: Would head the new force and deploy 300 marines": a list item or factbox bullet
  // that opens with a party and a colon leaves its predicate's subject out; the party is the
  // subject of a verb with none of its own. -1 when the sentence opens otherwise.
  int label_subject(int i, int floor) const;
  // "It was my great privilege to host X": the person whose honour (frames.json cue honour_nouns)
  // is said right before the "to" at token `to`, who does what follows ("X had the honour of
  // chairing": before an "of"); -1 when none.
  int honour_owner(int to, int floor);
  // The meeting named last before token i in its sentence (or, for a pronoun object or a meeting
  // to come, in the sentence before), or -1.
  int meeting_named_before(int i, bool pronoun) const;
  // "it" naming nothing itself, as a verb's object.
  bool pronoun_object(int t) const;
  // A meeting's head without a name after "the", "both" or "all" ("both sessions", "the talks").
  bool bare_meeting_head(int t) const;
  void active_frame(const Label& type, int i, int len, int main_force);
  // "Norway ... will also keep its engineers there", "Nepal will maintain its 200 troops in the
  // mission": a keeping verb (frames.json cues keeping_verbs), the subject's own troops and
  // where they stay, "there" (the force named before in the sentence) or a force after "in",
  // "with" or "under". Returns that force, -1 when the verb keeps anything else.
  int kept_force(int i) const;
  // "Chile will train 1,500 police recruits": a training verb (frames.json cues training_verbs)
  // after a modal or auxiliary, with a count of people to train, pledges them to the article's
  // force named for training ("police training programme"), the one named last before it.
  // Returns that force, -1 when the verb has no count or the article no such force.
  int trained_for(int i) const;
  void trained_pledge(int i);

  // A force named by a gerund phrase ("escorting grain ships in the Aegean"), up to the
  // end of its clause; returns its entity, -1 when too short or too long to be a name.
  int gerund_force(int from, int end);

  // A phrase the text names that no mention pass found (a gerund force, an amending text): its
  // mention over tokens [first, last) and a local entity of `kind` with head `head`.
  int phrase_entity(std::string_view kind, int first, int last, const std::string& head);
  // The article's Place for the capital city of a city-state named at `state_mention`.
  int city_of_state(int state_mention);

  // "signed an annex to the Troop Transit Agreement", "a protocol to the treaty": a
  // document head right after the verb, then "to" and a document, names the text signed, which
  // amends the other; returns its new entity, -1 when the object is no such phrase.
  int amending_text(int from, int end);

  // "for the team", "to equip the mission": the article's only force whose head ends with the
  // lower-case word at token t ("observer team"); -1 when none or several.
  int force_by_bare_head(int t) const;
  int force_of_its(int t, int verb, int floor) const;
  int pledged_before_in_sentence(int at, int nearest) const;
  // True when the troop noun at t is in the complement of a force phrase among `objects` ("a
  // centre in Tallinn to track ships"): it describes the force, it is not given to it.
  bool troops_describe_force(int t, const std::vector<int>& objects) const;

  // ---- list items

  //
  // A lead-in ending in a colon hands its predicate to each item of the list after it: "The
  // following heads of state attended the session:" then one line per attendee ("H.E. Mr. X,
  // President of Y;"), "Contributions announced on Tuesday:" then "Brazil: 220 troops" lines,
  // or lettered items inside the sentence ("noted the pledges of the member states, namely:
  // a) Chad: one battalion; b) ..."). Items are the lines after the lead-in (the reader has
  // taken their bullets off) up to a paragraph break after the first item or an item that ends
  // with a full stop; or, when the sentence goes on after the colon, its ';'-separated parts.
  bool line_start(int i) const;

  // (`need_colon`: each item is "Party: what it gives", the pledge lists.)
  std::vector<std::pair<int, int>> list_after(int colon, bool need_colon) const;
  void list_items();
  // A pipe table of pledges ("| Country | Pledge | Status |", one row per party, a header cell
  // of cues list_pledges): each row's party gives the article's force what its pledge cell
  // says, unless the row pledges nothing (a cell of cues nothing_words, "None", or one that
  // opens with a negation, "Ruled out"; "Brasilia has not commented" later in a cell only hedges).
  void pledge_tables();
  // The cells of the table row starting at token `first` (a "|" opening a line): token ranges
  // between its bars, up to the end of its paragraph.
  std::vector<std::pair<int, int>> table_cells(int first) const;

  // ---- attendance

  void attendance();

  // "Leaders of the Pacific Islands Forum ... at their annual summit": the body the clause is
  // about holds the meeting its possessive names.
  void their_meetings();

  // "Peru and Ecuador announced a truce at the close of the talks", "Tembo signed the
  // accord at the summit": the parties that open a sentence and act, in that clause, at a
  // meeting that has taken place were there. Not the host (HOSTED), not a negated verb, not
  // across a relative clause or a contrast.
  void acted_at();
  // "X is not attending", "she will not travel to Y", "X did not attend after all": a person
  // denied going (an attendance verb or a travelling verb, cues travelling_verbs, right after a
  // negation in a verb group that follows her) did not attend the meeting the rest of the
  // sentence names ("will not attend the gala dinner": she may still attend the summit), or,
  // when it names none, any of the article's meetings, whatever an earlier report or an earlier
  // entry of a live page said. Runs before the relation passes.
  void denied_attendance();
  void withdrawn_pledges();  // "X withdrew its offer": X commits nothing in the article
  void attendance_openers(int main_meeting);
  bool force_after_in(int from, int end) const;
  // A verbatim record's seats (Article::roster, "Ms. Y (State)" paragraphs of its header): each
  // person and state seated attended the record's meeting; the presiding seat leads it and holds
  // the presidency (Article::roster_chair_title) of the body that owns it; the speaker of each of
  // the record's turns attended it too.
  void roster_attendance(int main_meeting);
  // "We thank the authorities and the people of X warmly for hosting the meeting",
  // "Y thanked X for hosting the talks": the party thanked hosted the meeting named (or the
  // article's).
  void thanked_hosts(int main_meeting);
  void agreed_at();
  // "B is paying a state visit to X at the invitation of A": A hosted the meeting named before
  // it in the sentence.
  void invitations();
  int inviters_end(int from, int limit) const;
  // ", including X and Y," right before the verb at token `verb`: the members of its subject
  // named there ("Delegations of A and B, including X and Y, attended").
  std::vector<int> included_before(int verb, int floor) const;
  // ", starting with Chile" after a rotation from token `from` on, in the sentence: the states or
  // bodies the rotation starts with.
  std::vector<int> first_in_rotation(int from) const;
  // "It will sit in X and be headed by the parties in rotation, beginning with Chile", "the Patrol
  // Unit, which their coast guards are to run in turn, beginning with Peru": a leading verb with a
  // rotation word (frames.json cue rotation_words) before ", starting with": the first in the
  // rotation leads the force or meeting the sentence names before the verb, or the force the
  // sentence before names when the sentence opens with "It".
  void rotations();
  int rotation_thing(int verb) const;
  // The meeting a document's name says it is "of" ("the Joint Declaration of the 9th Leaders'
  // Meeting"): an entity, or -1.
  int meeting_in_name(const Mention& doc) const;
  // How the article calls a person alone: a one-word alias ("Sato", "Tang"), else the last word
  // of the name.
  std::string called(int person) const;
  bool armed_group(int e) const;
  std::string proper_placed_name(const Entity& x, const std::string& place) const;
  std::string month_named(const Entity& x) const;
  bool called_next(const Entity& x) const;
  // "the Lima Andean Defence Ministers' Meeting", "the Lima Meeting on Border Security": what the
  // article's reported meeting is, without the place its proper name opens with ("Andean
  // Defence Ministers' meeting", "Border Security meeting"); empty when it has no such name.
  std::string reported_descriptor() const;
  std::string fought_over(int meeting) const;

  // "Macron said after the meeting", "After Tuesday's meeting, Merz said", "he said in Paris":
  // a person speaking at or right after a meeting was there.
  void spoke_at(int main_meeting);
  // "The talks opened with an address by President X", "the keynote address of H.E. Ms. Y":
  // the speaker (frames.json cue address_nouns) was at the meeting the sentence names, else, for
  // an opening or keynote address, at the article's.
  void addresses(int main_meeting);

  // Attendance told by a meeting record's formulas, for the article's meeting: "the
  // representative of X said" (cues delegate_nouns: a state's delegate named only by it), "speaking
  // on behalf of A, B and C" (behalf_phrases: the parties a speaker stands for), and addressing the
  // body that holds the meeting ("Briefing the Assembly, X said", "X, addressing the Assembly under
  // rule 71, said", "Also addressing it was X": addressing_verbs).
  void meeting_record(int main_meeting);

  // "senior envoys from the Nordic states during a phone call", "the Chilean delegation was
  // led by Quiroga and Tembo": the body sending people, and the people leading its delegation.
  void delegates(int main_meeting);

  // Attendance said without an attend verb, for the article's meeting: "X was represented by
  // its foreign minister, Y" (and, in the same sentence, "and Z by its deputy secretary general,
  // W"), "X sent observers / a delegation / its deputy foreign minister", "X followed the summit
  // as an observer"; and hosting: "the emir was received by President Y" (Y hosted, the emir
  // attended).
  void represented(int main_meeting);

  // ---- signature block: "For the Republic of X, Name, Minister of Foreign Affairs." (the
  // reader joins each group of an issued text's closing lines into one such sentence): the
  // signer holds the office for X, attended the article's meeting and signed the issued text,
  // as X did.
  void signatures();
  // "Five of us signed on Monday night: A for X, the Y foreign minister, B, ... and I for Z":
  // each person listed after the colon signed the text named last before, with the state
  // named after "for" or the state of the signer's office.
  void signing_lists();
  int document_named_before(int i, int sentences) const;
  // The text the article is, when its title names a kind of document ("Final Communiqué") and
  // the text refers to one of that kind ("annexed to this communiqué"): that document, named
  // after the title and the meeting's proper names; -1 when none.
  int issued_document(int main_meeting);
  // The text a signature block closes, named last before it, takes the article's title as its
  // name when the title is its heading ("Joint Statement of the Ministers of ... on ..."); false
  // when the title is no heading of it.
  bool name_by_heading(int doc);
  // ---- passives: "The conference was co-hosted by Switzerland and the African Union"

  // Parties listed from token k on, through titles ("by Peruvian President Ana Duarte,
  // Chilean ..."); returns their entities.
  // A relative clause after an agent (", who headed the army delegation,") is skipped, and so
  // is an office's complement ("Niger's minister of territorial administration, General X"); "and
  // by" goes on with the list ("signed by A, who ..., and by B").
  std::vector<int> agents_after(int k, int limit) const;

  // The phrase a passive participle at token i is about: right before it ("The conference was
  // co-hosted by"), before a comma ("The Maputo Accord, signed by"), before "which was"
  // ("The conference, which was hosted by"); after "and" or a closing comma, the thing of the
  // previous passive of the sentence ("was chaired by X and attended by Y", "The meeting,
  // hosted by A at B, was chaired by C"). Returns a mention or -1.
  int last_meeting_in(int s) const;
  // The meeting a sentence says "is to be held in X" (its subject before the auxiliaries), when
  // the comma at token `comma` follows that predicate; -1 when none.
  int held_subject(int comma) const;
  // The meeting whose passive predicate "was held" (at token `held`) is: "The summit was held",
  // "the talks will be held"; -1 when none.
  int held_predicate_subject(int held) const;
  int passive_thing(int i, int prev_thing, int prev_sentence) const;
  // The meeting named last before token i in its sentence, else the article's (not one to
  // come), or -1.
  int meeting_before(int i) const;

  // "The accord was signed on Friday night, for Peru by Foreign Minister X and for
  // Ecuador by Defence Minister Y": each party after "for" and each agent after its "by".
  void signed_for_by();

  // "signed by the Presidents of A, B and C, and by the Head of Government of D", "signed by
  // the foreign ministers of A and B": the states whose officials, named only by their office,
  // signed. From token k (right after "by") to the end of the sentence or a relative clause.
  std::vector<int> states_of_signers(int k) const;
  std::vector<int> holders_of_group(int k, const std::vector<int>& states) const;
  void passives();
  // A meeting told by its verb ("met in Bishkek") whose subject went on to sign or adopt the
  // text starting at doc_first ("..., and signed a protocol"), or -1.
  int verbal_meeting_then(int s_first, int doc_first) const;
  void signing_of_by();  // "the signing of the X Agreement by A and B"
  // The meeting a phrase between tokens [first, last) says something was done beside ("on the
  // margins of this meeting": the article's meeting), or -1.
  int meeting_beside(int first, int last) const;


  // The "by" of a passive after a short gap starting at token t: an adverb ("jointly") or a
  // short prepositional phrase ("at sea", "on the ground"); -1 when none.
  int gapped_by(int t) const;

  // "The mission[, which numbers 1,800 soldiers,] is commanded by": the article's force with the
  // bare head that opens the sentence of the passive at token i; -1 when none.
  int bare_force_before(int i) const;
  // Start of the clause whose predicate a ", and <aux> <participle>" at and_at continues (its
  // subject, a mention or "the <force head>" followed by an auxiliary), or -1.
  int coordinated_subject(int and_at) const;

  // ---- parts of forces: "The mission will have its logistics hub at X"
  void force_parts();

  // ---- appointments: "X has been named as its first commander"

  // The force named last before token `at`, in its sentence or the one before; -1 when none.
  int force_named_before(int at) const;
  // The force a leader noun ending before token `end` names: "of the X" after it; else, when
  // `before_ok`, the force named before token `at`. -1 when none.
  int force_of_leader_noun(int end, int at, bool before_ok) const;
  void appointments();
  // "appointed General X as Force Commander", "the appointment of General X, of the Y Armed
  // Forces, as Head of Mission", "designated the Republic of Z as lead nation of the force",
  // "the offer of Z to serve as lead nation for the force": the party put in a leading role
  // (frames.json cues leader_nouns) by an appointing verb or noun, or acting in it, leads the force.
  void roles_taken_as();
  // "X remains the framework nation of the force", "Y became its framework nation": a party
  // linked by a role copula (frames.json cues role_copulas) to a leader noun of a force leads it.
  void roles_held_by_copula();
  // The force of "of the force" / "its" around a leader noun ending before `end`, for a verb at
  // `at`: the force named before when only a force head or "its" says which, else the named one.
  int force_of_held_role(int end, int at, bool its);
  // The party before the "as" at token `as` that such an appointment or acting verb puts in the
  // role, or -1.
  int party_put_as(int as) const;
  // "its coordination center" (its: a force), "the mission's training programme": parts of a
  // force; COMMITS to them go to the whole, and a part nothing else is said about is dropped.
  void parts_through_possessives();
  void drop_unrelated_parts();
  void offices_as_bodies();

  // ---- packages: "guarantees envisioned by X and Y include A, B and C"

  // True when force `o` has leaders in this article and `a` is not one of them.
  bool led_by_others(int o, int a);
  void packages();

  // ---- documents produced by meetings

  int meeting_after_preposition(int from, int limit) const;
  // "on the sidelines", "in the margins" (frames.json sidelines) starting at token t.
  bool sidelines_at(int t) const {
    return (d_.key_is(t, "on") || d_.key_is(t, "in")) && d_.key_is(t + 1, "the") && d_.cue(t + 2, Cue::Sidelines);
  }
  // The meeting "on the sidelines of" names in [from, limit): a meeting phrase starting there,
  // else the article's meeting for a bare "the summit"; -1 when none.
  int sidelines_of(int from, int limit, int main_meeting) const;
  // "she and X had signed in N'Djamena on 2 May an exchange of letters": the sentence naming
  // document `doc` first signs it in a place or on a day other than meeting `meeting`'s.
  bool signed_elsewhere(int doc, int meeting) const;

  // The meeting a clause ended "with" the document starting at token `doc`: "ended / closed /
  // concluded [their annual] meeting [in Hanoi on Friday] with a joint communique"; -1 when none.
  int meeting_ended_with(int doc, int floor) const;

  // Is the verb at token v a participle or passive about the thing ending at token `end`
  // (", adopted late on Tuesday", "was issued on Friday")? Only commas and auxiliaries between.
  bool participle_of(int end, int v) const;
  void production();
  // "According to the final communique, ...", "In its final statement, the Council decided":
  // a meeting's outcome text called final, which no meeting produced by the rules above, is the
  // one the article's meeting ended with.
  void final_texts(int main_meeting);
  // Is a mention of document `doc` called "final" ("the final communique")?
  bool called_final(int doc) const;
  // "the communique" a meeting in Lusaka produced is the Lusaka communique: a bare outcome text
  // (no capital in its name) takes the name of the city its meeting was held in.
  void name_meeting_texts();
  // "In a joint statement, the two countries agreed", "a joint statement by A and B": a text a
  // pair of states issued, named by nothing of its own, is named after them ("A-B joint
  // statement", the one the article names first first).
  void name_joint_texts();
  // The two states a bare outcome text was issued by: its "by" list, else the article's two
  // most named states when a sentence naming the text calls its issuers "the two countries".
  std::vector<int> issuing_pair(int doc) const;
  std::vector<int> article_state_pair() const;

  // ---- signers by membership: "Defence ministers of the X Organisation met ... and signed a
  // protocol": the ministers of that office at the meeting that produced it (and their states)
  void signers_by_membership();
  // True when a sentence naming the person denies a signing ("was present but did not sign").
  bool refused_to_sign(int person) const;
  bool holds_office_at(int person, int office) const;
  // True when the person holds `office` or an office whose title has its title as a word ("a
  // defence minister" is among "ministers").
  bool holds_office_among(int person, int office) const;
  // "It brought together ministers from A, B and C" (a plural office and "from" at token k): the
  // people the article names holding such an office for A, B or C attended too.
  void gathered_office_holders(int k, const std::vector<int>& states, int meeting, int verb, int end);
  // The people the article names holding `office` (or, `among`, an office whose title has its
  // title as a word) for one of `states` attended `meeting` (attended:office-of); the evidence is
  // tokens [tok_first, end).
  void office_holders_attend(int office, bool among, const std::vector<int>& states, int meeting, int tok_first, int end);

  // ---- naming meetings by who held them and where

  void name_meetings();
  void placed_text(Entity& x, const std::string& place);
  bool called_one_way(const Entity& x) const;

  // ---- inference

  // Adds a relationship that another one implies, with that one's evidence.
  void add_like(const std::string& type, int a, int b, const Relation& because, const std::string& rule, double conf);
  static bool has(const std::vector<Relation>& rels, const char* type, int a, int b);
  // The office a HOLDS_OFFICE relation is about (by its title, else the holder's mention), or nullptr.
  const Office* office_held(const Relation& h) const;
  // "The foreign ministers of A, B and C met in Lima" (the states A, B, C said to attend
  // `meeting` by the verb at token `verb`): the people the article names holding that office for
  // one of them attended too (attended:office-of).
  void office_holders_of(const std::vector<int>& states, int meeting, int floor, int verb, int end);
  void inference();
  // "Ghana has been UNMISS's largest contributor", "Nepal, MONUSCO's largest contributor,",
  // "* RWANDA: UNMISS's biggest troop contributor could ...": COMMITS to the named force.
  void contributors();
  // "UNMISS's force commander, Major General X", "the force's commander, General Y": LEADS.
  void commanders_of_forces();
  // "Ecuador takes the opening one-year turn at the command", "Peru took command of the
  // mission" (cues holding_verbs, command_nouns): the subject leads the force named after
  // "of", else the article's force.
  void held_commands();
  // A unit of a force the lexicon knows, named through it ("UNMISS's western sector").
  bool part_of_named_force(int e) const;
};

}  // namespace kg::ingest::detail
