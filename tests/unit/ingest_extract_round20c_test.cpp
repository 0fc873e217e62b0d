// Round 20 rules, branch fix20c (docs/HELDOUT.md): signers of op-eds and joint statements.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'First, the X Accord. It was signed by A, B and C': an opening word set off by a comma is no phrase") {
  const auto f = facts(
      "The meeting of the Pacific Forum was held in Apia on Monday, hosted by Samoa.\n\n"
      "What did we achieve? First, the Apia Accord on Fisheries Protection. It was signed by Minister Tuilaepa "
      "Sailele, Minister Mark Brown and Mr Kausea Natano. Mr Siaosi Taufa initialled the text.");
  CHECK(related(f, "SIGNED", "Tuilaepa Sailele", "Apia Accord on Fisheries Protection"));
  CHECK(related(f, "SIGNED", "Kausea Natano", "Apia Accord on Fisheries Protection"));
  CHECK_FALSE(related(f, "SIGNED", "Siaosi Taufa", "Apia Accord on Fisheries Protection"));
}
