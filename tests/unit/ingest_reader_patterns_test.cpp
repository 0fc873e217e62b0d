// PatternList: the set that picks candidate patterns must agree with running every pattern
// on its own, for every family of the reader's data and every line of the test corpora.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader_rules.h"
#include "test_dir.h"

namespace fs = std::filesystem;
using kg::ingest::PatternList;
using kg::ingest::ReaderRules;

namespace {

const fs::path kRepo = fs::path(kg_test_dir()).parent_path();

RE2::Anchor re2_anchor(PatternList::Anchor a) {
  return a == PatternList::Anchor::kStart ? RE2::ANCHOR_START : a == PatternList::Anchor::kBoth ? RE2::ANCHOR_BOTH : RE2::UNANCHORED;
}

std::vector<int> one_by_one(const PatternList& list, std::string_view text) {
  std::vector<int> out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i].Match(text, 0, text.size(), re2_anchor(list.anchor()), nullptr, 0)) out.push_back(static_cast<int>(i));
  }
  return out;
}

// Lines and paragraphs of every test article, plus texts made to hit each family.
std::vector<std::string> texts() {
  std::vector<std::string> out = {
      "",
      "Related articles:",
      "Read more",
      "Get the Kyiv Independent app",
      "© 2026 Reuters. All rights reserved.",
      "Copyright 2025 The Moscow Times",
      "Photo: Ludovic Marin / AFP",
      "Leaders meet in Paris. (Photo by John Smith)",
      "Leaders meet in Paris. AFP/Getty",
      "PARIS (AFP) -- Leaders met on Tuesday.",
      "VILNIUS -- Ministers met.",
      "Chisinau, March 10, 2026 -- The talks ended.",
      "Baltic Bulletin Issue 12 | 3 June 2026",
      "Home | World | Europe | Defence",
      "Page 3 of 12",
      "pic.twitter.com/abc",
  };
  for (const char* dir : {"tests/corpus/heldout", "tests/corpus/shapes", "tests/corpus/own"}) {
    if (!fs::exists(kRepo / dir)) continue;
    for (const auto& e : fs::directory_iterator(kRepo / dir)) {
      const std::string ext = e.path().extension().string();
      if (ext != ".txt" && ext != ".md") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = ss.str();
      std::string paragraph;
      std::istringstream lines(text);
      for (std::string line; std::getline(lines, line);) {
        out.push_back(line);
        if (line.empty()) {
          out.push_back(paragraph);
          paragraph.clear();
        } else {
          paragraph += (paragraph.empty() ? "" : " ") + line;
        }
      }
      out.push_back(paragraph);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a pattern set reports exactly the patterns that match one by one") {
  const ReaderRules rules = ReaderRules::load(kRepo);
  const std::vector<std::string> all = texts();
  REQUIRE(all.size() > 100);
  size_t hits = 0;
  for (const PatternList* list : {&rules.drop_paragraphs, &rules.caption_credits, &rules.datelines, &rules.outlet_lines,
                                  &rules.running_headers}) {
    REQUIRE(list->size() > 0);
    CHECK(list->has_set());
    std::vector<int> got;
    for (const std::string& t : all) {
      const std::vector<int> want = one_by_one(*list, t);
      list->matching(t, got);
      std::string g, w;
      for (int i : got) g += std::to_string(i) + " ";
      for (int i : want) w += std::to_string(i) + " ";
      CHECK_MESSAGE(g == w, t);
      CHECK_MESSAGE(list->any(t) == !want.empty(), t);
      hits += want.size();
    }
  }
  CHECK(hits >= 12);  // the made-up texts above hit every family
}

TEST_CASE("a pattern list answers the same before and after its set is compiled") {
  PatternList list(PatternList::Anchor::kStart);
  CHECK(list.add("ab+").empty());
  CHECK(list.add("(").size() > 0);  // an error, not added
  CHECK(list.add("c").empty());
  std::vector<int> got;
  list.matching("xyz", got);
  CHECK_FALSE(list.has_set());
  CHECK(got.empty());  // not compiled: each pattern on its own
  list.matching("abc", got);
  CHECK(got == std::vector<int>{0});
  list.compile();
  CHECK(list.has_set());
  list.matching("abbb", got);
  CHECK(got == std::vector<int>{0});
  list.matching("abc", got);
  CHECK(got == std::vector<int>{0});
  list.matching("xab", got);  // anchored at the start
  CHECK(got.empty());
  CHECK(list.any("c"));
  CHECK_FALSE(list.any("xc"));
}

TEST_CASE("group names are read from the pattern text as RE2 reads them") {
  const ReaderRules rules = ReaderRules::load(kRepo);
  for (const PatternList* list : {&rules.drop_paragraphs, &rules.caption_credits, &rules.datelines, &rules.outlet_lines,
                                  &rules.running_headers}) {
    for (size_t i = 0; i < list->size(); ++i) {
      const auto& named = (*list)[i].NamedCapturingGroups();
      for (const char* name : {"outlet", "place", "date", "credit"}) {
        CHECK_MESSAGE(list->has_group(i, name) == (named.count(name) > 0), (*list)[i].pattern());
      }
    }
  }
  PatternList list;
  const std::vector<std::string> tricky = {"\\(?P<a>x\\)", "[(?P<b>]", "\\Q(?P<c>\\E(?P<d>y)", "[[:alpha:]](?P<e>z)",
                                           "[]](?P<f>w)", "[^]x](?P<g>v)", "(?P<h>(?P<i>u))"};
  for (const std::string& p : tricky) REQUIRE(list.add(p).empty());
  list.compile();
  REQUIRE(list.size() == tricky.size());
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& named = list[i].NamedCapturingGroups();
    for (const char* name : {"a", "b", "c", "d", "e", "f", "g", "h", "i"}) {
      CHECK_MESSAGE(list.has_group(i, name) == (named.count(name) > 0), (tricky[i] + " / " + name));
    }
  }
  CHECK(list.has_group(1, "b") == false);  // inside a class
  CHECK(list.has_group(2, "d"));           // after a quotation
}

TEST_CASE("a syntax error is reported when the pattern is added") {
  PatternList list;
  CHECK(list.add("(?P<x>a").find("missing )") != std::string::npos);
  CHECK(list.add("a{2,1}").find("repetition") != std::string::npos);
  CHECK(list.size() == 0);
}
