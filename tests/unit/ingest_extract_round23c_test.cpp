// Round 23 rules, branch fix23c (docs/HELDOUT.md): a state agency's English wire translated
// from Arabic: names of father's names, sessions a leader chaired, receptions and calls.
// Invented articles about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'Sheikh Tariq bin Faris' after 'Tariq bin Faris Al Mansoori': one person") {
  const auto f = facts(
      "MANAMA, June 4 (BNA) -- His Highness Sheikh Tariq bin Faris Al Mansoori, Foreign Minister of Bahrain, "
      "met his Omani counterpart in Manama on Tuesday.\n\n"
      "\"Our two countries share one sea,\" Sheikh Tariq bin Faris said after the talks.");
  CHECK(count_kind(f, "Person") == 1);
  CHECK(speaker_of(f, "share one sea") == "Tariq bin Faris Al Mansoori");
  // another father's name is another person
  const auto g = facts(
      "His Highness Sheikh Tariq bin Faris Al Mansoori met Sheikh Tariq bin Hamdan in Manama on Tuesday.");
  CHECK(count_kind(g, "Person") == 2);
}

TEST_CASE("'Crown Prince and Deputy Prime Minister of X': the state closing two offices joined by 'and' is the first one's too") {
  const auto f = facts(
      "RIYADH, May 3 (SPA) -- Prince Khalid bin Fahd Al Rashid, Crown Prince and Deputy Prime Minister of the "
      "Kingdom of Bahrain, met the Jordanian King in Riyadh today.");
  CHECK(related(f, "HOLDS_OFFICE", "Khalid bin Fahd Al Rashid", "Bahrain"));
}

TEST_CASE("'Minister of Foreign Affairs and Emigrants of X': an emigrants portfolio after foreign affairs") {
  const auto f = facts(
      "AMMAN, May 3 (Petra) -- Samir Odeh, Minister of Foreign Affairs and Emigrants of Jordan, met the Kuwaiti "
      "foreign minister in Amman on Sunday.");
  CHECK(related(f, "HOLDS_OFFICE", "Samir Odeh", "Jordan"));
}

TEST_CASE("'their next session will be held in X': the meeting to come is also the 'next session in X'") {
  const auto f = facts(
      "Oman hosted the fisheries talks in Muscat on Tuesday. The ministers said their next session will be "
      "held in Amman in June, hosted by Jordan.");
  CHECK(entity(f, "Meeting", "next session in Amman") >= 0);
  CHECK(related(f, "HOSTED", "Jordan", "next session in Amman"));
}

TEST_CASE("a force named inside a pledge's condition ('once its crews finish the training programme') gets no pledge") {
  const auto f = facts(
      "Oman, Jordan and Kuwait will establish a Gulf Joint Patrol Force, to be led by Oman. Jordan would contribute "
      "two patrol boats \"once its crews finish the training programme,\" its foreign minister said.");
  CHECK(related(f, "COMMITS", "Jordan", "Gulf Joint Patrol Force"));
  CHECK_FALSE(related(f, "COMMITS", "Jordan", "training programme"));
}

TEST_CASE("a national Red Crescent society is an organisation") {
  const auto f = facts("Kuwait approved aid of 20 million dinars to Sudan, to be delivered by the Kuwait Red Crescent Society "
                       "and the Bahrain Red Crescent.");
  CHECK(entity(f, "Organization", "Bahrain Red Crescent") >= 0);
}
