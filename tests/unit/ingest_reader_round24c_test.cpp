// Round 24 reader rules (branch fix24c): a newspaper's web page as scraped. Texts invented for
// the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a scraped row of section links parted by runs of spaces is a menu row, not the headline") {
  const Article a = read_one(std::string("Skip to main content\n"
                                         "The Lantern\n"
                                         "Support us\n"
                                         "News | Opinion | Sport | Culture\n"
                                         "World  Europe  Americas  Asia  Pacific  Global health\n\n"
                                         "Andes\n"
                                         "Chile and Peru sign river patrol accord as talks resume in Lima\n\n"
                                         "First talks in a decade end with a deal on patrols\n\n"
                                         "Ana Ruiz in Lima\n"
                                         "Tue 4 May 2027 10.15 BST\n\n") +
                             kg::test::kBody);
  CHECK(a.title == "Chile and Peru sign river patrol accord as talks resume in Lima");
}
