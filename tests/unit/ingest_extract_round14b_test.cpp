// Round 14 rules, branch fix14b (docs/HELDOUT.md): observer teams as forces, observers sent to
// talks, signers after a time adverbial, commanders, hosts and partners in new wordings, offices
// in a government's own release, quotes running on into the next paragraph. Sentences about
// states and bodies of East Africa, the Gulf and South America, none of them from the held-out
// corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("an observer team is a force; pledges go to it, observers sent to the talks do not") {
  const auto f = facts(
      "NAIROBI: Ethiopia and Eritrea agreed on Tuesday to a ceasefire, after talks hosted by Kenya that ended a war which "
      "killed 300 soldiers.\n\n"
      "Djibouti and Somalia sent observers to the talks.\n\n"
      "The ceasefire will be monitored by an IGAD Joint Observer Team, which will be commanded by a Kenyan officer, "
      "Brigadier General Peter Otieno, and based in Mekelle.\n\n"
      "Kenya will provide 30 officers and the team's headquarters, he said. Uganda pledged 20 military observers, while "
      "Rwanda offered a helicopter for the team's patrols.\n\n"
      "Eritrea's foreign minister, a former chief of the navy's coastal units, said nothing.");
  REQUIRE(entity(f, "Force", "IGAD Joint Observer Team") >= 0);
  CHECK(related(f, "COMMITS", "Kenya", "IGAD Joint Observer Team"));
  CHECK(related(f, "COMMITS", "Uganda", "IGAD Joint Observer Team"));
  CHECK(related(f, "COMMITS", "Rwanda", "IGAD Joint Observer Team"));
  CHECK(related(f, "LEADS", "Peter Otieno", "IGAD Joint Observer Team"));
  // sent to the talks: attendance, not a pledge
  CHECK(related(f, "ATTENDED", "Djibouti", "talks"));
  CHECK_FALSE(related(f, "COMMITS", "Djibouti", "IGAD Joint Observer Team"));
  CHECK_FALSE(related(f, "COMMITS", "Somalia", "IGAD Joint Observer Team"));
  // soldiers killed in a clause after "after" are no pledge of the parties that agreed
  CHECK_FALSE(related(f, "COMMITS", "Ethiopia", "IGAD Joint Observer Team"));
  CHECK_FALSE(related(f, "COMMITS", "Eritrea", "IGAD Joint Observer Team"));
}

TEST_CASE("signed after a time adverbial by apposed ministers: the ministers and their states") {
  const auto f = facts(
      "The Doha Joint Declaration was signed shortly after 11pm by Sudan's defence minister, Osman Idris, and by "
      "Chad's deputy prime minister and minister of public security, General Idriss Saleh.\n\n"
      "The Lima Accord was signed on Friday afternoon by Peru's foreign minister, Rosa Quispe, and by Bolivia's "
      "foreign minister, Andrés Mamani.");
  CHECK(related(f, "SIGNED", "Osman Idris", "Doha Joint Declaration"));
  CHECK(related(f, "SIGNED", "Idriss Saleh", "Doha Joint Declaration"));
  CHECK(related(f, "SIGNED", "Sudan", "Doha Joint Declaration"));
  CHECK(related(f, "SIGNED", "Chad", "Doha Joint Declaration"));
  CHECK(related(f, "SIGNED", "Rosa Quispe", "Lima Accord"));
  CHECK(related(f, "SIGNED", "Andrés Mamani", "Lima Accord"));
}

TEST_CASE("an addendum to an agreement is the text signed; an apposed signer before 'and' signs too") {
  const auto f = facts(
      "After the talks, Zambia's Minister of Defence, Petrus Lungu, and COMESA Secretary General Chileshe "
      "Mwila signed an addendum to the Troop Transit Agreement, which allows the force to cross the border.");
  REQUIRE(entity(f, "Document", "addendum to the Troop Transit Agreement") >= 0);
  CHECK(related(f, "SIGNED", "Petrus Lungu", "addendum to the Troop Transit Agreement"));
  CHECK(related(f, "SIGNED", "Chileshe Mwila", "addendum to the Troop Transit Agreement"));
  CHECK(related(f, "SIGNED", "Zambia", "addendum to the Troop Transit Agreement"));
  CHECK_FALSE(related(f, "SIGNED", "Chileshe Mwila", "Troop Transit Agreement"));
}

TEST_CASE("commanders: a force's bare head before a relative clause, and an appointment as its commander") {
  const auto f = facts(
      "Ministers extended the mandate of the EAC Regional Stabilisation Mission in Goma by a year.\n\n"
      "The mission, which has about 3,000 troops, is commanded by a Kenyan officer, Major General Peter Njoroge, from "
      "its headquarters in Goma.\n\n"
      "Gulf states launched the Red Sea Maritime Security Task Force on Monday. Oman is to lead the Task Force in "
      "its first year. Rear Admiral Khalid al-Habsi, an Omani naval officer who until last month led the Navy's "
      "northern fleet, has been named as its first commander.");
  CHECK(related(f, "LEADS", "Peter Njoroge", "EAC Regional Stabilisation Mission in Goma"));
  CHECK(related(f, "LEADS", "Khalid al-Habsi", "Red Sea Maritime Security Task Force"));
}

TEST_CASE("hosts: a relative clause with a name full of commas, and two coordinated participles") {
  const auto f = facts(
      "Defence ministers of the East African Community met in Arusha on Friday for an extraordinary summit. "
      "Tanzania, which currently chairs the EAC Sectoral Council on Cooperation in Defence, Security and Foreign "
      "Affairs, hosted the summit.");
  CHECK(related(f, "HOSTED", "Tanzania", only_entity(f, "Meeting")));
  const auto g = facts(
      "Gulf ministers adopted the Muscat Declaration on Friday, at the close of the Second Gulf Maritime Security "
      "Conference in Muscat. The conference was organised and hosted by Oman.");
  CHECK(related(g, "HOSTED", "Oman", only_entity(g, "Meeting")));
}

TEST_CASE("attendance: partners 'together with' the delegations, after the clause's comma") {
  const auto f = facts(
      "Ministers adopted the Muscat Declaration on Friday, at the close of the Second Gulf Maritime Security "
      "Conference in Muscat.\n\n"
      "Delegations from Bahrain, Kuwait and Qatar took part in the conference on both days, together with India, "
      "Japan and Italy as partner countries.");
  const std::string m = only_entity(f, "Meeting");
  REQUIRE(!m.empty());
  CHECK(related(f, "ATTENDED", "Kuwait", m));
  CHECK(related(f, "ATTENDED", "India", m));
  CHECK(related(f, "ATTENDED", "Japan", m));
  CHECK(related(f, "ATTENDED", "Italy", m));
}

TEST_CASE("offices with no state named: the speaker for the sentence's state, the letterhead's state") {
  const auto f = facts(
      "Brazil, which does not belong to the bloc, might help fund radios for the mission, Foreign Minister "
      "Paulo Teixeira said in Brasilia.");
  CHECK(related(f, "HOLDS_OFFICE", "Paulo Teixeira", "Brazil"));
  kg::ingest::Article a = article(
      "MINISTRY OF FOREIGN AFFAIRS OF GHANA Press Office\n\n"
      "The President of the Republic, Kwame Mensah-Ofori, opened the summit on Monday; the Minister of Foreign "
      "Affairs, Efua Boateng, chaired it. Togo's foreign minister, Kossi Agbeko, also spoke.");
  const auto g = kg::ingest::extract(a, lexicon());
  CHECK(related(g, "HOLDS_OFFICE", "Kwame Mensah-Ofori", "Ghana"));
  CHECK(related(g, "HOLDS_OFFICE", "Efua Boateng", "Ghana"));
  CHECK(related(g, "HOLDS_OFFICE", "Kossi Agbeko", "Togo"));
  CHECK_FALSE(related(g, "HOLDS_OFFICE", "Kossi Agbeko", "Ghana"));
}

TEST_CASE("a quotation split by its attribution runs on into the next paragraph as one utterance") {
  const auto f = facts(
      "\"For years our coast guards have worked apart,\" Minister Tembo told the closing session. \"The smugglers "
      "have always known it.\n\n"
      "\"From now on, any vessel leaving our harbours will be followed until it docks. That is the change.\"\n\n"
      "Ghana's minister said nothing.");
  int parts = 0;
  std::string joined;
  for (const auto& q : f.quotes) {
    if (q.text.find("smugglers") != std::string::npos || q.text.find("From now on") != std::string::npos) {
      ++parts;
      joined = q.text;
    }
  }
  CHECK(parts == 1);
  CHECK(joined == "The smugglers have always known it. From now on, any vessel leaving our harbours will be followed "
                  "until it docks. That is the change.");
  CHECK(speaker_of(f, "From now on") == speaker_of(f, "For years"));
  CHECK(speaker_of(f, "For years") != "");
}

TEST_CASE("pledges: a bare count after 'and the <state>', and a force named by its bare head") {
  const auto f = facts(
      "The ceasefire will be monitored by an IGAD Joint Observer Team, which will be commanded by a Kenyan officer.\n\n"
      "Uganda pledged 20 military observers and the Comoros ten, while Rwanda offered two helicopters.\n\n"
      "Japan, which does not belong to the bloc, might consider funding trucks and radios for the team, Foreign "
      "Minister Hiroshi Nakamura said in Tokyo.");
  CHECK(related(f, "COMMITS", "Uganda", "IGAD Joint Observer Team"));
  CHECK(related(f, "COMMITS", "Comoros", "IGAD Joint Observer Team"));
  CHECK(related(f, "COMMITS", "Japan", "IGAD Joint Observer Team"));
}

TEST_CASE("signed by a minister and by her counterparts from a list of states") {
  const auto f = facts(
      "The Accra Declaration was signed on Friday evening by Foreign Minister Ama Mensah of Ghana and by her "
      "counterparts from Togo, Benin and Burkina Faso.");
  CHECK(related(f, "SIGNED", "Togo", "Accra Declaration"));
  CHECK(related(f, "SIGNED", "Benin", "Accra Declaration"));
  CHECK(related(f, "SIGNED", "Burkina Faso", "Accra Declaration"));
  CHECK(related(f, "SIGNED", "Ghana", "Accra Declaration"));
}

TEST_CASE("a pledge to a part of a force commits to the force; a capitalised name's last word is no verb") {
  const auto f = facts(
      "The ministers launched the Gulf Maritime Interdiction Task Force on Monday. The Task Force will have its "
      "command centre at the Salalah naval base.\n\n"
      "Kuwait offered four staff officers for the command centre. Among the partners, France offered radar "
      "coverage through French Joint Forces Command, and Italy sent nothing.");
  CHECK(related(f, "COMMITS", "Kuwait", "Gulf Maritime Interdiction Task Force"));
  CHECK_FALSE(related(f, "COMMITS", "Kuwait", "command centre"));
  CHECK_FALSE(related(f, "LEADS", "France", "command centre"));
  CHECK_FALSE(related(f, "LEADS", "France", "Gulf Maritime Interdiction Task Force"));
}
