// Round 17 rules, branch fix17a (docs/HELDOUT.md): the text of a communique as issued (its
// signature block, its title naming the document), a translated agency dispatch. Sentences
// about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

kg::ingest::DocFacts issued(const std::string& title, const std::string& text) {
  kg::ingest::Article a = article(text, "issued.txt", "2026-06-05");
  a.title = title;
  return kg::ingest::extract(a, lexicon());
}

const char* const kSigned =
    "3. We, the Ministers of Defence of the Republic of Colombia and the Republic of Peru, met in Quito for the XIV "
    "Extraordinary Meeting of the Council of Defence Ministers of the Andean Community.\n\n"
    "2. We adopt the Quito Declaration on Border Security, annexed to this communiqué.\n\n"
    "For the Plurinational State of Bolivia, Marcela Quispe Mamani, Minister of Foreign Affairs.\n\n"
    "For the Republic of Colombia, Andrés Felipe Ospina, Minister of Foreign Affairs and International Cooperation.";

}  // namespace

TEST_CASE("a signature line: the signer holds the office for the state, attended and signed, as the state did") {
  const auto f = issued("Joint Communiqué", kSigned);
  CHECK(related(f, "HOLDS_OFFICE", "Marcela Quispe Mamani", "Bolivia"));
  CHECK(related(f, "HOLDS_OFFICE", "Andrés Felipe Ospina", "Colombia"));
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Marcela Quispe Mamani", meeting));
  const std::string doc = "Joint Communiqué of the XIV Extraordinary Meeting";
  CHECK(entity(f, "Document", doc) >= 0);
  CHECK(related(f, "SIGNED", "Andrés Felipe Ospina", doc));
  CHECK(related(f, "SIGNED", "Colombia", doc));
  CHECK(related(f, "SIGNED", "Bolivia", doc));
  CHECK(related(f, "PRODUCED", meeting, doc));
  CHECK_FALSE(related(f, "SIGNED", "Colombia", "Quito Declaration on Border Security"));
}

TEST_CASE("without a title naming the document, signature lines still give offices, not a signed text") {
  const auto f = issued("Andean ministers meet in Quito", kSigned);
  CHECK(related(f, "HOLDS_OFFICE", "Marcela Quispe Mamani", "Bolivia"));
  for (const auto& r : f.relations) CHECK(r.type != "SIGNED");
}

TEST_CASE("editions numbered in Roman numerals are two meetings, and keep only names with their number") {
  const auto f = facts("The ministers met in Quito for the XIV Extraordinary Meeting of the Andean Council of Foreign Ministers. "
                       "They accepted the offer of Bolivia to host the XV Extraordinary Meeting of the Andean Council of Foreign "
                       "Ministers in La Paz next year.");
  const int a = entity(f, "Meeting", "XIV Extraordinary Meeting");
  const int b = entity(f, "Meeting", "XV Extraordinary Meeting");
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  CHECK(a != b);
  CHECK(entity(f, "Meeting", "Extraordinary Meeting") < 0);
}

TEST_CASE("the Gulf of Guinea is a sea, not the state of Guinea; border towns of the Afghan-Pakistani frontier are places") {
  const auto f = facts("Nigeria and Ghana agreed to patrol the Gulf of Guinea together. Convoys left Quetta and Jalalabad "
                       "before dawn on Monday, and traders in Peshawar and Kandahar waited for news.");
  CHECK(entity(f, "Place", "Gulf of Guinea") >= 0);
  CHECK(entity(f, "Country", "Guinea") < 0);
  CHECK(entity(f, "Place", "Quetta") >= 0);
  CHECK(entity(f, "Place", "Jalalabad") >= 0);
  CHECK(entity(f, "Place", "Peshawar") >= 0);
  CHECK(entity(f, "Place", "Kandahar") >= 0);
}

TEST_CASE("'A received B for a closed-door meeting': a meeting of the two, hosted by A, named after them") {
  const auto f = facts("The talks ended with a joint statement. After the ceremony, President Nursultan Abenov received Prime "
                       "Minister Hiroshi Sato for a closed-door meeting in the presidential palace.");
  const int m = entity(f, "Meeting", "Abenov-Sato meeting");
  REQUIRE(m >= 0);
  CHECK(related(f, "HOSTED", "Nursultan Abenov", "Abenov-Sato meeting"));
  CHECK(related(f, "ATTENDED", "Nursultan Abenov", "Abenov-Sato meeting"));
  CHECK(related(f, "ATTENDED", "Hiroshi Sato", "Abenov-Sato meeting"));
}

TEST_CASE("a meeting to come placed by a relative clause: held there, its numbered name kept, no owner attending") {
  const auto f = facts("The ministers of the Common Market for Eastern and Southern Africa met in Lusaka for the XX Ordinary "
                       "Session of the Council of Ministers. They accepted the offer of Malawi to host the XXI Ordinary Session of "
                       "the Common Market for Eastern and Southern Africa, which will be held in Lilongwe in May 2027.",
                       "2026-05-04");
  const int next = entity(f, "Meeting", "XXI Ordinary Session");
  REQUIRE(next >= 0);
  const std::string name = f.entities[static_cast<size_t>(next)].name;
  CHECK(related(f, "HELD_IN", name, "Lilongwe"));
  CHECK_FALSE(related(f, "ATTENDED", "COMESA", name));
  CHECK_FALSE(related(f, "HELD_IN", name, "Lusaka"));
}

TEST_CASE("a capitalised force word in an office title's portfolio is a word of the title, not a force") {
  const auto f = facts("Kwame Owusu Boateng, Minister of Foreign Affairs and Regional Cooperation of Ghana, arrived in Lome. "
                       "The Minister of Foreign Affairs, Integration and Togolese Abroad of Togo met him.");
  CHECK(count_kind(f, "Force") == 0);
  const auto g = facts("Defence Minister Anna Berg and the commander of Joint Task Force Baltic visited Tallinn.");
  CHECK(count_kind(g, "Force") == 1);
}

TEST_CASE("a building named head first with a Portuguese particle, and a presidential working office, are places") {
  const auto f = facts("The ministers met in Brasilia on 4 June, at the Palácio do Planalto, for the summit.");
  CHECK(entity(f, "Place", "Palácio do Planalto") >= 0);
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE(!summit.empty());
  CHECK(related(f, "HELD_IN", summit, "Palácio do Planalto"));
  const auto g = facts("The accord was signed at the Vahdettin Presidential Working Office, with both ministers looking on.");
  CHECK(entity(g, "Place", "Vahdettin Presidential Working Office") >= 0);
  CHECK(count_kind(g, "Organization") == 0);
}

TEST_CASE("a closed-door meeting received at the venue of an earlier ceremony is its own meeting, named after the two") {
  const auto f = facts("Armenia and Georgia signed a border protocol at the end of a second round of talks at the Vahdettin "
                       "Presidential Working Office. After the signing, President Nursultan Abenov received Prime Minister Kenji Sato for a closed-door meeting "
                       "held at the Vahdettin Presidential Working Office.");
  const int pair = entity(f, "Meeting", "Abenov-Sato meeting");
  REQUIRE(pair >= 0);
  const std::string name = f.entities[static_cast<size_t>(pair)].name;
  CHECK(name == "Abenov-Sato meeting");
  CHECK(related(f, "HELD_IN", name, "Vahdettin Presidential Working Office"));
  CHECK(count_kind(f, "Meeting") == 2);
}

TEST_CASE("the party thanked for hosting hosted the meeting; thanks for anything else host nothing") {
  const auto f = facts("Foreign ministers from eleven states met in Gaborone for the summit. "
                       "We are deeply grateful to the authorities and people of the Republic of Botswana for "
                       "hosting the summit. Zambia thanked Namibia and Angola for their patient work.");
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE(!summit.empty());
  CHECK(related(f, "HOSTED", "Botswana", summit));
  CHECK_FALSE(related(f, "HOSTED", "Namibia", summit));
  CHECK_FALSE(related(f, "HOSTED", "Zambia", summit));
}

TEST_CASE("'the meeting' right after another meeting of that head is that meeting, not the article's") {
  const auto f = facts("Armenia and Georgia signed a border protocol at the end of a second round of talks in Tbilisi. "
                       "After the signing, President Nursultan Abenov received Prime Minister Kenji Sato for a closed-door "
                       "meeting held at the Vahdettin Presidential Working Office. Present at the meeting as well were Foreign "
                       "Minister Aliya Bekova and National Security Committee Chairman Yerlan Sadykov.");
  CHECK(related(f, "ATTENDED", "Aliya Bekova", "Abenov-Sato meeting"));
  CHECK(related(f, "ATTENDED", "Yerlan Sadykov", "Abenov-Sato meeting"));
  const int talks = entity(f, "Meeting", "round of talks in Tbilisi");
  REQUIRE(talks >= 0);
  CHECK_FALSE(related(f, "ATTENDED", "Aliya Bekova", f.entities[static_cast<size_t>(talks)].name));
}

TEST_CASE("no meeting from a quotation's 'a phone call' nor from 'several rounds of talks'") {
  const auto f = facts("Kenya and Somalia signed a border accord at the end of talks in Nairobi on Monday. \"From now on, every "
                       "dispute will be settled with a phone call, not with guns,\" the Kenyan president said. Clashes in 2024 "
                       "led to several rounds of talks co-mediated by Ethiopia and Djibouti.");
  CHECK(count_kind(f, "Meeting") == 1);
  CHECK_FALSE(related(f, "ATTENDED", "Djibouti", only_entity(f, "Meeting")));
}

TEST_CASE("a list of states ending 'B and the Republic of C,' before the verb: every state met, the last ones too") {
  const auto f = facts("We, the Ministers of Defence of the Republic of Peru, the Republic of Chile, the Argentine Republic "
                       "and the Republic of Paraguay, met in Asuncion for the summit.");
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE(!summit.empty());
  CHECK(related(f, "ATTENDED", "Chile", summit));
  CHECK(related(f, "ATTENDED", "Paraguay", summit));
}

TEST_CASE("'the offer of X to host' the meeting: X hosts it") {
  const auto f = facts("We gladly accept the offer of the Republic of Namibia to host the next summit in Windhoek in 2027.");
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE(!summit.empty());
  CHECK(related(f, "HOSTED", "Namibia", summit));
  const auto g = facts("The allies of Namibia hosted the summit in Windhoek.");
  CHECK_FALSE(related(g, "HOSTED", "Namibia", only_entity(g, "Meeting")));
}

TEST_CASE("'of A, B and C, which took part in the summit as observers': every state listed attended") {
  const auto f = facts("The ministers met in Lusaka for the summit. We welcome the participation of Kenya, Ghana and Norway, "
                       "which took part in the summit as observers. Tanzania, which joined the bloc in 2024, will host the "
                       "next summit in Dodoma in 2027.");
  const int summit = entity(f, "Meeting", "Lusaka summit");
  REQUIRE(summit >= 0);
  const std::string name = f.entities[static_cast<size_t>(summit)].name;
  CHECK(related(f, "ATTENDED", "Kenya", name));
  CHECK(related(f, "ATTENDED", "Ghana", name));
  CHECK(related(f, "ATTENDED", "Norway", name));
  CHECK_FALSE(related(f, "ATTENDED", "Tanzania", name));
}

TEST_CASE("a subject with its acronym in brackets before the verb: 'The Common Market for Eastern and Southern Africa (COMESA) was represented'") {
  const auto f = facts("Ministers met in Lusaka for the summit. The Common Market for Eastern and Southern Africa (COMESA) was "
                       "represented by its secretary general. The European Union (EU) signed the declaration.");
  const std::string summit = only_entity(f, "Meeting");
  REQUIRE(!summit.empty());
  CHECK(related(f, "ATTENDED", "COMESA", summit));
}
