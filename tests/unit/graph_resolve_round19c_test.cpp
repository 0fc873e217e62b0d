// Round 19 resolution rule, branch fix19c (docs/HELDOUT.md): a meeting named only by its place
// in an undated record is not joined to a dated article's meeting in that place.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.h"
#include "resolve_fixture.h"
#include "graph/resolve.h"

namespace {

int meetings(const kg::graph::GraphData& g) { return kg::test::nodes_of_kind(g, "Meeting"); }

}  // namespace

TEST_CASE("an undated article's meeting in a city is not a dated article's meeting there by its place alone") {
  const auto g = kg::graph::resolve({
      kg::test::titled_facts("a.txt", "Ministers of Armenia and Azerbaijan attended the meeting in Vienna on Monday.", "2026-03-03"),
      kg::test::titled_facts("b.txt", "Envoys of Borduria and Syldavia attended the meeting in Vienna.", ""),
  });
  CHECK(meetings(g) == 2);
}
