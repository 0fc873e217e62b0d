// Round 20 reader rules (branch fix20b): a newsletter's header, its publisher's name in capitals
// over the newsletter's masthead.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a publisher's name in capitals over a newsletter masthead: the publisher is the outlet, the headline the title") {
  const Article a = read_one(
      "THE LANTERN\n"
      "Evening Briefing\n\n"
      "Your evening briefing: Baltic patrol pact, Andean border talks\n\n"
      "Tuesday 4 May 2027\n"
      "By Tomas Quiroga\n\n"
      "Good evening. Two stories from today: Latvia and Estonia sign a patrol pact in Riga, and Andean ministers "
      "meet in Quito. Each is summarised below.\n\n"
      "Latvia and Estonia signed a patrol pact in Riga on Tuesday. The pact creates a joint patrol of the Gulf of "
      "Riga from January.\n");
  CHECK(a.title == "Your evening briefing: Baltic patrol pact, Andean border talks");
  CHECK(a.outlet == "The Lantern");
  CHECK(a.date == "2027-05-04");
}

TEST_CASE("a ministry page: the letterhead over the menu row is the outlet, a counter beside the date is no obstacle") {
  const Article a = read_one(
      "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDAVIA AND WALLACHIA\n"
      "Home | Ministry | Press Service | Contacts\n"
      "Press Service > Official Documents\n\n"
      "Joint Statement of the Ministers of Defence of Armenia and Georgia on Border Patrols\n\n"
      "Published: 14.06.2027 | 09:45 | Views: 388\n\n"
      "On 14 June 2027, the ministers met in Yerevan. They agreed on a joint patrol of the border that will start "
      "in January.\n\n"
      "The patrol will be led by Georgia.\n");
  CHECK(a.title == "Joint Statement of the Ministers of Defence of Armenia and Georgia on Border Patrols");
  CHECK(a.date == "2027-06-14");
  CHECK(a.outlet == "Ministry of Foreign Affairs of the Republic of Moldavia and Wallachia");
}
