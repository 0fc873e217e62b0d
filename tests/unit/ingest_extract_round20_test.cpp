// Round 20 rule of the lead (docs/EXTRACTION.md, meeting names): a meeting told by who met is
// also named after them. Sentences invented for the test, none from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'The foreign ministers of A, B and C met in X': the foreign ministers' meeting in X") {
  const auto f = facts("The foreign ministers of Chile, Peru and Bolivia met in Lima on Tuesday.");
  CHECK(entity(f, "Meeting", "foreign ministers' meeting in Lima") >= 0);
  CHECK(entity(f, "Meeting", "Lima foreign ministers' meeting") >= 0);
  // a singular office is one person meeting someone, no gathering of that office
  const auto g = facts("The foreign minister of Chile met in Lima with envoys on Tuesday.");
  CHECK(entity(g, "Meeting", "foreign minister' meeting in Lima") < 0);
}
