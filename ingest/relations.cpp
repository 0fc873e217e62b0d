// Relationships between the entities of one article: the order of the passes (see
// relations.h for what each finds) and adding a relationship with its evidence.
#include <algorithm>

#include "ingest/relations.h"

namespace kg::ingest::detail {

void Relations::run() {
  frame_ids();
  denied_attendance();
  withdrawn_pledges();
  offices();
  caption_offices();
  turn_offices();
  phrase_structure();
  force_parts();
  parts_through_possessives();
  verb_frames();
  list_items();
  pledge_tables();
  contributors();
  commanders_of_forces();
  held_commands();
  passives();
  appointments();
  packages();
  hosts_named_as();
  venues();  // before attendance: "told reporters at X Palace", the venue, was at the meeting
  attendance();
  signatures();
  signing_lists();
  production();
  signing_venues();
  signers_by_membership();
  header_places();
  dateline_places();
  inference();
  offices_as_bodies();
  drop_unrelated_parts();
  name_meetings();
  name_joint_texts();
  name_meeting_texts();
}

void Relations::catch_up() {
  for (; indexed_ < d_.relations.size(); ++indexed_) {
    const Relation& r = d_.relations[indexed_];
    if (r.type == "HOLDS_OFFICE" && kind(r.end) == "Country") office_country_.emplace(r.start, r.end);
    if (r.type == "LEADS") leaders_of_[r.end].push_back(r.start);
  }
}

int Relations::office_country(int person) {
  catch_up();
  auto it = office_country_.find(person);
  return it == office_country_.end() ? -1 : it->second;
}

void Relations::frame_ids() {
  for (size_t f = 0; f < d_.lex.frames.size(); ++f) frame_of_[d_.lex.frames[f].type] = static_cast<int>(f);
}

int Relations::entity_of(int mi) const {
  if (mi < 0) return -1;
  const Mention& m = d_.m(mi);
  if (m.dropped || m.entity < 0) return -1;
  return d_.live(m.entity);
}

void Relations::add(std::string_view type, int a, int b, int tok_first, int tok_last, std::string_view rule, double conf,
         std::map<std::string, std::string> props) {
  if (a < 0 || b < 0 || a == b) return;
  a = d_.live(a);
  b = d_.live(b);
  if (type == "COMMITS") {
    if (auto whole = part_of_.find(b); whole != part_of_.end()) b = whole->second;
  }
  // "will head the task force and second officers to its planning cell": leading the
  // whole, the verb's second object is only a part of it
  if (type == "LEADS") {
    if (auto whole = part_of_.find(b); whole != part_of_.end() && seen_.count({std::string(type), a, d_.live(whole->second)})) return;
  }
  if (a < 0 || b < 0 || a == b) return;
  // "The Parties decide to hold the next ministerial in X": no one has attended a meeting to come
  if (type == "ATTENDED" && d_.e(b).future) return;
  if (type == "COMMITS" && withdrawn_pledgers_.count(a)) return;
  if (type == "ATTENDED" && (denied_attendees_.count({a, -1}) || denied_attendees_.count({a, b}))) return;
  if (!seen_.insert({std::string(type), a, b}).second) {
    // keep the first evidence; fill properties the first one lacked
    for (Relation& r : d_.relations) {
      if (r.type == type && r.start == a && r.end == b) {
        for (auto& [k, v] : props) r.properties.emplace(k, v);
      }
    }
    return;
  }
  Relation r;
  r.type = type;
  r.start = a;
  r.end = b;
  r.properties = std::move(props);
  tok_first = std::clamp(tok_first, 0, n_ - 1);
  tok_last = std::clamp(tok_last, tok_first, n_ - 1);
  r.sentence = d_.sentence_of(tok_first);
  r.begin = d_.toks[static_cast<size_t>(tok_first)].begin;
  r.end_off = d_.toks[static_cast<size_t>(tok_last)].end;
  r.rule = rule;
  r.confidence = conf;
  d_.e(a).strong = true;
  d_.e(b).strong = true;
  d_.relations.push_back(std::move(r));
}

int Relations::known_lex_entity(int lex) const {
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    if (d_.entities[e].lex == lex && !d_.entities[e].removed) return static_cast<int>(e);
  }
  return -1;
}

int Relations::lex_entity(int lex) {
  if (const int e = known_lex_entity(lex); e >= 0) return e;
  const LexEntity& le = d_.lex.entities[static_cast<size_t>(lex)];
  Entity x;
  x.kind = le.kind;
  x.name = le.name;
  x.lex = lex;
  x.aliases.push_back(le.name);
  d_.entities.push_back(std::move(x));
  return static_cast<int>(d_.entities.size()) - 1;
}

void find_relations(Doc& doc) { Relations(doc).run(); }

}  // namespace kg::ingest::detail
