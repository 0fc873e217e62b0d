// One state's contribution of a domain, told in other words by articles of the same days, is one
// force node (the "contribution" key of ingest/contribution_coref.cpp, joined in graph/resolve.cpp).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.h"
#include "graph/resolve.h"
#include "ingest/name_key.h"

namespace {

kg::ingest::DocFacts doc(const std::string& file, const std::string& text, const std::string& date) {
  kg::ingest::Article a = kg::test::article(text, file, date);
  a.title = "Title of " + file;
  return kg::ingest::extract(a, kg::test::lexicon());
}

// Force nodes with this name or alias.
int forces_named(const kg::graph::GraphData& g, const std::string& name) {
  int n = 0;
  for (const auto& node : g.nodes) {
    if (node.kind != "Force") continue;
    bool hit = kg::ingest::name_key(node.name) == kg::ingest::name_key(name);
    for (const auto& a : node.aliases) hit = hit || kg::ingest::name_key(a) == kg::ingest::name_key(name);
    n += hit ? 1 : 0;
  }
  return n;
}

const char* const kNaval = "Greece, the minister said, would join the operation with naval support.";
const char* const kLanes =
    "Most of the troops will come from Italy, while Greece has said it would be in charge of securing shipping lanes in "
    "the Aegean Sea.";

}  // namespace

TEST_CASE("reports of the same days join one state's contribution of a domain; months apart they do not") {
  const auto same = kg::graph::resolve({
      doc("a.txt", kNaval, "2026-05-04"),
      doc("b.txt", kLanes, "2026-05-05"),
  });
  CHECK(forces_named(same, "naval support") == 1);
  CHECK(forces_named(same, "securing shipping lanes in the Aegean Sea") == 1);
  int forces = 0;
  for (const auto& n : same.nodes) forces += n.kind == "Force" ? 1 : 0;
  CHECK(forces == 1);

  const auto apart = kg::graph::resolve({
      doc("a.txt", kNaval, "2026-05-04"),
      doc("b.txt", kLanes, "2026-09-20"),
  });
  int later = 0;
  for (const auto& n : apart.nodes) later += n.kind == "Force" ? 1 : 0;
  CHECK(later == 2);
}
