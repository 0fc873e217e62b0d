// Round 16 rules, branch fix16a (docs/HELDOUT.md): transcript speaker turns as quotes, people
// apposed to "an analyst at ...", middle initials, documents and their signing, meetings and
// places. Sentences about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a person apposed to 'an analyst at X' is a person and speaks the quotes after") {
  const auto f = facts("Tomasz Nowicki, a researcher at the Baltic Policy Forum in Riga, said the talks had stalled. "
                       "\"Nobody wants to move first,\" he said. \"That is the whole problem.\"");
  CHECK(entity(f, "Person", "Tomasz Nowicki") >= 0);
  CHECK(speaker_of(f, "Nobody wants to move first") == "Tomasz Nowicki");
  CHECK(speaker_of(f, "That is the whole problem.") == "Tomasz Nowicki");
}

TEST_CASE("a middle initial stays inside the name") {
  const auto f = facts("Chile's president, Ricardo T. Olmedo, met the Peruvian foreign minister in Lima. Olmedo said the "
                       "border talks would resume.");
  CHECK(entity(f, "Person", "Ricardo T. Olmedo") >= 0);
  CHECK(entity(f, "Person", "Ricardo T") < 0);
  CHECK(count_kind(f, "Person") == 1);
}

TEST_CASE("a transcript turn of a named speaker is one quote of that person; moderator and questions are not") {
  const auto f = facts(
      "MODERATOR: Welcome to the press conference of President Marta Ilves of Estonia and Prime Minister Jonas Berg of "
      "Norway. [applause]\n\n"
      "PRESIDENT ILVES: Thank you all for coming. Today we agreed to deepen our cyber cooperation. [applause]\n\n"
      "Our experts will meet again in Tallinn in May.\n\n"
      "Q: A question for the Prime Minister. Will Norway send more ships?\n\n"
      "PRIME MINISTER BERG (through an interpreter): We will send two frigates next year. The Kremlin called that "
      "\"a provocation\", but we disagree.\n\n"
      "MODERATOR: This ends the briefing.");
  const auto* ilves = quote_starting(f, "Thank you all for coming.");
  REQUIRE(ilves != nullptr);
  CHECK(f.entities[static_cast<size_t>(ilves->speaker)].name == "Marta Ilves");
  // two paragraphs, one utterance; the note in brackets is dropped
  CHECK(ilves->text == "Thank you all for coming. Today we agreed to deepen our cyber cooperation. Our experts will meet "
                       "again in Tallinn in May.");
  const auto* berg = quote_starting(f, "We will send two frigates");
  REQUIRE(berg != nullptr);
  CHECK(f.entities[static_cast<size_t>(berg->speaker)].name == "Jonas Berg");
  CHECK(speaker_of(f, "a provocation") == "Russia");
  CHECK(quote_starting(f, "Welcome to the press conference") == nullptr);
  CHECK(quote_starting(f, "A question for the Prime Minister") == nullptr);
  CHECK(quote_starting(f, "This ends") == nullptr);
}

TEST_CASE("a single capitalised lead-in is no transcript turn") {
  const auto f = facts("UPDATE: Prime Minister Jonas Berg of Norway said the frigates would sail in May.\n\n"
                       "Berg spoke in Oslo after a cabinet meeting.");
  CHECK(f.quotes.empty());
}

TEST_CASE("palaces named head first with a particle, and with a possessive, are places where meetings were held") {
  const auto f = facts("The summit, hosted by Portugal at the Palácio de Belém, was chaired by the Portuguese president.");
  CHECK(entity(f, "Place", "Palácio de Belém") >= 0);
  CHECK(related(f, "HELD_IN", only_entity(f, "Meeting"), "Palácio de Belém"));
  const auto g = facts("The talks, hosted by Ghana at the Peace Palace, opened on Monday. The ministers later met the press.");
  CHECK(entity(g, "Place", "Peace Palace") >= 0);
  const auto h = facts("The talks, hosted by Kenya at the Nation's Palace, opened on Monday.");
  CHECK(entity(h, "Place", "Nation's Palace") >= 0);
}

TEST_CASE("a body's headquarters and a headquarters named in capitals are places") {
  const auto f = facts("Defence ministers met at EU headquarters in Brussels on Friday.");
  CHECK(entity(f, "Place", "EU headquarters") >= 0);
  const auto g = facts("Army planners from nine countries met at the Joint Operations Headquarters in Naples on Monday.");
  CHECK(entity(g, "Place", "Joint Operations Headquarters") >= 0);
}

TEST_CASE("a venue inside a meeting's own phrase places only that meeting") {
  const auto f = facts("Donors pledged aid at a meeting of the Sahel Contact Group at AU headquarters in Addis Ababa, a day after "
                       "army planners met in Nairobi.");
  CHECK(related(f, "HELD_IN", "Sahel Contact Group meeting in Addis Ababa", "AU headquarters"));
  int wrong = 0;
  for (const auto& r : f.relations) {
    if (r.type == "HELD_IN" && f.entities[static_cast<size_t>(r.end)].name == "AU headquarters" &&
        f.entities[static_cast<size_t>(r.start)].name.find("Nairobi") != std::string::npos) {
      ++wrong;
    }
  }
  CHECK(wrong == 0);
}

TEST_CASE("a research centre named after 'the' is a body") {
  const auto f = facts("Ines Moreau, a fellow at the Centre for Strategic Maritime Studies in Lisbon, said the deal was fragile.");
  CHECK(entity(f, "Organization", "Centre for Strategic Maritime Studies") >= 0);
}

TEST_CASE("'the Agreement on X' with a capitalised subject is a document, and its signing by A and B makes them signers") {
  const auto f = facts("This morning we saw the signing of the Agreement on Coastal Surveillance Cooperation by our Foreign "
                       "Secretary, Lucia Ferrante, and Chile's Foreign Minister, Tomas Riquelme.");
  CHECK(entity(f, "Document", "Agreement on Coastal Surveillance Cooperation") >= 0);
  CHECK(entity(f, "Force", "Coastal Surveillance Cooperation") < 0);
  CHECK(related(f, "SIGNED", "Lucia Ferrante", "Agreement on Coastal Surveillance Cooperation"));
  CHECK(related(f, "SIGNED", "Tomas Riquelme", "Agreement on Coastal Surveillance Cooperation"));
  CHECK(related(f, "SIGNED", "Chile", "Agreement on Coastal Surveillance Cooperation"));
  // a plain agreement on a subject in lower case is still no text in particular
  const auto g = facts("The two sides hope to reach an agreement on border security next year.");
  CHECK(count_kind(g, "Document") == 0);
}

TEST_CASE("a document's subject ends before where it happens") {
  const auto f = facts("France and Italy signed a memorandum on the joint development of naval drones in Toulon.");
  CHECK(entity(f, "Document", "memorandum on the joint development of naval drones") >= 0);
}

TEST_CASE("'he and X signed': the pronoun heading a list of signers is the person named before") {
  const auto f = facts("Italy's defence minister, Paolo Renzetti, said the talks had gone well. After the meeting, he and French "
                       "Defence Minister Claire Dubois signed a memorandum on joint missile production.");
  const std::string doc = only_entity(f, "Document");
  REQUIRE(!doc.empty());
  CHECK(related(f, "SIGNED", "Paolo Renzetti", doc));
  CHECK(related(f, "SIGNED", "Claire Dubois", doc));
}

TEST_CASE("a visit is named by where it went, and a qualifier with the head alone is no alias of it") {
  const auto f = facts("[The two leaders spoke to reporters after their bilateral meeting.]\n\n"
                       "It was an honour to welcome President Ana Duarte on her first state visit to Kenya, and our talks were "
                       "long and productive.");
  const std::string meeting = only_entity(f, "Meeting");
  CHECK(meeting == "state visit to Kenya");
  const int m = entity(f, "Meeting", "state visit to Kenya");
  REQUIRE(m >= 0);
  for (const auto& a : f.entities[static_cast<size_t>(m)].aliases) CHECK(a != "bilateral meeting");
}

TEST_CASE("air force and naval ranks are titles before a name") {
  const auto f = facts("The talks were chaired jointly by the head of the Australian defence force, Air Chief Marshal Neil "
                       "Hartigan, and his New Zealand counterpart, Air Marshal Tane Rewiti.");
  CHECK(entity(f, "Person", "Neil Hartigan") >= 0);
  CHECK(entity(f, "Person", "Tane Rewiti") >= 0);
  CHECK(entity(f, "Person", "Air Chief Marshal Neil Hartigan") < 0);
}

TEST_CASE("towns on the outskirts, at the end of a road, off a coast or visited, and shoals and named seas, are places") {
  const auto f = facts("The engineers will clear the outskirts of Benghazi and the road to Ajdabiya. Patrols will cover the East "
                       "Siberian Sea, from Tern Reef to the waters off Sakhalin. The minister will visit Nairobi in May.");
  CHECK(entity(f, "Place", "Benghazi") >= 0);
  CHECK(entity(f, "Place", "Ajdabiya") >= 0);
  CHECK(entity(f, "Place", "Tern Reef") >= 0);
  CHECK(entity(f, "Place", "Sakhalin") >= 0);
  CHECK(entity(f, "Place", "Nairobi") >= 0);
  const auto g = facts("Danish ships sailed through the West Norwegian Sea on Monday.");
  CHECK(entity(g, "Place", "West Norwegian Sea") >= 0);
  CHECK(entity(g, "Place", "Norwegian Sea") < 0);
}

TEST_CASE("'in' inside a title opened by a capitalised 'The' places nothing; a body's possessive headquarters is a place") {
  const auto f = facts("You receive this newsletter because you subscribed to The Month in Fjords.");
  CHECK(entity(f, "Place", "Fjords") < 0);
  const auto g = facts("The ministers met at the bloc's headquarters in Jakarta on Friday, where ECOWAS's headquarters was "
                       "also discussed.");
  CHECK(entity(g, "Place", "ECOWAS's headquarters") >= 0);
}

TEST_CASE("a body's session that closed in a city met there; an invitation to visit a city is a visit to come") {
  const auto f = facts("The Nordic Council closed in Reykjavik on Friday without a joint statement.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Reykjavik"));
  const auto g = facts("The prime minister invited the Chilean president to visit Canberra next year.");
  const int v = entity(g, "Meeting", "visit to Canberra");
  REQUIRE(v >= 0);
  CHECK(related(g, "HELD_IN", "visit to Canberra", "Canberra"));
}

TEST_CASE("a binding code of conduct is a text; a bureau is a body; NHK is a broadcaster") {
  const auto f = facts("The ministers want a binding code of conduct covering the Caspian Sea.");
  CHECK(count_kind(f, "Document") == 1);
  const auto g = facts("Piracy fell by a quarter last year, according to the Regional Piracy Reporting Bureau.");
  CHECK(entity(g, "Organization", "Regional Piracy Reporting Bureau") >= 0);
  const auto h = facts("A reporter from NHK asked the minister about the patrols.");
  CHECK(entity(h, "Organization", "NHK") >= 0);
}

TEST_CASE("a convention centre named by a demonym is a place") {
  const auto f = facts("The talks were held at the Peruvian International Convention Center on Monday.");
  CHECK(entity(f, "Place", "Peruvian International Convention Center") >= 0);
  CHECK(count_kind(f, "Force") == 0);
}

TEST_CASE("'ministers met in X ..., and signed a protocol': the meeting produced the protocol") {
  const auto f = facts("Defence ministers of the Collective Security Treaty Organization met in Yerevan on Tuesday, hosted by "
                       "Armenia, and signed a protocol on the Cooperation 2027 exercise.");
  const std::string meeting = only_entity(f, "Meeting");
  const std::string doc = only_entity(f, "Document");
  REQUIRE(!meeting.empty());
  REQUIRE(!doc.empty());
  CHECK(related(f, "PRODUCED", meeting, doc));
}

TEST_CASE("an embassy in a named city is named with the city, and not by the state's bare embassy") {
  const auto f = facts("The Russian embassy in Oslo called the exercise \"a provocation\".");
  const int e = entity(f, "Organization", "Russian embassy in Oslo");
  REQUIRE(e >= 0);
  for (const auto& a : f.entities[static_cast<size_t>(e)].aliases) CHECK(a != "Russian Embassy");
  CHECK(speaker_of(f, "a provocation") == "Russian embassy in Oslo");
}

TEST_CASE("'met at a venue in a town': the meeting is held in both") {
  const auto f = facts("On Monday, naval planners from twelve countries met at the Joint Warfare Headquarters in Stavanger to agree a "
                       "patrol plan.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "HELD_IN", meeting, "Stavanger"));
  CHECK(related(f, "HELD_IN", meeting, "Joint Warfare Headquarters"));
}

TEST_CASE("a visit to a city is held there; a visit to a state names the state without placing it") {
  const auto f = facts("The Kenyan president agreed to make a return visit to Muscat in the spring.");
  CHECK(related(f, "HELD_IN", "return visit to Muscat", "Muscat"));
  const auto g = facts("The emir began his first state visit to Kenya on Monday.");
  CHECK(only_entity(g, "Meeting") == "state visit to Kenya");
  CHECK_FALSE(related(g, "HELD_IN", "state visit to Kenya", "Kenya"));
}

TEST_CASE("a numbered resolution and a named convention are texts; a convention centre stays a place") {
  const auto f = facts("Resolution 2790 was adopted by 14 votes to none. Egypt, which controls the canal under the Constantinople "
                       "Convention, agreed. The vote followed talks at the Kigali International Convention Centre.");
  CHECK(entity(f, "Document", "Resolution 2790") >= 0);
  CHECK(entity(f, "Document", "Constantinople Convention") >= 0);
  CHECK(entity(f, "Place", "Kigali International Convention Centre") >= 0);
}

TEST_CASE("a meeting is named with the head the article calls it by most often") {
  const auto f = facts("Leaders of Peru, Bolivia and Ecuador signed a Treaty on Water Sharing in Quito on 3 March, at the end of the "
                       "fourth Annual Meeting of the Andean Heads of State. The summit was hosted by Peru. Chile attended the summit as an "
                       "observer. Its defence minister told the summit that Santiago would cooperate.");
  const std::string name = only_entity(f, "Meeting");
  CHECK(name == "Quito summit");
}

TEST_CASE("a meeting told by a verb and a noun is named by the noun") {
  const auto f = facts("Ministers will meet again in Nairobi in July, when Kenya will host another follow-up round with the mediators, "
                       "the envoy said.");
  CHECK(only_entity(f, "Meeting") == "Nairobi round");
}
