// Round 21 resolution rule, branch fix21b (docs/HELDOUT.md): a text named only by its head and
// qualifiers ("a joint declaration") joins another article's only when the two are reports of
// the same days. Sentences invented for the tests.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.h"
#include "graph/resolve.h"

namespace {

int documents(const kg::graph::GraphData& g) {
  int n = 0;
  for (const auto& node : g.nodes) n += node.kind == "Document" ? 1 : 0;
  return n;
}

const char* kBare = "The Nordic Council ministers met on Monday. At the close, the ministers issued a joint declaration.";
const char* kNamed =
    "The leaders of Chile, Peru and Bolivia endorsed the Joint Declaration of the Fourth Andean Leaders' Meeting. "
    "The Joint Declaration sets up a border commission.";

}  // namespace

TEST_CASE("a bare joint declaration does not join another article's Joint Declaration of months later") {
  const auto g = kg::graph::resolve({
      kg::test::titled_facts("a.txt", kBare, "2026-12-11"),
      kg::test::titled_facts("b.txt", kNamed, "2027-05-26"),
  });
  CHECK(documents(g) == 2);
  // (and still joins a report of the same days)
  const auto same = kg::graph::resolve({
      kg::test::titled_facts("a.txt", kBare, "2027-05-26"),
      kg::test::titled_facts("b.txt", kBare, "2027-05-27"),
  });
  CHECK(documents(same) == 1);
}
