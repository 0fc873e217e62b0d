// Round 23 rules, branch fix23f (docs/HELDOUT.md): leftovers of the agency wire and the TV
// transcript of the blind batch. Invented articles about other states, people and meetings than
// the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'the three countries will establish' after 'the three ministers signed': their three states") {
  const auto f = facts(
      "The talks in Santiago were chaired by Chile's Minister of Defence, Ana Rojas, and attended by Peru's "
      "Defence Minister, Luis Quispe, and Bolivia's Minister of Defence, Marco Vaca.\n\n"
      "When the talks closed, the three ministers signed a Memorandum of Understanding on Border Training. "
      "Under it, the three countries will establish a Joint Border Training Unit near Arica.");
  CHECK(related(f, "COMMITS", "Chile", "Joint Border Training Unit"));
  CHECK(related(f, "COMMITS", "Peru", "Joint Border Training Unit"));
  CHECK(related(f, "COMMITS", "Bolivia", "Joint Border Training Unit"));
}
