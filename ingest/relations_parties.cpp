// The parties of a verb frame: subjects before the verb (through titles, lists, auxiliaries and
// parentheticals), pronoun subjects, and the objects after the verb in its clause.
#include <algorithm>
#include <array>

#include "ingest/relations.h"

namespace kg::ingest::detail {

// "A Thai officer, General X, will command": a short indefinite description opening the
// sentence before the comma c, which the name after it is
bool Relations::indefinite_opening(int floor, int c) const {
  if (!(d_.key_is(floor, "a") || d_.key_is(floor, "an")) || c - floor > 5 || c - floor < 2) return false;
  for (int t = floor + 1; t < c; ++t) {
    if (!d_.word(t) || (d_.mention_at(t) >= 0 && d_.m(d_.mention_at(t)).form != Form::Demonym)) return false;
  }
  return true;
}

// "his Chilean counterpart," ending at the comma c: the first token ("his"/"her"), else -1
int Relations::counterpart_start(int c) const {
  if (!d_.key_is(c, ",") || !d_.key_is(c - 1, "counterpart")) return -1;
  int det = c - 2;
  if (d_.is_role(det, Role::Demonym)) --det;
  return d_.key_is(det, "his") || d_.key_is(det, "her") ? det : -1;
}

// '(hereinafter "the Parties")', '("the Signatories")': a text's own name for the states named
// before it in its sentence, whose clauses then open with "The Parties" or "Each Party".
const std::vector<int>& Relations::defined_parties() {
  if (defined_parties_read_) return defined_parties_;
  defined_parties_read_ = true;
  for (int i = 2; i < n_; ++i) {
    if (!d_.cue(i, Cue::DefinedParty) || !d_.key_is(i - 1, "the") || !d_.in_quote(i)) continue;
    int open = i - 2;
    while (open > i - 8 && open > 0 && !d_.key_is(open, "(")) --open;
    if (!d_.key_is(open, "(")) continue;
    for (int t = d_.sentence_first(d_.sentence_of(open)); t < open; ++t) {
      const int mi = d_.mention_at(t);
      if (mi < 0 || d_.m(mi).first != t || d_.m(mi).kind != "Country") continue;
      const int e = entity_of(mi);
      if (e >= 0 && std::find(defined_parties_.begin(), defined_parties_.end(), e) == defined_parties_.end()) defined_parties_.push_back(e);
    }
    if (!defined_parties_.empty()) break;
  }
  return defined_parties_;
}

// "A and B sealed a pact on Saturday ... Under it, both sides will create": the pair named last
// as signing or agreeing; "The accord was signed by A, B, C and D ... the four nations are to": the
// four
std::vector<int> Relations::sides_named_before(int phrase, size_t count) {
  const int s0 = d_.sentence_of(phrase);
  for (int s = s0; s >= 0 && s >= s0 - 8; --s) {
    const int first = d_.sentence_first(s);
    for (int i = s == s0 ? phrase - 1 : d_.sentence_last(s) - 1; i > first; --i) {
      if (d_.in_quote(i)) continue;
      const Match* by = frame_at(i, Role::FramePassive, "SIGNED");
      const bool active = by == nullptr && (frame_at(i, Role::FrameActive, "SIGNED") || d_.cue_length(i, Cue::AgreeingVerb) > 0 || d_.cue(i, Cue::ClosingVerb));
      if (!active && by == nullptr) continue;
      std::string modality;
      bool negated = false;
      std::vector<int> who = active ? parties_before(i, first, modality, negated) : agents_after(i + by->len, clause_end(i + by->len));
      // "the three ministers signed": the people counted, each standing for the state of their office
      if (who.empty() && active) who = pair_named_before(i - 1);
      const bool people = std::any_of(who.begin(), who.end(), [&](int e) { return kind(e) == "Person"; });
      // people who signed for them ("X and Y signed the MoU on behalf of ..."): the pair is further back
      if (who.empty() || (people && count == 2)) continue;
      std::vector<int> sides;
      for (int e : who) {
        const int party = as_party(e);
        if (party < 0 || !party_kind(kind(party))) return {};
        if (std::find(sides.begin(), sides.end(), party) == sides.end()) sides.push_back(party);
      }
      return sides.size() == count ? sides : std::vector<int>{};
    }
  }
  return {};
}

int Relations::counted_sides_before(int end, int floor, size_t& count) const {
  const int noun = end - 1;
  if (noun - 2 < floor || !d_.cue(noun, Cue::CountedSide) || d_.in_quote(noun)) return -1;
  const Match* c = d_.ending_at(noun, Role::Cardinal);
  if (c == nullptr || c->hit.id < 2 || c->first - 1 < floor || !(d_.key_is(c->first - 1, "the") || d_.key_is(c->first - 1, "all"))) return -1;
  count = static_cast<size_t>(c->hit.id);
  return c->first - 1;
}

int Relations::cue_phrase_before(int end, int floor, Cue c) const {
  for (int x = std::max(floor, end - 3); x < end - 1; ++x) {
    if (d_.cue_length(x, c) == end - x) return x;
  }
  return -1;
}

// "the three Baltic states would each send": a regional group the lexicon lists with its
// states (places.json "members"), named at token `first`, stands for them when the article
// names every one of them and the count before it, if any, is theirs; otherwise nothing
std::vector<int> Relations::group_members(int lex, int first) const {
  const std::vector<int>& members = d_.lex.entities[static_cast<size_t>(lex)].members;
  if (members.empty()) return {};
  if (const Match* c = d_.ending_at(first, Role::Cardinal); c != nullptr && c->hit.id != static_cast<int>(members.size())) return {};
  std::vector<int> out;
  for (int member : members) {
    int found = -1;
    for (size_t e = 0; e < d_.entities.size() && found < 0; ++e) {
      const Entity& x = d_.entities[e];
      if (!x.removed && x.lex == member && !x.mentions.empty()) found = static_cast<int>(e);
    }
    if (found < 0) return {};
    out.push_back(found);
  }
  return out;
}

std::vector<int> Relations::parties_before(int end, int floor, std::string& modality, bool& negated, bool allow_meeting) {
  std::vector<int> out;
  int k = end;
  // modality, auxiliaries, negation between subject and verb
  for (int guard = 0; guard < 10 && k > floor; ++guard) {
    if (const Match* mo = d_.ending_at(k, Role::Modality)) {
      if (modality.empty()) modality = d_.lex.modalities[static_cast<size_t>(mo->hit.id)];
      k = mo->first;
      continue;
    }
    if (const Match* ng = d_.ending_at(k, Role::Negation)) {
      negated = true;
      k = ng->first;
      continue;
    }
    if (const Match* aux = d_.ending_at(k, Role::Auxiliary)) {
      k = aux->first;
      continue;
    }
    const int t = k - 1;
    if (d_.word(t) && !d_.cap(t) && d_.key(t).size() > 4 && d_.key(t).ends_with("ly")) {
      --k;
      continue;
    }
    // "confirmed their intention to", "agreed to", "plans to", "has offered to host"
    // "Peru and Bolivia each offered", "both pledged": a distributive word after the subjects
    if (d_.key_is(t, "to") || d_.key_is(t, "their") || d_.key_is(t, "its") || d_.key_is(t, "intention") ||
        d_.key_is(t, "confirmed") || d_.key_is(t, "decided") || d_.key_is(t, "decide") || d_.key_is(t, "voted") || d_.key_is(t, "have") || d_.key_is(t, "has") || d_.key_is(t, "each") ||
        d_.key_is(t, "both") || d_.key_is(t, "also") || (d_.key_is(t, "offered") && d_.key_is(t + 1, "to"))) {
      --k;
      continue;
    }
    break;
  }
  // "Each Party shall second", "The Parties establish": the states the text defined as its parties
  if (k - 2 >= floor && d_.cue(k - 1, Cue::DefinedParty) && (d_.key_is(k - 2, "each") || d_.key_is(k - 2, "the")) &&
      !d_.in_quote(k - 1) && !defined_parties().empty()) {
    return defined_parties();
  }
  // "Both sides will create a cell": the two parties named last as signing or agreeing
  if (const int x = cue_phrase_before(k, floor, Cue::SidesPhrase); x >= 0 && !d_.in_quote(x)) return sides_named_before(x);
  // "the three nations are to create a patrol unit": the three named last as signing or agreeing
  size_t counted = 0;
  if (const int x = counted_sides_before(k, floor, counted); x >= 0) return sides_named_before(x, counted);
  // Parentheticals between subject and verb: "Greece, he said, would join", "Ada
  // Tembo, the chief of defence staff (CDS), who is ..., participated".
  {
    int kk = k;  // exclusive end of what is left to read
    for (int guard = 0; guard < 3 && kk - 1 > floor && (d_.key_is(kk - 1, ",") || d_.is(kk - 1, tok::kDash)); ++guard) {
      const int close = kk - 1;
      int j = close - 1;
      while (j > floor && !d_.key_is(j, ",") && !d_.is(j, tok::kDash) && close - j < 30) --j;
      if (!(d_.key_is(j, ",") || d_.is(j, tok::kDash))) break;
      // "Malawi, which chairs the Committee on Peace, Defence and Border Affairs, hosted":
      // commas between capitalised words inside a name do not open the parenthetical
      for (int x = j; x > floor && close - x < 30 && d_.key_is(x, ",") && d_.cap(x + 1) && d_.cap(x - 1) &&
                      !(d_.key_is(x + 1, "which") || d_.key_is(x + 1, "who"));) {
        int y = x - 1;
        while (y > floor && !d_.key_is(y, ",") && close - y < 30) --y;
        if (!d_.key_is(y, ",")) break;
        if (d_.key_is(y + 1, "which") || d_.key_is(y + 1, "who") || d_.key_is(y + 1, "whose")) {
          j = y;
          break;
        }
        x = y;
      }
      bool speech = false;
      for (int t = j + 1; t < close; ++t) speech = speech || d_.longest(t, Role::SpeechVerb);
      const bool relative = d_.key_is(j + 1, "who") || d_.key_is(j + 1, "which") || d_.key_is(j + 1, "whose");
      // ("the representative of X, chair of the donor group, said", "The Union, long known by its
      // older acronym, launched": a bare phrase after a party, with no verb of a frame;
      // "Delegations of A and B, including X and Y, attended": members of the subject)
      const int named = j > 0 ? d_.mention_at(j - 1) : -1;
      bool frame_verb = false;
      for (int t = j + 1; t < close; ++t) frame_verb = frame_verb || d_.longest(t, Role::FrameActive) || d_.longest(t, Role::SpeechVerb);
      const bool bare_role = !frame_verb && d_.word(j + 1) && d_.is(j + 1, tok::kLower) && !d_.is_role(j + 1, Role::FunctionWord) &&
                             named >= 0 && d_.m(named).last == j && party_kind(d_.m(named).kind);
      // ("X, as an observer, could join": the role it acts in)
      const bool as_role = d_.key_is(j + 1, "as") && (d_.key_is(j + 2, "a") || d_.key_is(j + 2, "an") || d_.key_is(j + 2, "the"));
      const bool appositive = d_.key_is(j + 1, "the") || d_.key_is(j + 1, "a") || d_.key_is(j + 1, "an") || as_role ||
                              d_.key_is(j + 1, "including") || d_.longest(j + 1, Role::Office) != nullptr || d_.mention_at(j + 1) >= 0 ||
                              bare_role;
      // "the Republic of A, the Republic of B and the Republic of C, met": states after states,
      // the last two joined by "and", end a list before the verb; they are not an apposition
      bool list_end = false;
      if (const int prev = j > 0 ? d_.mention_at(j - 1) : -1; appositive && prev >= 0 && d_.m(prev).kind == "Country" && kk == k) {
        for (int t = j + 1; t + 1 < close; ++t) {
          if (!d_.key_is(t, "and")) continue;
          const int next = d_.mention_at(d_.key_is(t + 1, "the") ? t + 2 : t + 1);
          list_end = list_end || (next >= 0 && d_.m(next).kind == "Country" && d_.m(next).last == close);
        }
      }
      if (list_end) {
        k = close;
        break;
      }
      if (!((speech && close - j < 7) || relative || appositive)) break;
      // "A and Sudan's national security adviser, X, signed": a name apposed to a title is the
      // subject itself ("A and his Chilean counterpart, X, signed": to a counterpart too)
      if (const int pm = d_.mention_at(j + 1);
          pm >= 0 && d_.m(pm).kind == "Person" && d_.m(pm).first == j + 1 && d_.m(pm).last == close &&
          (d_.ending_at(j, Role::Office) || d_.m(pm).office_rule == "office:apposition-before" || d_.key_is(j - 1, "counterpart"))) {
        k = close;
        break;
      }
      // ("A Thai officer, General X of the Thai Navy, will": over the rank and the name's body)
      if (indefinite_opening(floor, j)) {
        const Match* rank = d_.longest(j + 1, Role::Office);
        const int pm = d_.mention_at(rank != nullptr ? j + 1 + rank->len : j + 1);
        if (pm >= 0 && d_.m(pm).kind == "Person" && entity_of(pm) >= 0) {
          out.push_back(entity_of(pm));
          return out;
        }
      }
      const int before = j > 0 ? d_.mention_at(j - 1) : -1;
      if (before >= 0 && d_.m(before).last == j) {
        k = j;  // a subject right before the parenthetical(s)
        break;
      }
      kk = j + 1;
    }
  }
  bool expect_item = true;
  while (k > floor) {
    const int t = k - 1;
    if (d_.in_quote(t) && !d_.in_quote(end)) break;
    // "The Common Market for Eastern and Southern Africa (COMESA) was represented": the acronym
    // in brackets after a name
    if (expect_item && d_.key_is(t, ")")) {
      int open = t - 1;
      while (open > floor && open > t - 4 && !d_.key_is(open, "(")) --open;
      const int named = open > floor && d_.key_is(open, "(") ? d_.mention_at(open - 1) : -1;
      if (named >= 0 && d_.m(named).last == open && party_kind(d_.m(named).kind)) {
        k = open;
        continue;
      }
    }
    if (d_.key_is(t, ",") || d_.key_is(t, "and") || d_.key_is(t, "or")) {
      // "X's defence minister, A, and B signed": the comma closing an apposition before "and"
      const int ap = expect_item && d_.key_is(t, ",") && d_.key_is(t + 1, "and") && !out.empty() ? d_.mention_at(t - 1) : -1;
      // ("the President of the Commission, H.E. Dr. A, and B signed": honorifics before the name)
      if (ap >= 0 && d_.m(ap).last == t && d_.m(ap).kind == "Person" && d_.key_is(d_.honorifics_start(d_.m(ap).first) - 1, ",")) {
        --k;
        continue;
      }
      if (expect_item) break;
      // "A and his Chilean counterpart, X, signed": past the counterpart to the "and" before it
      if (const int det = counterpart_start(t); det > floor) {
        k = det;
        continue;
      }
      expect_item = true;
      --k;
      continue;
    }
    // "After the talks, she and Dubois signed": a personal pronoun heading the list
    if (expect_item && !out.empty() && d_.key_is(t + 1, "and") && (d_.key_is(t, "he") || d_.key_is(t, "she"))) {
      const int p = pronoun_subject(t);
      if (p >= 0 && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
      break;
    }
    const int mi = d_.mention_at(t);
    if (mi >= 0 && d_.m(mi).last == k && !d_.m(mi).dropped) {
      const Mention& m = d_.m(mi);
      if (m.nested && m.kind != "Person") {
        // part of a title: skip over it
        k = m.first;
        continue;
      }
      // only parties make a list of subjects ("After Tuesday's meeting, Merz said")
      if (m.kind != "Person" && m.kind != "Country" && m.kind != "Organization" && !(m.kind == "Meeting" && allow_meeting)) break;
      // "other European allies": the rest of a list, not a party of its own
      if (m.form == Form::Collective) {
        int b = m.first;
        while (b > floor && (d_.is_role(b - 1, Role::Demonym) || d_.cap(b - 1) || d_.is_role(b - 1, Role::QualifyingModifier)) &&
               !d_.key_is(b - 1, "other") && b > m.first - 3) {
          --b;
        }
        if (d_.key_is(b - 1, "other")) {
          k = b - 1;
          expect_item = false;
          continue;
        }
      }
      // "allies of Ukraine": a name after a preposition is not the subject; the noun before
      // the preposition is ("allies" -> the coalition)
      {
        int b = m.first;
        if (d_.key_is(b - 1, "the")) --b;
        if (d_.key_is(b - 1, "of") || d_.key_is(b - 1, "for") || d_.key_is(b - 1, "from") || d_.key_is(b - 1, "with") ||
            d_.key_is(b - 1, "in") || d_.key_is(b - 1, "to") || d_.key_is(b - 1, "at") || d_.key_is(b - 1, "by")) {
          // "Delegations from Russia and Ukraine met", "Leaders of Australia, ... met": the
          // people stand for the states named after them
          // ("The presidents of Chile and Bolivia signed": a plural office too; "the representative
          // of X said": a delegate named only by its state, cues delegate_nouns)
          // "the offer of X to host the next meeting": X does what it offered
          if (d_.key_is(b - 1, "of") && b >= 2 && d_.is_role(b - 2, Role::ReportedNoun) && d_.key_is(m.last, "to")) {
            const int e = entity_of(mi);
            if (e >= 0 && party_kind(kind(e))) out.push_back(e);
            break;
          }
          const Match* plural_office = b >= 2 ? d_.ending_at(b - 1, Role::Office) : nullptr;
          if ((d_.key_is(b - 1, "from") || d_.key_is(b - 1, "of")) && b >= 2 &&
              (d_.ending_at(b - 1, Role::DelegationNoun) || d_.cue(b - 2, Cue::DelegateNoun) ||
               (plural_office != nullptr && plural_office->plural))) {
            const int e = entity_of(mi);
            if (e >= 0) out.push_back(e);
            break;
          }
          const int head = b >= 2 ? d_.mention_at(b - 2) : -1;
          if (head >= 0 && d_.m(head).form == Form::Collective && !d_.m(head).dropped) {
            const int e = entity_of(head);
            if (e >= 0) out.push_back(e);
          }
          break;
        }
      }
      const int e = entity_of(mi);
      if (e >= 0) out.push_back(e);
      expect_item = false;
      k = m.first;
      // the title before a person: "British Prime Minister", "Ukraine's President"
      if (m.kind == "Person" && m.office_token >= 0 && m.office_token < m.first) k = std::min(k, title_first(m));
      // and the honorifics before one: "Minister A and Ato B signed"
      if (m.kind == "Person") k = std::min(k, d_.honorifics_start(k));
      // ("A and the breakaway B": one lower-case word describing the party)
      if (d_.word(k - 1) && d_.is(k - 1, tok::kLower) && !d_.is_role(k - 1, Role::FunctionWord) && d_.key_is(k - 2, "the") &&
          (d_.key_is(k - 3, "and") || d_.key_is(k - 3, ","))) {
        --k;
      }
      if (d_.key_is(k - 1, "the")) --k;
      continue;
    }
    // "the three Baltic states would each send": a group of states the lexicon lists with them
    if (const Match* g = d_.ending_at(k, Role::Entity); g != nullptr && expect_item && d_.mention_at(t) < 0) {
      const std::vector<int> members = group_members(g->hit.id, g->first);
      if (!members.empty()) {
        out.insert(out.end(), members.begin(), members.end());
        expect_item = false;
        k = g->first;
        continue;
      }
    }
    // "the Ruritanian delegation welcomed", "Freedonia's delegation will send": the state acts
    // through its delegation
    if (int first = -1; expect_item) {
      if (const int state = delegation_state(d_, k, first); state >= 0 && first >= floor) {
        out.push_back(state);
        expect_item = false;
        k = first;
        continue;
      }
    }
    // a troop noun with a demonym: "German forces"
    if (const Match* tn = d_.ending_at(k, Role::TroopNoun)) {
      const int a = tn->first > 0 ? d_.atom_at[static_cast<size_t>(tn->first - 1)] : -1;
      if (a >= 0 && d_.m(a).form == Form::Demonym) {
        out.push_back(entity_of(a));
        expect_item = false;
        k = d_.m(a).first;
        continue;
      }
    }
    // "other European allies", "both": fillers inside a list
    if (!expect_item) break;
    if (d_.is_role(t, Role::CollectiveParty) || d_.longest(t, Role::CollectiveParty)) {
      // "other European allies" with no coalition named: still the tail of a list
      int b = t;
      while (b > floor && (d_.cap(b - 1) || d_.is_role(b - 1, Role::QualifyingModifier)) && b > t - 3) --b;
      if (d_.key_is(b - 1, "other")) {
        k = b - 1;
        expect_item = false;
        continue;
      }
    }
    if (d_.word(t) && !d_.cap(t) && d_.key_is(t, "both")) {
      --k;
      continue;
    }
    if (const Match* pr = d_.ending_at(k, Role::Determiner); pr && d_.key_is(t, "the")) {
      --k;
      continue;
    }
    break;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

int Relations::title_first(const Mention& p) const {
  int k = p.office_token;
  while (k > 0 && d_.ending_at(k, Role::OfficeModifier)) k = d_.ending_at(k, Role::OfficeModifier)->first;
  const int a = k > 0 ? d_.mention_at(k - 1) : -1;
  if (a >= 0 && d_.m(a).last == k && d_.m(a).nested) return d_.m(a).first;
  if (d_.key_is(k - 1, "'s") && k >= 2) {
    const int b = d_.mention_at(k - 2);
    if (b >= 0) return d_.m(b).first;
  }
  return k;
}

int Relations::as_party(int e) {
  if (e < 0) return -1;
  if (party_kind(kind(e))) return e;
  if (kind(e) != "Person") return -1;
  return office_country(e);
}

int Relations::turn_speaker_at(int t) const {
  if (d_.in_quote(t)) return -1;  // a quotation inside a turn has its own speaker
  for (const Quote& q : d_.quotes) {
    if (q.turn && q.speaker >= 0 && t >= q.first_tok && t <= q.last_tok) return d_.live(q.speaker);
  }
  return writer();  // a signed piece's own text is its writer's
}

int Relations::writer() const { return d_.writer_mention >= 0 ? entity_of(d_.writer_mention) : -1; }

int Relations::state_of_person(int person) const {
  for (int mi : d_.e(person).mentions) {
    const Mention& pm = d_.m(mi);
    const int b = pm.office >= 0 && pm.office_body >= 0 && !pm.former ? entity_of(pm.office_body) : -1;
    if (b >= 0 && kind(b) == "Country") return b;
  }
  const int represented = represented_state(person);
  return represented >= 0 ? represented : label_state(person);
}

int Relations::label_state(int person) const {
  if (d_.article.roster.empty()) return -1;  // a record's labels only: a transcript's brackets note constituencies
  for (const Quote& q : d_.quotes) {
    if (!q.turn || q.speaker < 0 || d_.live(q.speaker) != person) continue;
    // the label's notes make no mentions: the state is the one its bracketed name names
    const int para = d_.paragraph_of(q.first_tok);
    for (int open = q.first_tok - 1; open >= 0 && d_.paragraph_of(open) == para; --open) {
      if (!d_.key_is(open, "(")) continue;
      int close = open + 1;
      while (close < q.first_tok && !d_.key_is(close, ")")) ++close;
      if (close >= q.first_tok || close == open + 1) continue;
      const int id = d_.lex.entity_named(std::string(d_.span(open + 1, close)));
      if (id < 0 || d_.lex.entities[static_cast<size_t>(id)].kind != "Country") continue;
      if (const int e = known_lex_entity(id); e >= 0) return e;
    }
  }
  return -1;
}

int Relations::represented_state(int person) const {
  for (const Quote& q : d_.quotes) {
    if (!q.turn || q.speaker < 0 || d_.live(q.speaker) != person) continue;
    for (int t = q.first_tok; t + 1 < q.last_tok; ++t) {
      const auto it = d_.lex.first_person.find(d_.key(t));
      if (it == d_.lex.first_person.end() || it->second != "singular" || d_.in_quote(t) || !d_.cue(t + 1, Cue::RepresentingVerb)) continue;
      const int k = d_.key_is(t + 2, "the") ? t + 3 : t + 2;
      const int mi = d_.atom_at[static_cast<size_t>(k)];
      const int e = mi >= 0 && d_.m(mi).first == k ? entity_of(mi) : -1;
      if (e >= 0 && kind(e) == "Country") return e;
    }
  }
  return -1;
}

int Relations::first_person(int t) const {
  auto it = d_.lex.first_person.find(d_.key(t));
  if (it == d_.lex.first_person.end()) return -1;
  const int speaker = turn_speaker_at(t);
  if (speaker < 0) return -1;
  if (it->second == "singular") return speaker;
  // A signed piece's "we" is mostly the writer with the others at the table ("What did we
  // achieve?"); a pledge ("We will staff it") and "our" speak for the writer's state.
  if (speaker == writer() && !d_.key_is(t, "our") && !d_.longest(t + 1, Role::Modality)) return -1;
  return state_of_person(speaker);
}

int Relations::pronoun_subject(int t) const {
  // "we will set up a centre" in a transcript turn: the speaker's state
  if (d_.lex.first_person.find(d_.key(t)) != d_.lex.first_person.end() && turn_speaker_at(t) >= 0) {
    const int fp = first_person(t);
    // (a signed piece's "we" that pledges nothing reads as any plural pronoun, below)
    if (fp >= 0 || turn_speaker_at(t) != writer()) return fp;
  }
  auto it = d_.lex.pronouns.find(d_.key(t));
  if (it == d_.lex.pronouns.end()) return -1;
  if (it->second == "male" || it->second == "female") {
    // In the pronoun's own sentence the subject wins ("Zelensky is greeted by Macron as he
    // arrives"); otherwise the nearest person before it.
    for (int k = d_.sentence_first(d_.sentence_of(t)); k < t; ++k) {
      const int mi = d_.atom_at[static_cast<size_t>(k)];
      if (mi < 0 || d_.in_quote(k) || d_.m(mi).dropped || d_.m(mi).nested || d_.m(mi).kind != "Person" || object_person(d_, mi)) continue;
      return entity_of(mi);
    }
  }
  // (a person, two sentences back at least: "X said ... . Y would head it, she said. She told")
  const int s = d_.sentence_of(t);
  const int floor = std::max(0, std::min(d_.sentence_first(s) - 60, d_.sentence_first(std::max(0, s - 2))));
  for (int k = t - 1; k >= floor; --k) {
    if (d_.in_quote(k)) continue;
    const int mi = d_.atom_at[static_cast<size_t>(k)];
    if (mi < 0 || d_.m(mi).dropped || d_.m(mi).nested) continue;
    const std::string& mk = d_.m(mi).kind;
    if (it->second == "thing" && party_kind(mk)) return entity_of(mi);
    if ((it->second == "male" || it->second == "female") && mk == "Person" && !object_person(d_, mi)) return entity_of(mi);
    if (it->second == "plural" && d_.m(mi).form == Form::Collective) return entity_of(mi);
  }
  return -1;
}

std::vector<int> Relations::speaker_before(int first, int last) {
  for (int v = last - 1; v >= first; --v) {
    if (d_.in_quote(v) || !d_.longest(v, Role::SpeechVerb)) continue;
    std::string modality;
    bool negated = false;
    std::vector<int> who = parties_before(v, first, modality, negated);
    if (!who.empty()) return who;
    // "the Assembly's Vice-President, the representative of Peru, said": the formula
    // naming the state, anywhere in the subject
    for (int t = v - 1; t > first; --t) {
      if (const int state = delegate_state(t); state >= 0) return {state};
    }
  }
  return {};
}

int Relations::delegate_state_at(int t) const {
  if (!d_.key_is(t - 1, "the") || !d_.key_is(t + 1, "of")) return -1;
  const int at = d_.key_is(t + 2, "the") ? t + 3 : t + 2;
  const int a = at < n_ ? d_.atom_at[static_cast<size_t>(at)] : -1;
  const int e = a >= 0 && d_.m(a).first == at && !d_.m(a).dropped ? entity_of(a) : -1;
  return e >= 0 && kind(e) == "Country" ? e : -1;
}

int Relations::own_state(int noun) {
  if (noun < 1 || !d_.cue(noun, Cue::OwnStateNoun)) return -1;
  const int pron = noun - 1;
  // "My Government could send", "our country will fund" in a turn: the speaker's state
  if (d_.lex.first_person.find(d_.key(pron)) != d_.lex.first_person.end()) {
    const int speaker = turn_speaker_at(pron);
    return speaker >= 0 ? state_of_person(speaker) : -1;
  }
  if (!(d_.key_is(pron, "his") || d_.key_is(pron, "her") || d_.key_is(pron, "its") || d_.key_is(pron, "their"))) return -1;
  const int s = d_.sentence_of(pron);
  std::vector<int> who = speaker_before(d_.sentence_first(s), pron);
  if (who.empty() && s > 0 && d_.paragraph_of(d_.sentence_first(s - 1)) == d_.paragraph_of(pron)) {
    who = speaker_before(d_.sentence_first(s - 1), d_.sentence_last(s - 1));
  }
  if (who.size() == 1) return as_party(who.front());
  return who.empty() ? as_party(pronoun_subject(pron)) : -1;
}

int Relations::thing_at(int t) const {
  const int ph = d_.phrase_at[static_cast<size_t>(t)];
  if (ph >= 0) return ph;
  const int a = d_.atom_at[static_cast<size_t>(t)];
  return a >= 0 && d_.m(a).kind == "Force" ? a : -1;
}

std::vector<int> Relations::objects_after(int from, const std::string& want, int limit) const {
  std::vector<int> out;
  for (int t = from; t < limit; ++t) {
    if (d_.key_is(t, ";") || d_.key_is(t, "but") || d_.key_is(t, "while") || d_.key_is(t, "whereas") ||
        d_.key_is(t, "although") || d_.key_is(t, "which") || d_.key_is(t, "who")) {
      break;
    }
    const int ph = thing_at(t);
    if (ph >= 0 && d_.m(ph).kind == want && !d_.m(ph).dropped && d_.m(ph).first >= from - 1) {
      const int e = entity_of(ph);
      if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      t = d_.m(ph).last - 1;
    }
  }
  return out;
}

int Relations::clause_end(int from) const {
  int s_last = d_.sentence_last(d_.sentence_of(from));
  for (int t = from; t < s_last; ++t) {
    if (d_.key_is(t, ";") || d_.key_is(t, "but") || d_.key_is(t, "while") || d_.key_is(t, "whereas")) return t;
    if (d_.key_is(t, ",") && d_.key_is(t + 1, "and") && clause_with_subject(t + 2)) return t;
  }
  return s_last;
}

bool Relations::clause_with_subject(int t) const {
  // "..., and Vietnam committed a field hospital": a party and its own verb open a new clause
  const int pm = t < n_ ? d_.atom_at[static_cast<size_t>(t)] : -1;
  if (pm < 0 || d_.m(pm).first != t || !party_kind(d_.m(pm).kind)) return false;
  int v = d_.m(pm).last;
  while (v < n_ && v < d_.m(pm).last + 3 && (d_.longest(v, Role::Modality) || d_.longest(v, Role::Auxiliary))) {
    v += d_.longest(v, Role::Modality) ? d_.longest(v, Role::Modality)->len : d_.longest(v, Role::Auxiliary)->len;
  }
  return d_.longest(v, Role::FrameActive) != nullptr;
}

bool Relations::denied_in(int e, int a, int b) const {
  bool any = false;
  for (int mi : d_.e(e).mentions) {
    const int f = d_.m(mi).first;
    if (f < a || f >= b) continue;
    int k = f - 1;
    if (k >= a && d_.is_role(k, Role::Determiner)) --k;
    if (k >= a && (d_.key_is(k, "to") || d_.key_is(k, "for"))) --k;
    if (k < a || !d_.key_is(k, "not")) return false;
    any = true;
  }
  return any;
}

std::pair<int, int> Relations::condition_span(int a, int b) const {
  static const std::vector<std::vector<Token>> cue_tokens = [] {
    std::vector<std::vector<Token>> out;
    for (const char* c : {"after", "following", "once", "if", "in case of", "in the event of", "upon", "provided"}) {
      out.push_back(tokenize(c));
    }
    return out;
  }();
  // The first letters of the cues: a token starting with no such letter starts no cue (one
  // test instead of a key comparison per cue at every token).
  static const std::array<bool, 256> cue_initial = [] {
    std::array<bool, 256> out{};
    for (const std::vector<Token>& ct : cue_tokens) out[static_cast<unsigned char>(ct.front().key.front())] = true;
    return out;
  }();
  for (int t = a; t < b; ++t) {
    const Label& k = d_.key(t);
    if (k.empty() || !cue_initial[static_cast<unsigned char>(k.front())]) continue;
    for (const std::vector<Token>& ct : cue_tokens) {
      bool ok = t + static_cast<int>(ct.size()) <= b;
      for (size_t x = 0; ok && x < ct.size(); ++x) ok = d_.key(t + static_cast<int>(x)) == ct[x].key;
      if (!ok) continue;
      int e = t + static_cast<int>(ct.size());
      while (e < b && e < t + 8 && !d_.key_is(e, ",") && !d_.key_is(e, ".") && !d_.is(e, tok::kDQuote) &&
             !d_.key_is(e, "and")) {
        ++e;
      }
      if (e > t + static_cast<int>(ct.size())) return {t, e};
    }
  }
  return {-1, -1};
}

std::string Relations::condition_in(int a, int b) const {
  const auto [from, to] = condition_span(a, b);
  return from < 0 ? std::string() : std::string(d_.span(from, to));
}

}  // namespace kg::ingest::detail
