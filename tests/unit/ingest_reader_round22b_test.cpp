// Round 22 reader rules (branch fix22b): the place of a wire's dateline is kept aside.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("a wire dateline's place is kept aside when the dateline is cut off") {
  const Article a = read_one(
      "Ministers agree fisheries patrol\n\n"
      "LUSAKA, June 4 (Reuters) - Ministers of Zambia and Malawi agreed on Tuesday to set up a joint fisheries patrol at "
      "talks hosted by Zambia at State House.\n\n"
      "The patrol will start in August, officials said.\n");
  CHECK(a.dateline_place == "LUSAKA");
  CHECK(a.text.find("LUSAKA") == std::string::npos);
}
