// Resolution of forces named in other words across articles (ingest/force_key.h).
#include <doctest/doctest.h>

#include <algorithm>

#include "extract_fixture.h"
#include "graph/resolve.h"

namespace {

kg::ingest::DocFacts doc(const std::string& file, const std::string& text) {
  return kg::ingest::extract(kg::test::article(text, file, "2026-03-02"), kg::test::lexicon());
}

int forces(const kg::graph::GraphData& g) {
  return static_cast<int>(std::count_if(g.nodes.begin(), g.nodes.end(), [](const kg::graph::Node& n) { return n.kind == "Force"; }));
}

}  // namespace

TEST_CASE("'the Moldovan army' and 'Moldova's armed forces' are one force across articles") {
  const auto a = doc("a.txt", "Poland pledged military support for the Moldovan army on Monday.");
  const auto b = doc("b.txt", "France promised support for Moldova's armed forces on Monday.");
  REQUIRE(kg::test::count_kind(a, "Force") == 1);
  REQUIRE(kg::test::count_kind(b, "Force") == 1);
  const auto g = kg::graph::resolve({a, b});
  CHECK(forces(g) == 1);
  for (const auto& n : g.nodes) CHECK(n.properties.count("match_keys") == 0);
}

TEST_CASE("forces of different states or different heads stay apart") {
  const auto a = doc("a.txt", "Poland pledged support for the Polish army on Monday.");
  const auto b = doc("b.txt", "France promised support for Lithuania's armed forces on Monday.");
  REQUIRE(kg::test::count_kind(a, "Force") == 1);
  REQUIRE(kg::test::count_kind(b, "Force") == 1);
  CHECK(forces(kg::graph::resolve({a, b})) == 2);
  const auto c = doc("c.txt", "France promised military assistance for Poland's armed forces on Monday.");
  REQUIRE(kg::test::count_kind(c, "Force") == 1);
  CHECK(forces(kg::graph::resolve({a, c})) == 2);
}

// Forces of one name led by different parties in different articles stay apart (round 12).
TEST_CASE("same-named forces with different known leaders are two forces") {
  const auto a = doc("a.txt", "The accord creates a Joint Border Verification Mechanism. The Joint Border Verification Mechanism "
                              "will be commanded by Chile. Peru pledged 20 observers to it.");
  const auto b = doc("b.txt", "The council expanded the Joint Border Verification Mechanism. The Joint Border Verification "
                              "Mechanism will be commanded by Bolivia. Paraguay offered 10 observers.");
  REQUIRE(kg::test::related(a, "LEADS", "Chile", "Joint Border Verification Mechanism"));
  REQUIRE(kg::test::related(b, "LEADS", "Bolivia", "Joint Border Verification Mechanism"));
  CHECK(forces(kg::graph::resolve({a, b})) == 2);
  // the same leader, or a leader known on one side only, is still one force
  const auto c = doc("c.txt", "The Joint Border Verification Mechanism will be commanded by Chile, the ministers agreed.");
  REQUIRE(kg::test::related(c, "LEADS", "Chile", "Joint Border Verification Mechanism"));
  CHECK(forces(kg::graph::resolve({a, c})) == 1);
  const auto d = doc("d.txt", "Uruguay pledged observers to the Joint Border Verification Mechanism on Monday.");
  REQUIRE(kg::test::count_kind(d, "Force") == 1);
  CHECK(forces(kg::graph::resolve({a, d})) == 1);
}
