// Round 16 reader rules (branch fix16a): a photo caption before a wire dateline, a press
// transcript from a government site, an e-mail newsletter digest.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::kBody;
using kg::test::read_one;

TEST_CASE("a wire dateline after a photo caption still names the outlet") {
  const Article a = read_one(std::string("Chile and Peru agree fisheries patrols\n\n"
                                         "By Ana Soto\n\n"
                                         "March 3, 2026 4:10 PM GMT-3\n\n"
                                         "Peru's Foreign Minister Luis Vega arrives for talks in Lima, Peru, March 3, 2026. REUTERS/Jose Ruiz\n\n"
                                         "LIMA, March 3 (Reuters) - ") +
                             kBody);
  CHECK(a.outlet == "Reuters");
  CHECK(a.text.find("LIMA, March 3") == std::string::npos);
}
