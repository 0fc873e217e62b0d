// Round 24 rules, branch fix24f (docs/HELDOUT.md): the facts of a foreign ministry's briefing on a
// signing. Invented sentences about other states, people and texts than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a text's title in capitals goes on past 'in' and 'and on' while its words stay capitalised") {
  const auto f = facts(
      "The Accord on Cooperation in Flood Protection in the Upper Drava and on the Lower Sava was signed by "
      "Slovenia and Croatia on Friday.");
  CHECK(entity(f, "Document", "Accord on Cooperation in Flood Protection in the Upper Drava and on the Lower Sava") >= 0);
  CHECK(related(f, "SIGNED", "Slovenia", "Accord on Cooperation in Flood Protection in the Upper Drava and on the Lower Sava"));
}

TEST_CASE("a title still ends before the place where it was signed") {
  const auto f = facts("The Treaty on River Security in Ljubljana was signed by Slovenia and Croatia on Friday.");
  CHECK(entity(f, "Document", "Treaty on River Security") >= 0);
  CHECK(entity(f, "Place", "Ljubljana") >= 0);
}

TEST_CASE("signers listed as 'signed by A, by B, and by C' each signed") {
  const auto f = facts(
      "The Kotor Accord was signed on Friday by the foreign minister, Julio Ramos, by the defence minister, "
      "Teodor Brankovic, and by Hugo Vukasin.");
  CHECK(related(f, "SIGNED", "Julio Ramos", "Kotor Accord"));
  CHECK(related(f, "SIGNED", "Teodor Brankovic", "Kotor Accord"));
  CHECK(related(f, "SIGNED", "Hugo Vukasin", "Kotor Accord"));
}

TEST_CASE("a signer's long title names its state before the name: the list goes on past it") {
  const auto f = facts(
      "The Kotor Accord was signed on Monday by the Minister of Defence of the Republic of Chile, Teodor Brankovic, "
      "and by the Minister of Defence of Bolivia, Luis Condori.");
  CHECK(related(f, "SIGNED", "Teodor Brankovic", "Kotor Accord"));
  CHECK(related(f, "SIGNED", "Luis Condori", "Kotor Accord"));
  CHECK(related(f, "SIGNED", "Bolivia", "Kotor Accord"));
}

TEST_CASE("a capitalised '... Mine Countermeasures Group' is a naval force: led and pledged to") {
  const auto f = facts(
      "Article 4 of the Accord establishes the Adriatic and Sava Mine Countermeasures Group. Slovenia is to take "
      "command of the Group during the first two years. Slovenia will assign two minehunters; Croatia will assign one.");
  CHECK(entity(f, "Force", "Adriatic and Sava Mine Countermeasures Group") >= 0);
  CHECK(related(f, "LEADS", "Slovenia", "Adriatic and Sava Mine Countermeasures Group"));
  CHECK(related(f, "COMMITS", "Slovenia", "Adriatic and Sava Mine Countermeasures Group"));
}
