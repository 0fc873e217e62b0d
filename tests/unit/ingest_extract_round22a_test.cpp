// Round 22 rules, branch fix22a (docs/HELDOUT.md): parties and groups that stand for states.
// "both sides" / "the two parties" as the subject of a frame: the pair named last as signing or
// agreeing; a regional group the lexicon lists with its states ("the three Baltic states") stands
// for them. Invented articles about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'both sides' as a subject: the two parties that sealed the pact before it") {
  const auto f = facts(
      "Bolivia and Paraguay on Tuesday sealed a river pact after two rounds of talks in Asuncion. Under "
      "its terms, both sides will create a Joint River Patrol Unit, to be based in Pilar.");
  CHECK(related(f, "COMMITS", "Bolivia", "Joint River Patrol Unit"));
  CHECK(related(f, "COMMITS", "Paraguay", "Joint River Patrol Unit"));
  // after a subject of three parties it stands for none of them
  const auto three = facts(
      "Chile, Peru and Bolivia sealed a border accord in Arica on Monday. Both sides will create a Joint "
      "Desert Patrol Unit. Argentina will send ten officers to the Joint Desert Patrol Unit.");
  CHECK(related(three, "COMMITS", "Argentina", "Joint Desert Patrol Unit"));
  CHECK_FALSE(related(three, "COMMITS", "Chile", "Joint Desert Patrol Unit"));
  CHECK_FALSE(related(three, "COMMITS", "Peru", "Joint Desert Patrol Unit"));
}

TEST_CASE("'the two parties will each' after two blocs agreed; people signing between are passed over") {
  const auto f = facts(
      "Mercosur and the Andean Community agreed a framework on river security in Lima on Friday. The "
      "Mercosur Secretary General, Mr Tomas Ferreyra, and the Andean Community Secretary General, Mrs Lucia "
      "Condori, signed the framework for the two blocs. The two parties will each contribute officers to a "
      "Joint Amazon Patrol Cell.");
  CHECK(related(f, "COMMITS", "Mercosur", "Joint Amazon Patrol Cell"));
  CHECK(related(f, "COMMITS", "Andean Community", "Joint Amazon Patrol Cell"));
}

TEST_CASE("'the three Baltic states would each send': each state the article names gives it") {
  const auto f = facts(
      "Norway hosted the meeting in Bergen, which Estonia, Latvia and Lithuania attended. Denmark will lead "
      "a new Northern Rapid Response Force. The three Baltic states would each send a company to the force.");
  CHECK(related(f, "COMMITS", "Estonia", "Northern Rapid Response Force"));
  CHECK(related(f, "COMMITS", "Latvia", "Northern Rapid Response Force"));
  CHECK(related(f, "COMMITS", "Lithuania", "Northern Rapid Response Force"));
  // nothing when the article leaves a member unnamed or counts the group otherwise
  const auto unnamed = facts(
      "Norway hosted the meeting in Bergen, which Estonia and Latvia attended. Denmark will lead a new "
      "Northern Rapid Response Force. The Baltic states would each send a company to the force.");
  CHECK(related(unnamed, "COMMITS", "Denmark", "Northern Rapid Response Force"));
  CHECK_FALSE(related(unnamed, "COMMITS", "Estonia", "Northern Rapid Response Force"));
  const auto miscounted = facts(
      "Norway hosted the meeting in Bergen, which Estonia, Latvia and Lithuania attended. Denmark will lead "
      "a new Northern Rapid Response Force. The two Baltic states would each send a company to the force.");
  CHECK(related(miscounted, "COMMITS", "Denmark", "Northern Rapid Response Force"));
  CHECK_FALSE(related(miscounted, "COMMITS", "Latvia", "Northern Rapid Response Force"));
}

TEST_CASE("a ministry named only through 'its' is a body only when it speaks a quote") {
  const auto f = facts("Ecuador might lend a hospital ship to the mission, its defence ministry said on Friday.");
  CHECK(entity(f, "Organization", "Ecuadorian Defence Ministry") < 0);
  CHECK(count_kind(f, "Organization") == 0);
  const auto g = facts("Ecuador will send a patrol boat to the mission, its defence ministry said, calling the mission "
                       "\"a duty we accept\".");
  CHECK(entity(g, "Organization", "Ecuadorian Defence Ministry") >= 0);
}

TEST_CASE("'the five Nordic countries' stand for the five states when the article names them all") {
  const auto f = facts(
      "Sweden hosted the meeting in Stockholm, which Denmark, Finland, Iceland and Norway attended. The five "
      "Nordic countries will each send a frigate to the Northern Maritime Task Group.");
  CHECK(related(f, "COMMITS", "Iceland", "Northern Maritime Task Group"));
  CHECK(related(f, "COMMITS", "Finland", "Northern Maritime Task Group"));
  CHECK(related(f, "COMMITS", "Denmark", "Northern Maritime Task Group"));
}
