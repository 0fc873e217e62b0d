// Round 23 reader rules (branch fix23a): a colon-only dateline ("CITY: Text") names the article's
// place as a wire dateline does, and is left in the text (a transcript's speaker label has its shape).
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a colon-only dateline's place is kept aside, and the text keeps it") {
  const Article a = read_one(
      "Ministers agree river patrol\n\n"
      "LILONGWE: Ministers of Malawi and Zambia agreed on Tuesday to set up a joint river patrol at talks hosted by "
      "Malawi at Capital Hill.\n\n"
      "The patrol will start in August, officials said.\n");
  CHECK(a.dateline_place == "LILONGWE");
  CHECK(a.text.find("LILONGWE") != std::string::npos);
}

TEST_CASE("a paragraph opening with a sentence is no colon-only dateline") {
  const Article a = read_one(
      "Ministers agree river patrol\n\n"
      "Ministers of Malawi and Zambia agreed on Tuesday: the patrol will start in August.\n");
  CHECK(a.dateline_place.empty());
}
