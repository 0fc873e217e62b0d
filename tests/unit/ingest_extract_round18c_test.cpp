// Round 18 rules, branch fix18c (docs/HELDOUT.md): the record of a UN body's numbered meeting
// (speakers named by their state, parties spoken for, briefers, a resolution adopted, a unit of
// a mission with pledges to it) and a markdown explainer with a pledge table. Sentences about
// states, bodies and people invented for the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "reader_fixture.h"

using namespace kg::test;

namespace {

// What the reader makes of a release headed "GENERAL ASSEMBLY" / "812TH PLENARY MEETING (PM)".
const char* const kRecord =
    "General Assembly 812th plenary meeting.\n\n"
    "Adopting resolution 3012 (2027) with 120 votes to 4, the General Assembly this afternoon decided to establish a "
    "Coastal Early Warning Component of up to 40 civilian experts.\n\n"
    "Briefing the Assembly ahead of the adoption, Marta Ilves, adviser to the President of the Assembly, said the "
    "draft came late.\n\n"
    "On behalf of the Pacific island States — Fiji, Tuvalu and Vanuatu — the representative of Fiji welcomed the "
    "draft.\n\n"
    "The representative of Norway, chair of the donor group, said the centres came late. His country would "
    "contribute 10 experts to the Component, and the representative of Japan announced $4 million for the "
    "Component's radar network.\n\n"
    "Tonga's Foreign Minister, Sione Lavaka, welcomed the text. Mr. Lavaka, addressing the Assembly under rule 71, "
    "said his Government would welcome the Component and would supply it with office space in Nuku'alofa.";

}  // namespace

TEST_CASE("a release headed by a body's numbered meeting reports that meeting, which the body attended") {
  const auto f = kg::ingest::extract(read_one("UN Web | Press Releases\n\n"
                                              "GENERAL ASSEMBLY\n"
                                              "812TH PLENARY MEETING (PM)\n"
                                              "3 MARCH 2027\n\n"
                                              "Assembly Adopts Text on Early Warning for Coastal States\n\n"
                                              "The General Assembly this afternoon adopted a text on early warning.\n\n"
                                              "The representative of Norway said his country would fund two centres.\n"),
                                     lexicon());
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(entity(f, "Meeting", "812th meeting") >= 0);
  CHECK(related(f, "ATTENDED", "UN General Assembly", meeting));
}

TEST_CASE("a resolution cited in lower case with its number is a document the meeting adopting it produced") {
  const auto f = facts(kRecord);
  CHECK(entity(f, "Document", "resolution 3012") >= 0);
  CHECK(related(f, "PRODUCED", only_entity(f, "Meeting"), "resolution 3012"));
}

TEST_CASE("states named by 'the representative of X' and those spoken for attend the record's meeting") {
  const auto f = facts(kRecord);
  const std::string meeting = only_entity(f, "Meeting");
  for (const char* state : {"Norway", "Japan", "Fiji", "Tuvalu", "Vanuatu"}) {
    CAPTURE(state);
    CHECK(related(f, "ATTENDED", state, meeting));
  }
}

TEST_CASE("addressing the body that holds the meeting attends it") {
  const auto f = facts(kRecord);
  const std::string meeting = only_entity(f, "Meeting");
  CHECK(related(f, "ATTENDED", "Marta Ilves", meeting));
  CHECK(related(f, "ATTENDED", "Sione Lavaka", meeting));
}

TEST_CASE("a capitalised component is a force the body that decided to establish it commits to; a lower-case one is none") {
  const auto f = facts(kRecord);
  CHECK(entity(f, "Force", "Coastal Early Warning Component") >= 0);
  CHECK(entity(f, "Force", "Component of up") < 0);
  CHECK(related(f, "COMMITS", "UN General Assembly", "Coastal Early Warning Component"));
  const auto g = facts(
      "NATO allies agreed on Tuesday to set up a rapid reaction force for the Baltic states.\n\n"
      "Poland and Canada would lead the logistics component, officials said.");
  CHECK(entity(g, "Force", "logistics component") < 0);
}

TEST_CASE("'his country' and 'his Government' pledge for the state of the one speaking; a sum announced is given") {
  const auto f = facts(kRecord);
  CHECK(related(f, "COMMITS", "Norway", "Coastal Early Warning Component"));
  CHECK(related(f, "COMMITS", "Japan", "Coastal Early Warning Component"));
  CHECK(related(f, "COMMITS", "Tonga", "Coastal Early Warning Component"));
}

TEST_CASE("'stood ready to' is a pledge with its modality; engineers placed at a force's disposal go to it alone") {
  const auto f = facts(
      "The Kenyan-led border verification mission was set up last year. A demining cell, led by Uganda, cleared the "
      "road in March.\n\n"
      "The representative of Uganda said the demining cell had swept 80 kilometres, and that Uganda stood ready to "
      "place sappers at the mission's service when it arrives.");
  const auto* r = relation(f, "COMMITS", "Uganda", "border verification mission");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("modality") == "ready");
  const auto* cell = relation(f, "COMMITS", "Uganda", "demining cell");  // (leading it commits, with no detail)
  CHECK((cell == nullptr || cell->properties.count("detail") == 0));
}

TEST_CASE("a capitalised force named by its own modifier is a force its body launched, past a long parenthetical") {
  const auto f = facts(
      "The Confederation of Andean Republics, long known by its older Spanish acronym, launched its Joint Force on "
      "Friday at a summit in Quito.");
  CHECK(entity(f, "Force", "Joint Force") >= 0);
  CHECK(entity(f, "Organization", "Joint Force") < 0);
  CHECK(entity(f, "Organization", "Confederation of Andean Republics") >= 0);
  CHECK(related(f, "COMMITS", "Confederation of Andean Republics", "Joint Force"));
}

TEST_CASE("ordinal words number a body's editions: the next one, hosted elsewhere, is a meeting of its own") {
  const auto f = facts(
      "The Confederation of Andean Republics convened the third session of its Board of Governors in Quito on "
      "Friday.\n\n"
      "Peru is to host the fourth session of the Board of Governors in Lima in March, its foreign minister said.");
  const int second = entity(f, "Meeting", "session of its Board of Governors");
  const int third = entity(f, "Meeting", "fourth session of the Board of Governors");
  REQUIRE(second >= 0);
  REQUIRE(third >= 0);
  CHECK(second != third);
  CHECK(related(f, "HOSTED", "Peru", "fourth session of the Board of Governors"));
  CHECK(related(f, "HELD_IN", "fourth session of the Board of Governors", "Lima"));
  CHECK_FALSE(related(f, "HOSTED", "Peru", "session of its Board of Governors"));
  CHECK(related(f, "ATTENDED", "Confederation of Andean Republics", "session of its Board of Governors"));
}

TEST_CASE("a meeting of a force's contributing countries is named by them; the one who would host it hosts it") {
  const auto f = facts(
      "The representative of Ghana said his country had offered to host a gathering of the Mission's troop-contributing "
      "countries in Accra on 4 October.");
  CHECK(entity(f, "Meeting", "gathering of the Mission's troop-contributing countries") >= 0);
  CHECK(related(f, "HOSTED", "Ghana", "gathering of the Mission's troop-contributing countries"));
  CHECK(related(f, "HELD_IN", "gathering of the Mission's troop-contributing countries", "Accra"));
}

TEST_CASE("a meeting one 'will host' or held 'next month' is one to come, and keeps the names that give its place") {
  const auto f = facts(
      "Leaders met in Doha on Sunday for a summit on the ceasefire.\n\n"
      "Jordan is to host a recovery conference in Amman on 4 May. The sums are due to be unveiled at the recovery "
      "conference in Amman next month, officials said.");
  const int doha = entity(f, "Meeting", "summit in Doha");
  const int amman = entity(f, "Meeting", "recovery conference in Amman");
  REQUIRE(amman >= 0);
  CHECK(doha != amman);
  CHECK(f.entities[static_cast<size_t>(amman)].attributes.count("future") == 1);
  CHECK(related(f, "HOSTED", "Jordan", "recovery conference in Amman"));
}

namespace {

// A markdown explainer's pledge table, as the reader leaves it: one paragraph per row.
const char* const kTable =
    "The Confederation of Andean Republics formally launched its Joint Force on Monday at a summit in Quito.\n\n"
    "- **The command.** Ecuador takes the opening one-year turn at the command.\n\n"
    "| Country | Pledge | Status |\n\n"
    "|---|---|---|\n\n"
    "| Ecuador | 900 troops and the deputy commander | Agreed in the treaty |\n\n"
    "| Peru | Two cargo planes | Stated by its defence minister; dates open |\n\n"
    "| Bolivia | One engineer company | Being studied |\n\n"
    "| Brazil | Four armed drones | Cited by two officials; Brasilia has not commented |\n\n"
    "| Chile | None | Ruled out |\n\n"
    "| Paraguay | Medical staff | Will not take part |";

}  // namespace

TEST_CASE("each row of a pledge table gives the article's force what its pledge cell says, unless the row denies it") {
  const auto f = facts(kTable);
  for (const char* state : {"Ecuador", "Peru", "Bolivia", "Brazil"}) {
    CAPTURE(state);
    CHECK(related(f, "COMMITS", state, "Joint Force"));
  }
  CHECK_FALSE(related(f, "COMMITS", "Chile", "Joint Force"));
  CHECK_FALSE(related(f, "COMMITS", "Paraguay", "Joint Force"));
  const auto* r = relation(f, "COMMITS", "Bolivia", "Joint Force");
  REQUIRE(r != nullptr);
  CHECK(r->properties.at("detail") == "One engineer company");
}

TEST_CASE("holding the rotation of the command leads the force") {
  const auto f = facts(kTable);
  CHECK(related(f, "LEADS", "Ecuador", "Joint Force"));
  const auto g = facts("The border mission will patrol the Darien Gap.\n\nPanama took command of the border mission on Monday.");
  CHECK(related(g, "LEADS", "Panama", "border mission"));
}

TEST_CASE("a state set off by commas in a list of signers is the one the next signer signs for") {
  const auto f = facts(
      "Ecuador's president, Daniel Noboa, and Bolivia's president, Luis Arce, met Peru's prime minister, Ana Quispe, in "
      "Quito on Friday.\n\n"
      "The Quito Protocol on the Joint Force was signed by Noboa, Arce and, for Peru, Quispe.");
  CHECK(related(f, "SIGNED", "Ana Quispe", "Quito Protocol on the Joint Force"));
  CHECK(related(f, "SIGNED", "Peru", "Quito Protocol on the Joint Force"));
}

TEST_CASE("'represented by' after a comma is said of the party that opens the sentence") {
  const auto f = facts(
      "Leaders met in Quito on Friday for a summit.\n\n"
      "Colombia was there as a guest, represented by its deputy foreign minister, Marta Ruiz.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "ATTENDED", "Marta Ruiz", meeting));
}

TEST_CASE("speaking at the meeting's venue is speaking at the meeting") {
  const auto f = facts(
      "Ecuador hosted the summit at Carondelet Palace on Friday.\n\n"
      "\"We keep the ceasefire,\" Peru's defence minister, Jorge Salas, told reporters at Carondelet Palace.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "ATTENDED", "Jorge Salas", meeting));
}

TEST_CASE("a rank before a name gives way to an apposed office with a body; a body after the name is the rank's") {
  const auto f = facts(
      "General Moussa Fall, Mauritania's head of state, did not make the trip.\n\n"
      "Command of the unit goes to Major General Oleksandr Marchenko of the Armed Forces of Ukraine.");
  CHECK(related(f, "HOLDS_OFFICE", "Moussa Fall", "Mauritania"));
  CHECK(related(f, "HOLDS_OFFICE", "Oleksandr Marchenko", "Armed Forces of Ukraine"));
  const auto g = facts("Command of the unit goes to Lieutenant General Kofi Mensah of Ghana.");
  CHECK_FALSE(related(g, "HOLDS_OFFICE", "Kofi Mensah", "Ghana"));
}

TEST_CASE("an analyst at a body holds that post there") {
  const auto f = facts(
      "\"Every army has a plan,\" said Nadia Haddad, an analyst at the Beirut Institute for Strategic Studies.");
  CHECK(related(f, "HOLDS_OFFICE", "Nadia Haddad", "Beirut Institute for Strategic Studies"));
}

TEST_CASE("a Special Representative of the Secretary-General holds a UN office posted for a state; Head of a force leads it") {
  const auto f = facts(
      "Briefing the Assembly, Anna Lind, Special Representative of the Secretary-General in South Sudan and Head of "
      "UNMISS, said the mission was stretched.");
  CHECK(related(f, "HOLDS_OFFICE", "Anna Lind", "United Nations"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Anna Lind", "South Sudan"));
  CHECK(related(f, "LEADS", "Anna Lind", "UNMISS"));
}

TEST_CASE("an observatory is a body, and one capitalised word before punctuation closes its name") {
  const auto f = facts(
      "The report was written by Hana Saleh, director of the Yemeni Observatory for Dialogue, which works from Aden.");
  CHECK(entity(f, "Organization", "Yemeni Observatory for Dialogue") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Hana Saleh", "Yemeni Observatory for Dialogue"));
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Hana Saleh", "Yemen"));
}

TEST_CASE("a she after a person named as an object goes on with the speaker before") {
  const auto f = facts(
      "Briefing the Assembly before the vote, Anna Lind, the Secretary-General's envoy, said the mission was ready.\n\n"
      "Command of the unit goes to a chief observer, Brigadier General Tomas Berg of the Armed Forces of Ukraine, she "
      "added. She then told delegates the work would go on \"until the last road is clear\".");
  CHECK(speaker_of(f, "until the last road is clear") == "Anna Lind");
}

TEST_CASE("an exchange of letters signed elsewhere and earlier is signed by both, and no product of the meeting") {
  const auto f = facts(
      "General Assembly 812th plenary meeting.\n\n"
      "Briefing the Assembly, Anna Lind, the Secretary-General's envoy, said the mission was ready.\n\n"
      "She reported that she and Chad's foreign minister, Ali Mahamat, had signed in N'Djamena on 2 May an exchange of "
      "notes on the mission's legal standing.",
      "2027-05-06");
  const std::string doc = "exchange of notes on the mission's legal standing";
  REQUIRE(entity(f, "Document", doc) >= 0);
  CHECK(related(f, "SIGNED", "Anna Lind", doc));
  CHECK(related(f, "SIGNED", "Ali Mahamat", doc));
  CHECK(related(f, "SIGNED", "Chad", doc));
  CHECK_FALSE(related(f, "PRODUCED", only_entity(f, "Meeting"), doc));
}

TEST_CASE("a force or text named only inside a quotation is a figure of speech, no entity") {
  const auto f = facts(
      "The representative of Peru said the text \"invites a foreign armed presence in new helmets\" and would be "
      "\"lost in the next communique\".");
  CHECK(count_kind(f, "Force") == 0);
  CHECK(count_kind(f, "Document") == 0);
}

TEST_CASE("an unknown name right after a press noun is a news organisation") {
  const auto f = facts("The general told state broadcaster RTN on Sunday that his troops were ready.");
  CHECK(entity(f, "Organization", "RTN") >= 0);
}

TEST_CASE("capitalised Arrangements name a text, dated by 'of 14 April'; lower-case arrangements name none") {
  const auto f = facts(
      "The security arrangements were agreed last year. On Monday the Assembly hailed the Kivu Ceasefire Arrangements "
      "of 14 April.");
  CHECK(entity(f, "Document", "Kivu Ceasefire Arrangements") >= 0);
  CHECK(entity(f, "Document", "Arrangements of 14 April") == entity(f, "Document", "Kivu Ceasefire Arrangements"));
  CHECK(count_kind(f, "Document") == 1);
}

TEST_CASE("a place only inside a cited text's name is no place of the article") {
  const auto f = facts("Patrols will stay out of the zones named in the Bamako Declaration on Border Security.");
  CHECK(entity(f, "Document", "Bamako Declaration on Border Security") >= 0);
  CHECK(entity(f, "Place", "Bamako") < 0);
}
