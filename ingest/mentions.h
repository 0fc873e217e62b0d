// Mentions: every span of the article that names, or stands for, something the graph can hold.
//
// Order matters and each pass respects what earlier ones claimed:
//   1. credit zones ("Photo: AFP / Pool / Ludovic Marin", a short "By ..." byline) are marked:
//      outlets may be named there, people are not reported;
//   2. person names: runs of capitalised words the lexicons do not know, accepted when a given
//      name starts them, a title or role precedes them, a speech verb is next to them, or an
//      apposition or copula gives them a title ("X, the Supreme Allied Commander Europe");
//   3. lexicon names not inside a person's name: states, bodies, places. A capital or seat is a
//      Place after a location word ("in Paris") and otherwise stands for its state ("Paris
//      could deploy" -> France); a continent is only ever a place after a location word;
//   4. family names alone that repeat a person named in the article, allowing transliteration
//      variants ("Zelensky" for "Volodymyr Zelenskyy");
//   5. titles: the office before a name ("German Chancellor Friedrich Merz", "Ukraine's chief
//      negotiator Rustem Umerov", "Trump's envoy Steve Witkoff"), in an apposition after it, or
//      after a copula ("is the Africa editor for the BBC"); lone titles ("the Ukrainian leader")
//      become references to whoever holds that office;
//   6. collective parties ("the allies");
//   7. head-noun phrases: meetings, documents and forces with their modifiers and complements.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/analysis.h"

namespace kg::ingest::detail {

// The mention passes of one article, as one object so that they share what earlier passes
// claimed (credit zones, lexicon and title cover). Each pass is defined in the mentions_*.cpp
// file of its concern (see the section markers below).
class MentionFinder {
 public:
  explicit MentionFinder(Doc& d) : d_(d), n_(d.size()) {
    credit_.assign(static_cast<size_t>(n_), false);
    lex_cover_.assign(static_cast<size_t>(n_), -1);
    office_cover_.assign(static_cast<size_t>(n_), false);
    for (int i = 0; i < n_; ++i) {
      if (const Match* m = d_.longest(i, Role::Office); m && !m->plural) {
        for (int k = i; k < i + m->len; ++k) office_cover_[static_cast<size_t>(k)] = true;
      }
    }
    portfolio_cover_.assign(static_cast<size_t>(n_), false);
    for (int i = 0; i < n_; ++i) {
      const Match* m = d_.longest(i, Role::Office);
      if (!m || m->plural) continue;
      for (int k = i + m->len; k < d_.portfolio_end(i + m->len); ++k) portfolio_cover_[static_cast<size_t>(k)] = true;
    }
  }

  void run();

 private:
  Doc& d_;
  int n_;
  std::vector<bool> credit_;
  std::vector<int> lex_cover_;             // token -> index into d_.matches of the entity match covering it
  std::vector<bool> office_cover_;         // token inside a title ("High Representative")
  std::vector<bool> portfolio_cover_;      // a ministry's fields after its office ("of Transport")
  std::vector<std::pair<int, int>> lex_spans_;  // (first, match index)
  bool weak_ok_ = true;     // a weak speech verb ("pledged") may confirm the name being read
  bool qualifies_ = false;  // the last complement() held a qualifying noun

  // ---- small predicates

  bool common(int i) const { return d_.is_role(i, Role::Common) || d_.is_role(i, Role::Determiner); }
  bool given(int i) const { return d_.is_role(i, Role::GivenName); }
  const Match* office_with_fields_ending_at(int s) const;  // "Minister of X and Y" whose fields end at s
  bool origin_before(int i) const;
  bool plural_range_after_locative(int i) const;  // "in the Andes", "across the Kivus"  // "flew in from", "sending a tug from" before token i
  bool inside_department_fields(int first, int last) const;  // "Foreign, Commonwealth and Development Affairs"
  int water_named_head_first(int i);  // the end of "the Sea of X", "Lake X" named at i, or -1
  bool particle(int i) const { return d_.is_role(i, Role::NameParticle) && d_.is(i, tok::kLower); }
  // a day number before a capitalised word: the date a building is named by ("Hôtel du 2 Février")
  bool day_in_name(int i) const {
    return i + 1 < n_ && d_.is(i, tok::kNumber) && d_.key(i).size() <= 2 && d_.word(i + 1) && d_.cap(i + 1) && !d_.is(i + 1, tok::kNumber);
  }
  // "city of", "port of": a lower-case settlement noun before "of" and the place's name
  bool settlement_of(int i) const {
    return (d_.key_is(i, "city") || d_.key_is(i, "town") || d_.key_is(i, "village") || d_.key_is(i, "port")) && !d_.cap(i) &&
           d_.key_is(i + 1, "of");
  }
  int settlement_after(int z) const;  // the place of "the southern Xian city of Y" from z, or -1
  bool in_or_near(int i) const { return d_.key_is(i, "in") || d_.key_is(i, "near") || d_.key_is(i, "around"); }
  bool closing_bracket(int i) const { return d_.key_is(i, "]") || d_.key_is(i, ")"); }
  bool opening_bracket(int i) const { return d_.key_is(i, "[") || d_.key_is(i, "("); }
  bool lex_covered(int i) const { return i >= 0 && i < n_ && lex_cover_[static_cast<size_t>(i)] >= 0; }
  bool office_at(int i) const { return d_.longest(i, Role::Office) != nullptr; }

  // A name mention taken into a larger name ("Riga" of "Riga Castle"): dropped, and its tokens
  // covered by no name mention any more.
  void absorb(int atom);
  // A Place mention no lexicon knows over tokens [first, last); `town` marks one found as a town
  // by its context (head kSettlement: "in Fukuoka", "the districts of A, B and C").
  void add_place(int first, int last, bool town);

  // A capitalised word that may be part of a person's name. (Asked at every token: the capital's
  // flag answers most inline.)
  bool name_part(int i) const { return d_.cap(i) && capital_name_part(i); }
  bool capital_name_part(int i) const;

  // ---- 1. credits

  void mark_credits();
  // The constituency and party in brackets after a member's name in a parliamentary record's
  // speaker label ("Ana Zubiri (Leeds North) (Lab):") name no place: marked like credits.
  void mark_label_notes();

  // ---- 2. lexicon names (candidates only: persons may still claim a given name)

  void lexicon_candidates();

  // ---- 3. person names

  // The office, role or honorific ending right before token s (or before what office_before
  // lets stand between), or -1.
  int title_start_before(int s) const;

  // The singular office of a title whose words end right before a name at token s: the office
  // itself, or the office before the ministry's fields ("Minister of Transport X") or before an
  // "of" complement naming a state or body ("President of the Republic of Peru X",
  // "Secretary-General of the Andean Fisheries Office (AFO) X"); then *of_token is that "of".
  const Match* office_before(int s, int* of_token = nullptr) const;
  bool speech_after(int e) const;
  // A signed piece's author (an op-ed, a commentary): a byline naming one author and a closing
  // line about the author ("The author is the defence minister of X", "Ana Ruiz is Peru's
  // foreign minister"). The line's subject becomes the author's Person mention (its copula
  // gives the office in titles()), recorded as Doc::writer_mention.
  void writer_of_signed_piece();
  // The byline's author named in the text ("Our correspondent X has more", a sign-off "X, Outlet,
  // City"): article metadata, weak, a person of the story only when a fact or quote needs her
  // ("X is the Europe editor for Y": an office with its body). A signed piece's writer stays.
  void authors_in_text();
  bool speech_before(int s) const;
  // A name [s, e) opening its paragraph as a speaker label with notes in brackets, as a
  // parliamentary record labels a member: "Ana Zubiri (Leeds North) (Lab):".
  bool labelled_speaker(int s, int e) const;

  // A comma, a full stop or a semicolon after an apposition's name.
  bool closes_apposition(int e) const;
  // "the Ghanaian defence minister, X," before a name: the apposition names the holder.
  bool titled_apposition_before(int s, int e) const;

  // "his counterpart, X,", "her adviser, X.": a singular person noun, a comma, then the name.
  bool role_apposition_before(int s, int e) const;

  // The singular office of an apposition ending in the comma before token s. The office may
  // carry a short complement: "the Canadian ambassador to NATO, X,", "Tunisia's envoy to the
  // talks, X,", "the chief negotiator of the movement, X,".
  const Match* apposition_office(int s) const;

  // Body of an office from its complement: "of NATO", "at the Commission" name the body;
  // "for Sudan", "to NATO" name a subject or a posting, the body only when nothing before the
  // title named one ("the Canadian special envoy for Haiti" is Canada's).
  void complement_body(Mention& p, int y);
  // "the Standing Committee of the Political Bureau of the X Central Committee": past the organs
  // (bodies no lexicon knows, or a body's head alone, each followed by "of") starting at token
  // z, to the body they belong to, where the office is held; z when no organ opens there.
  int past_organs(int z) const;

  // ", the Supreme Allied Commander Europe" or "is the Europe editor" after a name.
  bool titled_after(int e) const;
  bool initial(int i) const;  // a middle initial with its full stop
  void person_names();
  int lex_span_len(int i) const;

  // ---- 4. lexicon names as mentions

  // The location word ending right before token i ("in", "at", "in the"), if any.
  bool locative_before(int i) const;
  bool head_follows(int i) const;
  void lexicon_atoms();
  // a building named by capitalised common words after "at" is named by them elsewhere too
  void buildings_named_again(const std::vector<std::pair<int, int>>& named);

  // ---- places the lexicons do not know: "in Fukuoka", "near Ålesund", "around Tumbes and Zarumilla"

  // An unknown capitalised name of one to three words right after a location word is a place
  // when nothing else claimed it: people are found before by given names and titles, bodies by
  // their heads. Not in headlines, where every word is capitalised ("Allies Meet in Show of
  // Unity"), nor before a possessive, a hyphen or a head noun ("in Havana talks").
  bool unknown_name_word(int t) const;

  // Most words of the sentence capitalised, known names and the candidate [from, to) apart: a
  // headline in title case.
  bool title_case_sentence(int s, int from, int to) const;

  // One past the unknown name starting at `from`, or `from` when there is none there.
  int unknown_place_end(int from) const;
  void places_after_locatives();

  // ---- forces named head first: "Operation Irini", "Operation Sea Guardian", and the

  // -FOR acronyms of NATO and EU forces with their operation's name ("EUFOR Tchad", "KFOR").
  bool for_acronym_at(int i) const { return d_.is(i, tok::kUpper) && d_.key(i).size() >= 4 && d_.key(i).ends_with("for"); }
  void forces_named_head_first();
  // "UNMISS's western sector": a part (frames.json cues force_parts) of a force the lexicon
  // knows is a force of its own.
  void parts_of_named_forces();
  // "Northern Anvil 2028, a joint air-defence exercise": a capitalised name apposed to an
  // exercise noun (frames.json cues exercise_nouns) names a force.
  void forces_named_by_apposition();
  int first_capital(int country) const;

  // Organisations the lexicons do not know, by shape: capitalised words ending in an
  // organisation head ("Pacific Islands Forum", "European Defence Fund"); and the head word
  // alone for an organisation the article named ("the Forum", "Forum Secretary General").
  void organizations_by_shape();
  void add_body_by_shape(int first, int last);
  // The known body before its acronym in brackets ending right before token s ("the Workers'
  // Party of Freedonia (WPF)" before "Central Committee"), or -1.
  int bracketed_body_before(int s) const;

  // "Austria will send 150 more troops, its defence ministry said": a body every state has (the
  // lexicon's templates: "Austrian defence ministry") named through the "its" of that state, as
  // a speaker (a speech verb right after it: "its parliament must approve" names no one the
  // article quotes).
  void bodies_through_its();

  // ---- 5. family names alone

  void surnames();

  // ---- 6. titles

  // The body an office belongs to, written right before the office: "French", "Ukraine's",
  // "NATO", "European Commission". Sets office_body / appointer on `p`; returns the first token.
  int body_before(int t, Mention& p);

  // What "its" at token t stands for: the first state or body of its sentence before it
  // ("Gambia could send a company, its defence minister, ..."), else of the sentence
  // before ("Ghana ... did not sign. Its deputy foreign minister, ..."). Returns a mention or -1.
  int subject_party(int t) const;

  // The state or body whose mention ends at token k, or -1.
  int party_ending_at(int k) const;

  // "..., and the Andean Community (CAN) by its deputy secretary general, X": the state or body
  // right before "by" of "by its" at token t (an elliptical "was represented by"). Returns a
  // mention or -1.
  int by_antecedent(int t) const;

  // "the regional bloc's envoy": the organisation named last before the epithet ending at t, or -1.
  int epithet_body(int t) const;
  // "a Chilean delegation that included the deputy minister, X": the state of the delegation
  // whose members the title at token t lists. Returns a mention or -1.
  int delegation_party(int t) const;

  // "The AU was represented by the commission chair's special envoy, X": the state or body
  // represented by the title starting at token t. Returns a mention or -1.
  int represented_party(int t) const;
  // "Chile's delegation was headed by Deputy Foreign Minister X", "Peru was represented by ...,
  // and Chile by Deputy Interior Minister Y": the state or body whose delegation the title at
  // token t leads, or that a gapped "represented by" gives it. Returns a mention or -1.
  int led_delegation_party(int t) const;
  // "Brigadier General X, of the Y Armed Forces,": the mention (a body, or what an "of" complement
  // names) in an "of" apposition closed right after the name ending before token `after`; -1
  // when none.
  int body_apposed_after(int after, bool state_office) const;
  // The state a lone title says its holder comes from: "the minister from Santiago" (token t is
  // "from"); -1 when none.
  int state_from(int t) const;
  // "the Pacific Policy Centre": a capitalised "Centre" (or "Center") at token i after a word of
  // words.json research_words in its name, a think tank's name, not a force's.
  bool research_centre(int i) const;

  // The state or body a "whose" at token w refers to: the one right before it ("hosted by
  // Turkey, whose foreign minister, X, ..."). Returns a mention or -1.
  // "X, who was accompanied by the defence minister, Y": the state of X's office, for Y's
  // title starting at t; -1 when the title is not so placed.
  int accompanied_party(int t) const;
  int relative_antecedent(int w) const;
  bool former_before(int k) const;

  // The title text: office modifiers right before the office plus the office words.
  std::string title_text(int mod_first, const Match& office) const;
  int modifiers_before(int k) const;
  // "Heads of State and Government of the X Community" at token z: those who sit in an organ,
  // then "of" the body; the body's mention, or -1.
  int organ_body(int z) const;
  // Where the first of two offices joined by "and" before token mod_first starts ("prime
  // minister and defence minister"), with its modifiers; mod_first when no office ends before
  // its "and".
  int offices_held_together(int mod_first) const;
  void set_office(Mention& p, const Match& office, int mod_first, const std::string& rule);
  void titles();

  // Parses an appositive or predicate title starting at token k for person p: ", the two
  // chief negotiators named by X", ", Chilean President Ana Duarte's chief negotiators",
  // "is the Africa editor for the BBC". A title followed by another person's name belongs to
  // that person ("Quiroga, Peruvian Prime Minister Luis Vega and ...": no apposition).
  void bracketed_office(Mention& p, std::vector<bool>& office_used);
  void appositive(Mention& p, int k, bool copula, std::vector<bool>& office_used);

  // ---- 7. collective parties

  // Does a force head ending in the word at token w ("observer group" for "group") come before w?
  bool force_named_by_last_word(int w) const;
  // Lower-case modifiers right before head token h include a force-qualifying word ("drone").
  bool qualified_force_head(int h) const;
  // "Multinational Force Moldova (MNF-M)": a capitalised force name ending in the state it serves.
  void forces_named_for_a_state();
  // A LEADS verb just before a phrase starting at `left` or just before its "with".
  bool lead_verb_near(int left, int with) const;
  // The person whose name ends right before token t, past auxiliaries ("X also held"), or -1.
  int person_ending_before(int t) const;
  // "X held talks", "X held a meeting": the person holding the meeting phrase that starts at
  // `left`, or -1.
  int holder_before(int left) const;
  void collectives();

  // ---- 8. meetings, documents, forces

  struct HeadInfo {
    const Match* m;
    std::string_view kind;  // a literal: asked at every token, it builds no string
    int id;  // 0 ordinary, 1 specific, 2 needs a qualifying word
  };
  bool excluded(int h0, int h1, int kind_id) const;
  bool verbish(int i) const;
  // Tokens [j, e) count parties ("some 40 nations", "more than 30 nations"): a number, then a
  // counted_parties word last.
  bool counted_parties(int j, int e) const;

  // A lower-case word that can modify a head noun.
  bool modifier_word(int i) const;

  // "Leaders met in Paris on Tuesday": a meeting named by the verb that reports it.
  // "agreed to meet again in Accra", "will meet in Lima in May": a meeting still to come.
  void verbal_meetings();
  bool announced_meeting(int left, int h0, int right) const;
  bool negated_before(int left) const;
  void phrases();
  // A consent opener (frames.json cue consent_openers: "subject to") ends right before token det.
  bool consent_before(int det) const;
  void article_reference(int i);

  // "would consider sending a field hospital", "pledged a mechanised infantry company": an
  // indefinite unit a party offers is a capability for the force it joins (the troop rule of
  // relations gives it there), not a force of its own. Named units ("a Patriot air defence
  // unit"), units with a place or owner, and definite ones stay forces; so do units placed by
  // their complement ("build a field hospital at the port of X": `placed`).
  bool pledged_unit(const Mention& m, const std::vector<int>& mods, int left, bool placed) const;
  // "the Agreement on the Legal Status of the X Support Mission in Y": a titled text (a capitalised
  // head, "on"/"for" and its subject) whose subject is a force named in full takes the force's
  // whole name into its own.
  void titles_over_forces();
  bool names_a_region(const Mention& place) const;
  void build_phrase(int h0, int h1, const HeadInfo& hi);

  // The text of tokens [a, b) without quotation marks and with tidy spacing.
  std::string clean(int a, int b) const;

  // A list of parties starting at token k ("Kenya and Ghana", "Peru, Chile, and Bolivia",
  // "Peruvian President Ana Duarte, Chilean Prime Minister Luis Vega and ..."). Appends
  // their mentions to `out` and returns the token after the list (k when none).
  int party_list(int k, std::vector<int>& out);
  bool function_word(int i) const { return d_.is_role(i, Role::FunctionWord); }

  // A meeting, document or force head noun within `span` tokens from i: a second phrase starts.
  bool new_head_within(int i, int span) const;
  bool in_portfolio(int h0) const;

  // ", held over three days at the Presidential Palace in X", "will be held in Kingston": a
  // participle between a meeting head and where it met. Returns the token of "in"/"at" (j when
  // there is none); "will be held", "is to be held" make the meeting one still to come.
  int held_at(int j, Mention& m) const;

  // One complement after a head, starting at the preposition k; returns its end (k when none).
  // Sets qualifies_ when the complement makes a needs-role head specific.
  int complement(int k, Mention& m);
  // Inside a text's title in capitals: the token where the title goes on after "in" (or "and
  // on"/"and in" once it went past an "in": past_in) at token e, e when it ends there.
  int title_goes_on(int e, bool past_in) const;
};

}  // namespace kg::ingest::detail
