// Lexicon::Data: the loaded vocabulary in the shapes the extractor works with.
//
// Every phrase of every lexicon file (names, aliases, titles, verbs, cue words) is tokenised the
// same way article text is and stored in one phrase trie over interned token keys, each phrase
// carrying the roles it plays (a country's alias, a speech verb, a meeting head noun, ...).
// Matching text against the trie is then one hash lookup per token and step, whatever the
// number of phrases. Case matters only where the data says so: a phrase token written with a
// capital needs a capital in the text ("Turkey" the state, not "turkey"), one written in
// capitals only needs capitals ("US", not "us"), a lower-case one matches any case.
#pragma once

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/flat_index.h"
#include "ingest/label.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

// The part a phrase plays. Roles with an `id` index into the matching table of Lexicon::Data.
enum class Role : uint8_t {
  Entity,              // name or alias of entities[id]
  Demonym,             // nationality word of country entities[id] ("French", "Britons")
  ActingForm,          // a state's government by another name ("the French government"): entities[id]
  Office,              // offices[id]
  OfficeModifier,      // word that may sit inside a title ("deputy", "Europe editor")
  Portfolio,           // a ministry's field after an office's "of" ("Minister of Transport")
  FormerCue,           // "former", "ex-": the office is no longer held
  PersonRole,          // a person noun that is not an office ("son-in-law", "ally")
  SpokesNoun,          // speaks for the body before it ("a ministry spokesperson")
  SpeechVerb,          // attributes a quotation anywhere in its sentence
  WeakSpeechVerb,      // attributes a quotation that follows it
  SpeechPhrase,        // "pointed out", "in a statement"
  SourceBefore,        // "according to X"
  NamingCue,           // "so-called": the quoted words are a name
  StatementNoun,       // a text that speaks for its issuer
  FrameActive,         // verb of frames[id] with its subject before it
  FramePassive,        // "led by": the party follows
  FramePhrase,         // multi-word verb ("in charge of")
  FrameSuffix,         // "-led"
  FrameNoun,           // "contribution"
  GatheringVerb,       // "the meeting gathered X"
  PackageVerb,         // "guarantees ... include": a party's package of commitments
  DelegationNoun,      // "the US delegation", "representatives from X"
  Modality,            // modalities[id]
  Negation,
  TroopNoun,           // "troops", "forces": a contribution to a force
  ReportedNoun,        // "a promise that X would ...": a commitment reported, maybe denied
  CollectiveParty,     // "the allies", "the coalition"
  MeetingHead,
  DocumentHead,
  ForceHead,
  HeadExcluded,        // compound that is not a head ("press conference"); id = kind (0 meeting, 1 document, 2 force)
  ArticleHead,         // "Article" of a treaty
  OutcomeText,         // the text a meeting ends with ("communique", "joint statement")
  DomainModifier,      // tells forces apart ("maritime" vs "military" support)
  GenericModifier,     // does not make a phrase specific ("new", "the")
  Qualifier,           // tells two things with one head apart ("joint", "draft")
  QualifyingModifier,  // makes a needs-role force head specific ("multinational", "maritime")
  QualifyingComplement,// same, after the head ("to monitor", "for weapons")
  QualifyingNoun,      // a military noun inside a complement qualifies it ("support for the army")
  FunctionWord,        // closed-class word: ends a name-like complement
  ComplementStop,      // ends a head noun's complement ("that", "which")
  PlaceHead,           // "region", "nuclear power plant"; id = 0 region, 1 facility, 2 building, 3 water
  LocativePrep,        // "in", "at", "across"
  GivenName,
  Common,              // ordinary word, never a name
  NameParticle,        // "von", "de"
  OrgHead,             // a capitalised word that ends an organisation's name ("Forum", "Council")
  Honorific,           // "Mr", "Sir"
  Month,               // id = month number
  Weekday,             // id = ISO weekday
  Cardinal,            // a count in words ("three"); id = its value
  Ordinal,             // an edition's number in words ("the third session"); id = its value
  CreditCue,           // "Photo:", "By": what follows credits, it does not report
  Determiner,          // id 1 definite ("the", "its"), 0 indefinite ("a", "another")
  Auxiliary,           // may sit between a subject and its verb ("has", "also", "for his part")
  Cue,                 // a word of a named cue list (frames.json "cues"); id = Cue
  Listed,              // a token key of a word list rules ask of one token; id = WordList
  kCount
};
static_assert(static_cast<int>(Role::kCount) <= 64, "roles are kept in 64-bit sets");

// The named word lists the relationship rules consult (frames.json "cues"). Each rule knows what
// its list is for; the data says which words are in it, so a new domain adds words, not code.
enum class Cue : uint8_t {
  ParticipantRole,  // "took part as observers"
  RemoteMeans,      // "joined by video link"
  Sidelines,        // "on the sidelines"
  MeetingMoment,    // "at the close of the forum"
  TimeSpan,         // "after eleven days of talks"
  ProducingVerb,    // a document "issued at the close of" a meeting
  ClosingVerb,      // "ended their meeting with a joint communique"
  WitnessVerb,      // "witnessed the signing"
  SendingVerb,      // "X sent observers"
  ReceivingVerb,    // "the emir was received by President Y"
  ListAttendance,   // a lead-in "... attended the session:" before a list
  ListPledge,       // a lead-in "Contributions announced:" before a list
  PassiveBe,        // "was" in "was signed by"
  ClauseOpener,     // "after" in "agreed to a ceasefire, after talks that killed 41 soldiers"
  TimeWord,         // "shortly", "afternoon" in "was signed shortly after midnight by"
  AppointingVerb,   // "named" in "X has been named as its first commander"
  LeaderNoun,       // "commander" in the same
  AttendanceOpener, // "Taking part were ...", "with the participation of ...": the parties after it attended
  AmountScale,      // "million" in "pledged 40 million euros": a sum of money is something given
  ExerciseNoun,     // "Northern Anvil 2028, a joint air-defence exercise": the name apposed is a force
  YieldingVerb,     // "pull" in "agreed to pull their troops back": agreeing to it pledges nothing
  ForcePart,        // "sector" in "UNMISS's western sector": a unit of a named force, a force of its own
  PresidingVerb,    // "chairs" in "the United States chairs the mechanism": leading it gives nothing to it
  ContributorNoun,  // "contributor" in "Ghana has been UNMISS's largest contributor": a standing contribution
  ThankingWord,     // "gratitude" in "our gratitude to the people of X for hosting the meeting"
  QuantityWord,     // "several" in "several rounds of talks": many meetings, none in particular
  AppointingNoun,   // "appointment" in "the appointment of General X as Head of Mission"
  ActingVerb,       // "act" in "the offer of X to serve as lead nation for the force"
  PairPhrase,       // "the two countries" in "In a joint statement, the two countries agreed"
  KeepingVerb,      // "keep" in "will also keep its engineers there": a standing contribution
  TrainingVerb,     // "train" in "Chile will train 1,500 police recruits": a pledge to a training force
  CountedParty,     // "countries" in "the meeting of some 40 nations": how many took part, not which meeting
  HonourNoun,       // "privilege" in "It was my privilege to host X": its owner does what follows
  AddressNoun,      // "address" in "opened with an address by President X": its speaker was at the meeting
  DelegateNoun,     // "representative" in "the representative of X said": the state speaks and attends through it
  OwnStateNoun,     // "country" in "his country would send": the state of the one speaking
  AddressingVerb,   // "briefed" in "briefed the Assembly": addressing the body holding the meeting attends it
  BehalfPhrase,     // "on behalf of" in "speaking on behalf of A and B": the parties a speaker stands for
  AnnouncingVerb,   // "announced" in "X announced $4 million for the force": a sum right after it is given
  NothingWord,      // "none" in a pledge table's cell "| Chile | None |": the row pledges nothing
  HoldingVerb,      // "takes" in "X takes the first turn at the command": X leads the force
  CommandNoun,      // "command" in the same
  RepresentingVerb, // "represented" in "I represented Norway": a speaker's state when her title names none
  AgreeingVerb,     // "agreed" in "A and B agreed to a ceasefire after talks in X": A and B were at the talks
  PlainPersonNoun,  // "men" in "The two men signed": the two people named last, whatever their titles
  AspectVerb,       // "continue" in "will continue to be led by X": the passive's subject is before it
  ColleagueWord,    // "hon.", "Friend" in "my hon. Friend the Trade Minister, X": the speaker's colleague
  DefinedParty,     // "Parties" in '(hereinafter "the Parties")': a text's own name for the states it binds
  SchedulingWord,   // "due" in "A second round is due to open in X": the meeting is still to come
  SidesPhrase,      // "both sides" in "A and B sealed a pact ... Both sides will set up X": the pair named as parties
  TravellingVerb,   // "travel" in "she will not travel to X": a person denied going to the meeting attends none
  StateDelegation,  // "delegation" in "the Ruritanian delegation welcomed": the state speaks and acts through it
  CountedSide,      // "nations" in "the three nations are to create X": the set named last as signing or agreeing
  RotationWord,     // "in rotation" in "headed by the parties in rotation, beginning with X": X leads first
  SubjectPronoun,   // "we" in "we call on others to do the same": a meeting head right after it is a verb
  ConsentOpener,    // "pending" in "pending the agreement of the host authorities": a consent, no text
  RoleCopula,       // "remain" in "X remains the framework nation of the force": X holds the role
  RetractingVerb,   // "withdrew" in "X withdrew its offer the next day": X's pledge no longer stands
  PledgeNoun,       // "offer" in the same
  kCount
};
// The key of each list in frames.json "cues", in the order of Cue.
inline constexpr const char* kCueNames[] = {
    "participant_roles", "remote_means",    "sidelines",       "meeting_moments", "time_spans",
    "producing_verbs",   "closing_verbs",   "witness_verbs",   "sending_verbs",   "receiving_verbs",
    "list_attendance",   "list_pledges",    "passive_be",      "clause_openers",  "time_words",
    "appointing_verbs",  "leader_nouns",    "attendance_openers", "amount_scales",
    "exercise_nouns",    "yielding_verbs",  "force_parts",
    "presiding_verbs",   "contributor_nouns", "thanking_words", "quantity_words",
    "appointing_nouns",  "acting_verbs",    "pair_phrases",
    "keeping_verbs",     "training_verbs",
    "counted_parties",   "honour_nouns",    "address_nouns",
    "delegate_nouns",    "own_state_nouns", "addressing_verbs", "behalf_phrases",  "announcing_verbs",
    "nothing_words",     "holding_verbs",   "command_nouns",   "representing_verbs", "agreeing_verbs",
    "plain_person_nouns", "aspect_verbs", "colleague_words", "defined_party_nouns", "scheduling_words",
    "sides_phrases",
    "travelling_verbs", "delegation_nouns_for_state", "counted_side_nouns", "rotation_words",
    "subject_pronouns", "consent_openers", "role_copulas",
    "retracting_verbs", "pledge_nouns"};
static_assert(std::size(kCueNames) == static_cast<size_t>(Cue::kCount), "one name per cue list");
static_assert(static_cast<int>(Cue::kCount) <= 64, "cue lists are kept in 64-bit sets (Doc::cue_starts)");

// Word lists of other lexicon files that rules ask of single tokens. Each word is a one-token
// phrase of the trie (Role::Listed), so a Doc marks the tokens of each list as it matches phrases
// (Doc::listed) and a rule tests one bit instead of asking a string set by key at every token.
enum class WordList : uint8_t {
  MediaNoun,          // words.json media_nouns: "told state broadcaster RTN"
  HeadFirstBody,      // words.json head_first_bodies: "the Institute for Security Studies"
  GovernmentNoun,     // places.json government_nouns: "the cabinet in Madrid" is Spain's
  HeadFirstBuilding,  // places.json heads/head_first: "Palace of Nations"
  HeadFirstWater,     // places.json heads/water_head_first: "the Sea of Okhotsk"
  HeadFirstRiver,     // places.json heads/river_head_first: "Lake Kivu", "the Rio Lempa"
  OriginWord,         // places.json origin_words: "flew in from X", "sending a tug from X"
  VenuePart,          // places.json venue_parts: "on the stage of the X Centre", a venue as after "at"
  ForceNameModifier,  // heads.json force/name_modifiers: "the Joint Force" is a force, not a service
  WriterNoun,         // words.json writer_nouns: "The writer is the foreign minister of X"
  ResearchWord,       // words.json research_words: "the Pacific Policy Centre" is a body, not a force
  BracketHonorific,   // words.json bracket_honorifics: "Hon. (Chief) X", "Gen. (rtd) X"
  BodyEpithet,        // words.json body_epithets: "the regional bloc's commissioner" is the bloc named before
  NamingVerb,         // speech.json naming_verbs: what officials "called" the talks
  PostNominal,        // words.json post_nominals: "X MP", "Y QC" (letters after a name)
  MemberNoun,         // words.json member_nouns: "Members present: A; B" (a body's own sitting)
  NarratorNoun,       // words.json narrator_nouns: "CORRESPONDENT:" narrates, no office holder speaks
  PolicyNoun,         // words.json policy_nouns: its "open skies" policy names a policy, nobody speaks
  GovernmentSitting,  // heads.json meeting/government_sittings: "the Cabinet session" is the government's own meeting
  RecurrenceModifier, // heads.json meeting/recurrence_modifiers: "regular consultations" are a practice, no meeting
  SiteNoun,           // words.json site_nouns: "a memorandum on a supply base in X" keeps where the base is
  kCount
};
static_assert(static_cast<int>(WordList::kCount) <= 64, "word lists are kept in 64-bit sets (Doc::listed)");

// One phrase the trie knows, with the capitalisation its tokens need in text.
struct PhraseHit {
  Role role;
  int32_t id = -1;
  uint16_t cap_mask = 0;    // bit i: token i must start with a capital
  uint16_t upper_mask = 0;  // bit i: token i must be all capitals
};

// A named thing the lexicons know: a country, an organisation or a place.
struct LexEntity {
  Label kind;                        // Country, Organization, Place, Force
  std::string name;                  // canonical name
  std::string type;                  // "country", an organisation type, a place type, "capital", "seat"
  std::vector<std::string> aliases;  // other names, as written in the data
  std::vector<std::string> demonyms; // countries: nationality words, first = adjective
  int country = -1;                  // the state it belongs to
  int acts_for = -1;                 // what it stands for when it acts (capital -> its state)
  bool head_of_government_seat = false;
  bool city_state = false;           // a state that is its own capital city (Singapore, Luxembourg)
  std::vector<int> members;          // a regional group of states (places.json "members"): its states
};

struct Office {
  std::string title;
  bool head = false;        // head of state or government
  bool represents = false;  // the holder at a meeting means the state is there (envoys)
  // The holder at a meeting means the organisation whose office it is is there (a secretary
  // general, a foreign policy chief); heads and `represents` offices do so too.
  bool represents_body = false;
  bool armed_forces = false;  // an office of a state's armed forces ("army commander")
  bool signs_for_state = false;  // the holder's signature binds the state (heads, foreign ministers)
  bool briefs = false;  // the holder gives a body's press briefings and answers their questions (spokespeople)
  int default_entity = -1;  // the only body that has this office, when there is one
  std::vector<int> states;  // the states that have this office, when few do (emirs, kings)
};

struct Frame {
  Label type;  // ontology relationship type
};

struct Lexicon::Data {
  std::string fingerprint;
  std::vector<std::string> files;  // every file loaded, for messages

  std::vector<LexEntity> entities;
  std::vector<Office> offices;
  // Offices by the name key of their title (the loader refuses two titles with one key).
  std::unordered_map<std::string, int> office_by_title_key;
  std::vector<Frame> frames;
  std::vector<std::string> modalities;  // Role::Modality ids -> modality value
  std::vector<std::string> acting_templates;
  // Words of force names that mean the same (heads.json force/name_synonyms): the token keys of a
  // variant joined by spaces -> its canonical word ("armed forces" -> "army").
  std::unordered_map<std::string, std::string> force_synonyms;
  // Words of a force's description that name its domain (heads.json force/contribution_domains):
  // token keys, one or two words ("maritime", "shipping lanes") -> the domain ("sea").
  std::unordered_map<std::string, std::string> force_domains;
  std::unordered_set<std::string> signable_heads;      // documents a party signs ("treaty", not "plan")
  std::unordered_set<std::string> pledged_unit_heads;  // "pledged a battalion": a unit for a force named elsewhere
  std::unordered_set<std::string> named_only_heads;    // "the Component" is a force, "a naval component" a capability
  std::unordered_set<std::string> released_heads;      // texts a meeting releases ("communique", "resolution")

  // Pronouns that may stand for a speaker: key -> "male", "female", "plural", "thing".
  WordMap pronouns;
  // First-person pronouns, which in a transcript turn stand for its speaker: key -> "singular"
  // (the speaker) or "plural" (the speaker's state).
  WordMap first_person;
  // One-word labels of an interview's turns: key -> "question" ("Q:") or "answer" ("A:").
  WordMap interview_labels;

  // The phrase trie. Token keys are interned into `vocab`; edges map (node, token id) to a node.
  StringIds vocab;
  U64Map edges;
  std::vector<int32_t> root;  // children of the root by token id: the one step every token takes
  std::vector<std::vector<PhraseHit>> node_hits;  // hits of phrases ending at each node
  std::vector<uint8_t> node_has_next;  // 1 when some phrase goes on past the node: a walk ends at a 0

  // Entity lookup by name key of name or alias (countries, organisations, places).
  std::unordered_map<std::string, int> entity_by_key;

  int32_t vocab_id(std::string_view key) const { return vocab.find(key); }
  int32_t step(int32_t node, int32_t token) const {
    if (token < 0 || node < 0) return -1;
    if (node == 0 && static_cast<size_t>(token) < root.size()) return root[static_cast<size_t>(token)];
    return edges.find((static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32) | static_cast<uint32_t>(token));
  }
  int entity_named(std::string_view name) const;  // -1 when unknown
  // The office whose title has the name key of `title` ("Foreign minister" and "foreign
  // minister" are one), or nullptr.
  const Office* office_titled(std::string_view title) const;
  // True when the single word `key` (a token key) plays `role` in the lexicons.
  bool word_has_role(std::string_view key, Role role) const {
    const int32_t n = step(0, vocab_id(key));
    if (n < 0) return false;
    for (const PhraseHit& h : node_hits[static_cast<size_t>(n)]) {
      if (h.role == role) return true;
    }
    return false;
  }
};

}  // namespace kg::ingest
