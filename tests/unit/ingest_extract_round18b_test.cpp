// Round 18 rules, branch fix18b (docs/HELDOUT.md): leads in a communique's formal wording, forces
// kept in place, standing contributors, portfolios that are no forces, signers by membership and
// joint statements named by their parties. Sentences about states, bodies and people invented for
// the tests, none of them from the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("a lead nation and a head of mission in a communique's formal wording lead the mission") {
  const auto f = facts(
      "1. We decide to establish the Andean Support Mission in Bolivia, for an initial period of six months.\n\n"
      "2. We note with satisfaction the readiness of Peru to serve as lead nation for the Mission. We also "
      "welcome the appointment of Major General Carlos Quispe Mamani, of the Peruvian Army, as Head of Mission.\n\n"
      "3. We are grateful for the pledges to the Mission announced today.");
  const std::string mission = "Andean Support Mission in Bolivia";
  CHECK(related(f, "LEADS", "Peru", mission));
  CHECK(related(f, "LEADS", "Carlos Quispe Mamani", mission));
  CHECK(related(f, "HOLDS_OFFICE", "Carlos Quispe Mamani", "Peruvian Army"));
  // "Head of Mission" is the post, not a name of the mission; "the Mission announced" no person
  CHECK(entity(f, "Force", "Head of Mission") < 0);
  CHECK(entity(f, "Person", "Mission") < 0);
}

TEST_CASE("a state designated as lead nation and an officer appointed as force commander lead the force") {
  const auto f = facts(
      "4. The Summit decided to deploy a SADC Standby Brigade for the Great Lakes, with 1,500 troops. The "
      "headquarters of the Brigade shall be located in Goma.\n\n"
      "5. The Summit designated the Republic of Zambia as lead nation of BRIGL-X and appointed Major General Peter "
      "Mwale as Force Commander.\n\n"
      "6. Kenya will serve as head of the secretariat, and Ambassador Ruth Wanjiru was appointed as coordinator of "
      "the donor conference.");
  const std::string brigade = "SADC Standby Brigade for the Great Lakes";
  CHECK(related(f, "LEADS", "Zambia", brigade));
  CHECK(related(f, "LEADS", "Peter Mwale", brigade));
  // a post of something that is no force leads nothing
  CHECK_FALSE(related(f, "LEADS", "Kenya", brigade));
  CHECK_FALSE(related(f, "LEADS", "Ruth Wanjiru", brigade));
}

TEST_CASE("a body's ministers who met and signed a text sign it through those at the meeting, not the body") {
  const auto f = facts(
      "Defence ministers of the Collective Security Treaty Organization met in Yerevan on Friday, hosted by Armenia, "
      "and signed a protocol on Cobalt Shield 2027, a joint air defence exercise. Belarus was represented by its "
      "defence minister, General Pavel Hrynko, and Tajikistan by Deputy Defence Minister Rustam Nazarov. "
      "Kazakhstan's defence minister, Yerlan Seitkali, was present but did not sign, citing the exercise's cost.");
  const std::string protocol = "protocol on Cobalt Shield 2027";
  CHECK(related(f, "SIGNED", "Pavel Hrynko", protocol));
  CHECK(related(f, "SIGNED", "Belarus", protocol));
  CHECK(related(f, "SIGNED", "Rustam Nazarov", protocol));
  CHECK(related(f, "SIGNED", "Tajikistan", protocol));
  CHECK_FALSE(related(f, "SIGNED", "Yerlan Seitkali", protocol));
  CHECK_FALSE(related(f, "SIGNED", "Kazakhstan", protocol));
  CHECK_FALSE(related(f, "SIGNED", "Collective Security Treaty Organization", protocol));
}

TEST_CASE("a joint statement of 'the two countries' or 'by A and B' is named after its two issuers") {
  const auto f = facts(
      "HANOI, March 3 - Indonesia's president arrived in Hanoi on Monday for a two-day state visit to Vietnam. "
      "Vietnam and Indonesia signed an agreement on fisheries patrols. The two countries also agreed, in a joint "
      "statement released on Tuesday, to open a hotline between their navies.");
  CHECK(entity(f, "Document", "Indonesia-Vietnam joint statement") >= 0);
  const auto g = facts(
      "Foreign ministers met in Santiago on Monday. In a joint statement by Chile and Argentina, the ministers "
      "pledged to open two border crossings. Peru and Bolivia were also invited.");
  CHECK(entity(g, "Document", "Chile-Argentina joint statement") >= 0);
  // a text with a name of its own keeps it
  const auto h = facts(
      "Leaders met in Lima on Friday. In the Lima Joint Statement, the two countries agreed to share radar data, "
      "Peru and Ecuador said.");
  CHECK(entity(h, "Document", "Lima Joint Statement") >= 0);
  CHECK(entity(h, "Document", "Peru-Ecuador joint statement") < 0);
}

TEST_CASE("a party keeping its own troops there or in a force commits them to that force") {
  const auto f = facts(
      "Donors approved a Regional Training Mission for Chad in May. Norway, which co-chairs the border monitoring "
      "mechanism with Sweden, will also keep its engineers there. Finland will keep its ships in port.");
  CHECK(related(f, "COMMITS", "Norway", "border monitoring mechanism"));
  CHECK_FALSE(related(f, "COMMITS", "Norway", "Regional Training Mission for Chad"));
  CHECK_FALSE(related(f, "COMMITS", "Finland", "Regional Training Mission for Chad"));
  const auto g = facts(
      "The United Nations set up the Sahel Monitoring Mission in May. Nepal will maintain its 200 troops in the "
      "mission until 2028, but Bhutan will not keep its engineers in the mission.");
  CHECK(related(g, "COMMITS", "Nepal", "Sahel Monitoring Mission"));
  CHECK_FALSE(related(g, "COMMITS", "Bhutan", "Sahel Monitoring Mission"));
}

TEST_CASE("an adverb between 'has' and 'been' keeps a standing contributor") {
  const auto f = facts(
      "The United Nations set up the Sahel Monitoring Mission in May. Bangladesh has long been the mission's largest "
      "contributor, and Nepal has consistently been UNMISS's second-largest troop contributor.");
  CHECK(related(f, "COMMITS", "Bangladesh", "Sahel Monitoring Mission"));
  CHECK(related(f, "COMMITS", "Nepal", "UNMISS"));
}

TEST_CASE("the fields of a minister's title or of a body's name are no forces") {
  const auto f = facts(
      "Among the guests were Oman's minister of state for defence cooperation, Salim Al Harthy, and "
      "Botswana, which chairs the SADC Organ on Peace, Defence and Security Cooperation.");
  CHECK(count_kind(f, "Force") == 0);
  CHECK(related(f, "HOLDS_OFFICE", "Salim Al Harthy", "Oman"));
  // (the fields listed after "on" are part of the body's name, round 21i)
  CHECK(entity(f, "Organization", "SADC Organ on Peace, Defence and Security Cooperation") >= 0);
}

TEST_CASE("pledges told in other words: 'his country would send', ships and docks, a unit beside others, training") {
  const auto f = facts(
      "The Security Council approved a 4,000-strong Belize Stabilisation Force on Monday. The force is to be led by "
      "Honduras and Panama, officials said. Honduran Defence Minister Carlos Rivera said in Tegucigalpa that his "
      "country would deploy 300 soldiers by the end of March.");
  CHECK(related(f, "COMMITS", "Honduras", "4,000-strong Belize Stabilisation Force"));
  const auto g = facts(
      "Ministers launched a regional Disaster Relief Flotilla, which will be commanded by Chile for its first year. "
      "Colombia will send a landing platform dock and a hospital ship. Peru committed a signals company and a field "
      "hospital, and Ecuador will build a field hospital at the port of Manta.");
  CHECK(related(g, "COMMITS", "Colombia", "Disaster Relief Flotilla"));
  CHECK(related(g, "COMMITS", "Peru", "Disaster Relief Flotilla"));
  // a field hospital pledged beside other units is one of them; one built somewhere is a force,
  // and the clause of another party's verb ("..., and Ecuador will build") is not Peru's
  CHECK_FALSE(related(g, "COMMITS", "Peru", "field hospital"));
  CHECK(related(g, "COMMITS", "Ecuador", "field hospital"));
  const auto h = facts(
      "Ministers launched a police training programme for Haiti, to be run by Canada and Chile. Chile will train "
      "1,500 Haitian cadets in Santiago.");
  CHECK(relation(h, "COMMITS", "Chile", "police training programme for Haiti") != nullptr);
  CHECK(relation(h, "COMMITS", "Chile", "police training programme for Haiti")->properties.at("detail").starts_with("train 1,500 Haitian cadets"));
}

TEST_CASE("leading a force commits nothing by itself; being in charge of a task does") {
  const auto f = facts(
      "The Security Council approved a 4,000-strong Belize Stabilisation Force on Monday. The force is to be led by "
      "Honduras and Panama, officials said, and Guatemala would be in charge of patrolling the northern border.");
  const std::string force = "4,000-strong Belize Stabilisation Force";
  CHECK(related(f, "LEADS", "Panama", force));
  CHECK_FALSE(related(f, "COMMITS", "Panama", force));
  CHECK_FALSE(related(f, "COMMITS", "Honduras", force));
  CHECK(related(f, "COMMITS", "Guatemala", "patrolling the northern border"));
}

TEST_CASE("a titled agreement on a force's status takes the force's name, and was produced beside the meeting") {
  const auto f = facts(
      "Andean foreign ministers met in Lima on Friday for their annual meeting.\n\n"
      "The ministers also hailed the signing, on the sidelines of the Lima talks, of the Agreement on the Legal Status of "
      "the Andean Support Mission in Bolivia by the foreign ministers of Peru and Bolivia.");
  const std::string agreement = "Agreement on the Legal Status of the Andean Support Mission in Bolivia";
  CHECK(entity(f, "Document", agreement) >= 0);
  CHECK(entity(f, "Force", "Andean Support Mission in Bolivia") >= 0);
  CHECK(related(f, "SIGNED", "Peru", agreement));
  CHECK(related(f, "SIGNED", "Bolivia", agreement));
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE_FALSE(meeting.empty());
  CHECK(related(f, "PRODUCED", meeting, agreement));
}

TEST_CASE("pledges listed after a semicolon with their verb left out share the first one's verb") {
  const auto f = facts(
      "2. We decide to establish the Andean Support Mission in Bolivia.\n\n"
      "3. Peru will send 100 army engineers and a medical team; Chile, 40 police trainers and a cargo plane; "
      "Ecuador, 30 trainers, pending a vote in its Congress; and Colombia, ten police officers. "
      "Argentina; Uruguay will study the request.");
  const std::string mission = "Andean Support Mission in Bolivia";
  CHECK(related(f, "COMMITS", "Peru", mission));
  CHECK(related(f, "COMMITS", "Chile", mission));
  CHECK(related(f, "COMMITS", "Ecuador", mission));
  CHECK(related(f, "COMMITS", "Colombia", mission));
  CHECK_FALSE(related(f, "COMMITS", "Uruguay", mission));
}

TEST_CASE("a force 'to be headquartered in X and led by Y' is led by Y") {
  const auto f = facts(
      "The ministers also chose to create an Andean Border Support Mission for Ecuador, to be headquartered in "
      "Tulcan and led by Colombia, to train the border police.");
  CHECK(related(f, "LEADS", "Colombia", "Andean Border Support Mission for Ecuador"));
  CHECK_FALSE(related(f, "COMMITS", "Colombia", "Andean Border Support Mission for Ecuador"));
}

TEST_CASE("a body that decided to set up a force commits to it") {
  const auto f = facts(
      "Leaders met in Abuja on Friday. ECOWAS decided to deploy a Sahel Border Support Mission for Niger, and Ghana "
      "decided to send 200 soldiers to the mission.");
  CHECK(related(f, "COMMITS", "ECOWAS", "Sahel Border Support Mission for Niger"));
  CHECK(related(f, "COMMITS", "Ghana", "Sahel Border Support Mission for Niger"));
}

TEST_CASE("'the leaders' who set up a force at a body's summit stand for the body") {
  const auto f = facts(
      "QUITO, May 4 - The Andean Community summit opened in Quito on Monday. On Tuesday the leaders set up an Andean "
      "Disaster Response Mechanism to send army units to members hit by floods. Peru pledged a signals company to "
      "the mechanism.");
  CHECK(related(f, "COMMITS", "Andean Community", "Andean Disaster Response Mechanism"));
  CHECK(related(f, "COMMITS", "Peru", "Andean Disaster Response Mechanism"));
}

TEST_CASE("a contribution announced by a party commits it") {
  const auto f = facts(
      "5. The Summit decided to deploy a Sahel Standby Force for the Liptako-Gourma region.\n\n"
      "6. The Summit welcomed the announcement by Niger of a contribution of four helicopters to the Force.");
  CHECK(related(f, "COMMITS", "Niger", "Sahel Standby Force for the Liptako-Gourma region"));
}
