// Sentence splitting: abbreviations, initials, decimals, quotations, paragraphs.
#include <doctest/doctest.h>

#include <filesystem>

#include "ingest/sentences.h"
#include "test_dir.h"

using kg::ingest::ReaderRules;

namespace {

const ReaderRules& rules() {
  static const ReaderRules r = ReaderRules::load(std::filesystem::path(kg_test_dir()).parent_path());
  return r;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : kg::ingest::split_sentences(text, rules())) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("plain sentence ends") {
  CHECK(split("Talks ended. Leaders left! Why? Nobody knows.") ==
        std::vector<std::string>{"Talks ended.", "Leaders left!", "Why?", "Nobody knows."});
}

TEST_CASE("abbreviations, initials and decimals do not end sentences") {
  CHECK(split("The U.S. envoy met Gen. Grynkewich on Jan. 6 in St. Petersburg.").size() == 1);
  CHECK(split("U.S. President Donald Trump spoke.").size() == 1);
  CHECK(split("Vice President J. D. Vance spoke to Dr. Smith about the 3.5 billion plan.").size() == 1);
  CHECK(split("Mr. Starmer and Mrs. Merz agreed.").size() == 1);
  CHECK(split("Vice President J.D. Vance and the E.C.B. President met.").size() == 1);
  CHECK(split("The plan came from the E.C.B. The bank denied it.").size() == 2);
  // A "may end" abbreviation ends a sentence before a sentence starter.
  CHECK(split("The base will be run by the U.S. The plan unsettled Europe.") ==
        std::vector<std::string>{"The base will be run by the U.S.", "The plan unsettled Europe."});
  CHECK(split("The talks began at 9 a.m. They ended late.").size() == 2);
}

TEST_CASE("quotations: a closed quotation keeps its sentences together with the attribution") {
  const std::string text =
      "\"This is more than talk. There is substance here,\" Zelensky said. Macron agreed.";
  CHECK(split(text) == std::vector<std::string>{
                           "\"This is more than talk. There is substance here,\" Zelensky said.", "Macron agreed."});
  CHECK(split("\xE2\x80\x9CWe are ready. We will act.\xE2\x80\x9D Then he left.").size() == 2);
  CHECK(split("He said: \"We will act.\" Then he left.") ==
        std::vector<std::string>{"He said: \"We will act.\"", "Then he left."});
  // A mis-spaced closing quote still toggles: two sentences.
  CHECK(split("\"A truce will hold only with monitors, \"Starmer said. \"Whatever Moscow says, no.\"").size() == 2);
  // A quotation left open at the paragraph end (continued in the next) does not protect.
  CHECK(split("\"We will act. We will win.").size() == 2);
}

TEST_CASE("paragraphs are boundaries and carry their index") {
  const std::string text = "Allies Pledge Support\n\nThe allies met. They agreed\n\nNo full stop here";
  const auto sents = kg::ingest::split_sentences(text, rules());
  REQUIRE(sents.size() == 4);
  CHECK(sents[0].paragraph == 0);
  CHECK(text.substr(sents[0].begin, sents[0].end - sents[0].begin) == "Allies Pledge Support");
  CHECK(sents[1].paragraph == 1);
  CHECK(sents[2].paragraph == 1);
  CHECK(text.substr(sents[2].begin, sents[2].end - sents[2].begin) == "They agreed");
  CHECK(sents[3].paragraph == 2);
}

TEST_CASE("a glued full stop between words ends a sentence; domains and decimals do not") {
  CHECK(split("a vote later in March.Marta Ilves is the Baltic editor.") ==
        std::vector<std::string>{"a vote later in March.", "Marta Ilves is the Baltic editor."});
  CHECK(split("He told rferl.org about 2.5 percent.").size() == 1);
}

TEST_CASE("lower-case after a full stop does not start a sentence") {
  CHECK(split("The 20-point plan vs. the 28-point plan was discussed. e.g. here.").size() == 1);
}
