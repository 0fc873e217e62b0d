// Round 19 rules, branch fix19b (docs/HELDOUT.md): speaker turns of a parliamentary record and
// a broadcast transcript, answers of an interview in question-and-answer form, quotations inside
// them. Sentences about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

TEST_CASE("a parliamentary record: an office with its holder in brackets, members with constituency and party") {
  const auto f = facts(
      "The Minister for Defence and Veterans (Helen Gorrie): With permission, I will report on the meeting of Nordic "
      "defence ministers in Oslo, which I attended on Monday. Norway was represented by its minister of defence, Olav "
      "Brekke. As Olav Brekke put it to the ministers, \"the north is one front.\"\n\n"
      "Our country will send two minehunters to the new task group.\n\n"
      "Hon. Members: Hear, hear.\n\n"
      "Torquil Fairlie (Glasgow North) (Con): I thank the Minister. Will the minehunters be taken from existing tasks?\n\n"
      "Helen Gorrie: They will not. They are additional.\n\n"
      "Madam Deputy Speaker: Order.");
  const auto* gorrie = quote_starting(f, "With permission");
  REQUIRE(gorrie != nullptr);
  CHECK(f.entities[static_cast<size_t>(gorrie->speaker)].name == "Helen Gorrie");
  // the statement runs over its two paragraphs and stops at the next label
  CHECK(gorrie->text.find("two minehunters") != std::string::npos);
  CHECK(gorrie->text.find("Hear") == std::string::npos);
  // "As X put it, ..." names the speaker of a quotation inside the turn
  CHECK(speaker_starting(f, "the north is one front") == "Olav Brekke");
  // a member named only in the label is a person
  CHECK(speaker_starting(f, "I thank the Minister.") == "Torquil Fairlie");
  CHECK(speaker_starting(f, "They will not.") == "Helen Gorrie");
  CHECK(quote_starting(f, "Hear, hear") == nullptr);
  // the constituency in the label is no place of the text
  CHECK(entity(f, "Place", "Glasgow") < 0);
  CHECK(quote_starting(f, "Order") == nullptr);
}

TEST_CASE("a label in capitals names one of two people of the same family name by the given name") {
  const auto f = facts(
      "[00:00:05]\n\nANCHOR: Ministers met in Vilnius today. Our reporter has more.\n\n"
      "[00:00:12]\n\nREPORTER (voice-over): Latvia's foreign minister, Olga Petrenko, chaired the meeting. Her husband, "
      "Ivan Petrenko, the country's energy minister, also spoke.\n\n"
      "[00:00:30]\n\nOLGA PETRENKO (on camera, outside the Seimas palace in the old town): We agreed on a common grid.\n\n"
      "[00:00:41]\n\nANCHOR: Thank you.");
  CHECK(speaker_starting(f, "We agreed on a common grid.") == "Olga Petrenko");
  CHECK(quote_starting(f, "Ministers met in Vilnius") == nullptr);
}

TEST_CASE("an interview in question-and-answer form: each answer is one quote of the person its introduction is about") {
  const auto arts = kg::ingest::read_articles(
      "# Chile's defence minister on the Pacific patrol pact\n\n"
      "*The Andes Review · Interview · 3 May 2027*\n\n"
      "**By Tomas Quiroga**\n\n"
      "Defence ministers of the Pacific Alliance met in Lima last week, at a session chaired by Peru's defence "
      "minister, Ignacio Paredes. Chile's defence minister, Ximena Vidal, led her country's delegation. She spoke to the "
      "Review in Santiago.\n\n"
      "**Minister, what was agreed?**\n\n"
      "A joint patrol of the maritime border, from January. As Minister Paredes said at the opening, \"the sea "
      "does not stop at our border\".\n\n"
      "It took us two years.\n\n"
      "**Who will lead it?**\n\n"
      "Peru will lead it first. We will send two ships.\n\n"
      "\"Write that we were ready,\" the minister said as we left.\n",
      "dir/in.md", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  const auto f = kg::ingest::extract(arts[0], lexicon());
  const auto* first = quote_starting(f, "A joint patrol");
  REQUIRE(first != nullptr);
  CHECK(f.entities[static_cast<size_t>(first->speaker)].name == "Ximena Vidal");
  // the answer runs over its paragraphs up to the next question
  CHECK(first->text.find("two years") != std::string::npos);
  CHECK(first->text.find("Who will lead") == std::string::npos);
  // a quotation inside an answer keeps its own speaker
  CHECK(speaker_starting(f, "the sea does not stop") == "Ignacio Paredes");
  // the closing narration is no part of the last answer
  const auto* second = quote_starting(f, "Peru will lead it first.");
  REQUIRE(second != nullptr);
  CHECK(f.entities[static_cast<size_t>(second->speaker)].name == "Ximena Vidal");
  CHECK(second->text.find("Write that") == std::string::npos);
  // "the minister" of the narration after the questions is the interviewee, not Minister Paredes
  CHECK(speaker_starting(f, "Write that we were ready") == "Ximena Vidal");
  CHECK(quote_starting(f, "Minister, what was agreed") == nullptr);
  CHECK(quote_starting(f, "Defence ministers of the Pacific Alliance") == nullptr);
}

TEST_CASE("an interview with 'Q:' and 'A:' labels: each answer is one quote of the interviewee") {
  const auto f = facts(
      "Ghana's foreign minister, Ama Asantewaa, chaired the coastal security talks in Accra last week. She spoke to the "
      "Gazette on Monday.\n\n"
      "Q: What was agreed?\n\n"
      "A: A joint patrol of the coast, from March.\n\n"
      "We will send three boats.\n\n"
      "Q: Will Togo join?\n\n"
      "A: Togo will join next year.");
  const auto* first = quote_starting(f, "A joint patrol");
  REQUIRE(first != nullptr);
  CHECK(f.entities[static_cast<size_t>(first->speaker)].name == "Ama Asantewaa");
  CHECK(first->text.find("three boats") != std::string::npos);
  CHECK(speaker_starting(f, "Togo will join next year.") == "Ama Asantewaa");
  CHECK(quote_starting(f, "What was agreed") == nullptr);
}

TEST_CASE("a speaker whose title names no state speaks for the state she says she represented") {
  const auto f = facts(
      "The Minister for Defence and Veterans (Helen Gorrie): I attended the talks in Oslo on Monday. I represented "
      "Denmark, and we will send two minehunters to the Baltic Mine Countermeasures Task Group.\n\n"
      "Torquil Fairlie (Glasgow North) (Con): I thank the Minister.\n\n"
      "Helen Gorrie: I am grateful.");
  CHECK(related(f, "COMMITS", "Denmark", "Baltic Mine Countermeasures Task Group"));
}

TEST_CASE("an explainer's bold questions answered in the third person are no interview") {
  const auto arts = kg::ingest::read_articles(
      "# What the Pacific patrol pact means\n\n"
      "*The Andes Review · Explainer · 3 May 2027*\n\n"
      "Chile's defence minister, Ximena Vidal, signed a patrol pact with Peru in Lima last week.\n\n"
      "**What was agreed?**\n\n"
      "A joint patrol of the maritime border, from January. Vidal called it a turning point.\n\n"
      "**Who will lead it?**\n\n"
      "Peru will lead it first, and Chile will send two ships.\n",
      "dir/in.md", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  const auto f = kg::ingest::extract(arts[0], lexicon());
  CHECK(quote_starting(f, "A joint patrol") == nullptr);
  CHECK(quote_starting(f, "Peru will lead it first") == nullptr);
}

TEST_CASE("a broadcast caption over a soundbite gives the speaker's office") {
  const auto f = facts(
      "ANCHOR: Good evening. Baltic ministers met in Riga today.\n\n"
      "REPORTER (voice-over): Lithuania sent Marta Ozola, and Estonia sent Peeter Kuusk.\n\n"
      "CAPTION: MARTA OZOLA | Deputy Foreign Minister, Republic of Lithuania\n\n"
      "MARTA OZOLA (in Lithuanian, interpreted): We agreed on a common grid.\n\n"
      "CAPTION: PEETER KUUSK | Energy expert\n\n"
      "PEETER KUUSK: It will take years.");
  const auto* r = relation(f, "HOLDS_OFFICE", "Marta Ozola", "Lithuania");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("title") == "Deputy Foreign Minister");
  CHECK(speaker_starting(f, "We agreed on a common grid.") == "Marta Ozola");
  // a caption with no office of the lexicon gives none
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Peeter Kuusk", "Estonia"));
}
