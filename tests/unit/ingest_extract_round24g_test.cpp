// Round 24 rules, branch fix24g (docs/EXTRACTION.md): lower-case phrases that name no text, force
// or meeting of their own. Invented sentences about other states, people and meetings than the
// held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a force or text denied with 'no' or 'not a' names none") {
  const auto f = facts(
      "Norway and Iceland signed a fisheries accord in Reykjavik on Monday. The accord has no arbitration "
      "mechanism, officials said. It is not a sweeping treaty, the Icelandic minister said.");
  CHECK(entity(f, "Force", "arbitration mechanism") < 0);
  CHECK(entity(f, "Document", "sweeping treaty") < 0);
}

TEST_CASE("a lower-case superlative ranks a text named otherwise: it is none of its own") {
  const auto f = facts(
      "Chile and Peru signed the Arica Accord on Fisheries on Monday. The Chilean minister called the accord "
      "the most ambitious fisheries agreement in the region in a decade.");
  CHECK(entity(f, "Document", "most ambitious fisheries agreement") < 0);
  CHECK(entity(f, "Document", "ambitious fisheries agreement") < 0);
}

TEST_CASE("the format states took part 'in' before is no meeting") {
  const auto f = facts(
      "Foreign ministers of Ghana and Togo met in Accra on Monday for talks on the border. Benin took part as an "
      "observer, just as in the five-party format of 2015 and 2016.");
  CHECK(entity(f, "Meeting", "format of 2015 and 2016") < 0);
  CHECK(entity(f, "Meeting", "five-party format") < 0);
}

TEST_CASE("meetings held at intervals are a practice, no meeting in particular") {
  const auto f = facts(
      "Chile and Peru signed a partnership in Lima on Monday. The partnership commits both navies to joint "
      "drills, exchanges on coastal defence and regular consultations.");
  CHECK(entity(f, "Meeting", "regular consultations") < 0);
}
