// Quotations: spans, names in quotation marks, and speakers.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("speaker after the quotation, either order") {
  const auto f = facts(
      "\"We are ready,\" Emmanuel Macron said. \"The shelling must end now,\" added Steve Witkoff. "
      "\u201cThe door is open,\u201d said Keir Starmer.");
  CHECK(speaker_of(f, "We are ready") == "Emmanuel Macron");
  CHECK(speaker_of(f, "The shelling must end now") == "Steve Witkoff");
  CHECK(speaker_of(f, "The door is open") == "Keir Starmer");
}

TEST_CASE("speaker before the quotation: colon lead-ins, told, that-clauses, partial quotes") {
  const auto f = facts(
      "Jared Kushner added: \"None of this guarantees a deal.\" Emmanuel Macron told a radio station: \"I do not "
      "believe it.\" Steve Witkoff said that \"water rights\" would be the most \"difficult question\".");
  CHECK(speaker_of(f, "None of this guarantees") == "Jared Kushner");
  CHECK(speaker_of(f, "I do not believe it") == "Emmanuel Macron");
  CHECK(speaker_of(f, "water rights") == "Steve Witkoff");
  CHECK(speaker_of(f, "difficult question") == "Steve Witkoff");
}

TEST_CASE("a speech verb later in the sentence attributes an earlier partial quote") {
  const auto f = facts(
      "The \"firm\" assurances would have Canada run a patrol scheme, French President Emmanuel Macron said "
      "on Tuesday.");
  CHECK(speaker_of(f, "firm") == "Emmanuel Macron");
}

TEST_CASE("pronouns take the person before them, skipping names inside quotations") {
  const auto f = facts(
      "British Prime Minister Keir Starmer spoke next.\n\n"
      "But he cautioned: \"A truce will hold only if both sides accept the monitors.\"\n\n"
      "\"That makes us more determined,\" he added.");
  CHECK(speaker_of(f, "A truce will hold only") == "Keir Starmer");
  CHECK(speaker_of(f, "That makes us more determined") == "Keir Starmer");
}

TEST_CASE("relative clauses between a name and its verb") {
  const auto f = facts("U.S. special envoy Steve Witkoff, who attended the signing in Lima, said \"real headway\" had been made.");
  CHECK(speaker_of(f, "real headway") == "Steve Witkoff");
}

TEST_CASE("titles alone and possessive-free references speak for the person they name") {
  const auto f = facts(
      "Ukraine's President Volodymyr Zelensky arrived.\n\n"
      "\"Monitoring procedures must be defined,\" the Ukrainian leader said.");
  CHECK(speaker_of(f, "Monitoring procedures must be defined") == "Volodymyr Zelensky");
}

TEST_CASE("spokespeople and statements speak for their body") {
  const auto f = facts(
      "Leaders of the Coalition of the Willing held a meeting in Rome.\n\n"
      "Senior envoys \"noted real progress,\" a spokesperson for the French Foreign Ministry said.\n\n"
      "\"We confirmed our support,\" a statement issued after the summit said.\n\n"
      "\"Both Europe and Canada will have a part,\" it added.");
  CHECK(speaker_of(f, "noted real progress") == "French Foreign Ministry");
  CHECK(speaker_of(f, "We confirmed our support") == "Coalition of the Willing");
  CHECK(speaker_of(f, "Both Europe and Canada") == "Coalition of the Willing");
}

TEST_CASE("a quotation continued in the next paragraph keeps its speaker") {
  const auto f = facts(
      "\"We want to be ready,\" Zelenskyy said.\n\n"
      "\"The border question still needs work.\"\n\n"
      "\"The talks can resume in spring,\" Pedro S\u00e1nchez said. \"Nobody here chose this conflict.\"");
  CHECK(speaker_of(f, "The border question still needs work") == "Zelenskyy");
  CHECK(speaker_of(f, "Nobody here chose this conflict") == "Pedro S\u00e1nchez");
}

TEST_CASE("a quotation broken by a page break is one quotation") {
  const auto f = facts(
      "\"This is more than talk. There is substance here: a joint statement by all the partner\n\n"
      "states and a bilateral accord,\" Zelensky said in Rome.");
  REQUIRE(f.quotes.size() == 1);
  CHECK(f.quotes[0].text.find("partner states") != std::string::npos);
  CHECK(speaker_of(f, "This is more than talk") == "Zelensky");
}

TEST_CASE("names and terms in quotation marks are not quotations") {
  const auto f = facts(
      "The self-styled \"Friends of the Sahel\" met. Putin has said Moscow will prevail in what it calls its \"border security "
      "operation.\" Others act under the slogan \"clear skies, open seas.\"");
  CHECK(speaker_of(f, "Friends of the Sahel") == "");
  CHECK(speaker_of(f, "border security operation") == "");
  CHECK(speaker_of(f, "clear skies") == "");
  CHECK(f.quotes.empty());
}

TEST_CASE("the person told is not the speaker, and unnamed speakers stay unattributed") {
  const auto f = facts("Diplomats in Brussels told RFE/RL on Monday that there was \u201ca new mood of urgency\u201d.");
  CHECK(speaker_of(f, "a new mood of urgency") == "?");
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
