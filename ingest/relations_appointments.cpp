// Parts of forces ("The Task Force will have its joint operations centre at X") and LEADS from
// an appointment: "Rear Admiral X, a naval officer who until now commanded the
// southern zone, has been appointed as its first commander", "X was named head of the mission".
#include "ingest/relations.h"

namespace kg::ingest::detail {

int Relations::force_named_before(int at) const {
  const int s = d_.sentence_of(at);
  const int floor = s > 0 ? d_.sentence_first(s - 1) : 0;
  for (int t = at - 1; t >= floor; --t) {
    const int m = thing_at(t);
    if (m < 0 || d_.m(m).kind != "Force" || d_.m(m).dropped) continue;
    if (const int e = entity_of(m); e >= 0) return e;
  }
  return -1;
}

void Relations::force_parts() {
  for (int t = 1; t + 2 < n_; ++t) {
    if (!(d_.key_is(t, "have") || d_.key_is(t, "has")) || !d_.key_is(t + 1, "its") || d_.in_quote(t)) continue;
    int k = t;
    while (k > 0 && (d_.ending_at(k, Role::Modality) || d_.ending_at(k, Role::Auxiliary))) {
      k = (d_.ending_at(k, Role::Modality) ? d_.ending_at(k, Role::Modality) : d_.ending_at(k, Role::Auxiliary))->first;
    }
    const int whole_m = k > 0 ? thing_at(k - 1) : -1;
    const int part_m = thing_at(t + 2);
    if (whole_m < 0 || part_m < 0 || d_.m(whole_m).last != k || d_.m(part_m).first > t + 2) continue;
    if (d_.m(whole_m).kind != "Force" || d_.m(part_m).kind != "Force") continue;
    const int whole = entity_of(whole_m), part = entity_of(part_m);
    if (whole >= 0 && part >= 0 && whole != part) part_of_.emplace(part, whole);
  }
}

void Relations::appointments() {
  for (int i = 1; i + 2 < n_; ++i) {
    if (d_.in_quote(i) || !d_.cue(i, Cue::AppointingVerb) || !d_.ending_at(i, Role::Auxiliary)) continue;
    int k = i + 1;
    if (d_.key_is(k, "as")) ++k;
    const bool its = d_.key_is(k, "its");
    while (d_.is_role(k, Role::Determiner) || d_.is_role(k, Role::GenericModifier)) ++k;
    if (!d_.cue(k, Cue::LeaderNoun)) continue;
    int end_noun = k + 1;
    while (end_noun < n_ && d_.cue(end_noun, Cue::LeaderNoun) && end_noun < k + 3) ++end_noun;
    // the force: "of the X" after the noun; "its" the force named last before
    int force = -1;
    if (d_.key_is(end_noun, "of")) {
      std::vector<int> named = objects_after(end_noun + 1, "Force", std::min(n_, end_noun + 12));
      if (!named.empty()) force = named.front();
    } else if (its) {
      force = force_named_before(i);
    }
    if (force < 0) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    std::string modality;
    bool negated = false;
    std::vector<int> who = parties_before(i, floor, modality, negated);
    if (negated) continue;
    for (int w : who) {
      if (kind(w) == "Person") add("LEADS", w, force, floor, end_noun, "leads:appointed", 0.7);
    }
  }
}

}  // namespace kg::ingest::detail
