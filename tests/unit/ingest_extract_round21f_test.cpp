// Round 21 rules, branch fix21f (docs/HELDOUT.md): a regional daily's house style (stacked
// honorifics, house words for meetings, signing for a bloc). Sentences about states, bodies and
// people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("stacked honorifics before a name ('Amb. (Dr.) X', 'Hon. (Chief) Y') stay out of the name and keep the title") {
  const auto f = facts(
      "Ministers met in Accra on Friday. Kenya's delegation was headed by the Honourable Minister of External Affairs, "
      "Amb. (Dr.) Peter Wanjala Otieno, who is accompanied by the Defence Minister, Alhaji Sani Bello, and Hon. "
      "(Chief) Tunde Adeyemi-Cole.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(entity(f, "Person", "Peter Wanjala Otieno") >= 0);
  CHECK(entity(f, "Person", "Sani Bello") >= 0);
  CHECK(entity(f, "Person", "Alhaji") < 0);
  CHECK(entity(f, "Person", "Tunde Adeyemi-Cole") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Peter Wanjala Otieno", "Kenya"));
  // "X, who is accompanied by the Defence Minister, Y": Y's title is of X's state
  CHECK(related(f, "HOLDS_OFFICE", "Sani Bello", "Kenya"));
  CHECK(related(f, "ATTENDED", "Peter Wanjala Otieno", meeting));
  CHECK(related(f, "ATTENDED", "Tunde Adeyemi-Cole", meeting));
}

TEST_CASE("a title abbreviation in brackets ends no sentence: 'Dr. (Mrs) X' and 'Gen. (rtd) Y' name people") {
  const auto f = facts(
      "The director of the Institute for Peace Studies in Nairobi, Dr. (Mrs) Amina Okafor-Udeh, welcomed the "
      "accord. The talks were chaired by Gen. (rtd) Daniel Mwita Kiprono.");
  CHECK(entity(f, "Person", "Amina Okafor-Udeh") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Amina Okafor-Udeh", "Institute for Peace Studies"));
  CHECK(entity(f, "Person", "Daniel Mwita Kiprono") >= 0);
}

TEST_CASE("'Reacting, the director of X, Y, said': an opening participle set off by a comma is no name") {
  const auto f = facts("Reacting, the director of the Institute for Peace Studies, Amina Okafor, said the talks had failed.");
  CHECK(entity(f, "Person", "Reacting") < 0);
}

TEST_CASE("'the coordinator of X in Y, Dr. (Mrs) Z, described it as \"...\"': the apposed name after honorifics speaks") {
  const auto f = facts(
      "Ministers met in Nairobi on Monday.\n\n"
      "Responding, the Regional Coordinator of the Centre for Peace Studies in Nairobi, Dr. (Mrs) Amina Okafor-Udeh, "
      "described the session as \"a beginning, not an end\".");
  CHECK(related(f, "HOLDS_OFFICE", "Amina Okafor-Udeh", "Centre for Peace Studies"));
  CHECK(speaker_of(f, "a beginning, not an end") == "Amina Okafor-Udeh");
}

TEST_CASE("'the confab', 'the parley': a regional daily's words for the meeting; 'a ministerial parley' is one meeting") {
  const auto f = facts(
      "Ministers seal trade pact at Accra parley\n\n"
      "...as Liberia shuns confab\n\n"
      "The two blocs on Friday sealed a trade pact as a three-day ministerial parley in Accra, the Ghanaian "
      "capital, closed.\n\n"
      "The confab, hosted by Ghana at the State House and presided over by Kofi Mensah, Ghana's foreign minister, "
      "was the first formal encounter of the rival groupings in years.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HOSTED", "Ghana", meeting));
  CHECK(related(f, "LEADS", "Kofi Mensah", meeting));
  CHECK(related(f, "HELD_IN", meeting, "Accra"));
  CHECK_FALSE(related(f, "ATTENDED", "Liberia", meeting));
}

TEST_CASE("'A was represented by its envoy, while B sent its deputy minister, X': the title's 'its' is B's") {
  const auto f = facts(
      "Ministers met in Accra on Friday and agreed to create a Joint Lagoon Coordination Cell.\n\n"
      "Mali's side was represented by its envoy in Ghana, while Benin sent its Deputy Minister of External Affairs, Mr "
      "Paul Houngbo.");
  CHECK(related(f, "HOLDS_OFFICE", "Paul Houngbo", "Benin"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Paul Houngbo", "Mali"));
}

TEST_CASE("'A and the rival B sealed a pact at the end of a parley in X': sealing a deal at a meeting is being there") {
  const auto f = facts(
      "The East African Community (EAC) and the rival Southern African Development Community on Friday sealed a "
      "pact on trade at the close of a three-day ministerial parley in Lusaka.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "East African Community", meeting));
  CHECK(related(f, "ATTENDED", "Southern African Development Community", meeting));
}

TEST_CASE("'The confab, chaired by X, was the first since A and B quit': states named after a passive's 'was' did not attend") {
  const auto f = facts(
      "Ministers of the two blocs met in Accra on Friday.\n\n"
      "The parley, hosted by Ghana and chaired by Ghana's foreign minister, Kofi Mensah, was the first such session "
      "of both groupings since Liberia and Guinea quit the regional body.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "LEADS", "Kofi Mensah", meeting));
  CHECK_FALSE(related(f, "ATTENDED", "Liberia", meeting));
  CHECK_FALSE(related(f, "ATTENDED", "Guinea", meeting));
}

TEST_CASE("'..., Mrs X, who led the bloc's delegation, signed the memorandum on behalf of the bloc': she attends; her state does not sign") {
  const auto f = facts(
      "Ministers of the two blocs met in Accra on Friday.\n\n"
      "The Zambian Minister of Foreign Affairs, Mrs Mary Banda, who led the SADC delegation, signed the Accra "
      "Memorandum of Understanding on Trade on behalf of the southern bloc.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Mary Banda", meeting));
  CHECK(related(f, "ATTENDED", "Zambia", meeting));
  CHECK(related(f, "SIGNED", "Mary Banda", "Accra Memorandum of Understanding on Trade"));
  CHECK_FALSE(related(f, "SIGNED", "Zambia", "Accra Memorandum of Understanding on Trade"));
}

TEST_CASE("'\"...,\" the minister said' after two ministers were named: the one named in the sentence or two before speaks") {
  const auto f = facts(
      "Ministers met in Accra on Friday.\n\n"
      "Kenya's delegation was headed by the Minister of External Affairs, Amb. (Dr.) Peter Wanjala Otieno, who is "
      "accompanied by the Defence Minister, Alhaji Sani Bello.\n\n"
      "After the session closed, Amb. Otieno said Kenya would provide funds.\n\n"
      "\"Kenya cannot be safe alone,\" the minister said. \"Borders do not stop terrorists.\"");
  CHECK(speaker_of(f, "Kenya cannot be safe alone") == "Peter Wanjala Otieno");
}

TEST_CASE("'The President of X, H.E. Dr. A, and the minister of Y, Mrs B, who ..., signed': both titled signers sign") {
  const auto f = facts(
      "Ministers of the two blocs met in Accra on Friday.\n\n"
      "The President of the SADC Secretariat, H.E. Dr. John Phiri, and the Zambian Minister of External Affairs, "
      "Mrs Mary Banda, who led the EAC delegation, signed the Accra Memorandum of Understanding on Trade on behalf "
      "of the two groupings respectively.");
  CHECK(related(f, "SIGNED", "John Phiri", "Accra Memorandum of Understanding on Trade"));
  CHECK(related(f, "SIGNED", "Mary Banda", "Accra Memorandum of Understanding on Trade"));
}
