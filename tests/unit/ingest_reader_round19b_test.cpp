// Round 19 reader rules (branch fix19b): an interview's questions in bold, the headers of a
// parliamentary record and of a broadcast transcript.
#include <doctest/doctest.h>

#include "ingest/name_key.h"
#include "ingest/reader.h"
#include "reader_fixture.h"

using kg::ingest::Article;
using kg::test::read_one;

TEST_CASE("an interview's bold questions stay in the text and are marked; a bold byline is no question") {
  const Article a = read_one(
      "# Chile's defence minister on the Pacific patrol pact\n\n"
      "*The Andes Review · Interview · 3 May 2027*\n\n"
      "**By Tomas Quiroga**\n\n"
      "Chile's defence minister, Ximena Vidal, signed a patrol pact with Peru in Lima last week. She spoke to the Review "
      "in Santiago.\n\n"
      "**Minister, what was agreed?**\n\n"
      "A joint patrol of the maritime border, from January.\n\n"
      "**Who will lead it?**\n\n"
      "Peru will lead it first. We will send two ships.\n",
      "dir/in.md");
  REQUIRE(a.questions.size() == 2);
  CHECK(a.text.compare(a.questions[0], 27, "Minister, what was agreed?\n") == 0);
  CHECK(a.text.compare(a.questions[1], 17, "Who will lead it?") == 0);
  CHECK(a.text.find("By Tomas Quiroga") == std::string::npos);
}

TEST_CASE("a parliamentary record's header: the volume line dates it, a masthead spelling its host names the outlet") {
  const Article a = read_one(
      "Hansard\n"
      "Senate\n\n"
      "Baltic Air Policing: Riga Conference\n"
      "Volume 214: debated on Wednesday 3 March 2027\n\n"
      "https://hansard.example-parliament.org/Senate/2027-03-03/debates/BalticAirPolicing\n\n"
      "2.15 pm\n\n"
      "The Minister for Defence (Helen Gorrie): With permission, I shall make a statement about the conference in Riga.\n\n"
      "Torquil Fairlie (Perth North) (Con): I thank the Minister for her statement.\n");
  CHECK(a.title == "Baltic Air Policing: Riga Conference");
  CHECK(a.date == "2027-03-03");
  CHECK(a.outlet == "Hansard");
  CHECK(a.text.find("Volume 214") == std::string::npos);
}

TEST_CASE("a broadcast transcript's header: the segment line is the title, a channel in capitals the outlet") {
  const Article a = read_one(
      "NORDWAVE TV\n"
      "NORDWAVE EVENING | 19:00 edition\n"
      "Friday 5 March 2027\n\n"
      "TRANSCRIPT | Segment 3 of 5: Baltic states agree a joint air policing rota\n"
      "Anchor: Lise Torvund | Correspondent: Peter Aas, Riga | Running time: 04:10\n\n"
      "[00:00:00]\n"
      "ANCHOR: Good evening. The Baltic states have agreed a joint air policing rota.\n\n"
      "[00:00:12]\n"
      "CORRESPONDENT (voice-over): Ministers met in Riga today and agreed the rota.\n");
  CHECK(a.title == "Baltic states agree a joint air policing rota");
  CHECK(a.date == "2027-03-05");
  CHECK(kg::ingest::name_key(a.outlet) == "nordwave tv");
}

TEST_CASE("a transcript's caption line over a soundbite stays in the text") {
  const Article a = read_one(
      "NORDWAVE TV\n"
      "Friday 5 March 2027\n\n"
      "TRANSCRIPT | Segment 3 of 5: Baltic states agree a joint air policing rota\n\n"
      "[00:00:00]\n"
      "ANCHOR: Good evening. The Baltic states have agreed a joint air policing rota.\n\n"
      "[00:00:12]\n"
      "CAPTION: MARTA OZOLA | Deputy Foreign Minister, Republic of Lithuania\n"
      "MARTA OZOLA: We agreed on the rota.\n");
  CHECK(a.text.find("CAPTION: MARTA OZOLA | Deputy Foreign Minister, Republic of Lithuania") != std::string::npos);
}
