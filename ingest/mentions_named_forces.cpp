// Forces named head first: "Operation Irini", "Operation Sea Guardian", "EUFOR Tchad".
#include <algorithm>
#include <unordered_map>

#include "ingest/mentions.h"

namespace kg::ingest::detail {

void MentionFinder::forces_named_head_first() {
  // "EUFOR" alone is the "EUFOR Tchad" the article names in full, before or after
  std::unordered_map<std::string, std::string> full_names;
  for (int i = 0; i + 1 < n_; ++i) {
    if (for_acronym_at(i) && unknown_name_word(i + 1) && !unknown_name_word(i + 2)) {
      full_names.emplace(d_.key(i), std::string(d_.span(i, i + 2)));
    }
  }
  for (int i = 0; i < n_; ++i) {
    if (d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
    const std::string& k = d_.key(i);
    const bool operation = d_.cap(i) && !d_.is(i, tok::kUpper) && k == "operation";
    const bool for_acronym = for_acronym_at(i);
    if (!operation && !for_acronym) continue;
    int e = i + 1;
    while (e < i + 4 && unknown_name_word(e) && !d_.is(e, tok::kNewPara)) ++e;
    if (operation && (e == i + 1 || (e < n_ && (d_.is(e, tok::kPossessive) || (d_.word(e) && d_.cap(e)))))) continue;
    if (e < n_ && d_.is(e, tok::kHyphen)) continue;
    // a headline in title case capitalises every word after "Operation"
    if (operation && title_case_sentence(d_.sentence_of(i), i, e)) continue;
    Mention m;
    m.first = i;
    m.last = e;
    m.kind = "Force";
    m.head = operation ? "operation" : "force";
    m.specific = true;
    if (for_acronym && e == i + 1) {
      if (auto it = full_names.find(k); it != full_names.end()) m.surface = it->second;
    }
    d_.add_mention(m);
    i = e - 1;
  }
}

void MentionFinder::parts_of_named_forces() {
  // "UNMISS's western sector", "MONUSCO's intervention brigade": a force the lexicon knows, its
  // possessive, lower-case words and a part noun (frames.json cues force_parts) name a unit of
  // that force, a force of its own; the named force is part of its name, no party here.
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& f = d_.mentions[mi];
    if (f.kind != "Force" || f.lex < 0 || f.dropped || !d_.is(f.last, tok::kPossessive)) continue;
    int k = f.last + 1;
    while (k < n_ && k < f.last + 4 && d_.word(k) && !d_.cap(k) && !d_.is_role(k, Role::Determiner) && d_.cue_length(k, Cue::ForcePart) == 0) ++k;
    if (k >= n_ || d_.cue_length(k, Cue::ForcePart) == 0 || d_.cap(k)) continue;
    const int end = k + d_.cue_length(k, Cue::ForcePart);
    if (end < n_ && d_.word(end) && d_.key_is(end, "of")) continue;  // "UNMISS's sector of operations" is a place
    Mention m = d_.span_phrase("Force", f.first, end, d_.key(end - 1));
    absorb(d_.atom_at[static_cast<size_t>(f.first)]);
    d_.add_mention(std::move(m));
  }
}

void MentionFinder::forces_named_by_apposition() {
  for (int i = 3; i < n_; ++i) {
    if (!d_.cue(i, Cue::ExerciseNoun) || d_.in_quote(i) || d_.cap(i)) continue;
    // back over the description's lower-case words to its "a" / "an" and the comma before it
    int k = i - 1;
    while (k > 0 && i - k < 6 && (d_.is(k, tok::kHyphen) || (d_.word(k) && !d_.cap(k) && !d_.key_is(k, "a") && !d_.key_is(k, "an")))) --k;
    if (!(d_.key_is(k, "a") || d_.key_is(k, "an")) || !d_.key_is(k - 1, ",")) continue;
    const int end = k - 1;
    const int s_first = d_.sentence_first(d_.sentence_of(i));
    // the name: capitalised words no lexicon knows, a year or number closing it
    int s = end;
    bool named = false;  // a word no list calls common, or a number
    while (s - 1 >= s_first && end - s < 5) {
      const int t = s - 1;
      const bool number = d_.is(t, tok::kNumber) && t == end - 1;
      const bool cap_word = d_.word(t) && d_.cap(t) && !d_.is(t, tok::kNumber) && !d_.is_role(t, Role::Determiner) &&
                            d_.atom_at[static_cast<size_t>(t)] < 0 && !credit_[static_cast<size_t>(t)] && !office_cover_[static_cast<size_t>(t)] &&
                            !d_.is_role(t, Role::Month) && !d_.is_role(t, Role::Weekday);
      if (!number && !cap_word) break;
      // a sentence's first word is a name's only when no list calls it common
      if (t == s_first && common(t)) break;
      named = named || number || !common(t);
      s = t;
    }
    if (!named || end - s < 2) continue;
    d_.add_mention(d_.span_phrase("Force", s, end, "exercise"));
  }
}

void MentionFinder::forces_named_for_a_state() {
  // "the Multinational Force Moldova (MNF-M)", "Joint Task Force Haiti": capitalised words, a
  // singular force head and a state's name right after it, with no further capitalised word,
  // name a force serving there; the state is part of the name, not a party of its own.
  for (int i = 1; i + 1 < n_; ++i) {
    if (!d_.cap(i) || d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)] || d_.is(i, tok::kUpper)) continue;
    const Match* fh = d_.ending_at(i + 1, Role::ForceHead);
    if (fh == nullptr || fh->plural || (fh->len < 2 && !d_.key_is(i, "force") && !d_.key_is(i, "mission"))) continue;
    const int a = d_.atom_at[static_cast<size_t>(i + 1)];
    if (a < 0 || d_.m(a).first != i + 1 || d_.m(a).kind != "Country") continue;
    const int after = d_.m(a).last;
    if (after < n_ && (d_.is(after, tok::kPossessive) || (d_.word(after) && d_.cap(after)) || d_.is(after, tok::kHyphen))) continue;
    int s = fh->first;
    while (s > 0 && i - s < 4 && d_.word(s - 1) && d_.cap(s - 1) && !d_.is(s - 1, tok::kUpper) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 &&
           !common(s - 1) && !office_cover_[static_cast<size_t>(s - 1)] && !credit_[static_cast<size_t>(s - 1)] && !d_.is(s, tok::kNewPara) &&
           s - 1 != d_.sentence_first(d_.sentence_of(i))) {
      --s;
    }
    if (s == fh->first && s == i) continue;  // "Force Ukraine" alone is no name
    // a phrase: resolved with the force phrases, its acronym an alias
    Mention m = d_.span_phrase("Force", s, after, "force");
    // "(MNF-M)": the acronym in brackets right after the name
    if (d_.key_is(after, "(") && after + 2 < n_ && d_.is(after + 1, tok::kUpper)) {
      int c = after + 1;
      while (c < n_ && c < after + 5 && !d_.key_is(c, ")")) ++c;
      if (d_.key_is(c, ")")) m.aliases.push_back(std::string(d_.span(after + 1, c)));
    }
    absorb(a);
    d_.add_mention(std::move(m));
    i = after;
  }
}

int MentionFinder::first_capital(int country) const {
  for (size_t e = 0; e < d_.lex.entities.size(); ++e) {
    const LexEntity& x = d_.lex.entities[e];
    if (x.type == "capital" && x.country == country) return static_cast<int>(e);
  }
  return -1;
}

int MentionFinder::bracketed_body_before(int s) const {
  if (s < 4 || !d_.key_is(s - 1, ")") || !d_.is(s - 2, tok::kUpper) || !d_.key_is(s - 3, "(")) return -1;
  const int a = d_.atom_at[static_cast<size_t>(s - 4)];
  if (a < 0 || d_.m(a).last != s - 3 || d_.m(a).kind != "Organization") return -1;
  return a;
}

bool MentionFinder::research_centre(int i) const {
  if (!(d_.key_is(i, "centre") || d_.key_is(i, "center"))) return false;
  for (int k = i - 1; k >= 0 && k >= i - 4 && d_.word(k) && d_.cap(k) && !d_.is(k + 1, tok::kNewPara); --k) {
    if (d_.is_listed(k, WordList::ResearchWord)) return true;
  }
  return false;
}

// An Organization found by the shape of its name over tokens [first, last), built in place.
void MentionFinder::add_body_by_shape(int first, int last) {
  Mention& m = d_.new_mention();
  m.first = first;
  m.last = last;
  m.kind = "Organization";
  d_.add_new_mention();
}

void MentionFinder::organizations_by_shape() {
  // "told state broadcaster RTN", "the daily Kommersant": an unknown capitalised name right after
  // a press noun (words.json media_nouns) is a news organisation, and so is one set off by
  // commas after it ("the state news agency, SNA, called ...")
  for (int i = 0; i + 1 < n_; ++i) {
    if (d_.cap(i) || !d_.word(i) || !d_.is_listed(i, WordList::MediaNoun) || credit_[static_cast<size_t>(i + 1)]) continue;
    const bool apposition = d_.key_is(i + 1, ",");
    const int first = apposition ? i + 2 : i + 1;
    int e = first;
    while (e < n_ && e < first + 3 && d_.word(e) && d_.cap(e) && d_.atom_at[static_cast<size_t>(e)] < 0 && !common(e) &&
           !d_.is_role(e, Role::Weekday) && !d_.is_role(e, Role::Month)) {
      ++e;
    }
    if (e == first || d_.is(e, tok::kPossessive) || (apposition && !d_.key_is(e, ","))) continue;
    add_body_by_shape(first, e);
    i = e - 1;
  }
  // "Hanoi Forum for Coastal Security", "Manila Centre for Island Studies": a
  // capitalised name, a head and "for / of / on" with capitalised words is a body (a think
  // tank, a publisher), even when its head could name a meeting or a force.
  // "the University of the Philippines": a body named by its head (words.json
  // head_first_bodies) "of" a state
  for (int i = 1; i + 3 < n_; ++i) {
    if (!d_.cap(i) || !d_.is_listed(i, WordList::HeadFirstBody) || !d_.key_is(i - 1, "the") || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
    if (!d_.key_is(i + 1, "of")) continue;
    const int z = d_.key_is(i + 2, "the") ? i + 3 : i + 2;
    const int a = d_.atom_at[static_cast<size_t>(z)];
    if (a < 0 || d_.m(a).first != z || d_.m(a).kind != "Country" || d_.m(a).form != Form::Name) continue;
    const int e = d_.m(a).last;
    if (d_.word(e) && d_.cap(e)) continue;  // a longer name goes on
    absorb(a);
    add_body_by_shape(i, e);
    i = e;
  }
  for (int i = 1; i + 2 < n_; ++i) {
    const bool head = d_.is_role(i, Role::OrgHead) || d_.key_is(i, "centre") || d_.key_is(i, "center");
    if (!d_.cap(i) || !head || d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
    if (!(d_.key_is(i + 1, "for") || d_.key_is(i + 1, "of") || d_.key_is(i + 1, "on"))) continue;
    // "Response Force on Monday", "Council of Europe": a date or a known name is no tail; a
    // common word opens one only when more capitalised words follow ("Institute of
    // International Affairs", "Institute for Maritime and Border Studies")
    if (d_.is_role(i + 2, Role::Weekday) || d_.is_role(i + 2, Role::Month)) continue;
    // "Demining Task Force for Libya", "Force for the Corridor": a force named for where it
    // serves is a force, found with the force phrases, not a body
    if (const Match* fh = d_.ending_at(i + 1, Role::ForceHead); fh && !fh->plural && (fh->len >= 2 || d_.key_is(i, "force"))) continue;
    // ("the Yemeni Observatory for Dialogue, a lawyers' group": one capitalised word closing
    // the name before punctuation)
    const bool closing_word = d_.cap(i + 2) && !d_.is_role(i + 2, Role::Determiner) &&
                              (d_.key_is(i + 3, ",") || d_.key_is(i + 3, ".") || d_.key_is(i + 3, "("));
    if (common(i + 2) && !closing_word && !(d_.cap(i + 2) && !d_.is_role(i + 2, Role::Determiner) &&
                           ((d_.word(i + 3) && d_.cap(i + 3)) || (d_.key_is(i + 3, "and") && d_.cap(i + 4))))) {
      continue;
    }
    // ("on Trade, Industry and Tourism": fields listed with a comma before "and")
    const auto listed_field = [&](int t) {
      return d_.key_is(t, ",") && t > i + 2 && d_.word(t + 1) && d_.cap(t + 1) && d_.atom_at[static_cast<size_t>(t + 1)] < 0 &&
             d_.key_is(t + 2, "and") && d_.cap(t + 3);
    };
    int e = i + 2;
    while (e < n_ && !d_.is(e, tok::kNewPara) &&
           ((d_.word(e) && (d_.cap(e) || (d_.key_is(e, "and") && d_.cap(e + 1) && e > i + 2))) || listed_field(e)) && e - i < 9) {
      // a place or state inside the name ("Forum for Pacific Security") is part of it
      const int a = d_.atom_at[static_cast<size_t>(e)];
      if (a >= 0 && (d_.m(a).first != e || (d_.m(a).kind != "Place" && d_.m(a).kind != "Country"))) break;
      e = a >= 0 ? d_.m(a).last : e + 1;
    }
    if (e == i + 2 || d_.key_is(e - 1, "and")) continue;
    int s = i;
    while (s > 0 && i - s < 4 && !d_.is(s, tok::kNewPara)) {
      const int a = d_.atom_at[static_cast<size_t>(s - 1)];
      // (also a body before the head: "the Senate Committee on Fisheries", a body of that body)
      if (a >= 0 && d_.m(a).last == s && (d_.m(a).kind == "Place" || d_.m(a).kind == "Country" || d_.m(a).kind == "Organization")) {
        s = d_.m(a).first;
        continue;
      }
      if (a < 0 && d_.word(s - 1) && d_.cap(s - 1) && !d_.is_role(s - 1, Role::Determiner) && !office_cover_[static_cast<size_t>(s - 1)] &&
          !common(s - 1)) {
        --s;
        continue;
      }
      break;
    }
    // "the Centre for Arctic Studies", "the Institute for Border Studies", "the Confederation of
    // Andean Republics": a body named by its head (words.json head_first_bodies) and a tail of
    // two capitalised words or more, after "the"
    const bool centre_body = s == i && e - i >= 4 && d_.key_is(i - 1, "the") && d_.is_listed(i, WordList::HeadFirstBody);
    if (s == i && !centre_body) continue;
    for (int t = s; t < e; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0) continue;
      absorb(a);
    }
    add_body_by_shape(s, e);
    i = e;
  }
  for (int i = 0; i < n_; ++i) {
    if (!d_.cap(i) || !(d_.is_role(i, Role::OrgHead) || research_centre(i)) || d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
    if (d_.longest(i, Role::MeetingHead) || d_.longest(i, Role::DocumentHead)) continue;
    // "the Joint Cabinet": a body's head closing a meeting head of more words is that meeting
    if (const Match* mh = d_.ending_at(i + 1, Role::MeetingHead); mh && mh->len >= 2) continue;
    // "Maritime Task Force", "ECOWAS Standby Force": a multi-word force head names a force,
    // not a body ("Fiji Police Force", "Rapid Support Forces" stay organisations).
    if (const Match* fh = d_.ending_at(i + 1, Role::ForceHead); fh && fh->len >= 2 && !fh->plural) continue;
    // "Multinational Force for the Western Highlands": a force named for where it serves.
    if (d_.key_is(i, "force") && i + 1 < n_ && d_.key_is(i + 1, "for")) continue;
    // "the Joint Force", "a Combined Force": a force's own modifier (heads.json force
    // name_modifiers) before it names a force, not a service ("Police Force")
    if (d_.key_is(i, "force") && i >= 1 && d_.cap(i - 1) && d_.is_listed(i - 1, WordList::ForceNameModifier)) continue;
    // "ASEAN Fisheries Patrol Support Mission": a body's head inside a longer capitalised name that
    // ends in a force head is part of that force's name, no body of its own.
    bool in_force_name = false;
    for (int k = i + 1; k < n_ && k <= i + 4 && d_.word(k) && d_.cap(k) && d_.atom_at[static_cast<size_t>(k)] < 0; ++k) {
      const Match* fh = d_.longest(k, Role::ForceHead);
      if (fh && !fh->plural) in_force_name = true;
      if (in_force_name || d_.is_role(k, Role::OrgHead)) break;
    }
    if (in_force_name) continue;
    int s = i;
    while (s > 0 && d_.word(s - 1) && d_.cap(s - 1) && !d_.is_role(s - 1, Role::Determiner) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 &&
           !office_cover_[static_cast<size_t>(s - 1)] && !credit_[static_cast<size_t>(s - 1)] && !d_.is(s, tok::kNewPara) && i - s < 5) {
      --s;
      // "Carnegie-Tsinghua Centre": a hyphen between two capitalised words joins the name
      if (s >= 2 && d_.is(s - 1, tok::kHyphen) && d_.word(s - 2) && d_.cap(s - 2) && !credit_[static_cast<size_t>(s - 2)] &&
          !d_.is(s - 1, tok::kNewPara)) {
        // a known one-word name before the hyphen is part of it ("Pacific-Asia Institute")
        if (const int a = d_.atom_at[static_cast<size_t>(s - 2)]; a >= 0) {
          const Mention& am = d_.m(a);
          if (am.first != s - 2 || am.last != s - 1 || am.kind == "Person") break;
          absorb(a);
        }
        s -= 2;
      }
    }
    // a known name inside it ("European Defence Fund", "Ukraine Reconstruction Agency")
    while (s > 0 && d_.atom_at[static_cast<size_t>(s - 1)] >= 0 && d_.m(d_.atom_at[static_cast<size_t>(s - 1)]).last == s &&
           d_.m(d_.atom_at[static_cast<size_t>(s - 1)]).kind != "Person" && i - s < 5) {
      const int ai = d_.atom_at[static_cast<size_t>(s - 1)];
      absorb(ai);
      s = d_.m(ai).first;
      // "the NATO-Georgia Commission", "the EU-Moldova Association Council": a known name joined
      // to it by a hyphen opens the name too
      if (s >= 2 && d_.is(s - 1, tok::kHyphen) && !d_.is(s - 1, tok::kNewPara) && d_.atom_at[static_cast<size_t>(s - 2)] >= 0 &&
          d_.m(d_.atom_at[static_cast<size_t>(s - 2)]).last == s - 1) {
        --s;
      }
    }
    // "the Workers' Party of Freedonia (WPF) Central Committee": a known body, its acronym in
    // brackets and a head after them are one body, which the text then calls by the acronym
    // ("the WPF Central Committee")
    std::string acronym;
    if (const int body = bracketed_body_before(s); body >= 0) {
      acronym = std::string(d_.text(s - 2)) + " " + std::string(d_.span(s, i + 1));
      const int first = d_.m(body).first;
      for (int t = first; t < s; ++t) {
        if (const int a = d_.atom_at[static_cast<size_t>(t)]; a >= 0) absorb(a);
      }
      s = first;
    }
    // "the two states' General Boundary Committee": a rank opening the name after a possessive
    if (s < i && s >= 2 && office_cover_[static_cast<size_t>(s - 1)] && d_.longest(s - 1, Role::Office) != nullptr &&
        d_.longest(s - 1, Role::Office)->len == 1 && d_.cap(s - 1) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 &&
        (d_.is(s - 2, tok::kPossessive) || d_.key_is(s - 2, "the"))) {
      --s;
    }
    if (s == i) continue;
    if (s > 0 && d_.key_is(s - 1, "the") == false && common(s) && s == d_.sentence_first(d_.sentence_of(s))) ++s;
    if (s == i) continue;
    Mention m;
    m.first = s;
    m.last = i + 1;
    m.kind = "Organization";
    m.surface = acronym;
    d_.add_mention(std::move(m));
  }
  for (int i : d_.starts(Role::OrgHead)) {
    if (!d_.cap(i) || !d_.is_role(i, Role::OrgHead) || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
    int found = -1;
    for (const Mention& m : d_.mentions) {
      if (m.kind == "Organization" && m.form == Form::Name && !m.dropped && m.first < i && m.last - m.first > 1 &&
          d_.key(m.last - 1) == d_.key(i)) {
        found = static_cast<int>(&m - d_.mentions.data());
      }
    }
    if (found < 0) continue;
    Mention m;
    m.first = i;
    m.last = i + 1;
    m.kind = "Organization";
    m.lex = d_.m(found).lex;
    m.surface = d_.m(found).surface;
    m.form = Form::Surname;  // a short form of a name seen before
    m.office_body = found;   // (reused) the full mention it repeats
    d_.add_mention(std::move(m));
  }
}

void MentionFinder::bodies_through_its() {
  for (int t = 1; t + 1 < n_; ++t) {
    if (!d_.key_is(t, "its") || d_.in_quote(t) || !d_.word(t + 1) || d_.atom_at[static_cast<size_t>(t + 1)] >= 0) continue;
    const int party = subject_party(t);
    if (party < 0 || d_.m(party).lex < 0) continue;
    int state = d_.m(party).lex;
    if (d_.lex.entities[static_cast<size_t>(state)].kind != "Country") state = d_.lex.entities[static_cast<size_t>(state)].acts_for;
    if (state < 0 || d_.lex.entities[static_cast<size_t>(state)].kind != "Country") continue;
    const LexEntity& st = d_.lex.entities[static_cast<size_t>(state)];
    if (st.demonyms.empty()) continue;
    for (int len = std::min(3, n_ - t - 1); len >= 1; --len) {
      bool words = true;
      for (int x = t + 1; x < t + 1 + len; ++x) words = words && d_.word(x) && d_.atom_at[static_cast<size_t>(x)] < 0;
      if (!words) continue;
      const int id = d_.lex.entity_named(st.demonyms.front() + " " + std::string(d_.span(t + 1, t + 1 + len)));
      if (id < 0 || d_.lex.entities[static_cast<size_t>(id)].kind != "Organization" || d_.lex.entities[static_cast<size_t>(id)].country != state) {
        continue;
      }
      if (!d_.longest(t + 1 + len, Role::SpeechVerb)) break;
      Mention m;
      m.first = t + 1;
      m.last = t + 1 + len;
      m.kind = "Organization";
      m.lex = id;
      m.surface = d_.lex.entities[static_cast<size_t>(id)].name;
      // named by nothing but "its": a body only when it speaks a quote or a fact needs it ("its
      // defence ministry said it would consider ..." alone gives no ministry)
      m.weak = true;
      d_.add_mention(std::move(m));
      t += len;
      break;
    }
  }
}

}  // namespace kg::ingest::detail
