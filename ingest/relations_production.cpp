// PRODUCED: the documents a meeting produced, adopted, issued or ended with.
#include <algorithm>
#include <set>

#include "ingest/relations.h"

namespace kg::ingest::detail {

int Relations::meeting_after_preposition(int from, int limit) const {
  for (int t = from; t < limit; ++t) {
    // "on the sidelines of", "in the margins of" place a speaker at the meeting too
    const bool margin = sidelines_at(t) && d_.key_is(t + 3, "of");
    // "said on his way into the summit", "on his way out of the summit"
    const bool way = d_.key_is(t, "on") && d_.key_is(t + 2, "way") &&
                     (d_.key_is(t + 1, "his") || d_.key_is(t + 1, "her") || d_.key_is(t + 1, "their") || d_.key_is(t + 1, "my"));
    if (way) {
      const int k = d_.key_is(t + 3, "into") || d_.key_is(t + 3, "to") ? t + 4 : d_.key_is(t + 3, "out") && d_.key_is(t + 4, "of") ? t + 5 : -1;
      const int ph = k >= 0 && k < n_ ? d_.phrase_at[static_cast<size_t>(k)] : -1;
      if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped) return ph;
      continue;
    }
    if (!(margin || d_.key_is(t, "after") || d_.key_is(t, "at") || d_.key_is(t, "during") || d_.key_is(t, "following"))) continue;
    int k = t + 1;
    // "at the end / close / conclusion / sidelines / start of the summit"
    if (d_.key_is(k, "the") && d_.key_is(k + 2, "of") && d_.cue(k + 1, Cue::MeetingMoment)) k += 3;
    // "after eleven days of talks", "after two rounds of negotiations"
    if (d_.key_is(k + 2, "of") && d_.cue(k + 1, Cue::TimeSpan)) k += 3;
    // ("at the close of a three-day parley": an article and a measure the phrase leaves out)
    if (d_.key_is(k, "a") || d_.key_is(k, "an")) {
      for (int j = k; j < k + 4 && j < limit && d_.phrase_at[static_cast<size_t>(j)] < 0 && d_.word(j) && !d_.cap(j); ++j) k = j + 1;
    }
    const int ph = k < n_ ? d_.phrase_at[static_cast<size_t>(k)] : -1;
    if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped) return ph;
    // ("sealed a pact on trade at the end of a parley": the text's phrase runs on over the
    // meeting's, which starts inside it)
    if (ph >= 0 && d_.m(ph).kind == "Document" && d_.m(ph).first < t) {
      for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
        const Mention& m = d_.mentions[mi];
        if (m.kind == "Meeting" && m.form == Form::Phrase && !m.dropped && m.first >= k && m.first < k + 4) return static_cast<int>(mi);
      }
    }
  }
  return -1;
}

int Relations::sidelines_of(int from, int limit, int main_meeting) const {
  for (int t = from; t + 4 < limit; ++t) {
    if (!(sidelines_at(t) && d_.key_is(t + 3, "of"))) continue;
    const int k = t + 4;
    const int ph = d_.phrase_at[static_cast<size_t>(k)];
    if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped && d_.m(ph).first >= k - 1) return entity_of(ph);
    // "the summit" inside a longer phrase: the article's meeting
    if (d_.key_is(k, "the") && d_.ending_at(k + 2, Role::MeetingHead) && d_.ending_at(k + 2, Role::MeetingHead)->first == k + 1) return main_meeting;
    return -1;
  }
  return -1;
}

int Relations::meeting_ended_with(int doc, int floor) const {
  int w = doc;
  while (w > floor && d_.ending_at(w, Role::Determiner)) --w;
  if (!d_.key_is(w - 1, "with")) return -1;
  for (int t = w - 2; t >= floor && t >= w - 10; --t) {
    const int ph = d_.phrase_at[static_cast<size_t>(t)];
    if (ph < 0 || d_.m(ph).kind != "Meeting" || d_.m(ph).dropped || entity_of(ph) < 0) continue;
    for (int v = d_.m(ph).first - 1; v >= floor && v >= d_.m(ph).first - 3; --v) {
      if (d_.cue(v, Cue::ClosingVerb)) return ph;
    }
    // "The consultations closed with a statement by X": the meeting the subject of the closing verb
    if (d_.m(ph).last == w - 2 && d_.cue(w - 2, Cue::ClosingVerb) && !d_.m(ph).future) return ph;
    return -1;
  }
  return -1;
}

bool Relations::participle_of(int end, int v) const {
  for (int t = end; t < v; ++t) {
    if (!(d_.key_is(t, ",") || d_.is_role(t, Role::Auxiliary))) return false;
  }
  return true;
}

int Relations::verbal_meeting_then(int s_first, int doc_first) const {
  for (int t = s_first; t < doc_first; ++t) {
    const int ph = d_.phrase_at[static_cast<size_t>(t)];
    if (ph < 0 || d_.m(ph).kind != "Meeting" || d_.m(ph).dropped || d_.m(ph).future || d_.m(ph).first != t) continue;
    if (!(d_.key_is(t, "met") || d_.key_is(t, "convened") || d_.key_is(t, "gathered"))) continue;
    // "..., and signed a protocol": the second predicate of the same subject, just before the text
    for (int v = d_.m(ph).last; v < doc_first; ++v) {
      if (!d_.key_is(v, "and") || !d_.cue(v + 1, Cue::ProducingVerb)) continue;
      const int k = v + 2;  // the text right after the verb, or after its determiner
      if (k == doc_first || (k + 1 == doc_first && d_.ending_at(k + 1, Role::Determiner))) return ph;
    }
  }
  return -1;
}

bool Relations::signed_elsewhere(int doc, int meeting) const {
  const Mention& first = d_.m(d_.e(doc).mentions.front());
  const int s = d_.sentence_of(first.first);
  const auto& places = d_.e(meeting).places;
  for (int t = d_.sentence_first(s); t + 1 < first.first; ++t) {
    if (d_.in_quote(t)) continue;
    // "had signed in N'Djamena": a place the meeting was not held in
    if (d_.key_is(t, "in") && d_.cue(t - 1, Cue::ProducingVerb)) {
      const int a = d_.atom_at[static_cast<size_t>(t + 1)];
      if (a >= 0 && d_.m(a).kind == "Place" && std::find(places.begin(), places.end(), entity_of(a)) == places.end()) return true;
    }
    // "on 2 May": a calendar day other than the meeting's (a weekday is told from the date
    // line, which may be the day after)
    if (d_.key_is(t, "on")) {
      std::string iso;
      int wd = 0;
      const std::string& day = d_.e(meeting).date.size() == 10 ? d_.e(meeting).date : d_.article.date;
      if (parse_date(d_, t + 1, iso, wd) > 0 && wd == 0 && iso.size() == 10 && day.size() == 10 && iso != day) return true;
    }
  }
  return false;
}

int Relations::meeting_in_name(const Mention& doc) const {
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& mm = d_.mentions[mi];
    if (mm.kind != "Meeting" || mm.form != Form::Phrase || mm.first <= doc.first || mm.last > doc.last) continue;
    const int of = d_.key_is(mm.first - 1, "the") ? mm.first - 2 : mm.first - 1;
    if (!d_.key_is(of, "of")) continue;
    if (const int e = entity_of(static_cast<int>(mi)); e >= 0 && !d_.e(e).future) return e;
  }
  return -1;
}

void Relations::production() {
  const int main_meeting = main_entity("Meeting");
  std::set<int> produced;
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& m = d_.mentions[mi];
    if (m.kind != "Document" || m.form != Form::Phrase || m.dropped) continue;
    const int doc = entity_of(static_cast<int>(mi));
    if (doc < 0) continue;
    const int s_last = d_.sentence_last(d_.sentence_of(m.first));
    const int s_first = d_.sentence_first(d_.sentence_of(m.first));
    // "ended their annual meeting in Hanoi on Friday with a joint communique"
    if (const int ended = meeting_ended_with(m.first, s_first); ended >= 0) {
      add("PRODUCED", entity_of(ended), doc, d_.m(ended).first, m.last - 1, "produced:ended-with", 0.75);
      produced.insert(doc);
      continue;
    }
    // "the Joint Declaration of the 9th Leaders' Meeting": the meeting its name is "of"
    if (const int named = meeting_in_name(m); named >= 0) {
      add("PRODUCED", named, doc, m.first, m.last - 1, "produced:named", 0.8);
      produced.insert(doc);
      continue;
    }
    bool cue = false;
    for (int t = std::max(s_first, m.first - 4); t < std::min(s_last, m.last + 4); ++t) cue = cue || d_.cue(t, Cue::ProducingVerb);
    if (!cue) continue;
    int meeting = meeting_after_preposition(m.first, s_last);
    // "At the end of the state visit, Peru and Chile signed ...": the phrase opens the sentence
    if (meeting < 0) meeting = meeting_after_preposition(s_first, s_first + 1);
    // "Defence ministers met in Yerevan on Tuesday, hosted by Armenia, and signed a
    // protocol on ...": the text a meeting told by its verb went on to sign or adopt
    if (meeting < 0) meeting = verbal_meeting_then(s_first, m.first);
    if (meeting >= 0) {
      add("PRODUCED", entity_of(meeting), doc, m.first, d_.m(meeting).last - 1, "produced:issued-at", 0.8);
      produced.insert(doc);
      continue;
    }
    // "the communique released late on Friday": released with no producer named, in an
    // article about a meeting
    // "the communique released on Tuesday", "the leaders adopted the Riga Declaration"
    bool release = false;
    // ..., or after it: "The Riga communique, adopted on Tuesday", "was issued on Friday"
    for (int t = std::max(s_first, m.first - 3); t < std::min(s_last, m.last + 4) && !release; ++t) {
      release = d_.cue(t, Cue::ProducingVerb) && !d_.key_is(t, "signed") && (t < m.last || participle_of(m.last, t));
    }
    const std::string& h = m.head;
    if (release && main_meeting >= 0 && d_.lex.released_heads.count(h) != 0) {
      bool other_meeting = false;
      for (int t = s_first; t < s_last; ++t) {
        const int ph = d_.phrase_at[static_cast<size_t>(t)];
        other_meeting = other_meeting || (ph >= 0 && d_.m(ph).kind == "Meeting");
      }
      if (!other_meeting) {
        // "Following the talks, the two leaders witnessed ... The two sides also issued the X":
        // the meeting that opens the sentence before still frames this one
        const int sn = d_.sentence_of(m.first);
        const int prev = sn > 0 ? meeting_after_preposition(d_.sentence_first(sn - 1), d_.sentence_first(sn - 1) + 1) : -1;
        const int framing = prev >= 0 ? entity_of(prev) : -1;
        add("PRODUCED", framing >= 0 ? framing : main_meeting, doc, m.first, m.last, "produced:released", 0.5);
        produced.insert(doc);
      }
    }
  }
  // A document signed by several parties, in an article about one meeting, came out of it.
  if (main_meeting >= 0) {
    std::map<int, int> signers;
    for (const Relation& r : d_.relations) {
      if (r.type == "SIGNED") signers[r.end] += 1;
    }
    for (const auto& [doc, n] : signers) {
      bool has = false;
      for (const Relation& r : d_.relations) has = has || (r.type == "PRODUCED" && r.end == doc);
      if (n >= 2 && !has && !signed_elsewhere(doc, main_meeting)) {
        const Entity& x = d_.e(doc);
        const Mention& first = d_.m(x.mentions.front());
        add("PRODUCED", main_meeting, doc, first.first, first.last - 1, "produced:signed-in-article", 0.5);
      }
    }
  }
  final_texts(main_meeting);
  // "the Helsinki declaration" came out of a meeting the text never places: a declaration is
  // named after the city that adopted it, so the meeting was held there.
  // add() appends to d_.relations: the loop reads the relations there were before it by index
  for (size_t ri = 0, n = d_.relations.size(); ri < n; ++ri) {
    const int start = d_.relations[ri].start, end = d_.relations[ri].end;
    if (d_.relations[ri].type != "PRODUCED" || kind(start) != "Meeting" || kind(end) != "Document") continue;
    Entity& meeting = d_.e(start);
    if (!meeting.places.empty() || meeting.future) continue;
    for (int mi : d_.e(end).mentions) {
      const Mention& dm = d_.m(mi);
      if (dm.form != Form::Phrase) continue;
      int t = dm.first;
      if (d_.ending_at(t + 1, Role::Determiner)) ++t;
      const int a = t < n_ ? d_.atom_at[static_cast<size_t>(t)] : -1;
      if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Place" || d_.m(a).lex < 0) continue;
      const std::string& type = d_.lex.entities[static_cast<size_t>(d_.m(a).lex)].type;
      if (type != "city" && type != "capital") continue;
      const int place = entity_of(a);
      if (place < 0) continue;
      meeting.places.push_back(place);
      add("HELD_IN", start, place, dm.first, dm.last - 1, "held_in:named-declaration", 0.5);
      break;
    }
  }
}

bool Relations::called_final(int doc) const {
  for (int mi : d_.e(doc).mentions) {
    const Mention& m = d_.m(mi);
    if (m.form != Form::Phrase || m.dropped || d_.in_quote(m.first)) continue;
    for (int t = m.first; t < m.last; ++t) {
      if (d_.key_is(t, "final")) return true;
    }
  }
  return false;
}

void Relations::final_texts(int main_meeting) {
  if (main_meeting < 0 || d_.e(main_meeting).future) return;
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind != "Document" || x.removed || !x.outcome || !called_final(static_cast<int>(e))) continue;
    bool produced = false;
    for (const Relation& r : d_.relations) produced = produced || (r.type == "PRODUCED" && r.end == static_cast<int>(e));
    if (produced) continue;
    const Mention& first = d_.m(x.mentions.front());
    add("PRODUCED", main_meeting, static_cast<int>(e), first.first, first.last - 1, "produced:final", 0.5);
    // a bare name keeps the word that tells it from any statement: "final statement"
    Entity& named = d_.entities[e];
    if (!named.name.starts_with("final ") && std::none_of(named.name.begin(), named.name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      named.aliases.push_back(named.name);
      named.name = "final " + named.name;
      named.aliases.push_back(named.name);
    }
  }
}

// "the ministers' joint statement" of talks in Santiago, named by no pair of issuers: the "joint
// statement in Santiago", the "Santiago joint statement", and the "ministers' joint statement in
// Santiago" as the article wrote it.
// The bare name is dropped: it names every joint statement, and joined another article's.
// A text the article calls by one phrase only ("the ministers' joint statement"), not also by
// another head ("the joint declaration ... the communique": the meeting's text other reports
// call by either name).
bool Relations::called_one_way(const Entity& x) const {
  return !x.head.empty() && (x.name == x.head || x.name.ends_with(" " + x.head)) &&
         std::all_of(x.mentions.begin(), x.mentions.end(), [&](int mi) { return d_.m(mi).head == x.head; });
}

void Relations::placed_text(Entity& x, const std::string& place) {
  const std::string bare = x.name;
  std::string owners;  // "ministers'" before the text's words
  for (int mi : x.mentions) {
    const int t = d_.m(mi).first;
    if (t >= 2 && d_.key_is(t - 1, "'") && d_.key(t - 2).ends_with("s") && !d_.cap(t - 2)) owners = std::string(d_.text(t - 2)) + "' ";
    else if (t >= 1 && d_.text(t - 1).ends_with("s'") && !d_.cap(t - 1)) owners = std::string(d_.text(t - 1)) + " ";
    if (!owners.empty()) break;
  }
  std::erase(x.aliases, bare);
  x.name = bare + " in " + place;
  x.aliases.push_back(x.name);
  x.aliases.push_back(place + " " + bare);  // "Santiago joint statement"
  if (!owners.empty()) x.aliases.push_back(owners + x.name);
}

void Relations::name_meeting_texts() {
  for (const Relation& r : d_.relations) {
    if (r.type != "PRODUCED" || kind(r.start) != "Meeting" || kind(r.end) != "Document") continue;
    Entity& x = d_.e(r.end);
    const Entity& meeting = d_.e(r.start);
    if (!x.outcome || meeting.future || std::any_of(x.name.begin(), x.name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
    for (int p : meeting.places) {
      const Entity& place = d_.e(d_.live(p));
      const std::string& type = place.lex >= 0 ? d_.lex.entities[static_cast<size_t>(place.lex)].type : std::string();
      if (type != "city" && type != "capital") continue;
      // "the final communique" of a meeting in Abuja: the Abuja communique
      const std::string bare = x.name.starts_with("final ") ? x.name.substr(6) : x.name;
      // one head word ("communique"): a "joint declaration" is named by its parties, if at all
      if (bare.find(' ') != std::string::npos) {
        if (called_one_way(x)) placed_text(x, place.name);
        break;
      }
      x.aliases.push_back(x.name);
      x.name = place.name + " " + bare;
      x.aliases.push_back(x.name);
      break;
    }
  }
}

std::vector<int> Relations::issuing_pair(int doc) const {
  const Entity& x = d_.e(doc);
  std::vector<int> by;
  for (int b : x.by) {
    if (b >= 0 && kind(d_.live(b)) == "Country") by.push_back(d_.live(b));
  }
  if (by.size() == 2) return by;
  if (!by.empty()) return {};
  bool pair = false;
  for (int mi : x.mentions) {
    const int s = d_.sentence_of(d_.m(mi).first);
    for (int t = d_.sentence_first(s); t < d_.sentence_last(s) && !pair; ++t) pair = d_.cue_length(t, Cue::PairPhrase) > 0;
  }
  if (!pair) return {};
  return article_state_pair();
}

// The two states the article names most, in the order it first names them; none when a third
// is named as often as the second.
std::vector<int> Relations::article_state_pair() const {
  std::vector<int> states;
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    if (d_.entities[e].kind == "Country" && !d_.entities[e].removed && !d_.entities[e].mentions.empty()) states.push_back(static_cast<int>(e));
  }
  if (states.size() < 2) return {};
  std::stable_sort(states.begin(), states.end(), [&](int a, int b) { return d_.e(a).mentions.size() > d_.e(b).mentions.size(); });
  if (states.size() > 2 && d_.e(states[1]).mentions.size() == d_.e(states[2]).mentions.size()) return {};  // no clear pair
  states.resize(2);
  auto first_named = [&](int e) {  // by name: a dateline's capital or a demonym does not count
    int first = n_;
    for (int mi : d_.e(e).mentions) {
      if (d_.m(mi).form == Form::Name) first = std::min(first, d_.m(mi).first);
    }
    return first;
  };
  if (first_named(states[1]) < first_named(states[0])) std::swap(states[0], states[1]);
  return states;
}

void Relations::name_joint_texts() {
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    Entity& x = d_.entities[e];
    if (x.kind != "Document" || x.removed || !x.outcome) continue;
    // named by nothing of its own: no capital letter in its name ("joint statement") but in
    // the issuers after "by" ("joint statement by A and B")
    const std::string bare = x.name.substr(0, x.name.find(" by "));
    if (bare.empty() || std::any_of(bare.begin(), bare.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
    const std::vector<int> pair = issuing_pair(static_cast<int>(e));
    if (pair.size() != 2) continue;
    const std::string& a = d_.e(pair[0]).name;
    const std::string& b = d_.e(pair[1]).name;
    if (bare != x.name && x.name.find(a) == std::string::npos) continue;  // "by" someone else
    x.aliases.push_back(x.name);
    x.name = a + "-" + b + " " + bare;
    x.aliases.push_back(x.name);
    x.aliases.push_back(b + "-" + a + " " + bare);
  }
}

}  // namespace kg::ingest::detail
