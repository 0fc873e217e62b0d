// Parts of forces ("The mission will have its logistics hub at X") and LEADS from an
// appointment: "Brigadier X, an army officer who until last year led the northern
// brigade, has been named as its first commander", "X was named head of the mission",
// "appointed General Y as Force Commander", "the offer of Z to serve as lead nation for the force".
#include "ingest/relations.h"

namespace kg::ingest::detail {

int Relations::force_named_before(int at) const {
  const int s = d_.sentence_of(at);
  // the sentence before, passing over a list item's number read as one ("6.", "b)")
  auto marker = [&](int x) {
    const int first = d_.sentence_first(x), last = d_.sentence_last(x);
    bool only = last - first <= 3;
    for (int t = first; t < last && only; ++t) only = d_.is(t, tok::kNumber) || d_.is(t, tok::kPunct) || d_.text(t).size() == 1;
    return only;
  };
  int before = s - 1;
  if (before > 0 && marker(before)) --before;
  const int floor = before >= 0 ? d_.sentence_first(before) : 0;
  for (int t = at - 1; t >= floor; --t) {
    const int m = thing_at(t);
    if (m < 0 || d_.m(m).kind != "Force" || d_.m(m).dropped) continue;
    if (const int e = entity_of(m); e >= 0) return e;
  }
  return -1;
}

void Relations::held_commands() {
  for (int i : d_.starts(Cue::HoldingVerb)) {
    if (!d_.cue(i, Cue::HoldingVerb) || d_.in_quote(i)) continue;
    // the command within a short object: determiners, modifiers, "rotation of"
    int c = i + 1;
    while (c < n_ && c <= i + 8 && !d_.cue(c, Cue::CommandNoun) && (d_.word(c) || d_.is(c, tok::kHyphen)) && !d_.cap(c) &&
           !d_.longest(c, Role::FrameActive) && !d_.longest(c, Role::SpeechVerb)) {
      ++c;
    }
    if (c >= n_ || !d_.cue(c, Cue::CommandNoun) || d_.is(c, tok::kCap)) continue;
    std::string modality;
    bool negated = false;
    const std::vector<int> who = parties_before(i, d_.sentence_first(d_.sentence_of(i)), modality, negated);
    if (who.empty() || negated) continue;
    int force = -1;
    if (d_.key_is(c + 1, "of")) {
      const int fm = thing_at(d_.key_is(c + 2, "the") ? c + 3 : c + 2);
      if (fm >= 0 && d_.m(fm).kind == "Force") force = entity_of(fm);
    }
    if (force < 0) force = main_entity("Force", "force");
    if (force < 0) continue;
    for (int w : who) {
      if (party_kind(kind(w)) || kind(w) == "Person") add("LEADS", w, force, i, c, "leads:command", 0.7);
    }
  }
}

void Relations::force_parts() {
  for (int t = 1; t + 2 < n_; ++t) {
    if (!(d_.key_is(t, "have") || d_.key_is(t, "has")) || !d_.key_is(t + 1, "its") || d_.in_quote(t)) continue;
    const int k = verb_group_start(t, 0);
    const int whole_m = k > 0 ? thing_at(k - 1) : -1;
    const int part_m = thing_at(t + 2);
    if (whole_m < 0 || part_m < 0 || d_.m(whole_m).last != k || d_.m(part_m).first > t + 2) continue;
    if (d_.m(whole_m).kind != "Force" || d_.m(part_m).kind != "Force") continue;
    const int whole = entity_of(whole_m), part = entity_of(part_m);
    if (whole >= 0 && part >= 0 && whole != part) part_of_.emplace(part, whole);
  }
}

void Relations::parts_through_possessives() {
  // "second 15 officers to its planning cell" (its: the task force), "25 million dollars for
  // the force's medical service": a force phrase a force owns is a part of it, and what
  // is given to the part is given to the whole.
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& m = d_.mentions[mi];
    if (m.kind != "Force" || m.dropped || m.lex >= 0 || m.form != Form::Phrase || m.in_quote) continue;
    const int part = entity_of(static_cast<int>(mi));
    if (part < 0) continue;
    int whole = -1;
    const int floor = d_.sentence_first(d_.sentence_of(m.first));
    int its = -1;
    for (int t = std::max(floor, m.first - 1); t < m.last && t <= m.first + 1; ++t) {
      if (d_.key_is(t, "its")) its = t;
    }
    if (its >= 0) {
      // the nearest state, body or force before "its" in its sentence
      for (int t = its - 1; t >= floor; --t) {
        const int a = d_.mention_at(t);
        if (a < 0 || d_.m(a).dropped) continue;
        const Label& k = d_.m(a).kind;
        if (k == "Force") whole = entity_of(a);
        if (k == "Force" || party_kind(k) || k == "Person") break;
      }
    } else if (m.first >= 2 && d_.is(m.first - 1, tok::kPossessive)) {
      // "the mission's training programme": the owner before the possessive
      const int a = d_.mention_at(m.first - 2);
      if (a >= 0 && d_.m(a).kind == "Force" && !d_.m(a).dropped) {
        whole = entity_of(a);
      } else if (a < 0 && d_.key_is(m.first - 3, "the") && d_.longest(m.first - 2, Role::ForceHead)) {
        whole = force_named_before(m.first - 2);
      }
    }
    // "the task force will consist of officers ..., with a planning cell in Mombasa
    // and liaison teams at the ports": what a force is said to be made up with is its parts
    if (its < 0 && whole < 0) {
      int w = m.first - 1;
      while (w > floor && m.first - w < 10 && !d_.key_is(w, "with") && !d_.key_is(w, ";") && !d_.longest(w, Role::FrameActive)) --w;
      if (w > floor + 1 && d_.key_is(w, "with") && d_.key_is(w - 1, ",")) {
        for (int t = w - 2; t >= floor; --t) {
          const int a = thing_at(t);
          if (a < 0 || d_.m(a).kind != "Force" || d_.m(a).dropped || d_.m(a).last != t + 1) continue;
          if (d_.longest(t + 1, Role::Auxiliary) || d_.longest(t + 1, Role::Modality)) whole = entity_of(a);
          break;
        }
      }
    }
    if (whole >= 0 && whole != part && kind(whole) == "Force") part_of_.emplace(part, whole);
  }
}

// "X, Head of the UN Support Office for Freedonia, briefed the Council": a known
// civilian office (forces.json type "office") that no party contributes to or leads in the
// article is the body it is, no force; its head holds an office there rather than leading it.
void Relations::offices_as_bodies() {
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    Entity& x = d_.entities[e];
    if (x.kind != "Force" || x.removed || x.lex < 0 || d_.lex.entities[static_cast<size_t>(x.lex)].type != "office") continue;
    const auto party_fact = [&](const Relation& r) {
      return r.end == static_cast<int>(e) && (r.type == "COMMITS" || r.type == "LEADS") && kind(r.start) != "Person";
    };
    if (std::any_of(d_.relations.begin(), d_.relations.end(), party_fact)) continue;
    x.kind = "Organization";
    for (Relation& r : d_.relations) {
      if (r.end != static_cast<int>(e) || r.type != "LEADS" || r.rule != Symbol("leads:head-of")) continue;
      // "Head of the ... Office": the words before "of" are the title
      const std::string_view text = std::string_view(d_.article.text).substr(r.begin, r.end_off - r.begin);
      r.type = "HOLDS_OFFICE";
      r.properties["title"] = std::string(text.substr(0, text.find(" of ")));
    }
  }
}

void Relations::drop_unrelated_parts() {
  // a part that nothing but its whole and its place ("a planning cell in Mombasa") is
  // said about is no force of its own
  for (const auto& [part, whole] : part_of_) {
    bool related = false;
    for (const Relation& r : d_.relations) related = related || ((r.start == part || r.end == part) && r.type != "HELD_IN");
    if (!related) d_.e(part).removed = true;
  }
}

int Relations::force_of_leader_noun(int end, int at, bool before_ok) const {
  if (d_.key_is(end, "of")) {
    const std::vector<int> named = objects_after(end + 1, "Force", std::min(n_, end + 12));
    if (!named.empty()) return named.front();
    // "lead nation of FOMAC-X": an acronym no mention covers is the force named before
    const int k = d_.key_is(end + 1, "the") ? end + 2 : end + 1;
    const bool acronym = d_.is(k, tok::kUpper) && d_.mention_at(k) < 0;
    return acronym ? force_named_before(at) : -1;
  }
  return before_ok ? force_named_before(at) : -1;
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
    const int force = force_of_leader_noun(end_noun, i, its);
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
  roles_taken_as();
  roles_held_by_copula();
}

int Relations::force_of_held_role(int end, int at, bool its) {
  // "its", "of the force": the force named just before, else the article's named force
  bool before = its;
  if (d_.key_is(end, "of") && d_.key_is(end + 1, "the")) {
    const Match* head = d_.longest(end + 2, Role::ForceHead);
    const int fm = d_.mention_at(end + 2);
    before = head != nullptr && head->len == 1 && (fm < 0 || d_.m(fm).kind == "Force") && !d_.word(end + 3);
  }
  if (!before) return force_of_leader_noun(end, at, false);
  const int force = force_named_before(at);
  return force >= 0 ? force : main_named_force();
}

void Relations::roles_held_by_copula() {
  for (int i : d_.starts(Cue::RoleCopula)) {
    if (i < 1 || i + 3 >= n_ || !d_.cue(i, Cue::RoleCopula) || d_.in_quote(i)) continue;
    const bool its = d_.key_is(i + 1, "its");
    if (!its && !d_.key_is(i + 1, "the")) continue;
    int k = i + 2;
    while (d_.is_role(k, Role::GenericModifier)) ++k;
    const int noun = d_.cue_length(k, Cue::LeaderNoun);
    if (noun == 0) continue;
    const int force = force_of_held_role(k + noun, i, its);
    if (force < 0) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    std::string modality;
    bool negated = false;
    const std::vector<int> who = parties_before(i, floor, modality, negated);
    if (negated) continue;
    for (int w : who) {
      if (party_kind(kind(w)) || kind(w) == "Person") add("LEADS", w, force, floor, k + noun - 1, "leads:copula", 0.7);
    }
  }
}

int Relations::party_put_as(int as) const {
  const int floor = d_.sentence_first(d_.sentence_of(as));
  int end = as;  // one past the party
  // "the offer of X to act as", "X will serve as": the party acting in the role
  const bool acting = d_.cue(as - 1, Cue::ActingVerb);
  if (acting) end = d_.key_is(as - 2, "to") ? as - 2 : verb_group_start(as - 1, floor);
  // "General X, of the Y Armed Forces, as": an apposition closed by the comma before "as"
  if (!acting && d_.key_is(end - 1, ",")) {
    int j = end - 2;
    while (j > floor && end - j < 12 && !d_.key_is(j, ",")) --j;
    if (d_.key_is(j, ",") && d_.key_is(j + 1, "of")) end = j;
  }
  const int pm = end > floor ? d_.mention_at(end - 1) : -1;
  if (pm < 0 || d_.m(pm).last != end || d_.m(pm).dropped) return -1;
  const int who = entity_of(pm);
  if (who < 0 || !(party_kind(kind(who)) || kind(who) == "Person")) return -1;
  if (acting) return who;
  // "appointed General X as", "the designation of the Republic of X as": an appointing verb, or
  // an appointing noun and "of", before the party and its title
  const Mention& p = d_.m(pm);
  int b = p.office >= 0 && p.office_token >= 0 && p.office_token < p.first ? std::min(p.first, title_first(p)) : p.first;
  if (d_.key_is(b - 1, "the")) --b;
  if (d_.cue(b - 1, Cue::AppointingVerb)) return who;
  if (d_.key_is(b - 1, "of") && d_.cue(b - 2, Cue::AppointingNoun)) return who;
  return -1;
}

void Relations::roles_taken_as() {
  for (int i = 2; i + 1 < n_; ++i) {
    if (!d_.key_is(i, "as") || d_.in_quote(i)) continue;
    int k = i + 1;
    while (d_.is_role(k, Role::Determiner) || d_.is_role(k, Role::GenericModifier)) ++k;  // "as its first commander"
    const int noun = d_.cue_length(k, Cue::LeaderNoun);
    if (noun == 0) continue;
    const int party = party_put_as(i);
    if (party < 0) continue;
    const int force = force_of_leader_noun(k + noun, i, true);
    if (force >= 0) add("LEADS", party, force, i, k + noun - 1, "leads:appointed-as", 0.7);
  }
}

}  // namespace kg::ingest::detail
