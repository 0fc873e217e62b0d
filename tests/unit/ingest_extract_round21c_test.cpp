// Round 21 rules, branch fix21c (docs/HELDOUT.md): places by shape, parliaments, department
// labels, bodies. Sentences about states, bodies and people invented for the tests, none of them
// from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'the Sea of Okhotsk', 'the Gulf of Bothnia', 'Lake Titicaca': a water named head first is a place") {
  const auto f = facts(
      "Finland and Sweden held a naval drill in the Gulf of Bothnia on Monday, a week after a Russian patrol "
      "crossed the Sea of Okhotsk. Peru and Bolivia agreed to clean Lake Titicaca and invoked the Rio Treaty.");
  CHECK(entity(f, "Place", "Gulf of Bothnia") >= 0);
  CHECK(entity(f, "Place", "Sea of Okhotsk") >= 0);
  CHECK(entity(f, "Place", "Lake Titicaca") >= 0);
  // a river word before a document's head makes no place
  CHECK(entity(f, "Place", "Rio Treaty") < 0);
  CHECK(entity(f, "Document", "Rio Treaty") >= 0);
}

TEST_CASE("'the Sea of Japan': a state's name after 'Sea of' names the water, not the state") {
  const auto f = facts("A North Korean missile fell into the Sea of Japan on Tuesday, Seoul said.");
  CHECK(entity(f, "Place", "Sea of Japan") >= 0);
  CHECK(entity(f, "Country", "Japan") < 0);
}

TEST_CASE("'the Amu Darya', 'the Andaman Channel': river and channel words after a name, or after a state's name") {
  const auto f = facts(
      "Turkmenistan and Afghanistan agreed to share data on the Amu Darya. Smugglers now use the Mozambique Channel, "
      "the Comorian minister said.");
  CHECK(entity(f, "Place", "Amu Darya") >= 0);
  CHECK(entity(f, "Place", "Mozambique Channel") >= 0);
}
