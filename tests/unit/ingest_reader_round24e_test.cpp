// Round 24 reader rules (branch fix24e): a ministry's press briefing with "Q -" / "A -" turns and
// notes under a rule. Texts invented for the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kBriefing =
    "Press briefing of 3 May 2027\n\n"
    "Press briefing given by the spokeswoman of the Foreign Ministry, Ms. Ilse Vandermeer\n"
    "Brussels, Monday, 3 May 2027\n\n"
    "Minister Pieter Claes will visit Chile on 9 May.\n\n"
    "Q - Will the navy send a frigate to the exercise?\n\n"
    "A - We have no plans for that.\n\n"
    "Q - What do you expect from the talks?\n\n"
    "A - We expect progress.\n\n"
    "___\n"
    "[1] Treaty of Friendship, signed at Lima on 2 May 2027, Article 3(1).\n";

}  // namespace

TEST_CASE("the line naming who holds a briefing is text, though it ends without a full stop") {
  const Article a = read_one(kBriefing);
  CHECK(a.text.find("given by the spokeswoman of the Foreign Ministry, Ms. Ilse Vandermeer") != std::string::npos);
}

TEST_CASE("a question labelled 'Q -' stays text among the answers") {
  const Article a = read_one(kBriefing);
  CHECK(a.text.find("Q - Will the navy send a frigate to the exercise?") != std::string::npos);
}

TEST_CASE("the first paragraph under a rule is marked") {
  const Article a = read_one(kBriefing);
  REQUIRE(a.after_rules.size() == 1);
  CHECK(a.text.compare(a.after_rules[0], 19, "Treaty of Friendshi") == 0);
}
