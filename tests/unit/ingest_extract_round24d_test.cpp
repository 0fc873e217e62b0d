// Round 24 rules (branch fix24d): a broadcaster's article: a memorandum on a site somewhere, a
// title apposed after a counterpart's name. Invented sentences (other states, people, meetings),
// none of the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

const char* const kSidelines =
    "Defence ministers from Ghana and Togo met in Lome on Tuesday.\n\n"
    "After the talks, Togo's Defence Minister Paul Adjo and his Ghanaian counterpart, Kofi Mensah, "
    "Minister Delegate for Coastal Security at the Prime Minister's Office, signed a memorandum on a "
    "new fuel depot in Kara.\n";

}  // namespace

TEST_CASE("a document's subject keeps where the site it is about lies: 'a memorandum on a fuel depot in X'") {
  const auto f = facts(kSidelines);
  CHECK(entity(f, "Document", "memorandum on a new fuel depot in Kara") >= 0);
  // not a site: where a subject happens still ends the name
  const auto g = facts(
      "Ghana and Togo signed a memorandum on the joint development of coastal radars in Kara on Tuesday.\n");
  CHECK(entity(g, "Document", "memorandum on the joint development of coastal radars") >= 0);
}

TEST_CASE("'Minister Delegate' is a title, not a person named Delegate") {
  const auto f = facts(kSidelines);
  CHECK(entity(f, "Person", "Delegate") < 0);
  CHECK(entity(f, "Person", "Kofi Mensah") >= 0);
}

TEST_CASE("a counterpart's own title apposed after the name is held for the demonym's state, and he signs for it") {
  const auto f = facts(kSidelines);
  const auto* r = relation(f, "HOLDS_OFFICE", "Kofi Mensah", "Ghana");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("title") == "Minister Delegate");
  const std::string doc = "memorandum on a new fuel depot in Kara";
  CHECK(related(f, "SIGNED", "Kofi Mensah", doc));
  CHECK(related(f, "SIGNED", "Ghana", doc));
  CHECK(related(f, "SIGNED", "Togo", doc));
}

TEST_CASE("a party that 'remains the framework nation of the force' leads the article's named force; a negated one does not") {
  const char* const opening =
      "Defence ministers from Kenya and Uganda agreed on Tuesday to rebuild the EAC Regional Force.\n\n"
      "The declaration was not signed. ";
  const auto f = facts(std::string(opening) +
                       "Kenya remains the framework nation of the force, which a Kenyan general commands.\n");
  CHECK(related(f, "LEADS", "Kenya", "EAC Regional Force"));
  const auto g = facts(std::string(opening) + "Uganda became its lead nation in 2020.\n");
  CHECK(related(g, "LEADS", "Uganda", "EAC Regional Force"));
  const auto h = facts(std::string(opening) + "Kenya will not remain the framework nation of the force.\n");
  CHECK_FALSE(related(h, "LEADS", "Kenya", "EAC Regional Force"));
}

TEST_CASE("'it brought together ministers from A and B, which with C ...': C, named in the relative clause, was not gathered") {
  const auto f = facts(
      "Defence ministers met in Nairobi on Tuesday for an extraordinary meeting.\n\n"
      "It brought together ministers from Kenya, Uganda and Tanzania, which with Rwanda have funded the regional force "
      "since 2019.\n");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "ATTENDED", "Uganda", meeting));
  CHECK(related(f, "ATTENDED", "Tanzania", meeting));
  CHECK_FALSE(related(f, "ATTENDED", "Rwanda", meeting));
}

TEST_CASE("'it brought together ministers from A and B': the article's ministers of A and B attended, whatever their portfolio") {
  const auto f = facts(
      "Defence ministers met in Nairobi on Tuesday for an extraordinary meeting.\n\n"
      "It brought together ministers from Kenya and Uganda.\n\n"
      "Uganda's defence minister, General Moses Okello, had promised a battalion on Monday.\n");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "ATTENDED", "Uganda", meeting));
  CHECK(related(f, "ATTENDED", "Moses Okello", meeting));
}

TEST_CASE("'a spokesperson for Kenya's defense ministry': the state's defence ministry, in lower case too") {
  const auto f = facts("Kenya would consider providing radios to the force, a spokesperson for Kenya's defense ministry told reporters.\n");
  CHECK(entity(f, "Organization", "Kenyan Defence Ministry") >= 0);
}
