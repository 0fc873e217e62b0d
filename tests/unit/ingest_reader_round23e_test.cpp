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
