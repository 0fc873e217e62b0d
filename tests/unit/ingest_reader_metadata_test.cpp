// Metadata recognisers: date lines, bylines, URLs, headline shape.
#include <doctest/doctest.h>

#include "ingest/metadata.h"
#include "reader_fixture.h"

using namespace kg::ingest;

namespace {

const ReaderRules& rules() { return kg::test::reader_rules(); }

}  // namespace

TEST_CASE("date lines in the forms news sites print them") {
  CHECK(parse_date_line("7 Jan 2026", rules()) == "2026-01-07");
  CHECK(parse_date_line("9:05 am on 3 March 2026", rules()) == "2026-03-03");
  CHECK(parse_date_line("January 06, 2026", rules()) == "2026-01-06");
  CHECK(parse_date_line("January 7, 2026", rules()) == "2026-01-07");
  CHECK(parse_date_line("Jan. 7, 2026", rules()) == "2026-01-07");
  CHECK(parse_date_line("Tuesday, 6 January 2026 | 14:05 GMT", rules()) == "2026-01-06");
  CHECK(parse_date_line("Published: March 3rd, 2026", rules()) == "2026-03-03");
  CHECK(parse_date_line("Updated 2026-02-14T09:30:00Z", rules()) == "2026-02-14");
  CHECK(parse_date_line("2026-01-07", rules()) == "2026-01-07");
  CHECK(parse_date_line("07.01.2026", rules()) == "2026-01-07");
  CHECK(parse_date_line("13/01/2026", rules()) == "2026-01-13");
  CHECK(parse_date_line("01/13/2026", rules()) == "2026-01-13");
  CHECK(parse_date_line("Feb 29, 2024", rules()) == "2024-02-29");
}

TEST_CASE("lines that are not dates, or not only dates, give no date") {
  CHECK(parse_date_line("01/02/2026", rules()).empty());  // day and month ambiguous
  CHECK(parse_date_line("Feb 30, 2026", rules()).empty());
  CHECK(parse_date_line("March 2026", rules()).empty());
  CHECK(parse_date_line("May 7", rules()).empty());
  CHECK(parse_date_line("The talks on January 6, 2026 ended", rules()).empty());
  CHECK(parse_date_line("Paris, January 6, 2026", rules()).empty());
  CHECK(parse_date_line("", rules()).empty());
}

TEST_CASE("a date at the start of a line, and where it ends") {
  size_t used = 0;
  CHECK(parse_date_prefix("2026-01-07 Lima accord holds firm", rules(), used) == "2026-01-07");
  CHECK(used == 10);
  CHECK(parse_date_prefix("January 7, 2026 Allies agree", rules(), used) == "2026-01-07");
  CHECK(used == 15);
  CHECK(parse_date_prefix("Paris declaration 2026-01-07", rules(), used).empty());
}

TEST_CASE("bylines: authors, wires credited with 'for', outlets after a comma") {
  Byline b;
  REQUIRE(parse_byline("By Claire Morel for AFP, Luca Bianchi for AFP and Olena Shevchuk for AFP", rules(), b));
  CHECK(b.authors == std::vector<std::string>{"Claire Morel", "Luca Bianchi", "Olena Shevchuk"});
  CHECK(b.outlets == std::vector<std::string>{"AFP", "AFP", "AFP"});
  REQUIRE(parse_byline("By Rikard Jozwiak", rules(), b));
  CHECK(b.authors == std::vector<std::string>{"Rikard Jozwiak"});
  CHECK(b.outlets.empty());
  REQUIRE(parse_byline("BY JOHN SMITH and Ursula von der Leyen, Reuters", rules(), b));
  CHECK(b.authors == std::vector<std::string>{"John Smith", "Ursula von der Leyen"});
  CHECK(b.outlets == std::vector<std::string>{"Reuters"});
  REQUIRE(parse_byline("Written by Anna Kovalenko in Kyiv", rules(), b));
  CHECK(b.authors == std::vector<std::string>{"Anna Kovalenko"});
}

TEST_CASE("sentences that start with 'By' are not bylines") {
  Byline b;
  CHECK_FALSE(parse_byline("By Tuesday evening, the allies had agreed.", rules(), b));
  CHECK_FALSE(parse_byline("By contrast, Germany hesitated", rules(), b));
  CHECK_FALSE(parse_byline("By 2030 the force would number 30,000", rules(), b));
  CHECK_FALSE(parse_byline("Bypass Road", rules(), b));
}

TEST_CASE("URLs, their hosts and path dates") {
  CHECK(is_url("https://www.themoscowtimes.com/2026/03/04/x-a90001"));
  CHECK(is_url("www.rnz.co.nz/news"));
  CHECK_FALSE(is_url("see https://x.com"));
  CHECK(url_host("https://www.themoscowtimes.com/2026/03/04/x") == "themoscowtimes.com");
  CHECK(url_host("http://edition.cnn.com:80/x?y") == "edition.cnn.com");
  CHECK(url_host("https://localhost/x").empty());
  CHECK(url_path_date("https://www.themoscowtimes.com/2026/03/04/baltic-patrols-a90001") == "2026-03-04");
  CHECK(url_path_date("https://www.rferl.org/a/ukraine-guarantees/33640000.html").empty());
}

TEST_CASE("headline shape and sentence ends") {
  CHECK(is_headline_like("Baltic Allies Back Sea Patrols After Rome 'Progress'"));
  CHECK(is_headline_like("'Critical issue'"));
  CHECK(is_headline_like("Will Europe send troops to Ukraine?"));
  CHECK(is_headline_like("Guarantees After Russian War Ends \xE2\x80\x93"));
  CHECK_FALSE(is_headline_like("Zelensky said he was pleased with the result."));
  CHECK_FALSE(is_headline_like("\"Whatever Moscow says, it is not acting as if it wants a deal.\""));
  CHECK_FALSE(is_headline_like("and so the talks went on"));
  CHECK(ends_sentence("he said."));
  CHECK(ends_sentence("\"today.\""));
  CHECK(ends_sentence("today.\xE2\x80\x9D"));
  CHECK_FALSE(ends_sentence("all the coalition"));
  CHECK_FALSE(ends_sentence("under President Donald Trump"));
}
