// Round 15 reader rules (branch fix15a): a news agency's service line with its acronym in
// brackets is a masthead naming the outlet, not the title; a wide-spaced menu row of section
// names is dropped.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::kBody;
using kg::test::read_one;

TEST_CASE("an agency's service line with its acronym in brackets names the outlet, not the title") {
  const Article a = read_one(std::string("Oman News Agency (ONA)\n"
                                         "Home | Local | International | Sports\n\n"
                                         "Oman and Yemen agree to reopen the Sarfait border crossing\n\n"
                                         "POLITICS\n") +
                             kBody);
  CHECK(a.title == "Oman and Yemen agree to reopen the Sarfait border crossing");
  CHECK(a.outlet == "ONA");
}

TEST_CASE("a wide-spaced menu row of section names is no title") {
  const Article a = read_one(std::string("The Northern Courier\n"
                                         "News   Opinion   Sport   Culture   Lifestyle\n\n"
                                         "Norway and Sweden open a joint air patrol centre in Bodo\n\n") +
                             kBody);
  CHECK(a.title == "Norway and Sweden open a joint air patrol centre in Bodo");
}
