// Round 16 rules, branch fix16a (docs/HELDOUT.md): transcript speaker turns as quotes, people
// apposed to "an analyst at ...", middle initials, documents and their signing, meetings and
// places. Sentences about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

// The quote whose text starts with `words`, or nullptr.
const kg::ingest::LocalQuote* quote_starting(const kg::ingest::DocFacts& f, const std::string& words) {
  for (const auto& q : f.quotes) {
    if (q.text.rfind(words, 0) == 0) return &q;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a person apposed to 'an analyst at X' is a person and speaks the quotes after") {
  const auto f = facts("Tomasz Nowicki, a researcher at the Baltic Policy Forum in Riga, said the talks had stalled. "
                       "\"Nobody wants to move first,\" he said. \"That is the whole problem.\"");
  CHECK(entity(f, "Person", "Tomasz Nowicki") >= 0);
  CHECK(speaker_of(f, "Nobody wants to move first") == "Tomasz Nowicki");
  CHECK(speaker_of(f, "That is the whole problem.") == "Tomasz Nowicki");
}

TEST_CASE("a middle initial stays inside the name") {
  const auto f = facts("Chile's president, Ricardo T. Olmedo, met the Peruvian foreign minister in Lima. Olmedo said the "
                       "border talks would resume.");
  CHECK(entity(f, "Person", "Ricardo T. Olmedo") >= 0);
  CHECK(entity(f, "Person", "Ricardo T") < 0);
  CHECK(count_kind(f, "Person") == 1);
}

TEST_CASE("a transcript turn of a named speaker is one quote of that person; moderator and questions are not") {
  const auto f = facts(
      "MODERATOR: Welcome to the press conference of President Marta Ilves of Estonia and Prime Minister Jonas Berg of "
      "Norway. [applause]\n\n"
      "PRESIDENT ILVES: Thank you all for coming. Today we agreed to deepen our cyber cooperation. [applause]\n\n"
      "Our experts will meet again in Tallinn in May.\n\n"
      "Q: A question for the Prime Minister. Will Norway send more ships?\n\n"
      "PRIME MINISTER BERG (through an interpreter): We will send two frigates next year. The Kremlin called that "
      "\"a provocation\", but we disagree.\n\n"
      "MODERATOR: That concludes our press conference.");
  const auto* ilves = quote_starting(f, "Thank you all for coming.");
  REQUIRE(ilves != nullptr);
  CHECK(f.entities[static_cast<size_t>(ilves->speaker)].name == "Marta Ilves");
  // two paragraphs, one utterance; the note in brackets is dropped
  CHECK(ilves->text == "Thank you all for coming. Today we agreed to deepen our cyber cooperation. Our experts will meet "
                       "again in Tallinn in May.");
  const auto* berg = quote_starting(f, "We will send two frigates");
  REQUIRE(berg != nullptr);
  CHECK(f.entities[static_cast<size_t>(berg->speaker)].name == "Jonas Berg");
  CHECK(speaker_of(f, "a provocation") == "Russia");
  CHECK(quote_starting(f, "Welcome to the press conference") == nullptr);
  CHECK(quote_starting(f, "A question for the Prime Minister") == nullptr);
  CHECK(quote_starting(f, "That concludes") == nullptr);
}

TEST_CASE("a single capitalised lead-in is no transcript turn") {
  const auto f = facts("UPDATE: Prime Minister Jonas Berg of Norway said the frigates would sail in May.\n\n"
                       "Berg spoke in Oslo after a cabinet meeting.");
  CHECK(f.quotes.empty());
}
