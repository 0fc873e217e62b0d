// Round 16 rules, branch fix16b (docs/HELDOUT.md): capability coalitions as forces ("the
// artillery coalition"), forces named for the state they serve ("Multinational Force Moldova"),
// pledges and leads in new wordings. Sentences about states, bodies and people invented for the
// tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a coalition with a capability word before it is a force of its own, the bare coalition is not") {
  const auto f = facts(
      "WARSAW: Allies met in Warsaw on Tuesday to discuss aid for Ukraine.\n\n"
      "Portugal pledged 40 million euros to the drone coalition, and Denmark pledged 30 million euros to the "
      "demining coalition. The coalition will meet again in May.");
  CHECK(entity(f, "Force", "drone coalition") >= 0);
  CHECK(entity(f, "Force", "demining coalition") >= 0);
  CHECK(entity(f, "Force", "drone coalition") != entity(f, "Force", "demining coalition"));
  CHECK(related(f, "COMMITS", "Portugal", "drone coalition"));
  CHECK(related(f, "COMMITS", "Denmark", "demining coalition"));
  CHECK(entity(f, "Force", "coalition") < 0);
}

TEST_CASE("a capitalised force name ending in the state it serves keeps the state and its bracketed acronym") {
  const auto f = facts(
      "ROME: Defence chiefs met in Rome on Monday to plan the Stabilisation Force Somalia (SFS) after the truce.\n\n"
      "Greece offered two frigates to the Stabilisation Force Somalia, and Portugal pledged a company of 150 troops.");
  CHECK(entity(f, "Force", "Stabilisation Force Somalia") >= 0);
  CHECK(entity(f, "Force", "SFS") == entity(f, "Force", "Stabilisation Force Somalia"));
  CHECK(entity(f, "Organization", "Stabilisation Force") < 0);
  CHECK(related(f, "COMMITS", "Greece", "Stabilisation Force Somalia"));
}

TEST_CASE("a co-leader after 'with' leads the force too, and a pronoun relative clause finds its force") {
  const auto f = facts(
      "OSLO: Allies met in Oslo on Thursday to discuss aid for Ukraine.\n\n"
      "Spain pledged 80 million euros to the artillery coalition, which it leads with Portugal. Finland, which "
      "leads the armour coalition with Estonia, pledged 12 million euros to it.");
  CHECK(entity(f, "Force", "artillery coalition") >= 0);
  CHECK(related(f, "LEADS", "Spain", "artillery coalition"));
  CHECK(related(f, "LEADS", "Portugal", "artillery coalition"));
  CHECK(related(f, "LEADS", "Finland", "armour coalition"));
  CHECK(related(f, "LEADS", "Estonia", "armour coalition"));
  CHECK(entity(f, "Force", "armour coalition with Estonia") < 0);
}

TEST_CASE("a task force named for the state it serves is a force, not a body") {
  const auto f = facts(
      "ACCRA: West African ministers met in Accra on Monday and agreed to set up a Joint Demining Task Force for "
      "Liberia. The task force will be commanded by Ghana. Senegal pledged 60 military engineers.");
  CHECK(entity(f, "Force", "Joint Demining Task Force for Liberia") >= 0);
  CHECK(entity(f, "Organization", "Joint Demining Task Force for Liberia") < 0);
  CHECK(related(f, "LEADS", "Ghana", "Joint Demining Task Force for Liberia"));
  CHECK(related(f, "COMMITS", "Senegal", "Joint Demining Task Force for Liberia"));
}

TEST_CASE("a sum of money right after the pledge verb is given to the force in question, a sum for other things is not") {
  const auto f = facts(
      "NAIROBI: East African ministers met in Nairobi on Friday and agreed to form a Lake Victoria Maritime Task Force.\n\n"
      "Uganda pledged 200 marines, and Kenya and Tanzania will each contribute $8 million. Rwanda pledged $3 million in "
      "humanitarian aid for refugees, and Burundi gave 2 million euros to the regional disaster fund.");
  CHECK(related(f, "COMMITS", "Uganda", "Lake Victoria Maritime Task Force"));
  CHECK(related(f, "COMMITS", "Kenya", "Lake Victoria Maritime Task Force"));
  CHECK(related(f, "COMMITS", "Tanzania", "Lake Victoria Maritime Task Force"));
  CHECK_FALSE(related(f, "COMMITS", "Rwanda", "Lake Victoria Maritime Task Force"));
  CHECK_FALSE(related(f, "COMMITS", "Burundi", "Lake Victoria Maritime Task Force"));
}

TEST_CASE("a second pledger with only a sum shares the first one's force") {
  const auto f = facts(
      "HELSINKI: Nordic ministers met in Helsinki on Monday.\n\n"
      "Denmark pledged 300 million kroner to the Baltic Air Policing Mission, and Iceland 1.2 billion kronur.");
  CHECK(related(f, "COMMITS", "Denmark", "Baltic Air Policing Mission"));
  CHECK(related(f, "COMMITS", "Iceland", "Baltic Air Policing Mission"));
}

TEST_CASE("a capitalised mission sent to a state is a force in particular, and its contributors commit to it") {
  const auto f = facts(
      "VIENNA: Ministers met in Vienna on Thursday and extended the mandate of the EU Mission to Armenia until 2028. "
      "Austria and Finland will each second four more monitors to the mission.");
  const int mission = entity(f, "Force", "EU Mission to Armenia");
  CHECK(mission >= 0);
  CHECK(related(f, "COMMITS", "Austria", "EU Mission to Armenia"));
  CHECK(related(f, "COMMITS", "Finland", "EU Mission to Armenia"));
}

TEST_CASE("a capitalised requirements list that states fund is a force") {
  const auto f = facts(
      "BRUSSELS: Allies met in Brussels on Friday.\n\n"
      "Denmark pledged 200 million kroner to NATO's Comprehensive Assistance Requirements List for Moldova.");
  CHECK(count_kind(f, "Force") == 1);
  CHECK(related(f, "COMMITS", "Denmark", only_entity(f, "Force")));
}

TEST_CASE("a capitalised name apposed to an exercise noun names a force, a gapped pledger shares it") {
  const auto f = facts(
      "ASTANA: Defence ministers met in Astana on Monday and agreed on Steppe Shield 2029, a joint air defence exercise "
      "to be held in Uzbekistan. Uzbekistan will send about 800 troops and Tajikistan 400.");
  CHECK(entity(f, "Force", "Steppe Shield 2029") >= 0);
  CHECK(related(f, "COMMITS", "Uzbekistan", "Steppe Shield 2029"));
  CHECK(related(f, "COMMITS", "Tajikistan", "Steppe Shield 2029"));
  // a description without a name before it is none
  const auto g = facts("ASTANA: Troops from five states began training on Monday, a joint exercise planned for months.");
  CHECK(count_kind(g, "Force") == 0);
}

TEST_CASE("a state represented by its ambassador to a body: the ambassador attends too") {
  const auto f = facts(
      "GENEVA: Ministers met in Geneva on Tuesday for the Sahel Contact Group meeting. Japan was represented by its "
      "envoy to the African Union, Kenji Morita.");
  CHECK(related(f, "ATTENDED", "Japan", "Sahel Contact Group meeting"));
  CHECK(related(f, "ATTENDED", "Kenji Morita", "Sahel Contact Group meeting"));
}

TEST_CASE("an apposed former office is no office held, but its state is still named") {
  const auto f = facts(
      "LIMA: The observer mission will be led by Ana Lucía Ferreyra, a former Uruguayan foreign minister, the "
      "organisation said on Monday.");
  CHECK(entity(f, "Person", "Ana Lucía Ferreyra") >= 0);
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Ana Lucía Ferreyra", "Uruguay"));
  CHECK(entity(f, "Country", "Uruguay") >= 0);
}

TEST_CASE("a title leading a state's delegation, or given to a state by a gapped 'represented by', is that state's") {
  const auto f = facts(
      "TASHKENT: Foreign ministers met in Tashkent on Friday. Iran's delegation was headed by Deputy Foreign Minister "
      "Reza Karimi, who called the talks useful. Turkey was represented by its foreign minister, Selin Aydın, and "
      "Azerbaijan by Deputy Defence Minister Elvin Mammadli.");
  CHECK(related(f, "HOLDS_OFFICE", "Reza Karimi", "Iran"));
  CHECK(related(f, "HOLDS_OFFICE", "Elvin Mammadli", "Azerbaijan"));
  CHECK(related(f, "HOLDS_OFFICE", "Selin Aydın", "Turkey"));
}

TEST_CASE("a force's lead given by the second predicate of a coordination is about the first predicate's subject") {
  const auto f = facts(
      "ROME: Defence chiefs met in Rome on Monday to plan the Sahel Stabilisation Force.\n\n"
      "According to diplomats at the talks, the force will have its command post in Niamey and a logistics base in "
      "Dakar, and will be led by Italy and Spain, with command rotating every year.");
  CHECK(related(f, "LEADS", "Italy", "Sahel Stabilisation Force"));
  CHECK(related(f, "LEADS", "Spain", "Sahel Stabilisation Force"));
}

TEST_CASE("troops given to a force the verb names go there, not to the article's force") {
  const auto f = facts(
      "ROME: Defence chiefs met in Rome on Monday to plan the Sahel Stabilisation Force.\n\n"
      "Austria pledged 40 million euros to the artillery coalition. Portugal will assign a frigate and two "
      "patrol boats to the Sahel Stabilisation Force, and Greece three corvettes.");
  CHECK(related(f, "COMMITS", "Austria", "artillery coalition"));
  CHECK_FALSE(related(f, "COMMITS", "Austria", "Sahel Stabilisation Force"));
  CHECK(related(f, "COMMITS", "Portugal", "Sahel Stabilisation Force"));
  CHECK(related(f, "COMMITS", "Greece", "Sahel Stabilisation Force"));
}

TEST_CASE("a minister who joined talks commits his state to no force named later in the sentence") {
  const auto f = facts(
      "ROME: Defence chiefs met in Rome on Monday to plan the Sahel Stabilisation Force.\n\n"
      "Malian Defence Minister Oumar Traoré, who joined the Rome talks by video call, assured the planners that Mali "
      "wanted the force \"in our towns\", an official said.");
  CHECK_FALSE(related(f, "COMMITS", "Mali", "Sahel Stabilisation Force"));
}

TEST_CASE("a state joining talks with officers attends them and gives nothing to a force") {
  const auto f = facts(
      "ROME: Defence chiefs met in Rome on Monday to plan the Sahel Stabilisation Force.\n\n"
      "Chad joined the Geneva talks with two senior officers on Tuesday.");
  CHECK(related(f, "ATTENDED", "Chad", "Geneva talks"));
  CHECK_FALSE(related(f, "COMMITS", "Chad", "Sahel Stabilisation Force"));
}

TEST_CASE("'the same <noun>' points back to the force named last, and a bracketed acronym of its initials is its alias") {
  const auto f = facts(
      "ROME: Defence chiefs met in Rome on Monday to plan the Sahel Stabilisation Force.\n\n"
      "Austria pledged 40 million euros to the EU's Sahel Ammunition Requirements List (SARL), which buys shells. "
      "Ireland committed 12 million euros to the same scheme.");
  const int list = entity(f, "Force", "SARL");
  CHECK(list >= 0);
  CHECK(list == entity(f, "Force", "EU's Sahel Ammunition Requirements List"));
  CHECK(related(f, "COMMITS", "Ireland", "EU's Sahel Ammunition Requirements List"));
  CHECK_FALSE(related(f, "COMMITS", "Ireland", "Sahel Stabilisation Force"));
}

TEST_CASE("experts and advisers offered are troops given to the mission in question; a declined or ruled-out offer gives nothing") {
  const auto f = facts(
      "VIENNA: Ministers met in Vienna on Monday and extended the OSCE Mission to Georgia.\n\n"
      "Austria offered a team of six technical experts for the southern stretch of the border. Hungary again "
      "declined to contribute. Italy ruled out sending advisers.");
  CHECK(related(f, "COMMITS", "Austria", "OSCE Mission to Georgia"));
  CHECK_FALSE(related(f, "COMMITS", "Hungary", "OSCE Mission to Georgia"));
  CHECK_FALSE(related(f, "COMMITS", "Italy", "OSCE Mission to Georgia"));
}

TEST_CASE("agreeing to withdraw troops or to let a force patrol pledges nothing; agreeing to a pledge verb still does") {
  const auto f = facts(
      "ASMARA: Ministers met in Asmara and set up the Red Sea Border Observer Group.\n\n"
      "Sudan and Chad agreed on Monday to pull their troops ten kilometres back and to let the observer group patrol "
      "the border. Niger agreed to send 30 officers to the group.");
  CHECK_FALSE(related(f, "COMMITS", "Sudan", "Red Sea Border Observer Group"));
  CHECK_FALSE(related(f, "COMMITS", "Chad", "Red Sea Border Observer Group"));
  CHECK(related(f, "COMMITS", "Niger", "Red Sea Border Observer Group"));
}
