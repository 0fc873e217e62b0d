// Round 10 reader rules: a kicker or breadcrumb is never the title, a slash date is read in the
// order its time zone writes it, a running header with a volume and a number.
#include <doctest/doctest.h>

#include "ingest/metadata.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::reader_rules;
using kg::test::kBody;
using kg::test::read_one;

TEST_CASE("a breadcrumb or kicker over the headline is not the title") {
  const Article a = read_one(std::string("Americas \xE2\x80\xBA Southern Cone\n\nChile and Peru agree joint fisheries patrols\n\n") + kBody);
  CHECK(a.title == "Chile and Peru agree joint fisheries patrols");
  const Article b = read_one(std::string("LATIN AMERICA / FISHERIES\n\nChile and Peru agree joint fisheries patrols\n\n") + kBody);
  CHECK(b.title == "Chile and Peru agree joint fisheries patrols");
}

TEST_CASE("a slash date is read in the order of its time zone") {
  CHECK(kg::ingest::parse_date_line("03/04/2026 \xC2\xB7 10:15 CET", reader_rules()) == "2026-04-03");
  CHECK(kg::ingest::parse_date_line("03/04/2026 10:15 EST", reader_rules()) == "2026-03-04");
  CHECK(kg::ingest::parse_date_line("03/04/2026", reader_rules()).empty());  // no zone: cannot be told
  CHECK(kg::ingest::parse_date_line("13/04/2026", reader_rules()) == "2026-04-13");
}

TEST_CASE("a running header with a volume and a number gives the date") {
  const std::string header = "ANDEAN SECURITY LETTER              Vol. 3, No. 9 | 4 March 2026\n\n";
  const Article a = read_one(header + "Chile and Peru agree joint\nfisheries patrols\n\n" + kBody + header + kBody);
  CHECK(a.date == "2026-03-04");
  CHECK(a.title == "Chile and Peru agree joint fisheries patrols");
}

TEST_CASE("a word broken at a line end is joined even when its halves look like words") {
  const std::string text =
      "Chile and Peru agree joint fisheries patrols\n\n"
      "Chile and Peru signed a fisheries patrol agreement in Lima on Tuesday, after Bolivia was rep-\n"
      "resented by its foreign minister at the opening of the talks in the Peruvian capital on\n"
      "Monday, officials of both governments said in a joint statement issued after the signing.\n"
      "The agreement sets up joint patrols along the maritime border from next year, officials said,\n"
      "and a fisheries research centre in the port of Ilo that the two navies will run together from\n"
      "January, the ministers said.\n";
  const Article a = read_one(text);
  CHECK(a.text.find("represented") != std::string::npos);
  CHECK(a.text.find("rep-resented") == std::string::npos);
}
