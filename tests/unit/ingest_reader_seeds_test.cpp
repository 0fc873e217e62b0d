// The reader over the five development seeds (read from ../shared beside the repository;
// skipped when absent): article count per file and the metadata a careful human reads.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/reader.h"
#include "test_dir.h"

namespace fs = std::filesystem;
using kg::ingest::Article;
using kg::ingest::ReaderRules;

namespace {

const fs::path kRepo = fs::path(kg_test_dir()).parent_path();
const fs::path kSeeds = kRepo.parent_path() / "shared" / "corpus" / "seeds";

std::vector<Article> read_seed(const std::string& name) {
  static const ReaderRules rules = ReaderRules::load(kRepo);
  std::ifstream in(kSeeds / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return kg::ingest::read_articles(ss.str(), (kSeeds / name).string(), rules);
}

bool have_seeds() { return fs::exists(kSeeds / "000_27c51d3212c582ed.txt"); }

}  // namespace

TEST_CASE("seed 000: markdown scrape of AFP copy published by The Moscow Times") {
  if (!have_seeds()) return;
  const auto arts = read_seed("000_27c51d3212c582ed.txt");
  REQUIRE(arts.size() == 1);
  const Article& a = arts[0];
  CHECK(a.file == "000_27c51d3212c582ed.txt");
  CHECK(a.title == "Western Allies Agree Ukraine Guarantees After Paris 'Progress'");
  CHECK(a.date == "2026-01-06");
  CHECK(a.outlet == "The Moscow Times");
  CHECK(a.url == "https://www.themoscowtimes.com/2026/01/06/western-allies-agree-ukraine-guarantees-after-paris-progress-a91617");
  CHECK(a.authors == std::vector<std::string>{"Valerie Leroux", "Francesco Fontemaggi", "Stuart Williams", "Anna Smolchenko"});
  // Link debris, bold markers, the related-article line and section headings are gone.
  CHECK(a.text.find("](") == std::string::npos);
  CHECK(a.text.find("**") == std::string::npos);
  CHECK(a.text.find("Related article") == std::string::npos);
  CHECK(a.text.find("Critical issue'\n") == std::string::npos);
  CHECK(a.text.find("AP / TASS") == std::string::npos);
  // The caption's sentence stays, without its credit.
  CHECK(a.text.rfind("Ukraine's President Volodymyr Zelensky (L) is greeted", 0) == 0);
  // The quote cut by a blank line is one paragraph again.
  CHECK(a.text.find("all the coalition countries and a trilateral declaration") != std::string::npos);
}

TEST_CASE("seed 001: PDF text with wraps, hyphenation and a page break") {
  if (!have_seeds()) return;
  const auto arts = read_seed("001_1570259306a62e25.txt");
  REQUIRE(arts.size() == 1);
  const Article& a = arts[0];
  CHECK(a.title.empty());
  CHECK(a.date.empty());
  CHECK(a.url.empty());
  CHECK(a.authors.empty());
  CHECK(a.outlet == "The Moscow Times");  // only the page-footer links evidence it
  CHECK(a.text.find("a U.S.-led monitoring mechanism") != std::string::npos);
  CHECK(a.text.find("the coalition countries and a trilateral") != std::string::npos);
  CHECK(a.text.find("https://") == std::string::npos);
  CHECK(a.text.find("after the war.") != std::string::npos);
  CHECK(a.text.find('\n') == a.text.find("\n\n"));  // no single line breaks left
}

TEST_CASE("seed 002: plain text with a date line and a wire dateline") {
  if (!have_seeds()) return;
  const auto arts = read_seed("002_692077d0a69a5dfc.txt");
  REQUIRE(arts.size() == 1);
  const Article& a = arts[0];
  CHECK(a.title == "Paris declaration shows intent that UK, France would deploy troops");
  CHECK(a.date == "2026-01-07");
  CHECK(a.outlet == "AFP");
  CHECK(a.url.empty());
  CHECK(a.authors.empty());
  CHECK(a.text.rfind("US and Ukrainian officials will continue talks", 0) == 0);
}

TEST_CASE("seed 003: web scrape with date lines, captions, credit line and app adverts") {
  if (!have_seeds()) return;
  const auto arts = read_seed("003_80990aae73d06f4c.txt");
  REQUIRE(arts.size() == 1);
  const Article& a = arts[0];
  CHECK(a.title == "Ukraine's allies agree to deploy troops on ground after ceasefire");
  CHECK(a.date == "2026-01-07");
  CHECK(a.outlet == "RNZ");
  CHECK(a.authors.empty());
  CHECK(a.text.find("Photo:") == std::string::npos);
  CHECK(a.text.find("Photo by") == std::string::npos);
  CHECK(a.text.find("RNZ app") == std::string::npos);
  CHECK(a.text.find("ad-free") == std::string::npos);
  CHECK(a.text.find("-AFP") == std::string::npos);
  CHECK(a.text.find("French President Emmanuel Macron hosted the talks in Paris.") != std::string::npos);
  CHECK(a.text.find("Zelensky hails 'substantive' declaration") == std::string::npos);
}

TEST_CASE("seed 004: two articles in one file") {
  if (!have_seeds()) return;
  const auto arts = read_seed("004_b554a9fb4b82a762.txt");
  REQUIRE(arts.size() == 2);
  CHECK(arts[0].title == "France and UK confirm boots on the ground after ceasefire in Ukraine");
  CHECK(arts[0].date.empty());
  CHECK(arts[0].outlet.empty());
  CHECK(arts[0].authors.empty());
  CHECK(arts[1].index == 1);
  CHECK(arts[1].title ==
        "Ukraine\xE2\x80\x99s Allies Pledge \xE2\x80\x98Robust\xE2\x80\x99 Security Guarantees After Russian War Ends "
        "\xE2\x80\x93 Analysis");
  CHECK(arts[1].date == "2026-01-07");
  CHECK(arts[1].outlet == "RFE/RL");
  CHECK(arts[1].authors == std::vector<std::string>{"Rikard Jozwiak"});
  // The first article ends with Starmer's quote; the second starts with its own lede.
  CHECK(arts[0].text.find("Rikard") == std::string::npos);
  CHECK(arts[1].text.rfind("Officials from more than 30 Western countries", 0) == 0);
  CHECK(arts[1].text.find("Unresolved Questions") == std::string::npos);
}

TEST_CASE("seeds concatenated: each shape keeps its own paragraph rules and metadata") {
  if (!have_seeds()) return;
  static const ReaderRules rules = ReaderRules::load(kRepo);
  std::string all;
  for (const char* name : {"000_27c51d3212c582ed.txt", "002_692077d0a69a5dfc.txt", "004_b554a9fb4b82a762.txt"}) {
    std::ifstream in(kSeeds / name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    all += ss.str() + "\n\n";
  }
  const auto arts = kg::ingest::read_articles(all, "all.txt", rules);
  // 004's first article has no headline-and-metadata boundary of its own: it stays with 002.
  REQUIRE(arts.size() == 3);
  CHECK(arts[0].outlet == "The Moscow Times");
  CHECK(arts[1].title == "Paris declaration shows intent that UK, France would deploy troops");
  CHECK(arts[1].outlet == "AFP");
  CHECK(arts[2].outlet == "RFE/RL");
  CHECK(arts[2].authors == std::vector<std::string>{"Rikard Jozwiak"});
}
