// Round 11 reader rule: a line holding only a publication's name and a date ("Andes Weekly ·
// 9 May 2026", often set in italics under a markdown headline) gives the outlet and the date; a
// place and a date on such a line name no outlet.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* kBody = "Chile and Peru signed a fisheries patrol agreement in Lima on Tuesday, officials said.\n\n";

}  // namespace

TEST_CASE("an italic 'Outlet · date' line under the headline names the outlet and the date") {
  const Article a = read_one(std::string("# Chile and Peru agree joint patrols\n\n*Andes Weekly \xC2\xB7 9 May 2026*\n\n") + kBody, "dir/in.md");
  CHECK(a.outlet == "Andes Weekly");
  CHECK(a.date == "2026-05-09");
  CHECK(a.title == "Chile and Peru agree joint patrols");
  const Article b = read_one(std::string("# Chile and Peru agree joint patrols\n\nPacific Herald | May 9, 2026\n\n") + kBody, "dir/in.md");
  CHECK(b.outlet == "Pacific Herald");
  CHECK(b.date == "2026-05-09");
}

TEST_CASE("a kicker before 'Outlet · date' ('Long read · Outlet · date') is passed over") {
  const Article a =
      read_one(std::string("# Chile and Peru agree joint patrols\n\n*Long read \xC2\xB7 The Andes Review \xC2\xB7 9 May 2026*\n\n") + kBody,
               "dir/in.md");
  CHECK(a.outlet == "The Andes Review");
  CHECK(a.date == "2026-05-09");
  // a kicker and a place: still no outlet
  const Article b =
      read_one(std::string("# Chile and Peru agree joint patrols\n\n*Analysis \xC2\xB7 Santiago \xC2\xB7 9 May 2026*\n\n") + kBody, "dir/in.md");
  CHECK(b.outlet.empty());
}

TEST_CASE("a place and a date on such a line name no outlet") {
  const Article a = read_one(std::string("# Chile and Peru agree joint patrols\n\n*Santiago \xC2\xB7 9 May 2026*\n\n") + kBody, "dir/in.md");
  CHECK(a.outlet.empty());
}
