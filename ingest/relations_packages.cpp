// Packages: "guarantees envisioned by X and Y include A, B and C" commits X and Y to each item.
#include <algorithm>

#include "ingest/relations.h"

namespace kg::ingest::detail {

bool Relations::led_by_others(int o, int a) {
  catch_up();
  auto it = leaders_of_.find(o);
  if (it == leaders_of_.end()) return false;
  return std::find(it->second.begin(), it->second.end(), a) == it->second.end();
}

void Relations::packages() {
  for (int i : d_.starts(Role::PackageVerb)) {
    const Match* pv = frame_at(i, Role::PackageVerb, "COMMITS");
    if (!pv || d_.in_quote(i)) continue;
    const int floor = d_.sentence_first(d_.sentence_of(i));
    // the agents: a "by" phrase earlier in the sentence
    std::vector<int> agents;
    for (int t = i - 1; t >= floor && agents.empty(); --t) {
      const Match* by = frame_at(t, Role::FramePassive, "COMMITS");
      if (!by || by->first + by->len > i) continue;
      int k = by->first + by->len;
      for (int guard = 0; guard < 12 && k < i; ++guard) {
        while (d_.is(k, tok::kDQuote) || (d_.key_is(k, "the") && d_.mention_at(k) < 0)) ++k;
        const int mi = d_.mention_at(k);
        if (mi < 0 || d_.m(mi).first != k || d_.m(mi).dropped) break;
        const int e = as_party(entity_of(mi));
        if (e >= 0) agents.push_back(e);
        k = d_.m(mi).last;
        while (d_.is(k, tok::kDQuote)) ++k;
        if (d_.key_is(k, ",") || d_.key_is(k, "and")) {
          ++k;
          if (d_.key_is(k, "and")) ++k;
          continue;
        }
        break;
      }
    }
    if (agents.empty()) continue;
    const int end = clause_end(i + pv->len);
    std::vector<int> objects = objects_after(i + pv->len, "Force", d_.sentence_last(d_.sentence_of(i)));
    (void)end;
    for (int a : agents) {
      for (int o : objects) {
        // "a multinational force led by Kenya and Ghana" in the package: a state that is
        // not among the item's own leaders does not commit to it (the coalition still does)
        if (kind(a) == "Country" && led_by_others(o, a)) continue;
        add("COMMITS", a, o, i, d_.sentence_last(d_.sentence_of(i)) - 1, "commits:package", 0.7);
      }
    }
  }
}

}  // namespace kg::ingest::detail
