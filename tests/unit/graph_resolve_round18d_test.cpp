// Round 18 resolution rule, branch fix18d (docs/HELDOUT.md): two editions of one numbered series
// of meetings ("the 9th" and "the 10th" leaders' meeting) share the series' name but are two
// meetings, in one article as across articles.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.h"
#include "resolve_fixture.h"
#include "graph/resolve.h"

namespace {

int meetings(const kg::graph::GraphData& g) { return kg::test::nodes_of_kind(g, "Meeting"); }

}  // namespace

TEST_CASE("numbered editions of one series stay apart in resolution, whatever name they share") {
  const auto g = kg::graph::resolve({kg::test::titled_facts(
      "a.txt",
      "Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima on Tuesday. The three "
      "sides agreed that Chile will host the 10th Peru-Chile-Bolivia Leaders' Meeting in 2028.",
      "2026-03-03")});
  CHECK(meetings(g) == 2);
  const auto h = kg::graph::resolve({
      kg::test::titled_facts("a.txt", "Leaders of Peru, Chile and Bolivia attended the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima.",
                             "2026-03-03"),
      kg::test::titled_facts("b.txt", "The 10th Peru-Chile-Bolivia Leaders' Meeting opened in Santiago on Monday.", "2027-03-08"),
  });
  CHECK(meetings(h) == 2);
}

TEST_CASE("one article's meetings, told apart in the article, are not joined by a place name they share") {
  const auto g = kg::graph::resolve({kg::test::titled_facts(
      "a.txt",
      "Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima on Tuesday. In the "
      "afternoon, Huaman met with Bolivian President Luis Arce at the Torre Tagle State Guesthouse in Lima.",
      "2026-03-03")});
  CHECK(meetings(g) == 2);
}

TEST_CASE("two closing texts of one meeting, each with a title of its own, stay two texts") {
  const auto g = kg::graph::resolve({kg::test::titled_facts(
      "a.txt",
      "Peruvian President Dina Huaman hosted the 9th Peru-Chile-Bolivia Leaders' Meeting in Lima on Tuesday. The three leaders "
      "adopted the Joint Declaration of the 9th Peru-Chile-Bolivia Leaders' Meeting. The leaders of Peru and Chile also issued "
      "the Peru-Chile Joint Statement on Deepening the Comprehensive Partnership.",
      "2026-03-03")});
  const int docs = kg::test::nodes_of_kind(g, "Document");
  CHECK(docs == 2);
}
