// One contribution told twice: "Greece would join with naval support" and, later, "Greece would
// be in charge of escorting the grain ships in the Aegean" describe one Greek contribution
// in other words. Force names have no shared head here, so the name rules of coreference cannot
// join them; what joins them is that one state alone commits both, and both are of one domain
// (heads.json force/contribution_domains: the sea, the air, the land).
//
// Only unnamed forces (no lexicon entry, no capitalised name of their own) committed by one state
// that no other entity is related to, with exactly one domain each: two distinct
// commitments of one state in one domain ("two frigates" and "a minehunter") are details of a
// pledge, not forces, so what is left is the same contribution said again. The same holds between
// articles of the same days: the force keeps a "contribution" key (state and domain) that
// resolution joins on.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "ingest/analysis.h"
#include "ingest/lexicon_data.h"
#include "ingest/name_key.h"

namespace kg::ingest::detail {
namespace {

// The domains the words of an entity's mentions name ("maritime support" -> {"sea"}).
std::set<std::string> domains_of(const Doc& d, const Entity& x) {
  std::set<std::string> out;
  const auto& domains = d.lex.force_domains;
  if (domains.empty()) return out;
  for (int mi : x.mentions) {
    const Mention& m = d.m(mi);
    if (m.dropped) continue;
    for (int t = m.first; t < m.last; ++t) {
      if (!d.word(t)) continue;
      if (auto it = domains.find(d.key(t)); it != domains.end()) out.insert(it->second);
      if (t + 1 < m.last && d.word(t + 1)) {
        if (auto it = domains.find(d.key(t) + " " + d.key(t + 1)); it != domains.end()) out.insert(it->second);
      }
    }
  }
  return out;
}

// True when the force has a name of its own: a lexicon entry, or a mention whose first word is
// capitalised where no sentence starts ("Operation Sea Guardian"; "the Black Sea" inside a
// description does not count, as it does not start the mention).
bool named(const Doc& d, const Entity& x) {
  if (x.lex >= 0) return true;
  for (int mi : x.mentions) {
    const Mention& m = d.m(mi);
    if (!m.dropped && d.cap(m.first) && m.first != d.sentence_first(d.sentence_of(m.first))) return true;
  }
  return false;
}

}  // namespace

void merge_restated_contributions(Doc& d) {
  if (d.lex.force_domains.empty()) return;
  // Per force: who points at it (commits it, or is "in charge of" it), and whether one commits it.
  struct Use {
    std::set<int> starts;
    bool committed = false;
  };
  std::vector<Use> uses(d.entities.size());
  for (const Relation& r : d.relations) {
    if (r.start < 0 || r.end < 0) continue;
    const int end = d.live(r.end);
    if (end < 0 || d.e(end).kind != "Force") continue;
    uses[static_cast<size_t>(end)].starts.insert(d.live(r.start));
    if (r.type == "COMMITS") uses[static_cast<size_t>(end)].committed = true;
  }
  // Candidates by committer and domain, in order of first mention.
  std::vector<int> kept;  // first force of each (committer, domain)
  std::vector<std::pair<int, std::string>> keys;
  for (size_t e = 0; e < d.entities.size(); ++e) {
    Entity& x = d.entities[e];
    if (x.kind != "Force" || x.removed || !uses[e].committed || uses[e].starts.size() != 1) continue;
    const int who = *uses[e].starts.begin();
    if (who < 0 || d.e(who).kind != "Country" || named(d, x)) continue;
    const std::set<std::string> dom = domains_of(d, x);
    if (dom.size() != 1) continue;
    const std::pair<int, std::string> key{who, *dom.begin()};
    const auto at = std::find(keys.begin(), keys.end(), key);
    if (at == keys.end()) {
      keys.push_back(key);
      kept.push_back(static_cast<int>(e));
      // Resolution joins the same state's contribution of one domain reported in other words by
      // other articles of the same days (graph/resolve.cpp).
      x.attributes["contribution"] = name_key(d.e(who).name) + "|" + key.second;
      continue;
    }
    Entity& into = d.e(kept[static_cast<size_t>(at - keys.begin())]);
    for (std::string& a : x.aliases) into.aliases.push_back(std::move(a));
    into.mentions.insert(into.mentions.end(), x.mentions.begin(), x.mentions.end());
    into.strong = into.strong || x.strong;
    x.aliases.clear();
    x.removed = true;
    x.attributes["merged_into"] = std::to_string(kept[static_cast<size_t>(at - keys.begin())]);
  }
}

}  // namespace kg::ingest::detail
