// People named again by the last words of their full name inside one article.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("the last words of a full name name the same person") {
  const auto f = facts(
      "Peru's trade envoy Ana Lucia Quispe Mamani arrived in Lima on Monday. \"We came to sign,\" Quispe Mamani "
      "told reporters.");
  CHECK(count_kind(f, "Person") == 1);
  CHECK(entity(f, "Person", "Ana Lucia Quispe Mamani") >= 0);
  const auto g = facts(
      "Egypt's envoy Mohammed Osman al-Hassan arrived in Cairo on Monday. \"We came to sign,\" Al-Hassan told "
      "reporters.");
  CHECK(count_kind(g, "Person") == 1);
}

TEST_CASE("a shorter name opening with a given name is someone else") {
  const auto f = facts("Italian envoy Anna Maria Rossi met Maria Rossi, a lawyer from Rome, in Geneva on Monday.");
  CHECK(count_kind(f, "Person") == 2);
}
