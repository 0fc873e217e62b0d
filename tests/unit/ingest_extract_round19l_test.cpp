// Round 19, branch lexicon19: lexicon coverage for diplomatic news anywhere in the world
// (parliaments, seats of government, missions and bodies, offices, states' other names).
// Sentences about invented people; the names of real bodies and places are lexicon facts.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a parliament only a lexicon could know is its state's legislature") {
  const auto f = facts("The Seimas voted on Thursday to ratify the defence agreement, Foreign Minister Rasa Vaitkute said. "
                       "The Riigikogu will debate the same text next week.");
  const int seimas = entity(f, "Organization", "Seimas");
  REQUIRE(seimas >= 0);
  CHECK(f.entities[static_cast<size_t>(seimas)].attributes.at("type") == "parliament");
  CHECK(entity(f, "Organization", "Riigikogu") >= 0);
  CHECK(entity(f, "Person", "Seimas") < 0);
}

TEST_CASE("another state's congress or senate is not the US one") {
  const auto f = facts("Peru's Congress approved the border accord on Monday, and the Czech Senate ratified the treaty.");
  CHECK(entity(f, "Organization", "Peruvian Congress") >= 0);
  CHECK(entity(f, "Organization", "Czech Senate") >= 0);
  CHECK(entity(f, "Organization", "US Congress") < 0);
  CHECK(entity(f, "Organization", "US Senate") < 0);
}

TEST_CASE("a seat of government acts for its state") {
  const auto f = facts("Malacanang said on Friday that the Philippines would send 200 engineers to UNMISS.");
  CHECK(entity(f, "Person", "Malacanang") < 0);
  CHECK(entity(f, "Country", "Philippines") >= 0);
  const auto g = facts("Aso Rock said Nigeria would not attend the summit in Yaounde.");
  CHECK(entity(g, "Person", "Aso Rock") < 0);
  CHECK(entity(g, "Country", "Nigeria") >= 0);
}

TEST_CASE("a seat of government after 'at' is the meeting's venue, as any building") {
  const auto f = facts("The council concluded its 12th session, hosted by Argentina at the Casa Rosada, with a final statement.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Casa Rosada"));
}

TEST_CASE("missions of the EU, NATO and the OSCE are forces by their acronyms") {
  const auto f = facts("Hungary will send 100 more soldiers to KFOR, and Austria will add monitors to EUMM Georgia, "
                       "the two defence ministers said.");
  CHECK(entity(f, "Force", "KFOR") >= 0);
  CHECK(entity(f, "Force", "EUMM Georgia") >= 0);
  CHECK(related(f, "COMMITS", "Hungary", "KFOR"));
}

TEST_CASE("regional bodies by name and abbreviation") {
  const auto f = facts("Leaders of the Visegrad Group met in Bratislava on Monday. The OIC and the Arctic Council sent observers.");
  CHECK(entity(f, "Organization", "Visegrad Group") >= 0);
  CHECK(entity(f, "Organization", "Organisation of Islamic Cooperation") >= 0);
  CHECK(entity(f, "Organization", "Arctic Council") >= 0);
}

TEST_CASE("offices of one state belong to it when the text names no state") {
  const auto f = facts("Taoiseach Niamh Gallagher said on Monday that the government would send 40 more soldiers to MINURSO.");
  CHECK(related(f, "HOLDS_OFFICE", "Niamh Gallagher", "Ireland"));
  const auto g = facts("State Councillor Wu Hailong met the visiting delegation on Tuesday.");
  CHECK(related(g, "HOLDS_OFFICE", "Wu Hailong", "China"));
}

TEST_CASE("a chief of the army, naval or air staff holds office in the state's armed forces") {
  const auto f = facts("Kenya's Chief of the Naval Staff, Major General Kiprono Mutai, inspected the new barracks in Nakuru.");
  CHECK(related(f, "HOLDS_OFFICE", "Kiprono Mutai", "Kenyan Armed Forces"));
}

TEST_CASE("states by their formal and sporting names") {
  const auto f = facts("The Syrian Arab Republic and Chinese Taipei sent delegations, and the United Republic of Tanzania "
                       "sent an observer.");
  CHECK(entity(f, "Country", "Syria") >= 0);
  CHECK(entity(f, "Country", "Taiwan") >= 0);
  CHECK(entity(f, "Country", "Tanzania") >= 0);
  CHECK(entity(f, "Organization", "Chinese Taipei") < 0);
}

TEST_CASE("a foreign ministry by the name of its seat") {
  const auto f = facts("The Farnesina said on Monday that the ambassador had been summoned.");
  CHECK(entity(f, "Person", "Farnesina") < 0);
  CHECK(entity(f, "Organization", "Italian Foreign Ministry") >= 0);
}

TEST_CASE("the Chancellor of the Exchequer is the UK's finance minister, no head of government") {
  const auto f = facts("Chancellor of the Exchequer Rachel Morton said on Tuesday that defence spending would rise.");
  CHECK(entity(f, "Person", "Rachel Morton") >= 0);
  CHECK(entity(f, "Person", "Exchequer Rachel Morton") < 0);
  CHECK(related(f, "HOLDS_OFFICE", "Rachel Morton", "United Kingdom"));
}

TEST_CASE("armed groups and security services by their names") {
  const auto f = facts("Al-Shabaab fighters attacked the base, and the IRGC said it had seized a tanker, an official said.");
  CHECK(entity(f, "Organization", "al-Shabaab") >= 0);
  CHECK(entity(f, "Organization", "Islamic Revolutionary Guard Corps") >= 0);
  // China's Ministry of State Security, not a mission in Haiti
  const auto g = facts("The MSS said on Tuesday it had detained a foreign national.");
  CHECK(entity(g, "Organization", "Ministry of State Security") >= 0);
  CHECK(entity(g, "Force", "Multinational Security Support Mission") < 0);
}
