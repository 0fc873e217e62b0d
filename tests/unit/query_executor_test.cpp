#include <doctest/doctest.h>

#include <thread>

#include "query/query.h"
#include "query_fixture.h"

using namespace kg::query;

namespace {

const kg::graph::GraphModel& g() { return kg::test::fixture(); }

QueryError error_of(std::string_view text, const QueryOptions& o = {}) {
  try {
    execute(g(), text, o);
  } catch (const QueryError& e) {
    return e;
  }
  FAIL("no error for: " << text);
  return QueryError(QueryError::Kind::Runtime, {}, "");
}

// A query with millions of rows: five-way cartesian product of the 19 nodes.
constexpr const char* kHeavy = "MATCH (a), (b), (c), (d), (e) RETURN count(*)";

}  // namespace

TEST_CASE("execute returns columns and rows") {
  Result r = execute(g(), "MATCH (p:Person)-[:SIGNED]->(d) RETURN p.name AS who, d.name ORDER BY who");
  CHECK(r.columns == std::vector<std::string>{"who", "d.name"});
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0][0].as_string() == "Emmanuel Macron");
  CHECK(r.rows[2][1].as_string() == "Declaration of intent");
  CHECK_FALSE(r.truncated);
}

TEST_CASE("the time limit stops a long query") {
  QueryOptions o;
  o.timeout = std::chrono::milliseconds(1);
  QueryError e = error_of(kHeavy, o);
  CHECK(e.kind() == QueryError::Kind::Timeout);
  CHECK(std::string(e.what()) == "query: query timed out after 1 ms");
}

TEST_CASE("the cancel flag stops a query") {
  std::atomic<bool> cancel{true};
  QueryOptions o;
  o.cancel = &cancel;
  QueryError e = error_of(kHeavy, o);
  CHECK(e.kind() == QueryError::Kind::Cancelled);
  CHECK(std::string(e.what()) == "query: query cancelled");

  // Raised from another thread while the query runs.
  std::atomic<bool> later{false};
  o.cancel = &later;
  std::thread t([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    later = true;
  });
  CHECK(error_of("MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)", o).kind() == QueryError::Kind::Cancelled);
  t.join();
}

TEST_CASE("the row limit truncates and says so") {
  QueryOptions o;
  o.max_rows = 5;
  Result r = execute(g(), "MATCH (n) RETURN n", o);
  CHECK(r.rows.size() == 5);
  CHECK(r.truncated);
  o.max_rows = 19;
  r = execute(g(), "MATCH (n) RETURN n", o);
  CHECK(r.rows.size() == 19);
  CHECK_FALSE(r.truncated);
  // Sorted before cut: the first rows of the whole order.
  o.max_rows = 2;
  r = execute(g(), "MATCH (p:Person) RETURN p.name ORDER BY p.name DESC", o);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_string() == "Volodymyr Zelenskyy");
  CHECK(r.truncated);
}

TEST_CASE("parameters of every type") {
  QueryOptions o;
  o.params["s"] = Value("Merz");
  o.params["l"] = Value(Value::List{Value(1), Value(2)});
  o.params["m"] = Value(Value::Map{{"k", Value(true)}});
  o.params["n"] = Value(NodeRef{3});
  Result r = execute(g(), "MATCH (p {name: $s}) RETURN p = $n, size($l), $m.k, $l[1]", o);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_bool());
  CHECK(r.rows[0][1].as_int() == 2);
  CHECK(r.rows[0][2].as_bool());
  CHECK(r.rows[0][3].as_int() == 2);
  // A node parameter can anchor a pattern.
  r = execute(g(), "WITH $n AS p MATCH (p)-[:HOLDS_OFFICE]->(c) RETURN c.name", o);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Germany");
  o.params["x"] = Value(5);
  CHECK(error_of("WITH $x AS p MATCH (p)-->(c) RETURN c", o).message() == "expected a node in the pattern, got INTEGER");
}

TEST_CASE("EXPLAIN shows the plan without running") {
  Result r = execute(g(), "EXPLAIN MATCH (p:Person)-[:ATTENDED]->(m {name: 'Paris summit'}) WHERE p.name STARTS WITH 'K' RETURN p.name");
  CHECK(r.columns == std::vector<std::string>{"plan"});
  std::string plan;
  for (const auto& row : r.rows) plan += row[0].as_string() + "\n";
  CHECK(plan ==
        "MATCH\n"
        "  scan (m {name}) via the name index (~2)\n"
        "  expand (m)<-[:ATTENDED]-(p:Person)\n"
        "  filter p.name STARTS WITH 'K'\n"
        "RETURN\n"
        "  project p.name\n");
  CHECK(explain(g(), "MATCH (a:Person) RETURN a.kind, count(*) AS n ORDER BY n DESC LIMIT 3") ==
        "MATCH\n"
        "  scan (a:Person) via the label index (~5)\n"
        "RETURN\n"
        "  aggregate n grouped by a.kind\n"
        "  sort by n DESC\n"
        "  limit 3\n");
  CHECK(explain(g(), "MATCH p = shortestPath((a {name: 'x'})-[*..4]-(b:Force)) WHERE none(n IN nodes(p) WHERE n:Quote) RETURN p") ==
        "MATCH\n"
        "  scan (a {name}) via the name index (~2)\n"
        "  scan (b:Force) via the label index (~1)\n"
        "  shortest path p = (a {name})-[*1..4]-(b:Force) (bidirectional BFS)\n"
        "    node filter: none(n IN nodes(p) WHERE n:Quote)\n"
        "RETURN\n"
        "  project p\n");
}

TEST_CASE("the planner starts from the most selective node") {
  std::string plan = explain(g(), "MATCH (a)-[:SAID]->(q:Quote)<-[:SAID]-(b:Person {name: 'Starmer'}) RETURN a");
  CHECK(plan.find("scan (b:Person {name}) via the name index") != std::string::npos);
  CHECK(plan.find("expand (b)-[:SAID]->(q:Quote)") != std::string::npos);
  CHECK(plan.find("expand (q)<-[:SAID]-(a)") != std::string::npos);
  // Anonymous variable-length hops under DISTINCT walk breadth first.
  CHECK(explain(g(), "MATCH (a {name: 'x'})-[*..3]-(b) RETURN DISTINCT b").find("breadth-first") != std::string::npos);
  CHECK(explain(g(), "MATCH (a {name: 'x'})-[*..3]-(b) RETURN count(DISTINCT b)").find("breadth-first") != std::string::npos);
  CHECK(explain(g(), "MATCH (a {name: 'x'})-[*..3]-(b) RETURN b").find("expand paths") != std::string::npos);
  CHECK(explain(g(), "MATCH (a {name: 'x'})-[*..3]-(b) RETURN count(b)").find("expand paths") != std::string::npos);
  CHECK(explain(g(), "MATCH (a {name: 'x'})-[*..3]-(b) WITH b LIMIT 2 RETURN DISTINCT b").find("expand paths") != std::string::npos);
}

TEST_CASE("queries run concurrently on one model") {
  auto run = [] {
    size_t total = 0;
    for (int i = 0; i < 200; ++i) {
      total += execute(g(), "MATCH (a {name: 'Merz'})-[*1..3]-(b) RETURN count(DISTINCT b)").rows[0][0].as_int();
      auto p = execute(g(), "MATCH p = shortestPath((a {name: 'Merz'})-[*]-(b {name: 'Starmer'})) RETURN length(p)");
      total += p.rows[0][0].as_int();
    }
    return total;
  };
  size_t a = 0, b = 0;
  std::thread t1([&] { a = run(); });
  std::thread t2([&] { b = run(); });
  t1.join();
  t2.join();
  CHECK(a == b);
  CHECK(a == run());
}

TEST_CASE("shortcut queries") {
  std::string path = path_query("Merz", "Keir Starmer", 4, {"ATTENDED", "SIGNED"});
  CHECK(path ==
        "MATCH p = shortestPath((a {name: 'Merz'})-[:ATTENDED|SIGNED*..4]-(b {name: 'Keir Starmer'}))\n"
        "RETURN p AS path, length(p) AS hops\n"
        "ORDER BY hops");
  Result r = execute(g(), path);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][1].as_int() == 2);
  CHECK(execute(g(), path_query("Merz", "Starmer", 1)).rows.empty());

  std::string hood = hood_query("Merz", 2, {"Person", "Country"});
  CHECK(hood ==
        "MATCH (a {name: 'Merz'})-[*1..2]-(b:Person|Country)\n"
        "WITH DISTINCT b\n"
        "RETURN b.name AS name, b.kind AS kind\n"
        "ORDER BY kind, name");
  r = execute(g(), hood);
  std::vector<std::string> names;
  for (const auto& row : r.rows) names.push_back(row[0].as_string());
  CHECK(names == std::vector<std::string>{"Germany", "Emmanuel Macron", "Keir Starmer", "Steve Witkoff", "Volodymyr Zelenskyy"});
  CHECK(execute(g(), hood_query("O'Brien \\ \"x\"", 1)).rows.empty());  // quoting survives
  CHECK(cypher_string("it's \\ \n") == "'it\\'s \\\\ \\n'");
}
