// Mentions: the order of the passes (see mentions.h), the small predicates they share, credit
// zones ("Photo: AFP / Pool / X", a short "By ..." byline) and lexicon names as candidates.
#include "ingest/mentions.h"

namespace kg::ingest::detail {

void MentionFinder::run() {
  mark_credits();
  mark_label_notes();
  lexicon_candidates();
  person_names();
  writer_of_signed_piece();
  lexicon_atoms();
  forces_named_for_a_state();
  organizations_by_shape();
  bodies_through_its();
  surnames();
  authors_in_text();
  titles();
  collectives();
  places_after_locatives();
  forces_named_head_first();
  parts_of_named_forces();
  forces_named_by_apposition();
  phrases();
  verbal_meetings();
}

void MentionFinder::absorb(int atom) {
  Mention& a = d_.m(atom);
  a.dropped = true;
  for (int t = a.first; t < a.last; ++t) d_.atom_at[static_cast<size_t>(t)] = -1;
}

bool MentionFinder::capital_name_part(int i) const {
  if (i < 0 || i >= n_ || credit_[static_cast<size_t>(i)]) return false;
  if (!d_.word(i) || !d_.cap(i) || d_.is(i, tok::kNumber)) return false;
  const std::string& k = d_.key(i);
  if (d_.is(i, tok::kUpper) && k.size() > 1) return false;  // acronyms are not names
  if (common(i) && !given(i)) return false;
  if (d_.is_role(i, Role::Month) || d_.is_role(i, Role::Weekday) || d_.is_role(i, Role::Honorific)) return false;
  // a word of an honorific of two words ("Rt Hon X"): a courtesy, no part of the name
  if (d_.longest(i, Role::Honorific) || d_.ending_at(i + 1, Role::Honorific)) return false;
  if (office_cover_[static_cast<size_t>(i)] && !given(i)) return false;
  if (portfolio_cover_[static_cast<size_t>(i)]) return false;
  return true;
}

void MentionFinder::mark_credits() {
  for (int i : d_.starts(Role::CreditCue)) {
    const Match* m = d_.longest(i, Role::CreditCue);
    if (!m) continue;
    const bool para_start = d_.is(i, tok::kNewPara) || (i > 0 && opening_bracket(i - 1));
    if (d_.key_is(i, "by")) {
      // "By X" credits only as a short byline line or inside brackets "(Photo by ...)".
      if (!para_start || !d_.cap(i)) continue;
      int end = i;
      while (end < n_ && d_.paragraph_of(end) == d_.paragraph_of(i)) ++end;
      if (end - i > 24) continue;
    }
    int j = i + m->len;
    while (j < n_ && d_.paragraph_of(j) == d_.paragraph_of(i) && !closing_bracket(j)) {
      credit_[static_cast<size_t>(j)] = true;
      ++j;
    }
  }
}

void MentionFinder::mark_label_notes() {
  for (int i = 0; i < n_; ++i) {
    if (i > 0 && !d_.is(i, tok::kNewPara)) continue;
    int k = i, words = 0;
    for (; k < n_ && (d_.key_is(k, ".") || (d_.word(k) && d_.cap(k) && !d_.is(k, tok::kUpper))); ++k) words += d_.word(k) ? 1 : 0;
    if (words < 2 || words > 5 || !d_.key_is(k, "(")) continue;
    const int notes = k;
    while (d_.key_is(k, "(")) k = after_bracket_note(d_, k);
    if (k < 0 || !d_.key_is(k, ":") || d_.paragraph_of(k) != d_.paragraph_of(i)) continue;
    for (int t = notes; t < k; ++t) credit_[static_cast<size_t>(t)] = true;
  }
}

void MentionFinder::lexicon_candidates() {
  for (int i = 0; i < n_;) {
    const Match* m = d_.longest_of(i, {Role::Entity, Role::ActingForm, Role::Demonym});
    if (!m) {
      ++i;
      continue;
    }
    // "Minister for Foreign, Commonwealth and Trade Affairs": a body's name
    // inside a department's list of fields is a field, no body
    if (m->hit.role == Role::Entity && d_.lex.entities[static_cast<size_t>(m->hit.id)].kind == "Organization" &&
        inside_department_fields(i, i + m->len)) {
      i += m->len;
      continue;
    }
    const int idx = static_cast<int>(m - d_.matches.data());
    for (int k = i; k < i + m->len; ++k) lex_cover_[static_cast<size_t>(k)] = idx;
    lex_spans_.emplace_back(i, idx);
    i += m->len;
  }
}

bool MentionFinder::inside_department_fields(int first, int last) const {
  // after a field and "," or "and" ...
  if (first < 2 || !(d_.key_is(first - 1, ",") || d_.key_is(first - 1, "and")) || !d_.word(first - 2) || !d_.cap(first - 2)) return false;
  // ... and before more fields joined by "," and "and" that end in "Affairs"
  for (int k = last; k < n_ && k < last + 6; ++k) {
    if (d_.key_is(k, ",") || d_.key_is(k, "and")) continue;
    if (!d_.word(k) || !d_.cap(k)) return false;
    if (d_.key_is(k, "affairs")) return true;
  }
  return false;
}

void find_mentions(Doc& doc) { MentionFinder(doc).run(); }

}  // namespace kg::ingest::detail
