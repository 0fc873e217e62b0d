// Round 22 rules, branch fix22d (docs/HELDOUT.md): a parliamentary committee report's shapes (courtesy
// titles and letters after names, oral evidence turns, the findings told by a committee). Invented
// reports about other states, people and meetings than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using namespace kg::test;

TEST_CASE("a courtesy title of two words and letters after the name: the name, its office and its speech") {
  const auto f = facts("The conference was held in Leeds on 2 May 2027. Its chair was the Home Secretary of Britain, the Rt "
                       "Hon Alan Pemberton MP, who opened it. Dame Rosalind Pike MP said: \"The plan was sound.\"");
  REQUIRE(entity(f, "Person", "Alan Pemberton") >= 0);
  REQUIRE(entity(f, "Person", "Rosalind Pike") >= 0);
  CHECK(related(f, "HOLDS_OFFICE", "Alan Pemberton", "United Kingdom"));
  CHECK(speaker_of(f, "plan was sound") == "Rosalind Pike");
}

TEST_CASE("letters after a name of two words mark a person; a list of members present is no attendance of the meeting") {
  const auto f = facts("The Defence Committee is appointed by the Senate to examine defence policy.\n\n"
                       "Current membership: Ksenia Orlovska MP (Chair); Tavita Uelese MP; Rhodri Pengelly MP\n\n"
                       "The ministers met at the Oslo summit on 3 June 2027 and adopted a plan.\n\n"
                       "Members present: Ksenia Orlovska, in the Chair; Tavita Uelese; Rhodri Pengelly\n");
  REQUIRE(entity(f, "Person", "Tavita Uelese") >= 0);
  REQUIRE(entity(f, "Person", "Rhodri Pengelly") >= 0);
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK_FALSE(related(f, "ATTENDED", "Tavita Uelese", name));
  CHECK_FALSE(related(f, "ATTENDED", "Ksenia Orlovska", name));
}

TEST_CASE("oral evidence: a chair's label speaks for the member the membership list makes chair; a numbered paragraph ends a turn") {
  const auto f = facts("The Fisheries Committee is appointed by the Senate to examine fisheries policy.\n\n"
                       "Current membership: Ksenia Orlovska MP (Chair); Tavita Uelese MP; Rhodri Pengelly MP\n\n"
                       "1. We took evidence from Ngiraked Obak, Minister for Fisheries of Palau.\n\n"
                       "Q7 Chair: Minister, when will the boats arrive?\n\n"
                       "Ngiraked Obak: They will arrive in the autumn.\n\n"
                       "Q8 Chair: And the crews?\n\n"
                       "Ngiraked Obak: The crews are being trained now.\n\n"
                       "2. The Minister also told us that the patrol centre in Koror would open next year.\n");
  CHECK(related(f, "HOLDS_OFFICE", "Ksenia Orlovska", "Fisheries Committee"));  // "(Chair)" in the membership list
  CHECK(speaker_of(f, "when will the boats arrive") == "Ksenia Orlovska");
  CHECK(speaker_of(f, "And the crews") == "Ksenia Orlovska");
  CHECK(speaker_of(f, "being trained now") == "Ngiraked Obak");
  CHECK(speaker_of(f, "patrol centre in Koror") == "");  // the report's own paragraph, no turn
}

TEST_CASE("a transcript: the correspondent's narration is no quote of the reporter the text names") {
  const auto f = facts("ANCHOR: Good evening. Our correspondent Lena Varga is in Tallinn.\n\n"
                       "CORRESPONDENT (voice-over): The ministers met in Tallinn this morning and agreed a patrol plan.\n\n"
                       "MARGUS TAMM: We will send two ships to the patrol.\n");
  CHECK(speaker_of(f, "agreed a patrol plan") == "");
}

TEST_CASE("'took part, the first time ...': a noun phrase apposed to the clause keeps the attendance") {
  const auto f = facts("The summit was held in Lima on 3 February 2027. Ana Duarte and Luis Soto both took part, the first "
                       "time the two leaders had met in a decade.");
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK(related(f, "ATTENDED", "Ana Duarte", name));
  CHECK(related(f, "ATTENDED", "Luis Soto", name));
}

TEST_CASE("two places joined by a dash in a title's complement: the office is held, and no meeting is held there") {
  const auto f = facts("The summit was held in Addis Ababa on 3 February 2027. The African Union sent its Special "
                       "Envoy for the Juba–Khartoum Dialogue, Amina Diallo.");
  CHECK(related(f, "HOLDS_OFFICE", "Amina Diallo", "African Union"));
  for (const auto& r : f.relations) {
    if (r.type == "HELD_IN") CHECK(f.entities[static_cast<size_t>(r.end)].name != "Khartoum");
  }
}

TEST_CASE("a state whose capital names the meeting it hosted is its host, not an attendee") {
  const auto arts = kg::ingest::read_articles("In May 2027 Peru hosted the Lima Pacific Summit at the Torre Tagle Palace.\n",
                                              "dir/in.txt", kg::test::reader_rules());
  REQUIRE(arts.size() == 1);
  const auto f = kg::ingest::extract(arts[0], lexicon());
  const std::string name = only_entity(f, "Meeting");
  REQUIRE(!name.empty());
  CHECK(related(f, "HOSTED", "Peru", name));
  CHECK_FALSE(related(f, "ATTENDED", "Peru", name));
}

TEST_CASE("'signed by the Home Secretary and by X': a title alone names the person the text gave it to") {
  const auto f = facts("The conference was held in Leeds on 2 May 2027. It was opened by the Home Secretary of Britain, "
                       "the Rt Hon Alan Pemberton MP. The Leeds Declaration on Policing was adopted on the last day. It was signed by the "
                       "Home Secretary and by Prime Minister Luis Soto of Peru.");
  const std::string compact = only_entity(f, "Document");
  REQUIRE(!compact.empty());
  CHECK(related(f, "SIGNED", "Luis Soto", compact));
  CHECK(related(f, "SIGNED", "Alan Pemberton", compact));
}
