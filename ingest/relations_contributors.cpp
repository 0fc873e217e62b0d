// Standing contributions told by a noun: "Ghana has been UNMISS's largest African
// contributor", "Nepal, MONUSCO's second-largest contributor, ...", and in a factbox bullet
// "* RWANDA: UNMISS's biggest troop contributor could offer ..."; and a force's
// commander named through it: "UNMISS's force commander, Major General X", "the force's
// commander, General Y".
#include "ingest/relations.h"

namespace kg::ingest::detail {

void Relations::contributors() {
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& fm = d_.mentions[mi];
    if (fm.kind != "Force" || fm.dropped || fm.in_quote || !d_.is(fm.last, tok::kPossessive)) continue;
    const int force = entity_of(static_cast<int>(mi));
    if (force < 0) continue;
    // the possessive, a few describing words ("largest African", "second-largest troop") and
    // the contributor noun (frames.json cues contributor_nouns)
    int k = fm.last + 1;
    while (k < n_ && k < fm.last + 6 && (d_.word(k) || d_.is(k, tok::kHyphen)) && d_.cue_length(k, Cue::ContributorNoun) == 0 &&
           d_.mention_at(k) < 0) {
      ++k;
    }
    if (k >= n_ || d_.cue_length(k, Cue::ContributorNoun) == 0) continue;
    const int end = k + d_.cue_length(k, Cue::ContributorNoun);
    const int floor = d_.sentence_first(d_.sentence_of(fm.first));
    int party = -1;
    // "Ghana has been UNMISS's ...": a party, a form of "be" (auxiliaries before it) and the noun
    int b = fm.first - 1;
    bool be = false;
    // ("has long been", "have consistently been": a word between "has" and "been" is an adverb)
    auto adverb = [&](int t) { return d_.word(t) && !d_.cap(t) && d_.key_is(t + 1, "been") && d_.is_role(t - 1, Role::Auxiliary); };
    while (b > floor && (d_.cue(b, Cue::PassiveBe) || d_.is_role(b, Role::Auxiliary) || adverb(b))) {
      be = be || d_.cue(b, Cue::PassiveBe);
      --b;
    }
    // "Nepal, MONUSCO's largest contributor, said": an apposition
    const bool apposed = !be && b == fm.first - 1 && d_.key_is(b, ",") && d_.key_is(end, ",");
    if (be || apposed) {
      const int pm = d_.mention_at(apposed ? b - 1 : b);
      if (pm >= 0 && d_.m(pm).last == (apposed ? b : b + 1)) party = as_party(entity_of(pm));
    }
    // "* RWANDA: UNMISS's biggest troop contributor could offer": the bullet's party
    if (party < 0 && !be && !apposed && d_.key_is(fm.first - 1, ":")) party = label_subject(fm.first, floor);
    if (party < 0 || !party_kind(kind(party))) continue;
    add("COMMITS", party, force, fm.first, end - 1, "commits:contributor", 0.7);
  }
}

void Relations::commanders_of_forces() {
  for (int t = 1; t + 3 < n_; ++t) {
    if (!d_.is(t, tok::kPossessive) || d_.in_quote(t)) continue;
    // the force: a named one ("UNMISS's"), or "the force's" / "the mission's" for the force
    // named last before, else the article's named force
    int force = -1;
    const int fm = d_.mention_at(t - 1);
    if (d_.key_is(t - 2, "the") && d_.longest(t - 1, Role::ForceHead) && d_.longest(t - 1, Role::ForceHead)->len == 1 &&
        (fm < 0 || d_.m(fm).kind == "Force")) {
      force = force_named_before(t - 1);
      if (force < 0) force = main_named_force();
    } else if (fm >= 0 && d_.m(fm).last == t && d_.m(fm).kind == "Force" && !d_.m(fm).dropped) {
      force = entity_of(fm);
    }
    if (force < 0) continue;
    int k = t + 1;
    if (d_.longest(k, Role::ForceHead) && d_.cue_length(k, Cue::LeaderNoun) == 0) k += static_cast<int>(d_.longest(k, Role::ForceHead)->len);
    const int noun = d_.cue_length(k, Cue::LeaderNoun);
    if (noun == 0) continue;
    k += noun;
    if (d_.key_is(k, ",")) ++k;
    // the person right after, a rank or title opening the name
    for (int p = k; p < n_ && p < k + 4; ++p) {
      const int pm = d_.mention_at(p);
      if (pm < 0) continue;
      if (d_.m(pm).kind == "Person") {
        const int who = entity_of(pm);
        if (who >= 0) add("LEADS", who, force, t - 1, d_.m(pm).last - 1, "leads:commander-of", 0.75);
      }
      break;
    }
  }
  // "X, Special Representative of the Secretary-General and Head of UNMISS, said": a leader noun
  // and "of" a force in a person's apposition
  for (int t = 1; t + 2 < n_; ++t) {
    const int noun = d_.cue_length(t, Cue::LeaderNoun);
    if (noun == 0 || !d_.key_is(t + noun, "of") || d_.in_quote(t)) continue;
    const int fm = thing_at(d_.key_is(t + noun + 1, "the") ? t + noun + 2 : t + noun + 1);
    if (fm < 0 || d_.m(fm).kind != "Force" || d_.m(fm).dropped) continue;
    // back over the apposition (titles, names, "and", commas; no verb) to the person it follows
    int who = -1;
    for (int k = t - 1; k > 0 && k >= t - 20 && who < 0; --k) {
      if (d_.longest(k, Role::FrameActive) || d_.longest(k, Role::SpeechVerb) || d_.key_is(k, ".") || d_.in_quote(k)) break;
      if (!d_.key_is(k, ",")) continue;
      const int pm = d_.mention_at(k - 1);
      if (pm >= 0 && d_.m(pm).kind == "Person" && d_.m(pm).last == k && !d_.m(pm).dropped) who = entity_of(pm);
    }
    if (who >= 0) add("LEADS", who, entity_of(fm), t, d_.m(fm).last - 1, "leads:head-of", 0.7);
  }
}

}  // namespace kg::ingest::detail
