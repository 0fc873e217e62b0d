// Round 19 reader rules (branch fix19b): an interview's questions in bold.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("an interview's bold questions stay in the text and are marked; a bold byline is no question") {
  const Article a = read_one(
      "# Chile's defence minister on the Pacific patrol pact\n\n"
      "*The Andes Review · Interview · 3 May 2027*\n\n"
      "**By Tomas Quiroga**\n\n"
      "Chile's defence minister, Rosa Vidal, signed a patrol pact with Peru in Lima last week. She spoke to the Review "
      "in Santiago.\n\n"
      "**Minister, what was agreed?**\n\n"
      "A joint patrol of the maritime border, from January.\n\n"
      "**Who will lead it?**\n\n"
      "Peru will lead it first. We will send two ships.\n",
      "dir/in.md");
  REQUIRE(a.questions.size() == 2);
  CHECK(a.text.compare(a.questions[0], 27, "Minister, what was agreed?\n") == 0);
  CHECK(a.text.compare(a.questions[1], 17, "Who will lead it?") == 0);
  CHECK(a.text.find("By Tomas Quiroga") == std::string::npos);
}
