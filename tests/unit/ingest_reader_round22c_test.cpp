// Round 22 reader rules (branch fix22c): a live page of entries under time stamps. Texts invented
// for the tests.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kLivePage =
    "The Harbour Courier\n\n"
    "LIVE\n"
    "Nordic ministers meet in Tromso: coast guard pact signed - as it happened\n"
    "Updated 18:40 GMT, Tuesday 4 May 2027\n"
    "By Anna Berg in Tromso\n\n"
    "----------------------------------------\n\n"
    "18:40 GMT\n"
    "That is all from us today. Norway and Iceland signed the coast guard pact this afternoon, and the "
    "ministers will meet again in Reykjavik in the autumn.\n\n"
    "----------------------------------------\n\n"
    "16:05 GMT\n"
    "Pact signed\n"
    "The defence ministers of Norway and Iceland signed the North Atlantic Coast Guard Pact at the "
    "town hall, officials said.\n\n"
    "----------------------------------------\n\n"
    "3:15 PM\n"
    "Good afternoon and welcome to our coverage of the Nordic ministers' meeting in Tromso.\n";

}  // namespace

TEST_CASE("the entries of a live page under time stamps are one article, the stamps no text") {
  const Article a = read_one(kLivePage);
  CHECK(a.title.find("Nordic ministers meet in Tromso") != std::string::npos);
  CHECK(a.text.find("That is all from us today.") != std::string::npos);
  CHECK(a.text.find("signed the North Atlantic Coast Guard Pact") != std::string::npos);
  CHECK(a.text.find("Good afternoon and welcome") != std::string::npos);
  CHECK(a.text.find("16:05 GMT") == std::string::npos);
  CHECK(a.text.find("3:15 PM") == std::string::npos);
}

TEST_CASE("a rule over a headline still parts the articles of a collection") {
  const std::string page = std::string("# Nordic ministers meet in Tromso\n\n") + kg::test::kBody +
                           "----------------------------------------\n\n"
                           "# Iceland and Norway sign a coast guard pact\n\n" + kg::test::kBody;
  const auto arts = kg::ingest::read_articles(page, "dir/in.txt", kg::test::reader_rules());
  CHECK(arts.size() == 2);
}

TEST_CASE("an embedded post's quotation is its author's; the name and handle line is no text") {
  const Article a = read_one(std::string("# Nordic ministers meet in Tromso\n\n") + kg::test::kBody +
                             "The Icelandic foreign minister welcomed the pact a few minutes ago:\n\n"
                             "    Gudrun Olafsdottir \xE2\x9C\x94 @GOlafsdottirIS\n"
                             "    \"A safer sea for every fisher in the North Atlantic.\"\n"
                             "    4:12 PM \xC2\xB7 May 4, 2027\n\n"
                             "The pact enters into force next year.\n");
  CHECK(a.text.find("Gudrun Olafsdottir posted: \"A safer sea") != std::string::npos);
  CHECK(a.text.find("@GOlafsdottirIS") == std::string::npos);
}

TEST_CASE("a dropped 'Photo: X / caption' line still credits the agency it names") {
  const Article a = read_one(std::string("# Nordic ministers meet in Tromso\n\n") + kg::test::kBody +
                             "Photo: AFP / Ministers pose with the signed pact\n\n"
                             "The pact enters into force next year.\n");
  CHECK(a.text.find("Ministers pose") == std::string::npos);
  CHECK(std::find(a.outlets_named.begin(), a.outlets_named.end(), "AFP") != a.outlets_named.end());
}
