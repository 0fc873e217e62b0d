// Round 23 rules (branch fix23g): what a speaker's turn of a verbatim record says of a force and
// of the speaker. Invented sentences (other forces, states and delegates), none of the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"
#include "reader_fixture.h"

using namespace kg::test;

namespace {

const char* const kRecord =
    "United Nations                                        S/PV.9502\n"
    "Security Council\n"
    "Eightieth year                                        Provisional\n"
    "9502nd meeting\n"
    "Wednesday, 11 June 2025, 10 a.m.\n"
    "New York\n\n"
    "President:   Mr. Dlamini . . . . . . . . . . . . . . . . . (South Africa)\n\n"
    "Members:     Ecuador . . . . . . . . . . . . . . . . . . Mrs. Vera\n"
    "             Slovenia . . . . . . . . . . . . . . . . . . Mr. Zupan\n"
    "             Japan . . . . . . . . . . . . . . . . . . . Ms. Sato\n\n"
    "Agenda\n\n"
    "The situation in the Sahel\n\n"
    "The session was opened at 10.05 a.m.\n\n"
    "The President (spoke in English): The Coastal Shield Mission now patrols the coast road. The representative of "
    "Japan has the floor.\n\n"
    "Ms. Sato (Japan): Japan voted in favour. We will provide two transport aircraft to the Mission, and we ask "
    "others to do the same.\n\n"
    "The President (spoke in English): The representative of Ghana has the floor.\n\n"
    "Mr. Mensah (Ghana) (spoke in French): I address the Council as the Minister of Defence of Ghana. My Government could send 90 engineers, subject to a vote of "
    "Parliament.\n\n"
    "The meeting rose at 11.20 a.m.\n";

kg::ingest::DocFacts record_facts() { return kg::ingest::extract(read_one(kRecord), lexicon()); }

}  // namespace

TEST_CASE("a force the lexicon knows is referred to by its head alone ('this Force', 'the Force')") {
  const auto f = facts(
      "The EAC Regional Force now patrols the highway north of Goma, its officers said on Friday. Burundi leads this "
      "Force and will go on leading it after the elections.");
  CHECK(related(f, "LEADS", "Burundi", "EAC Regional Force"));
}

TEST_CASE("a verbatim record: 'we' in a turn is the state the speaker's label names in brackets") {
  const auto f = record_facts();
  CHECK(related(f, "COMMITS", "Japan", "Coastal Shield Mission"));
}

TEST_CASE("a turn's 'my Government' / 'our country' is the speaker's state") {
  const auto f = record_facts();
  CHECK(related(f, "COMMITS", "Ghana", "Coastal Shield Mission"));
}

TEST_CASE("a turn's 'I address you as the <office> of <state>': the speaker holds that office") {
  const auto f = record_facts();
  CHECK(related(f, "HOLDS_OFFICE", "Mensah", "Ghana"));
}

TEST_CASE("a meeting head right after a subject pronoun is a verb ('we call on partners'), no meeting") {
  const auto f = facts("Japan will fund two clinics in the north, and we call on partners to match that pledge, Ms. Sato said.");
  CHECK(entity(f, "Meeting", "call on partners") < 0);
}

TEST_CASE("'pending the agreement of X' is a consent still to be given, no Document") {
  const auto f = facts("Ghana will send 90 engineers to the Coastal Shield Mission, pending the agreement of the Malian "
                       "authorities, officials said.");
  CHECK(entity(f, "Document", "agreement of the Malian authorities") < 0);
}
