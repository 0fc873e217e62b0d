// Round 24 rules, branch fix24a (docs/HELDOUT.md): round 23's leftovers. Invented articles about
// other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

namespace {

// Two wires of one agency page: a ministers' meeting, then the host's cabinet session that
// welcomed it, at the same palace on the same day.
const char* kTwoWires =
    "Gulf Wire Service\n\n"
    "Oman hosts shipping talks\n\n"
    "MUSCAT, June 4 (GWS) -- Oman hosted the Muscat Meeting on Arabian Sea Shipping Safety at Al Alam Palace. "
    "The meeting was chaired by Sayyid Khalid bin Nasser Al Harthy, Oman's Minister of Foreign Affairs, and "
    "attended by Kenyan Foreign Minister Peter Kiprono.\n\n"
    "---\n\n"
    "Omani Cabinet backs shipping declaration\n\n"
    "MUSCAT, June 4 (GWS) -- Sayyid Fahd bin Harib Al Said, Deputy Prime Minister, chaired this evening the "
    "Omani Cabinet session at Al Alam Palace, in the presence of Sayyid Khalid bin Nasser Al Harthy.\n\n"
    "After the sitting, the Cabinet praised the results of the Muscat meeting and "
    "approved the participation of Oman in the Arabian Sea Joint Patrol Task Force with two patrol boats.\n";

std::vector<kg::ingest::DocFacts> wires() {
  std::vector<kg::ingest::DocFacts> out;
  for (const auto& a : kg::ingest::read_articles(kTwoWires, "dir/in.txt", kg::test::reader_rules())) {
    out.push_back(kg::ingest::extract(a, lexicon()));
  }
  return out;
}

}  // namespace

TEST_CASE("a state's cabinet session is its own meeting, not the meeting it welcomed") {
  const auto f = facts(
      "Oman hosted the Muscat Meeting on Arabian Sea Shipping Safety at Al Alam Palace on Monday. The meeting was "
      "chaired by Sayyid Khalid bin Nasser Al Harthy, Oman's Minister of Foreign Affairs.\n\n"
      "Sayyid Fahd bin Harib Al Said, Deputy Prime Minister, chaired on Monday evening the Omani Cabinet session at "
      "Al Alam Palace. The Cabinet praised the results of the Muscat meeting.");
  CHECK(related(f, "LEADS", "Fahd bin Harib Al Said", "Omani Cabinet session"));
  CHECK_FALSE(related(f, "LEADS", "Fahd bin Harib Al Said", "Muscat Meeting on Arabian Sea Shipping Safety"));
  CHECK(related(f, "LEADS", "Khalid bin Nasser Al Harthy", "Muscat Meeting on Arabian Sea Shipping Safety"));
}

TEST_CASE("'<State> Cabinet' is a body that attends its session; a 'Binational Cabinet' stays a meeting") {
  const auto f = facts(
      "Sayyid Fahd bin Harib Al Said, Deputy Prime Minister, chaired on Monday the Omani Cabinet session at Al Alam "
      "Palace.");
  CHECK(entity(f, "Organization", "Omani Cabinet") >= 0);
  CHECK(related(f, "ATTENDED", "Omani Cabinet", "Omani Cabinet session at Al Alam Palace"));
  const auto b = facts(
      "The presidents of Chile and Argentina met for the 9th Chile-Argentina Binational Cabinet in the city of "
      "Mendoza on Friday.");
  CHECK(entity(b, "Organization", "Chile-Argentina Binational Cabinet") < 0);
  CHECK(count_kind(b, "Meeting") == 1);
}

TEST_CASE("'the participation of X in the Task Force' is no attendance of the meeting") {
  const auto arts = wires();
  REQUIRE(arts.size() == 2);
  CHECK_FALSE(related(arts[1], "ATTENDED", "Oman", "Omani Cabinet session at Al Alam Palace"));
  CHECK(related(arts[1], "ATTENDED", "Omani Cabinet", "Omani Cabinet session at Al Alam Palace"));
}

TEST_CASE("the dateline in the state's capital places its cabinet's session") {
  const auto arts = wires();
  REQUIRE(arts.size() == 2);
  CHECK(related(arts[1], "HELD_IN", "Omani Cabinet session at Al Alam Palace", "Muscat"));
  CHECK(related(arts[1], "HELD_IN", "Omani Cabinet session at Al Alam Palace", "Al Alam Palace"));
}

TEST_CASE("a known UN office given no contribution or leader by a party is a body; its head holds an office there") {
  const auto f = facts(
      "Ms. Leila Warsame, Head of the United Nations Support Office in Somalia, briefed the Council on Tuesday on the "
      "supply routes to Baidoa.");
  CHECK(entity(f, "Organization", "United Nations Support Office in Somalia") >= 0);
  CHECK(entity(f, "Force", "United Nations Support Office in Somalia") < 0);
  CHECK(related(f, "HOLDS_OFFICE", "Leila Warsame", "United Nations Support Office in Somalia"));
  CHECK_FALSE(related(f, "LEADS", "Leila Warsame", "United Nations Support Office in Somalia"));
}

TEST_CASE("the draft resolution put to the vote and the resolution adopting it are one document") {
  const auto f = facts(
      "The Council voted on the draft resolution (S/2031/55) on Monday. The draft resolution received 12 votes "
      "in favour and has been adopted as resolution 4100 (2031).");
  CHECK(entity(f, "Document", "resolution 4100") >= 0);
  CHECK(count_kind(f, "Document") == 1);
}
