// Round 22 rules, branch fix22c (docs/HELDOUT.md): a live page's people, attendance and
// retractions. Sentences about states, bodies and people invented for the tests, none of them from
// the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'the Secretary General of the Organisation of Eastern Caribbean States, X,': a body's own 'of' is not the office's") {
  const auto f = facts(
      "The Director General of the Organisation of Eastern Caribbean States, Jonelle Marrast, said the "
      "pact would hold.");
  CHECK(entity(f, "Person", "Jonelle Marrast") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Jonelle Marrast", "Organisation of Eastern Caribbean States"));
}

TEST_CASE("'President Sofia Mensah of Ghana': a town's one-word name after a title is a given name") {
  const auto f = facts(
      "The accord was signed by President Sofia Mensah of Ghana and President Faye of Senegal. "
      "Togo's foreign minister, Sofia Amegah, attended the ceremony in Accra.");
  CHECK(entity(f, "Person", "Sofia Mensah") >= 0);
  CHECK(entity(f, "Person", "Sofia Amegah") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Sofia Mensah", "Ghana"));
  CHECK(related(f, "HOLDS_OFFICE", "Sofia Amegah", "Togo"));
  CHECK(entity(f, "Country", "Bulgaria") < 0);
}
