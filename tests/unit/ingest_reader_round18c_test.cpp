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
