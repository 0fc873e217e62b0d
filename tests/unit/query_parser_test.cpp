#include <doctest/doctest.h>

#include <climits>
#include <functional>

#include "query/parser.h"

using namespace kg::query;

namespace {

const Expr& return_expr(const Query& q, size_t item = 0) {
  return *std::get<Projection>(q.clauses.back()).items.at(item).expr;
}

QueryError error_of(std::string_view text) {
  try {
    parse(text);
  } catch (const QueryError& e) {
    return e;
  }
  FAIL("no error for: " << text);
  return QueryError(QueryError::Kind::Syntax, {}, "");
}

}  // namespace

TEST_CASE("parser: arithmetic precedence and associativity") {
  Query q = parse("RETURN 1 + 2 * 3 - 4");
  const Expr& e = return_expr(q);
  REQUIRE(e.kind == Expr::Kind::Binary);
  CHECK(e.bop == BinaryOp::Sub);  // (1 + (2 * 3)) - 4
  const Expr& lhs = *e.args[0];
  CHECK(lhs.bop == BinaryOp::Add);
  CHECK(lhs.args[1]->bop == BinaryOp::Mul);
  CHECK(e.args[1]->literal.as_int() == 4);
}

TEST_CASE("parser: boolean precedence: OR < XOR < AND < NOT < comparison") {
  Query q = parse("RETURN NOT a = 1 AND b OR c XOR d");
  const Expr& e = return_expr(q);
  CHECK(e.bop == BinaryOp::Or);
  const Expr& and_e = *e.args[0];
  CHECK(and_e.bop == BinaryOp::And);
  CHECK(and_e.args[0]->kind == Expr::Kind::Unary);
  CHECK(and_e.args[0]->uop == UnaryOp::Not);
  CHECK(and_e.args[0]->args[0]->bop == BinaryOp::Eq);
  CHECK(e.args[1]->bop == BinaryOp::Xor);
}

TEST_CASE("parser: predicates and postfix operators") {
  Query q = parse("RETURN x.name STARTS WITH 'a' AND y IS NOT NULL AND z IN [1] AND n:A:B AND l[1..2][0] = m['k']");
  const Expr& e = return_expr(q);
  std::vector<const Expr*> conj;
  std::function<void(const Expr&)> flat = [&](const Expr& x) {
    if (x.kind == Expr::Kind::Binary && x.bop == BinaryOp::And) {
      flat(*x.args[0]);
      flat(*x.args[1]);
    } else {
      conj.push_back(&x);
    }
  };
  flat(e);
  REQUIRE(conj.size() == 5);
  CHECK(conj[0]->bop == BinaryOp::StartsWith);
  CHECK(conj[0]->args[0]->kind == Expr::Kind::Property);
  CHECK(conj[0]->args[0]->name == "name");
  CHECK(conj[1]->uop == UnaryOp::IsNotNull);
  CHECK(conj[2]->bop == BinaryOp::In);
  CHECK(conj[3]->kind == Expr::Kind::HasLabels);
  CHECK(conj[3]->keys == std::vector<std::string>{"A", "B"});
  CHECK(conj[4]->args[0]->kind == Expr::Kind::Index);
  CHECK(conj[4]->args[0]->args[0]->kind == Expr::Kind::Slice);
}

TEST_CASE("parser: negative literals stay literals") {
  Query q = parse("RETURN -9223372036854775808, -1.5, -x");
  CHECK(return_expr(q, 0).kind == Expr::Kind::Literal);
  CHECK(return_expr(q, 0).literal.as_int() == INT64_MIN);
  CHECK(return_expr(q, 1).literal.as_float() == -1.5);
  CHECK(return_expr(q, 2).kind == Expr::Kind::Unary);
}

TEST_CASE("parser: node and relationship patterns") {
  Query q = parse("MATCH p = (a:Person|Country:X {name: 'x', n: 1})<-[r:SAID|:LEADS*2..4 {w: 1}]-(b), (c)-->(d)-[*]-(e) RETURN a");
  const auto& m = std::get<MatchClause>(q.clauses[0]);
  REQUIRE(m.patterns.size() == 2);
  const PatternPart& p = m.patterns[0];
  CHECK(p.path_var == "p");
  CHECK(p.mode == PatternPart::Mode::Plain);
  REQUIRE(p.nodes.size() == 2);
  CHECK(p.nodes[0].var == "a");
  CHECK(p.nodes[0].labels == std::vector<std::vector<std::string>>{{"Person", "Country"}, {"X"}});
  REQUIRE(p.nodes[0].props.size() == 2);
  CHECK(p.nodes[0].props[1].key == "n");
  const RelPattern& r = p.rels[0];
  CHECK(r.var == "r");
  CHECK(r.direction == RelDirection::Left);
  CHECK(r.types == std::vector<std::string>{"SAID", "LEADS"});
  CHECK(r.var_length);
  CHECK(r.min_hops == 2);
  CHECK(r.max_hops == 4);
  CHECK(r.props.size() == 1);
  const PatternPart& p2 = m.patterns[1];
  CHECK(p2.rels[0].direction == RelDirection::Right);
  CHECK_FALSE(p2.rels[0].var_length);
  CHECK(p2.rels[1].direction == RelDirection::Both);
  CHECK(p2.rels[1].min_hops == 1);
  CHECK(p2.rels[1].max_hops == kDefaultMaxHops);
  CHECK_FALSE(p2.rels[1].max_given);
}

TEST_CASE("parser: variable-length bounds") {
  auto bounds = [](std::string_view rel) {
    Query q = parse("MATCH (a)-[" + std::string(rel) + "]-(b) RETURN a");
    const RelPattern& r = std::get<MatchClause>(q.clauses[0]).patterns[0].rels[0];
    return std::pair<int, int>{r.min_hops, r.max_hops};
  };
  CHECK(bounds("*") == std::pair{1, 6});
  CHECK(bounds("*3") == std::pair{3, 3});
  CHECK(bounds("*1..3") == std::pair{1, 3});
  CHECK(bounds("*..4") == std::pair{1, 4});
  CHECK(bounds("*2..") == std::pair{2, 6});
  CHECK(bounds("*8..") == std::pair{8, 8});
  CHECK(bounds("*0..2") == std::pair{0, 2});
}

TEST_CASE("parser: shortestPath, clauses and projections") {
  Query q = parse(
      "EXPLAIN MATCH p = allShortestPaths((a)-[*]-(b)) OPTIONAL MATCH (a)-->(c) WHERE c.x = 1 "
      "WITH DISTINCT a, count(c) AS n WHERE n > 1 UNWIND [1] AS u "
      "RETURN a.name AS name, n ORDER BY n DESC, name SKIP 1 LIMIT 2;");
  CHECK(q.explain);
  REQUIRE(q.clauses.size() == 5);
  const auto& m = std::get<MatchClause>(q.clauses[0]);
  CHECK(m.patterns[0].mode == PatternPart::Mode::AllShortest);
  const auto& opt = std::get<MatchClause>(q.clauses[1]);
  CHECK(opt.optional);
  CHECK(opt.where);
  const auto& with = std::get<Projection>(q.clauses[2]);
  CHECK_FALSE(with.is_return);
  CHECK(with.distinct);
  CHECK(with.items.size() == 2);
  CHECK(with.items[1].alias == "n");
  CHECK(with.where);
  CHECK(std::get<UnwindClause>(q.clauses[3]).var == "u");
  const auto& ret = std::get<Projection>(q.clauses[4]);
  CHECK(ret.is_return);
  CHECK(ret.items[0].alias == "name");
  CHECK(ret.items[0].explicit_alias);
  CHECK(ret.items[1].alias == "n");
  CHECK_FALSE(ret.items[1].explicit_alias);
  REQUIRE(ret.order_by.size() == 2);
  CHECK(ret.order_by[0].descending);
  CHECK_FALSE(ret.order_by[1].descending);
  CHECK(ret.skip->literal.as_int() == 1);
  CHECK(ret.limit->literal.as_int() == 2);
}

TEST_CASE("parser: column names are the expression text") {
  Query q = parse("RETURN  toUpper( 'x' ) ,(1+2)*3, [x IN [1] | x]");
  const auto& ret = std::get<Projection>(q.clauses[0]);
  CHECK(ret.items[0].alias == "toUpper( 'x' )");
  CHECK(ret.items[1].alias == "(1+2)*3");
  CHECK(ret.items[2].alias == "[x IN [1] | x]");
}

TEST_CASE("parser: error kinds") {
  CHECK(error_of("MATCH (n RETURN n").kind() == QueryError::Kind::Syntax);
  CHECK(error_of("MATCH (n RETURN n").line() == 1);
  CHECK(error_of("MATCH (n RETURN n").column() == 10);
  CHECK(error_of("MATCH (n RETURN n").message() == "expected ')' after node pattern, found 'RETURN'");
  CHECK(error_of("CREATE (n)").kind() == QueryError::Kind::Unsupported);
  CHECK(error_of("MATCH (n) DETACH DELETE n").kind() == QueryError::Kind::Unsupported);
  CHECK(error_of("CALL db.labels()").kind() == QueryError::Kind::Unsupported);
  CHECK(error_of("RETURN 'a' =~ 'b'").kind() == QueryError::Kind::Unsupported);
  CHECK(error_of("").message() == "empty query: expected MATCH, UNWIND, WITH or RETURN");
}
