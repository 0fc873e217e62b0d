#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "query/key_set.h"
#include "query/value.h"
#include "query_fixture.h"

using namespace kg::query;

TEST_CASE("values: three-valued equality") {
  CHECK(equals(Value(1), Value(1.0)) == true);
  CHECK(equals(Value("a"), Value("a")) == true);
  CHECK(equals(Value("a"), Value(1)) == false);
  CHECK_FALSE(equals(Value(), Value(1)).has_value());
  CHECK_FALSE(equals(Value(), Value()).has_value());
  CHECK(equals(Value(Value::List{Value(1), Value()}), Value(Value::List{Value(2), Value()})) == false);
  CHECK_FALSE(equals(Value(Value::List{Value(1), Value()}), Value(Value::List{Value(1), Value()})).has_value());
  CHECK(equals(Value(NodeRef{3}), Value(NodeRef{3})) == true);
  CHECK(equals(Value(NodeRef{3}), Value(RelRef{3})) == false);
  CHECK(equals(Value(PathValue{{1, 2}, {0}}), Value(PathValue{{1, 2}, {0}})) == true);
}

TEST_CASE("values: comparison and ordering") {
  CHECK(compare(Value(1), Value(2.5)) == -1);
  CHECK(compare(Value("b"), Value("a")) == 1);
  CHECK(compare(Value(true), Value(false)) == 1);
  CHECK_FALSE(compare(Value(1), Value("1")).has_value());
  CHECK_FALSE(compare(Value(NodeRef{1}), Value(NodeRef{2})).has_value());
  CHECK_FALSE(compare(Value(std::nan("")), Value(1)).has_value());
  CHECK(compare(Value(Value::List{Value(1), Value(2)}), Value(Value::List{Value(1), Value(3)})) == -1);
  // ORDER BY: maps, nodes, relationships, lists, paths, strings, booleans, numbers, then null.
  std::vector<Value> v = {Value(),          Value(2),           Value(true),      Value("s"),
                          Value(Value::List{}), Value(RelRef{0}), Value(NodeRef{0}), Value(Value::Map{}),
                          Value(PathValue{{0}, {}})};
  std::sort(v.begin(), v.end(), [](const Value& a, const Value& b) { return order(a, b) < 0; });
  std::vector<Value::Type> types;
  for (const Value& x : v) types.push_back(x.type());
  using T = Value::Type;
  CHECK(types == std::vector<T>{T::Map, T::Node, T::Relationship, T::List, T::Path, T::String, T::Bool, T::Int, T::Null});
  CHECK(order(Value(1), Value(1.0)) == 0);
  CHECK(order(Value(-1.5), Value(0)) < 0);
}

TEST_CASE("values: DISTINCT equivalence and hashing") {
  CHECK(same(Value(), Value()));
  CHECK(same(Value(1), Value(1.0)));
  CHECK(ValueHash{}(Value(1)) == ValueHash{}(Value(1.0)));
  CHECK_FALSE(same(Value(1), Value("1")));
  CHECK(same(Value(Value::List{Value(), Value("x")}), Value(Value::List{Value(), Value("x")})));
  CHECK(ValueHash{}(Value(Value::List{Value("x")})) == ValueHash{}(Value(Value::List{Value("x")})));

  auto add = [](KeySet& set, std::vector<Value> key) {
    return set.insert([&](size_t i) -> const Value& { return key[i]; });
  };
  KeySet one(1);
  CHECK(add(one, {Value(NodeRef{7})}));
  CHECK_FALSE(add(one, {Value(NodeRef{7})}));
  CHECK(add(one, {Value(NodeRef{8})}));
  CHECK(add(one, {Value("x")}));  // leaves the node-only fast path
  CHECK_FALSE(add(one, {Value(NodeRef{7})}));
  CHECK_FALSE(add(one, {Value("x")}));
  CHECK(one.size() == 3);

  KeySet two(2);
  for (int i = 0; i < 1000; ++i) CHECK(add(two, {Value(i), i % 7 == 0 ? Value() : Value("v")}));
  for (int i = 0; i < 1000; ++i) {
    CHECK_FALSE(add(two, {Value(static_cast<double>(i)), i % 7 == 0 ? Value() : Value("v")}));
  }
  CHECK(two.size() == 1000);
}

TEST_CASE("values: graph properties and text") {
  const auto& g = kg::test::fixture();
  CHECK(node_property(g, 0, "name").as_string() == "Emmanuel Macron");
  CHECK(node_property(g, 0, "kind").as_string() == "Person");
  CHECK(node_property(g, 0, "sources").as_list().size() == 3);
  CHECK(node_property(g, 0, "nothing").is_null());
  CHECK(node_property(g, 18, "words").as_int() == 812);
  CHECK(rel_property(g, 1, "title").as_string() == "Prime Minister");
  CHECK(rel_property(g, 1, "sources").as_list().size() == 2);
  CHECK(to_text(g, Value(NodeRef{3})) == "(Friedrich Merz:Person)");
  CHECK(to_text(g, Value(RelRef{3})) == "(Friedrich Merz)-[:HOLDS_OFFICE]->(Germany)");
  CHECK(to_text(g, Value(PathValue{{9, 3, 11}, {3, 8}})) ==
        "(Germany)<-[:HOLDS_OFFICE]-(Friedrich Merz)-[:ATTENDED]->(Coalition of the Willing meeting in Paris)");
  CHECK(to_text(g, Value(Value::List{Value("a\"b"), Value(1.0), Value()})) == "[\"a\\\"b\", 1.0, null]");
  CHECK(to_text(g, Value(Value::Map{{"k", Value(false)}})) == "{k: false}");
  CHECK(format_float(0.1) == "0.1");
  CHECK(format_float(3) == "3.0");
  CHECK(format_float(1e300) == "1e+300");
  CHECK(quote_string("tab\there\n\x01") == "\"tab\\there\\n\\u0001\"");
}
