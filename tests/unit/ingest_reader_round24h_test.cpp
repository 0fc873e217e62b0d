// Round 24 reader rules (branch fix24h): a scraped page's own address printed on the line under
// its dateline, below a standfirst. Texts invented for the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a bare URL on the line under the dateline is the article's own, even below the standfirst") {
  const Article a = read_one(
      "Baltic Courier\n"
      "Europe\n"
      "Estonia and Finland agree on a joint coastal patrol\n\n"
      "The two navies will share a command post in Kotka. Critics call the plan too slow.\n\n"
      "03/14/2029\n"
      "https://www.example.org/en/estonia-finland-coastal-patrol/a-5512\n\n"
      "Estonia and Finland agreed on Tuesday to set up a joint coastal patrol in the Gulf of Finland.\n");
  CHECK(a.url == "https://www.example.org/en/estonia-finland-coastal-patrol/a-5512");
}

TEST_CASE("a URL in the body after a blank line is not taken as the article's own") {
  const Article a = read_one(
      "Baltic Courier\n"
      "Estonia and Finland agree on a joint coastal patrol\n\n"
      "Estonia and Finland agreed on Tuesday to set up a joint coastal patrol in the Gulf of Finland.\n\n"
      "03/14/2029\n\n"
      "https://www.example.org/en/older-story/a-4410\n\n"
      "The patrol will start in June.\n");
  CHECK(a.url.empty());
}
