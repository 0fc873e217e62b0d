// Round 22 rules, branch fix22c (docs/HELDOUT.md): a live page's people, attendance and
// retractions. Sentences about states, bodies and people invented for the tests, none of them from
// the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'the Secretary General of the Organisation of Eastern Caribbean States, X,': a body's own 'of' is not the office's") {
  const auto f = facts(
      "The Director General of the Organisation of Eastern Caribbean States, Jonelle Marrast, said the "
      "pact would hold.");
  CHECK(entity(f, "Person", "Jonelle Marrast") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Jonelle Marrast", "Organisation of Eastern Caribbean States"));
}

TEST_CASE("'President Sofia Mensah of Ghana': a town's one-word name after a title is a given name") {
  const auto f = facts(
      "The accord was signed by President Sofia Mensah of Ghana and President Faye of Senegal. "
      "Togo's foreign minister, Sofia Amegah, attended the ceremony in Accra.");
  CHECK(entity(f, "Person", "Sofia Mensah") >= 0);
  CHECK(entity(f, "Person", "Sofia Amegah") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Sofia Mensah", "Ghana"));
  CHECK(related(f, "HOLDS_OFFICE", "Sofia Amegah", "Togo"));
  CHECK(entity(f, "Country", "Bulgaria") < 0);
}

TEST_CASE("'X is hosting the meeting at Y': the host is no guest of its meeting, past the auxiliary") {
  const auto f = facts(
      "The Andean summit opened in Lima on Monday. Peru is hosting the summit at the Torre Tagle Palace, "
      "officials said.");
  CHECK(related(f, "HOSTED", "Peru", "Andean summit"));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", "Andean summit"));
}

TEST_CASE("'an earlier report said X would attend ... she will not travel': a person denied going attends nothing") {
  const auto f = facts(
      "The Andean summit opened in Lima on Monday. An earlier report said Ecuador's foreign minister, Lucia "
      "Paredes, would attend the summit on Tuesday as an observer. Her ministry now says she will not travel to Lima. "
      "Peru's president, Jorge Salas, attended the summit.");
  CHECK(entity(f, "Person", "Lucia Paredes") >= 0);
  CHECK_FALSE(related(f, "ATTENDED", "Lucia Paredes", "Andean summit"));
  CHECK(related(f, "ATTENDED", "Jorge Salas", "Andean summit"));
  const auto g = facts(
      "Bolivia's defence minister, Hugo Choque, took part in the Andean summit in Lima on Monday. The "
      "finance minister, Rosa Villca, would attend it too, officials said, but Villca is not attending.");
  CHECK(related(g, "ATTENDED", "Hugo Choque", "Andean summit"));
  CHECK_FALSE(related(g, "ATTENDED", "Rosa Villca", "Andean summit"));
  // a denial that names its meeting leaves her other meetings alone
  const auto h = facts(
      "Chile's foreign minister, Ines Altamirano, attended the Pacific Alliance summit in Lima on Monday. "
      "Altamirano will not attend the Andean Community ministerial in Quito on Friday, her office said.");
  CHECK(related(h, "ATTENDED", "Ines Altamirano", "Pacific Alliance summit"));
  CHECK_FALSE(related(h, "ATTENDED", "Ines Altamirano", "Andean Community ministerial"));
}

TEST_CASE("'based in Puerto de la Cruz': name particles inside a town's name after a locative") {
  const auto f = facts(
      "Spain and Portugal agreed on Monday that the coast guard centre will be based in Puerto de la Cruz. "
      "Its second base will be in Ponta do Sol, officials said.");
  CHECK(entity(f, "Place", "Puerto de la Cruz") >= 0);
  CHECK(entity(f, "Place", "Ponta do Sol") >= 0);
  CHECK(entity(f, "Place", "Puerto") < 0);
  CHECK(entity(f, "Place", "Ponta") < 0);
}

TEST_CASE("'X, who attended the forum in person, wrote this:': a relative clause leads in no list of attendees") {
  const auto f = facts(
      "The Andean summit opened in Lima on Monday. The Secretary General of the Andean Community, Ana "
      "Quiroga, who attended the summit in person, wrote this an hour ago:\n\n"
      "Ana Quiroga posted: \"A good day for the region.\"\n\n"
      "Ecuador's defence minister, Pablo Vera, spoke to reporters at noon.\n");
  CHECK(related(f, "ATTENDED", "Ana Quiroga", "Andean summit"));
  CHECK_FALSE(related(f, "ATTENDED", "Ecuador", "Andean summit"));
  CHECK_FALSE(related(f, "ATTENDED", "Pablo Vera", "Andean summit"));
}
