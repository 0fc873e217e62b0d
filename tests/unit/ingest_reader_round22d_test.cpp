// Round 22 reader rules (branch fix22d): a parliamentary committee report as plain text (its
// letterhead, title, publication line, numbered footnotes and formal minutes). Invented reports.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a committee report: the publication line dates it and names its publisher, whose letterhead is no title") {
  const Article a = read_one(
      "Senate of Palau\n"
      "Standing Committee on External Relations\n\n"
      "Fisheries patrols in the western Pacific: the case for a regional fleet\n\n"
      "Second Report of Session 2027\n\n"
      "Ordered by the Senate to be printed 2 June 2027\n\n"
      "Published on 9 June 2027 by authority of the Senate of Palau\n\n"
      "The Committee examined the fisheries patrol agreement signed in Koror by Palau and Japan in March 2027.\n\n"
      "1. We took evidence from the Minister of State and from officials of the fisheries agency.\n");
  CHECK(a.title == "Fisheries patrols in the western Pacific: the case for a regional fleet");
  CHECK(a.date == "2027-06-09");
  CHECK(a.outlet == "Senate of Palau");
  CHECK(a.text.find("Published") == std::string::npos);
}

TEST_CASE("a committee report: numbered footnotes and a dated formal minutes section are the same document") {
  const std::vector<Article> arts = kg::ingest::read_articles(
      "Fisheries patrols in the western Pacific: the case for a regional fleet\n\n"
      "Published on 9 June 2027 by authority of the Senate of Palau\n\n"
      "1. The patrol agreement was signed in Koror by Palau and Japan in March 2027. It sets up joint patrols of the "
      "two exclusive economic zones and a shared watch centre, and it runs for five years.\n\n"
      "2. Japan said it would provide two patrol boats to the regional fleet once its Diet approves.\n\n"
      "Footnotes\n"
      "1 Q4 [Mr Ngiraked]\n"
      "2 Q9\n\n"
      "Formal minutes\n"
      "Wednesday 2 June 2027\n"
      "Members present: Senator Ruth Ngirmang, in the Chair; Senator Kuniwo Remengesau\n\n"
      "The draft was considered, and its two paragraphs were agreed without a division.\n",
      "dir/report.txt", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  CHECK(arts[0].date == "2027-06-09");
}

TEST_CASE("a committee report: a membership list between semicolons and a transcript's question turn are text") {
  const Article a = read_one(
      "Fisheries patrols in the western Pacific: the case for a regional fleet\n\n"
      "Published on 9 June 2027 by authority of the Senate of Palau\n\n"
      "Current membership: Senator Ruth Ngirmang (Chair); Senator Kuniwo Remengesau; Senator Tmetuchl Ulang\n\n"
      "1. The patrol agreement was signed in Koror by Palau and Japan in March 2027.\n\n"
      "Q7 Chair: Minister, when will the boats arrive?\n\n"
      "Ngiraked Obak: They will arrive in the autumn, if the Diet approves.\n");
  CHECK(a.text.find("Current membership") != std::string::npos);
  CHECK(a.text.find("when will the boats arrive?") != std::string::npos);
}
