// Diplomatic and security titles, and the office a "whose" apposition gives to the state or
// body before it.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {
std::string title(const kg::ingest::DocFacts& f, const std::string& person, const std::string& body) {
  const auto* r = relation(f, "HOLDS_OFFICE", person, body);
  if (r == nullptr) return "<none>";
  auto it = r->properties.find("title");
  return it == r->properties.end() ? "<no title>" : it->second;
}
}  // namespace

TEST_CASE("'whose' gives an apposed title to the state right before it") {
  const auto f = facts(
      "The session was chaired by Secretary General Anna Berg and hosted by Portugal, whose foreign minister, "
      "Rui Cardoso, opened the first session.");
  CHECK(title(f, "Rui Cardoso", "Portugal") == "Foreign Minister");
  CHECK_FALSE(related(f, "HOLDS_OFFICE", "Rui Cardoso", "NATO"));
}

TEST_CASE("security and diplomatic titles are offices") {
  const auto f = facts(
      "The talks were opened by the AU's peace and security commissioner, Amina Diallo. "
      "Kenya's chief of defence staff, Peter Mwangi, attended. "
      "Brazil's interior minister, Carla Souza, and Chile's permanent representative, Jorge Rivas, spoke later.");
  CHECK(title(f, "Amina Diallo", "African Union") == "peace and security commissioner");
  CHECK(title(f, "Carla Souza", "Brazil") == "Interior Minister");
  CHECK(title(f, "Jorge Rivas", "Chile") == "ambassador");
  CHECK(title(f, "Peter Mwangi", "Kenya") == "Chief of Defence");
}
