// Hostile queries: each is stopped by a limit (depth, size, time, memory, rows) with a one-line
// QueryError, never a crash or a hang. docs/HARDENING.md lists what was tried.
#include <doctest/doctest.h>

#include <string>

#include "query/functions.h"
#include "query/parser.h"
#include "query/query.h"
#include "query_fixture.h"

using namespace kg::query;

namespace {

const kg::graph::GraphModel& g() { return kg::test::fixture(); }

QueryError error_of(const std::string& text, const QueryOptions& o = {}) {
  try {
    execute(g(), text, o);
  } catch (const QueryError& e) {
    return e;
  }
  FAIL("no error for: " << text.substr(0, 200));
  return QueryError(QueryError::Kind::Runtime, {}, "");
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// WITH s0 + s0 AS s1 WITH s1 + s1 AS s2 ...: a value that doubles `n` times.
std::string doubling(const std::string& start, int n) {
  std::string q = "WITH " + start + " AS s0 ";
  for (int i = 0; i < n; ++i) {
    q += "WITH s" + std::to_string(i) + " + s" + std::to_string(i) + " AS s" + std::to_string(i + 1) + " ";
  }
  return q + "RETURN size(s" + std::to_string(n) + ") AS n";
}

}  // namespace

TEST_CASE("deep nesting is refused with a clear error, at any depth and of any kind") {
  const std::string deep = "expression nested too deeply (more than " + std::to_string(kMaxExpressionDepth) + " levels)";
  for (int n : {kMaxExpressionDepth + 1, 5'000, 50'000}) {
    CAPTURE(n);
    const std::string cases[] = {
        "RETURN " + repeat("(", n) + "1" + repeat(")", n),
        "RETURN " + repeat("[", n) + repeat("]", n),
        "RETURN " + repeat("-", n) + "1",
        "RETURN " + repeat("NOT ", n) + "true",
        "RETURN " + repeat("{a: ", n) + "1" + repeat("}", n),
        "RETURN " + repeat("1 + ", n) + "1",                  // a left-leaning chain: deep tree, flat parser
        "RETURN " + repeat("size(", n) + "[]" + repeat(")", n),
        "RETURN " + repeat("CASE WHEN true THEN ", n) + "1" + repeat(" END", n),
        "MATCH (n {name: " + repeat("[", n) + repeat("]", n) + "}) RETURN n",
        "RETURN [x IN [1] | " + repeat("[x IN [1] | ", n) + "x" + repeat("]", n) + "]",
    };
    for (const std::string& q : cases) {
      QueryError e = error_of(q);
      CHECK(e.kind() == QueryError::Kind::Syntax);
      CHECK(e.message() == deep);
      CHECK(e.line() == 1);
    }
  }
  // Just under the limit still runs.
  const int ok = kMaxExpressionDepth - 2;
  Result r = execute(g(), "RETURN " + repeat("(", ok) + "7" + repeat(")", ok) + " AS x");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_int() == 7);
  r = execute(g(), "RETURN " + repeat("1 + ", 200) + "1 AS x");
  CHECK(r.rows[0][0].as_int() == 201);
}

TEST_CASE("huge literals: integers overflow cleanly, long strings and lists are fine") {
  CHECK(error_of("RETURN 99999999999999999999999999").message() == "integer 99999999999999999999999999 is too large");
  CHECK(error_of("RETURN 9223372036854775807 + 1").message() == "integer overflow");
  CHECK(error_of("RETURN -9223372036854775807 - 2").message() == "integer overflow");
  CHECK(error_of("RETURN -(-9223372036854775807 - 1)").message() == "integer overflow");
  const std::string big(1 << 20, 'x');
  Result r = execute(g(), "RETURN size('" + big + "') AS n");
  CHECK(r.rows[0][0].as_int() == 1 << 20);
  r = execute(g(), "RETURN size([" + repeat("1,", 100'000) + "1]) AS n");
  CHECK(r.rows[0][0].as_int() == 100'001);
  CHECK(error_of("MATCH (a)-[*1..100000]-(b) RETURN a").message() == "variable-length bound 100000 is too large (at most 1000)");
  CHECK(error_of("MATCH (a)-[*1..99999999999999999999999]-(b) RETURN a").kind() == QueryError::Kind::Syntax);
}

TEST_CASE("values a query builds are capped before they are built") {
  QueryError e = error_of(doubling("'xx'", 40));
  CHECK(e.kind() == QueryError::Kind::Runtime);
  CHECK(e.message() == "string longer than 16 MiB");
  // 2 * 2^22 items already passes 10 million: stopped before the list of 2^23 items is made.
  CHECK(error_of(doubling("[1, 2]", 40)).message() == "list longer than 10000000 items");
  CHECK(error_of("RETURN range(1, 9223372036854775807)").message() == "range() would make more than 10000000 items");
  CHECK(error_of("RETURN range(-9223372036854775807 - 1, 9223372036854775807)").message() ==
        "range() would make more than 10000000 items");
  // Steps near the int64 limits neither overflow nor loop.
  Result r = execute(g(), "RETURN range(9223372036854775800, 9223372036854775807, 5) AS r, "
                          "range(-9223372036854775807 - 1, 9223372036854775807, 9223372036854775807) AS s, "
                          "range(5, 1) AS empty, range(3, 1, -1) AS down");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_list().size() == 2);
  CHECK(r.rows[0][0].as_list()[1].as_int() == 9223372036854775805);
  CHECK(r.rows[0][1].as_list().size() == 3);
  CHECK(r.rows[0][1].as_list()[2].as_int() == 9223372036854775806);
  CHECK(r.rows[0][2].as_list().empty());
  CHECK(r.rows[0][3].as_list().size() == 3);
  const std::string s(10'000, 'x');
  CHECK(error_of("WITH '" + s + "' AS s RETURN replace(s, 'x', s)").message() ==
        "replace() would make a string longer than 16777216 bytes");
  r = execute(g(), "WITH '" + s + "' AS s RETURN size(replace(s, 'x', 'yy')) AS n");
  CHECK(r.rows[0][0].as_int() == 20'000);
}

TEST_CASE("the memory limit stops a query that buffers too much") {
  QueryOptions o;
  o.max_memory_mb = 64;
  o.timeout = std::chrono::milliseconds(60'000);
  // ORDER BY over 10^10 rows: buffered until the limit, not until the machine runs out.
  QueryError e = error_of("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b ORDER BY a DESC RETURN a", o);
  CHECK(e.kind() == QueryError::Kind::Memory);
  CHECK(e.message() == "query needs more than 64 MB of memory; narrow it (WHERE, LIMIT) or raise the limit");
  // A comprehension copying a long string into every item.
  const std::string s(100'000, 'x');
  CHECK(error_of("WITH '" + s + "' AS s RETURN size([x IN range(1, 1000000) | s])", o).kind() == QueryError::Kind::Memory);
  CHECK(error_of("UNWIND range(1, 1000000) AS i RETURN size(collect('" + s.substr(0, 1000) + "' + i)) AS n", o).kind() ==
        QueryError::Kind::Memory);
  // Small queries under the same limit run.
  Result r = execute(g(), "UNWIND range(1, 1000) AS i WITH i ORDER BY i DESC RETURN collect(i)[0] AS top", o);
  CHECK(r.rows[0][0].as_int() == 1000);
}

TEST_CASE("cartesian products and unbounded patterns end by the time limit") {
  QueryOptions o;
  o.timeout = std::chrono::milliseconds(200);
  const auto t0 = std::chrono::steady_clock::now();
  CHECK(error_of("MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*)", o).kind() == QueryError::Kind::Timeout);
  CHECK(error_of("UNWIND range(1, 10000000) AS a UNWIND range(1, 10000000) AS b RETURN count(*)", o).kind() ==
        QueryError::Kind::Timeout);
  const auto took = std::chrono::steady_clock::now() - t0;
  CHECK(took < std::chrono::seconds(10));  // each stops near its 200 ms
  // A variable-length pattern without an upper bound gets the default one (and ends: under a
  // time limit that a loaded test machine cannot trip, since the bound is what is checked).
  QueryOptions bounded;
  bounded.timeout = std::chrono::milliseconds(20'000);
  Result r = execute(g(), "MATCH p = (a)-[*]-(b) RETURN max(length(p)) AS longest", bounded);
  CHECK(r.rows[0][0].as_int() == kDefaultMaxHops);
}

TEST_CASE("millions of rows are cut at the row limit") {
  QueryOptions o;
  o.max_rows = 1000;
  Result r = execute(g(), "MATCH (a), (b), (c), (d), (e) RETURN a.name, b.name", o);
  CHECK(r.rows.size() == 1000);
  CHECK(r.truncated);
  r = execute(g(), "UNWIND range(1, 5000000) AS i RETURN i", o);
  CHECK(r.rows.size() == 1000);
  CHECK(r.truncated);
}

TEST_CASE("long flat queries compile and run") {
  // Many clauses and long patterns are flat in the AST; they run (or time out) without recursion trouble.
  QueryOptions o;
  o.timeout = std::chrono::milliseconds(2000);
  Result r = execute(g(), repeat("WITH 1 AS x ", 2000) + "RETURN x", o);
  CHECK(r.rows.size() == 1);
  r = execute(g(), "MATCH (a)" + repeat("-->()", 2000) + " RETURN count(*) AS n", o);
  CHECK(r.rows[0][0].as_int() == 0);
  std::string unwind;
  for (int i = 0; i < 2000; ++i) unwind += "UNWIND [1] AS x" + std::to_string(i) + " ";
  r = execute(g(), unwind + "RETURN x0", o);
  CHECK(r.rows.size() == 1);
}

TEST_CASE("error messages stay on one line whatever the query quotes") {
  // Found by fuzz_query: a back-quoted identifier holding a line break and bytes that are not UTF-8.
  QueryError e = error_of("MATCH `a\nb\xff` RETURN 1");
  CHECK(std::string(e.what()) == "query:1:7: expected '(' to start a node pattern, found '`a\\nb\\xff`'");
  e = error_of("MATCH (n:`Bad\r\nLabel`) RETURN n");
  CHECK(std::string(e.what()).find('\n') == std::string::npos);
  CHECK(std::string(e.what()).find('\r') == std::string::npos);
  // A megabyte-long token is cut in the message.
  e = error_of("RETURN 1 '" + std::string(1 << 20, 'x') + "'");
  CHECK(std::string(e.what()).size() < 200);
}
