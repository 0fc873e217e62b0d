// Round 18 rules, branch fix18a (docs/HELDOUT.md): attendance, offices and speakers the earlier
// rounds left failing. Sentences about other states, bodies and people than the held-out corpus.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

TEST_CASE("an organisation attends through its head or representative who attends") {
  const auto f = facts("Defence ministers of the Andean states met in Lima on Tuesday to discuss border security. "
                       "OAS Secretary General Ricardo Montes also attended.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Ricardo Montes", meeting));
  CHECK(related(f, "ATTENDED", "Organization of American States", meeting));
  // a body there only through its head does not name the meeting
  CHECK(meeting.find("Organization of American States") == std::string::npos);

  // one merely present is there in person only ("Also present were")
  const auto g = facts("Defence ministers of the Andean states met in Lima on Tuesday to discuss border security. "
                       "Also present in Lima were OAS Secretary General Ricardo Montes and Chilean envoy Pablo Rojas.");
  const std::string lima = only_entity(g, "Meeting");
  REQUIRE(!lima.empty());
  CHECK(related(g, "ATTENDED", "Ricardo Montes", lima));
  CHECK_FALSE(related(g, "ATTENDED", "Organization of American States", lima));
}

TEST_CASE("a pronoun's attendance brings the organisation of the official it stands for") {
  const auto f = facts("Pacific foreign ministers met in Apia on Monday. The bloc pledged 40 million euros for coast guard "
                       "training, EU foreign policy chief Marta Lindqvist said. She also attended the meeting.");
  const std::string meeting = only_entity(f, "Meeting");
  REQUIRE(!meeting.empty());
  CHECK(related(f, "ATTENDED", "Marta Lindqvist", meeting));
  CHECK(related(f, "ATTENDED", "European Union", meeting));
}
