// Round 17 rules, branch fix17b (docs/HELDOUT.md): factbox bullets whose subject is the party
// in capitals before the colon, UN missions, conference co-chairs and offices in new shapes.
// Sentences about states, bodies and people invented for the tests, none of them from the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a factbox bullet's party before the colon is the subject of its subjectless predicates") {
  const auto f = facts(
      "OSLO, May 3 (Reuters) - Donors met in Oslo on Monday and agreed to set up a Regional Stabilisation Mission "
      "for Sudan (RSM-S) to train the army.\n\n"
      "* NORWAY: Will lead the mission from June and send about 200 soldiers, Defence Minister Kari Holm said.\n\n"
      "* CANADA: Offered 100 troops for the mission, Foreign Minister Paul Rivard said.\n\n"
      "* CHILE: Will pay for the mission's helicopters for a year, its minister said.\n\n"
      "* PERU: Foreign Minister Ana Quispe said the country would study the plan.");
  CHECK(related(f, "LEADS", "Norway", "Regional Stabilisation Mission for Sudan"));
  CHECK(related(f, "COMMITS", "Norway", "Regional Stabilisation Mission for Sudan"));
  CHECK(related(f, "COMMITS", "Canada", "Regional Stabilisation Mission for Sudan"));
  CHECK(related(f, "COMMITS", "Chile", "Regional Stabilisation Mission for Sudan"));
  CHECK_FALSE(related(f, "COMMITS", "Peru", "Regional Stabilisation Mission for Sudan"));
}

TEST_CASE("a conference named 'in Support of' a body keeps its name, so its passive host and co-chairs are found") {
  const auto f = facts(
      "Ministers met in Madrid on Tuesday.\n\n"
      "The two-day Ministerial Conference in Support of the Sahel Armies was hosted by Spain at the Palacio de "
      "Santa Cruz and co-chaired by Spanish Foreign Minister Jorge Salas and his Moroccan counterpart, Karim Benali.");
  CHECK(entity(f, "Meeting", "Ministerial Conference in Support of the Sahel Armies") >= 0);
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "HOSTED", "Spain", meeting));
  CHECK(related(f, "LEADS", "Jorge Salas", meeting));
  CHECK(related(f, "LEADS", "Karim Benali", meeting));
  CHECK_FALSE(related(f, "LEADS", "Spain", meeting));
}

TEST_CASE("a minister of state at the foreign ministry holds office in the state of the demonym before the title") {
  const auto f = facts(
      "Ministers met in Ankara on Tuesday.\n\n"
      "The ceremony was also attended by Omani Minister of State at the Foreign Ministry Khalid bin Said "
      "Al-Busaidi and Chad's Defence Minister Ali Zakaria.");
  CHECK(related(f, "HOLDS_OFFICE", "Khalid bin Said Al-Busaidi", "Oman"));
  CHECK(related(f, "ATTENDED", "Khalid bin Said Al-Busaidi", only_entity(f, "Meeting")));
  CHECK(entity(f, "Organization", "Foreign Ministry") < 0);
}

TEST_CASE("UN peace operations are forces known by acronym or full name") {
  const auto f = facts(
      "NEW YORK, June 2 (Reuters) - Nepal pledged 300 more troops to MONUSCO on Tuesday, and Ghana said it would "
      "send a medical unit to the United Nations Mission in South Sudan (UNMISS).");
  CHECK(entity(f, "Force", "MONUSCO") >= 0);
  CHECK(entity(f, "Force", "United Nations Mission in South Sudan") >= 0);
  CHECK(entity(f, "Force", "UNMISS") == entity(f, "Force", "United Nations Mission in South Sudan"));
  CHECK(entity(f, "Organization", "MONUSCO") < 0);
  CHECK(related(f, "COMMITS", "Nepal", "MONUSCO"));
}

TEST_CASE("a sector of a named force is a force of its own; commanding it gives nothing to it") {
  const auto f = facts(
      "Peacekeepers from 40 countries serve in the Golan Heights.\n\n"
      "Fiji currently commands UNDOF's northern sector, the army said on Monday.");
  CHECK(entity(f, "Force", "UNDOF's northern sector") >= 0);
  CHECK(related(f, "LEADS", "Fiji", "UNDOF's northern sector"));
  CHECK_FALSE(related(f, "COMMITS", "Fiji", "UNDOF's northern sector"));
  CHECK_FALSE(related(f, "LEADS", "Fiji", "UNDOF"));
}

TEST_CASE("chairing a force leads it without contributing; a co-chair named after 'with' leads it too") {
  const auto f = facts(
      "Envoys met in Geneva on Friday.\n\n"
      "Norway, which co-chairs the three-nation ceasefire monitoring mechanism with Switzerland, will also send "
      "mediators to the talks.\n\n"
      "Switzerland chairs the ceasefire monitoring mechanism from Geneva.");
  CHECK(related(f, "LEADS", "Norway", "ceasefire monitoring mechanism"));
  CHECK(related(f, "LEADS", "Switzerland", "ceasefire monitoring mechanism"));
  CHECK_FALSE(related(f, "COMMITS", "Switzerland", "ceasefire monitoring mechanism"));
  CHECK_FALSE(related(f, "COMMITS", "Norway", "ceasefire monitoring mechanism"));
}

TEST_CASE("a party named as a named force's contributor commits to it") {
  const auto f = facts(
      "Donors met in Kinshasa on Monday to discuss the drawdown.\n\n"
      "Pakistan has been MONUSCO's largest Asian contributor, the ministry said.\n\n"
      "Uruguay, UNDOF's second largest contributor, said it would stay.\n\n"
      "* NEPAL: UNMISS's biggest troop contributor will keep its battalion in Malakal, officials said.\n\n"
      "Chile said the report on MINURSO's contributors would be published.");
  CHECK(related(f, "COMMITS", "Pakistan", "MONUSCO"));
  CHECK(related(f, "COMMITS", "Uruguay", "UNDOF"));
  CHECK(related(f, "COMMITS", "Nepal", "UNMISS"));
  CHECK_FALSE(related(f, "COMMITS", "Chile", "MINURSO"));
}

TEST_CASE("a named force's commander leads it, through its name, 'the force's' or a passive") {
  const auto f = facts(
      "MADRID, May 6 (Reuters) - Donors met in Madrid on Thursday.\n\n"
      "* UNDOF: The force's commander, Major General Ram Kumar Gurung, told the conference that UNDOF would stay.\n\n"
      "* UNMISS: UNMISS's force commander, Lieutenant General Peter Kiptoo, said the troops would stay.");
  CHECK(related(f, "LEADS", "Ram Kumar Gurung", "UNDOF"));
  CHECK(related(f, "LEADS", "Peter Kiptoo", "UNMISS"));
  const auto g = facts(
      "Ghana pledged 800 troops to MINURSO at a conference in Accra on Monday.\n\n"
      "The mission is commanded by Major General Kwame Boateng of Nigeria.");
  CHECK(related(g, "LEADS", "Kwame Boateng", "MINURSO"));
  CHECK_FALSE(related(g, "LEADS", "Nigeria", "MINURSO"));
}

TEST_CASE("a force phrase a force owns ('its', 'the mission's') is a part: what is given to it goes to the whole") {
  const auto f = facts(
      "Kenya and Uganda signed a memorandum in Nairobi on Friday setting up a Joint Border Verification Mechanism.\n\n"
      "Tanzania is to chair the mechanism and assign 30 staff officers to its coordination centre, while Kenya and "
      "Uganda will each assign 10 liaison officers, the statement said.\n\n"
      "Japan pledged 40 million dollars for the mechanism's training programme, its embassy said.");
  CHECK(related(f, "LEADS", "Tanzania", "Joint Border Verification Mechanism"));
  CHECK(related(f, "COMMITS", "Tanzania", "Joint Border Verification Mechanism"));
  CHECK(related(f, "COMMITS", "Japan", "Joint Border Verification Mechanism"));
  CHECK(entity(f, "Force", "coordination centre") < 0);
  CHECK(entity(f, "Force", "training programme") < 0);
  CHECK(count_kind(f, "Force") == 1);
}

TEST_CASE("delegation heads named after 'delegations, headed by' lead the delegations, not the talks") {
  const auto f = facts(
      "Armenia and Azerbaijan ended a second round of talks in Tbilisi on Friday.\n\n"
      "A memorandum on border demarcation was signed by Armenian Deputy Foreign Minister Ruben Hakobyan and "
      "Azerbaijani Deputy Foreign Minister Elnur Mammadov at the Orbeliani Palace.\n\n"
      "The talks, which lasted two days and were mediated by Georgia, brought together the two "
      "parties' delegations, headed by Ruben Hakobyan and Elnur Mammadov, the ministry said.");
  CHECK_FALSE(related(f, "LEADS", "Ruben Hakobyan", only_entity(f, "Meeting")));
  CHECK_FALSE(related(f, "LEADS", "Elnur Mammadov", only_entity(f, "Meeting")));
  CHECK(entity(f, "Person", "Ruben Hakobyan") >= 0);
}

TEST_CASE("partial quotations inside reported speech and after 'who' keep their own speaker") {
  const auto f = facts(
      "Peru and Bolivia signed a border accord in Lima on Monday.\n\n"
      "In a statement, Chile's Foreign Ministry said Santiago would \"do everything possible\" to support the accord, "
      "and Minister Rosa Fuentes said the signing showed that \"talks can work.\"\n\n"
      "Speaking at the ceremony, Luis Arce thanked Peru for its \"patient work\" and said La Paz expected more trade.\n\n"
      "The ministers heard the opening address of Mr. Dina Quispe, President of the Republic of Peru, who called on "
      "the region to be \"a community of trust.\"");
  CHECK(speaker_of(f, "do everything possible") == "Chilean Foreign Ministry");
  CHECK(speaker_of(f, "talks can work") == "Rosa Fuentes");
  CHECK(speaker_of(f, "patient work") == "Luis Arce");
  CHECK(speaker_of(f, "a community of trust") == "Dina Quispe");
}

TEST_CASE("'X was represented by Prime Minister A and the army commander, General B': both attend, A for X") {
  const auto f = facts(
      "Some 30 countries met in Paris on Friday to help the Malian army.\n\n"
      "Mali was represented by Prime Minister Abdoulaye Maiga and the army commander, General Oumar Diarra.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Abdoulaye Maiga", meeting));
  CHECK(related(f, "ATTENDED", "Oumar Diarra", meeting));
  CHECK(related(f, "HOLDS_OFFICE", "Abdoulaye Maiga", "Mali"));
}

TEST_CASE("'ORG (ACRONYM) Director X': an office in the body, which does not attend") {
  const auto f = facts(
      "Ghana and Togo held security talks in Accra on Tuesday.\n\n"
      "Also present at the talks were Foreign Minister Kofi Mensah and National Intelligence Agency (NIA) "
      "Director Abena Darko.");
  CHECK(related(f, "HOLDS_OFFICE", "Abena Darko", "National Intelligence Agency"));
  const std::string meeting = only_entity(f, "Meeting");
  CHECK_FALSE(related(f, "ATTENDED", "National Intelligence Agency", meeting));
}

TEST_CASE("a unit pledged as the second object of a verb is a contribution to the force, no force of its own") {
  const auto f = facts(
      "Ministers of the Sahel states met in Niamey on Monday and set up a Sahel Border Stabilisation Mission.\n\n"
      "Niger will provide 200 military instructors and a maintenance unit; Chad, 150 soldiers.");
  CHECK(related(f, "COMMITS", "Niger", "Sahel Border Stabilisation Mission"));
  CHECK(entity(f, "Force", "maintenance unit") < 0);
}

TEST_CASE("what a force is made up 'with' are its parts, no forces of their own") {
  const auto f = facts(
      "Kenya and Uganda signed a memorandum in Nairobi on Friday setting up a Joint Border Verification Mechanism.\n\n"
      "According to the memorandum, the mechanism will consist of officers from both states, with a coordination "
      "centre in Kampala and liaison cells at the Busia and Malaba crossings.");
  CHECK(entity(f, "Force", "Joint Border Verification Mechanism") >= 0);
  CHECK(entity(f, "Force", "liaison cells") < 0);
  CHECK(count_kind(f, "Force") == 1);
}

TEST_CASE("placing a unit under a force commits it") {
  const auto f = facts(
      "Donors met in Bangui on Monday and agreed to set up a Central African Border Assistance Mission.\n\n"
      "* RWANDA: Might consider placing a field hospital under the mission once Bangui requests one, "
      "Foreign Minister Jean Mugisha said.");
  CHECK(related(f, "COMMITS", "Rwanda", "Central African Border Assistance Mission"));
}

TEST_CASE("a factbox bullet's subjectless 'Attended' is the bullet's party attending") {
  const auto f = facts(
      "MADRID, May 6 (Reuters) - About 30 countries met in Madrid on Thursday at a conference on Mali.\n\n"
      "* OMAN: Attended the conference but offered nothing, diplomats said.\n\n"
      "* KUWAIT: Attended the conference, diplomats said.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Oman", meeting));
  CHECK(related(f, "ATTENDED", "Kuwait", meeting));
}

TEST_CASE("'represented in Madrid by X', 'represented at the conference by X', a party set off before the participle") {
  const auto f = facts(
      "MADRID, May 6 (Reuters) - About 30 countries met in Madrid on Thursday at a conference on Mali.\n\n"
      "* UNITED STATES: Washington, represented in Madrid by Deputy Secretary of State Daniel Hartley, will not "
      "deploy soldiers to the mission.\n\n"
      "Canada was represented at the conference by Foreign Minister Anne Roy.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "United States", meeting));
  CHECK(related(f, "ATTENDED", "Daniel Hartley", meeting));
  CHECK(related(f, "ATTENDED", "Anne Roy", meeting));
}
