// Round 20 rules, branch fix20a (docs/HELDOUT.md): who is said to be at a meeting. Sentences about
// states, bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("'The presidents of A and B came, as did the prime minister of C': all three attend the article's meeting") {
  const auto f = facts(
      "QUITO, May 4 - The 9th Andean Community summit opened in Quito on Monday. The prime ministers of Peru and Bolivia "
      "came, as did the presidents of Colombia and Paraguay.");
  CHECK(related(f, "ATTENDED", "Peru", "Andean Community summit"));
  CHECK(related(f, "ATTENDED", "Bolivia", "Andean Community summit"));
  CHECK(related(f, "ATTENDED", "Colombia", "Andean Community summit"));
  CHECK(related(f, "ATTENDED", "Paraguay", "Andean Community summit"));
}

TEST_CASE("two leaders who meet on the sidelines of the summit attend the summit too") {
  const auto f = facts(
      "QUITO, May 4 - The 9th Andean Community summit opened in Quito on Monday. On the first evening, Peruvian "
      "President Rosa Quispe and her Bolivian counterpart, Juan Mamani, held a 30-minute bilateral meeting on the "
      "sidelines of the summit.");
  CHECK(related(f, "ATTENDED", "Rosa Quispe", "Andean Community summit"));
  CHECK(related(f, "ATTENDED", "Juan Mamani", "Andean Community summit"));
}

TEST_CASE("parties that agree after talks were at the talks; the host only hosted them") {
  const auto f = facts(
      "QUITO: Peru and Chile agreed on Tuesday night to a truce on their shared frontier, after talks "
      "hosted by Ecuador at Carondelet Palace.");
  CHECK(related(f, "ATTENDED", "Peru", "talks at Carondelet Palace"));
  CHECK(related(f, "ATTENDED", "Chile", "talks at Carondelet Palace"));
  CHECK(related(f, "HOSTED", "Ecuador", "talks at Carondelet Palace"));
  CHECK_FALSE(related(f, "ATTENDED", "Ecuador", "talks at Carondelet Palace"));
  // those who only may agree there are not said to be there
  const auto g = facts("QUITO: Peru and Chile may agree to a ceasefire at talks hosted by Ecuador at Carondelet Palace.");
  CHECK_FALSE(related(g, "ATTENDED", "Peru", "talks at Carondelet Palace"));
}

TEST_CASE("an envoy who sat in on every session or spoke to a news conference after the signing was at the talks") {
  const auto f = facts(
      "OSLO, May 3 (Reuters) - Chad's warring parties signed a memorandum at the Oslo talks on Monday. The talks were "
      "hosted by Norway.\n\n"
      "\"This is a start,\" Anna Berg, Norway's special envoy for the Sahel, told a news conference after the "
      "signing.\n\n"
      "Carl Weber, the German special envoy for Chad, sat in on every session.");
  CHECK(related(f, "ATTENDED", "Anna Berg", "Oslo talks"));
  CHECK(related(f, "ATTENDED", "Carl Weber", "Oslo talks"));
  CHECK(related(f, "ATTENDED", "Germany", "Oslo talks"));
  // the host is there as host only, not through its envoy
  CHECK(related(f, "HOSTED", "Norway", "Oslo talks"));
  CHECK_FALSE(related(f, "ATTENDED", "Norway", "Oslo talks"));
}

TEST_CASE("'Speaking to reporters after the ceremony, X said': the speaker was at the ceremony") {
  const auto f = facts(
      "ANKARA, May 3 - Chile and Peru signed a ceasefire at a ceremony in Ankara on Monday, ending the third round of "
      "talks in Ankara.\n\n"
      "Speaking to reporters after the ceremony, Peruvian Foreign Minister Luis Vega said the two sides would meet "
      "again in Lima.");
  CHECK(related(f, "ATTENDED", "Luis Vega", "Ankara ceremony"));
}
