// Round 22 reader rules (branch fix22e): a state news agency's English service page. Texts
// invented for the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::kBody;
using kg::test::read_one;

TEST_CASE("an agency's masthead opening with its acronym and a dash names the agency by its full name") {
  const Article a = read_one(std::string("LNA - Lakeland News Agency\n"
                                         "English Service\n\n"
                                         "Uganda, Kenya Agree to Open a Second Border Post\n\n") +
                             kBody);
  CHECK(a.title == "Uganda, Kenya Agree to Open a Second Border Post");
  CHECK(a.outlet == "Lakeland News Agency");
}

TEST_CASE("an agency's dateline writing the day and the year joined by a slash gives the date") {
  const Article a = read_one(std::string("Uganda, Kenya Agree to Open a Second Border Post\n\n"
                                         "Kampala, March 3/2026 (LNA)\n\n") +
                             kBody);
  CHECK(a.date == "2026-03-03");
}
