// Round 24 rules, branch fix24c (docs/HELDOUT.md): a newspaper's web page. A document's subject
// ends before where it happens; a standing mission's acronym in title case is the mission; a
// name apposed to an office may close with a semicolon; a lone title looks back to a holder of a
// fuller title just named. Invented articles about other states, people and meetings than the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a document's subject ends before a place phrase: 'a memorandum on clearing mines along the border'") {
  const auto f = facts(
      "Chile and Peru signed a memorandum on clearing mines along the border at the end of talks in Lima. "
      "Ecuador signed an accord on patrols near the coast.");
  CHECK(entity(f, "Document", "memorandum on clearing mines") >= 0);
  CHECK(entity(f, "Document", "memorandum on clearing mines along the border") < 0);
  CHECK(entity(f, "Document", "accord on patrols") >= 0);
  CHECK(related(f, "SIGNED", "Chile", "memorandum on clearing mines"));
}

TEST_CASE("a standing mission's acronym in title case, as British outlets write it, is the mission") {
  const auto f = facts("Chile will send six engineers to Monusco to train its demining teams.");
  CHECK(entity(f, "Force", "MONUSCO") >= 0);
  CHECK(related(f, "COMMITS", "Chile", "MONUSCO"));
}

TEST_CASE("a name apposed to an office may close with a semicolon before the next clause") {
  const auto f = facts(
      "Talks on the river border opened in Quito on Monday. For Bolivia the talks brought its foreign minister, "
      "Rosa Condori; Peru sent its defence minister, Hugo Tello.");
  CHECK(entity(f, "Person", "Rosa Condori") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Rosa Condori", "Bolivia"));
}

TEST_CASE("'the minister said' after a foreign minister spoke: not a minister named only later") {
  const auto f = facts(
      "Talks on the river border ended in Quito on Friday. Chile's foreign minister, Ana Soto, and Peru's "
      "chief negotiator, Luis Vega, signed the accord.\n\n"
      "Soto, who led the Chilean delegation, said her government had come \"to build bridges\".\n\n"
      "\"Every farmer along the river will feel this,\" the minister said.\n\n"
      "Ecuador's minister, Marta Ruiz, who opened the talks, said Quito had offered to host them "
      "\"because both sides asked\".");
  CHECK(speaker_of(f, "Every farmer along the river") == "Ana Soto");
}

TEST_CASE("money said to go 'not to the mission itself' is no pledge to the mission") {
  const auto f = facts(
      "Chile will send six engineers to MONUSCO. Japan has offered €15m for the clearance effort, though the "
      "funds will go to a demining trust fund, not to MONUSCO itself.");
  CHECK(related(f, "COMMITS", "Chile", "MONUSCO"));
  CHECK_FALSE(related(f, "COMMITS", "Japan", "MONUSCO"));
}

TEST_CASE("the officer of an office named with its body holds office in that body") {
  const auto f = facts(
      "The talks in Oslo were led by the UN secretary-general's special envoy for Kashmir, Lars Berg, a "
      "Danish diplomat.");
  CHECK(related(f, "HOLDS_OFFICE", "Lars Berg", "United Nations"));
}

TEST_CASE("a body's '-led' talks: the body attends the meeting it holds and does not lead it") {
  const auto f = facts(
      "Ghana and Togo signed a border accord after three days of AU-led talks in Lome. The "
      "talks were chaired by the AU special envoy, Kofi Mensah.");
  CHECK(related(f, "ATTENDED", "African Union", "AU-led talks in Lome"));
  CHECK_FALSE(related(f, "LEADS", "African Union", "AU-led talks in Lome"));
  CHECK(related(f, "LEADS", "Kofi Mensah", "AU-led talks in Lome"));
}
