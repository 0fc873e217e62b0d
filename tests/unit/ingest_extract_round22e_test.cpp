// Round 22 rules, branch fix22e (docs/HELDOUT.md): a state news agency's translated readout.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a translated readout's courtesy title before a name is an honorific, not a given name") {
  const auto f = facts(
      "His Excellency Ato Girma Wolde, Minister of Trade of Kenya, met the Ugandan delegation in Nairobi on Monday. "
      "Comrade Lindiwe Zulu, the minister of defence of Zambia, also attended.");
  CHECK(entity(f, "Person", "Girma Wolde") >= 0);
  CHECK(entity(f, "Person", "Lindiwe Zulu") >= 0);
  CHECK(entity(f, "Person", "Ato Girma Wolde") < 0);
}

TEST_CASE("a later round of consultations is the talks' next session named before, at the same place") {
  const auto f = facts(
      "Kenya and Uganda held talks in Nairobi on Monday. Ministers said the next session of these talks would be held "
      "in Kampala in May.\n\n"
      "The next round of consultations is due in Kampala.");
  CHECK(count_kind(f, "Meeting") == 2);
  const int next = entity(f, "Meeting", "consultations in Kampala");
  CHECK(next >= 0);
  CHECK(next == entity(f, "Meeting", "talks in Kampala"));
}

TEST_CASE("a meeting to come 'to be hosted by' a state after a comma is hosted by it") {
  const auto f = facts(
      "Kenya and Tanzania held talks in Nairobi on Monday. The next session will be held in Kampala in May, to be "
      "hosted by Uganda.");
  const int next = entity(f, "Meeting", "session in Kampala");
  REQUIRE(next >= 0);
  CHECK(related(f, "HOSTED", "Uganda", f.entities[static_cast<size_t>(next)].name));
}

TEST_CASE("a telephone conversation one leader held with another is a call both attended") {
  const auto f = facts(
      "Prime Minister Amara Diallo held a telephone conversation with His Excellency President Kofi Mensah of Ghana "
      "late on Saturday. In their telephone conversation, both men discussed fishing rights.");
  const std::string call = only_entity(f, "Meeting");
  REQUIRE(!call.empty());
  CHECK(related(f, "ATTENDED", "Amara Diallo", call));
  CHECK(related(f, "ATTENDED", "Kofi Mensah", call));
}

TEST_CASE("a government invites a visit: the state hosts it, the visitor does not") {
  const auto f = facts(
      "After the call, at the invitation of the Kenyan Government, Ato Juma Odhiambo, a special envoy of the Ugandan "
      "president, flew to Nairobi on Tuesday for a working visit.");
  const std::string visit = only_entity(f, "Meeting");
  REQUIRE(!visit.empty());
  CHECK(related(f, "HOSTED", "Kenya", visit));
  CHECK_FALSE(related(f, "HOSTED", "Juma Odhiambo", visit));
}

TEST_CASE("the government of a state's formal name acts for the state") {
  const auto f = facts("The Government of the United Republic of Kenya hosted the fisheries talks at the State House.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE(!talks.empty());
  CHECK(related(f, "HOSTED", "Kenya", talks));
}

TEST_CASE("signers listed with a title and an honorific before their names both signed") {
  const auto f = facts(
      "His Excellency Ato Tekle Wondimu, Minister of Foreign Affairs of Kenya, spoke for Nairobi. Ato Juma Odhiambo "
      "spoke for Kampala. When the meeting closed, Minister Tekle and Ato Juma signed a memorandum on fisheries "
      "cooperation.");
  const std::string mou = only_entity(f, "Document");
  REQUIRE(!mou.empty());
  CHECK(related(f, "SIGNED", "Tekle Wondimu", mou));
  CHECK(related(f, "SIGNED", "Juma Odhiambo", mou));
}

TEST_CASE("the members a state's delegation included attended the talks, and so did the state") {
  const auto f = facts(
      "The Government of Kenya hosted the talks at the State House. Ato Juma Odhiambo spoke for Kampala.\n\n"
      "The Ugandan delegation included Ambassador Grace Achieng, Uganda's Ambassador to Kenya.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE(!talks.empty());
  CHECK(related(f, "ATTENDED", "Grace Achieng", talks));
  CHECK(related(f, "ATTENDED", "Uganda", talks));
}

TEST_CASE("a first name spelt as in the second of two spellings of a full name is the same person") {
  const auto f = facts(
      "His Excellency Ato Hailay Gebre-Hiwot, a special envoy of the Ugandan president, flew to Nairobi on "
      "Tuesday.\n\n"
      "Presidential Adviser Mr. Hailai Gebrehiwot held meetings in Nairobi with Kenyan Foreign Minister Mr. "
      "Juma Odhiambo. Mr. Hailai stressed that \"the lake unites us.\"");
  CHECK(count_kind(f, "Person") == 2);
  CHECK(entity(f, "Person", "Hailai") == entity(f, "Person", "Hailay Gebre-Hiwot"));
}

TEST_CASE("a courtesy call a visiting minister paid on a dignitary is no meeting") {
  const auto f = facts(
      "Kenya and Uganda held talks in Nairobi on Monday. Its ministers later made a courtesy call on National "
      "Assembly Speaker Ruth Wanjiku.");
  CHECK(count_kind(f, "Meeting") == 1);
}

TEST_CASE("'Also present were' an officer of a national body: the officer attended, not the body") {
  const auto f = facts(
      "The Government of Kenya hosted the talks at the State House. Also present were Major General Peter Njoroge, "
      "Commander of the Kenyan National Defence Force, and Ambassador Grace Achieng.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE(!talks.empty());
  CHECK(related(f, "ATTENDED", "Peter Njoroge", talks));
  CHECK_FALSE(related(f, "ATTENDED", "Kenyan National Defence Force", talks));
}

TEST_CASE("'the two countries will set up' a force: the article's two states pledge it") {
  const auto f = facts(
      "Kenya and Uganda signed a fisheries accord in Nairobi on Monday. Under its terms, the two countries will set "
      "up a joint lake patrol committee that meets monthly.");
  const std::string committee = only_entity(f, "Force");
  REQUIRE(!committee.empty());
  CHECK(related(f, "COMMITS", "Kenya", committee));
  CHECK(related(f, "COMMITS", "Uganda", committee));
}

TEST_CASE("a visit its clause flew to is held where the visitor went, a long phrase between") {
  const auto f = facts(
      "Ato Juma Odhiambo flew to Nairobi late on Tuesday with a large delegation of ministers and officials for a "
      "three-day working visit.");
  const std::string visit = only_entity(f, "Meeting");
  REQUIRE(!visit.empty());
  CHECK(related(f, "HELD_IN", visit, "Nairobi"));
}

TEST_CASE("a full name closing with one more family name is the person named before without it") {
  const auto f = facts(
      "Prime Minister Amara Diallo held talks in Conakry on Monday. Later, President Kofi Mensah thanked Prime "
      "Minister Amara Diallo Keita for the talks.");
  CHECK(count_kind(f, "Person") == 2);
  CHECK(entity(f, "Person", "Amara Diallo Keita") == entity(f, "Person", "Amara Diallo"));
}
