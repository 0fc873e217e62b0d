// Verb frames from frames.json: a frame verb with its subject, passive agent and objects becomes
// COMMITS, LEADS, SIGNED, ATTENDED, HOSTED or PRODUCED, with modality, negation and conditions.
#include <algorithm>
#include <cctype>

#include "ingest/relations.h"

namespace kg::ingest::detail {

const Match* Relations::frame_scan(int i, Role role, const char* type) const {
  const int frame = frame_id(type);
  if (frame < 0 || !(d_.frame_starts[static_cast<size_t>(i)] & Doc::frame_bit(frame))) return nullptr;
  const Match* best = nullptr;
  for (uint32_t x = d_.match_begin[static_cast<size_t>(i)]; x < d_.match_begin[static_cast<size_t>(i) + 1]; ++x) {
    const Match& mt = d_.matches[x];
    if (mt.hit.role == role && mt.hit.id == frame && (!best || mt.len > best->len)) best = &mt;
  }
  return best;
}

int Relations::frame_id(const char* type) const {
  for (auto& [literal, id] : frame_of_literal_) {
    if (literal == type) return id;
    if (!literal) {  // a literal not seen yet: look it up once
      auto it = frame_of_.find(type);
      literal = type;
      id = it == frame_of_.end() ? -1 : it->second;
      return id;
    }
  }
  auto it = frame_of_.find(type);  // more literals than room: the map answers
  return it == frame_of_.end() ? -1 : it->second;
}

void Relations::verb_frames() {
  const int main_force = main_entity("Force", "force");
  const uint64_t wanted = Doc::bit(Role::FrameActive) | Doc::bit(Role::FramePhrase) | Doc::bit(Role::FrameNoun);
  for (int i = 0; i < n_; ++i) {
    // "Japan announced $4 million towards the force's costs": a sum announced is
    // given like one pledged (frames.json cues announcing_verbs)
    if (d_.cue(i, Cue::AnnouncingVerb) && amount_end(i + 1) > i + 1 && !frame_at(i, Role::FrameActive, "COMMITS")) {
      active_frame("COMMITS", i, 1, main_force);
    }
    // ---- troops kept where they serve: "will also keep its engineers there"
    if (d_.cue(i, Cue::KeepingVerb) && !d_.in_quote(i)) {
      if (const int kept = kept_force(i); kept >= 0) active_frame("COMMITS", i, 1, kept);
    }
    // ---- people trained for a training force: "Chile will train 1,500 police recruits"
    if (d_.cue(i, Cue::TrainingVerb) && !d_.in_quote(i)) trained_pledge(i);
    if (!(d_.starts_with[static_cast<size_t>(i)] & wanted)) continue;
    // ---- COMMITS / LEADS / SIGNED / HOSTED / ATTENDED / PRODUCED with an active verb
    for (const char* type : {"LEADS", "COMMITS", "SIGNED", "HOSTED", "PRODUCED"}) {
      const Match* v = frame_at(i, Role::FrameActive, type);
      const Match* ph = frame_at(i, Role::FramePhrase, type);
      if (!v && !ph) continue;
      const Match* use = ph && (!v || ph->len > v->len) ? ph : v;
      // "led" after a hyphen is a suffix handled by phrases
      if (d_.is(i - 1, tok::kHyphen)) continue;
      if (d_.phrase_at[static_cast<size_t>(i)] >= 0 && d_.m(d_.phrase_at[static_cast<size_t>(i)]).first < i) continue;
      active_frame(type, i, use->len, main_force);
    }
    // ---- a contribution noun: "Spain's contribution"
    if (const Match* fn = frame_at(i, Role::FrameNoun, "COMMITS"); fn && main_force >= 0) {
      if (d_.key_is(i - 1, "'s") && i >= 2) {
        int a = d_.mention_at(i - 2);
        int e = as_party(entity_of(a));
        // "his country's contribution": the state of the one speaking
        if (a < 0) e = own_state(i - 2);
        if (e >= 0) {
          std::map<std::string, std::string> props{{"detail", std::string(d_.span(a >= 0 ? d_.m(a).first : i - 3, i + fn->len))}};
          add("COMMITS", e, main_force, i - 2, i + fn->len - 1, "commits:contribution", 0.6, props);
        }
      }
    }
    if (const Match* fn = frame_at(i, Role::FrameNoun, "COMMITS")) announced_contribution(i, fn->len, main_force);
  }
}

void Relations::announced_contribution(int i, int len, int main_force) {
  // the party: "by <party> of a contribution"
  if (!(d_.key_is(i - 1, "a") || d_.key_is(i - 1, "an")) || !d_.key_is(i - 2, "of") || d_.in_quote(i)) return;
  const int pm = d_.mention_at(i - 3);
  if (pm < 0 || d_.m(pm).last != i - 2 || d_.m(pm).dropped) return;
  const int by = d_.key_is(d_.m(pm).first - 1, "the") ? d_.m(pm).first - 2 : d_.m(pm).first - 1;
  const int party = as_party(entity_of(pm));
  if (!d_.key_is(by, "by") || party < 0) return;
  // the force: "to the Force" after it, else the article's force
  const int end = clause_end(i + len);
  const std::vector<int> named = objects_after(i + len, "Force", end);
  const int force = named.empty() ? implicit_force(main_force, i) : named.front();
  int to = i + len;
  while (to < end && !d_.key_is(to, "to") && !d_.key_is(to, ".")) ++to;
  std::map<std::string, std::string> props{{"detail", std::string(d_.span(i, to))}};
  add("COMMITS", party, force, by, to, "commits:contribution", 0.6, props);
}

bool Relations::stands_for_meeting(int group, int floor) const {
  // "the leaders set up": a definite plural title
  const Match* office = d_.ending_at(group, Role::Office);
  if (office != nullptr && office->plural && office->first - 1 >= floor && d_.key_is(office->first - 1, "the")) return true;
  // "The Conference decided to deploy", "we decide to establish": past the verbs of deciding
  // between a subject and its verb ("decided to", "voted to")
  int t = group - 1;
  while (t > floor && (d_.key_is(t, "to") || d_.key_is(t, "also") || d_.key_is(t, "decided") || d_.key_is(t, "decide") ||
                       d_.key_is(t, "decides") || d_.key_is(t, "voted"))) {
    --t;
  }
  if (t < floor || d_.in_quote(t)) return false;
  // the meeting's own text in the first person plural, outside a transcript turn ("We, the
  // Ministers ... met in X": the ministers who met)
  if (t == floor || d_.key_is(t - 1, ",")) {
    auto fp = d_.lex.first_person.find(d_.key(t));
    if (fp != d_.lex.first_person.end() && fp->second != "singular" && d_.key_is(t, "we") && turn_speaker_at(t) < 0) return true;
  }
  // "The Conference", "the summit": the meeting by its head alone, right after "the"
  const Match* head = d_.ending_at(t + 1, Role::MeetingHead);
  return head != nullptr && head->first == t && d_.key_is(t - 1, "the") && t - 1 == floor && !head->plural;
}

int Relations::meeting_body_subject(int group, int floor) const {
  if (!stands_for_meeting(group, floor)) return -1;
  const int meeting = main_entity("Meeting");
  if (meeting < 0 || d_.e(meeting).owner < 0) return -1;
  const int body = d_.live(d_.e(meeting).owner);
  return body >= 0 && kind(body) == "Organization" ? body : -1;
}

int Relations::trained_for(int i) const {
  if (!d_.ending_at(i, Role::Modality) && !d_.ending_at(i, Role::Auxiliary)) return -1;
  if (!d_.is(i + 1, tok::kNumber) && !d_.is_role(i + 1, Role::Cardinal)) return -1;
  int force = -1;
  for (int mi = 0; mi < static_cast<int>(d_.mentions.size()); ++mi) {
    const Mention& m = d_.mentions[static_cast<size_t>(mi)];
    if (m.kind != "Force" || m.dropped || m.first >= i) continue;
    bool training = false;
    for (int t = m.first; t < m.last; ++t) training = training || d_.key_is(t, "training");
    if (training && entity_of(mi) >= 0 && (force < 0 || m.first > d_.m(force).first)) force = mi;
  }
  return force >= 0 ? entity_of(force) : -1;
}

void Relations::trained_pledge(int i) {
  const int force = trained_for(i);
  if (force < 0) return;
  const int floor = d_.sentence_first(d_.sentence_of(i));
  std::string modality;
  bool negated = false;
  const std::vector<int> subjects = parties_before(i, floor, modality, negated);
  if (negated) return;
  const int end = clause_end(i);
  int last = end - 1;
  while (last > i && d_.is(last, tok::kPunct)) --last;
  std::map<std::string, std::string> props{{"detail", std::string(d_.span(i, last + 1))}};
  if (!modality.empty()) props["modality"] = modality;
  for (int subj : subjects) {
    const int party = as_party(subj);
    if (party >= 0 && kind(party) == "Country") add("COMMITS", party, force, i, last, "commits:trains", 0.65, props);
  }
}

int Relations::kept_force(int i) const {
  // the subject's own troops: "its officers", "their 200 troops", "its own engineers"
  if (!(d_.key_is(i + 1, "its") || d_.key_is(i + 1, "their"))) return -1;
  int k = i + 2;
  while (k < n_ && k < i + 5 && !d_.longest(k, Role::TroopNoun) && (d_.is(k, tok::kNumber) || d_.key_is(k, "own"))) ++k;
  const Match* troops = d_.longest(k, Role::TroopNoun);
  if (troops == nullptr) return -1;
  const int after = k + troops->len;
  // "there": the force named before in the sentence
  if (d_.key_is(after, "there")) {
    for (int t = after - 1; t >= d_.sentence_first(d_.sentence_of(i)); --t) {
      const int m = thing_at(t);
      if (m >= 0 && d_.m(m).kind == "Force" && !d_.m(m).dropped && d_.m(m).last <= i) return entity_of(m);
    }
    return -1;
  }
  // "in the mission", "with UNIFIL", "under the force"
  if (!(d_.key_is(after, "in") || d_.key_is(after, "with") || d_.key_is(after, "under"))) return -1;
  const int at = d_.is_role(after + 1, Role::Determiner) ? after + 2 : after + 1;
  const int m = thing_at(at);
  if (m >= 0 && d_.m(m).kind == "Force" && !d_.m(m).dropped) return entity_of(m);
  return force_by_bare_head(at);
}

int Relations::force_led_by_subject(int group, int floor) const {
  if (!d_.key_is(group - 1, ",")) return -1;
  for (int t = group - 2; t > floor + 1; --t) {
    if (d_.key_is(t, ",")) return -1;
    if (!(d_.key_is(t, "which") || d_.key_is(t, "who")) || !d_.key_is(t - 1, ",")) continue;
    const Match* lead = frame_at(t + 1, Role::FrameActive, "LEADS");
    if (lead == nullptr) return -1;
    for (int k = t + 1 + lead->len; k < group - 1; ++k) {
      const int fm = thing_at(k);
      if (fm >= 0 && d_.m(fm).kind == "Force" && !d_.m(fm).dropped && entity_of(fm) >= 0) return entity_of(fm);
    }
    return -1;
  }
  return -1;
}

bool Relations::heads_object(int t, const std::vector<int>& objects) const {
  for (int o : objects) {
    for (int mi : d_.e(o).mentions) {
      if (d_.m(mi).first <= t && t < d_.m(mi).last) return true;
    }
  }
  return false;
}

bool Relations::reported_and_denied(int verb, int floor) const {
  int that = -1;
  for (int t = verb - 1; t > floor; --t) {
    if (d_.key_is(t, "that") && d_.is_role(t - 1, Role::ReportedNoun)) {
      that = t;
      break;
    }
  }
  if (that < 0) return false;
  const int s_last = d_.sentence_last(d_.sentence_of(verb));
  for (int t = verb + 1; t < s_last; ++t) {
    if (d_.in_quote(t)) continue;
    if (const Match* ng = d_.longest(t, Role::Negation); ng && (d_.key_is(t, "not") || d_.key_is(t, "n't") || d_.key_is(t, "no"))) {
      if (d_.key_is(t - 1, "was") || d_.key_is(t - 1, "were") || d_.key_is(t - 1, "is") || d_.key_is(t - 1, "are")) return true;
    }
  }
  return false;
}

int Relations::verb_group_start(int i, int floor) const {
  int k = i;
  while (k > floor) {
    const Match* before = d_.ending_at(k, Role::Modality);
    if (before == nullptr) before = d_.ending_at(k, Role::Auxiliary);
    if (before == nullptr) break;
    k = before->first;
  }
  return k;
}

int Relations::relative_object(int i, int floor) const {
  const int k = verb_group_start(i, floor);
  int t = k - 1;
  // "the coalition it leads", "the coalition, which it leads": a pronoun subject of the
  // relative clause, with or without its relative word
  if (t > floor && (d_.key_is(t, "it") || d_.key_is(t, "they")) && d_.mention_at(t) < 0) {
    const int fm = d_.mention_at(t - 1);
    const int fe = fm >= 0 && d_.m(fm).last == t ? entity_of(fm) : -1;
    if (fe >= 0 && kind(fe) == "Force") return fe;
    if (d_.key_is(t - 1, "which") || d_.key_is(t - 1, "that")) {
      t -= 1;
    }
  }
  while (t >= floor && (d_.mention_at(t) >= 0 || d_.key_is(t, "and") || d_.key_is(t, "the"))) --t;
  if (t < floor || t == k - 1 || !(d_.key_is(t, "which") || d_.key_is(t, "that"))) return -1;
  // The antecedent: a force named just before, maybe located by a short "in/at <place>"
  // ("centre in Cebu, which"); nothing but its location may stand between.
  int a = t - 1;
  // "a centre, which will sit in X and which Samoa will lead": the second relative clause
  // has the first one's antecedent
  if (a > floor && d_.key_is(a, "and")) {
    for (int j = a - 1; j > floor && a - j < 14 && !d_.key_is(j, ";"); --j) {
      if ((d_.key_is(j, "which") || d_.key_is(j, "that")) && d_.key_is(j - 1, ",")) {
        a = j - 1;
        break;
      }
    }
  }
  if (a >= floor && d_.key_is(a, ",")) --a;
  for (int steps = 0; a >= floor && steps < 5; ++steps, --a) {
    const int mi = d_.mention_at(a);
    const int e = mi >= 0 ? entity_of(mi) : -1;
    if (e >= 0 && kind(e) == "Force") return e;
    if (d_.key_is(a, "in") || d_.key_is(a, "at") || d_.key_is(a, "for")) continue;
    if (!d_.word(a) || !std::isupper(static_cast<unsigned char>(d_.span(a, a + 1)[0]))) return -1;
  }
  return -1;
}

bool Relations::more_of_troops(int t) const {
  // "20 more", "a further 850", "another 300" ("twelve more once its parliament agrees": in
  // words too, and before a condition)
  if (!d_.is(t, tok::kNumber) && !d_.is_role(t, Role::Cardinal)) return false;
  const bool more = d_.key_is(t + 1, "more");
  const bool further = d_.key_is(t - 1, "further") || d_.key_is(t - 1, "additional") || d_.key_is(t - 1, "another") ||
                       d_.key_is(t - 1, "extra");
  if (!more && !further) return false;
  const int after = more ? t + 2 : t + 1;
  const bool condition = d_.key_is(after, "once") || d_.key_is(after, "if") || d_.cue(after, Cue::ClauseOpener);
  if (d_.word(after) && !d_.key_is(after, "and") && !d_.key_is(after, "to") && !d_.key_is(after, "for") && !condition) return false;
  const int s = d_.sentence_of(t);
  for (int k = d_.sentence_first(std::max(0, s - 1)); k < t; ++k) {
    if (d_.longest(k, Role::TroopNoun)) return true;
  }
  return false;
}

bool Relations::elliptical_count(int t) const {
  // ("Latvia will send five.": a number word as well as digits)
  if (!(d_.is(t, tok::kNumber) || d_.is_role(t, Role::Cardinal)) || d_.key_is(t + 1, "%") || d_.key_is(t + 1, "percent") || d_.key_is(t + 1, "per")) return false;
  if (d_.word(t + 1) && !d_.key_is(t + 1, "and") && !d_.key_is(t + 1, "each")) return false;
  const int s = d_.sentence_of(t);
  for (int k = d_.sentence_first(std::max(0, s - 1)); k < t; ++k) {
    if (d_.longest(k, Role::TroopNoun)) return true;
  }
  return false;
}

int Relations::amount_end(int t) const {
  // a currency sign or code before the number ("$", "C$", "USD") is no word of the sentence
  for (int k = t; k < n_ && k <= t + 2; ++k) {
    if (d_.is(k, tok::kNumber)) return d_.cue(k + 1, Cue::AmountScale) ? k + 2 : -1;
    if (d_.word(k) && !d_.is(k, tok::kUpper) && !(d_.span(k, k + 1).size() <= 2 && d_.cap(k))) return -1;
  }
  return -1;
}

bool Relations::sum_for_other(int e, int end) const {
  int k = e;
  while (k < end && k < e + 2 && d_.word(k) && !d_.cap(k) && !d_.is_role(k, Role::FunctionWord)) ++k;  // "euros", "CFA francs"
  if (k < end && d_.cap(k) && d_.word(k)) ++k;
  // "to the same scheme", "to NATO's fund", "to it": a sum sent anywhere but to a force is for
  // another thing (a pronoun's own rules find what it stands for)
  if (!(d_.key_is(k, "in") || d_.key_is(k, "for") || d_.key_is(k, "of") || d_.key_is(k, "to"))) return false;
  // "pledged 5 million dollars to fund it", "to equip the mission": a sum to give to the force
  if (d_.key_is(k, "to")) {
    if (const Match* v = frame_at(k + 1, Role::FrameActive, "COMMITS"); v != nullptr && v->first == k + 1) {
      const int o = k + 1 + v->len;
      if (d_.key_is(o, "it") && d_.mention_at(o) < 0) return false;
      const int ox = d_.is_role(o, Role::Determiner) ? o + 1 : o;
      const int om = d_.mention_at(ox);
      if ((om >= 0 && d_.m(om).kind == "Force") || force_by_bare_head(ox) >= 0) return false;
    }
  }
  const int x = d_.is_role(k + 1, Role::Determiner) ? k + 2 : k + 1;
  const int mi = d_.mention_at(x);
  if (mi >= 0 && d_.m(mi).kind == "Force") return false;
  return force_by_bare_head(x) < 0;
}

std::vector<std::pair<int, int>> Relations::gapped_parties(int from, int end) const {
  std::vector<std::pair<int, int>> out;  // (party mention, token of its count)
  for (int t = from; t + 2 < end; ++t) {
    if (!d_.key_is(t, "and") || d_.in_quote(t)) continue;
    const int p = d_.key_is(t + 1, "the") ? t + 2 : t + 1;  // "and the Philippines ten"
    const int mi = d_.mention_at(p);
    if (mi < 0 || d_.m(mi).first != p || !party_kind(d_.m(mi).kind) || d_.m(mi).dropped) continue;
    const int c = d_.m(mi).last;
    if (!(d_.is(c, tok::kNumber) || d_.is_role(c, Role::Cardinal) || d_.key_is(c, "a") || d_.key_is(c, "an") || amount_end(c) > c)) continue;
    // "pledged 120 million euros to the fund, and Denmark 2 billion crowns": a sum is given too
    bool troop = amount_end(c) > c;
    for (int k = c + 1; k < end && k <= c + 3 && d_.word(k) && !troop; ++k) troop = d_.longest(k, Role::TroopNoun) != nullptr;
    // "Malaysia offered 12 military observers and Thailand eight": a bare count, the
    // verb's own troops
    const bool count = d_.is(c, tok::kNumber) || d_.is_role(c, Role::Cardinal);
    if (!troop && count && (c + 1 >= end || d_.key_is(c + 1, ",") || d_.key_is(c + 1, ".") || d_.key_is(c + 1, ";"))) troop = true;
    if (!troop) continue;
    // nothing but the troops' own words up to the clause's end: no verb of its own
    bool verbless = true;
    for (int x = c + 1; x < end && verbless; ++x) {
      if (d_.key_is(x, ",") || d_.key_is(x, "and")) break;
      verbless = !d_.longest(x, Role::FrameActive) && !d_.longest(x, Role::SpeechVerb);
    }
    if (verbless) out.emplace_back(mi, c);
  }
  return out;
}

std::vector<int> Relations::gapped_items(int semi) const {
  std::vector<int> out;
  const int s_last = d_.sentence_last(d_.sentence_of(semi));
  for (int t = semi; t < s_last && d_.key_is(t, ";");) {
    int p = t + 1;
    if (d_.key_is(p, "and")) ++p;
    if (d_.key_is(p, "the")) ++p;
    const int mi = d_.mention_at(p);
    if (mi < 0 || d_.m(mi).first != p || !party_kind(d_.m(mi).kind) || d_.m(mi).dropped) break;
    const int c = d_.m(mi).last + 1;
    if (!d_.key_is(c - 1, ",") || !(d_.is(c, tok::kNumber) || d_.is_role(c, Role::Cardinal) || d_.key_is(c, "a") || d_.key_is(c, "an") || amount_end(c) > c)) break;
    // the item's own words up to the next ";": no verb of its own
    int x = c;
    bool verbless = true;
    for (; x < s_last && !d_.key_is(x, ";") && verbless; ++x) verbless = !d_.longest(x, Role::FrameActive) && !d_.longest(x, Role::SpeechVerb);
    if (!verbless) break;
    out.push_back(mi);
    t = x;
  }
  return out;
}

int Relations::label_subject(int i, int floor) const {
  // a bullet the reader left ("* ", "- ", "• ")
  if (d_.key_is(floor, "*") || d_.key_is(floor, "-") || d_.key_is(floor, "•")) ++floor;
  if (floor >= i) return -1;
  const int lm = d_.atom_at[static_cast<size_t>(floor)];
  if (lm < 0 || !party_kind(d_.m(lm).kind) || d_.m(lm).first != floor) return -1;
  const int colon = d_.m(lm).last;
  if (!d_.key_is(colon, ":") || colon >= i) return -1;
  // the predicate has no subject of its own: no party or person named before the verb, but
  // for a possessive ("UNMISS's biggest troop contributor could offer")
  for (int t = colon + 1; t < i; ++t) {
    if (d_.key_is(t, ";") || d_.key_is(t, ":")) return -1;
    const int a = d_.atom_at[static_cast<size_t>(t)];
    if (a < 0) continue;
    const Mention& am = d_.m(a);
    if ((party_kind(am.kind) || am.kind == "Person") && !d_.is(am.last, tok::kPossessive)) return -1;
  }
  return entity_of(lm);
}

// "the two leaders signed", "the three ministers signed": the two (three, four) people
// introduced last as "the <leader>, <name>" (over a title or honorific before the name) or
// holding an office of that noun ("Chile's Minister of Defence, X"), the nearest in this sentence
// or the eight before it
std::vector<int> Relations::pair_named_before(int noun) const {
  if (noun < 2 || !d_.key_is(noun - 2, "the") || d_.in_quote(noun)) return {};
  const Match* number = d_.key_is(noun - 1, "two") ? nullptr : d_.longest(noun - 1, Role::Cardinal);
  const size_t count = number == nullptr ? 2 : static_cast<size_t>(number->hit.id);
  if (!d_.key_is(noun - 1, "two") && (number == nullptr || number->len != 1 || count < 2 || count > 4)) return {};
  // "The two men signed": a noun that says only that they are people stands for the two named
  // last, in this sentence or the one before it
  if (d_.cue(noun, Cue::PlainPersonNoun)) {
    std::vector<int> out;
    const int near = d_.sentence_first(std::max(0, d_.sentence_of(noun) - 1));
    for (int t = noun - 3; t >= near && out.size() < count; --t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Person" || d_.m(a).dropped || d_.in_quote(t) || entity_of(a) < 0) continue;
      if (std::find(out.begin(), out.end(), entity_of(a)) == out.end()) out.push_back(entity_of(a));
    }
    return out.size() == count ? out : std::vector<int>{};
  }
  const std::string_view plural = d_.key(noun);
  if (plural.size() < 4 || !plural.ends_with('s')) return {};
  const std::string singular(plural.substr(0, plural.size() - 1));
  // the office of the mention at `a` is one of `singular` ("minister" of "Minister of Defence")
  const auto holds_such_office = [&](int a) {
    const int office = d_.m(a).office;
    if (count == 2 || office < 0) return false;
    const std::string title = " " + ascii_lower(d_.lex.offices[static_cast<size_t>(office)].title) + " ";
    return title.find(" " + singular + " ") != std::string::npos;
  };
  const int floor = d_.sentence_first(std::max(0, d_.sentence_of(noun) - 8));
  std::vector<int> out;
  for (int t = noun - 3; t > floor && out.size() < count; --t) {
    const int a = d_.atom_at[static_cast<size_t>(t)];
    if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Person" || d_.m(a).dropped || entity_of(a) < 0) continue;
    int c = t - 1;
    while (c > floor && c >= t - 3 && !d_.key_is(c, ",")) --c;
    if (!(d_.key_is(c, ",") && d_.key(c - 1) == singular) && !holds_such_office(a)) continue;
    if (std::find(out.begin(), out.end(), entity_of(a)) == out.end()) out.push_back(entity_of(a));
  }
  return out.size() == count ? out : std::vector<int>{};
}

// The states of "<delegation noun> from A and B" right after a hosting verb ("hosted defence
// ministers from Peru and Bolivia", "delegations from"), the noun after at most two modifiers.
std::vector<int> Relations::guests_from(int from, int end) const {
  int t = from;
  while (t < end && t < from + 3 && !d_.is_role(t, Role::DelegationNoun)) ++t;
  const Match* noun = t < end ? d_.longest(t, Role::DelegationNoun) : nullptr;
  if (noun == nullptr || !d_.key_is(t + noun->len, "from")) return {};
  std::vector<int> out;
  for (int k = t + noun->len + 1; k < end;) {
    const int a = d_.atom_at[static_cast<size_t>(k)];
    if (a < 0 || d_.m(a).first != k || d_.m(a).kind != "Country" || entity_of(a) < 0) break;
    out.push_back(entity_of(a));
    k = d_.m(a).last;
    if (!(d_.key_is(k, ",") || d_.key_is(k, "and"))) break;
    k += d_.key_is(k, ",") && d_.key_is(k + 1, "and") ? 2 : 1;
  }
  return out;
}

bool Relations::sends_participants(int t, int floor) const {
  // past "to send" after "offered"
  if (d_.key_is(t, "to")) {
    if (const Match* v = d_.longest(t + 1, Role::FrameActive)) t += 1 + v->len;
  }
  if (d_.key_is(t, "a") || d_.key_is(t, "an") || d_.key_is(t, "its") || d_.key_is(t, "their")) ++t;
  if (d_.cue(t, Cue::ParticipantRole)) return true;
  if (!d_.key_is(t, "one")) return false;
  if (d_.cue(t + 1, Cue::ParticipantRole)) return true;  // "one observer"
  // "one" alone: one of the participants named before it in the sentence
  for (int k = floor; k < t; ++k) {
    if (d_.cue(k, Cue::ParticipantRole)) return true;
  }
  return false;
}

// "X met Y at noon and signed the accord", "welcomed the ministers and opened the session": the
// subject of the verb before the "and" that opens the second predicate at i
std::vector<int> Relations::shared_subjects(int i, int floor) {
  int amp = -1;
  for (int t = i - 1; t >= floor && t >= i - 8 && amp < 0; --t) {
    if (d_.key_is(t, ",") || d_.key_is(t, ".") || d_.in_quote(t)) break;
    if (d_.key_is(t, "and")) amp = t;
  }
  for (int t = amp - 1; amp > floor && t > floor && t >= amp - 20; --t) {
    if (d_.key_is(t, ";") || d_.in_quote(t)) break;
    // "said his Government would work ... and would supply": the own-state subject
    if (const int own = own_state(t); own >= 0) return {own};
    const bool verb = d_.longest(t, Role::FrameActive) || d_.longest(t, Role::SpeechVerb) || d_.cue(t, Cue::ReceivingVerb);
    if (!verb) continue;
    std::string m2;
    bool n2 = false;
    std::vector<int> shared = parties_before(t, floor, m2, n2);
    // "Mr X, who hosted us at his residence and chaired all three days of talks": the antecedent of
    // the relative clause the first predicate opens
    if (const int k = verb_group_start(t, floor); shared.empty() && k - 1 > floor && d_.key_is(k - 1, "who")) {
      shared = parties_before(d_.key_is(k - 2, ",") ? k - 2 : k - 1, floor, m2, n2);
      if (shared.size() > 1) shared.erase(shared.begin(), shared.end() - 1);
    }
    // "The EU's foreign policy chief, Ana Trindade, met ...": the person, not her body
    std::vector<int> people;
    for (int e : shared) {
      if (kind(e) == "Person") people.push_back(e);
    }
    // "The EU's foreign policy chief, Ana Trindade, met": the name closing an apposition
    if (people.empty() && t >= 2 && d_.key_is(t - 1, ",")) {
      const int a = d_.atom_at[static_cast<size_t>(t - 2)];
      if (a >= 0 && d_.m(a).kind == "Person" && d_.m(a).last == t - 1 && entity_of(a) >= 0) people.push_back(entity_of(a));
    }
    if (!n2 && people.size() == 1) return people;
    if (!n2 && shared.size() == 1) return shared;
    return {};
  }
  return {};
}

// "Hungary, Slovakia's nearest ally, announced that it would lead": "it" right after a
// reporting verb (and its "that") is that verb's subject, not the party its apposition names
int Relations::reported_pronoun_subject(int pron, int floor) {
  if (!(d_.key_is(pron, "it") || d_.key_is(pron, "they")) || d_.in_quote(pron)) return -1;
  const int before = d_.key_is(pron - 1, "that") ? pron - 1 : pron;
  const Match* verb = d_.ending_at(before, Role::SpeechVerb);
  if (verb == nullptr || verb->first <= floor) return -1;
  std::string modality;
  bool negated = false;
  const std::vector<int> who = parties_before(verb->first, floor, modality, negated);
  return who.size() == 1 && !negated && party_kind(kind(who.front())) ? who.front() : -1;
}

void Relations::active_frame(const Label& type, int i, int len, int main_force) {
  const int s = d_.sentence_of(i);
  const int floor = d_.sentence_first(s);
  // "U.S. Southern Command", "Joint Forces Command": a capitalised verb form after a
  // capitalised word no name was found in ends a name; it is no verb
  if (i - 1 > floor && d_.cap(i) && d_.word(i - 1) && d_.cap(i - 1) && d_.mention_at(i - 1) < 0) return;
  // "a monitoring mission under US command": after "under <party>" the verb form is a noun,
  // and the party leads the force named just before "under"
  if (type == "LEADS" || type == "COMMITS") {
    const int pm = d_.mention_at(i - 1);
    const int u = pm >= 0 ? d_.m(pm).first - 1 : i - 2;
    if (u > floor && d_.key_is(u, "under") && (pm >= 0 || d_.is_role(i - 1, Role::Demonym))) {
      const int fm = d_.mention_at(u - 1);
      const int leader = pm >= 0 ? entity_of(pm) : -1;
      if (type == "LEADS" && fm >= 0 && entity_of(fm) >= 0 && kind(entity_of(fm)) == "Force" && leader >= 0 &&
          party_kind(kind(leader))) {
        add("LEADS", leader, entity_of(fm), u, i, "leads:under", 0.75);
      }
      return;
    }
  }
  int end = clause_end(i + len);
  // the verb's group: its modals and auxiliaries before it ("would lead", "has been")
  const int group = verb_group_start(i, floor);
  // "X, who took part by video call, assured the ministers ...": a relative clause set off
  // by commas ends at the comma its antecedent's own verb follows
  if (group - 2 >= floor && (d_.key_is(group - 1, "who") || d_.key_is(group - 1, "which")) && d_.key_is(group - 2, ",")) {
    for (int t = i + len; t < end; ++t) {
      // "Chile, which co-leads the mission with Peru, would also keep": a
      // modal or auxiliary after the comma is the antecedent's own verb too
      if (d_.key_is(t, ",") && (d_.longest(t + 1, Role::SpeechVerb) || d_.longest(t + 1, Role::Modality) || d_.longest(t + 1, Role::Auxiliary))) {
        end = t;
        break;
      }
    }
  }
  std::string modality;
  bool negated = false;
  std::vector<int> subjects = parties_before(i, floor, modality, negated, type == "PRODUCED");
  // relative "which/who" subjects: "France and the UK, which would lead"
  if (subjects.empty()) {
    if (group - 1 >= floor && (d_.key_is(group - 1, "which") || d_.key_is(group - 1, "who"))) {
      int j = group - 1;
      if (d_.key_is(j - 1, ",")) --j;
      std::string m2;
      bool n2 = false;
      subjects = parties_before(j, floor, m2, n2);
    } else if (group - 1 >= floor) {
      // "Defence Minister X said that his country would deploy 300 soldiers"
      int p = own_state(group - 1);
      if (p < 0) p = reported_pronoun_subject(group - 1, floor);
      if (p < 0) p = pronoun_subject(group - 1);
      if (p >= 0) subjects.push_back(p);
    }
  }
  for (int t = std::max(floor, i - 4); t < i; ++t) {
    if (d_.longest(t, Role::Negation) && d_.longest(t, Role::Negation)->first + d_.longest(t, Role::Negation)->len <= i) negated = true;
  }
  if (negated) return;
  // "X met Y at noon and signed the accord": a second predicate shares the
  // subject of the verb before its "and"
  // "It was my privilege to host X", "and she had the privilege of opening it": the honour's owner
  if (subjects.empty() && group - 1 > floor) {
    if (const int owner = honour_owner(group - 1, floor); owner >= 0) subjects.push_back(owner);
  }
  if (subjects.empty() && type != "PRODUCED") subjects = shared_subjects(i, floor);
  // "the three ministers signed": people counted as a group sign as themselves (signed:group)
  const bool counted_group = subjects.empty() && type != "PRODUCED" && !d_.key_is(group - 2, "two");
  if (subjects.empty() && type != "PRODUCED") subjects = pair_named_before(group - 1);
  const char* signed_rule = counted_group && !subjects.empty() ? "signed:group" : "signed:verb";
  // "The two states will set up a monitoring cell": the article's two states
  if (subjects.empty() && type == "COMMITS" && !d_.in_quote(i)) {
    if (const int t = cue_phrase_before(group, floor, Cue::PairPhrase); t >= 0 && d_.key_is(t - 1, "the")) subjects = article_state_pair();
  }
  if (subjects.empty() && !d_.in_quote(i)) {
    const int label = label_subject(i, floor);
    if (label >= 0) subjects.push_back(label);
  }
  // "the leaders set up a disaster response mechanism": the meeting's body
  if (subjects.empty() && type == "COMMITS" && !d_.in_quote(i)) {
    if (const int body = meeting_body_subject(group, floor); body >= 0) subjects.push_back(body);
  }
  // "We adopt the X Declaration" in the meeting's own text: the meeting produced it
  if (subjects.empty() && type == "PRODUCED" && !d_.in_quote(i) && stands_for_meeting(group, floor)) {
    if (const int meeting = main_entity("Meeting"); meeting >= 0 && !d_.e(meeting).future) subjects.push_back(meeting);
  }
  if (subjects.empty()) return;
  if (reported_and_denied(i, floor)) return;
  // "agreed on Monday to withdraw their forces and to allow a monitoring team to patrol it":
  // agreeing to withdraw, to allow, to end (frames.json cues yielding_verbs) pledges nothing
  if (type == "COMMITS" && (d_.key_is(i, "agreed") || d_.key_is(i, "agree"))) {
    int w = i + len;
    if (!d_.key_is(w - 1, "to")) {
      while (w < end && d_.longest(w, Role::Auxiliary)) w += d_.longest(w, Role::Auxiliary)->len;
      w = d_.key_is(w, "to") ? w + 1 : -1;
    }
    if (w > 0 && w < end && d_.cue(w, Cue::YieldingVerb)) return;
  }
  // "offered to send observers", "did not invite observers, although X offered to send one":
  // observers and guests sent are at a meeting, not given to a force (unless sent to one named:
  // "will contribute observers to the mission")
  if (type == "COMMITS" && sends_participants(i + len, floor) && objects_after(i + len, "Force", end).empty()) return;

  if (type == "COMMITS" || type == "LEADS") {
    // "Kuwait, which heads the mediation panel, would not join the operation": a definite
    // object with no force word, closed by a comma, is what the verb leads; the force named
    // after the comma is not
    bool other_object = false;
    if (type == "LEADS" && d_.is_role(i + len, Role::Determiner) && !d_.key_is(i + len, "a") && !d_.key_is(i + len, "an")) {
      bool force_word = false;
      int t = i + len + 1;
      for (; t < n_ && t <= i + len + 5 && d_.word(t) && !d_.cap(t) && !d_.is_role(t, Role::FunctionWord); ++t) {
        force_word = force_word || d_.longest(t, Role::ForceHead) || d_.longest(t, Role::TroopNoun) || force_by_bare_head(t) >= 0;
      }
      other_object = !force_word && t > i + len + 1 && (d_.key_is(t, ",") || d_.key_is(t, ";"));
    }
    std::vector<int> objects = objects_after(i + len, "Force", end);
    if (other_object) objects.clear();
    // "Latvia and Estonia would lead it together, with a small planning staff at ...": the pronoun
    // is the force named before; a force after it is a part of that force or another object
    if (d_.key_is(i + len, "it") && d_.mention_at(i + len) < 0 && !objects.empty()) {
      const int before = implicit_force(-1, i, "");
      if (before >= 0) objects.assign(1, before);
    }
    // "would cooperate with the Component and provide it with offices": "it", given something
    // "with", is the force named last before it, in its sentence or the one before
    if (d_.key_is(i + len, "it") && d_.key_is(i + len + 1, "with") && d_.mention_at(i + len) < 0 && objects.empty() && type == "COMMITS") {
      if (const int before = force_named_before(i); before >= 0) objects.push_back(before);
    }
    // "a border training scheme that Kenya and Uganda would run together": the force before
    // the relative pronoun is what the verb's subjects lead
    if (objects.empty() && type == "LEADS") {
      const int ro = relative_object(i, floor);
      if (ro >= 0) objects.push_back(ro);
    }
    // "in charge of escorting grain ships in the Aegean": a task named by its gerund
    int task = -1;
    if (objects.empty() && type == "LEADS" && len > 1 && d_.word(i + len) && d_.key(i + len).ends_with("ing")) {
      task = gerund_force(i + len, end);
      if (task >= 0) objects.push_back(task);
    }
    // "Antonio Costa, who chaired the summit": a person leads a meeting
    if (objects.empty() && type == "LEADS") {
      std::vector<int> meetings = objects_after(i + len, "Meeting", std::min(end, i + len + 6));
      // "Kenya hosted it, and I chaired both sessions": "it" or the meeting's bare head, unnamed,
      // is the meeting named last before, in the sentence or the one before
      if (meetings.empty() && (pronoun_object(i + len) || bare_meeting_head(i + len))) {
        if (const int before = meeting_named_before(i, true); before >= 0) meetings.push_back(before);
      }
      for (int subj : subjects) {
        if (kind(subj) == "Person" && !meetings.empty()) add("LEADS", subj, meetings.front(), i, end - 1, "leads:verb", 0.7);
      }
      if (other_object) return;
    }
    if (objects.empty() && type == "COMMITS") {
      const int ro = relative_object(i, floor);
      if (ro >= 0) objects.push_back(ro);
    }
    // "who joined the Oslo meeting by video call, assured the ministers ...": a meeting the verb
    // takes as its object is attended; nothing after it is given
    if (objects.empty() && type == "COMMITS") {
      const int at = d_.is_role(i + len, Role::Determiner) ? i + len + 1 : i + len;
      const int mt = thing_at(at);
      if (mt >= 0 && d_.m(mt).kind == "Meeting" && !d_.m(mt).dropped && d_.m(mt).first <= at) return;
    }
    // "would consider funding vehicles for the team", "to equip the mission": a force's bare head
    // (what the clause gives, "vehicles", "the team's equipment", goes there, not to another force)
    bool given_to_object = false;
    if (objects.empty() && type == "COMMITS") {
      for (int t = i + len; t + 1 < end; ++t) {
        if (d_.longest(t, Role::Negation)) break;
        if (!(d_.key_is(t, "the") || d_.key_is(t, "its"))) continue;
        const int f = force_by_bare_head(t + 1);
        if (f >= 0) {
          objects.push_back(f);
          given_to_object = true;
          break;
        }
      }
    }
    if (objects.empty() && type == "COMMITS") {
      if (const int f = force_of_its(i + len, i, floor); f >= 0) {
        objects.push_back(f);
        given_to_object = true;
      }
    }
    // troop nouns stand for the main force
    bool troops = false, elided = false;
    int troops_at = -1;
    std::string detail;
    for (int t = i + len; t < end; ++t) {
      troops_at = t;
      // "Togo, which has its own coastguard, ... ruled out sending boats": troops after a
      // negation belong to a denied offer, not to this verb
      if (d_.longest(t, Role::Negation)) break;
      // "agreed to a ceasefire, after talks that killed 41 soldiers": troops in a subordinate
      // clause are not what the verb gives
      if (t > i + len && d_.cue(t, Cue::ClauseOpener)) break;
      // "Spain and Portugal will each contribute $10 million": a sum right after the verb is
      // given like troops, to the force in question
      // ("$5 million in humanitarian aid", "for refugees": a sum for something else is not)
      if (t == i + len && type == "COMMITS" && amount_end(t) > t && !sum_for_other(amount_end(t), end)) {
        troops = true;
        detail = std::string(d_.span(t, amount_end(t)));
        break;
      }
      if (more_of_troops(t) || (t == i + len && elliptical_count(t))) {
        troops = true;
        elided = true;
        detail = d_.key_is(t + 1, "more") ? std::string(d_.span(t, t + 2)) : std::string(d_.span(t - 1, t + 1));
        break;
      }
      if (const Match* tn = d_.longest(t, Role::TroopNoun)) {
        // Troops named in the complement of the force the verb gives ("establish a centre in
        // Tallinn to track ships") describe that force: nothing else is given. (Not troops the
        // phrase ends with, "a support ship": those are the thing given.)
        if (troops_describe_force(t, objects)) break;
        // "Denmark, which leads the brigade in Estonia": the troop noun heads the force led
        if (type == "LEADS" && heads_object(t, objects)) break;
        troops = true;
        // The detail is what is given, not where it goes: "join the force with two patrol
        // vessels" and "two frigates to the force" both give the ships alone, so that two
        // reports of one pledge agree on it.
        // A force named before the troops with no "with" between ("establish a monitoring centre
        // to track ships") is what the verb gives: the troops are no detail of it.
        auto in_force = [&](int x) {  // inside a force mention other than the troops' own
          const int mi = d_.mention_at(x);
          return mi >= 0 && d_.m(mi).kind == "Force" && (d_.m(mi).last <= t || d_.m(mi).first > t);
        };
        int a = t;
        bool given = true;
        while (a > i + len && (d_.word(a - 1) || d_.is(a - 1, tok::kDQuote)) && !d_.longest(a - 1, Role::FrameActive) &&
               !d_.key_is(a - 1, "with")) {
          if (in_force(a - 1)) {
            given = false;
            break;
          }
          --a;
        }
        int b = t + tn->len;
        const int after = d_.is_role(b + 1, Role::Determiner) ? b + 2 : b + 1;
        if ((d_.key_is(b, "on") || d_.key_is(b, "to") || d_.key_is(b, "in")) && !in_force(after)) {
          int c = b + 1;
          while (c < end && c < b + 5 && d_.word(c) && !d_.key_is(c, "after")) ++c;
          b = c;
        }
        if (given) detail = std::string(d_.span(a, b));
        break;
      }
    }
    // "The United States and China sent observers", "Chad sent a delegation": people sent to
    // a meeting attend it (see represented); with no force named they commit to none
    if (type == "COMMITS" && d_.cue(i, Cue::SendingVerb)) {
      int k = i + len;
      while (d_.is_role(k, Role::Determiner) || d_.key_is(k, "senior") || d_.key_is(k, "high-level")) ++k;
      // "Chile and Peru sent their defence ministers": people sent are delegates too
      const Match* office = d_.longest(k, Role::Office);
      const Match* role = d_.longest(k, Role::PersonRole);
      const Match* people = office && office->plural ? office : role && role->plural ? role : nullptr;
      const int noun_len = people ? people->len : 1;
      if (d_.key_is(k, "observers") || d_.key_is(k, "observer") || d_.is_role(k, Role::DelegationNoun) || people) {
        const int after = k + noun_len;
        if (after >= end || d_.key_is(after, ":") || d_.key_is(after, ",") || d_.key_is(after, ".") ||
            !objects_after(after, "Meeting", end).empty()) {
          return;
        }
      }
    }
    // "Denmark, which leads the brigade in Estonia, pledged a battalion": troops a subject gives go
    // to the force its relative clause says it leads
    const int led = troops && objects.empty() ? force_led_by_subject(group, floor) : -1;
    // "Latvia will send five.", "ten more": a count whose troops were named before goes where
    // they went, the force named last before it
    const int elided_to = elided ? force_named_before(i) : -1;
    const int implicit = led >= 0                        ? led
                         : elided_to >= 0                ? elided_to
                         : troops || objects.empty()     ? implicit_force(main_force, i, detail)
                                                         : main_force;
    // "would lead a new response team and give it twenty specialists", "set up a unit and
    // provide it with ...": troops given to a pronoun for the force the verb names go there
    bool after_object = false;
    for (int t = i + len, named = -1; troops && t < troops_at && !after_object; ++t) {
      const int fm = thing_at(t);
      if (fm >= 0 && d_.m(fm).kind == "Force" && std::find(objects.begin(), objects.end(), entity_of(fm)) != objects.end()) named = t;
      after_object = named >= 0 && t > named && (d_.key_is(t, "it") || d_.key_is(t, "them")) && d_.mention_at(t) < 0;
    }
    // "announced a contribution of EUR 12 million": the verb phrase names a contribution, so
    // it gives to the force in question even with no troops named
    bool contribution = false;
    for (int t = i + 1; t < i + len && type == "COMMITS"; ++t) contribution = contribution || frame_at(t, Role::FrameNoun, "COMMITS") != nullptr;
    // "pledged 600 million pounds to the drone coalition", "put sappers at the mission's
    // disposal": troops given to a force the verb names go there, not to the article's force
    bool sent_to_object = given_to_object;
    for (int t = troops_at + 1; troops && !objects.empty() && t + 1 < end && !sent_to_object; ++t) {
      if (!d_.key_is(t, "to") && !d_.key_is(t, "into") && !d_.key_is(t, "at")) continue;
      const int at = d_.is_role(t + 1, Role::Determiner) ? t + 2 : t + 1;
      const int fm = thing_at(at);
      const int fe = fm >= 0 && d_.m(fm).kind == "Force" ? entity_of(fm) : force_by_bare_head(at);
      sent_to_object = fe >= 0 && std::find(objects.begin(), objects.end(), fe) != objects.end();
    }
    if ((troops || contribution) && !sent_to_object && !after_object && implicit >= 0 &&
        std::find(objects.begin(), objects.end(), implicit) == objects.end()) {
      objects.push_back(implicit);
    }
    // "German forces could join": the subject was a troop noun, the object is implicit
    if (type == "COMMITS" && objects.empty() && implicit >= 0 && (d_.key_is(i, "join") || d_.key_is(i, "joins"))) {
      objects.push_back(implicit);
    }
    // "would send units once the training course is complete": a force the condition names is
    // what the pledge waits for, not where it goes
    if (type == "COMMITS") {
      const std::pair<int, int> cond = condition_span(i + len, end);
      const int cond_first = cond.first, cond_last = cond.second;  // plain ints: lambdas capture them
      std::erase_if(objects, [&](int o) {
        if (cond_first < 0 || o == implicit) return false;
        const std::vector<int>& ms = d_.e(o).mentions;
        return std::none_of(ms.begin(), ms.end(), [&](int mi) {
          return d_.m(mi).first >= i + len && d_.m(mi).first < end && (d_.m(mi).first < cond_first || d_.m(mi).first >= cond_last);
        });
      });
    }
    // "would provide EUR 12m, though the money will go to the fund, not to the mission itself"
    if (type == "COMMITS") std::erase_if(objects, [&](int o) { return denied_in(o, i + len, end); });
    if (objects.empty()) return;
    const std::string cond = condition_in(i + len, end);
    for (int subj : subjects) {
      const int party = type == "LEADS" ? subj : as_party(subj);
      if (party < 0) continue;
      if (type == "LEADS" && !party_kind(kind(party)) && kind(party) != "Person") continue;
      for (int o : objects) {
        std::map<std::string, std::string> props;
        if (!modality.empty()) props["modality"] = modality;
        if (type == "COMMITS") {
          if (!detail.empty() && o == implicit) props["detail"] = detail;
          if (!cond.empty()) props["condition"] = cond;
        }
        // "the United States chairs the mechanism": presiding over a force is no contribution
        // ("in charge of securing the lanes": a task the party carries out itself, leads:task)
        const char* rule = type != "LEADS"                             ? "commits:verb"
                           : d_.cue_length(i, Cue::PresidingVerb) > 0 ? "leads:chair"
                           : o == task                                 ? "leads:task"
                                                                       : "leads:verb";
        add(type, party, o, i, std::min(end, n_) - 1, rule, 0.75, props);
      }
    }
    // "the armour coalition, which it leads with Estonia", "leads the air-defence coalition with
    // Norway": a state or body after "with" closing the lead verb's clause leads it too
    if (type == "LEADS") {
      for (int t = i + len; t + 1 < end; ++t) {
        if (!d_.key_is(t, "with")) continue;
        int k = t + 1;
        if (d_.key_is(k, "the")) ++k;
        const int cm = d_.mention_at(k);
        if (cm < 0 || d_.m(cm).first != k) break;
        const int co = entity_of(cm);
        const int after = d_.m(cm).last;
        const bool closes = after >= end || d_.key_is(after, ",") || d_.key_is(after, ".") || d_.key_is(after, ";");
        if (co < 0 || !party_kind(kind(co)) || !closes) break;
        for (int o : objects) {
          if (kind(o) == "Force") add("LEADS", co, o, i, std::min(end, n_) - 1, "leads:with", 0.7);
        }
        break;
      }
    }
    if (type == "COMMITS") {
      std::vector<std::pair<int, int>> gapped = gapped_parties(i + len, end);
      for (int pm : gapped_items(end)) gapped.emplace_back(pm, d_.m(pm).last + 1);
      for (const auto& [pm, count] : gapped) {
        const int party = entity_of(pm);
        if (party < 0) continue;
        for (int o : objects) {
          std::map<std::string, std::string> props;
          if (!modality.empty()) props["modality"] = modality;
          add("COMMITS", party, o, d_.m(pm).first, std::min(end, n_) - 1, "commits:gapped", 0.65, props);
        }
      }
    }
    return;
  }
  if (type == "SIGNED") {
    std::vector<int> docs = objects_after(i + len, "Document", end);
    if (docs.empty()) return;
    if (const int amending = amending_text(i + len, end); amending >= 0) docs = {amending};
    // "alongside Macron and Starmer" co-signers
    std::vector<int> with;
    for (int t = i + len; t < end; ++t) {
      if (d_.key_is(t, "alongside") || (d_.key_is(t, "together") && d_.key_is(t + 1, "with")) || d_.key_is(t, "with")) {
        int k = t + 1 + (d_.key_is(t, "together") ? 1 : 0);
        while (k < end) {
          const int mi = d_.mention_at(k);
          if (mi >= 0 && d_.m(mi).kind == "Person") {
            with.push_back(entity_of(mi));
            k = d_.m(mi).last;
            continue;
          }
          if (d_.key_is(k, "and") || d_.key_is(k, ",")) {
            ++k;
            continue;
          }
          // "with Foreign Minister X": through the co-signer's title
          if (const Match* off = d_.longest(k, Role::Office); off != nullptr && off->first + off->len < end) {
            k += off->len;
            continue;
          }
          break;
        }
      }
    }
    // "signed a defence agreement and a memorandum on ...": every text of the coordinated object
    std::vector<int> signed_docs{docs.front()};
    for (int t = i + len; t < end; ++t) {
      const int ph = d_.phrase_at[static_cast<size_t>(t)];
      if (ph < 0 || d_.m(ph).kind != "Document" || entity_of(ph) != docs.front()) continue;
      int k = d_.m(ph).last;
      while (k + 1 < end && (d_.key_is(k, "and") || d_.key_is(k, ","))) {
        const int nx = d_.phrase_at[static_cast<size_t>(k + 1)];
        if (nx < 0 || d_.m(nx).kind != "Document" || d_.m(nx).first != k + 1 || d_.m(nx).dropped) break;
        const int e = entity_of(nx);
        if (e >= 0 && std::find(signed_docs.begin(), signed_docs.end(), e) == signed_docs.end()) signed_docs.push_back(e);
        k = d_.m(nx).last;
      }
      break;
    }
    for (int subj : subjects) {
      if (kind(subj) != "Person" && kind(subj) != "Country") continue;
      for (int dd : signed_docs) add("SIGNED", subj, dd, i, end - 1, signed_rule, 0.85);
    }
    for (int w : with) add("SIGNED", w, docs.front(), i, end - 1, "signed:alongside", 0.75);
    return;
  }
  if (type == "HOSTED") {
    // "who hosted us at his residence and chaired all three days of talks": the objects end where a
    // second predicate begins
    for (int t = i + len; t + 1 < end; ++t) {
      if (d_.key_is(t, "and") && d_.longest(t + 1, Role::FrameActive) && !d_.cap(t + 1)) {
        end = t;
        break;
      }
    }
    std::vector<int> meetings = objects_after(i + len, "Meeting", end);
    const bool named_elsewhere = meetings.empty();
    // "..., which Peru will host", "Qatar will host that round", "when Chile hosts the first
    // review": no meeting after the verb; the meeting named last before it in the sentence,
    // else a meeting to come of the sentence before
    if (meetings.empty()) {
      const bool pronoun = d_.key_is(i + len, "it");
      const int best = meeting_named_before(i, pronoun);
      if (best >= 0) meetings.push_back(best);
      // "offered to host it next year in Geneva": the article's meeting held in that place
      if (best < 0 && pronoun && d_.key_is(i + len + 1, "in")) {
        const int pm = d_.atom_at[static_cast<size_t>(std::min(n_ - 1, i + len + 2))];
        const int place = pm >= 0 && d_.m(pm).first == i + len + 2 && d_.m(pm).kind == "Place" ? entity_of(pm) : -1;
        for (size_t e = 0; e < d_.entities.size() && place >= 0 && meetings.empty(); ++e) {
          const Entity& x = d_.entities[e];
          if (x.kind == "Meeting" && !x.removed && std::find(x.places.begin(), x.places.end(), place) != x.places.end()) {
            meetings.push_back(static_cast<int>(e));
          }
        }
      }
    }
    // "At a conference Latvia hosted in its capital": a meeting head the clause of the verb
    // qualifies is the article's meeting
    if (meetings.empty()) {
      const int sm = d_.mention_at(verb_group_start(i, floor) - 1);
      if (sm >= 0 && d_.is_role(d_.m(sm).first - 1, Role::MeetingHead) && !d_.cap(d_.m(sm).first - 1)) {
        if (const int main = main_entity("Meeting"); main >= 0) meetings.push_back(main);
      }
    }
    if (meetings.empty()) return;
    for (int subj : subjects) {
      if (kind(subj) == "Person" || kind(subj) == "Country") add("HOSTED", subj, meetings.front(), i, end - 1, "hosted:verb", 0.85);
    }
    // "Chile hosted defence ministers from Peru and Bolivia": the states they came from attended
    for (int state : guests_from(i + len, end)) add("ATTENDED", state, meetings.front(), i, end - 1, "attended:hosted-from", 0.75);
    // "..., which Tonga will host in Nukualofa", "hosted it in Apia": the place it is held in
    if (named_elsewhere) {
      const int t = d_.key_is(i + len, "it") ? i + len + 1 : i + len;
      const int c = d_.key_is(t + 1, "the") ? t + 2 : t + 1;
      const int pm = d_.key_is(t, "in") && c < end ? d_.atom_at[static_cast<size_t>(c)] : -1;
      const int place = pm >= 0 && d_.m(pm).first == c && d_.m(pm).kind == "Place" ? entity_of(pm) : -1;
      if (place >= 0) add("HELD_IN", meetings.front(), place, i, end - 1, "held_in:hosted-in", 0.75);
    }
    // "X hosted the summit with A and B": the guests named after it attended, and so did a host
    // who is a person
    for (int t = i + len; t < end; ++t) {
      const int ph = d_.phrase_at[static_cast<size_t>(t)];
      if (ph < 0 || d_.m(ph).kind != "Meeting") continue;
      if (entity_of(ph) != meetings.front() || !d_.key_is(d_.m(ph).last, "with")) break;
      const std::vector<int> guests = agents_after(d_.m(ph).last + 1, end);
      if (guests.empty()) break;
      for (int g : guests) {
        if (kind(g) == "Person" || party_kind(kind(g))) add("ATTENDED", g, meetings.front(), i, end - 1, "attended:hosted-with", 0.75);
      }
      for (int subj : subjects) {
        if (kind(subj) == "Person") add("ATTENDED", subj, meetings.front(), i, end - 1, "attended:hosted-with", 0.75);
      }
      break;
    }
    // "X hosted his counterpart, Y, for the summit", "to host Y on her first state visit":
    // host and guest were both there
    for (int t = i + len + 1; t + 1 < end; ++t) {
      if (!(d_.key_is(t, "for") || d_.key_is(t, "at") || d_.key_is(t, "on"))) continue;
      int ph = -1;
      for (int k = t + 1; k < end && k <= t + 4 && ph < 0; ++k) ph = d_.phrase_at[static_cast<size_t>(k)];
      if (ph < 0 || d_.m(ph).kind != "Meeting" || entity_of(ph) != meetings.front()) break;
      int g0 = i + len;
      if (d_.key_is(g0, "his") || d_.key_is(g0, "her") || d_.key_is(g0, "their") || d_.key_is(g0, "its")) ++g0;
      std::vector<int> guests = agents_after(g0, t);
      if (guests.empty()) break;
      for (int subj : subjects) guests.push_back(subj);
      for (int g : guests) {
        if (kind(g) == "Person" || party_kind(kind(g))) add("ATTENDED", g, meetings.front(), i, end - 1, "attended:hosted-guest", 0.75);
      }
      break;
    }
    return;
  }
  if (type == "PRODUCED") {
    std::vector<int> docs = objects_after(i + len, "Document", end);
    for (int subj : subjects) {
      if (kind(subj) != "Meeting") continue;
      for (int dd : docs) add("PRODUCED", subj, dd, i, end - 1, "produced:verb", 0.8);
    }
  }
}

int Relations::meeting_named_before(int i, bool pronoun) const {
  const int hs = d_.sentence_of(i);
  int best = -1;
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& mm = d_.mentions[mi];
    if (mm.kind != "Meeting" || mm.dropped || mm.first >= i || entity_of(static_cast<int>(mi)) < 0) continue;
    const int ms = d_.sentence_of(mm.first);
    // ("A follow-up round is planned for Tallinn. Estonia has offered to host it": "it" is the
    // meeting of the sentence before)
    if (ms != hs && !(ms == hs - 1 && (pronoun || d_.e(entity_of(static_cast<int>(mi))).future))) continue;
    if (best < 0 || mm.first > d_.m(best).first) best = static_cast<int>(mi);
  }
  return best >= 0 ? entity_of(best) : -1;
}

bool Relations::pronoun_object(int t) const { return d_.key_is(t, "it") && d_.mention_at(t) < 0; }

bool Relations::bare_meeting_head(int t) const {
  if (!(d_.key_is(t, "the") || d_.key_is(t, "both") || d_.key_is(t, "all"))) return false;
  const int k = d_.key_is(t + 1, "the") ? t + 2 : t + 1;  // "all the sessions"
  const Match* head = d_.longest(k, Role::MeetingHead);
  return head != nullptr && head->first == k && !d_.cap(k) && !d_.key_is(k + head->len, "of");
}

int Relations::honour_owner(int to, int floor) {
  // "I had the privilege of chairing the talks", "X had the pleasure of chairing it"
  if (d_.key_is(to, "of") && d_.cue(to - 1, Cue::HonourNoun) && d_.key_is(to - 2, "the") &&
      (d_.key_is(to - 3, "had") || d_.key_is(to - 3, "has") || d_.key_is(to - 3, "have")) && to - 4 >= floor) {
    std::string modality;
    bool negated = false;
    for (int e : parties_before(to - 3, floor, modality, negated)) {
      if (kind(e) == "Person") return e;
    }
    const int p = pronoun_subject(to - 4);
    return p >= 0 && kind(p) == "Person" ? p : -1;
  }
  // "It was my great privilege to host X", "it was the president's great pleasure to welcome Y":
  // whose honour it is does what follows the "to"
  if (!d_.key_is(to, "to")) return -1;
  int k = to - 1;
  if (!d_.cue(k, Cue::HonourNoun)) return -1;
  --k;
  if (k > floor && d_.word(k) && !d_.cap(k) && !d_.is_role(k, Role::Determiner) && d_.lex.pronouns.find(d_.key(k)) == d_.lex.pronouns.end() &&
      d_.lex.first_person.find(d_.key(k)) == d_.lex.first_person.end()) {
    --k;  // one adjective: "my great honour"
  }
  if (k < floor) return -1;
  if (d_.key_is(k, "'s") && k > floor) {
    const int a = d_.atom_at[static_cast<size_t>(k - 1)];
    return a >= 0 && d_.m(a).last == k && d_.m(a).kind == "Person" ? entity_of(a) : -1;
  }
  const int p = pronoun_subject(k);
  return p >= 0 && kind(p) == "Person" ? p : -1;
}

bool Relations::troops_describe_force(int t, const std::vector<int>& objects) const {
  const int own = d_.mention_at(t);
  if (own < 0 || d_.m(own).kind != "Force" || d_.m(own).first >= t) return false;
  if (std::find(objects.begin(), objects.end(), entity_of(own)) == objects.end()) return false;
  for (int k = d_.m(own).first + 1; k < t; ++k) {
    if (d_.key_is(k, "to") || d_.key_is(k, "in") || d_.key_is(k, "for") || d_.key_is(k, "at") || d_.key_is(k, "near")) return true;
  }
  return false;
}

int Relations::force_by_bare_head(int t) const {
  if (!d_.word(t) || d_.cap(t) || d_.mention_at(t) >= 0) return -1;
  // "Ireland pledged 30 million euros to the same fund": "same" points back to the force named
  // last, in this sentence or the one before
  if (d_.key_is(t, "same") && d_.word(t + 1) && !d_.cap(t + 1) && d_.key_is(t - 1, "the")) {
    const int floor = d_.sentence_first(std::max(0, d_.sentence_of(t) - 1));
    for (int k = t - 2; k >= floor; --k) {
      const int mi = thing_at(k);
      if (mi < 0 || d_.m(mi).kind != "Force" || d_.m(mi).dropped || d_.m(mi).last > t) continue;
      if (const int e = entity_of(mi); e >= 0) return e;
    }
    return -1;
  }
  const std::string& w = d_.key(t);
  int found = -1;
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind != "Force" || x.removed || x.head.empty()) continue;
    const bool same = x.head == w || (x.head.size() > w.size() && x.head.ends_with(w) && x.head[x.head.size() - w.size() - 1] == ' ');
    if (!same) continue;
    if (found >= 0 && found != static_cast<int>(e)) return -1;  // two forces of that head: which one is unsaid
    found = static_cast<int>(e);
  }
  return found;
}

// "will take in the unit and fund its offices": "its" right after the verb, before no troop
// noun (the subject's own troops), is the force named before the verb in the sentence
int Relations::force_of_its(int t, int verb, int floor) const {
  if (!d_.key_is(t, "its") || d_.longest(t + 1, Role::TroopNoun)) return -1;
  for (int k = verb - 1; k >= floor; --k) {
    const int m = thing_at(k);
    if (m >= 0 && d_.m(m).kind == "Force" && !d_.m(m).dropped && entity_of(m) >= 0) return entity_of(m);
  }
  return -1;
}

int Relations::amending_text(int from, int end) {
  int k = from;
  while (k < end && d_.is_role(k, Role::Determiner)) ++k;
  const Match* head = k < end ? d_.longest(k, Role::DocumentHead) : nullptr;
  if (head == nullptr || d_.atom_at[static_cast<size_t>(k)] >= 0) return -1;
  int t = k + head->len;
  if (!d_.key_is(t, "to")) return -1;
  ++t;
  int dm = d_.mention_at(t);
  if (dm < 0 && d_.key_is(t, "the")) dm = d_.mention_at(++t);
  if (dm < 0 || d_.m(dm).kind != "Document" || d_.m(dm).first > t || d_.m(dm).dropped || d_.m(dm).last > end) return -1;
  return phrase_entity("Document", k, d_.m(dm).last, std::string(d_.span(k, k + head->len)));
}

int Relations::gerund_force(int from, int end) {
  int e = from;
  while (e < end && e < from + 10 && !d_.key_is(e, ",") && !d_.key_is(e, ".") && !d_.key_is(e, ";") && !d_.is(e, tok::kDQuote) &&
         !d_.key_is(e, "while") && !d_.key_is(e, "and") && !d_.key_is(e, "but")) {
    ++e;
  }
  if (e - from < 2 || e - from > 9) return -1;
  return phrase_entity("Force", from, e, d_.key(from));
}

int Relations::phrase_entity(std::string_view kind, int first, int last, const std::string& head) {
  const int mi = d_.add_mention(d_.span_phrase(Label(std::string(kind)), first, last, head));
  Entity x;
  x.kind = kind;
  x.name = d_.m(mi).surface;
  x.head = head;
  x.aliases.push_back(x.name);
  x.mentions.push_back(mi);
  x.attributes["head"] = head;
  d_.entities.push_back(std::move(x));
  const int ei = static_cast<int>(d_.entities.size()) - 1;
  d_.m(mi).entity = ei;
  return ei;
}

}  // namespace kg::ingest::detail
