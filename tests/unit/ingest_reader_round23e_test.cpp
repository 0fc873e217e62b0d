// Round 23 reader rules (branch fix23e): a broadcaster's video page with its transcript. Texts
// invented for the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kTranscript =
    "Croatia and Slovenia agree on a joint mountain rescue company\n\n"
    "TRANSCRIPT\n\n"
    "ANCHOR: Good evening. Defence ministers of Croatia and Slovenia met in Zagreb today.\n\n"
    "REPORTER (voice-over): The talks ran late into the afternoon.\n\n"
    "MARIA KOVAC, MINISTER OF DEFENCE OF CROATIA\n"
    "KOVAC: We will train them together under one —\n\n"
    "REPORTER (voice-over): Slovenia will send ten instructors, the minister said.\n\n"
    "NOVAK: We are ready. But the parliament has not [crosstalk]\n\n"
    "ANCHOR: Thank you.\n\n";

}  // namespace

TEST_CASE("a transcript's soundbites cut off mid-sentence stay text after labelled turns and a lower third") {
  const Article a = read_one(kTranscript);
  CHECK(a.text.find("KOVAC: We will train them together under one") != std::string::npos);
  CHECK(a.text.find("NOVAK: We are ready. But the parliament has not") != std::string::npos);
}

TEST_CASE("a video page: the site's name over a menu row of sections is the outlet, the player's debris is no title") {
  const Article a = read_one(std::string("Delta TV | Delta Broadcasting Service\n"
                                         "News  Politics  Sport  Live TV  Schedule\n\n"
                                         "Watch\n"
                                         "03:41\n"
                                         "Autoplay  ON\n"
                                         "Subtitles  EN | FR\n"
                                         "Share  Embed\n\n"
                                         "Chile and Peru sign fisheries patrol agreement in Lima\n\n") +
                             kg::test::kBody);
  CHECK(a.title == "Chile and Peru sign fisheries patrol agreement in Lima");
  CHECK(a.outlet == "Delta TV");
}

TEST_CASE("a standfirst closing on its reporter ('Delta TV's X reports.') names the article's author") {
  const Article a = read_one(std::string("Chile and Peru sign fisheries patrol agreement in Lima\n\n"
                                         "The two navies will patrol the border together. Delta TV's Ana Kivi reports.\n\n") +
                             kg::test::kBody);
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors.front() == "Ana Kivi");
}
