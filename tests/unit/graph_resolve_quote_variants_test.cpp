// One remark reported by several outlets in different translations is one Quote node; different
// remarks of the same speaker that share a few words stay apart.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "graph/resolve.h"

namespace {

kg::ingest::DocFacts doc(const std::string& file, const std::string& text) { return kg::test::titled_facts(file, text); }

std::vector<const kg::graph::Node*> quotes(const kg::graph::GraphData& g) {
  std::vector<const kg::graph::Node*> out;
  for (const auto& n : g.nodes) {
    if (n.kind == "Quote") out.push_back(&n);
  }
  return out;
}

}  // namespace

TEST_CASE("a reworded long quotation with a long verbatim run merges across outlets") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "French President Emmanuel Macron said the patrols were \"the best way to make sure that the truce line can "
                   "never become a front line and that the truce line can never be crossed by armed groups\"."),
      doc("b.txt", "\"The joint patrols are the best way to make sure that the truce line can never become a front line or "
                   "be crossed by armed groups,\" French President Emmanuel Macron said."),
  });
  const auto q = quotes(g);
  REQUIRE(q.size() == 1);
  CHECK(q.front()->sources.size() == 2);
}

TEST_CASE("two remarks of one speaker sharing common words but no long run stay apart") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "\"We will send troops to Ukraine once a ceasefire is signed and holds,\" French President Emmanuel Macron said."),
      doc("b.txt", "\"Once a ceasefire holds we will talk about troops and about Ukraine,\" French President Emmanuel Macron said."),
  });
  CHECK(quotes(g).size() == 2);
}
