// Round 19 rules, branch fix19b (docs/HELDOUT.md): speaker turns of a parliamentary record and
// a broadcast transcript, answers of an interview in question-and-answer form, quotations inside
// them. Sentences about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a parliamentary record: an office with its holder in brackets, members with constituency and party") {
  const auto f = facts(
      "The Minister for Defence and Veterans (Helen Marsh): With permission, I will report on the meeting of Nordic "
      "defence ministers in Oslo, which I attended on Monday.\n\n"
      "Our country will send two minehunters to the new task group.\n\n"
      "Hon. Members: Hear, hear.\n\n"
      "Torquil Fairlie (Perth North) (Con): I thank the Minister. Will the minehunters be taken from existing tasks?\n\n"
      "Helen Marsh: They will not. They are additional.\n\n"
      "Madam Deputy Speaker: Order.");
  const auto* marsh = quote_starting(f, "With permission");
  REQUIRE(marsh != nullptr);
  CHECK(f.entities[static_cast<size_t>(marsh->speaker)].name == "Helen Marsh");
  // the statement runs over its two paragraphs and stops at the next label
  CHECK(marsh->text.find("two minehunters") != std::string::npos);
  CHECK(marsh->text.find("Hear") == std::string::npos);
  // a member named only in the label is a person
  CHECK(speaker_starting(f, "I thank the Minister.") == "Torquil Fairlie");
  CHECK(speaker_starting(f, "They will not.") == "Helen Marsh");
  CHECK(quote_starting(f, "Hear, hear") == nullptr);
  // the constituency in the label is no place of the text
  CHECK(entity(f, "Place", "Perth") < 0);
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
