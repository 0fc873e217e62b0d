// Round 21 rules, branch fix21e (docs/HELDOUT.md): a think-tank commentary. Sentences about states,
// bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("ministers who 'sat down' at a venue met there; the host state among them only hosted") {
  const auto f = facts(
      "When the foreign ministers of Chile, Peru and Bolivia sat down at the Palacio Verde in Lima on 2 May, few "
      "expected more than a handshake. Peru hosted the meeting, which agreed on a border hotline.");
  const std::string m = only_entity(f, "Meeting");
  REQUIRE(!m.empty());
  CHECK(related(f, "HELD_IN", m, "Lima"));
  CHECK(related(f, "HELD_IN", m, "Palacio Verde"));
  CHECK(related(f, "ATTENDED", "Chile", m));
  CHECK(related(f, "ATTENDED", "Bolivia", m));
  CHECK(related(f, "HOSTED", "Peru", m));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", m));
}

TEST_CASE("a pull quote repeating the body's quotations is their speaker's, one remark with them") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Foreign Minister Ana Rojas, who led the Chilean "
      "delegation, said the hotline would be \"a phone, not a fence\". Peru will provide the line, according to its "
      "foreign minister, Luis Vega.\n\n"
      "\"A phone, not a fence. That is all it is, and all it needs to be.\"\n\n"
      "Her fuller remark is worth quoting. \"A phone, not a fence,\" Rojas said. \"That is all it is, and all it needs "
      "to be.\"");
  CHECK(speaker_starting(f, "A phone, not a fence. That is all") == "Ana Rojas");
  // a paragraph quoting words no body quotation holds stays unattributed
  const auto g = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Foreign Minister Ana Rojas said the hotline would be "
      "\"a phone, not a fence\". Peru will provide the line, according to its foreign minister, Luis Vega.\n\n"
      "\"Nobody in Lima expected a treaty this year.\"");
  CHECK(speaker_starting(g, "Nobody in Lima") == "?");
}

TEST_CASE("'the minister from Santiago' is the minister of the state whose capital it is") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Chile's foreign minister, Pablo Ortiz, arrived late.\n\n"
      "The minister from Santiago later said the hotline \"threatens nobody\".");
  CHECK(speaker_of(f, "threatens nobody") == "Pablo Ortiz");
}

TEST_CASE("a think tank's 'Policy Centre' is a body, and its fellow's bio gives the office held there") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May and set up a Joint Border Coordination Centre.\n\n"
      "Ana Quispe is senior fellow in the border studies programme at the Andean Regional Policy Centre. She "
      "previously worked in Quito.");
  CHECK(entity(f, "Organization", "Andean Regional Policy Centre") >= 0);
  CHECK(entity(f, "Force", "Andean Regional Policy Centre") < 0);
  CHECK(related(f, "HOLDS_OFFICE", "Ana Quispe", "Andean Regional Policy Centre"));
  // a centre a meeting sets up is still a force
  CHECK(entity(f, "Force", "Joint Border Coordination Centre") >= 0);
}

TEST_CASE("capitalised words after the 'on' of a meeting's name are its subject, no force") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. The meeting was billed as the \"First Andean Dialogue on "
      "Fisheries Cooperation\".");
  CHECK(count_kind(f, "Force") == 0);
  // a text's title still takes them in
  const auto g = facts(
      "The ministers of Chile and Peru met in Lima on 4 May and adopted the Lima Joint Statement on Fisheries "
      "Cooperation.");
  CHECK(entity(g, "Document", "Lima Joint Statement on Fisheries Cooperation") >= 0);
}

TEST_CASE("'X, then Chilean foreign minister,' names a person holding the office at the time told") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Ramiro Soliz, then Chilean foreign minister, spoke at "
      "the meeting.");
  CHECK(entity(f, "Person", "Ramiro Soliz") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Ramiro Soliz", "Chile"));
  // a former office is still no office held
  const auto g = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Pablo Soliz, a former Chilean foreign minister, spoke at "
      "the meeting.");
  CHECK_FALSE(related(g, "HOLDS_OFFICE", "Pablo Soliz", "Chile"));
}

TEST_CASE("'X, who led the Chilean delegation,' attended the article's meeting") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Foreign Minister Ana Rojas, who led the Chilean "
      "delegation, told reporters afterwards that the hotline was ready.");
  const std::string m = only_entity(f, "Meeting");
  REQUIRE(!m.empty());
  CHECK(related(f, "ATTENDED", "Ana Rojas", m));
}

TEST_CASE("a hedged offer of a liaison team pledges it to the force in question") {
  const auto f = facts(
      "The ministers of Chile, Peru and Bolivia met in Lima on 4 May. Their statement sets up a Trilateral Border "
      "Coordination Cell, run by Chile from Arica. Peru will provide two boats and the cell's radio room. "
      "Bolivia could assign a liaison team if its congress agrees.");
  CHECK(related(f, "COMMITS", "Bolivia", "Trilateral Border Coordination Cell"));
  CHECK(related(f, "LEADS", "Chile", "Trilateral Border Coordination Cell"));
}

TEST_CASE("'the foreign ministers of A, B and C met': each state's foreign minister named in the article attended") {
  const auto f = facts(
      "The foreign ministers of Chile, Peru and Bolivia met in Lima on 2 May. Bolivia could send observers, according "
      "to its foreign minister, Luis Mamani. Chile's defence minister, Jorge Soto, stayed in Santiago.");
  const std::string m = only_entity(f, "Meeting");
  REQUIRE(!m.empty());
  CHECK(related(f, "ATTENDED", "Luis Mamani", m));
  CHECK_FALSE(related(f, "ATTENDED", "Jorge Soto", m));
}

TEST_CASE("'the next X Dialogue will be held in Y in 2028, hosted by Z': a dialogue to come, hosted and placed") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 2 May.\n\n"
      "The next Andean Ministerial Dialogue will be held in Cusco in 2028, hosted by Peru.");
  int dialogue = -1;
  for (size_t e = 0; e < f.entities.size(); ++e) {
    if (f.entities[e].kind == "Meeting" && f.entities[e].name.find("Cusco") != std::string::npos) dialogue = static_cast<int>(e);
  }
  REQUIRE(dialogue >= 0);
  const std::string name = f.entities[static_cast<size_t>(dialogue)].name;
  CHECK(related(f, "HOSTED", "Peru", name));
  CHECK(related(f, "HELD_IN", name, "Cusco"));
}

TEST_CASE("a name coordinated before a person's name with a given name is a person's") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 2 May.\n\n"
      "For the background, see Quoc Van Binh and Samuel Adeyemi, Fishing Without Borders, Andean Policy Centre, June "
      "2027.");
  CHECK(entity(f, "Person", "Quoc Van Binh") >= 0);
  CHECK(entity(f, "Person", "Samuel Adeyemi") >= 0);
}

TEST_CASE("'anything resembling a treaty', 'any treaty': a kind of text, no document") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 4 May. Peru would not put its name to anything resembling a "
      "treaty, and Chile opposed any accord.");
  CHECK(count_kind(f, "Document") == 0);
  const auto g = facts("The ministers of Chile and Peru met in Lima on 4 May and signed a treaty.");
  CHECK(count_kind(g, "Document") == 1);
}

TEST_CASE("'the communique of that meeting' is the text of the meeting named before, not the article's statement") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 2 May and adopted the Lima Joint Statement on Fisheries.\n\n"
      "Pablo Ortiz, then Chilean foreign minister, spoke at the Andean Foreign Ministers' Meeting in Quito in 2026; the "
      "communique of that meeting asked for \"open channels\" between navies.");
  CHECK(count_kind(f, "Document") == 2);
  int quito = -1;
  for (size_t e = 0; e < f.entities.size(); ++e) {
    if (f.entities[e].kind == "Meeting" && f.entities[e].name.find("Quito") != std::string::npos) quito = static_cast<int>(e);
  }
  REQUIRE(quito >= 0);
  bool produced_other = false;
  for (const auto& r : f.relations) {
    if (r.type == "PRODUCED" && r.start == quito && f.entities[static_cast<size_t>(r.end)].name.find("Lima") == std::string::npos) produced_other = true;
  }
  CHECK(produced_other);
  CHECK_FALSE(related(f, "PRODUCED", f.entities[static_cast<size_t>(quito)].name, "Lima Joint Statement on Fisheries"));
}

TEST_CASE("'the University of Chile': a body named by its head 'of' a state") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 2 May.\n\n"
      "Ana Quispe, who wrote the report, once lectured at the University of Chile.");
  CHECK(entity(f, "Organization", "University of Chile") >= 0);
}

TEST_CASE("a capital set off by commas before a date in a citation is a place, not its state acting") {
  const auto f = facts(
      "The ministers of Chile and Peru met in Lima on 2 May.\n\n"
      "Author's interviews with Chilean officials, Santiago, April 2027.");
  CHECK(entity(f, "Place", "Santiago") >= 0);
}

TEST_CASE("'said Latvian Prime Minister X': the person speaks, not the state of the nationality word") {
  const auto f = facts(
      "The leaders met in Riga on 2 May. \"We asked for more ships,\" said Latvian Prime Minister Janis Berzins, who "
      "hosted the leaders. \"We got a promise, and that is a start.\"");
  CHECK(speaker_starting(f, "We asked for more ships") == "Janis Berzins");
  CHECK(speaker_starting(f, "We got a promise") == "Janis Berzins");
}
