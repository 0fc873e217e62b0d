// Round 17 reader rules (branch fix17a): the text of a communique as issued, with its title
// line in capitals and a signature block of "For the Republic of X" / name / title groups.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kIssued =
    "ANDEAN COMMUNITY (CAN)\n"
    "Council of Foreign Ministers\n\n"
    "XIV Extraordinary Meeting of the Council of Foreign Ministers\n"
    "Quito, Republic of Ecuador, 4-5 June 2026\n\n"
    "JOINT COMMUNIQUÉ\n\n"
    "3. We, the Foreign Ministers of the Plurinational State of Bolivia, the Republic of Colombia and the "
    "Republic of Peru, met in Quito for the XIV Extraordinary Meeting of the Council of Foreign Ministers.\n\n"
    "2. We adopt the Quito Declaration on Border Security, annexed to this communiqué.\n\n"
    "Done in Quito, on 5 June 2026.\n\n"
    "For the Plurinational State of Bolivia\n"
    "Marcela Quispe Mamani\n"
    "Minister of Foreign Affairs\n\n"
    "For the Republic of Colombia\n"
    "Andrés Felipe Ospina\n"
    "Minister of Foreign Affairs and International Cooperation\n";

}  // namespace

TEST_CASE("an issued text's title line in capitals naming its kind is the title, in title case") {
  const Article a = read_one(kIssued);
  CHECK(a.title == "Joint Communiqué");
}

TEST_CASE("each signature group becomes one body sentence: party, signer, title") {
  const Article a = read_one(kIssued);
  CHECK(a.text.find("For the Plurinational State of Bolivia, Marcela Quispe Mamani, Minister of Foreign Affairs.") != std::string::npos);
  CHECK(a.text.find("For the Republic of Colombia, Andrés Felipe Ospina, Minister of Foreign Affairs and International Cooperation.") !=
        std::string::npos);
}

TEST_CASE("a short 'For ...' line over other lines before the body is no signature") {
  const Article a = read_one(
      "For the Record\n"
      "Weekly notes\n\n"
      "Chile and Peru signed a fisheries patrol agreement in Lima on Tuesday, officials said.\n\n"
      "The agreement sets up joint patrols along the maritime border from next year.\n");
  CHECK(a.text.find("For the Record") == std::string::npos);
}

TEST_CASE("an issued text is dated the day it was done") {
  const Article a = read_one(kIssued);
  CHECK(a.date == "2026-06-05");
}

TEST_CASE("an agency byline without 'By': a name, a bar and the publication and update dates") {
  const Article a = read_one(
      "Agenzia Nova\n\n"
      "Italy and Libya sign coast guard accord in Rome\n\n"
      "Marco Bellini   |03.11.2026 - Update : 04.11.2026\n\n"
      "ROME\n\n"
      "Italy and Libya on Tuesday signed a coast guard cooperation accord in Rome, the foreign ministry said.\n");
  CHECK(a.date == "2026-11-03");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors.front() == "Marco Bellini");
}
