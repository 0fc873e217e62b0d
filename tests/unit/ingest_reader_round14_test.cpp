// Round 14 reader rules (branch fix14a): a press release's letterhead in capitals over a
// place-and-date line is not its title, the "City, 29 January 2026" line dates it; a date line
// with a bracketed time zone ("07:52 AM (MYT)"); a masthead in capitals names the outlet whose
// company the copyright line names.
#include <doctest/doctest.h>

#include "ingest/metadata.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::kBody;
using kg::test::read_one;
using kg::test::reader_rules;

TEST_CASE("a letterhead in capitals over a place-and-date line is not the title; the line dates the release") {
  const Article a = read_one(std::string("MINISTRY OF DEFENCE OF THE REPUBLIC OF PERU\n"
                                         "Office of Public Affairs\n\n"
                                         "PRESS RELEASE No. 102/2026\n\n"
                                         "Lima, 14 March 2026\n\n"
                                         "Peru and Chile launch joint fisheries patrols along their maritime border\n\n") +
                             kBody + "- END -\n");
  CHECK(a.title == "Peru and Chile launch joint fisheries patrols along their maritime border");
  CHECK(a.date == "2026-03-14");
  CHECK(a.text.find("PRESS RELEASE") == std::string::npos);
}

TEST_CASE("a place and a date after a comma make a date line only as a whole line") {
  CHECK(kg::ingest::parse_place_date_line("Buenos Aires, 3 April 2026", reader_rules()) == "2026-04-03");
  CHECK(kg::ingest::parse_place_date_line("Lima, March 14, 2026", reader_rules()) == "2026-03-14");
  CHECK(kg::ingest::parse_place_date_line("Lima, where talks ended on 14 March 2026", reader_rules()).empty());
  CHECK(kg::ingest::parse_place_date_line("the talks, 14 March 2026", reader_rules()).empty());
}

TEST_CASE("a date line with its time zone in brackets") {
  CHECK(kg::ingest::parse_date_line("Published: 3 Apr 2026 09:15 AM (WIB) | Updated: 3 Apr 2026 11:00 AM (WIB)", reader_rules()) ==
        "2026-04-03");
  const Article a = read_one(std::string("Chile and Peru agree joint patrols\n\n"
                                         "Published: 3 Apr 2026 09:15 AM (WIB) | Updated: 3 Apr 2026 11:00 AM (WIB)\n\n") +
                             kBody);
  CHECK(a.date == "2026-04-03");
}

TEST_CASE("a masthead in capitals names the outlet, not the company of the copyright line") {
  const Article a = read_one(std::string("ANDES OBSERVER\n\n"
                                         "Chile and Peru agree joint patrols\n\n") +
                             kBody + "\xC2\xA9 2026 Andes Observer Media Group Ltd. All rights reserved.\n");
  CHECK(a.outlet == "Andes Observer");
  // a kicker in capitals that merely begins the outlet's name is no masthead
  const Article b = read_one(std::string("SOUTH AMERICA\n\n"
                                         "Chile and Peru agree joint patrols\n\n") +
                             kBody + "\xC2\xA9 2026 South America Daily Report\n");
  CHECK(b.outlet == "South America Daily Report");
}
