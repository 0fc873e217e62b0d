// Quotations: spans, names in quotation marks, and speakers.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("speaker after the quotation, either order") {
  const auto f = facts(
      "\"We are ready,\" Emmanuel Macron said. \"This carnage has to stop,\" added Steve Witkoff. "
      "\u201cThe door is open,\u201d said Keir Starmer.");
  CHECK(speaker_of(f, "We are ready") == "Emmanuel Macron");
  CHECK(speaker_of(f, "This carnage has to stop") == "Steve Witkoff");
  CHECK(speaker_of(f, "The door is open") == "Keir Starmer");
}

TEST_CASE("speaker before the quotation: colon lead-ins, told, that-clauses, partial quotes") {
  const auto f = facts(
      "Jared Kushner added: \"This does not mean that we will make peace.\" Emmanuel Macron told French TV: \"I cannot "
      "imagine it.\" Steve Witkoff said that \"land options\" will be the most \"critical issue\".");
  CHECK(speaker_of(f, "This does not mean") == "Jared Kushner");
  CHECK(speaker_of(f, "I cannot imagine it") == "Emmanuel Macron");
  CHECK(speaker_of(f, "land options") == "Steve Witkoff");
  CHECK(speaker_of(f, "critical issue") == "Steve Witkoff");
}

TEST_CASE("a speech verb later in the sentence attributes an earlier partial quote") {
  const auto f = facts(
      "The \"robust\" guarantees would see the United States lead a mechanism, French President Emmanuel Macron said "
      "after the meeting.");
  CHECK(speaker_of(f, "robust") == "Emmanuel Macron");
}

TEST_CASE("pronouns take the person before them, skipping names inside quotations") {
  const auto f = facts(
      "British Prime Minister Keir Starmer spoke next.\n\n"
      "But he warned: \"We can only get to a peace deal if Putin is ready to make compromises.\"\n\n"
      "\"This only hardens our resolve,\" he added.");
  CHECK(speaker_of(f, "We can only get to a peace deal") == "Keir Starmer");
  CHECK(speaker_of(f, "This only hardens our resolve") == "Keir Starmer");
}

TEST_CASE("relative clauses between a name and its verb") {
  const auto f = facts("U.S. special envoy Steve Witkoff, who was present at the talks in Paris, said \"a lot of progress\" had been made.");
  CHECK(speaker_of(f, "a lot of progress") == "Steve Witkoff");
}

TEST_CASE("titles alone and possessive-free references speak for the person they name") {
  const auto f = facts(
      "Ukraine's President Volodymyr Zelensky arrived.\n\n"
      "\"Monitoring procedures must be defined,\" the Ukrainian leader said.");
  CHECK(speaker_of(f, "Monitoring procedures must be defined") == "Volodymyr Zelensky");
}

TEST_CASE("spokespeople and statements speak for their body") {
  const auto f = facts(
      "Leaders held a meeting of the Coalition of the Willing in Paris.\n\n"
      "Top diplomats \"welcomed progress,\" a French Foreign Ministry spokesperson said.\n\n"
      "\"We confirmed our support,\" a statement issued after the meeting said.\n\n"
      "\"Both the partners and the United States will play a role,\" it added.");
  CHECK(speaker_of(f, "welcomed progress") == "French Foreign Ministry");
  CHECK(speaker_of(f, "We confirmed our support") == "Coalition of the Willing");
  CHECK(speaker_of(f, "Both the partners") == "Coalition of the Willing");
}

TEST_CASE("a quotation continued in the next paragraph keeps its speaker") {
  const auto f = facts(
      "\"We want to be ready,\" Zelenskyy said.\n\n"
      "\"We need to work on the question of territory.\"\n\n"
      "\"There's an open door for 2026,\" Pedro S\u00e1nchez said. \"Europe never wanted this war.\"");
  CHECK(speaker_of(f, "We need to work on the question of territory") == "Zelenskyy");
  CHECK(speaker_of(f, "Europe never wanted this war") == "Pedro S\u00e1nchez");
}

TEST_CASE("a quotation broken by a page break is one quotation") {
  const auto f = facts(
      "\"These are not just words. There is concrete content: a joint declaration by all the coalition\n\n"
      "countries and a trilateral declaration,\" Zelensky said in Paris.");
  REQUIRE(f.quotes.size() == 1);
  CHECK(f.quotes[0].text.find("coalition countries") != std::string::npos);
  CHECK(speaker_of(f, "These are not just words") == "Zelensky");
}

TEST_CASE("names and terms in quotation marks are not quotations") {
  const auto f = facts(
      "The so-called \"Coalition of the Willing\" met. Putin has said Moscow will win what it calls its \"special military "
      "operation.\" Others work under the motto \"safe sea, sky and land.\"");
  CHECK(speaker_of(f, "Coalition of the Willing") == "");
  CHECK(speaker_of(f, "special military operation") == "");
  CHECK(speaker_of(f, "safe sea") == "");
  CHECK(f.quotes.empty());
}

TEST_CASE("the person told is not the speaker, and unnamed speakers stay unattributed") {
  const auto f = facts("European officials have told RFE/RL that there is \u201ca renewed sense of urgency\u201d.");
  CHECK(speaker_of(f, "a renewed sense of urgency") == "?");
}

TEST_CASE("according to") {
  const auto f = facts("The decision is political, according to Mark Rutte, who called it \"a milestone\".");
  CHECK(speaker_of(f, "a milestone") == "Mark Rutte");
}

TEST_CASE("quote evidence carries the rule that fired and the sentence") {
  const auto f = facts("Kushner arrived late. \"This does not mean peace,\" Jared Kushner said.");
  REQUIRE(f.quotes.size() == 1);
  CHECK(f.quotes[0].evidence.rule == "quote:after");
  CHECK(f.quotes[0].evidence.sentence == 1);
  CHECK(f.quotes[0].text == "This does not mean peace");
}

TEST_CASE("'said Secretary General X' and 'said Forum Secretary General X' name the speaker after the title") {
  CHECK(speaker_of(facts("\"We will be ready,\" said Secretary General Amara Diallo.") , "We will be ready") == "Amara Diallo");
  CHECK(speaker_of(facts("\"We will be ready,\" said Forum Secretary General Amara Diallo, who chairs the board."), "We will be ready") ==
        "Amara Diallo");
}

TEST_CASE("a capital's verb inside what a person said is reported speech: the person speaks") {
  const auto f = facts("The Canadian ambassador to NATO, Claire Dubois, said Ottawa welcomed \"a stronger Europe\" but would add no ships.");
  CHECK(speaker_of(f, "a stronger Europe") == "Claire Dubois");
  // with nobody reporting it, the state's capital is the speaker
  CHECK(speaker_of(facts("Ottawa welcomed \"a stronger Europe\" on Monday."), "a stronger Europe") == "Canada");
}
