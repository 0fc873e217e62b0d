// Round 20 resolution rule, branch resolve20 (graph/resolve.cpp, docs/BATCH.md): a copied
// article's entities join the clusters its original's joined. Meetings of one article are two
// meetings (that article told them apart), and a cluster holding one of them does not take the
// other through a third article's meeting: the greedy pass used to join each item to the first
// representative it fit, so a copy's second "summit" joined the cluster of the original's first,
// taking the original's second along, and the declaration its original's second produced came
// out as produced by two meetings.
#include <doctest/doctest.h>

#include <set>
#include <utility>
#include <string>

#include "graph/resolve.h"

namespace {

using kg::ingest::DocFacts;
using kg::ingest::LocalEntity;

LocalEntity entity(const std::string& kind, const std::string& name, const std::string& head) {
  LocalEntity e;
  e.kind = kind;
  e.name = name;
  e.aliases = {name};
  e.attributes["head"] = head;
  kg::ingest::Evidence ev;
  e.mentions.push_back(ev);
  return e;
}

// An article with two bare summits (the first of its talks, the second of a later round) and
// the declaration the second produced.
DocFacts article(const std::string& file) {
  DocFacts f;
  f.article.file = file;
  f.article.path = file;
  f.article.title = "Leaders meet again";
  f.article.date = "2026-10-05";
  f.entities = {entity("Meeting", "summit", "summit"), entity("Meeting", "summit", "summit"),
                entity("Document", "joint declaration on reconstruction", "declaration")};
  kg::ingest::LocalRelation produced;
  produced.type = "PRODUCED";
  produced.start = 1;
  produced.end = 2;
  f.relations.push_back(produced);
  return f;
}

std::set<std::string> files(const kg::graph::Node& n) {
  std::set<std::string> out;
  for (const auto& s : n.sources) out.insert(std::string(s.file));
  return out;
}

// The number of Meeting nodes and PRODUCED edges of `g`, checking that every meeting is cited
// by the copy as often as by the original: none holds both meetings of one article.
std::pair<int, int> meetings_and_produced(const kg::graph::GraphData& g) {
  int meetings = 0, produced = 0;
  for (const auto& n : g.nodes) {
    if (n.kind != "Meeting") continue;
    ++meetings;
    const auto f = files(n);
    CAPTURE(n.name);
    CHECK(f.count("copy.txt") == f.count("original.txt"));
  }
  for (const auto& e : g.edges) produced += e.type == "PRODUCED" ? 1 : 0;
  return {meetings, produced};
}

}  // namespace

TEST_CASE("a copied article's two meetings each join the cluster of the original's same meeting") {
  // "copy.txt" sorts before "original.txt": the copy's summits are met first.
  const auto g = kg::graph::resolve({article("original.txt"), article("copy.txt")});
  // Before: both of the original's summits joined the copy's first; the copy's second stayed
  // alone with a PRODUCED edge of its own.
  const auto [meetings, produced] = meetings_and_produced(g);
  CHECK(meetings == 2);
  CHECK(produced == 1);
}

TEST_CASE("two articles' meetings do not become one through a third article's meeting") {
  // "0-other.txt" sorts first: its one summit is the first representative the others meet.
  DocFacts other = article("0-other.txt");
  other.entities.resize(1);
  other.relations.clear();
  const auto g = kg::graph::resolve({article("original.txt"), article("copy.txt"), other});
  // Before: all five summits were one meeting.
  const auto [meetings, produced] = meetings_and_produced(g);
  CHECK(meetings == 2);
  CHECK(produced == 1);
}
