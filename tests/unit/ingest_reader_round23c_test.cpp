// Round 23 reader rules (branch fix23c): a state agency's English service page. Texts invented
// for the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("'Name News Agency - ACRONYM' over its service line is a masthead, the headline under it the title") {
  const Article a = read_one(
      "Oman News Agency - ONA\n"
      "Arabic Service\n\n"
      "Oman and Jordan sign maritime pact in Muscat\n\n"
      "MUSCAT, May 2 (ONA) -- Oman and Jordan signed a maritime cooperation pact in Muscat today, the "
      "foreign ministry said.\n");
  CHECK(a.title == "Oman and Jordan sign maritime pact in Muscat");
  CHECK(a.outlet == "ONA");
}
