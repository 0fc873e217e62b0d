// Round 20 reader rules (branch fix20b): a newsletter's header, its publisher's name in capitals
// over the newsletter's masthead.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a publisher's name in capitals over a newsletter masthead: the publisher is the outlet, the headline the title") {
  const Article a = read_one(
      "THE LANTERN\n"
      "Evening Briefing\n\n"
      "Your evening briefing: Baltic patrol pact, Andean border talks\n\n"
      "Tuesday 4 May 2027\n"
      "By Tomas Quiroga\n\n"
      "Good evening. Two stories from today: Latvia and Estonia sign a patrol pact in Riga, and Andean ministers "
      "meet in Quito. Each is summarised below.\n\n"
      "Latvia and Estonia signed a patrol pact in Riga on Tuesday. The pact creates a joint patrol of the Gulf of "
      "Riga from January.\n");
  CHECK(a.title == "Your evening briefing: Baltic patrol pact, Andean border talks");
  CHECK(a.outlet == "The Lantern");
  CHECK(a.date == "2027-05-04");
}
