// One state's contribution told twice in other words is one force: in one article
// (ingest/contribution_coref.cpp, heads.json force/contribution_domains) and between articles of
// the same days (its "contribution" key, joined in graph/resolve.cpp).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.h"
#include "resolve_fixture.h"
#include "graph/resolve.h"

using kg::test::count_kind;
using kg::test::entity;
using kg::test::facts;

namespace {

const char* const kNaval = "Greece, the minister said, would join the operation with naval support.";
const char* const kLanes =
    "Most of the soldiers are expected to come from Italy, while Greece has said it will be in charge of securing "
    "shipping lanes in the Aegean Sea.";

}  // namespace

TEST_CASE("a state's two unnamed contributions of one domain in one article are one force") {
  const auto f = facts(std::string(kNaval) + " " + kLanes);
  const int naval = entity(f, "Force", "naval support");
  REQUIRE(naval >= 0);
  CHECK(entity(f, "Force", "securing shipping lanes in the Aegean Sea") == naval);
  CHECK(count_kind(f, "Force") == 1);
}

TEST_CASE("contributions of two domains, or shared with another state, stay apart") {
  // The sea and the air.
  const auto two = facts(
      "Portugal, the minister said, would join the operation with naval support. Portugal has said it will be in "
      "charge of air policing over the Baltic states.");
  CHECK(entity(two, "Force", "naval support") >= 0);
  CHECK(entity(two, "Force", "air policing") >= 0);
  CHECK(entity(two, "Force", "naval support") != entity(two, "Force", "air policing"));
  // Naval support also comes from Cyprus: it is not Greece's own contribution.
  const auto shared = facts(std::string(kNaval) + " Cyprus would also join the operation with naval support. " + kLanes);
  CHECK(entity(shared, "Force", "naval support") >= 0);
  CHECK(entity(shared, "Force", "securing shipping lanes in the Aegean Sea") >= 0);
  CHECK(entity(shared, "Force", "naval support") != entity(shared, "Force", "securing shipping lanes in the Aegean Sea"));
}

TEST_CASE("reports of the same days join one state's contribution of a domain; months apart they do not") {
  const auto same = kg::graph::resolve({
      kg::test::titled_facts("a.txt", kNaval, "2026-05-04"),
      kg::test::titled_facts("b.txt", kLanes, "2026-05-05"),
  });
  CHECK(kg::test::nodes_named(same, "Force", "naval support") == 1);
  CHECK(kg::test::nodes_named(same, "Force", "securing shipping lanes in the Aegean Sea") == 1);
  int forces = 0;
  for (const auto& n : same.nodes) forces += n.kind == "Force" ? 1 : 0;
  CHECK(forces == 1);

  const auto apart = kg::graph::resolve({
      kg::test::titled_facts("a.txt", kNaval, "2026-05-04"),
      kg::test::titled_facts("b.txt", kLanes, "2026-09-20"),
  });
  int later = 0;
  for (const auto& n : apart.nodes) later += n.kind == "Force" ? 1 : 0;
  CHECK(later == 2);
}
