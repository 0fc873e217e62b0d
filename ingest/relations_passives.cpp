// Passive frames: "was co-hosted by A and B", "The Maputo Accord, signed by ...", "signed for A
// by X and for B by Y", "signed by the foreign ministers of A and B", gapped passives.
#include <algorithm>

#include "ingest/relations.h"

namespace kg::ingest::detail {

std::vector<int> Relations::agents_after(int k, int limit) const {
  std::vector<int> out;
  bool after_office = false;
  int title_end = -1;  // the token right after the last office and its portfolio
  for (int t = k; t < limit; ++t) {
    // "by the Minister of Defence of the Republic of X, Mr. Y": the state a titled portfolio
    // belongs to, then the name (the state is read as a party below; a body after the title
    // keeps the rules below)
    if (t == title_end && d_.key_is(t, "of")) {
      int z = d_.key_is(t + 1, "the") ? t + 2 : t + 1;
      // ("of the Republic of X" when the lexicon knows only "X")
      while (z < limit && z < t + 6 && d_.mention_at(z) < 0 && d_.word(z) && (d_.cap(z) || d_.key_is(z, "of"))) ++z;
      const int sm = d_.mention_at(z);
      if (sm >= 0 && d_.m(sm).first == z && d_.m(sm).kind == "Country") {
        t = z - 1;
        continue;
      }
    }
    // "and by B"; "signed by A, by B, and by C": each "by" after a comma goes on with the list
    if (d_.key_is(t, "by") && t > k && (d_.key_is(t - 1, "and") || (d_.key_is(t - 1, ",") && !out.empty()))) continue;
    // "attended by ministers and, as a witness, by X": a role set off by commas before "by"
    if (d_.key_is(t, ",") && d_.key_is(t + 1, "as") && t > k) {
      int c = t + 2;
      while (c < limit && c < t + 6 && d_.word(c)) ++c;
      if (d_.key_is(c, ",") && d_.key_is(c + 1, "by")) {
        t = c + 1;
        continue;
      }
    }
    if (d_.key_is(t, ",") && (d_.key_is(t + 1, "who") || d_.key_is(t + 1, "whose")) && !out.empty()) {
      int c = t + 2;
      while (c < limit && !d_.key_is(c, ",")) ++c;
      if (c >= limit) break;
      t = c - 1;
      continue;
    }
    // "by Chilean Minister of Oceans and Fisheries X": the ministry's fields, then the name
    if (const int pe = after_office ? d_.portfolio_end(t) : t; pe > t) {
      t = pe - 1;
      title_end = pe;
      after_office = false;
      continue;
    }
    // "by the minister of defence, X", "by their Foreign Secretary, X": the office's
    // portfolio, no party (a state or body named there is one)
    if (after_office && (d_.key_is(t, "of") || d_.key_is(t, "for")) && d_.word(t + 1) && d_.mention_at(t + 1) < 0) {
      int c = t + 1;
      while (c < limit && c < t + 6 && d_.word(c) && d_.mention_at(c) < 0 && !d_.key_is(c, "and")) ++c;
      if (c < limit && d_.key_is(c, ",")) {
        t = c;
        after_office = false;
        continue;
      }
    }
    // "through its special envoy for Yemen, Mr X": the state an envoy's remit is about, no party
    if (after_office && d_.key_is(t, "for") && d_.mention_at(t + 1) >= 0) {
      const Mention& about = d_.m(d_.mention_at(t + 1));
      if (about.first == t + 1 && (about.kind == "Country" || about.kind == "Place") && d_.key_is(about.last, ",")) {
        t = about.last;
        after_office = false;
        continue;
      }
    }
    // "represented by its envoy to the AU, X", "its ambassador in Lima, X": the body a title is
    // accredited to, or where its holder is posted, then the name
    const int body_at = d_.key_is(t + 1, "the") ? t + 2 : t + 1;
    if (after_office && (d_.key_is(t, "to") || d_.key_is(t, "at") || d_.key_is(t, "in")) && d_.mention_at(body_at) >= 0) {
      const Mention& body = d_.m(d_.mention_at(body_at));
      const bool posted = d_.key_is(t, "in") ? body.kind == "Place" : body.kind == "Organization" || body.kind == "Country";
      if (body.first == body_at && posted && d_.key_is(body.last, ",")) {
        t = body.last;
        after_office = false;
        continue;
      }
    }
    after_office = false;
    // "signed by A, B and, for Peru, C": the state the next agent acts for, set off by commas
    if (d_.key_is(t, "for") && d_.key_is(t - 1, ",")) {
      const int pm = d_.mention_at(d_.key_is(t + 1, "the") ? t + 2 : t + 1);
      if (pm >= 0 && party_kind(d_.m(pm).kind) && d_.key_is(d_.m(pm).last, ",")) {
        t = d_.m(pm).last;
        continue;
      }
    }
    // "led by an Irish officer, Brigadier General X": an indefinite description before the name
    if ((d_.key_is(t, "a") || d_.key_is(t, "an")) && out.empty()) {
      int c = t + 1;
      while (c < limit && c <= t + 4 && d_.word(c) && (d_.mention_at(c) < 0 || d_.m(d_.mention_at(c)).kind == "Country")) ++c;
      if (c > t + 1 && c < limit && d_.key_is(c, ",") && (d_.mention_at(c + 1) >= 0 || d_.longest(c + 1, Role::Office))) {
        t = c;
        continue;
      }
    }
    if (d_.key_is(t, "the") || d_.key_is(t, ",") || d_.key_is(t, "and") || d_.is(t, tok::kDQuote)) continue;
    // "by Foreign Minister X of Ghana": the state of the person before
    if (d_.key_is(t, "of") && !out.empty() && kind(out.back()) == "Person" && d_.mention_at(t + 1) >= 0 &&
        d_.m(d_.mention_at(t + 1)).kind == "Country") {
      continue;
    }
    // "by X and his Polish counterpart, Y"
    if ((d_.key_is(t, "his") || d_.key_is(t, "her")) && !out.empty()) continue;
    // "chaired by its foreign minister, X", "signed by our Foreign Secretary, X", "by her
    // foreign minister, X" (the president's)
    if ((d_.key_is(t, "its") || d_.key_is(t, "their") || d_.key_is(t, "our") || d_.key_is(t, "his") || d_.key_is(t, "her")) &&
        d_.longest(t + 1, Role::Office)) {
      continue;
    }
    const int mi = d_.mention_at(t);
    if (mi >= 0 && d_.m(mi).first == t && d_.m(mi).nested) {
      t = d_.m(mi).last - 1;
      continue;
    }
    // "attended by ministers from Benin, Togo and Niger"
    // ("and by her counterparts from A, B and C": the states of the counterparts; not "the chief
    // of the Chilean defence staff", a title that goes on past its "of")
    // "signed by the Home Secretary and by X": a title alone stands for the named person holding it
    if (const int tm = d_.mention_at(t); tm >= 0 && !d_.m(tm).dropped && d_.m(tm).form == Form::TitleRef && d_.m(tm).kind == "Person" &&
                                         (d_.m(tm).first == t || (d_.m(tm).first == t - 1 && d_.key_is(t - 1, "the")))) {
      // (not "by the Minister of X of Y, Z": a name apposed after the title is the agent)
      const int after = d_.m(tm).last;
      const bool alone = after >= limit || d_.key_is(after, "and") || d_.key_is(after, ".") || d_.key_is(after, ";");
      const int e = entity_of(tm);
      if (alone && e >= 0 && kind(e) == "Person" && !d_.e(e).surname.empty()) {
        out.push_back(e);
        t = d_.m(tm).last - 1;
        continue;
      }
    }
    const Match* title = d_.longest(t, Role::Office);
    if ((d_.is_role(t, Role::DelegationNoun) || (title != nullptr && title->len == 1) || d_.key_is(t, "counterparts")) && t + 1 < limit &&
        (d_.key_is(t + 1, "from") || d_.key_is(t + 1, "of")) &&
        (d_.mention_at(t + 2) >= 0 || (d_.key_is(t + 2, "the") && d_.mention_at(t + 3) >= 0))) {
      ++t;
      continue;
    }
    if (title != nullptr) {
      t += title->len - 1;
      title_end = t + 1;
      after_office = true;
      continue;
    }
    if (const Match* role = d_.longest(t, Role::PersonRole)) {  // "Kremlin aide Yuri Ushakov"
      t += role->len - 1;
      continue;
    }
    if (d_.is_role(t, Role::OfficeModifier) || d_.key_is(t, "'s")) continue;
    // "..., Sheikh X", "H.E. Mr. X", "Amb. (Dr.) X", "Gen. (rtd) X": honorifics before the
    // name (from the first or from a bracket after a rank); "the Honourable Minister of ...": one
    // before a title
    const Match* h = mi < 0 ? d_.longest(t, Role::Honorific) : nullptr;
    if (h != nullptr && d_.longest(t + h->len, Role::Office)) {
      t += h->len - 1;
      continue;
    }
    // "co-chaired by the Andean Community (CAN) and the OAS": an agent's acronym in brackets
    if (mi < 0 && d_.key_is(t, "(") && !out.empty() && t > k && d_.mention_at(t - 1) >= 0 && party_kind(kind(out.back()))) {
      int close = t + 1;
      while (close < limit && close <= t + 3 && !d_.key_is(close, ")")) ++close;
      if (close < limit && d_.key_is(close, ")") && close > t + 1) {
        t = close;
        continue;
      }
    }
    if (h != nullptr || (mi < 0 && d_.key_is(t, "("))) {
      int next = t + 1;
      while (next < limit && next < t + 8 && d_.mention_at(next) < 0) ++next;
      const int after = d_.mention_at(next);
      if (after >= 0 && d_.m(after).kind == "Person" && d_.honorifics_start(next) <= t) {
        t = next - 1;
        continue;
      }
    }
    // "by Al Harthy": a capitalised particle the family name was read without
    if (mi < 0 && d_.is_role(t, Role::NameParticle) && d_.mention_at(t + 1) >= 0 && d_.m(d_.mention_at(t + 1)).kind == "Person") continue;
    // "and the army commander, General X": a lower-case noun naming the office's service
    if (mi < 0 && d_.word(t) && !d_.cap(t) && !out.empty() && d_.longest(t + 1, Role::Office)) continue;
    // "signed by A, B and myself": the speaker of a turn, the writer of a signed piece
    if (mi < 0 && (d_.key_is(t, "me") || d_.key_is(t, "myself")) && first_person(t) >= 0) {
      out.push_back(first_person(t));
      continue;
    }
    if (mi < 0 || d_.m(mi).first != t || d_.m(mi).dropped) break;
    // a state or body right before a title or role qualifies the person after it
    if (d_.m(mi).kind != "Person" &&
        (d_.longest(d_.m(mi).last, Role::Office) || d_.longest(d_.m(mi).last, Role::PersonRole) ||
         d_.is_role(d_.m(mi).last, Role::OfficeModifier))) {
      t = d_.m(mi).last - 1;
      continue;
    }
    const std::string& k2 = d_.m(mi).kind;
    if (k2 != "Person" && k2 != "Country" && k2 != "Organization") break;
    const int e = entity_of(mi);
    if (e >= 0) out.push_back(e);
    t = d_.m(mi).last - 1;
  }
  return out;
}

int Relations::last_meeting_in(int s) const {
  for (int j = d_.sentence_last(s) - 1; j >= d_.sentence_first(s); --j) {
    if (d_.in_quote(j)) continue;
    const int ph = thing_at(j);
    if (ph >= 0 && !d_.m(ph).dropped && d_.m(ph).kind == "Meeting") return ph;
  }
  return -1;
}

int Relations::held_subject(int comma) const {
  const int floor = d_.sentence_first(d_.sentence_of(comma));
  for (int j = comma - 1; j > floor && comma - j < 12; --j) {
    if (d_.key_is(j, ",") || d_.in_quote(j)) return -1;
    if (!d_.key_is(j, "held") || !(d_.key_is(j + 1, "in") || d_.key_is(j + 1, "at"))) continue;
    return held_predicate_subject(j);
  }
  return -1;
}

int Relations::held_predicate_subject(int held) const {
  const int floor = d_.sentence_first(d_.sentence_of(held));
  int k = held;
  while (k > floor && (d_.ending_at(k, Role::Auxiliary) || (d_.key_is(k - 1, "to") && d_.ending_at(k - 1, Role::Auxiliary)))) {
    k = d_.ending_at(k, Role::Auxiliary) ? d_.ending_at(k, Role::Auxiliary)->first : k - 1;
  }
  if (k == held || k == 0) return -1;  // "held" with no auxiliary is no passive predicate
  // (the meeting's phrase may take in the place and year after the predicate)
  const int ph = thing_at(k - 1);
  return ph >= 0 && d_.m(ph).last >= k && !d_.m(ph).dropped && d_.m(ph).kind == "Meeting" ? ph : -1;
}

int Relations::passive_thing(int i, int prev_thing, int prev_sentence) const {
  int k = i;
  // ("is to be led by": "to" between the auxiliaries; "will continue to be led by": a verb of
  // aspect before the "to")
  while (k > 0) {
    if (const Match* aux = d_.ending_at(k, Role::Auxiliary)) k = aux->first;
    else if (d_.key_is(k - 1, "to") && d_.ending_at(k - 1, Role::Auxiliary)) k = k - 1;
    else if (k >= 2 && d_.key_is(k - 1, "to") && d_.cue(k - 2, Cue::AspectVerb)) k = k - 2;
    // "..., to be hosted by Peru": an infinitive clause after a comma, about what precedes it
    else if (k >= 2 && d_.key_is(k - 1, "to") && d_.key_is(k - 2, ",") && d_.key_is(k, "be")) k = k - 1;
    else break;
  }
  if (d_.key_is(k - 1, "which") || d_.key_is(k - 1, "that")) --k;
  const bool same_sentence = prev_thing >= 0 && prev_sentence == d_.sentence_of(i);
  if (d_.key_is(k - 1, "and") && same_sentence) return prev_thing;
  // "The forum was organised and hosted by": the thing of the first participle
  if (d_.key_is(k - 1, "and") && k >= 3 && d_.word(k - 2) && !d_.cap(k - 2) && d_.key(k - 2).ends_with("ed") &&
      d_.ending_at(k - 2, Role::Auxiliary)) {
    return passive_thing(k - 2, -1, -1);
  }
  // "the Mission, which will be based in Bangui and led by Rwanda": the second predicate of
  // a relative clause is about the clause's antecedent (so of an infinitive one: "a Mission
  // for X, to be based in Aden and led by Y")
  if (d_.key_is(k - 1, "and")) {
    const int floor = d_.sentence_first(d_.sentence_of(i));
    for (int j = k - 2; j > floor + 1 && k - j < 14; --j) {
      if (d_.in_quote(j)) break;
      const bool infinitive = d_.key_is(j, "to") && d_.key_is(j + 1, "be");
      if ((d_.key_is(j, "which") || d_.key_is(j, "that") || infinitive) && d_.key_is(j - 1, ",")) {
        const int ph = thing_at(j - 2);
        if (ph >= 0 && d_.m(ph).last == j - 1 && !d_.m(ph).dropped) return ph;
        break;
      }
      // "The session, held at the X Palace and hosted by Peru, was chaired by": the thing
      // before the comma that opens a reduced clause in lower case
      if (d_.key_is(j, ",") && d_.word(j + 1) && !d_.cap(j + 1)) {
        const int ph = thing_at(j - 1);
        if (ph >= 0 && d_.m(ph).last == j && !d_.m(ph).dropped && d_.m(ph).kind == "Meeting") return ph;
      }
      if (d_.key_is(j, ",") || d_.key_is(j, ";")) break;
    }
  }
  // "The Mission will open an office in Juba, and will be led by X": a named subject of the
  // first predicate of a coordination
  if (d_.key_is(k - 1, "and")) {
    int j = coordinated_subject(k - 1);
    if (j >= 0 && d_.key_is(j, "the")) ++j;
    const int ph = j >= 0 ? thing_at(j) : -1;
    // (forces only: a meeting so told is often a later round the article has not named apart)
    if (ph >= 0 && d_.m(ph).first == j && !d_.m(ph).dropped && d_.m(ph).kind == "Force" &&
        d_.longest(d_.m(ph).last, Role::Auxiliary)) {
      return ph;
    }
  }
  if (d_.key_is(k - 1, ",")) {
    const int ph = k >= 2 ? thing_at(k - 2) : -1;
    if (ph >= 0 && d_.m(ph).last == k - 1 && !d_.m(ph).dropped) return ph;
    // "gathered the two parties' delegations, led by A and B": they head the
    // delegations, not the talks
    if (k >= 2 && d_.ending_at(k - 1, Role::DelegationNoun)) return -1;
    // "the Tunis Declaration on Security in the Sahel, which was signed by": a
    // place or area complement ("in / for the <Name>") between the thing and its clause
    {
      int j = k - 2;
      while (j > 0 && k - j < 8 && (d_.cap(j) || d_.is(j, tok::kHyphen) || d_.key_is(j, "-") || d_.key_is(j, "the"))) --j;
      if (j > 0 && j < k - 2 && (d_.key_is(j, "in") || d_.key_is(j, "for"))) {
        const int before = thing_at(j - 1);
        if (before >= 0 && d_.m(before).last == j && !d_.m(before).dropped && d_.m(before).kind == "Document") return before;
      }
    }
    if (same_sentence) return prev_thing;
    // "The next summit is to be held in Cusco in 2028, hosted by Peru": a participle closing the
    // sentence after a meeting's "held in" is about the meeting held
    if (const int held = held_subject(k - 1); held >= 0) return held;
    // "The session, held in the main hall, was chaired by": the phrase before the parenthetical
    const int floor = d_.sentence_first(d_.sentence_of(i));
    for (int j = k - 2; j > floor && k - j < 24; --j) {
      if (d_.in_quote(j) || d_.key_is(j, "\"")) return -1;
      if (!d_.key_is(j, ",")) continue;
      const int before = d_.phrase_at[static_cast<size_t>(j - 1)];
      if (before >= 0 && d_.m(before).last == j && !d_.m(before).dropped && d_.m(before).kind == "Meeting") return before;
      // "Operation X, which has been commanded from Y since 2024, will be led by Z": a force
      // before a relative clause
      const int force = thing_at(j - 1);
      if (force >= 0 && d_.m(force).last == j && !d_.m(force).dropped && d_.m(force).kind == "Force" && d_.key_is(j + 1, "which")) return force;
      return -1;
    }
    return -1;
  }
  // "The talks, hosted by A, opened on Wednesday. They were chaired by B": a pronoun opening
  // the sentence is the phrase that opened the sentence before
  if (k >= 1 && (d_.key_is(k - 1, "they") || d_.key_is(k - 1, "it")) && k - 1 == d_.sentence_first(d_.sentence_of(k - 1)) &&
      d_.sentence_of(k - 1) > 0) {
    int f = d_.sentence_first(d_.sentence_of(k - 1) - 1);
    // "First, the X Accord. It was signed by ...": an opening word set off by a comma
    // ("First,", "Meanwhile,") is no phrase of its own
    if (d_.key_is(f + 1, ",") && d_.mention_at(f) < 0) f += 2;
    if (d_.key_is(f, "the")) ++f;
    const int ph = thing_at(f);
    if (ph >= 0 && d_.m(ph).first <= f && !d_.m(ph).dropped && d_.m(ph).form == Form::Phrase) return ph;
    // "The president welcomed the ministers and opened the session. It was co-chaired by A": else the
    // meeting the sentence before named last
    return last_meeting_in(d_.sentence_of(k - 1) - 1);
  }
  const int ph = k > 0 ? thing_at(k - 1) : -1;
  if (ph >= 0 && d_.m(ph).last == k && !d_.m(ph).dropped) return ph;
  // "the first leaders' meeting of the three countries hosted by Peru": a plain "of" complement
  // in lower case between the meeting and the participle
  for (int j = k - 1; j > 1 && k - j <= 5 && d_.word(j) && !d_.cap(j); --j) {
    if (!d_.key_is(j, "of")) continue;
    const int before = thing_at(j - 1);
    if (before >= 0 && d_.m(before).last == j && !d_.m(before).dropped && d_.m(before).kind == "Meeting" && j < k - 1) return before;
    break;
  }
  return -1;
}

void Relations::signed_for_by() {
  for (int i = 1; i < n_; ++i) {
    if (!d_.key_is(i, "signed") || d_.in_quote(i) || !d_.ending_at(i, Role::Auxiliary) || d_.key_is(i + 1, "by")) continue;
    const int ph = passive_thing(i, -1, -1);
    if (ph < 0 || d_.m(ph).kind != "Document") continue;
    const int doc = entity_of(ph);
    const int s_last = d_.sentence_last(d_.sentence_of(i));
    for (int t = i + 1; t + 2 < s_last; ++t) {
      if (!d_.key_is(t, "for")) continue;
      int k = t + 1;
      if (d_.key_is(k, "the")) ++k;
      const int pm = d_.mention_at(k);
      if (pm < 0 || d_.m(pm).first != k || !party_kind(d_.m(pm).kind) || !d_.key_is(d_.m(pm).last, "by")) continue;
      int limit = d_.m(pm).last + 1;
      while (limit < s_last && !(d_.key_is(limit, "for") && d_.key_is(limit - 1, "and"))) ++limit;
      const std::vector<int> agents = agents_after(d_.m(pm).last + 1, limit);
      if (agents.empty()) continue;
      const int party = entity_of(pm);
      if (party >= 0 && kind(party) == "Country") add("SIGNED", party, doc, d_.m(ph).first, s_last - 1, "signed:for-by", 0.75);
      for (int a : agents) {
        if (kind(a) == "Person" || kind(a) == "Country") add("SIGNED", a, doc, d_.m(ph).first, s_last - 1, "signed:for-by", 0.75);
      }
      t = limit - 1;
    }
  }
}

std::vector<int> Relations::states_of_signers(int k) const {
  std::vector<int> out;
  const int end = d_.sentence_last(d_.sentence_of(k));
  bool by_office = false, in_list = false;
  for (int t = k; t < end; ++t) {
    if (d_.key_is(t, "who") || d_.key_is(t, "which") || d_.key_is(t, ";")) break;
    if (t == k || d_.key_is(t - 1, "by")) {
      int w = t;
      while (d_.key_is(w, "the")) ++w;
      by_office = d_.longest(w, Role::Office) != nullptr || d_.key_is(w, "heads") || d_.key_is(w, "leaders") ||
                  d_.key_is(w, "ministers") || d_.key_is(w, "presidents") || d_.key_is(w, "representatives");
      in_list = false;
    }
    if (!by_office) continue;
    const int mi = d_.atom_at[static_cast<size_t>(t)];
    if (mi >= 0 && d_.m(mi).first == t) {
      int before = t - 1;
      while (d_.key_is(before, "the")) --before;
      const bool listed = d_.key_is(before, "of") || (in_list && (d_.key_is(before, ",") || d_.key_is(before, "and")));
      if (d_.m(mi).kind == "Country" && listed) {
        if (const int e = entity_of(mi); e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
        in_list = true;
      } else if (d_.m(mi).kind != "Country") {
        in_list = false;
      }
      t = d_.m(mi).last - 1;
    }
  }
  return out;
}

std::vector<int> Relations::holders_of_group(int k, const std::vector<int>& states) const {
  // "signed by the ministers of A, B and C": the plural office names who signed for each state;
  // the one person of the article holding that office for the state is its signer
  std::vector<int> out;
  int w = k;
  while (d_.key_is(w, "the")) ++w;
  std::string office;  // lower-case singular office word the holder's title must contain
  bool heads = false;
  if (const Match* off = d_.longest(w, Role::Office); off != nullptr && off->plural) {
    office = d_.lex.offices[static_cast<size_t>(off->hit.id)].title;
  } else if (d_.key_is(w, "ministers")) {
    office = "minister";
  } else if (d_.key_is(w, "presidents")) {
    office = "president";
  } else if (d_.key_is(w, "heads") || d_.key_is(w, "leaders")) {
    heads = true;
  } else {
    return out;
  }
  office = ascii_lower(office);
  for (int st : states) {
    int holder = -1;
    bool unique = true;
    for (size_t pi = 0; pi < d_.mentions.size(); ++pi) {
      const Mention& pm = d_.mentions[pi];
      if (pm.kind != "Person" || pm.dropped || pm.office < 0 || pm.former || pm.office_body < 0) continue;
      const int e = entity_of(static_cast<int>(pi));
      if (entity_of(pm.office_body) != st || e < 0) continue;
      const auto& lo = d_.lex.offices[static_cast<size_t>(pm.office)];
      if (heads ? !lo.head : ascii_lower(lo.title).find(office) == std::string::npos) continue;
      if (holder >= 0 && holder != e) unique = false;
      holder = e;
    }
    if (holder >= 0 && unique) out.push_back(holder);
  }
  return out;
}

// "they attended the signing of the X Accord by A and B": the signing noun, its text after
// "of" and its signers after "by".
void Relations::signing_of_by() {
  for (int i = 0; i + 3 < n_; ++i) {
    if (!d_.key_is(i, "signing") || d_.in_quote(i)) continue;
    // "the signing, on the sidelines of the talks, of the X Agreement": a phrase set off by commas
    int of = i + 1;
    if (d_.key_is(of, ",")) {
      while (of < n_ && of < i + 12 && !(d_.key_is(of, ",") && of > i + 1)) ++of;
      ++of;
    }
    if (!d_.key_is(of, "of")) continue;
    const int z = d_.key_is(of + 1, "the") ? of + 2 : of + 1;
    const int ph = d_.phrase_at[static_cast<size_t>(z)];
    const int at = ph >= 0 ? ph : d_.atom_at[static_cast<size_t>(z)];
    if (at < 0 || d_.m(at).kind != "Document" || d_.m(at).first > z) continue;
    const int by = d_.m(at).last;
    if (!d_.key_is(by, "by")) continue;
    const int doc = entity_of(at);
    if (doc < 0) continue;
    const int end = clause_end(by + 1);
    for (int a : agents_after(by + 1, end)) {
      if (kind(a) == "Person" || kind(a) == "Country") add("SIGNED", a, doc, i, end - 1, "signed:signing-of", 0.8);
    }
    for (int st : states_of_signers(by + 1)) add("SIGNED", st, doc, i, end - 1, "signed:office-of", 0.7);
    // "on the sidelines of the talks": the text came out of the meeting it was signed beside
    if (const int meeting = of > i + 1 ? meeting_beside(i + 2, of - 1) : -1; meeting >= 0) {
      add("PRODUCED", meeting, doc, i, by, "produced:signed-beside", 0.7);
    }
  }
}

int Relations::meeting_beside(int first, int last) const {
  bool beside = false;
  int meeting = -1;
  for (int t = first; t < last; ++t) {
    beside = beside || d_.cue(t, Cue::Sidelines);
    const int m = thing_at(t);
    if (m >= 0 && d_.m(m).kind == "Meeting" && meeting < 0) meeting = m;
  }
  if (!beside || meeting < 0) return -1;
  // "this meeting", "the meeting": the article's meeting
  if (const int e = entity_of(meeting); e >= 0) return e;
  return main_entity("Meeting");
}

int Relations::meeting_before(int i) const {
  const int floor = d_.sentence_first(d_.sentence_of(i));
  for (int t = i - 1; t >= floor; --t) {
    const int ph = thing_at(t);
    if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped && !d_.m(ph).future && entity_of(ph) >= 0) return entity_of(ph);
  }
  const int main = main_entity("Meeting");
  return main >= 0 && !d_.e(main).future ? main : -1;
}

void Relations::passives() {
  signed_for_by();
  signing_of_by();
  rotations();
  int prev_thing = -1, prev_sentence = -1;
  for (int i = 0; i < n_; ++i) {
    if (d_.in_quote(i)) continue;
    const bool passive_here = (d_.starts_with[static_cast<size_t>(i)] & Doc::bit(Role::FramePassive)) != 0;
    const bool active_here = (d_.starts_with[static_cast<size_t>(i)] & Doc::bit(Role::FrameActive)) != 0;
    if (!passive_here && !active_here) continue;  // no frame here
    for (const char* type : {"HOSTED", "SIGNED", "LEADS", "ATTENDED"}) {
      const Match* pv = passive_here ? frame_at(i, Role::FramePassive, type) : nullptr;
      // "will be run jointly by X", "to be commanded at sea by Y": the participle and its "by" apart
      int by = -1;
      if (!pv && active_here && frame_at(i, Role::FrameActive, type) && d_.cue(i - 1, Cue::PassiveBe)) by = gapped_by(i + 1);
      if (!pv && by < 0) continue;
      const int after = pv ? i + pv->len : by + 1;
      const int ph = passive_thing(i, prev_thing, prev_sentence);
      // "met in X on 3 May, at the Y Palace, for the Z Summit, under the chairmanship of W": the
      // meeting the sentence names before it, else the article's
      if (ph < 0 && std::string_view(type) == "LEADS" && d_.key_is(i, "under")) {
        const int meeting = meeting_before(i);
        if (meeting < 0) continue;
        const int end = clause_end(after);
        for (int a : agents_after(after, end)) {
          if (kind(a) == "Person") add("LEADS", a, meeting, d_.sentence_first(d_.sentence_of(i)), end - 1, "leads:chairmanship", 0.75);
        }
        continue;
      }
      if (ph < 0 && std::string_view(type) == "LEADS") {
        // "The mission, which numbers 1,800 soldiers, is commanded by a Zambian officer, Major
        // General X": a force's bare head refers to the article's force of that head
        const int force = bare_force_before(i);
        if (force < 0) continue;
        const int end = clause_end(after);
        // "commanded by Lieutenant General X of Sierra Leone": the officer leads, not his state
        bool person = false;
        for (int a : agents_after(after, end)) {
          if (kind(a) == "Country" && person) continue;
          person = person || kind(a) == "Person";
          add("LEADS", a, force, d_.sentence_first(d_.sentence_of(i)), end - 1, "leads:passive", 0.75);
        }
        continue;
      }
      if (ph < 0) continue;
      prev_thing = ph;
      prev_sentence = d_.sentence_of(i);
      const std::string& want = d_.m(ph).kind;
      const std::string t(type);
      const bool fits = ((t == "HOSTED" || t == "ATTENDED") && want == "Meeting") || (t == "SIGNED" && want == "Document") ||
                        (t == "LEADS" && (want == "Force" || want == "Meeting"));
      if (!fits) continue;
      // ("the meeting" left without an entity of its own: the article's meeting)
      const int thing = entity_of(ph) >= 0 ? entity_of(ph) : want == "Meeting" ? main_entity("Meeting") : -1;
      if (thing < 0) continue;
      const int end = clause_end(after);
      for (int a : agents_after(after, end)) {
        if (t == "HOSTED" && kind(a) == "Organization") continue;
        if (t == "SIGNED" && kind(a) == "Organization") continue;
        add(t, a, thing, d_.m(ph).first, end - 1, std::string(t == "HOSTED" ? "hosted" : t == "SIGNED" ? "signed" : t == "LEADS" ? "leads" : "attended") + ":passive", 0.8);
      }
      // "is to be chaired by rotation among the three countries, starting with Chile": the first in
      // the rotation leads it now
      if (t == "LEADS") {
        for (int a : first_in_rotation(after)) add("LEADS", a, thing, d_.m(ph).first, clause_end(after) - 1, "leads:rotation", 0.75);
      }
      if (t == "SIGNED") {
        const std::vector<int> states = states_of_signers(after);
        for (int s : states) add("SIGNED", s, thing, d_.m(ph).first, end - 1, "signed:office-of", 0.7);
        for (int p : holders_of_group(after, states)) add("SIGNED", p, thing, d_.m(ph).first, end - 1, "signed:holder-of", 0.65);
        // "by Niger's deputy prime minister and interior minister, General X": a state whose
        // signing office opens an agent's phrase signed through its holder
        for (int b = after - 1; b < end; ++b) {
          if (!d_.key_is(b, "by")) continue;
          const int sm = d_.atom_at[static_cast<size_t>(b + 1)];
          if (sm < 0 || d_.m(sm).first != b + 1 || d_.m(sm).kind != "Country") continue;
          int o = d_.m(sm).last;
          if (d_.key_is(o, "'s") || d_.is(o, tok::kPossessive)) ++o;
          const Match* off = d_.longest(o, Role::Office);
          if (off == nullptr || !d_.lex.offices[static_cast<size_t>(off->hit.id)].signs_for_state) continue;
          if (const int st = entity_of(sm); st >= 0) add("SIGNED", st, thing, d_.m(ph).first, end - 1, "signed:office-of", 0.7);
        }
      }
    }
  }
}

std::vector<int> Relations::first_in_rotation(int from) const {
  const int s_last = d_.sentence_last(d_.sentence_of(from));
  for (int k = from; k + 2 < s_last; ++k) {
    if (d_.key_is(k, ";") || d_.in_quote(k)) break;
    if ((d_.key_is(k, "starting") || d_.key_is(k, "beginning")) && d_.key_is(k + 1, "with") && d_.key_is(k - 1, ",")) {
      std::vector<int> out;
      for (int a : agents_after(k + 2, clause_end(k + 2))) {
        if (party_kind(kind(a))) out.push_back(a);
      }
      return out;
    }
  }
  return {};
}

void Relations::rotations() {
  for (int i = 1; i + 2 < n_; ++i) {
    if (!((d_.key_is(i, "starting") || d_.key_is(i, "beginning")) && d_.key_is(i + 1, "with") && d_.key_is(i - 1, ",")) || d_.in_quote(i)) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    bool rotation = false;
    for (int t = i - 1; t >= floor && !rotation; --t) rotation = d_.cue_length(t, Cue::RotationWord) > 0;
    if (!rotation) continue;
    int verb = -1;
    for (int t = i - 1; t >= floor && verb < 0; --t) {
      if (frame_at(t, Role::FrameActive, "LEADS") || frame_at(t, Role::FramePassive, "LEADS")) verb = t;
    }
    const int thing = verb >= 0 ? rotation_thing(verb) : -1;
    if (thing < 0) continue;
    for (int a : first_in_rotation(i)) add("LEADS", a, thing, floor, clause_end(i) - 1, "leads:rotation", 0.75);
  }
}

int Relations::rotation_thing(int verb) const {
  const auto force_or_meeting = [&](int t) {
    const int ph = thing_at(t);
    const bool fits = ph >= 0 && !d_.m(ph).dropped && (d_.m(ph).kind == "Force" || d_.m(ph).kind == "Meeting");
    return fits ? entity_of(ph) : -1;
  };
  const int s = d_.sentence_of(verb);
  const int floor = d_.sentence_first(s);
  for (int t = verb - 1; t >= floor; --t) {
    if (const int e = force_or_meeting(t); e >= 0) return e;
  }
  if (!d_.key_is(floor, "it") || s == 0) return -1;
  for (int t = d_.sentence_last(s - 1) - 1; t >= d_.sentence_first(s - 1); --t) {
    if (const int e = force_or_meeting(t); e >= 0 && kind(e) == "Force") return e;
  }
  return -1;
}

int Relations::bare_force_before(int i) const {
  const int floor = d_.sentence_first(d_.sentence_of(i));
  int k = i;
  while (k > floor && d_.ending_at(k, Role::Auxiliary)) k = d_.ending_at(k, Role::Auxiliary)->first;
  // over a relative clause set off by commas: ", which numbers about 1,800 soldiers,"
  if (d_.key_is(k - 1, ",")) {
    int j = k - 2;
    while (j > floor && k - j < 20 && !(d_.key_is(j, ",") && (d_.key_is(j + 1, "which") || d_.key_is(j + 1, "who")))) --j;
    if (j <= floor || !d_.key_is(j, ",")) return -1;
    k = j;
  }
  const auto force_of_head = [&](int h, int end) {
    if (const int m = d_.mention_at(h); m >= 0) {
      const int e = d_.m(m).kind == "Force" && !d_.m(m).dropped ? entity_of(m) : -1;
      if (e >= 0 || d_.m(m).kind != "Force") return e;
    }
    const std::string head(d_.span(h, end));
    int e = main_entity("Force", head);
    // "the team" of an article that set up a "verification team"
    if (e < 0) e = main_entity_ending("Force", head);
    // "The mission is commanded by X" in an article about UNISFA: a peace operation the
    // lexicon names is the article's force of any head
    return e >= 0 ? e : main_named_force();
  };
  // "the mission will be based in Nairobi ..., and will be led by X": the second
  // predicate of a coordination is about the first's subject, "the <head>" opening a clause
  if (d_.key_is(k - 1, "and")) {
    const int j = coordinated_subject(k - 1);
    if (j < 0 || !d_.key_is(j, "the")) return -1;
    const Match* head = d_.longest(j + 1, Role::ForceHead);
    if (head == nullptr || !d_.longest(j + 1 + head->len, Role::Auxiliary)) return -1;
    return force_of_head(j + 1, j + 1 + head->len);
  }
  // "the mission", "the force": the sentence opens with a determiner and the head
  for (int h = k - 1; h > floor && h >= k - 3; --h) {
    if (!d_.key_is(h - 1, "the") || h - 1 != floor) continue;
    const Match* head = d_.longest(h, Role::ForceHead);
    if (head == nullptr || head->first + head->len != k) return -1;
    return force_of_head(h, k);
  }
  return -1;
}

int Relations::coordinated_subject(int and_at) const {
  // the opening of the clause a ", and" coordination continues: the sentence start or the token
  // after a comma, within the sentence and outside quotations
  const int floor = d_.sentence_first(d_.sentence_of(and_at));
  for (int j = and_at - 1; j >= floor && and_at - j < 40; --j) {
    if (d_.in_quote(j) || d_.key_is(j, ";")) return -1;
    if (j != floor && !d_.key_is(j - 1, ",")) continue;
    const int s = d_.key_is(j, "the") ? j + 1 : j;
    const int m = d_.mention_at(s);
    const Match* head = d_.longest(s, Role::ForceHead);
    if (m < 0 && head == nullptr) continue;
    const int end = m >= 0 ? d_.m(m).last : s + static_cast<int>(head->len);
    if (d_.longest(end, Role::Auxiliary)) return j;
  }
  return -1;
}

int Relations::gapped_by(int t) const {
  if (d_.word(t) && d_.key(t).size() > 4 && d_.key(t).ends_with("ly") && d_.key_is(t + 1, "by")) return t + 1;
  // "signed shortly before 10pm by", "signed on Thursday afternoon by", "signed late on Monday
  // by": a time adverbial of at most six tokens: time words, weekdays, months and numbers, with
  // the function words that relate them
  {
    bool names_time = false;
    for (int k = t; k < n_ && k < t + 7; ++k) {
      if (d_.key_is(k, "by")) {
        if (names_time && k > t) return k;
        break;
      }
      const bool names = d_.is_role(k, Role::Weekday) || d_.is_role(k, Role::Month) || d_.is(k, tok::kNumber) || d_.cue(k, Cue::TimeWord);
      // ("before", "on", "the" relate a time; they do not name one)
      if (!names && !d_.is_role(k, Role::FunctionWord)) break;
      names_time = names_time || names;
    }
  }
  if ((d_.key_is(t, "at") || d_.key_is(t, "on") || d_.key_is(t, "in")) && !d_.cap(t + 1)) {
    for (int k = t + 1; k <= t + 3 && k < n_; ++k) {
      if (d_.key_is(k, "by")) return k > t + 1 ? k : -1;
      if (!d_.word(k) || d_.cap(k) || d_.mention_at(k) >= 0) return -1;
    }
  }
  return -1;
}

}  // namespace kg::ingest::detail
