// Places the lexicons do not know, found by their context: "in Fukuoka", "near Ålesund", "around
// Tumbes and Zarumilla", "the town of X".
#include <utility>

#include "ingest/mentions.h"

namespace kg::ingest::detail {

bool MentionFinder::unknown_name_word(int t) const {
  return t >= 0 && t < n_ && d_.word(t) && d_.cap(t) && !d_.is(t, tok::kNumber) && !(d_.is(t, tok::kUpper) && d_.key(t).size() > 1) &&
         !common(t) && !given(t) && !d_.is_role(t, Role::Month) && !d_.is_role(t, Role::Weekday) &&
         !d_.is_role(t, Role::Honorific) && !d_.is_role(t, Role::OrgHead) && d_.atom_at[static_cast<size_t>(t)] < 0 &&
         !credit_[static_cast<size_t>(t)] && !office_cover_[static_cast<size_t>(t)] && !lex_covered(t) &&
         !d_.longest_of(t, {Role::MeetingHead, Role::DocumentHead, Role::ForceHead, Role::PlaceHead});
}

bool MentionFinder::title_case_sentence(int s, int from, int to) const {
  int caps = 0, lower = 0;
  for (int t = d_.sentence_first(s) + 1; t < d_.sentence_last(s); ++t) {
    if (t >= from && t < to) continue;
    if (!d_.word(t) || d_.is(t, tok::kNumber) || d_.is_role(t, Role::FunctionWord) || d_.atom_at[static_cast<size_t>(t)] >= 0) continue;
    (d_.cap(t) ? caps : lower) += 1;
  }
  return caps > lower;
}

int MentionFinder::unknown_place_end(int from) const {
  int e = from;
  while (e < from + 3 && unknown_name_word(e) && (e == from || !d_.is(e, tok::kNewPara))) ++e;
  if (e == from) return from;
  // "in Puerto de la Cruz", "in Ponta do Sol": name particles inside a town's name, when an
  // unknown capitalised word follows them
  if (e < from + 3 && particle(e)) {
    int p = e;
    while (p < e + 2 && particle(p)) ++p;
    if (const int rest = unknown_name_word(p) ? unknown_place_end(p) : p; rest > p) return rest;
  }
  // "in Preah Vihear province": a lower-case region noun after the name is no head of a phrase
  if (const Match* r = e < n_ ? d_.longest(e, Role::PlaceHead) : nullptr; r && r->hit.id == 0 && !d_.cap(e)) return e;
  if (e < n_ && (d_.is(e, tok::kPossessive) || d_.is(e, tok::kHyphen) || (d_.word(e) && d_.cap(e)) ||
                 d_.longest_of(e, {Role::MeetingHead, Role::DocumentHead, Role::ForceHead, Role::PlaceHead, Role::OrgHead}))) {
    return from;
  }
  return e;
}

bool MentionFinder::plural_range_after_locative(int i) const {
  // "in the Andes", "across the Kivus": one plural name after a location word and "the" names a
  // range, a group of islands or regions (a body or a party the lexicons would know)
  if (i < 2 || !d_.key_is(i - 1, "the") || !d_.ending_at(i - 1, Role::LocativePrep)) return false;
  const std::string& k = d_.key(i);
  return k.size() > 3 && k.back() == 's' && unknown_place_end(i) == i + 1;
}

void MentionFinder::add_place(int first, int last, bool town) {
  Mention m;
  m.first = first;
  m.last = last;
  m.kind = "Place";
  if (town) m.head = kSettlement;
  d_.add_mention(std::move(m));
}

void MentionFinder::places_after_locatives() {
  int checked_sentence = -1;
  bool headline = false;
  for (int i = 1; i < n_; ++i) {
    if (!(d_.ending_at(i, Role::LocativePrep) || origin_before(i) || plural_range_after_locative(i)) || !unknown_name_word(i)) continue;
    const int s = d_.sentence_of(i);
    if (s != checked_sentence) {
      checked_sentence = s;
      headline = title_case_sentence(s, i, unknown_place_end(i));
    }
    if (headline) continue;
    // "subscribed to The Month in Treaties": inside a title opened by a capitalised "The" in
    // mid-sentence (a publication's or a work's name), "in" places nothing
    if (const Match* prep = d_.ending_at(i, Role::LocativePrep); prep && prep->len == 1) {
      int b = prep->first;
      while (b > 0 && b > prep->first - 5 && d_.word(b - 1) && d_.cap(b - 1) && !d_.key_is(b - 1, "the")) --b;
      if (b > 0 && b < prep->first && d_.key_is(b - 1, "the") && d_.cap(b - 1) && b - 1 != d_.sentence_first(s)) continue;
    }
    int from = i;
    for (;;) {
      const int e = unknown_place_end(from);
      if (e == from) break;
      add_place(from, e, true);
      i = e - 1;
      // "in Tumbes and Zarumilla": a second unknown name joined to the first is a place too
      if (!(d_.key_is(e, "and") || d_.key_is(e, "or")) || !unknown_name_word(e + 1)) break;
      from = e + 1;
    }
  }
}

}  // namespace kg::ingest::detail
