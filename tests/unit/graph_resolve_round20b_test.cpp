// Round 20 resolution rule, branch fix20b (docs/HELDOUT.md): two meetings whose proper names
// give different subjects after "on" are two meetings, whatever shorter alias they share.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.h"
#include "graph/resolve.h"

namespace {

int meetings(const kg::graph::GraphData& g) {
  int n = 0;
  for (const auto& node : g.nodes) n += node.kind == "Meeting" ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("a ministerial meeting on fisheries is not one on energy transit") {
  const auto g = kg::graph::resolve({
      kg::test::titled_facts("a.txt", "Ministers of Latvia and Estonia attended the Baltic Ministerial Meeting on Fisheries in Riga.", ""),
      kg::test::titled_facts("b.txt", "Ministers of Finland and Sweden attended the Baltic Ministerial Meeting on Energy Transit in Tallinn.", ""),
  });
  CHECK(meetings(g) == 2);
}
