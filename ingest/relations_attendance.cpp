// ATTENDED and HOSTED said without an attend verb: talks held, acting or speaking at a meeting,
// delegations, representation, observers, a meeting a body's possessive names.
#include <algorithm>

#include "ingest/relations.h"

namespace kg::ingest::detail {

void Relations::attendance() {
  const int main_meeting = main_entity("Meeting");
  roster_attendance(main_meeting);
  for (int i : d_.starts(Role::FrameActive)) {
    if (d_.in_quote(i)) continue;
    const Match* v = frame_at(i, Role::FrameActive, "ATTENDED");
    if (!v) continue;
    const int s = d_.sentence_of(i);
    const int floor = d_.sentence_first(s);
    const int end = clause_end(i + v->len);
    // the meeting: an object in the clause, the verb itself ("met in Paris"), or a place that
    // is the main meeting's place
    std::vector<int> meetings = objects_after(i + v->len, "Meeting", end);
    if (meetings.empty()) {
      const int own = d_.phrase_at[static_cast<size_t>(i)];
      if (own >= 0 && d_.m(own).kind == "Meeting" && d_.m(own).first == i && entity_of(own) >= 0) meetings.push_back(entity_of(own));
    }
    // "X also attended": no object, the article's meeting
    // "Chile and Peru took part as observers", "X took part for the first time as an observer"
    const int nx = i + v->len;
    bool as_role = d_.key_is(nx, "as") || (d_.key_is(nx, "for") && d_.key_is(nx + 1, "the") && d_.key_is(nx + 3, "time"));
    // "joined the last day as dialogue partners", "sat in on the talks as observers": a
    // participant's role a few words on
    for (int t = nx + 1; !as_role && t < std::min(end, nx + 6); ++t) {
      if (!d_.key_is(t, "as")) continue;
      for (int r = t + 1; r <= t + 2 && !as_role; ++r) as_role = d_.cue(r, Cue::ParticipantRole);
      break;
    }
    // "joined by video link", "took part remotely"
    const bool remote = (d_.key_is(nx, "by") || d_.key_is(nx, "via")) && d_.cue(nx + 1, Cue::RemoteMeans);
    // "X sat in on every session": the sessions of the article's meeting
    const bool every_session = d_.key_is(i, "sat") && d_.key_is(nx, "on") && (d_.key_is(nx + 1, "every") || d_.key_is(nx + 1, "all"));
    const bool intransitive = every_session || ((d_.key_is(nx, ",") || d_.key_is(nx, ".") || d_.key_is(nx, ";") || d_.key_is(nx, "too") || as_role || remote ||
                               d_.key_is(nx, "remotely") || d_.key_is(nx, "online") ||
                               (d_.key_is(nx, "along") && d_.key_is(nx + 1, "with"))) &&
                              (d_.key_is(i, "attended") || d_.key_is(i, "participated") || d_.key_is(i, "joined") ||
                               // "The presidents of A and B came, as did ..."
                               (d_.key_is(i, "came") && (d_.key_is(nx, ",") || d_.key_is(nx, "."))) ||
                               // "X was also present."
                               d_.key_is(nx - 1, "present") ||
                               // "Leaders from A and B took part." ("took part, a first for both leaders": a
                               // noun phrase apposed to the clause; "took part, but" is another clause)
                               (v->len == 2 && d_.key_is(i + 1, "part") &&
                                (!d_.key_is(nx, ",") || d_.key_is(nx + 1, "the") || d_.key_is(nx + 1, "a") || d_.key_is(nx + 1, "an"))) ||
                               (as_role && (d_.key_is(i, "took") || d_.key_is(i, "take") || d_.key_is(i, "takes") || d_.key_is(i, "sat") ||
                                            d_.key_is(i, "joining") || d_.key_is(i, "joins") ||
                                            d_.key_is(i, "taking") || d_.key_is(i, "attending") || d_.key_is(i, "participating")))));
    // "held talks with Y on the sidelines": the sidelines of the article's meeting
    bool sidelines = false;
    for (int t = nx; t + 2 < end && !sidelines; ++t) {
      sidelines = sidelines_at(t) && !d_.key_is(t + 3, "of");
    }
    if (meetings.empty() && main_meeting >= 0 && (intransitive || sidelines)) meetings.push_back(main_meeting);
    if (meetings.empty() && main_meeting >= 0) {
      for (int t = i + v->len; t < std::min(end, i + v->len + 4); ++t) {
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a >= 0 && d_.m(a).kind == "Place") {
          const int pe = entity_of(a);
          const auto& pl = d_.e(main_meeting).places;
          if (std::find(pl.begin(), pl.end(), pe) != pl.end()) meetings.push_back(main_meeting);
          break;
        }
      }
    }
    if (meetings.empty()) continue;
    std::string modality;
    bool negated = false;
    std::vector<int> who = parties_before(i, floor, modality, negated);
    if (negated) continue;
    // "X, who was present at the signing"
    if (who.empty()) {
      int k = i;
      while (k > floor && d_.ending_at(k, Role::Auxiliary)) k = d_.ending_at(k, Role::Auxiliary)->first;
      if (d_.key_is(k - 1, "who")) {
        int j = k - 1;
        if (d_.key_is(j - 1, ",")) --j;
        std::string m2;
        bool n2 = false;
        who = parties_before(j, floor, m2, n2);
        if (who.size() > 1) who.erase(who.begin(), who.end() - 1);
      } else if (d_.key_is(k - 1, "which") && d_.key_is(k - 2, ",") && !d_.e(meetings.front()).future &&
                 (as_role || (d_.key_is(nx, "in") && thing_at(nx + 1) >= 0 && d_.m(thing_at(nx + 1)).kind == "Meeting"))) {
        // "(the participation) of Chile, Kenya and Norway, which took part as observers": the
        // states or bodies listed right before the relative clause, whatever governs them
        for (int t = k - 3; t >= floor;) {
          const int mi = d_.mention_at(t);
          if (mi >= 0 && d_.m(mi).last == t + 1 && !d_.m(mi).dropped && party_kind(d_.m(mi).kind)) {
            if (const int e = entity_of(mi); e >= 0) who.push_back(e);
            t = d_.m(mi).first - 1;
            if (d_.key_is(t, "the")) --t;
            continue;
          }
          if (!who.empty() && (d_.key_is(t, ",") || d_.key_is(t, "and"))) {
            --t;
            continue;
          }
          break;
        }
      } else if (k - 1 >= floor) {
        const int p = pronoun_subject(k - 1);
        if (p >= 0) who.push_back(p);
      }
    }
    // "* NORWAY: Took part in the talks but offered no troops": a factbox bullet's party
    if (who.empty() && !d_.in_quote(i)) {
      if (const int label = label_subject(i, floor); label >= 0) who.push_back(label);
    }
    // "Also present in Lima were A, B and C" (not a passive: "The talks, chaired by X, were the
    // first since A and B ...")
    if (who.empty() && !d_.key_is(i + v->len, "by")) {
      for (int t = i + v->len; t < end; ++t) {
        if (d_.key_is(t, "were") || d_.key_is(t, "was")) {
          for (int k = t + 1; k < end; ++k) {
            const int mi = d_.mention_at(k);
            if (mi < 0 || d_.m(mi).dropped || d_.m(mi).nested) continue;
            const int e = entity_of(mi);
            if (e >= 0 && (kind(e) == "Person" || party_kind(kind(e)))) who.push_back(e);
            k = d_.m(mi).last - 1;
          }
          break;
        }
      }
    }
    // "President X welcomed the ministers and opened the session": the subject of the first predicate
    if (who.empty()) who = shared_subjects(i, floor);
    // "With Zelenskyy, along Witkoff and Kushner, ... at the table during the talks": everyone
    // named in the clause before a verbless attendance phrase
    if (who.empty() && (d_.key_is(i, "at") || d_.key_is(i, "present") || d_.key_is(i, "in"))) {
      for (int t = floor; t < i; ++t) {
        const int mi = d_.atom_at[static_cast<size_t>(t)];
        if (mi < 0 || d_.m(mi).first != t || d_.m(mi).dropped || d_.m(mi).nested || d_.in_quote(t)) continue;
        if (d_.m(mi).kind == "Person" && !d_.key_is(d_.m(mi).last, "'s")) who.push_back(entity_of(mi));
        t = d_.m(mi).last - 1;
      }
    }
    // "Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh": whom one meets is there too
    if (d_.key_is(i, "met") || d_.key_is(i, "meets") || d_.key_is(i, "meet")) {
      for (int a : agents_after(i + v->len, end)) who.push_back(a);
    }
    // "X held talks with Y", "attended a meeting with Y": whom the meeting was with is there too
    for (int t = i + v->len + 1; t + 1 < end && t < i + v->len + 8; ++t) {
      if (!d_.key_is(t, "with") || d_.key_is(t - 1, "along")) continue;
      const int ph = d_.phrase_at[static_cast<size_t>(t - 1)];
      if ((ph >= 0 && d_.m(ph).kind == "Meeting") || d_.ending_at(t, Role::MeetingHead)) {
        for (int a : agents_after(t + 1, end)) who.push_back(a);
      }
      break;
    }
    // "Delegations of A and B, including X and Y, attended the meeting": the members named
    for (int a : included_before(i, floor)) who.push_back(a);
    // "..., along with A and B", "together with A and B as partner countries": they were
    // there too (the phrase may follow the clause's comma)
    const int s_end = d_.sentence_last(s);
    for (int t = i + v->len; t + 1 < s_end && (t < end || d_.key_is(t - 1, ",")); ++t) {
      const bool with = (d_.key_is(t, "along") || d_.key_is(t, "together")) && d_.key_is(t + 1, "with");
      if (!with && !d_.key_is(t, "alongside")) continue;
      const int from = t + (with ? 2 : 1);
      for (int a : agents_after(from, std::max(end, clause_end(from)))) who.push_back(a);
      break;
    }
    // "The presidents of A and B came, as did the prime minister of C": C came too
    if (intransitive && d_.key_is(nx, ",") && d_.key_is(nx + 1, "as") && d_.key_is(nx + 2, "did")) {
      for (int a : agents_after(nx + 3, clause_end(nx + 3))) who.push_back(a);
    }
    // ("Also present were A and B": said only to be there, see kPresentRule)
    // ("The ministers of A, B and C met in Lima": a state among them that hosted is host only,
    // see inference())
    const bool met = d_.key_is(i, "met") || d_.key_is(i, "gathered") || d_.key_is(i, "convened") || (d_.key_is(i, "sat") && d_.key_is(i + 1, "down"));
    const std::string_view rule = d_.key_is(i + v->len - 1, "present") ? kPresentRule : met ? "attended:met" : "attended:verb";
    // "held a bilateral meeting on the sidelines of the summit": they were at the summit too
    const int outer = sidelines_of(nx, end, main_meeting);
    for (int w : who) {
      if (w < 0 || (kind(w) != "Person" && !party_kind(kind(w)))) continue;
      add("ATTENDED", w, meetings.front(), std::max(floor, i - 1), end - 1, rule, 0.8);
      if (outer >= 0 && outer != meetings.front()) add("ATTENDED", w, outer, std::max(floor, i - 1), end - 1, "attended:sidelines", 0.7);
    }
    if (!d_.e(meetings.front()).future) office_holders_of(who, meetings.front(), floor, i, end);
  }
  spoke_at(main_meeting);
  addresses(main_meeting);
  acted_at();
  delegates(main_meeting);
  meeting_record(main_meeting);
  their_meetings();
  represented(main_meeting);
  represented_and_accompanied(main_meeting);
  attendance_openers(main_meeting);
  thanked_hosts(main_meeting);
  agreed_at();
  invitations();
  // "Tuesday's gathering saw leaders from ... come together": parties in the clause.
  for (int i : d_.starts(Role::GatheringVerb)) {
    const Match* g = frame_at(i, Role::GatheringVerb, "ATTENDED");
    if (!g || d_.in_quote(i)) continue;
    const int before = d_.phrase_at[static_cast<size_t>(std::max(0, i - 1))];
    int meeting = -1;
    if (before >= 0 && d_.m(before).kind == "Meeting") meeting = entity_of(before);
    if (meeting < 0 && d_.key_is(i - 1, "which")) {
      const int b2 = d_.phrase_at[static_cast<size_t>(std::max(0, i - 2))];
      if (b2 >= 0 && d_.m(b2).kind == "Meeting") meeting = entity_of(b2);
    }
    // "It brought together ...": a sentence opened by "it" and a verb of gathering people
    // is about the article's meeting
    if (meeting < 0 && i >= 1 && i - 1 == d_.sentence_first(d_.sentence_of(i)) && d_.key_is(i - 1, "it") &&
        (d_.key_is(i, "brought") || d_.key_is(i, "brings") || d_.key_is(i, "gathered") || d_.key_is(i, "drew"))) {
      meeting = main_meeting;
    }
    // "The meeting, hosted by A and chaired by B, brought together ...": the meeting that opens
    // the sentence, past its parenthetical
    if (meeting < 0 && d_.key_is(i - 1, ",")) {
      const int s_first = d_.sentence_first(d_.sentence_of(i));
      const int opener = d_.phrase_at[static_cast<size_t>(s_first)];
      if (opener >= 0 && d_.m(opener).kind == "Meeting" && d_.m(opener).first == s_first && !d_.m(opener).future) {
        meeting = entity_of(opener);
      }
    }
    if (meeting < 0) continue;
    const int end = d_.sentence_last(d_.sentence_of(i));
    std::vector<int> gathered;
    for (int k = i + g->len; k < end; ++k) {
      // "ministers from A and B, which with C have long ...": a relative clause after the list
      // says something else about its members; who else is named there was not gathered
      if (relative_clause_at(k)) break;
      const int mi = d_.atom_at[static_cast<size_t>(k)];
      if (mi < 0 || d_.m(mi).dropped || d_.m(mi).nested || d_.m(mi).form == Form::Demonym) continue;
      const int e = entity_of(mi);
      if (e >= 0 && (kind(e) == "Person" || party_kind(kind(e)))) add("ATTENDED", e, meeting, i, end - 1, "attended:gathering", 0.75);
      if (e >= 0 && kind(e) == "Country") gathered.push_back(e);
      k = d_.m(mi).last - 1;
    }
    gathered_office_holders(i + g->len, gathered, meeting, i, end);
  }
}

void Relations::their_meetings() {
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& m = d_.mentions[mi];
    if (m.kind != "Meeting" || m.form != Form::Phrase || m.dropped || (m.det != "their" && m.det != "its")) continue;
    const int meeting = entity_of(static_cast<int>(mi));
    if (meeting < 0 || d_.e(meeting).owner >= 0) continue;
    const int floor = d_.sentence_first(d_.sentence_of(m.first));
    for (int t = floor; t < m.first; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).dropped || d_.in_quote(t)) continue;
      const int e = entity_of(a);
      if (e >= 0 && kind(e) == "Organization") {
        d_.e(meeting).owner = e;
        add("ATTENDED", e, meeting, t, m.last - 1, "attended:owner", 0.7);
      }
      break;
    }
  }
}

void Relations::denied_attendance() {
  for (int i = 1; i + 1 < n_; ++i) {
    if (d_.in_quote(i) || !(d_.key_is(i, "not") || d_.key_is(i, "n't") || d_.key_is(i, "never"))) continue;
    if (!frame_at(i + 1, Role::FrameActive, "ATTENDED") && !d_.cue(i + 1, Cue::TravellingVerb)) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    const int group = verb_group_start(i, floor);
    if (group == i || group <= floor) continue;  // "not" after an auxiliary or modal, after its subject
    const int a = d_.atom_at[static_cast<size_t>(group - 1)];
    const int e = a >= 0 && d_.m(a).last == group ? entity_of(a) : pronoun_subject(group - 1);
    if (e < 0 || kind(e) != "Person") continue;
    int meeting = -1;
    for (int k = i + 2; k < std::min(n_, d_.sentence_last(d_.sentence_of(i))) && meeting < 0; ++k) {
      const int m = d_.phrase_at[static_cast<size_t>(k)];
      if (m >= 0 && !d_.in_quote(k) && d_.m(m).kind == "Meeting" && !d_.m(m).dropped) meeting = entity_of(m);
    }
    denied_attendees_.insert({e, meeting});
  }
}

// "Ruritania withdrew its offer the next day", "Ruritania has since retracted the pledge": the
// state or body before the verb group took its pledge back; it commits nothing in the article.
void Relations::withdrawn_pledges() {
  for (int i : d_.starts(Cue::RetractingVerb)) {
    if (i < 1 || i + 2 >= n_ || d_.in_quote(i) || !d_.cue(i, Cue::RetractingVerb)) continue;
    if (!d_.cue(i + 1, Cue::PledgeNoun) && !d_.cue(i + 2, Cue::PledgeNoun)) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    const int group = verb_group_start(i, floor);
    if (group <= floor) continue;
    const int a = d_.atom_at[static_cast<size_t>(group - 1)];
    const int e = a >= 0 && d_.m(a).last == group ? entity_of(a) : -1;
    if (e >= 0 && (kind(e) == "Country" || kind(e) == "Organization")) withdrawn_pledgers_.insert(e);
  }
}

void Relations::acted_at() {
  for (int i = 0; i < n_; ++i) {
    const int floor = d_.sentence_first(d_.sentence_of(i));
    if (i != floor || d_.in_quote(i)) continue;
    const int s_last = d_.sentence_last(d_.sentence_of(i));
    // the subject: party names joined by "and" or commas
    std::vector<int> who;
    int t = i;
    while (t < s_last) {
      if (d_.key_is(t, "and") || d_.key_is(t, ",") || d_.key_is(t, "the")) {
        ++t;
        continue;
      }
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).first != t || d_.m(a).dropped) break;
      const int e = entity_of(a);
      if (e < 0 || (kind(e) != "Person" && !party_kind(kind(e)))) break;
      if (std::find(who.begin(), who.end(), e) == who.end()) who.push_back(e);
      t = d_.m(a).last;
    }
    const int verb = t;
    if (who.empty() || verb >= s_last || !d_.word(verb) || !d_.is(verb, tok::kLower)) continue;
    // ("X is hosting the meeting at Y": the host is no guest, past the auxiliaries too)
    int lexical = verb;
    while (lexical < s_last && d_.longest(lexical, Role::Auxiliary)) lexical += d_.longest(lexical, Role::Auxiliary)->len;
    if (frame_at(verb, Role::FrameActive, "HOSTED") || frame_at(lexical, Role::FrameActive, "HOSTED")) continue;
    int meeting = -1;
    for (int k = verb; k < s_last && meeting < 0; ++k) {
      if (d_.in_quote(k) || d_.key_is(k, ";") || d_.key_is(k, "but") || d_.key_is(k, "which") || d_.key_is(k, "who") ||
          d_.key_is(k, "while") || d_.key_is(k, "after") || d_.key_is(k, "before")) {
        break;
      }
      if (d_.longest(k, Role::Negation)) break;
      const bool margin = d_.key_is(k, "on") && d_.key_is(k + 1, "the") && d_.cue(k + 2, Cue::Sidelines);
      if (!d_.key_is(k, "at") && !margin) continue;
      const int ph = meeting_after_preposition(k, k + 1);
      if (ph >= 0 && !d_.m(ph).future) meeting = entity_of(ph);
    }
    if (meeting < 0 || d_.e(meeting).future) continue;
    for (int w : who) add("ATTENDED", w, meeting, i, s_last - 1, "attended:acted-at", 0.6);
  }
}

void Relations::spoke_at(int main_meeting) {
  for (int i : d_.starts(Role::SpeechVerb)) {
    const Match* v = d_.longest(i, Role::SpeechVerb);
    if (!v || d_.in_quote(i)) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    const int s_last = d_.sentence_last(d_.sentence_of(i));
    std::string modality;
    bool negated = false;
    std::vector<int> who = parties_before(i, floor, modality, negated);
    if (who.empty() && i - 1 > floor && d_.key_is(i - 1, ",")) who = parties_before(i - 1, floor, modality, negated);  // "X, speaking to reporters"
    if (who.empty() && i > floor) {
      const int p = pronoun_subject(i - 1);
      if (p >= 0) who.push_back(p);
    }
    if (who.size() != 1 || kind(who.front()) != "Person" || negated) continue;
    int meeting = -1;
    // a meeting right after the verb or opening the sentence
    // "told journalists on the margins of the summit": the window covers a short object
    int m1 = meeting_after_preposition(i + v->len, std::min(s_last, i + v->len + 4));
    if (m1 < 0) m1 = meeting_after_preposition(floor, std::min(floor + 1, i));
    // "Speaking to reporters after the ceremony, X said": a speech verb's clause opening the sentence
    if (const Match* opening = d_.longest(floor, Role::SpeechVerb); m1 < 0 && opening != nullptr && floor < i) {
      int comma = floor + opening->len;
      while (comma < i && !d_.key_is(comma, ",")) ++comma;
      if (comma < i) m1 = meeting_after_preposition(floor + opening->len, comma);
    }
    // "told the summit that ...", "told the session": the meeting as the one spoken to
    if (m1 < 0) {
      int k = i + v->len;
      if (d_.key_is(k, "the")) ++k;
      const int ph = k < s_last ? d_.phrase_at[static_cast<size_t>(k)] : -1;
      if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).future && (d_.m(ph).first == k || d_.m(ph).first == k - 1)) m1 = ph;
    }
    if (m1 >= 0) meeting = entity_of(m1);
    // "told reporters after the signing": the signing is the article's meeting
    if (meeting < 0 && main_meeting >= 0) {
      // (past a short object: "told a news conference after the signing")
      for (int t = i + v->len; t + 2 < std::min(s_last, i + v->len + 6); ++t) {
        if ((d_.key_is(t, "after") || d_.key_is(t, "at")) && d_.key_is(t + 1, "the") && d_.key_is(t + 2, "signing")) meeting = main_meeting;
      }
    }
    // "said in Paris" where the main meeting was held, "told reporters at X Palace", its venue
    for (int t = i + v->len; meeting < 0 && main_meeting >= 0 && t < std::min(s_last, i + v->len + 3); ++t) {
      if (!d_.key_is(t, "in") && !d_.key_is(t, "at")) continue;
      const int a = d_.atom_at[static_cast<size_t>(std::min(n_ - 1, d_.key_is(t + 1, "the") ? t + 2 : t + 1))];
      const int place = a >= 0 && d_.m(a).kind == "Place" ? entity_of(a) : -1;
      const auto& pl = d_.e(main_meeting).places;
      if (place >= 0 && (std::find(pl.begin(), pl.end(), place) != pl.end() || has(d_.relations, "HELD_IN", main_meeting, place))) {
        meeting = main_meeting;
      }
      break;
    }
    if (meeting >= 0) add("ATTENDED", who.front(), meeting, floor, s_last - 1, "attended:spoke-at", 0.6);
  }
}

void Relations::meeting_record(int main_meeting) {
  if (main_meeting < 0 || d_.e(main_meeting).future) return;
  const int owner = d_.e(main_meeting).owner;
  auto attend = [&](const std::vector<int>& who, int first, int last, const char* rule) {
    for (int w : who) {
      if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) add("ATTENDED", w, main_meeting, first, last, rule, 0.7);
    }
  };
  for (int i = 0; i < n_; ++i) {
    if (d_.in_quote(i)) continue;
    const int s = d_.sentence_of(i);
    const int floor = d_.sentence_first(s), s_last = d_.sentence_last(s);
    // "the representative of X": the state is there through its delegate
    if (const int state = delegate_state(i); state >= 0) attend({state}, i - 1, std::min(s_last, i + 4) - 1, "attended:representative");
    // "on behalf of A and B", "on behalf of the island States — A, B and C —": the list
    // right after the phrase, or after the dash, bracket or colon closing the group's name
    if (const int len = d_.cue_length(i, Cue::BehalfPhrase); len > 0) {
      int from = i + len;
      std::vector<int> who = agents_after(from, std::min(s_last, from + 12));
      if (who.empty() || d_.mention_at(d_.key_is(from, "the") ? from + 1 : from) < 0) {
        who.clear();
        for (int t = from; t < std::min(s_last, from + 10); ++t) {
          if (!(d_.is(t, tok::kDash) || d_.key_is(t, "(") || d_.key_is(t, ":"))) continue;
          int close = t + 1;
          while (close < s_last && !(d_.is(close, tok::kDash) || d_.key_is(close, ")"))) ++close;
          who = agents_after(t + 1, close);
          break;
        }
      }
      std::erase_if(who, [&](int w) { return !party_kind(kind(w)); });
      attend(who, i, std::min(s_last, from + 12) - 1, "attended:on-behalf");
    }
    // addressing the body that holds the meeting: the verb's phrase, up to its comma, names it
    if (owner < 0 || !d_.cue(i, Cue::AddressingVerb)) continue;
    bool names_owner = false;
    int t = i + 1;
    for (; t < s_last && t < i + 15 && !d_.key_is(t, ",") && !d_.is(t, tok::kDash); ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      names_owner = names_owner || (a >= 0 && entity_of(a) == owner);
    }
    std::vector<int> who;
    std::string modality;
    bool negated = false;
    if (d_.key_is(i + 1, "was") || d_.key_is(i + 1, "were")) {
      // "Also addressing it was X, director of Y": the one named after it (in a record of the
      // meeting, briefing is addressing its body)
      who = agents_after(i + 2, std::min(s_last, t));
      if (who.size() > 1) who.erase(who.begin() + 1, who.end());
      names_owner = true;
    } else if (d_.key(i).ends_with("ing") && (i == floor || (i == floor + 1 && d_.key_is(floor, "also")))) {
      // "Briefing the Assembly, X, ..., said": the subject of the clause after it
      who = speaker_before(t, s_last);
    } else {
      // "X briefed the Assembly", "X, addressing the Assembly under rule 71, said"
      who = parties_before(i, floor, modality, negated);
      if (who.empty() && d_.key_is(i - 1, ",")) who = parties_before(i - 1, floor, modality, negated);
    }
    if (names_owner && !negated) attend(who, floor, s_last - 1, "attended:addressed");
  }
}

void Relations::addresses(int main_meeting) {
  for (int i = 0; i + 2 < n_; ++i) {
    if (!d_.cue(i, Cue::AddressNoun) || d_.in_quote(i) || !(d_.key_is(i + 1, "by") || d_.key_is(i + 1, "of"))) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    const int s_last = d_.sentence_last(d_.sentence_of(i));
    // at the meeting its sentence names; else an opening address is one at the article's meeting
    int meeting = -1;
    for (int t = floor; t < s_last && meeting < 0; ++t) {
      const int ph = d_.phrase_at[static_cast<size_t>(t)];
      if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped && !d_.m(ph).future) meeting = entity_of(ph);
    }
    if (meeting < 0 && (d_.key_is(i - 1, "opening") || d_.key_is(i - 1, "keynote") || d_.key_is(i - 1, "inaugural"))) meeting = main_meeting;
    if (meeting < 0 || d_.e(meeting).future) continue;
    const int end = clause_end(i + 2);
    for (int a : agents_after(i + 2, end)) {
      if (kind(a) == "Person") add("ATTENDED", a, meeting, i, end - 1, "attended:address", 0.65);
    }
  }
}

void Relations::gathered_office_holders(int k, const std::vector<int>& states, int meeting, int verb, int end) {
  const Match* office = d_.longest(k, Role::Office);
  if (office == nullptr || !office->plural || !d_.key_is(k + static_cast<int>(office->len), "from") || states.empty()) return;
  office_holders_attend(office->hit.id, true, states, meeting, verb, end);
}

void Relations::office_holders_attend(int office, bool among, const std::vector<int>& states, int meeting, int tok_first, int end) {
  for (int p = 0; p < static_cast<int>(d_.entities.size()); ++p) {
    if (d_.live(p) != p || kind(p) != "Person") continue;
    if (!(among ? holds_office_among(p, office) : holds_office_at(p, office))) continue;
    const int state = office_country(p);
    if (state >= 0 && std::find(states.begin(), states.end(), state) != states.end()) {
      add("ATTENDED", p, meeting, tok_first, end - 1, "attended:office-of", 0.6);
    }
  }
}

void Relations::office_holders_of(const std::vector<int>& states, int meeting, int floor, int verb, int end) {
  // the office: a plural title right before "of" in the subject ("The foreign ministers of")
  const Match* office = nullptr;
  for (int t = floor + 1; t < verb && office == nullptr; ++t) {
    const Match* o = d_.key_is(t, "of") ? d_.ending_at(t, Role::Office) : nullptr;
    if (o != nullptr && o->plural) office = o;
  }
  if (office == nullptr) return;
  office_holders_attend(office->hit.id, false, states, meeting, std::max(floor, verb - 1), end);
}

// Back over a delegation's owner before its noun: "her country's", "the Peruvian", "Peru's".
Relations::DelegationOwner Relations::delegation_owner(int noun) const {
  DelegationOwner o{-1, noun - 1, false};
  int& v = o.before;
  while (v > 0 && noun - v <= 4) {
    const int a = d_.atom_at[static_cast<size_t>(v)];
    if (a >= 0 && d_.m(a).kind == "Country" && entity_of(a) >= 0) {
      o.state = entity_of(a);
      v = d_.m(a).first - 1;
      continue;
    }
    // "who led the bloc's delegation", "the AES delegation": a bloc's; the leader's state is
    // there through its minister
    if (a >= 0 && d_.m(a).kind == "Organization" && o.state < 0) {
      o.own = true;
      v = d_.m(a).first - 1;
      continue;
    }
    if (d_.key_is(v, "country")) o.own = true;
    if (!(d_.key_is(v, "'s") || d_.key_is(v, "country") || d_.key_is(v, "the") || d_.key_is(v, "his") || d_.key_is(v, "her") ||
          d_.key_is(v, "its") || d_.key_is(v, "their"))) {
      break;
    }
    --v;
  }
  return o;
}

// "The Ugandan delegation included Ambassador X, ...": the members named and the state whose
// delegation it is attended the article's meeting.
void Relations::delegation_members(int noun, int state, int main_meeting) {
  const int verb = noun + 1;
  if (!(d_.key_is(verb, "included") || d_.key_is(verb, "includes") || d_.key_is(verb, "comprised")) || d_.in_quote(noun)) return;
  const int floor = d_.sentence_first(d_.sentence_of(noun));
  const int end = d_.sentence_last(d_.sentence_of(noun));
  bool member = false;
  for (int p : agents_after(verb + 1, end)) {
    if (kind(p) != "Person") continue;
    add("ATTENDED", p, main_meeting, floor, end - 1, "attended:delegation-members", 0.65);
    member = true;
  }
  if (member && state >= 0) add("ATTENDED", state, main_meeting, floor, end - 1, "attended:delegation-members", 0.6);
}

void Relations::delegation_head(int noun, int main_meeting) {
  if (!d_.key_is(noun, "delegation")) return;
  const DelegationOwner owner = delegation_owner(noun);
  int state = owner.state;
  const int v = owner.before;
  const bool own = owner.own;
  if (!(d_.key_is(v, "led") || d_.key_is(v, "headed") || d_.key_is(v, "leads") || d_.key_is(v, "heads"))) {
    delegation_members(noun, state, main_meeting);
    return;
  }
  const int floor = d_.sentence_first(d_.sentence_of(v));
  std::string modality;
  bool negated = false;
  std::vector<int> who = parties_before(v, floor, modality, negated);
  // "Foreign Minister X, who led the Chilean delegation, told reporters": the relative's antecedent
  if (who.empty() && v >= 3 && d_.key_is(v - 1, "who") && d_.key_is(v - 2, ",")) {
    const int a = d_.atom_at[static_cast<size_t>(v - 3)];
    if (a >= 0 && d_.m(a).last == v - 2 && d_.m(a).kind == "Person" && entity_of(a) >= 0) who.push_back(entity_of(a));
  }
  if (negated || who.size() != 1 || kind(who.front()) != "Person") return;
  const int person = who.front();
  add("ATTENDED", person, main_meeting, floor, noun, "attended:delegation-head", 0.65);
  if (state < 0 && own) state = office_country(person);
  if (state >= 0) add("ATTENDED", state, main_meeting, floor, noun, "attended:delegation-head", 0.6);
}

void Relations::delegates(int main_meeting) {
  for (int i : d_.starts(Role::DelegationNoun)) {
    const Match* dn = frame_at(i, Role::DelegationNoun, "ATTENDED");
    if (!dn || d_.in_quote(i)) continue;
    const int s_last = d_.sentence_last(d_.sentence_of(i));
    const int after = i + dn->len;
    // "<people> from <party> ... during/at <meeting>"
    if (d_.key_is(after, "from")) {
      int k = after + 1;
      if (d_.key_is(k, "the")) ++k;
      const int a = d_.atom_at[static_cast<size_t>(std::min(n_ - 1, k))];
      const int party = a >= 0 && d_.m(a).first == k ? entity_of(a) : -1;
      if (party >= 0 && party_kind(kind(party))) {
        const int m = meeting_after_preposition(d_.m(a).last, std::min(s_last, d_.m(a).last + 14));
        if (m >= 0) add("ATTENDED", party, entity_of(m), i, d_.m(m).last - 1, "attended:delegates", 0.7);
      }
    }
    if (main_meeting >= 0 && !d_.e(main_meeting).future) delegation_head(i, main_meeting);
    // "<Country> delegation was led by X and Y", "Tonga's delegation was headed by its defence
    // minister, X"
    const int owner_end = i > 1 && d_.key_is(i - 1, "'s") ? i - 2 : i - 1;
    const int c = owner_end >= 0 ? d_.atom_at[static_cast<size_t>(owner_end)] : -1;
    if (c < 0 || main_meeting < 0) continue;
    const int country = entity_of(c);
    if (country < 0 || kind(country) != "Country") continue;
    int k = after;
    if (d_.key_is(k, "was") || d_.key_is(k, "is")) ++k;
    if (!((d_.key_is(k, "led") || d_.key_is(k, "headed")) && d_.key_is(k + 1, "by"))) continue;
    add("ATTENDED", country, main_meeting, c, k + 1, "attended:delegation", 0.6);
    const int end = clause_end(k + 2);
    const auto heads = [&](int from, int first) {
      for (int a : agents_after(from, end)) {
        if (kind(a) == "Person") add("ATTENDED", a, main_meeting, first, end - 1, "attended:delegation", 0.6);
      }
    };
    heads(k + 2, c);
    // "..., and that of Canada by the Assistant Secretary of State, Y": a second
    // delegation, its verb left out
    for (int t = k + 2; t + 3 < end; ++t) {
      if (!d_.key_is(t, "that") || !d_.key_is(t + 1, "of") || !d_.key_is(t - 1, "and")) continue;
      const int z = d_.key_is(t + 2, "the") ? t + 3 : t + 2;
      const int other = d_.atom_at[static_cast<size_t>(z)];
      if (other < 0 || d_.m(other).first != z || d_.m(other).kind != "Country" || !d_.key_is(d_.m(other).last, "by")) continue;
      if (const int e = entity_of(other); e >= 0) add("ATTENDED", e, main_meeting, t, end - 1, "attended:delegation", 0.6);
      heads(d_.m(other).last + 1, t);
      break;
    }
  }
}

void Relations::represented_and_accompanied(int main_meeting) {
  if (main_meeting < 0 || d_.e(main_meeting).future) return;
  for (int i = 1; i + 1 < n_; ++i) {
    const bool represented = d_.key_is(i, "represented");
    const bool accompanied = d_.key_is(i, "accompanied");
    if ((!represented && !accompanied) || d_.in_quote(i) || d_.key_is(i + 1, "by") || d_.key_is(i - 1, "was") ||
        d_.key_is(i - 1, "were") || d_.key_is(i - 1, "be") || d_.key_is(i - 1, "been")) {
      continue;
    }
    const int floor = d_.sentence_first(d_.sentence_of(i));
    std::string modality;
    bool negated = false;
    std::vector<int> who = parties_before(i, floor, modality, negated);
    // "Odile Brasseur, ..., who represented Mexico": the relative clause's antecedent
    if (who.empty() && d_.key_is(i - 1, "who") && d_.key_is(i - 2, ",")) {
      // (else from "who", so that an apposition before its comma is passed over)
      who = parties_before(i - 2, floor, modality, negated);
      if (who.empty()) who = parties_before(i - 1, floor, modality, negated);
      std::erase_if(who, [&](int w) { return kind(w) != "Person"; });
      if (who.size() > 1) who.erase(who.begin(), who.end() - 1);
    }
    // "I represented the United Kingdom" in a transcript turn: its speaker
    if (who.empty() && (d_.key_is(i - 1, "i") || d_.key_is(i - 1, "we"))) {
      if (const int p = pronoun_subject(i - 1); p >= 0) who.push_back(p);
    }
    if (negated || who.size() != 1 || kind(who.front()) != "Person" || !modality.empty()) continue;
    const int end = clause_end(i + 1);
    add("ATTENDED", who.front(), main_meeting, floor, end - 1, represented ? "attended:represented" : "attended:accompanied", 0.65);
    // "X represented France": the state the person stood for
    if (represented) {
      const int at = d_.key_is(i + 1, "the") ? i + 2 : i + 1;
      const int pm = at < n_ ? d_.atom_at[static_cast<size_t>(at)] : -1;
      if (pm >= 0 && d_.m(pm).first == at && d_.m(pm).kind == "Country" && entity_of(pm) >= 0) {
        add("ATTENDED", entity_of(pm), main_meeting, floor, end - 1, "attended:represented", 0.65);
      }
    }
  }
}

void Relations::represented(int main_meeting) {
  if (main_meeting < 0) return;
  auto skip_possessive = [&](int t) {
    while (d_.key_is(t, "its") || d_.key_is(t, "their") || d_.key_is(t, "the")) ++t;
    return t;
  };
  auto attend_all = [&](const std::vector<int>& who, int first, int last, const char* rule) {
    for (int w : who) {
      if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) add("ATTENDED", w, main_meeting, first, last, rule, 0.7);
    }
  };
  for (int i = 0; i + 1 < n_; ++i) {
    if (d_.in_quote(i)) continue;
    const int s = d_.sentence_of(i);
    const int floor = d_.sentence_first(s);
    const int s_last = d_.sentence_last(s);
    std::string modality;
    bool negated = false;
    // "Ottawa, represented in Lima by Deputy Minister X": the place of the meeting between
    int by = i + 1;
    // or the meeting itself ("represented at the conference by")
    if (d_.key_is(i, "represented") && (d_.key_is(by, "in") || d_.key_is(by, "at"))) {
      int k = by + 1;
      while (k < s_last && k < by + 6 && d_.word(k) && !d_.key_is(k, "by") && !d_.longest(k, Role::FrameActive)) ++k;
      if (d_.key_is(k, "by")) by = k;
    }
    if (d_.key_is(i, "represented") && d_.key_is(by, "by")) {
      std::vector<int> who = parties_before(i, floor, modality, negated);
      // "Washington, represented in Rome by X, will ...": the party the participle is set off from
      if (who.empty() && !negated && i >= 2 && d_.key_is(i - 1, ",")) {
        const int pm = d_.mention_at(i - 2);
        if (pm >= 0 && d_.m(pm).last == i - 1 && party_kind(d_.m(pm).kind) && entity_of(pm) >= 0) who.push_back(entity_of(pm));
      }
      // "Colombia was there as a guest, represented by its deputy minister, X": the party that
      // opens the sentence
      if (who.empty() && !negated && i >= 2 && d_.key_is(i - 1, ",")) {
        const int pm = d_.atom_at[static_cast<size_t>(d_.key_is(floor, "the") ? floor + 1 : floor)];
        if (pm >= 0 && party_kind(d_.m(pm).kind) && !d_.m(pm).dropped && entity_of(pm) >= 0) who.push_back(entity_of(pm));
      }
      if (negated || who.empty()) continue;
      const int end = clause_end(by + 1);
      attend_all(who, floor, end - 1, "attended:represented-by");
      attend_all(agents_after(skip_possessive(by + 1), end), floor, end - 1, "attended:represented-by");
      // ", and the Arab Maghreb Union (AMU) by its secretary general, W"
      for (int t = i + 2; t + 1 < end; ++t) {
        if (!d_.key_is(t, "and")) continue;
        int k = skip_possessive(t + 1);
        const int a = d_.atom_at[static_cast<size_t>(k)];
        if (a < 0 || d_.m(a).first != k || !party_kind(d_.m(a).kind)) continue;
        k = d_.m(a).last;
        if (d_.key_is(k, "(")) {
          while (k < end && !d_.key_is(k, ")")) ++k;
          ++k;
        }
        if (!d_.key_is(k, "by")) continue;
        attend_all({entity_of(a)}, t, end - 1, "attended:represented-by");
        attend_all(agents_after(skip_possessive(k + 1), end), t, end - 1, "attended:represented-by");
      }
      continue;
    }
    // "X sent observers", "X sent a delegation", "X sent its deputy foreign minister, Y"
    if (d_.cue(i, Cue::SendingVerb)) {
      int k = i + 1;
      while (d_.key_is(k, "a") || d_.key_is(k, "an") || d_.key_is(k, "its") || d_.key_is(k, "their") ||
             d_.key_is(k, "high-level") || d_.key_is(k, "senior") || d_.key_is(k, "small")) {
        ++k;
      }
      const bool observers = d_.key_is(k, "observers") || d_.key_is(k, "observer");
      const bool delegation = d_.is_role(k, Role::DelegationNoun) && !d_.key_is(k, "leaders");
      const bool office = d_.longest(k, Role::Office) != nullptr || d_.is_role(k, Role::OfficeModifier);
      if (!observers && !delegation && !office) continue;
      const int end = clause_end(i + 1);
      // "sent observers to the summit": the meeting named; else the article's
      const std::vector<int> named = objects_after(k, "Meeting", end);
      if (!named.empty() && named.front() != main_meeting) continue;
      const std::vector<int> who = parties_before(i, floor, modality, negated);
      if (negated) continue;
      attend_all(who, floor, end - 1, "attended:sent");
      if (office) attend_all(agents_after(k, end), floor, end - 1, "attended:sent");
      continue;
    }
    // "X joined by video link" (the passive frame "joined by" takes the verb elsewhere)
    if ((d_.key_is(i, "joined") || d_.key_is(i, "participated") || d_.key_is(i, "attended")) &&
        (d_.key_is(i + 1, "by") || d_.key_is(i + 1, "via")) && d_.cue(i + 2, Cue::RemoteMeans)) {
      std::vector<int> who = parties_before(i, floor, modality, negated);
      if (who.empty() && i - 1 > floor && d_.key_is(i - 1, ",")) who = parties_before(i - 1, floor, modality, negated);
      if (!negated) attend_all(who, floor, clause_end(i + 1) - 1, "attended:remote");
      continue;
    }
    // "X witnessed the signing", "witnessed the ceremony": a witness is at the meeting where
    // it happened (the one named, else the article's)
    if (d_.cue(i, Cue::WitnessVerb)) {
      int k = i + 1;
      while (d_.key_is(k, "the") || d_.key_is(k, "a") || d_.key_is(k, "its") || d_.key_is(k, "their")) ++k;
      const int ph = k < n_ ? d_.phrase_at[static_cast<size_t>(k)] : -1;
      const bool meeting = ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped && entity_of(ph) >= 0;
      const bool signing = d_.key_is(k, "signing") || (ph >= 0 && d_.m(ph).kind == "Document");
      if (!meeting && !signing) continue;
      const std::vector<int> who = parties_before(i, floor, modality, negated);
      if (negated) continue;
      const int end = clause_end(i + 1);
      for (int w : who) {
        if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) {
          add("ATTENDED", w, meeting ? entity_of(ph) : main_meeting, floor, end - 1, "attended:witness", 0.7);
        }
      }
      continue;
    }
    // "X followed the summit as an observer"
    if (d_.key_is(i, "followed") || d_.key_is(i, "follows") || d_.key_is(i, "follow")) {
      const int end = clause_end(i + 1);
      int as = -1;
      for (int t = i + 1; t < std::min(end, i + 8); ++t) {
        if (d_.key_is(t, "as") && (d_.key_is(t + 1, "observers") || (d_.key_is(t + 1, "an") && d_.key_is(t + 2, "observer")))) as = t;
      }
      if (as < 0) continue;
      const std::vector<int> named = objects_after(i + 1, "Meeting", as);
      std::vector<int> who = parties_before(i, floor, modality, negated);
      if (negated) continue;
      // "... as observers through their special envoy, Mr X": the envoy was there for it
      for (int t = as + 2; t + 2 < end; ++t) {
        if (!d_.key_is(t, "through") || !(d_.key_is(t + 1, "its") || d_.key_is(t + 1, "their"))) continue;
        for (int a : agents_after(t + 1, end)) {
          if (kind(a) == "Person") who.push_back(a);
        }
        break;
      }
      for (int w : who) {
        if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) {
          add("ATTENDED", w, named.empty() ? main_meeting : named.front(), floor, end - 1, "attended:observer", 0.7);
        }
      }
      continue;
    }
    // "Foreign Minister A hosted her Japanese counterpart, B, and C at the palace": whom a
    // person hosts are people, not a meeting: A hosted the article's meeting, all three attended
    if (const Match* h = frame_at(i, Role::FrameActive, "HOSTED"); h != nullptr && !d_.key_is(i - 1, "was") && !d_.key_is(i + 1, "by")) {
      // the guests: the people named up to the next verb ("her Japanese counterpart, B, and C")
      std::vector<int> guests;
      int end = i + h->len;
      for (; end < s_last && !d_.key_is(end, ";") && !d_.longest(end, Role::FrameActive) && !d_.longest(end, Role::SpeechVerb); ++end) {
        const int a = d_.atom_at[static_cast<size_t>(end)];
        if (a < 0 || d_.m(a).first != end || d_.m(a).dropped || d_.m(a).nested) continue;
        // (a meeting hosted is the usual frame's; places and states are where and whose)
        if (d_.m(a).kind == "Meeting") guests.push_back(-1);
        if (d_.m(a).kind == "Person") guests.push_back(entity_of(a));
        end = d_.m(a).last - 1;
      }
      const bool people = !guests.empty() && std::all_of(guests.begin(), guests.end(), [&](int g) { return g >= 0; });
      std::vector<int> host = parties_before(i, floor, modality, negated);
      if (!negated && people && host.size() == 1 && kind(host.front()) == "Person") {
        add("HOSTED", host.front(), main_meeting, floor, end - 1, "hosted:guests", 0.6);
        add("ATTENDED", host.front(), main_meeting, floor, end - 1, "hosted:guests", 0.6);
        for (int g : guests) add("ATTENDED", g, main_meeting, floor, end - 1, "hosted:guests", 0.6);
      }
      negated = false;
      modality.clear();
    }
    // "the emir was received by President Y at the palace": Y hosted, the guest attended
    if (d_.cue(i, Cue::ReceivingVerb) && d_.key_is(i + 1, "by") && d_.key_is(i - 1, "was")) {
      std::vector<int> guest = parties_before(i, floor, modality, negated);
      // "The visiting minister, X, was received by"
      if (guest.empty() && i - 2 > floor && d_.key_is(i - 2, ",")) guest = parties_before(i - 2, floor, modality, negated);
      if (guest.size() > 1) guest.erase(guest.begin(), guest.end() - 1);
      if (negated || guest.size() != 1 || kind(guest.front()) != "Person") continue;
      const int end = clause_end(i + 2);
      const std::vector<int> host = agents_after(i + 2, end);
      if (host.size() != 1 || kind(host.front()) != "Person") continue;
      add("HOSTED", host.front(), main_meeting, floor, end - 1, "hosted:received", 0.6);
      add("ATTENDED", host.front(), main_meeting, floor, end - 1, "hosted:received", 0.6);
      add("ATTENDED", guest.front(), main_meeting, floor, end - 1, "hosted:received", 0.6);
    }
    // "Karimov received Sato for a closed-door meeting in his residence": a meeting of the two,
    // hosted by the one who received the other; a bare "meeting" is named after them
    if (d_.cue(i, Cue::ReceivingVerb) && !d_.key_is(i - 1, "was") && !d_.key_is(i + 1, "by")) {
      int g = i + 1;  // past the guest's title: "received Prime Minister X"
      if (const Match* o = d_.longest(g, Role::Office)) g += o->len;
      const int gm = g < n_ ? d_.atom_at[static_cast<size_t>(g)] : -1;
      if (gm < 0 || (d_.m(gm).first != g && d_.m(gm).first != i + 1) || d_.m(gm).kind != "Person" || !d_.key_is(d_.m(gm).last, "for")) continue;
      const int end = clause_end(d_.m(gm).last);
      const std::vector<int> meetings = objects_after(d_.m(gm).last + 1, "Meeting", std::min(end, d_.m(gm).last + 6));
      std::vector<int> host = parties_before(i, floor, modality, negated);
      const int guest = entity_of(gm);
      if (negated || meetings.size() != 1 || host.size() != 1 || kind(host.front()) != "Person" || guest < 0) continue;
      const int meeting = meetings.front();
      add("HOSTED", host.front(), meeting, floor, end - 1, "hosted:received-for", 0.7);
      add("ATTENDED", host.front(), meeting, floor, end - 1, "hosted:received-for", 0.7);
      add("ATTENDED", guest, meeting, floor, end - 1, "hosted:received-for", 0.7);
      Entity& x = d_.e(d_.live(meeting));
      // each as the sentence calls them ("Karimov", "Sato"): the last word of the mention
      auto called = [&](int mi) {
        const std::string_view sv = mi >= 0 ? std::string_view(d_.m(mi).surface) : std::string_view();
        const size_t sp = sv.rfind(' ');
        return std::string(sp == std::string_view::npos ? sv : sv.substr(sp + 1));
      };
      const std::string a = called(d_.atom_at[static_cast<size_t>(i - 1)]), b = called(gm);
      // (also when placed: "a closed-door meeting in his residence" is still theirs)
      if (x.owner < 0 && x.name.starts_with(std::string(x.head)) && !a.empty() && !b.empty()) {
        x.name = a + "-" + b + " " + std::string(x.head);
        x.aliases.push_back(x.name);
        x.attributes["sides"] = a + "-" + b;
      }
    }
    (void)s_last;
  }
}

std::vector<int> Relations::included_before(int verb, int floor) const {
  int k = verb;
  while (k > floor && d_.ending_at(k, Role::Auxiliary)) k = d_.ending_at(k, Role::Auxiliary)->first;
  if (!d_.key_is(k - 1, ",")) return {};
  for (int j = k - 2; j > floor && k - j < 30; --j) {
    if (d_.key_is(j, ",")) return d_.key_is(j + 1, "including") ? agents_after(j + 2, k - 1) : std::vector<int>{};
  }
  return {};
}

// "At the invitation of X's government, Y, an envoy of Z, flew in ...": the inviters end at
// the comma closing the opening phrase, but for a name in apposition ("of its president, W,").
int Relations::inviters_end(int from, int limit) const {
  for (int t = from; t < limit; ++t) {
    if (!d_.key_is(t, ",")) continue;
    const int next = d_.mention_at(t + 1);
    const bool apposed = next >= 0 && d_.m(next).kind == "Person" && d_.key_is(d_.m(next).last, ",") && t > from &&
                         d_.word(t - 1) && !d_.cap(t - 1);
    if (!apposed) return t;
  }
  return limit;
}

void Relations::invitations() {
  for (int i = 2; i + 2 < n_; ++i) {
    if (!d_.key_is(i, "invitation") || !d_.key_is(i - 1, "the") || !d_.key_is(i - 2, "at") || !d_.key_is(i + 1, "of")) continue;
    if (d_.in_quote(i)) continue;
    // "At the invitation of X, the Conference held its Fifth Session": opening the sentence (or
    // its main clause, after an opening phrase: "Following the call, and at the invitation of X,
    // Y arrived for a visit"), the invitation is to the meeting the sentence goes on to name,
    // after the inviters; else to the meeting named before it
    const int s_first = d_.sentence_first(d_.sentence_of(i));
    const bool opening = i - 2 <= s_first + 2 || d_.key_is(i - 3, ",") || (d_.key_is(i - 3, "and") && d_.key_is(i - 4, ","));
    int meeting = -1;
    int end = clause_end(i + 2);
    for (int t = i + 2; meeting < 0 && opening && t < end; ++t) {
      const int ph = d_.phrase_at[static_cast<size_t>(t)];
      if (ph < 0 || d_.m(ph).kind != "Meeting" || d_.m(ph).dropped || d_.m(ph).future || d_.m(ph).first != t) continue;
      meeting = entity_of(ph);
      end = inviters_end(i + 2, t);
    }
    for (int t = i - 3; t >= s_first && meeting < 0; --t) {
      const int ph = d_.phrase_at[static_cast<size_t>(t)];
      if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped) meeting = entity_of(ph);
    }
    if (meeting < 0) continue;
    for (int h : agents_after(i + 2, end)) {
      if (kind(h) == "Person" || kind(h) == "Country") add("HOSTED", h, meeting, i - 2, end - 1, "hosted:invitation", 0.75);
    }
  }
}

// "A and B agreed to a ceasefire after talks hosted by C", "agreed at the end of two days of
// talks": the parties agreeing were at the talks (the host is left out in inference()).
void Relations::agreed_at() {
  for (int i : d_.starts(Cue::AgreeingVerb)) {
    const int len = d_.cue_length(i, Cue::AgreeingVerb);
    if (len == 0 || d_.in_quote(i)) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    const int end = d_.sentence_last(d_.sentence_of(i));
    const int ph = meeting_after_preposition(i + len, end);
    if (ph < 0 || d_.m(ph).future) continue;
    std::string modality;
    bool negated = false;
    const std::vector<int> who = parties_before(i, floor, modality, negated);
    if (negated || !modality.empty()) continue;
    for (int w : who) {
      if (party_kind(kind(w))) add("ATTENDED", w, entity_of(ph), floor, end - 1, "attended:agreed", 0.6);
    }
  }
}

void Relations::thanked_hosts(int main_meeting) {
  for (int i : d_.starts(Cue::ThankingWord)) {
    const int len = d_.cue_length(i, Cue::ThankingWord);
    if (len == 0 || d_.in_quote(i)) continue;
    const int end = clause_end(i);
    // "for hosting", "for organising": a hosting verb's -ing form after "for"
    int f = -1;
    for (int t = i + len; t + 1 < end && f < 0; ++t) {
      if (d_.key_is(t, "for") && d_.key(t + 1).ends_with("ing") && frame_at(t + 1, Role::FrameActive, "HOSTED")) f = t;
    }
    if (f < 0) continue;
    std::vector<int> hosts;
    for (int t = i + len; t < f; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).dropped || d_.m(a).form == Form::Demonym) continue;
      const int e = entity_of(a);
      if (e >= 0 && party_kind(kind(e)) && std::find(hosts.begin(), hosts.end(), e) == hosts.end()) hosts.push_back(e);
      t = d_.m(a).last - 1;
    }
    if (hosts.empty()) continue;
    const std::vector<int> named = objects_after(f + 2, "Meeting", end);
    const int meeting = named.empty() ? main_meeting : named.front();
    if (meeting < 0 || d_.e(meeting).future) continue;
    for (int h : hosts) add("HOSTED", h, meeting, i, end - 1, "hosted:thanked", 0.7);
  }
}

// Is there "in" followed by a force ("in the Task Force") in tokens [from, end)?
bool Relations::force_after_in(int from, int end) const {
  for (int t = from; t + 1 < end; ++t) {
    if (!d_.key_is(t, "in")) continue;
    const int at = d_.key_is(t + 1, "the") ? t + 2 : t + 1;
    for (const int a : {at < n_ ? d_.atom_at[static_cast<size_t>(at)] : -1, at < n_ ? d_.phrase_at[static_cast<size_t>(at)] : -1}) {
      if (a >= 0 && !d_.m(a).dropped && d_.m(a).kind == "Force") return true;
    }
  }
  return false;
}

// "Taking part were A, minister of B; C, ...", "Among them are B's foreign minister, A, ...",
// "..., with the participation of A and B": every party and person after the opener attended the
// article's meeting.
void Relations::attendance_openers(int main_meeting) {
  if (main_meeting < 0 || d_.e(main_meeting).future) return;
  for (int i : d_.starts(Cue::AttendanceOpener)) {
    if (d_.in_quote(i)) continue;
    const int len = d_.cue_length(i, Cue::AttendanceOpener);
    if (len == 0) continue;
    const int s = d_.sentence_of(i);
    const int first = d_.sentence_first(s);
    // a sentence opener; one ending in "of" ("with the participation of", "We welcome the
    // participation of", "in the presence of") anywhere, unless a negation comes before it
    // in its sentence ("ruled out the participation of X")
    const bool of_opener = d_.key_is(i + len - 1, "of");
    if (i != first && !of_opener) continue;
    bool negated = false;
    for (int t = first; of_opener && t < i && !negated; ++t) negated = d_.longest(t, Role::Negation) != nullptr;
    if (negated) continue;
    if (d_.key_is(i, "among")) {
      // "Among them are ...": only after a sentence about who is attending
      if (s == 0) continue;
      bool attending = false;
      for (int t = d_.sentence_first(s - 1); t < first && !attending; ++t) attending = frame_at(t, Role::FrameActive, "ATTENDED") != nullptr;
      if (!attending) continue;
    }
    const int end = d_.sentence_last(s);
    // "approving the participation of X in the Task Force with two vessels": a part in a force
    // is a contribution to it, no attendance
    if (of_opener && force_after_in(i + len, end)) continue;
    // ("Present were", "Also present were": an opener that says only who was present)
    bool present = false;
    for (int t = i; t < i + len; ++t) present = present || d_.key_is(t, "present");
    const std::string_view rule = present ? kPresentRule : "attended:opener";
    for (int t = i + len; t < end; ++t) {
      if (d_.in_quote(t)) break;
      const int mi = d_.atom_at[static_cast<size_t>(t)];
      if (mi < 0 || d_.m(mi).first != t || d_.m(mi).dropped || d_.m(mi).form == Form::Demonym) continue;
      const int e = entity_of(mi);
      // the body of a listed person's title ("the Secretary General of NATO") attends through
      // its officer, as a guest that does not name the meeting; not when only present
      const bool officers_body = d_.m(mi).nested && e >= 0 && kind(e) == "Organization";
      if (e >= 0 && (kind(e) == "Person" || party_kind(kind(e))) && !(officers_body && rule == kPresentRule)) {
        add("ATTENDED", e, main_meeting, i, end - 1, officers_body ? kThroughOfficeRule : rule, 0.7);
      }
      t = d_.m(mi).last - 1;
    }
    i = end - 1;
  }
}

void Relations::roster_attendance(int main_meeting) {
  const Article& a = d_.article;
  if (a.roster.empty() || main_meeting < 0) return;
  for (int i = 0; i < n_; ++i) {
    if (i > 0 && d_.paragraph_of(i) == d_.paragraph_of(i - 1)) continue;
    const uint32_t begin = d_.toks[static_cast<size_t>(i)].begin;
    if (std::find(a.roster.begin(), a.roster.end(), begin) == a.roster.end()) continue;
    int person = -1, state = -1, last = i;
    for (int t = i; t < n_ && d_.paragraph_of(t) == d_.paragraph_of(i); ++t) {
      last = t;
      const int mi = d_.mention_at(t);
      const int e = mi < 0 ? -1 : entity_of(mi);
      if (e < 0) continue;
      if (kind(e) == "Person" && person < 0) person = e;
      if (kind(e) == "Country" && state < 0) state = e;
    }
    for (int e : {person, state}) {
      if (e >= 0) add("ATTENDED", e, main_meeting, i, last, "attended:roster", 0.8);
    }
    const bool chair = std::find(a.roster_chairs.begin(), a.roster_chairs.end(), begin) != a.roster_chairs.end();
    if (!chair || person < 0) continue;
    add("LEADS", person, main_meeting, i, last, "leads:roster-chair", 0.8);
    const int body = d_.e(main_meeting).owner;
    if (body >= 0 && !a.roster_chair_title.empty()) {
      add("HOLDS_OFFICE", person, d_.live(body), i, last, "office:roster-chair", 0.75, {{"title", a.roster_chair_title}});
    }
  }
  // the record's speakers took the floor at its meeting ("Mr. Ruiz (Peru):", invited or seated)
  for (const Quote& q : d_.quotes) {
    if (q.turn && q.speaker >= 0) add("ATTENDED", d_.live(q.speaker), main_meeting, q.first_tok, q.first_tok, "attended:record-turn", 0.75);
  }
}

}  // namespace kg::ingest::detail
