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

TEST_CASE("a government transcript page: the site's name over its menu row is the outlet, the permalink the url") {
  const Article a = read_one(std::string("Office of the Prime Minister\n"
                                         "Republic of Estonia\n\n"
                                         "Home | Newsroom | Statements | Transcripts | Contact\n\n"
                                         "TRANSCRIPTS\n\n"
                                         "Joint Press Conference of Prime Minister Kaja Tamm and President Juhan Ilves\n\n"
                                         "Stenbock House, Tallinn\n"
                                         "4 March 2026\n\n") +
                             kBody +
                             "Posted on 4 March 2026 | Permalink: https://www.valitsus.ee/transcripts/press-conference-2026-03-04\n");
  CHECK(a.title == "Joint Press Conference of Prime Minister Kaja Tamm and President Juhan Ilves");
  CHECK(a.outlet == "Office of the Prime Minister");
  CHECK(a.url == "https://www.valitsus.ee/transcripts/press-conference-2026-03-04");
  CHECK(a.date == "2026-03-04");
}

TEST_CASE("a share row under the headline is no menu row over a site's name") {
  const Article a = read_one(std::string("Chile and Peru agree to joint fisheries patrols along their maritime border\n\n"
                                         "Share on X | Share on LinkedIn | Copy link\n\n") +
                             kBody);
  CHECK(a.title == "Chile and Peru agree to joint fisheries patrols along their maritime border");
}

TEST_CASE("an e-mail newsletter: Subject is the title, Date the date, the sender's name the outlet, the browser link the url") {
  const Article a = read_one(std::string("From: Andean Briefing <news@andeanbriefing.org>\n"
                                         "To: readers@lists.andeanbriefing.org\n"
                                         "Date: Tue, 3 Mar 2026 06:00:00 -0500\n"
                                         "Subject: Andean Week: Chile and Peru agree on fisheries patrols\n\n"
                                         "Trouble seeing this message? View it in your browser: https://andeanbriefing.org/issues/2026-03-03\n\n") +
                             kBody);
  CHECK(a.title == "Andean Week: Chile and Peru agree on fisheries patrols");
  CHECK(a.date == "2026-03-03");
  CHECK(a.outlet == "Andean Briefing");
  CHECK(a.url == "https://andeanbriefing.org/issues/2026-03-03");
  CHECK(a.text.find("readers@") == std::string::npos);
}
