// Facts other facts imply: a state in charge of a task commits to it; a head of state signing signs
// for the state; signing what a meeting produced, or chairing it, means attending it.
#include <algorithm>

#include "ingest/relations.h"

namespace kg::ingest::detail {

void Relations::add_like(const std::string& type, int a, int b, const Relation& because, const std::string& rule, double conf) {
  const size_t before = d_.relations.size();
  add(type, a, b, 0, 0, rule, conf);
  if (d_.relations.size() > before) {
    Relation& added = d_.relations.back();
    added.sentence = because.sentence;
    added.begin = because.begin;
    added.end_off = because.end_off;
  }
}

bool Relations::has(const std::vector<Relation>& rels, const char* type, int a, int b) {
  for (const Relation& r : rels) {
    if (r.type == type && r.start == a && r.end == b) return true;
  }
  return false;
}

const Office* Relations::office_held(const Relation& h) const {
  auto t = h.properties.find("title");
  if (t != h.properties.end()) {
    if (const Office* o = d_.lex.office_titled(t->second)) return o;
  }
  // a title with its modifiers ("EU foreign policy chief") or an alias: the office of the
  // holder's mention that gave it (by its body, else its title)
  for (size_t mi : d_.e(h.start).mentions) {
    const Mention& pm = d_.m(static_cast<int>(mi));
    if (pm.office < 0) continue;
    const bool gave = pm.office_body >= 0 ? entity_of(pm.office_body) == h.end : t != h.properties.end() && pm.title == t->second;
    if (gave) return &d_.lex.offices[static_cast<size_t>(pm.office)];
  }
  return nullptr;
}

bool Relations::part_of_named_force(int e) const {
  for (size_t mi : d_.e(e).mentions) {
    const Mention& m = d_.m(static_cast<int>(mi));
    if (m.kind != "Force" || m.lex >= 0) continue;
    bool possessive = false;
    for (int t = m.first + 1; t < m.last; ++t) {
      possessive = possessive || d_.is(t, tok::kPossessive);
      if (possessive && d_.cue_length(t, Cue::ForcePart) > 0) return true;
    }
  }
  return false;
}

bool Relations::signed_for_body(int sentence) const {
  if (sentence < 0) return false;
  for (int t = d_.sentence_first(sentence); t < d_.sentence_last(sentence); ++t) {
    const int len = d_.cue_length(t, Cue::BehalfPhrase);
    if (len == 0) continue;
    const int k = d_.key_is(t + len, "the") ? t + len + 1 : t + len;
    const int a = d_.mention_at(k);
    return a < 0 || d_.m(a).kind != "Country";
  }
  return false;
}

void Relations::inference() {
  const std::vector<Relation> rels = d_.relations;
  for (const Relation& r : rels) {
    // A state in charge of a task carries it out: it commits to it ("Greece would be in charge
    // of escorting grain ships in the Aegean"). Leading or commanding a force gives nothing by
    // itself ("The new brigade is to be led by Kenya", "a Brazil-led mission", "which is led by
    // Spain"): a lead nation commits only what it pledges.
    if (r.type == "LEADS" && kind(r.end) == "Force" && kind(r.start) == "Country" && r.rule == "leads:task" && !part_of_named_force(r.end)) {
      add_like("COMMITS", r.start, r.end, r, "commits:leads", 0.7);
    }
    // A head of state or government, or a foreign minister, signing signs for the state (not
    // when the sentence says the signature was given on behalf of a body: "signed ... on behalf
    // of the bloc"; nor when the text counts the signers only as people at the table: "the three
    // ministers signed", signed:group).
    if (r.type == "SIGNED" && kind(r.start) == "Person" && r.rule != "signed:group" && !signed_for_body(r.sentence)) {
      for (const Relation& h : rels) {
        if (h.type != "HOLDS_OFFICE" || h.start != r.start || kind(h.end) != "Country") continue;
        const Office* o = office_held(h);
        if (o != nullptr && o->signs_for_state) add_like("SIGNED", h.end, r.end, r, "signed:for-state", 0.6);
      }
    }
    // Signing what a meeting produced means being at the meeting (a person: a state that
    // signs may have signed elsewhere, and its host is there as host).
    if (r.type == "SIGNED" && kind(r.start) == "Person") {
      for (const Relation& p : rels) {
        if (p.type != "PRODUCED" || p.end != r.end || has(rels, "HOSTED", r.start, p.start)) continue;
        add_like("ATTENDED", r.start, p.start, r, "attended:signed-there", 0.6);
      }
    }
    // Chairing a meeting means being at it.
    if (r.type == "LEADS" && kind(r.start) == "Person" && kind(r.end) == "Meeting") {
      add_like("ATTENDED", r.start, r.end, r, "attended:chaired", 0.7);
    }
    // (a state or body co-chairing talks it did not host too: "hosted by A and co-chaired by B and C")
    if (r.type == "LEADS" && party_kind(kind(r.start)) && kind(r.end) == "Meeting" && !has(rels, "HOSTED", r.start, r.end)) {
      add_like("ATTENDED", r.start, r.end, r, "attended:chaired", 0.65);
    }
  }
  // An envoy or negotiator at a meeting means their state is there; an organisation's head or
  // representative means the organisation is ("NATO's secretary general attended": NATO did).
  const std::vector<Relation> now = d_.relations;
  for (const Relation& a : now) {
    if (a.type != "ATTENDED" || kind(a.start) != "Person") continue;
    for (const Relation& h : now) {
      if (h.type != "HOLDS_OFFICE" || h.start != a.start) continue;
      const Office* o = office_held(h);
      if (o == nullptr) continue;
      // (the host state is there as host only: "Switzerland's special envoy ... told a news
      // conference after the signing" of talks Switzerland hosted)
      if (kind(h.end) == "Country" && o->represents && !has(now, "HOSTED", h.end, a.end)) add_like("ATTENDED", h.end, a.end, a, "attended:represented", 0.6);
      if (kind(h.end) == "Organization" && o->represents_body && a.rule != kPresentRule) add_like("ATTENDED", h.end, a.end, a, std::string(kThroughOfficeRule), 0.6);
    }
  }
  // A state named in a meeting's name that hosted it is its host, not one of its guests ("the
  // 9th Peru-Chile-Bolivia Leaders' Meeting, hosted by Peru", "the Lima summit" Peru hosted): its
  // name alone makes it no attendee;
  // nor does being among the states whose ministers "met" or "sat down" there.
  catch_up();  // (what it indexes is not erased here: the count of indexed relations is reset after)
  const std::vector<Relation> all = d_.relations;
  std::erase_if(d_.relations, [&](const Relation& r) {
    const bool host = (r.rule == "attended:sides" || r.rule == "attended:agreed" || r.rule == "attended:met" || r.rule == "attended:owner") &&
                      kind(r.start) == "Country" && has(all, "HOSTED", r.start, r.end);
    if (host) seen_.erase({r.type, r.start, r.end});
    return host;
  });
  indexed_ = d_.relations.size();
}

}  // namespace kg::ingest::detail
