// Round 12 reader rule: a company suffix after the outlet's name in a copyright line ("© 2026
// The Andes Ledger Ltd. All rights reserved.") is not part of the outlet's name.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* kBody = "Chile and Peru signed a fisheries patrol agreement in Lima on Tuesday, officials said.\n\n";

}  // namespace

TEST_CASE("a company suffix in a copyright line is not the outlet's name") {
  const Article a = read_one(std::string("Chile and Peru agree joint patrols\n\n") + kBody +
                                 "\xC2\xA9 2026 The Andes Ledger Ltd. All rights reserved.\n",
                             "dir/in.txt");
  CHECK(a.outlet == "The Andes Ledger");
  const Article b = read_one(std::string("Chile and Peru agree joint patrols\n\n") + kBody + "Copyright 2026 Pampas Post Media, Inc.\n",
                             "dir/in.txt");
  CHECK(b.outlet == "Pampas Post Media");
  // a name that merely ends in such letters keeps them
  const Article c = read_one(std::string("Chile and Peru agree joint patrols\n\n") + kBody + "Copyright 2026 Andean Courier\n", "dir/in.txt");
  CHECK(c.outlet == "Andean Courier");
}
