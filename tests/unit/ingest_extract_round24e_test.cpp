// Round 24 rules, branch fix24e (docs/HELDOUT.md): a foreign ministry's press briefing, with its
// questions and answers labelled "Q -" and "A -", answered by the spokesperson who holds it.
// Invented briefings about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

namespace {

kg::ingest::DocFacts briefing_facts(const std::string& text) { return kg::ingest::extract(read_one(text), lexicon()); }

const char* const kBriefing =
    "Press briefing of 3 May 2027\n\n"
    "Press briefing given by the spokeswoman of the Foreign Ministry, Ms. Ilse Vandermeer\n"
    "Brussels, Monday, 3 May 2027\n\n"
    "Minister Pieter Claes will visit Chile on 9 May. Minister Claes will hold talks in Santiago with his "
    "counterpart.\n\n"
    "QUESTIONS AND ANSWERS\n\n"
    "Q - Will the navy send a frigate to the exercise?\n\n"
    "A - We have no plans for that. Our position has not changed.\n\n"
    "Q - What do you expect from the talks?\n\n"
    "A - We expect progress on the port agreement. The talks will go on in June.\n\n"
    "___\n"
    "[1] Treaty of Friendship, signed at Lima on 2 May 2027, Article 3(1).\n"
    "[2] Ibid., Article 5.\n";

}  // namespace

TEST_CASE("a briefing's line naming who holds it is text: the spokesperson is a person") {
  const auto f = briefing_facts(kBriefing);
  CHECK(entity(f, "Person", "Ilse Vandermeer") >= 0);
}

TEST_CASE("answers after 'Q -' are the spokesperson's, not the minister the briefing names most") {
  const auto f = briefing_facts(kBriefing);
  CHECK(speaker_starting(f, "We have no plans for that") == "Ilse Vandermeer");
  CHECK(speaker_starting(f, "We expect progress on the port agreement") == "Ilse Vandermeer");
}

TEST_CASE("an answer stops at a rule: the notes under it are nobody's words") {
  const auto f = briefing_facts(kBriefing);
  const auto* q = quote_starting(f, "We expect progress on the port agreement");
  REQUIRE(q != nullptr);
  CHECK(q->text.find("Treaty of Friendship") == std::string::npos);
  CHECK(q->text.find("go on in June") != std::string::npos);
}
