// Round 13 resolution rule (docs/HELDOUT.md): documents named apart by the words before their
// head are two texts, whatever shorter alias they share.
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

int documents_named(const kg::graph::GraphData& g, const std::string& name) { return nodes_named(g, "Document", name); }

}  // namespace

TEST_CASE("declarations named for two different cities stay two documents") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "Andean leaders adopted the Lima Declaration on Border Security on Monday.", "2026-03-02"),
      doc("b.txt", "Amazon ministers adopted the Quito Declaration on Border Security on Friday.", "2026-06-20"),
  });
  CHECK(documents_named(g, "Lima Declaration on Border Security") == 1);
  CHECK(documents_named(g, "Quito Declaration on Border Security") == 1);
  const int docs = kg::test::nodes_of_kind(g, "Document");
  CHECK(docs == 2);
  // the same declaration reported twice is one
  const auto h = kg::graph::resolve({
      doc("a.txt", "Andean leaders adopted the Lima Declaration on Border Security on Monday.", "2026-03-02"),
      doc("b.txt", "The Lima Declaration on Border Security was welcomed in Quito.", "2026-03-04"),
  });
  const int same = kg::test::nodes_of_kind(h, "Document");
  CHECK(same == 1);
}
