// Round 21 reader rules (branch fix21d): a wire update's editor notes and time stamp, a
// think-tank page's header line, a daily's nameplate, slogan and section path.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a wire update: the update note is dropped, the dateline after it is cut, the stamp with a relative time dates it") {
  const Article a = read_one(
      "UPDATE 3-Chile, Peru agree fisheries patrols; navies to share radar data\n\n"
      "By Lucia Herrera\n\n"
      "June 4, 2027 6:10 PM GMT-5 Updated 3 hours ago\n\n"
      "(Adds Peruvian reaction in paragraph 6, background in paragraphs 8-9)\n\n"
      "LIMA, Peru, June 4 (Reuters) - Chile and Peru signed a fisheries patrol agreement in Lima on Friday, "
      "officials said.\n\n"
      "The agreement sets up joint patrols along the maritime border from next year.\n");
  CHECK(a.date == "2027-06-04");
  CHECK(a.outlet == "Reuters");
  CHECK(a.text.rfind("Chile and Peru signed", 0) == 0);  // neither the note nor the dateline is text
  CHECK(a.text.find("Adds") == std::string::npos);
}

TEST_CASE("a section label leads a header line: the name between it and the date is the publisher") {
  const Article a = read_one(
      "# Two navies and a radar: what the Lima accord settles\n\n"
      "Analysis \xC2\xB7 Caspian Policy Institute \xC2\xB7 4 June 2027\n\n" +
      std::string(kg::test::kBody));
  CHECK(a.outlet == "Caspian Policy Institute");
  CHECK(a.date == "2027-06-04");
  CHECK(a.title == "Two navies and a radar: what the Lima accord settles");
}

TEST_CASE("a daily's nameplate: its slogan and section path are no title, the copyright company is named as the masthead") {
  const Article a = read_one(
      "HARBOUR COURIER\n"
      "The Islands' Independent Voice | Suva\n\n"
      "NEWS | REGIONAL AFFAIRS\n\n"
      "Fisheries: Chile, Peru agree patrols at Lima meeting\n"
      "...as navies plan to share radar data\n\n"
      "Published Friday, 4 June 2027\n\n" +
      std::string(kg::test::kBody) + "Copyright 2027 Harbour Courier Newspapers Limited. All rights reserved.\n");
  CHECK(a.title == "Fisheries: Chile, Peru agree patrols at Lima meeting");
  CHECK(a.outlet == "Harbour Courier");
  CHECK(a.date == "2027-06-04");
}
