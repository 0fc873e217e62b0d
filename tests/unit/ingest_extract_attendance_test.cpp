// Who was at a meeting, who leads and who committed what, in sentence shapes the verb frames first missed:
// witnesses, talks held with someone, a host and the guest it received for a meeting, a
// subject apposed to a title with a complement, elliptical and gapped pledges. Our own
// sentences about Central American and Baltic events.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a witness to the signing was at the meeting") {
  const auto f = facts("Honduras and Guatemala ended two days of talks in San Salvador on Friday. Honduran Foreign Minister "
                       "Lucia Ferrera and Guatemalan Foreign Minister Tomas Quiroga signed the accord. Mexican Foreign "
                       "Minister Ana Beltran witnessed the signing.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "ATTENDED", "Ana Beltran", talks));
  const auto* r = relation(f, "ATTENDED", "Ana Beltran", talks);
  REQUIRE(r != nullptr);
  CHECK(r->evidence.rule == "attended:witness");
  // a witness to something else is not at the meeting
  const auto g = facts("Honduras and Guatemala ended two days of talks in San Salvador on Friday. Mexican Foreign Minister "
                       "Ana Beltran witnessed the floods in Tabasco last year.");
  CHECK_FALSE(related(g, "ATTENDED", "Ana Beltran", only_entity(g, "Meeting")));
}

TEST_CASE("holding talks is attending them, and so is the one they were held with") {
  const auto f = facts("Latvia and Estonia held a round of border talks in Valga on Monday.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "ATTENDED", "Latvia", talks));
  CHECK(related(f, "ATTENDED", "Estonia", talks));
  const auto g = facts("Leaders of the Baltic states gathered in Riga for a summit on Tuesday. Latvian Prime Minister Ilze Kalnina "
                       "held talks with Estonian Prime Minister Karl Tamm on the sidelines.");
  const std::string summit = only_entity(g, "Meeting");
  REQUIRE_FALSE(summit.empty());
  CHECK(related(g, "ATTENDED", "Ilze Kalnina", summit));
  CHECK(related(g, "ATTENDED", "Karl Tamm", summit));
  // a news conference is no meeting of the article
  const auto h = facts("Latvia and Estonia held a round of border talks in Valga on Monday. Ilze Kalnina held a news conference afterwards.");
  CHECK(count_kind(h, "Meeting") == 1);
}

TEST_CASE("the guest a host received for a meeting was there, and so was the host") {
  const auto f = facts("Panamanian President Rodrigo Salas hosted his Costa Rican counterpart, Elena Mora, for a border summit in David.");
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE_FALSE(summit.empty());
  CHECK(related(f, "HOSTED", "Rodrigo Salas", summit));
  CHECK(related(f, "ATTENDED", "Rodrigo Salas", summit));
  CHECK(related(f, "ATTENDED", "Elena Mora", summit));
  // "his counterpart, Y," makes Y a person even with no speech verb
  CHECK(entity(f, "Person", "Elena Mora") >= 0);
}

TEST_CASE("a name apposed to a title with its complement is the subject") {
  const auto f = facts("Defence ministers of the Baltic states met in Tallinn on Tuesday. The Canadian ambassador to NATO, "
                       "Claire Dubois, followed the meeting as an observer.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "ATTENDED", "Claire Dubois", meeting));
  CHECK_FALSE(related(f, "ATTENDED", "NATO", meeting));
}

TEST_CASE("a bare count after a pledge verb, and a party with a count and no verb, share the pledge") {
  const auto f = facts("The agreement creates a Central American Ceasefire Observer Group of some 300 unarmed observers. Panama "
                       "pledged 80 observers and Belize committed 40. Mexico will send two patrol boats to the group, and Cuba "
                       "three coast guard cutters.");
  const std::string group = "Central American Ceasefire Observer Group";
  REQUIRE(entity(f, "Force", group) >= 0);
  CHECK(related(f, "COMMITS", "Panama", group));
  CHECK(related(f, "COMMITS", "Belize", group));
  CHECK(related(f, "COMMITS", "Mexico", group));
  CHECK(related(f, "COMMITS", "Cuba", group));
  // a count that is a share, not troops
  const auto g = facts("Panama pledged 80 observers to the Central American Ceasefire Observer Group. Belize raised its budget 4 percent.");
  CHECK_FALSE(related(g, "COMMITS", "Belize", group));
}

TEST_CASE("a time word after a document's name is not part of it") {
  const auto f = facts("Honduras and Guatemala signed the San Salvador Accord on Border Security late on Friday.");
  CHECK(entity(f, "Document", "San Salvador Accord on Border Security") >= 0);
  CHECK(entity(f, "Document", "San Salvador Accord on Border Security late") < 0);
}

TEST_CASE("'the group' after a force named '... Group' is that force, not the coalition") {
  const auto f = facts("The Coalition of the Willing set up a Baltic Maritime Task Group on Monday. Norway pledged two frigates to "
                       "the group. The group will be based in Tallinn.");
  const int group = entity(f, "Force", "Baltic Maritime Task Group");
  REQUIRE(group >= 0);
  CHECK(f.entities[static_cast<size_t>(group)].mentions.size() == 3);
  CHECK(related(f, "COMMITS", "Norway", "Baltic Maritime Task Group"));
  const int coalition = entity(f, "Organization", "Coalition of the Willing");
  REQUIRE(coalition >= 0);
  CHECK(f.entities[static_cast<size_t>(coalition)].mentions.size() == 1);
  // with no such force, "the group" is still the article's coalition
  const auto g = facts("The Coalition of the Willing convened in Paris on Monday. The group pledged to keep supplying air defence.");
  CHECK(entity(g, "Force", "group") < 0);
}

TEST_CASE("seconding officers is a commitment") {
  const auto f = facts("The accord creates a Baltic Police Support Group. Latvia would consider seconding forensic specialists to the group.");
  CHECK(related(f, "COMMITS", "Latvia", "Baltic Police Support Group"));
}

TEST_CASE("talks at a venue the lexicons do not know, in a city, were held in that city") {
  const auto f = facts("Defence ministers agreed to set up a patrol group in the Baltic Sea, at the end of two days of talks "
                       "at the bloc's headquarters in Brussels.");
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "HELD_IN", talks, "Brussels"));
  CHECK_FALSE(related(f, "HELD_IN", talks, "Baltic Sea"));
}

TEST_CASE("a passive with an adverb or a short phrase before its 'by' still names who leads") {
  const auto f = facts("A regional customs training hub in Colon will be run jointly by Panama and Colombia.");
  const std::string hub = "regional customs training hub in Colon";
  REQUIRE(entity(f, "Force", hub) >= 0);
  CHECK(related(f, "LEADS", "Panama", hub));
  CHECK(related(f, "LEADS", "Colombia", hub));
  const auto g = facts("The Caribbean Naval Task Group will be commanded at sea by Jamaica.");
  CHECK(related(g, "LEADS", "Jamaica", "Caribbean Naval Task Group"));
  // an active verb with a 'by' of time is no passive
  const auto h = facts("Jamaica commanded the Caribbean Naval Task Group until March, followed by Cuba.");
  CHECK_FALSE(related(h, "LEADS", "Cuba", "Caribbean Naval Task Group"));
}

TEST_CASE("an apposed title with a long body and its abbreviation, and a passive agent after ', as a witness,'") {
  const auto f = facts("Officials met for the Chile-Argentina border talks in Mendoza. The meeting was attended by the two foreign "
                       "ministers and, as a witness, by the assistant secretary general of the Organization of American States "
                       "(OAS), Luis Ortega.");
  CHECK(related(f, "HOLDS_OFFICE", "Luis Ortega", "Organization of American States"));
  const std::string talks = only_entity(f, "Meeting");
  REQUIRE_FALSE(talks.empty());
  CHECK(related(f, "ATTENDED", "Luis Ortega", talks));
  // the states joined in its name are its sides: a body attending is not its owner
  CHECK(talks.find("Organization of American States") == std::string::npos);
}

// The cue lists are data (frames.json "cues"): a word added there is read by the rules with no
// recompiling.
TEST_CASE("a word added to a cue list in the data extends the rule that reads it") {
  namespace fs = std::filesystem;
  const std::string text = "NATO leaders met at a summit in Oslo on Monday. Chile joined by video link, and Peru joined by webcast.";
  const auto shipped = facts(text);
  const std::string summit = only_entity(shipped, "Meeting");
  REQUIRE_FALSE(summit.empty());
  CHECK(related(shipped, "ATTENDED", "Chile", summit));
  CHECK_FALSE(related(shipped, "ATTENDED", "Peru", summit));

  const fs::path root = fs::temp_directory_path() / ("kg_cue_test_" + std::to_string(::getpid()));
  fs::remove_all(root);
  const fs::path src = kg::ingest::find_data_root();
  fs::create_directories(root / "data");
  fs::copy(src / "data" / "lexicon", root / "data" / "lexicon", fs::copy_options::recursive);
  fs::copy(src / "schemas", root / "schemas", fs::copy_options::recursive);
  const fs::path frames = root / "data" / "lexicon" / "frames.json";
  std::stringstream in;
  in << std::ifstream(frames).rdbuf();
  std::string json = in.str();
  const std::string list = "\"remote_means\": [";
  const size_t at = json.find(list);
  REQUIRE(at != std::string::npos);
  json.insert(at + list.size(), "\"webcast\", ");
  std::ofstream(frames, std::ios::trunc) << json;
  const auto extended_lexicon = kg::ingest::Lexicon::load(root);
  fs::remove_all(root);
  const auto extended = kg::ingest::extract(article(text, "test.txt", "2026-01-07"), extended_lexicon);
  CHECK(related(extended, "ATTENDED", "Chile", summit));
  CHECK(related(extended, "ATTENDED", "Peru", summit));
}
