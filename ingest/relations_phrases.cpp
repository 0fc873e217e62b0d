// What phrases say about themselves: "US-led mechanism" (LEADS), "meeting of X in Paris"
// (ATTENDED, HELD_IN), "a declaration by A and B" (SIGNED); the article's main force, the force a
// pledge naming none goes to, and venues after "at".
#include <algorithm>
#include <cctype>

#include "ingest/name_key.h"
#include "ingest/relations.h"

namespace kg::ingest::detail {

int Relations::main_entity(const std::string& k, const std::string& head) const {
  int best = -1;
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind != k || x.removed) continue;
    if (!head.empty() && x.head != head) continue;
    if (best < 0 || x.mentions.size() > d_.e(best).mentions.size()) best = static_cast<int>(e);
  }
  return best;
}

int Relations::main_entity_ending(const std::string& k, const std::string& word) const {
  int best = -1;
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind != k || x.removed || x.head.size() <= word.size() + 1 || !x.head.ends_with(word) ||
        x.head[x.head.size() - word.size() - 1] != ' ') {
      continue;
    }
    if (best < 0 || x.mentions.size() > d_.e(best).mentions.size()) best = static_cast<int>(e);
  }
  return best;
}

int Relations::main_named_force() const {
  int best = -1;
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind != "Force" || x.removed || x.lex < 0) continue;
    if (best < 0 || x.mentions.size() > d_.e(best).mentions.size()) best = static_cast<int>(e);
  }
  return best;
}

std::vector<std::string> Relations::content_words(std::string_view text) {
  std::vector<std::string> words;
  for (size_t b = 0; b < text.size();) {
    while (b < text.size() && !std::isalpha(static_cast<unsigned char>(text[b]))) ++b;
    size_t e = b;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    if (e - b >= 4) {
      words.push_back(ascii_lower(text.substr(b, e - b)));
    }
    b = e;
  }
  return words;
}

size_t Relations::shared_words(int force, const std::vector<std::string>& words) const {
  std::vector<std::string> named = content_words(d_.e(force).name);
  for (const std::string& a : d_.e(force).aliases) {
    for (std::string& w : content_words(a)) named.push_back(std::move(w));
  }
  size_t shared = 0;
  for (const std::string& w : words) shared += std::find(named.begin(), named.end(), w) != named.end() ? 1 : 0;
  return shared;
}

// "A will give medics to the unit, which works beside the X Mission, and B could send engineers":
// an elliptical pledge goes where the sentence's pledge before it went, not to a force named on
// the way; with no pledge before it in the sentence, to the nearest force named
int Relations::pledged_before_in_sentence(int at, int nearest) const {
  const int sen = d_.sentence_of(at);
  const uint32_t verb = d_.toks[static_cast<size_t>(at)].begin;
  for (auto r = d_.relations.rbegin(); r != d_.relations.rend() && r->sentence == sen; ++r) {
    if (r->type == "COMMITS" && r->begin < verb && kind(r->end) == "Force") return r->end;
  }
  return nearest;
}

int Relations::implicit_force(int main_force, int at, std::string_view pledged) {
  if (main_force >= 0) return main_force;
  // Force mentions by first token (ties: lower index last, so the walk back meets it first),
  // rebuilt when mentions were added: a scan of every mention per pledge is quadratic.
  if (force_indexed_ != d_.mentions.size()) {
    force_mentions_.clear();
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi)
      if (d_.mentions[mi].kind == "Force") force_mentions_.push_back(static_cast<int>(mi));
    std::sort(force_mentions_.begin(), force_mentions_.end(), [&](int a, int b) {
      const int fa = d_.m(a).first, fb = d_.m(b).first;
      return fa != fb ? fa < fb : a > b;
    });
    force_indexed_ = d_.mentions.size();
  }
  const auto before = std::partition_point(force_mentions_.begin(), force_mentions_.end(), [&](int mi) { return d_.m(mi).first < at; });
  const std::vector<std::string> words = content_words(pledged);
  const int sen = d_.sentence_of(at);
  int nearest = -1, best = -1;
  size_t best_shared = 0;
  std::vector<int> weighed;  // forces already compared: a force named again shares the same words
  for (auto it = before; it != force_mentions_.begin();) {
    const int mi = *--it;
    if (d_.m(mi).dropped) continue;
    const int e = entity_of(mi);
    if (e < 0 || d_.e(e).removed) continue;
    if (nearest < 0) {
      if (d_.sentence_of(d_.m(mi).first) == sen) return pledged_before_in_sentence(at, e);
      nearest = e;
    }
    if (std::find(weighed.begin(), weighed.end(), e) != weighed.end()) continue;
    weighed.push_back(e);
    if (words.empty()) continue;
    if (const size_t shared = shared_words(e, words); shared > best_shared) {
      best = e;
      best_shared = shared;
    }
  }
  if (best >= 0) return best;
  // the article's most named force, if named by the end of the pledge's sentence: a reader does
  // not yet know a mission the article names only further on ("... will second 40 officers to
  // it. A UN mission, X, ..."), so then the force named most among those before
  int most = main_entity("Force");
  const int sentence_end = d_.sentence_last(sen);
  const auto named_by_then = [&](int e) {
    return std::any_of(d_.e(e).mentions.begin(), d_.e(e).mentions.end(), [&](int mi) { return d_.m(mi).first <= sentence_end; });
  };
  if (most >= 0 && !weighed.empty() && !named_by_then(most)) {
    most = weighed.front();
    for (const int e : weighed) {
      if (d_.e(e).mentions.size() > d_.e(most).mentions.size()) most = e;
    }
  }
  return most >= 0 ? most : nearest;
}

bool Relations::building_name(std::string_view name) const {
  const std::vector<Token> toks = tokenize(name);
  if (toks.size() < 2) return false;
  // a building or facility head ends it ("Moneda Palace", "Convention Centre")
  for (size_t b = 1; b < toks.size(); ++b) {
    int32_t node = 0;
    for (size_t k = b; k < toks.size() && node >= 0; ++k) node = d_.lex.step(node, d_.lex.vocab_id(toks[k].key));
    if (node < 0) continue;
    for (const PhraseHit& h : d_.lex.node_hits[static_cast<size_t>(node)]) {
      if (h.role == Role::PlaceHead && (h.id == 1 || h.id == 2)) return true;
    }
  }
  return false;
}

void Relations::header_places() {
  const int meeting = main_entity("Meeting");
  if (d_.article.header_place.empty() || meeting < 0 || d_.e(meeting).future || !d_.e(meeting).places.empty()) return;
  std::string_view line = d_.article.header_place;
  std::vector<int> places;
  for (size_t b = 0; b <= line.size();) {
    size_t e = line.find(',', b);
    if (e == std::string_view::npos) e = line.size();
    std::string_view part = line.substr(b, e - b);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    b = e + 1;
    // a place the lexicon knows ("Manila"), or a building named by its head ("X Palace");
    // anything else ("Joint Press Conference", a state) places nothing
    const int id = d_.lex.entity_named(part);
    if (id >= 0 && d_.lex.entities[static_cast<size_t>(id)].kind == "Place") {
      places.push_back(lex_entity(id));
    } else if (id < 0 && building_name(part)) {
      Entity x;
      x.kind = "Place";
      x.name = std::string(part);
      x.aliases.push_back(x.name);
      d_.entities.push_back(std::move(x));
      places.push_back(static_cast<int>(d_.entities.size()) - 1);
    }
  }
  // (not among the meeting's own places: a header names no meeting, so neither its name nor
  // its match keys take them)
  const int s0 = d_.sentence_first(0);
  for (int p : places) add("HELD_IN", meeting, p, s0, s0, "held_in:header", 0.7);
}

void Relations::dateline_places() {
  // "LUSAKA, June 4 (Reuters) -" over "talks hosted by Zambia at State House" (or "ZAMBIA,"):
  // a wire datelined in the capital of a state that hosted a meeting the text places in no
  // known city reports a meeting held there (the dateline alone places no other meeting)
  const std::string_view line = d_.article.dateline_place;
  if (line.empty()) return;
  const int named = d_.lex.entity_named(line.substr(0, line.find(',')));
  if (named < 0) return;
  const std::vector<Relation> rels = d_.relations;
  for (const Relation& r : rels) {
    if (r.type != "HOSTED" || kind(r.start) != "Country" || kind(r.end) != "Meeting" || d_.e(r.end).future) continue;
    const int city = capital_named(named, d_.e(r.start).lex);
    if (city < 0 || placed_in_known_city(rels, r.end)) continue;
    const int s0 = d_.sentence_first(0);
    add("HELD_IN", r.end, lex_entity(city), s0, s0, "held_in:dateline", 0.6);
  }
  // "RIVERTON, May 2 (Agency) -- X chaired the Freedonian Cabinet session at the Palace": a
  // state's government sits at home, so the dateline in its capital places its sitting too
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind != "Meeting" || x.removed || !x.sitting || x.future || x.owner < 0) continue;
    const int city = capital_named(named, state_named_in(d_.live(x.owner)));
    if (city < 0 || placed_in_known_city(rels, static_cast<int>(e))) continue;
    const int s0 = d_.sentence_first(0);
    add("HELD_IN", static_cast<int>(e), lex_entity(city), s0, s0, "held_in:dateline-sitting", 0.6);
  }
}

// The lexicon entry of the state named inside a body's name ("the Freedonian Cabinet":
// Freedonia), else -1.
int Relations::state_named_in(int body) const {
  for (int mi : d_.e(body).mentions) {
    for (int t = d_.m(mi).first; t < d_.m(mi).last; ++t) {
      for (const Role role : {Role::Entity, Role::Demonym}) {
        const Match* h = d_.longest(t, role);
        if (h && d_.lex.entities[static_cast<size_t>(h->hit.id)].kind == "Country") return h->hit.id;
      }
    }
  }
  return -1;
}

int Relations::capital_named(int named, int state) const {
  if (state < 0) return -1;
  const auto& lex = d_.lex.entities;
  const auto capital_of = [&](size_t i) { return lex[i].kind == "Place" && lex[i].type == "capital" && lex[i].country == state; };
  if (capital_of(static_cast<size_t>(named))) return named;
  if (named != state) return -1;
  // the state's own name ("QATAR,") stands for its capital, when it has one
  int only = -1;
  for (size_t i = 0; i < lex.size(); ++i) {
    if (!capital_of(i)) continue;
    if (only >= 0) return -1;
    only = static_cast<int>(i);
  }
  return only;
}

bool Relations::placed_in_known_city(const std::vector<Relation>& rels, int meeting) const {
  return std::any_of(rels.begin(), rels.end(), [&](const Relation& r) {
    return r.type == "HELD_IN" && r.start == meeting && d_.e(r.end).lex >= 0 && !is_building(r.end);
  });
}

int Relations::venue_at(size_t vi) const {
  const Mention& v = d_.mentions[vi];
  if (v.kind != "Place" || v.dropped || d_.in_quote(v.first)) return -1;
  if (v.lex >= 0) {
    const std::string& t = d_.lex.entities[static_cast<size_t>(v.lex)].type;
    // a seat of government is a building too: "hosted by Ghana at Jubilee House"
    if (t != "building" && t != "facility" && t != "seat") return -1;
  }
  const int at = d_.key_is(v.first - 1, "the") ? v.first - 2 : v.first - 1;
  // "on the stage of the X Centre": a part of the building, then "of", is where "at" would be
  const bool part_of = d_.key_is(at, "of") && d_.is_listed(at - 1, WordList::VenuePart);
  if (!part_of && (at < 0 || !d_.key_is(at, "at"))) return -1;
  return entity_of(static_cast<int>(vi));
}

void Relations::hosts_named_as() {
  for (int t = 2; t + 1 < n_; ++t) {
    if (!d_.key_is(t, "as") || !d_.key_is(t + 1, "host") || d_.in_quote(t)) continue;
    const int pm = d_.atom_at[static_cast<size_t>(t - 1)];
    if (pm < 0 || d_.m(pm).last != t || d_.m(pm).dropped || !party_kind(d_.m(pm).kind) || !d_.key_is(d_.m(pm).first - 1, "with")) continue;
    const int host = entity_of(pm);
    const int s = d_.sentence_of(t);
    for (size_t mi = 0; mi < d_.mentions.size() && host >= 0; ++mi) {
      const Mention& m = d_.mentions[mi];
      if (m.kind != "Meeting" || !m.future || m.dropped || d_.sentence_of(m.first) != s || m.first > t) continue;
      if (const int meeting = entity_of(static_cast<int>(mi)); meeting >= 0) add("HOSTED", host, meeting, d_.m(pm).first - 1, t + 1, "hosted:as-host", 0.7);
      break;
    }
  }
}

void Relations::venues() {
  for (size_t vi = 0; vi < d_.mentions.size(); ++vi) {
    const int venue = venue_at(vi);
    if (venue < 0) continue;
    const Mention& v = d_.mentions[vi];
    const int s = d_.sentence_of(v.first);
    int before = -1, after = -1;
    bool inside = false;  // "a meeting of X at NATO headquarters in Brussels": the phrase placed it
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& m = d_.mentions[mi];
      if (m.kind != "Meeting" || m.dropped || d_.sentence_of(m.first) != s) continue;
      if (m.first <= v.first && m.last >= v.last) inside = true;
      if (m.last <= v.first) before = static_cast<int>(mi);
      else if (m.first >= v.last && after < 0) after = static_cast<int>(mi);
    }
    const int mi = inside ? -1 : before >= 0 ? before : after;
    // "Kazakhstan hosted it at the X conference centre": no meeting named, the one hosted
    const int e = mi >= 0 ? entity_of(mi) : inside ? -1 : meeting_hosted_in(s);
    if (e >= 0) add("HELD_IN", e, venue, v.first, v.last - 1, "held_in:venue", 0.7);
  }
  held_predicates();
  buildings_in_cities();
}

void Relations::signing_venues() {
  // "The accord was signed by A and B at the X Palace": the sentence names no meeting and no
  // host, so the venue is that of the meeting that produced the text signed there
  const std::vector<Relation> rels = d_.relations;
  bool placed = false;
  for (size_t vi = 0; vi < d_.mentions.size(); ++vi) {
    const int venue = venue_at(vi);
    const Mention& v = d_.mentions[vi];
    if (venue < 0 || !named_as_building(venue, v)) continue;  // "signed it at Kalmar", a town
    const int s = d_.sentence_of(v.first);
    if (sentence_names_meeting(s) || meeting_hosted_in(s) >= 0) continue;
    for (const Relation& r : rels) {
      if (r.type != "SIGNED" || r.sentence != s) continue;
      const int meeting = producer_of(rels, r.end);
      if (meeting < 0 || d_.e(meeting).future) continue;
      add("HELD_IN", meeting, venue, v.first, v.last - 1, "held_in:signing-venue", 0.6);
      placed = true;
    }
  }
  if (placed) buildings_in_cities();
}

bool Relations::named_as_building(int place, const Mention& m) const {
  const Entity& p = d_.e(place);
  if (p.lex >= 0) return is_building(place);
  return building_name(p.name) || d_.is_listed(m.first, WordList::HeadFirstBuilding);
}

bool Relations::sentence_names_meeting(int sentence) const {
  for (const Mention& m : d_.mentions) {
    if (m.kind == "Meeting" && !m.dropped && d_.sentence_of(m.first) == sentence) return true;
  }
  return false;
}

int Relations::producer_of(const std::vector<Relation>& rels, int document) const {
  for (const Relation& r : rels) {
    if (r.type == "PRODUCED" && r.end == document && kind(r.start) == "Meeting") return r.start;
  }
  return -1;
}

int Relations::meeting_hosted_in(int sentence) const {
  for (const Relation& r : d_.relations) {
    if (r.type == "HOSTED" && r.sentence == sentence && kind(r.end) == "Meeting") return r.end;
  }
  return -1;
}

void Relations::held_predicates() {
  for (size_t pi = 0; pi < d_.mentions.size(); ++pi) {
    const Mention& p = d_.mentions[pi];
    if (p.kind != "Place" || p.dropped || d_.in_quote(p.first)) continue;
    const int in = d_.key_is(p.first - 1, "the") ? p.first - 2 : p.first - 1;
    if (in < 1 || !d_.key_is(in, "in") || !d_.key_is(in - 1, "held")) continue;
    const int ph = held_predicate_subject(in - 1);
    const int e = ph >= 0 ? entity_of(ph) : -1;
    const int place = entity_of(static_cast<int>(pi));
    if (e >= 0 && place >= 0) add("HELD_IN", e, place, d_.m(ph).first, p.last - 1, "held_in:predicate", 0.85);
  }
}

void Relations::buildings_in_cities() {
  // "at the Great Hall of the Nation in Lima": where the article says each building is
  std::map<int, int> city_of;
  for (size_t vi = 0; vi < d_.mentions.size(); ++vi) {
    const Mention& v = d_.mentions[vi];
    if (v.kind != "Place" || v.dropped || d_.in_quote(v.first) || !d_.key_is(v.last, "in")) continue;
    const int b = entity_of(static_cast<int>(vi));
    const int c = d_.mention_at(d_.key_is(v.last + 1, "the") ? v.last + 2 : v.last + 1);
    if (b < 0 || !is_building(b) || c < 0 || d_.m(c).kind != "Place" || d_.m(c).dropped || d_.m(c).first <= v.last) continue;
    const int city = entity_of(c);
    if (city >= 0 && !is_building(city)) city_of.emplace(b, city);
  }
  const std::vector<Relation> rels = d_.relations;
  cities_of_shared_venues(rels, city_of);
  if (city_of.empty()) return;
  // a meeting held in the building was held in its city
  for (const Relation& r : rels) {
    if (r.type != "HELD_IN" || kind(r.start) != "Meeting" || d_.e(r.start).future) continue;
    const auto it = city_of.find(r.end);
    if (it != city_of.end() && !has(rels, "HELD_IN", r.start, it->second)) add_like("HELD_IN", r.start, it->second, r, "held_in:building-city", 0.6);
  }
}

void Relations::cities_of_shared_venues(const std::vector<Relation>& rels, std::map<int, int>& city_of) const {
  // "the talks were held in Lima at the X Palace ... the two leaders then met at the X Palace":
  // a building the article places no meeting of in a city but one held in it and in one city
  // (the only city of that meeting) stands in that city
  std::map<int, std::vector<int>> cities_of_meeting;
  for (const Relation& r : rels) {
    if (r.type == "HELD_IN" && kind(r.start) == "Meeting" && !d_.e(r.start).future && !is_building(r.end)) cities_of_meeting[r.start].push_back(r.end);
  }
  std::map<int, int> found;
  for (const Relation& r : rels) {
    if (r.type != "HELD_IN" || kind(r.start) != "Meeting" || !is_building(r.end) || city_of.count(r.end)) continue;
    const auto it = cities_of_meeting.find(r.start);
    if (it == cities_of_meeting.end() || it->second.size() != 1) continue;
    const auto [at, fresh] = found.emplace(r.end, it->second.front());
    if (!fresh && at->second != it->second.front()) at->second = -1;  // two cities: none
  }
  for (const auto& [building, city] : found) {
    if (city >= 0) city_of.emplace(building, city);
  }
}

bool Relations::is_building(int place) const {
  const Entity& p = d_.e(place);
  if (p.lex >= 0) {
    const std::string& t = d_.lex.entities[static_cast<size_t>(p.lex)].type;
    return t == "building" || t == "facility" || t == "seat";
  }
  return std::none_of(p.mentions.begin(), p.mentions.end(), [&](int mi) { return d_.m(mi).head == kSettlement; });
}

// "talks in Djibouti", "the Shangri-La Dialogue in Singapore": the city of a state that is its
// own capital, one Place per article beside the Country (the state still acts as a party).
int Relations::city_of_state(int state_mention) {
  const Mention& sm = d_.m(state_mention);
  const std::string key = name_key(std::string(d_.span(sm.first, sm.last)));
  for (size_t ei = 0; ei < d_.entities.size(); ++ei) {
    const Entity& x = d_.entities[ei];
    if (x.kind == "Place" && !x.removed && x.head == kSettlement && name_key(x.name) == key) return static_cast<int>(ei);
  }
  const int city = phrase_entity("Place", sm.first, sm.last, kSettlement);
  d_.e(city).attributes.erase("head");
  d_.e(city).attributes["type"] = "capital";
  return city;
}

void Relations::phrase_structure() {
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& m = d_.mentions[mi];
    if (m.form != Form::Phrase || m.dropped) continue;
    const int e = entity_of(static_cast<int>(mi));
    if (e < 0) continue;
    for (int l : m.leaders) {
      const int le = entity_of(l);
      if (le < 0 || !party_kind(kind(le))) continue;
      // "UN-led talks": a body holds the meeting it leads, and so attends it (its envoy chairs it)
      if (m.kind == "Meeting" && kind(le) == "Organization") add("ATTENDED", le, e, m.first, m.last - 1, "attended:owner", 0.9);
      else add("LEADS", le, e, m.first, m.last - 1, "leads:phrase", 0.9);
    }
    if (m.kind == "Meeting") {
      for (int p : m.places) add("HELD_IN", e, entity_of(p), m.first, m.last - 1, "held_in:phrase", 0.9);
      if (m.city_state >= 0 && m.places.empty()) {
        const int city = city_of_state(m.city_state);
        add("HELD_IN", e, city, m.first, m.last - 1, "held_in:city-state", 0.85);
        std::vector<int>& places = d_.e(e).places;
        if (std::find(places.begin(), places.end(), city) == places.end()) places.push_back(city);
      }
      for (int h : m.hosts) {
        const int he = entity_of(h);
        if (he >= 0 && (kind(he) == "Country" || kind(he) == "Person")) add("HOSTED", he, e, m.first, m.last - 1, "hosted:phrase", 0.85);
      }
      // "A held talks with B", "A met with B": both were there
      for (int p : m.partners) add("ATTENDED", entity_of(p), e, m.first, m.last - 1, "attended:partners", 0.8);
      // a body's meeting still to come ("next year's Quad summit") is not attended yet
      if (m.owner >= 0 && !m.future && !d_.e(e).future) {
        const int o = entity_of(m.owner);
        if (o >= 0 && party_kind(kind(o))) add("ATTENDED", o, e, m.first, m.last - 1, "attended:owner", 0.8);
      }
      // "Chile-Argentina Binational Commission", "Ethiopia-Eritrea talks": the states joined by a
      // hyphen in a meeting's name are its sides
      if (!m.future && !d_.e(e).future) {
        for (int t = m.first; t + 2 < m.last; ++t) {
          const int a = d_.atom_at[static_cast<size_t>(t)];
          if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Country" || !d_.is(d_.m(a).last, tok::kHyphen)) continue;
          const int b = d_.atom_at[static_cast<size_t>(d_.m(a).last + 1)];
          if (b < 0 || d_.m(b).kind != "Country" || d_.m(b).first != d_.m(a).last + 1) continue;
          for (int side : {a, b}) {
            const int se = entity_of(side);
            if (se >= 0) add("ATTENDED", se, e, m.first, m.last - 1, "attended:sides", 0.75);
          }
        }
      }
    }
    if (m.kind == "Document" && !m.by.empty() && d_.lex.signable_heads.count(m.head) != 0) {
      for (int b : m.by) add("SIGNED", entity_of(b), e, m.first, m.last - 1, "signed:by", 0.8);
    }
  }
}

}  // namespace kg::ingest::detail
