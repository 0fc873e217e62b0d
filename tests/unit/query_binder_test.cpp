#include <doctest/doctest.h>

#include <algorithm>

#include "query/binder.h"
#include "query/parser.h"
#include "query/suggest.h"
#include "query_fixture.h"

using namespace kg::query;

namespace {

Query bound(std::string_view text, const Params& params = {}) {
  Query q = parse(text);
  bind(q, text, kg::test::fixture(), params);
  return q;
}

std::string error_of(std::string_view text) {
  try {
    bound(text);
  } catch (const QueryError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("edit distance ignores case and counts transpositions once") {
  CHECK(edit_distance("Person", "Person") == 0);
  CHECK(edit_distance("person", "Person") == 0);
  CHECK(edit_distance("Persn", "Person") == 1);
  CHECK(edit_distance("Preson", "Person") == 1);
  CHECK(edit_distance("Countyr", "Country") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("nearest suggests likely typos only") {
  const std::vector<std::string> labels = {"Country", "Organization", "Person", "Place"};
  CHECK(nearest("Persn", labels) == "Person");
  CHECK(nearest("place", labels) == "Place");
  CHECK(nearest("Organisation", labels) == "Organization");
  CHECK_FALSE(nearest("Spaceship", labels));
  CHECK_FALSE(nearest("x", {"y"}));  // one letter for one letter is no typo
  CHECK_FALSE(nearest("Person", {}));
}

TEST_CASE("known vocabularies merge the graph's with the core ontology") {
  const auto& g = kg::test::fixture();
  auto labels = known_labels(g);
  CHECK(std::is_sorted(labels.begin(), labels.end()));
  CHECK(std::count(labels.begin(), labels.end(), "Person") == 1);
  auto types = known_relationship_types(g);
  CHECK(std::find(types.begin(), types.end(), "LEADS") != types.end());
  auto node_keys = known_node_properties(g);
  CHECK(std::find(node_keys.begin(), node_keys.end(), "words") != node_keys.end());  // from the graph
  CHECK(std::find(node_keys.begin(), node_keys.end(), "url") != node_keys.end());    // from the ontology
  auto edge_keys = known_relationship_properties(g);
  CHECK(std::find(edge_keys.begin(), edge_keys.end(), "modality") != edge_keys.end());
}

TEST_CASE("binder assigns slots and resolves codes") {
  const auto& g = kg::test::fixture();
  Query q = bound("MATCH (a:Person)-[r:SAID]->(b), (a)-[:LEADS]->(m:Meeting) RETURN a, b.text AS t");
  const auto& m = std::get<MatchClause>(q.clauses[0]);
  const auto& p0 = m.patterns[0];
  const auto& p1 = m.patterns[1];
  CHECK(p0.nodes[0].slot == p1.nodes[0].slot);  // the same variable, the same slot
  CHECK(p0.nodes[0].slot != p0.nodes[1].slot);
  CHECK(p0.nodes[0].label_codes[0][0] == g.kind_code("Person"));
  CHECK(p0.rels[0].type_codes[0] == g.type_code("SAID"));
  CHECK(p1.rels[0].type_codes[0] == g.type_code("LEADS"));
  CHECK(p1.nodes[1].label_codes[0][0] == g.kind_code("Meeting"));
  CHECK_FALSE(p0.nodes[0].bound_before);
  CHECK(q.columns == std::vector<std::string>{"a", "t"});
  REQUIRE(q.column_slots.size() == 2);
  CHECK(q.slot_count >= 7);
  // Every slot the MATCH binds is listed, hidden ones included.
  CHECK(m.new_slots.size() == 5);  // a, r, b, the anonymous relationship, m
}

TEST_CASE("binder marks variables bound by earlier clauses") {
  Query q = bound("MATCH (a:Person) WITH a MATCH (a)-[r]->(b) RETURN b");
  const auto& m = std::get<MatchClause>(q.clauses[2]);
  CHECK(m.patterns[0].nodes[0].bound_before);
  CHECK_FALSE(m.patterns[0].nodes[1].bound_before);
}

TEST_CASE("binder finds aggregates and grouping") {
  Query q = bound("MATCH (p:Person)-[r]->() RETURN p.name, count(*) + count(DISTINCT r) AS n");
  const auto& ret = std::get<Projection>(q.clauses[1]);
  CHECK(ret.aggregating);
  REQUIRE(ret.aggregates.size() == 2);
  CHECK(ret.aggregates[0]->kind == Expr::Kind::CountStar);
  CHECK(ret.aggregates[1]->distinct);
}

TEST_CASE("binder errors") {
  CHECK(error_of("MATCH (n:Persn) RETURN n") == "query:1:10: unknown label :Persn, did you mean :Person?");
  CHECK(error_of("MATCH (n) RETURN m") == "query:1:18: unknown variable 'm'");
  CHECK(error_of("RETURN $p") == "query:1:8: missing parameter $p");
  CHECK(error_of("RETURN sizee([1])") == "query:1:8: unknown function sizee(), did you mean size()?");
  CHECK_NOTHROW(bound("RETURN $p", {{"p", Value(1)}}));
  try {
    bound("MATCH (n:Persn) RETURN n");
  } catch (const QueryError& e) {
    CHECK(e.kind() == QueryError::Kind::Semantic);
  }
}
