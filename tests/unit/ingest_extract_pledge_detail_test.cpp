// A pledge's detail is what is given ("two frigates"), not where it goes: two reports of one
// pledge, one naming the force after the ships and one before them, agree on it.
#include <doctest/doctest.h>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

std::string detail_of(const kg::ingest::DocFacts& f, const std::string& party, const std::string& force) {
  const auto* r = relation(f, "COMMITS", party, force);
  if (r == nullptr) return "(no pledge)";
  const auto it = r->properties.find("detail");
  return it == r->properties.end() ? std::string() : it->second;
}

}  // namespace

TEST_CASE("troops given 'to the force' leave the force out of the detail") {
  const auto f = facts("Ministers agreed to set up a joint coastal patrol force. Chile will contribute two frigates to the "
                       "joint coastal patrol force, its defence minister said.");
  CHECK(detail_of(f, "Chile", "joint coastal patrol force") == "two frigates");
}

TEST_CASE("'join the force with two patrol vessels' gives the vessels alone") {
  const auto f = facts("Ministers agreed to set up a joint coastal patrol force. Peru would join the force with two patrol "
                       "vessels, its navy chief said.");
  CHECK(detail_of(f, "Peru", "joint coastal patrol force") == "two patrol vessels");
}
