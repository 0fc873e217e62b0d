// Round 18 reader rules (branch fix18a): a transcript's header place line.
#include <doctest/doctest.h>

#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

namespace {

const char* const kTranscript =
    "Office of the President\n"
    "Republic of Chile\n\n"
    "Home | News | Speeches | Transcripts | Contact\n\n"
    "TRANSCRIPTS\n\n"
    "Joint Press Conference of President Ana Ruiz and Prime Minister Tomas Berg of Norway\n\n"
    "Palacio de La Moneda, Santiago\n"
    "14 March 2027\n\n"
    "MODERATOR: Good afternoon. Please welcome the President of the Republic of Chile, Ana Ruiz, and the Prime Minister "
    "of Norway, Tomas Berg.\n\n"
    "PRESIDENT RUIZ: It was my privilege to host Prime Minister Berg on his first state visit to Chile.\n\n"
    "PRIME MINISTER BERG: Thank you, Madam President.\n";

}  // namespace

TEST_CASE("a header's place line right over its date line is where the text was given") {
  const Article a = read_one(kTranscript);
  CHECK(a.header_place == "Palacio de La Moneda, Santiago");
  CHECK(a.date == "2027-03-14");
  CHECK(a.title == "Joint Press Conference of President Ana Ruiz and Prime Minister Tomas Berg of Norway");
  CHECK(a.text.find("Santiago") == std::string::npos);
}
