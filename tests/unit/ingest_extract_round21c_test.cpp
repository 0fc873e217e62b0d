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

TEST_CASE("'once the Majlis has reviewed it', 'its Assembly of the Republic': a parliament's name several states use is a body") {
  const auto f = facts(
      "Tehran has said it will ratify the pipeline accord once the Majlis has approved it. Dili will send a platoon "
      "once its Assembly of the Republic votes for it. Ashgabat's Mejlis and Kabul's Loya Jirga were silent.");
  CHECK(entity(f, "Organization", "Majlis") >= 0);
  CHECK(entity(f, "Organization", "Assembly of the Republic") >= 0);
  CHECK(entity(f, "Organization", "Mejlis") >= 0);
  CHECK(entity(f, "Organization", "Loya Jirga") >= 0);
}

TEST_CASE("'the Minister of Foreign Affairs and Regional Integration of Mali, X': the state after the office's fields") {
  const auto f = facts(
      "The Minister of Foreign Affairs and Regional Integration of Niger, Moussa Abdou, attended the meeting in "
      "Dakar. Fatou Ndiaye, Minister of Foreign Affairs, Trade and Diaspora of Chad, attended it too.");
  CHECK(related(f, "HOLDS_OFFICE", "Moussa Abdou", "Niger"));
  CHECK(related(f, "HOLDS_OFFICE", "Fatou Ndiaye", "Chad"));
}

TEST_CASE("'Minister for Foreign, Commonwealth and Trade Affairs': a body's name among a department's fields is no body") {
  const auto f = facts(
      "The Minister for Foreign, Commonwealth and Trade Affairs (Helen Marsh): I attended the talks in "
      "Oslo on Monday. My colleague, the Minister for European and Commonwealth Affairs, joined me.");
  CHECK(entity(f, "Person", "Helen Marsh") >= 0);
  CHECK(entity(f, "Organization", "Commonwealth") < 0);
}

TEST_CASE("'flew in from X', 'sending a tug from X', 'by video link from X': the origin is a place, never the meeting's") {
  const auto f = facts(
      "Andean foreign ministers met in Quito on Monday. Peru's foreign minister, who flew in from "
      "Lima, chaired the session. Bolivia's minister joined by video link from La Paz. Chile would consider sending a "
      "rescue tug from Valparaiso, its envoy said, and its engineers will deploy from Antofagasta.");
  CHECK(entity(f, "Place", "Lima") >= 0);
  CHECK(entity(f, "Place", "La Paz") >= 0);
  CHECK(entity(f, "Place", "Valparaiso") >= 0);
  CHECK(entity(f, "Place", "Antofagasta") >= 0);
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Quito"));
  CHECK_FALSE(related(f, "HELD_IN", meeting, "Lima"));
  CHECK_FALSE(related(f, "HELD_IN", meeting, "La Paz"));
}

TEST_CASE("'in the Andes', 'across the Kivus': one plural name after a location word and 'the' is a place") {
  const auto f = facts(
      "Peru and Bolivia agreed on Monday to patrol their border in the Andes. The minister said clashes in the "
      "Ruwenzoris had stopped.");
  CHECK(entity(f, "Place", "Andes") >= 0);
  CHECK(entity(f, "Place", "Ruwenzoris") >= 0);
}

TEST_CASE("'Operation X, which has been run from Y since 2023, will continue to be commanded at sea by Z': Z leads the operation") {
  const auto f = facts(
      "EU foreign ministers agreed on Monday to extend Operation Trident by a year. Operation Trident, which has been "
      "run from a headquarters in Rota since 2023, will continue to be commanded at sea by Spain.");
  CHECK(related(f, "LEADS", "Spain", "Operation Trident"));
}

TEST_CASE("'my hon. Friend the Trade Minister, X' in a parliamentary record: the office is of the speaker's state") {
  const auto f = facts(
      "The Minister for Foreign Affairs (Helen Gorrie): With permission, I will report on the talks on the Arctic in "
      "Tromsø, which I attended on Monday. I represented Denmark; my hon. Friend the Trade Minister, Mikkel Holm, "
      "came with me. Norway sent its Foreign Minister, Olav Brekke.\n\n"
      "Torquil Fairlie (Aarhus North) (Con): I thank the Minister for her statement.\n\n"
      "Helen Gorrie: I thank my hon. Friend.");
  CHECK(related(f, "HOLDS_OFFICE", "Mikkel Holm", "Denmark"));
}
