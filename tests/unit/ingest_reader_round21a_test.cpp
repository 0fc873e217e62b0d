// Round 21 reader rules (branch fix21a): a briefing's later items under the page's masthead.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/reader.h"
#include "reader_fixture.h"

TEST_CASE("a briefing's copyright line names the company that owns its masthead: every item's outlet is the masthead") {
  const auto arts = kg::ingest::read_articles(
      "THE LANTERN\n"
      "Evening Briefing\n"
      "\n"
      "Your evening briefing: Baltic ferry pact, Andean trade talks\n"
      "\n"
      "Tuesday 9 May 2028\n"
      "By Mira Holt and Jonas Berg\n"
      "\n"
      "Good evening. Two stories from today: a ferry safety pact in the Baltic and trade talks in Quito. Each is summarised below.\n"
      "\n"
      "----------------------------------------\n"
      "\n"
      "1. BALTIC: FERRY SAFETY PACT SIGNED IN TALLINN\n"
      "\n"
      "Estonia's foreign minister, Kadri Tamm, and her Finnish counterpart, Ville Ahonen, signed a ferry safety pact in Tallinn on Tuesday.\n"
      "\n"
      "Read more: https://thelantern.example/europe/ferry-pact\n"
      "\n"
      "----------------------------------------\n"
      "\n"
      "2. ANDES: TRADE TALKS OPEN IN QUITO\n"
      "\n"
      "Ecuador's trade minister, Lucia Paredes, opened talks with Peru's trade minister, Jorge Salas, in Quito on Tuesday.\n"
      "\n"
      "Read more: https://thelantern.example/americas/quito-talks\n"
      "\n"
      "----------------------------------------\n"
      "\n"
      "That's it for today.\n"
      "\n"
      "(c) 2028 The Lantern Media Ltd. All rights reserved.\n",
      "dir/in.txt", kg::test::reader_rules());
  REQUIRE(arts.size() >= 2);
  // the last item holds the copyright line, the first one the masthead
  CHECK(arts.back().outlet == "The Lantern");
  for (const auto& a : arts) {
    CHECK(a.outlet != "The Lantern Media");
    // the company is no news organisation of the text
    CHECK(std::find(a.outlets_named.begin(), a.outlets_named.end(), "The Lantern Media") == a.outlets_named.end());
  }
}

TEST_CASE("a broadcast header's credits between pipes: the correspondent is the author, the anchor no one's") {
  const kg::ingest::Article a = kg::test::read_one(
      "NORDWAVE TV\n"
      "Evening News\n\n"
      "TRANSCRIPT | Segment 3 of 5: Baltic ministers agree on a ferry safety pact\n\n"
      "Anchor: Helle Madsen | Correspondent: Jonas Berg, Tallinn | Running time: 04:12\n\n"
      "ANCHOR: Good evening. Baltic ministers agreed a ferry safety pact today.\n\n"
      "CORRESPONDENT (voice-over): The pact was signed in Tallinn this afternoon.\n\n"
      "ANCHOR: Thank you.\n");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0] == "Jonas Berg");
  // the labels in capitals stay speaker turns of the text
  CHECK(a.text.find("Good evening.") != std::string::npos);
  CHECK(a.text.find("Thank you.") != std::string::npos);
  CHECK(a.text.find("Running time") == std::string::npos);
}
