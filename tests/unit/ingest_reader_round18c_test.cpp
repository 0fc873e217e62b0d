// Round 18 reader rules (branch fix18c): a meetings-coverage release whose header names the
// body's numbered meeting, a markdown explainer's outlet line and its "Originally published at"
// line. Texts invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kRelease =
    "UN Web | Press Releases\n\n"
    "GENERAL ASSEMBLY\n"
    "812TH PLENARY MEETING (PM)\n"
    "GA/13044\n"
    "3 MARCH 2027\n\n"
    "General Assembly Adopts Text on Early Warning for Coastal States, Calling for Regional Centres\n\n"
    "Delegates Hear 'Urgent Appeal' from Island States as Sea Levels Rise\n\n"
    "The General Assembly this afternoon adopted a resolution on early warning for coastal states.\n\n"
    "The representative of Norway said his country would fund two centres.\n";

}  // namespace

TEST_CASE("a body's name in capitals over its numbered meeting opens the text as one sentence") {
  const Article a = read_one(kRelease);
  CHECK(a.text.rfind("General Assembly 812th plenary meeting.\n\n", 0) == 0);
  CHECK(a.text.find("GA/13044") == std::string::npos);
}

TEST_CASE("the lines over a numbered meeting header are the issuer's: the headline under it is the title") {
  const Article a = read_one(kRelease);
  CHECK(a.title == "General Assembly Adopts Text on Early Warning for Coastal States, Calling for Regional Centres");
  CHECK(a.date == "2027-03-03");
}

TEST_CASE("an italic 'Outlet · Section · date' line gives the outlet before the section label, and the date") {
  const Article a = read_one(
      "# Explainer: five questions on the new coast guard network\n\n"
      "*Lagoon Review · Explainers · 2 March 2027*\n\n"
      "**By Ana Lima and Rui Costa**\n\n" +
      std::string(kg::test::kBody));
  CHECK(a.outlet == "Lagoon Review");
  CHECK(a.date == "2027-03-02");
  CHECK(a.text.find("Explainers") == std::string::npos);
}

TEST_CASE("'Originally published at URL' without a colon is the article's own url") {
  const Article a = read_one(std::string("# Coast guards agree patrols\n\n") + kg::test::kBody +
                             "*Originally published at https://lagoonreview.example/explainers/coast-guards*\n");
  CHECK(a.url == "https://lagoonreview.example/explainers/coast-guards");
  CHECK(a.text.find("Originally published") == std::string::npos);
}
