// Round 16 resolution rule (docs/HELDOUT.md): a meeting named only by its place ("Vienna
// meeting", "talks in Vienna") is as weak a name as a bare head: it joins reports of the same
// days only.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_fixture.h"
#include "resolve_fixture.h"
#include "graph/resolve.h"

using kg::test::nodes_named;

namespace {

kg::ingest::DocFacts doc(const std::string& file, const std::string& text, const std::string& date) {
  return kg::test::titled_facts(file, text, date);
}

int meetings(const kg::graph::GraphData& g) { return kg::test::nodes_of_kind(g, "Meeting"); }

}  // namespace

TEST_CASE("meetings named only by their city merge only between reports of the same days") {
  // two meetings in one capital, months apart
  const auto g = kg::graph::resolve({
      doc("a.txt", "Foreign ministers of Chile and Peru met in Vienna. The meeting in Vienna ended without a deal.",
          "2026-03-02"),
      doc("b.txt", "Defence officials of Kenya and Uganda met in Vienna. The meeting in Vienna agreed a patrol plan.",
          "2026-07-14"),
  });
  CHECK(meetings(g) == 2);
  // one meeting told by two outlets on consecutive days
  const auto h = kg::graph::resolve({
      doc("a.txt", "Foreign ministers of Chile and Peru met in Vienna. The meeting in Vienna ended without a deal.",
          "2026-03-02"),
      doc("b.txt", "The meeting in Vienna between Chile and Peru ended without a deal, officials said.", "2026-03-03"),
  });
  CHECK(meetings(h) == 1);
  CHECK(nodes_named(h, "Meeting", "meeting in Vienna") == 1);
}
