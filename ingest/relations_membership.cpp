// Signers by membership: "Defence ministers of the X Organisation met in Y ... and signed a
// protocol": the body's ministers who were at the meeting that produced the text signed it, each
// with the state they hold the office for; the body itself signs nothing, and a minister the
// article says "did not sign" is left out.
#include <algorithm>

#include "ingest/relations.h"

namespace kg::ingest::detail {

bool Relations::refused_to_sign(int person) const {
  for (int mi : d_.e(person).mentions) {
    const int s = d_.sentence_of(d_.m(mi).first);
    for (int t = d_.sentence_first(s); t < d_.sentence_last(s); ++t) {
      if (!frame_at(t, Role::FrameActive, "SIGNED")) continue;
      for (int n = std::max(d_.sentence_first(s), t - 3); n < t; ++n) {
        const Match* ng = d_.longest(n, Role::Negation);
        if (ng != nullptr && ng->first + ng->len <= t) return true;
      }
    }
  }
  return false;
}

bool Relations::holds_office_at(int person, int office) const {
  for (int mi : d_.e(person).mentions) {
    if (d_.m(mi).office == office && !d_.m(mi).former) return true;
  }
  return false;
}

bool Relations::holds_office_among(int person, int office) const {
  const std::string& generic = d_.lex.offices[static_cast<size_t>(office)].title;
  for (int mi : d_.e(person).mentions) {
    const Mention& m = d_.m(mi);
    if (m.office < 0 || m.former) continue;
    if (m.office == office) return true;
    const std::string& title = d_.lex.offices[static_cast<size_t>(m.office)].title;
    for (size_t at = title.find(generic); at != std::string::npos; at = title.find(generic, at + 1)) {
      const size_t after = at + generic.size();
      if ((at == 0 || title[at - 1] == ' ') && (after == title.size() || title[after] == ' ')) return true;
    }
  }
  return false;
}

void Relations::signers_by_membership() {
  for (int t = 1; t + 2 < n_; ++t) {
    // the group: a plural office, "of" and an organisation ("Defence ministers of the X")
    const Match* office = d_.ending_at(t, Role::Office);
    if (office == nullptr || !office->plural || !d_.key_is(t, "of") || d_.in_quote(t)) continue;
    const int om = d_.mention_at(d_.key_is(t + 1, "the") ? t + 2 : t + 1);
    if (om < 0 || d_.m(om).kind != "Organization" || d_.m(om).dropped) continue;
    // its signing verb: the first of the sentence after it, with no other subject of its own
    const int s_last = d_.sentence_last(d_.sentence_of(t));
    const int floor = d_.sentence_first(d_.sentence_of(t));
    int v = d_.m(om).last;
    while (v < s_last && !frame_at(v, Role::FrameActive, "SIGNED")) ++v;
    if (v >= s_last) continue;
    std::string modality;
    bool negated = false;
    const std::vector<int> subjects = parties_before(v, floor, modality, negated);
    if (negated || !(subjects.empty() || (subjects.size() == 1 && subjects.front() == entity_of(om)))) continue;
    for (int doc : objects_after(v + 1, "Document", clause_end(v + 1))) {
      // the ministers at the meeting that produced the text
      for (const Relation& p : std::vector<Relation>(d_.relations)) {
        if (p.type != "PRODUCED" || p.end != doc) continue;
        for (const Relation& a : std::vector<Relation>(d_.relations)) {
          if (a.type != "ATTENDED" || a.end != p.start || kind(a.start) != "Person") continue;
          if (!holds_office_at(a.start, office->hit.id) || refused_to_sign(a.start)) continue;
          add("SIGNED", a.start, doc, floor, v, "signed:members", 0.6);
          if (const int state = office_country(a.start); state >= 0) add("SIGNED", state, doc, floor, v, "signed:members", 0.6);
        }
      }
    }
  }
}

}  // namespace kg::ingest::detail
