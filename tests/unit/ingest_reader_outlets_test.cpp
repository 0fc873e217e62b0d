// The reader's outlet, title and date evidence beyond datelines and known outlets: copyright
// and app lines, PDF running headers, mastheads, bylines with middle dots, navigation menus.
#include <doctest/doctest.h>

#include "ingest/metadata.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::reader_rules;
using kg::test::kBody;
using kg::test::read_one;

TEST_CASE("an outlet named only in the closing copyright line") {
  const Article a = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n") + kBody +
                             "Cookie settings | Terms of use | \xC2\xA9 2025 Andean Coast Courier. All rights reserved.\n");
  CHECK(a.outlet == "Andean Coast Courier");
  CHECK(a.title == "Chile and Peru agree joint fisheries patrols");
  const Article b = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n") + kBody +
                             "Copyright 2025 Pampas Evening Post\n");
  CHECK(b.outlet == "Pampas Evening Post");
}

TEST_CASE("an app line names the outlet") {
  const Article a = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n") + kBody +
                             "Download the Lima Morning Wire app for alerts\n");
  CHECK(a.outlet == "Lima Morning Wire");
  CHECK(a.text.find("Download") == std::string::npos);
}

TEST_CASE("a PDF running header gives outlet and date, not the title, and is dropped on every page") {
  const Article a = read_one(
      "ANDEAN SECURITY MONITOR          Issue 7 | 2 June 2025\n\n"
      "Fisheries pact: what Lima and Santiago\nactually agreed\n\nBy Lucia Quispe\n\n"
      "Chile and Peru signed a fisheries patrol agreement in Lima on Tuesday after a week of\n"
      "talks, officials said.\n\n"
      "ANDEAN SECURITY MONITOR          Issue 7 | 2 June 2025\n\n"
      "The agreement sets up joint patrols along the maritime border from next year.\n");
  CHECK(a.outlet == "Andean Security Monitor");
  CHECK(a.date == "2025-06-02");
  CHECK(a.title == "Fisheries pact: what Lima and Santiago actually agreed");
  CHECK(a.text.find("Issue 7") == std::string::npos);
}

TEST_CASE("a masthead line beside the byline is the outlet, not the headline") {
  const Article a = read_one(std::string("Chile and Peru agree joint fisheries patrols\nPacific Rim Digest\nBy Lucia Quispe\n"
                                         "June 3, 2025\n\n") + kBody);
  CHECK(a.outlet == "Pacific Rim Digest");
  CHECK(a.title == "Chile and Peru agree joint fisheries patrols");
  CHECK(a.authors == std::vector<std::string>{"Lucia Quispe"});
}

TEST_CASE("a byline with middle dots: author, date and outlet") {
  kg::ingest::Byline b;
  REQUIRE(kg::ingest::parse_byline("By Lucia Quispe \xC2\xB7 3 June 2025 \xC2\xB7 Andean Security Review", reader_rules(), b));
  CHECK(b.authors == std::vector<std::string>{"Lucia Quispe"});
  CHECK(b.date == "2025-06-03");
  CHECK(b.outlets == std::vector<std::string>{"Andean Security Review"});
}

TEST_CASE("published and updated times on one line; navigation menus are not titles") {
  CHECK(kg::ingest::parse_date_line("Published 03.06.2025 09:10 | Updated 03.06.2025 17:45", reader_rules()) == "2025-06-03");
  CHECK(kg::ingest::parse_date_line("Tuesday, 6 January 2026 | 14:05 GMT", reader_rules()) == "2026-01-06");
  CHECK(kg::ingest::parse_date_line("Published 03.06.2025 | Lima bureau", reader_rules()).empty());
  const Article a = read_one(std::string("Skip to main content\nMenu | Search | Sign in\nWorld Americas Defence Opinion Podcasts\n\n"
                                         "Chile and Peru agree joint fisheries patrols\n"
                                         "Published 03.06.2025 09:10 | Updated 03.06.2025 17:45\n\n") + kBody);
  CHECK(a.title == "Chile and Peru agree joint fisheries patrols");
  CHECK(a.date == "2025-06-03");
}

TEST_CASE("all-capital mastheads are reported in title case") {
  CHECK(kg::ingest::outlet_display_name("GULF OF ADEN OBSERVER") == "Gulf of Aden Observer");
  CHECK(kg::ingest::outlet_display_name("SAHEL & COAST BULLETIN") == "Sahel & Coast Bulletin");
  CHECK(kg::ingest::outlet_display_name("RNZ") == "RNZ");
  CHECK(kg::ingest::outlet_display_name("Baltic Times") == "Baltic Times");
}

TEST_CASE("an unknown site's host names the outlet when it ends in a publication noun") {
  CHECK(kg::ingest::outlet_from_host("northerndispatch.eu", reader_rules()) == "Northern Dispatch");
  CHECK(kg::ingest::outlet_from_host("baltic-review.org", reader_rules()) == "Baltic Review");
  CHECK(kg::ingest::outlet_from_host("news.andeanherald.co.uk", reader_rules()) == "Andean Herald");
  CHECK(kg::ingest::outlet_from_host("example.com", reader_rules()).empty());
  CHECK(kg::ingest::outlet_from_host("politico.eu", reader_rules()).empty());
  CHECK(kg::ingest::outlet_from_host("baltic-security.org", reader_rules()).empty());  // no publication noun last
  CHECK(kg::ingest::outlet_from_host("localhost", reader_rules()).empty());

  // Weakest evidence: the URL's guess names the outlet only when nothing in the text does,
  // and it is the article's metadata, not a name its text mentions.
  const Article a = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n") + kBody +
                             "Original url: https://www.andeanherald.org/2025/06/03/fisheries\n");
  CHECK(a.outlet == "Andean Herald");
  CHECK(a.outlets_named.empty());
  const Article b = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n") + kBody +
                             "Original url: https://www.andeanherald.org/2025/06/03/fisheries\n"
                             "Copyright 2025 Pampas Evening Post\n");
  CHECK(b.outlet == "Pampas Evening Post");
  CHECK(b.outlets_named == std::vector<std::string>{"Pampas Evening Post"});
}

TEST_CASE("agencies a photo credit names are named in the text, not the outlet") {
  const Article a = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n"
                                         "Ministers meet the press in Lima. Reuters / Omar Haddad\n\n") + kBody +
                             "By Ana Ruiz for AFP\n");
  CHECK(a.outlet == "AFP");
  CHECK(a.outlets_named == std::vector<std::string>{"AFP", "Reuters"});
  CHECK(a.text.find("Haddad") == std::string::npos);
  // A copyright sign before the photographer; an agency credited "via" another.
  const Article b = read_one(std::string("Chile and Peru agree joint fisheries patrols\n\n"
                                         "Ministers meet the press in Lima. \xC2\xA9 Ana Ruiz / EPA\n\n"
                                         "Ministers leave the palace in Lima. AFP via Getty Images\n\n") + kBody);
  CHECK(b.outlets_named == std::vector<std::string>{"EPA", "AFP", "Getty Images"});
  CHECK(b.text.find("Ruiz") == std::string::npos);
}

TEST_CASE("a masthead and navigation lines above the headline are neither title nor text") {
  const Article a = read_one(std::string("Skip to main content\nTHE ANDEAN STANDARD\n"
                                         "Home | Americas | Diplomacy | Trade | Podcasts | Events\n"
                                         "Search   Log in   Subscribe from $2\n\nDEFENCE\n\n"
                                         "Chile and Peru agree joint fisheries patrols\n\n") + kBody);
  CHECK(a.title == "Chile and Peru agree joint fisheries patrols");
  CHECK(a.outlet == "The Andean Standard");
  CHECK(a.text.find("Podcasts") == std::string::npos);
  CHECK(a.text.find("Subscribe") == std::string::npos);
}
