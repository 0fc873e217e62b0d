// Round 19 rules, branch fix19a (docs/HELDOUT.md): forces a body's meeting sets up or extends,
// communiques named after their meeting, second titles, battlegroups and networks. Sentences about
// states, bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a body whose ministers extend a force's mandate commits to the force") {
  const auto f = facts(
      "ASUNCION, May 4 - Defence ministers of the Andean Community (CAN) on Friday extended the mandate of the "
      "Andean Border Support Mission in Bolivia (ABSM) by six months, as Peru pledged 200 more troops.");
  CHECK(related(f, "COMMITS", "Andean Community", "Andean Border Support Mission in Bolivia"));
  CHECK(related(f, "COMMITS", "Peru", "Andean Border Support Mission in Bolivia"));
}

TEST_CASE("a council that votes to authorise a force commits to it") {
  const auto f = facts(
      "The UN Security Council on Tuesday voted to authorise a Belize Stabilisation Force of 3,000 troops to help the "
      "police retake the southern districts. The new force will be led by Mexico.");
  CHECK(related(f, "COMMITS", "UN Security Council", "Belize Stabilisation Force"));
  CHECK(related(f, "LEADS", "Mexico", "Belize Stabilisation Force"));
}

TEST_CASE("'we decide to establish' in a meeting's own text: the meeting's body commits") {
  const auto f = facts(
      "1. We, the Ministers of Defence of the Republic of Peru, the Plurinational State of Bolivia, the "
      "Republic of Colombia and the Republic of Ecuador, met in Cusco on 3 May 2027 for the XX Ordinary Summit of the "
      "Andean Community, under the chairmanship of Ms. Carmen Ticona, Minister of Defence of the Republic "
      "of Peru.\n\n"
      "2. In response to the request of the Government of Bolivia, we decide to establish the Andean Border Support "
      "Mission in Bolivia (ABSM), for an initial term of nine months.\n\n"
      "3. We express our gratitude to the Government of Peru for hosting the Summit.");
  CHECK(related(f, "COMMITS", "Andean Community", "Andean Border Support Mission in Bolivia"));
  // the host state and the chair set up nothing by themselves
  CHECK_FALSE(related(f, "COMMITS", "Peru", "Andean Border Support Mission in Bolivia"));
}

TEST_CASE("'The Summit decided to deploy': the meeting named by its bare head stands for its body") {
  const auto f = facts(
      "Foreign ministers of Mercosur met in Montevideo on Monday for the 12th Mercosur summit.\n\n"
      "The Summit decided to deploy a Mercosur Police Mission in Paraguay, with 400 officers.");
  CHECK(related(f, "COMMITS", "Mercosur", "Mercosur Police Mission in Paraguay"));
}

TEST_CASE("a final communique no sentence says was issued is the article's meeting's, named after its city") {
  const auto f = facts(
      "MONTEVIDEO, March 2 - Mercosur leaders met in Montevideo on Saturday for an extraordinary summit on border "
      "security. The new police mission, according to the final communique, will be led by Uruguay and Paraguay.");
  CHECK(entity(f, "Document", "Montevideo communique") >= 0);
  CHECK(related(f, "PRODUCED", "Mercosur summit in Montevideo", "Montevideo communique"));
}

TEST_CASE("a final statement of a meeting with no city keeps 'final' in its name") {
  const auto f = facts(
      "Foreign ministers of the Andean Community concluded on Monday their 41st session, hosted by Peru. In its final "
      "statement, the Council decided to form a contact group on the border.");
  CHECK(related(f, "PRODUCED", "Andean Community session", "final statement"));
}

TEST_CASE("a communique a meeting in a city issues as it ends takes the city's name") {
  const auto f = facts(
      "Defence ministers of Mercosur met in Asuncion on Friday. In a communique they released at the end of the meeting, "
      "ministers said the mission would stay until 2028.");
  CHECK(related(f, "PRODUCED", "Mercosur meeting in Asuncion", "Asuncion communique"));
}

TEST_CASE("two offices held together before a name take the state named before the first") {
  const auto f = facts(
      "Peruvian Deputy Prime Minister and Foreign Minister Juan Carlos Mendoza said on Tuesday that his country would "
      "send 200 troops to the border mission.");
  CHECK(related(f, "HOLDS_OFFICE", "Juan Carlos Mendoza", "Peru"));
}

TEST_CASE("a battlegroup placed in a state is one of the battlegroups named in plural, not all of them") {
  const auto f = facts(
      "Allies agreed to grow the six multinational battlegroups on the southern flank into brigades by 2030. Portugal "
      "promised to double its own contribution to the battlegroup in Greece. Italy could send 500 more troops to the "
      "battlegroup in Bulgaria, its defence minister said.");
  CHECK(related(f, "COMMITS", "Portugal", "battlegroup in Greece"));
  CHECK(related(f, "COMMITS", "Italy", "battlegroup in Bulgaria"));
  CHECK_FALSE(related(f, "COMMITS", "Italy", "battlegroup in Greece"));
  CHECK_FALSE(related(f, "COMMITS", "Portugal", "six multinational battlegroups on the southern flank"));
}

TEST_CASE("brigades in two states are two forces; a lead in a relative clause names the force pledged to") {
  const auto f = facts(
      "Belgium, which leads the brigade in Hungary, pledged a second mechanised battalion. France, which leads the "
      "multinational brigade in Croatia, will send 800 more soldiers there. Spain will send 100 engineers to the "
      "Hungarian brigade.");
  CHECK(related(f, "LEADS", "Belgium", "brigade in Hungary"));
  CHECK(related(f, "COMMITS", "Belgium", "brigade in Hungary"));
  CHECK_FALSE(related(f, "COMMITS", "Belgium", "multinational brigade in Croatia"));
  CHECK(related(f, "COMMITS", "France", "multinational brigade in Croatia"));
  // "the Hungarian brigade" is the one in Hungary, not the latest brigade named
  CHECK(related(f, "COMMITS", "Spain", "brigade in Hungary"));
  CHECK_FALSE(related(f, "COMMITS", "Spain", "multinational brigade in Croatia"));
}

TEST_CASE("a network named with capitals is a force; a network in lower case is none") {
  const auto f = facts(
      "In a joint declaration released as the summit ended, the three states launched a South Atlantic Coast Guard "
      "Network to share surveillance data. Chile committed four patrol vessels to the coast guards of its partners under the "
      "network, and Uruguay pledged 20 million dollars. Argentina will plug its existing radar network along the coast "
      "into the system.");
  CHECK(entity(f, "Force", "South Atlantic Coast Guard Network") >= 0);
  CHECK(related(f, "COMMITS", "Chile", "South Atlantic Coast Guard Network"));
  CHECK(related(f, "COMMITS", "Uruguay", "South Atlantic Coast Guard Network"));
  CHECK(count_kind(f, "Force") == 1);
}

TEST_CASE("a team of deminers offered is a pledge") {
  const auto f = facts(
      "Foreign ministers agreed to form an Andean Demining Task Force for Bolivia. Peru could send a small team of deminers "
      "as soon as the Bolivian authorities ask for one, its foreign minister said.");
  CHECK(related(f, "COMMITS", "Peru", "Andean Demining Task Force for Bolivia"));
}

TEST_CASE("'under the chairmanship of X' after the meeting's place and date: X leads that meeting") {
  const auto f = facts(
      "The ministers of the Andean Community met in La Paz for the Fifth Extraordinary Summit of the Andean Community "
      "(CAN), on 3 May 2027, under the chairmanship of Luis Arce, President of the Plurinational State of "
      "Bolivia.",
      "2027-05-04");
  CHECK(related(f, "LEADS", "Luis Arce", "Fifth Extraordinary Summit of the Andean Community"));
}

TEST_CASE("'the Conference of Heads of State and Government of X held its session': X owns the meeting, and the inviter hosts it") {
  const auto f = facts(
      "At the invitation of Luis Arce, President of Bolivia, the Conference of Heads of State and Government of the "
      "Andean Community held its Fifth Extraordinary Session in La Paz on 3 May 2027.\n\n"
      "The Conference decided to deploy a new Andean Border Mission in Peru, with 1,200 troops.",
      "2027-05-04");
  const std::string session = "Fifth Extraordinary Session";
  CHECK(related(f, "ATTENDED", "Andean Community", session));
  CHECK(related(f, "HOSTED", "Luis Arce", session));
  CHECK(related(f, "COMMITS", "Andean Community", "Andean Border Mission in Peru"));
}

TEST_CASE("'We adopt the X Declaration' in a meeting's own text: the meeting produced it") {
  const auto f = facts(
      "1. We, the Ministers of Defence of the Republic of Peru, the Plurinational State of Bolivia and the "
      "Republic of Ecuador, met in Cusco on 3 May 2027 for the XX Ordinary Summit of the Andean Community.\n\n"
      "2. We adopt the Cusco Declaration on Border Security and Democratic Governance.",
      "2027-05-04");
  CHECK(related(f, "PRODUCED", "XX Ordinary Summit", "Cusco Declaration on Border Security and Democratic Governance"));
}

TEST_CASE("units in a communique's list of offers are pledged to the force, not forces of their own") {
  const auto f = facts(
      "The Summit decided to deploy a Mercosur Stabilisation Force. The Heads of State welcomed the offers of troops "
      "made by Member States, namely:\n"
      "a) the Argentine Republic: one infantry battalion of 700 troops;\n"
      "b) the Federative Republic of Brazil: one squadron of 90 troops and a field hospital unit.");
  CHECK(count_kind(f, "Force") == 1);
  CHECK(related(f, "COMMITS", "Argentina", "Mercosur Stabilisation Force"));
  CHECK(related(f, "COMMITS", "Brazil", "Mercosur Stabilisation Force"));
}
