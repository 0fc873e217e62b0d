// Round 18 reader rules (branch fix18d): a state agency's web page, whose service line names the
// agency, its editor and a timestamp between pipes, under a site line and a menu row.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::kBody;
using kg::test::read_one;

TEST_CASE("a service line 'Source: X | Editor: Y | timestamp' gives the outlet and the date; the editor is no author") {
  const Article a = read_one(std::string("Andes Portal | English\n\n"
                                         "Home | Region | World | Economy | Culture | Photos\n\n"
                                         "Chile and Peru sign fisheries patrol pact in Lima\n\n"
                                         "Source: AFP | Editor: Marta Quiroga | 2026-03-17 09:05:12\n\n") +
                             kBody);
  CHECK(a.outlet == "AFP");
  CHECK(a.date == "2026-03-17");
  CHECK(a.authors.empty());
  CHECK(a.title == "Chile and Peru sign fisheries patrol pact in Lima");
}

TEST_CASE("a photo credit in brackets '(Agency/Name)' closes a caption; the dateline after the caption is cut") {
  const Article a = read_one(std::string("Chile and Peru sign fisheries patrol pact in Lima\n\n"
                                         "Source: AFP | Editor: Marta Quiroga | 2026-03-17 09:05:12\n\n"
                                         "Chilean Foreign Minister Jorge Pizarro (L) and his Peruvian counterpart Ana Quispe (R) "
                                         "shake hands in Lima, March 17, 2026. (AFP/Luis Tello)\n\n"
                                         "LIMA, March 17 (AFP) -- Chile and Peru signed a fisheries patrol agreement in Lima on "
                                         "Tuesday, officials said.\n\n"
                                         "The agreement sets up joint patrols along the maritime border from next year.\n\n"));
  CHECK(a.text.find("(AFP/Luis Tello)") == std::string::npos);
  CHECK(a.text.find("LIMA, March 17") == std::string::npos);
  CHECK(a.text.find("Chile and Peru signed a fisheries patrol agreement") != std::string::npos);
  CHECK(a.text.find("shake hands in Lima") != std::string::npos);
}
