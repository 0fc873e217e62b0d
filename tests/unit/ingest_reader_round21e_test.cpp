// Round 21 reader rules (branch fix21e): the footnotes of a think-tank commentary. Texts invented
// for the tests.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a footnote reference after a word or a mark is dropped from the text") {
  const Article a = read_one(
      "# Andean Ministers Agree on a Border Hotline\n\n"
      "When the ministers of Chile and Peru met in Lima, few expected more than a handshake.[1] The meeting, "
      "chaired by Ana Rojas[2], agreed on a hotline.\n\n"
      "Rojas called it \"a phone, not a fence\".[^3] Bolivia sent an observer.\xC2\xB9\n");
  CHECK(a.text.find("handshake. The meeting") != std::string::npos);
  CHECK(a.text.find("chaired by Ana Rojas, agreed") != std::string::npos);
  CHECK(a.text.find("fence\". Bolivia") != std::string::npos);
  CHECK(a.text.find("an observer.\xC2\xB9") == std::string::npos);
  CHECK(a.text.find("an observer.") != std::string::npos);
  // a bracketed number after a space is no footnote reference, nor is a unit's power
  const Article b = read_one(std::string("# Andean Ministers Agree on a Border Hotline\n\n") + kg::test::kBody +
                             "The zone covers 40 km\xC2\xB2 of water, under clause [2] of the pact.\n");
  CHECK(b.text.find("40 km\xC2\xB2 of water") != std::string::npos);
  CHECK(b.text.find("clause [2] of") != std::string::npos);
}

TEST_CASE("an entry of a notes list loses its marker and reads as a paragraph of its own") {
  const Article a = read_one(
      "# Andean Ministers Agree on a Border Hotline\n\n"
      "The ministers of Chile and Peru met in Lima and agreed on a hotline.[1]\n\n"
      "## Notes\n\n"
      "[1] Pablo Ortiz, then Chilean foreign minister, remarks to the Senate, 3 March 2026.\n"
      "[2] See the communique of the Lima meeting.\n");
  CHECK(a.text.find("[1]") == std::string::npos);
  CHECK(a.text.find("[2]") == std::string::npos);
  CHECK(a.text.find("Pablo Ortiz, then Chilean foreign minister") != std::string::npos);
}
