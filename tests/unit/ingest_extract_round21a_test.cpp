// Round 21 rules, branch fix21a (docs/HELDOUT.md): a signed piece's writer as a person (the byline's
// author, the office of the closing line, the first person of the text), a copyright line's
// company. Invented op-eds about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

namespace {

// An op-ed in markdown: headline, outlet line, bold byline, the body, then the closing line.
kg::ingest::DocFacts op_ed(const std::string& byline, const std::string& body, const std::string& closing) {
  const auto arts = kg::ingest::read_articles("# Opinion: A river needs one set of rules\n\n"
                                              "*The Delta Review · Opinion · 4 April 2028*\n\n"
                                              "**By " + byline + "**\n\n" + body + "\n\n*" + closing + "*\n",
                                              "dir/in.md", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  return kg::ingest::extract(arts[0], lexicon());
}

}  // namespace

TEST_CASE("a signed piece: the byline's author is a person with the office of the closing line") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "On Friday in Asunción I chaired the first ministerial meeting of the River Plate Basin Forum. "
                       "Uruguay's foreign minister, Martín Olivera, came, and Bolivia was represented by its deputy "
                       "foreign minister, Rodrigo Quispe.",
                       "The author is the Foreign Minister of the Republic of Paraguay.");
  REQUIRE(entity(f, "Person", "Ana Cristina Ferraz") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Ana Cristina Ferraz", "Paraguay"));
  // "I chaired": the writer leads and attends the meeting
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK(related(f, "LEADS", "Ana Cristina Ferraz", name));
  CHECK(related(f, "ATTENDED", "Ana Cristina Ferraz", name));
}

TEST_CASE("a signed piece: 'signed by A, B and myself' signs for the writer and the writer's state") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "The River Plate Basin Forum met in Asunción on Friday. The Asunción Accord on River Navigation "
                       "was signed by Minister Martín Olivera of Uruguay, Mr Rodrigo Quispe and myself.",
                       "The author is the Foreign Minister of the Republic of Paraguay.");
  CHECK(related(f, "SIGNED", "Ana Cristina Ferraz", "Asunción Accord on River Navigation"));
  CHECK(related(f, "SIGNED", "Paraguay", "Asunción Accord on River Navigation"));
  CHECK(related(f, "SIGNED", "Rodrigo Quispe", "Asunción Accord on River Navigation"));
}

TEST_CASE("a signed piece: the writer's 'we' pledges for the writer's state, and is no attendance of it") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "The meeting we held in Asunción on Friday, the first ministerial meeting of the River Plate "
                       "Basin Forum, brought the four riparian states together. It set up a River Plate Joint Patrol "
                       "Group. We will send two patrol boats of our navy to the group.",
                       "The author is the Foreign Minister of the Republic of Paraguay.");
  CHECK(related(f, "COMMITS", "Paraguay", "River Plate Joint Patrol Group"));
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK_FALSE(related(f, "ATTENDED", "Paraguay", name));
}

TEST_CASE("a signed piece whose closing line names the author: 'X is Y's foreign minister'") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "On Friday in Asunción I chaired the first ministerial meeting of the River Plate Basin Forum.",
                       "Ana Cristina Ferraz is Paraguay's foreign minister.");
  CHECK(related(f, "HOLDS_OFFICE", "Ana Cristina Ferraz", "Paraguay"));
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK(related(f, "LEADS", "Ana Cristina Ferraz", name));
}

TEST_CASE("a news report's byline without a closing line about its author gives no person, nor does her sign-off") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "Paraguay's foreign minister, Luis Ferreyra, chaired the first ministerial meeting of the River "
                       "Plate Basin Forum in Asunción on Friday. \"I chaired it with pleasure,\" he said.\n\n"
                       "Ana Cristina Ferraz, The Delta Review, Asunción.",
                       "Additional reporting by the Asunción desk.");
  CHECK(entity(f, "Person", "Ana Cristina Ferraz") < 0);
  CHECK(speaker_starting(f, "I chaired it") == "Luis Ferreyra");
}

TEST_CASE("'and I had the privilege of chairing both sessions': the honour's owner leads the meeting named before") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "The first ministerial meeting of the River Plate Basin Forum took place in Asunción last week. "
                       "Paraguay hosted it at the López Palace, and I had the privilege of chairing both sessions.",
                       "The author is the Foreign Minister of the Republic of Paraguay.");
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK(related(f, "LEADS", "Ana Cristina Ferraz", name));
  CHECK_FALSE(related(f, "LEADS", "Paraguay", name));
}

TEST_CASE("a person who chaired 'both sessions' leads the meeting named before") {
  const auto f = facts(
      "The first ministerial meeting of the River Plate Basin Forum took place in Asunción on Friday. "
      "Uruguay's foreign minister, Martín Olivera, had the privilege of chairing both sessions.");
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK(related(f, "LEADS", "Martín Olivera", name));
}

TEST_CASE("the correspondent of the header named again in the report is its author, no person of the story") {
  const auto arts = kg::ingest::read_articles(
      "NORDWAVE TV\n"
      "Evening News\n\n"
      "TRANSCRIPT | Segment 3 of 5: Baltic ministers agree on a ferry safety pact\n\n"
      "Anchor: Helle Madsen | Correspondent: Jonas Berg, Tallinn | Running time: 04:12\n\n"
      "ANCHOR: Good evening. Our correspondent Jonas Berg was at the signing in Tallinn.\n\n"
      "CORRESPONDENT (voice-over): Estonia's foreign minister, Kadri Tamm, and her Finnish counterpart, Ville "
      "Ahonen, signed the Tallinn Ferry Safety Pact this afternoon. Jonas Berg, Nordwave TV, Tallinn.\n\n"
      "ANCHOR: Jonas Berg in Tallinn, thank you.\n",
      "dir/in.txt", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  const auto f = kg::ingest::extract(arts[0], lexicon());
  CHECK(entity(f, "Person", "Jonas Berg") < 0);
  CHECK(entity(f, "Person", "Kadri Tamm") >= 0);
}

TEST_CASE("a signed piece's closing line may open with a dash") {
  const auto f = op_ed("Ana Cristina Ferraz",
                       "On Friday in Asunción I chaired the first ministerial meeting of the River Plate Basin Forum.",
                       "— The author is the Foreign Minister of the Republic of Paraguay.");
  CHECK(related(f, "HOLDS_OFFICE", "Ana Cristina Ferraz", "Paraguay"));
}
