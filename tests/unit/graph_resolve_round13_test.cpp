// Round 13 resolution rule (docs/HELDOUT.md): documents named apart by the words before their
// head are two texts, whatever shorter alias they share.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_fixture.h"
#include "graph/resolve.h"
#include "ingest/name_key.h"

namespace {

kg::ingest::DocFacts doc(const std::string& file, const std::string& text, const std::string& date) {
  kg::ingest::Article a = kg::test::article(text, file, date);
  a.title = "Title of " + file;
  return kg::ingest::extract(a, kg::test::lexicon());
}

int documents_named(const kg::graph::GraphData& g, const std::string& name) {
  int n = 0;
  for (const auto& node : g.nodes) {
    if (node.kind != "Document") continue;
    bool hit = kg::ingest::name_key(node.name) == kg::ingest::name_key(name);
    for (const auto& a : node.aliases) hit = hit || kg::ingest::name_key(a) == kg::ingest::name_key(name);
    n += hit ? 1 : 0;
  }
  return n;
}

}  // namespace

TEST_CASE("declarations named for two different cities stay two documents") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "Andean leaders adopted the Lima Declaration on Border Security on Monday.", "2026-03-02"),
      doc("b.txt", "Amazon ministers adopted the Quito Declaration on Border Security on Friday.", "2026-06-20"),
  });
  CHECK(documents_named(g, "Lima Declaration on Border Security") == 1);
  CHECK(documents_named(g, "Quito Declaration on Border Security") == 1);
  int docs = 0;
  for (const auto& node : g.nodes) docs += node.kind == "Document" ? 1 : 0;
  CHECK(docs == 2);
  // the same declaration reported twice is one
  const auto h = kg::graph::resolve({
      doc("a.txt", "Andean leaders adopted the Lima Declaration on Border Security on Monday.", "2026-03-02"),
      doc("b.txt", "The Lima Declaration on Border Security was welcomed in Quito.", "2026-03-04"),
  });
  int same = 0;
  for (const auto& node : h.nodes) same += node.kind == "Document" ? 1 : 0;
  CHECK(same == 1);
}
