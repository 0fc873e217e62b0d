// Extraction on hostile or odd text: it must finish, in bounded time, with sane results.
#include <doctest/doctest.h>

#include <chrono>
#include <random>

#include "extract_fixture.h"

using namespace kg::test;

namespace {

double seconds_for(const std::string& text, kg::ingest::DocFacts* out = nullptr) {
  const auto t0 = std::chrono::steady_clock::now();
  auto f = facts(text);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (out) *out = std::move(f);
  return s;
}

}  // namespace

TEST_CASE("empty and blank articles give no facts") {
  CHECK(facts("").entities.empty());
  CHECK(facts("   \n\n  \n").quotes.empty());
  CHECK(facts("\"").quotes.empty());
}

TEST_CASE("unbalanced and stray quotation marks do not swallow the article") {
  const auto f = facts(
      "\"This is open, Macron said.\n\nGerman Chancellor Friedrich Merz spoke later. \u201cWe agree,\u201d Merz said. \u201d\n\n"
      "A stray mark \" here.");
  CHECK(related(f, "HOLDS_OFFICE", "Friedrich Merz", "Germany"));
  CHECK(speaker_of(f, "We agree") == "Friedrich Merz");
}

TEST_CASE("text in other scripts and odd characters") {
  const auto f = facts("Президент Зеленський сказав: \u00abМи готові\u00bb. \u0627\u0644\u0633\u0644\u0627\u0645. \xF0\x9F\x98\x80 Kyiv said nothing.");
  CHECK(entity(f, "Country", "Ukraine") >= 0);
}

TEST_CASE("long articles take time in proportion to their length") {
  const std::string para =
      "German Chancellor Friedrich Merz said Germany would deploy troops to a multinational force. \"We are ready,\" "
      "Merz said after the summit in Brussels, where NATO Secretary General Mark Rutte hosted the talks.\n\n";
  std::string small, big;
  for (int i = 0; i < 50; ++i) small += para;
  for (int i = 0; i < 800; ++i) big += para;
  kg::ingest::DocFacts f;
  const double t_small = seconds_for(small);
  const double t_big = seconds_for(big, &f);
  // A guard against runaway (quadratic or worse) extraction, loose enough for a loaded machine
  // or a sanitizer build; speed itself is measured by bench/ingest_bench.
  MESSAGE("50 paragraphs: " << t_small << " s, 800 paragraphs: " << t_big << " s");
  CHECK(t_big < 60.0);
  CHECK(related(f, "HOLDS_OFFICE", "Friedrich Merz", "Germany"));
  CHECK(count_kind(f, "Person") == 2);
}

TEST_CASE("random bytes and random punctuation never crash extraction") {
  std::mt19937 rng(7);
  const std::string alphabet = "aAbB zZ.,;:\"'\u201c\u201d()-[]\n\nThe President said US U.S. Paris NATO summit force";
  for (int round = 0; round < 30; ++round) {
    std::string text;
    const int len = 200 + static_cast<int>(rng() % 2000);
    for (int i = 0; i < len; ++i) text.push_back(alphabet[rng() % alphabet.size()]);
    const auto f = facts(text);
    for (const auto& r : f.relations) {
      CHECK(r.start >= 0);
      CHECK(r.end < static_cast<int>(f.entities.size()));
    }
    for (const auto& q : f.quotes) CHECK(q.speaker < static_cast<int>(f.entities.size()));
  }
}
