// Sentences on hostile text: runs with no sentence end are cut into bounded pieces, at spaces
// or between UTF-8 characters; paragraphs full of quotations split in linear time.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "ingest/sentences.h"
#include "test_dir.h"

using kg::ingest::kMaxSentenceBytes;
using kg::ingest::ReaderRules;
using kg::ingest::Sentence;

namespace {

const ReaderRules& rules() {
  static const ReaderRules r = ReaderRules::load(std::filesystem::path(kg_test_dir()).parent_path());
  return r;
}

// Every sentence is bounded, trimmed and in order, and together they hold every non-space byte.
void check_cover(const std::string& text, const std::vector<Sentence>& ss) {
  size_t covered = 0, last = 0;
  for (const Sentence& s : ss) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.end - s.begin <= kMaxSentenceBytes);
    REQUIRE(s.begin >= last);
    CHECK(text[s.begin] != ' ');
    CHECK(text[s.end - 1] != ' ');
    for (size_t i = last; i < s.begin; ++i) CHECK(text[i] == ' ');  // only spaces between pieces
    covered += s.end - s.begin;
    last = s.end;
  }
  size_t spaces_after = 0;
  for (size_t i = last; i < text.size(); ++i) spaces_after += text[i] == ' ';
  CHECK(spaces_after == text.size() - last);
  CHECK(covered > 0);
}

}  // namespace

TEST_CASE("a megabyte line with no full stop is cut at spaces into bounded sentences") {
  std::string text;
  while (text.size() < (1u << 20)) text += "word Macron Paris ";
  text.pop_back();
  const auto ss = kg::ingest::split_sentences(text, rules());
  check_cover(text, ss);
  CHECK(ss.size() >= text.size() / kMaxSentenceBytes);
  CHECK(ss.size() <= 2 * text.size() / kMaxSentenceBytes + 1);
  for (const Sentence& s : ss) {
    const bool at_word_end = s.end == text.size() || text[s.end] == ' ';
    CHECK(at_word_end);
  }
}

TEST_CASE("a run without spaces is cut between UTF-8 characters") {
  std::string text;
  for (int i = 0; i < 10'000; ++i) text += "\xC3\xA9";  // é, two bytes each
  const auto ss = kg::ingest::split_sentences(text, rules());
  check_cover(text, ss);
  REQUIRE(ss.size() == (text.size() + kMaxSentenceBytes - 1) / kMaxSentenceBytes);
  for (const Sentence& s : ss) {
    CHECK((static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80);  // starts on a character
  }
  const std::string ascii(10'000, 'x');
  CHECK(kg::ingest::split_sentences(ascii, rules()).size() == 3);
}

TEST_CASE("ordinary sentences are untouched by the cap") {
  const std::string text = "Talks ended. Leaders left!";
  const auto ss = kg::ingest::split_sentences(text, rules());
  REQUIRE(ss.size() == 2);
  CHECK(ss[1].begin == 13);
}

TEST_CASE("a paragraph of thousands of quotations splits in linear time") {
  std::string text;
  for (int i = 0; i < 20'000; ++i) text += "He said \"We agree. We act.\" They left. ";
  const auto t0 = std::chrono::steady_clock::now();
  const auto ss = kg::ingest::split_sentences(text, rules());
  const auto took = std::chrono::steady_clock::now() - t0;
  // Each repeat: the quotation keeps its full stop inside ("He said ... act.\"") and "They left.".
  CHECK(ss.size() == 40'000);
  CHECK(took < std::chrono::seconds(60));  // a guard against a hang, not a speed test (bench/)
}
