// The reader on text shapes: small inline cases for each rule, the exact byte map, and the
// data-driven cases in tests/corpus/shapes/ (<name>.<ext> with <name>.expect.json beside it).
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/errors.h"
#include "ingest/reader.h"
#include "test_dir.h"

namespace fs = std::filesystem;
using kg::ingest::Article;
using kg::ingest::ReaderRules;

namespace {

const fs::path kRepo = fs::path(kg_test_dir()).parent_path();

const ReaderRules& rules() {
  static const ReaderRules r = ReaderRules::load(kRepo);
  return r;
}

std::vector<Article> read(const std::string& text) { return kg::ingest::read_articles(text, "dir/in.txt", rules()); }

Article read_one(const std::string& text) {
  auto arts = read(text);
  REQUIRE(arts.size() == 1);
  return arts[0];
}

std::vector<std::string> sentences(const Article& a) {
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.push_back(a.text.substr(s.begin, s.end - s.begin));
  return out;
}

size_t paragraphs(const Article& a) {
  size_t n = a.text.empty() ? 0 : 1;
  for (size_t i = a.text.find("\n\n"); i != std::string::npos; i = a.text.find("\n\n", i + 2)) ++n;
  return n;
}

// Every text byte maps into the file, the map never goes backwards, and bytes copied from
// the file (everything but inserted separators and normalised spaces) equal their source.
void check_offsets(const Article& a, const std::string& file) {
  REQUIRE(a.source_offsets.size() == a.text.size());
  for (size_t i = 0; i < a.text.size(); ++i) {
    const uint32_t off = a.source_offsets[i];
    REQUIRE(off <= file.size());
    if (i > 0) REQUIRE(off >= a.source_offsets[i - 1]);
    const char c = a.text[i];
    if (c != ' ' && c != '\n') {
      INFO("text byte " << i << " '" << c << "' from file byte " << off);
      REQUIRE(file[off] == c);
    }
  }
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("empty and blank files give no article; binary and bad UTF-8 are input errors") {
  CHECK(read("").empty());
  CHECK(read(" \n\n \r\n").empty());
  CHECK_THROWS_WITH_AS(read(std::string("PK\x03\x04\0\0", 6)), "dir/in.txt: binary file", kg::ingest::InputError);
  CHECK_THROWS_WITH_AS(read("Talks in Par\xE9s."), "dir/in.txt: not UTF-8 text (byte 12)", kg::ingest::InputError);
}

TEST_CASE("file, path and index are set") {
  const Article a = read_one("Allies met in Paris on Tuesday and agreed on a plan.");
  CHECK(a.file == "in.txt");
  CHECK(a.path == "dir/in.txt");
  CHECK(a.index == 0);
  CHECK(a.title.empty());
  CHECK(a.date.empty());
  CHECK(a.outlet.empty());
}

TEST_CASE("hard-wrapped lines join; indentation after a full sentence starts a paragraph") {
  const std::string text =
      "The coalition agreed on Tuesday to deploy a multinational force to Ukraine after a\n"
      "ceasefire, with France and Britain leading the land and air components of the force\n"
      "and Turkey in charge of the Black Sea. Officials said the plan would take months.\n"
      " Germany said it could join the monitoring mission but would base its troops in a\n"
      "neighbouring country, Chancellor Friedrich Merz told reporters in Paris after the\n"
      "meeting.\n";
  const Article a = read_one(text);
  CHECK(paragraphs(a) == 2);
  CHECK(a.text.find("after a ceasefire, with France") != std::string::npos);
  CHECK(a.text.find("in Paris after the meeting.") != std::string::npos);
  check_offsets(a, text);
}

TEST_CASE("line-end hyphens: compounds keep them, broken words lose them") {
  const std::string text =
      "The allies agreed a U.S.-\nled mechanism after long negoti-\nations with pro-\nWestern groups and a self-\n"
      "declared envoy; the so-\ncalled coalition backed it.";
  const Article a = read_one(text);
  CHECK(a.text ==
        "The allies agreed a U.S.-led mechanism after long negotiations with pro-Western groups and a self-declared "
        "envoy; the so-called coalition backed it.");
  check_offsets(a, text);
}

TEST_CASE("a page break with repeated URLs inside a sentence is removed and the sentence rejoined") {
  const std::string text =
      "\"This is more than talk. There is substance here: a joint statement by all the partner\n\n"
      "https://www.example.com/2026/06/13/related\nhttps://www.example.com/2026/06/13/related\n\n\n"
      "states,\" Zelensky said.\n\nMacron agreed.";
  const Article a = read_one(text);
  CHECK(a.text == "\"This is more than talk. There is substance here: a joint statement by all the partner "
                  "states,\" Zelensky said.\n\nMacron agreed.");
  CHECK(a.url.empty());
  CHECK(sentences(a).size() == 2);
  check_offsets(a, text);
}

TEST_CASE("captions: photo credits are cut, the sentence before them kept") {
  const Article a = read_one(
      "Macron hosted the talks in Rome. Photo: AFP / Pool / Marc Ollivier\n\n"
      "Leaders pose for a photo at the Elysee Palace. (Photo by Marc OLLIVIER / POOL / AFP)\n\n"
      "Zelensky is greeted by Macron in Paris. AP / TASS\n\n"
      "Photo: Reuters\n\n"
      "The allies agreed on the plan.");
  CHECK(a.text ==
        "Macron hosted the talks in Rome.\n\nLeaders pose for a photo at the Elysee Palace.\n\n"
        "Zelensky is greeted by Macron in Paris.\n\nThe allies agreed on the plan.");
  CHECK(a.outlet.empty());  // photo agencies are not the publisher
}

TEST_CASE("boilerplate lines, section headings and related-article lines are dropped") {
  const Article a = read_one(
      "Allies Agree Security Guarantees\n\n"
      "The allies agreed on security guarantees on Tuesday.\n\n"
      "Advertisement\n\n"
      "## 'Critical issue'\n\n"
      "Related article: Zelensky Says Talks Were Useful\n\n"
      "Read more: Europe weighs troop numbers\n\n"
      "'Hardens our resolve'\n\n"
      "Starmer said the talks hardened his resolve.\n\n"
      "Share this article\n\nGet the RNZ app\n\nfor ad-free news and podcasts");
  CHECK(a.title == "Allies Agree Security Guarantees");
  CHECK(a.text == "The allies agreed on security guarantees on Tuesday.\n\nStarmer said the talks hardened his resolve.");
}

TEST_CASE("wire datelines give the outlet and leave the first sentence") {
  const Article a = read_one("PARIS (AFP) -- Chilean and Peruvian officials will resume talks, both sides said.");
  CHECK(a.outlet == "AFP");
  CHECK(a.text == "Chilean and Peruvian officials will resume talks, both sides said.");
  const Article b = read_one("LONDON, Jan 7 (Reuters) - Britain will lead the force, officials said.");
  CHECK(b.outlet == "Reuters");
  CHECK(b.text == "Britain will lead the force, officials said.");
  const Article c = read_one("KYIV \xE2\x80\x94 Ukraine welcomed the plan on Wednesday.");
  CHECK(c.outlet.empty());
  CHECK(c.text == "Ukraine welcomed the plan on Wednesday.");
  const Article d = read_one("NATO said the plan was sound. Allies agreed.");
  CHECK(d.text == "NATO said the plan was sound. Allies agreed.");
}

TEST_CASE("outlet evidence: the article's own URL beats bylines; the credit line's last name is the publisher") {
  const Article a = read_one(
      "# Allies Agree Guarantees\n\nBy [Jane Doe for AFP](#)\n\nThe allies agreed guarantees on Tuesday in Paris.\n\n"
      "Original url:\n\n<https://www.themoscowtimes.com/2026/03/04/allies-agree-a1>");
  CHECK(a.outlet == "The Moscow Times");
  CHECK(a.url == "https://www.themoscowtimes.com/2026/03/04/allies-agree-a1");
  CHECK(a.date == "2026-03-04");  // from the URL path, the only date evidence
  CHECK(a.authors == std::vector<std::string>{"Jane Doe"});

  const Article b = read_one("# Allies Agree Guarantees\n\nBy Jane Doe for AFP\n\nThe allies agreed on Tuesday.");
  CHECK(b.outlet == "AFP");

  const Article c = read_one("7 Jan 2026\n\nAllies agree to deploy troops\n\nThe allies agreed on Tuesday.\n\n-AFP / RNZ");
  CHECK(c.outlet == "RNZ");
  CHECK(c.date == "2026-01-07");
  CHECK(c.title == "Allies agree to deploy troops");
  CHECK(c.text == "The allies agreed on Tuesday.");
}

TEST_CASE("a file with two articles splits at the second headline, date, outlet and byline") {
  const std::string text =
      "Allies Agree Troop Plan\n"
      "The allies agreed a troop plan for Ukraine on Tuesday after a long meeting in Paris with many leaders.\n"
      "France and Britain will lead the force, which would deploy only after a ceasefire is agreed with Russia.\n"
      "\"This is a step forward,\" Macron said.\n"
      "Europe Weighs Costs of\n"
      "Ukraine Guarantees\n"
      "January 7, 2026\n"
      "RFE RL\n"
      "By Rikard Jozwiak\n"
      "European governments are weighing the cost of the guarantees.\n";
  const auto arts = read(text);
  REQUIRE(arts.size() == 2);
  CHECK(arts[0].title == "Allies Agree Troop Plan");
  CHECK(arts[0].date.empty());
  CHECK(arts[0].outlet.empty());
  CHECK(arts[0].text.find("Europe Weighs") == std::string::npos);
  CHECK(arts[1].index == 1);
  CHECK(arts[1].title == "Europe Weighs Costs of Ukraine Guarantees");
  CHECK(arts[1].date == "2026-01-07");
  CHECK(arts[1].outlet == "RFE/RL");
  CHECK(arts[1].authors == std::vector<std::string>{"Rikard Jozwiak"});
  CHECK(arts[1].text == "European governments are weighing the cost of the guarantees.");
  for (const auto& a : arts) check_offsets(a, text);
}

TEST_CASE("a lone date line inside an article does not start a new one") {
  const auto arts = read(
      "Allies Agree Troop Plan\n\nThe allies agreed a troop plan for Ukraine on Tuesday after a long meeting in Paris.\n\n"
      "France and Britain will lead the force, which would deploy only after a ceasefire is agreed with Russia.\n\n"
      "Updated: January 8, 2026\n\nMore talks are planned for next week in Berlin, officials said on Wednesday.\n");
  REQUIRE(arts.size() == 1);
  CHECK(arts[0].date == "2026-01-08");
}

TEST_CASE("source offsets are exact for the markdown, CRLF and NBSP shapes") {
  const std::string text =
      "\xEF\xBB\xBF# Title Here\r\n\r\nBy [Jane Doe](#)\r\n\r\nThe **allies**\xC2\xA0" "agreed on a [U.S.-led](https://x.org) "
      "plan.\r\nThey met in Paris.\r\n";
  const Article a = read_one(text);
  CHECK(a.text == "The allies agreed on a U.S.-led plan.\n\nThey met in Paris.");
  check_offsets(a, text);
  CHECK(a.source_offsets.front() == text.find("The"));
  CHECK(a.source_offsets[a.text.find("U.S.")] == text.find("U.S."));
  CHECK(a.source_offset(static_cast<uint32_t>(a.text.size())) == a.source_offsets.back() + 1);
}

TEST_CASE("HTML entities left by scrapers become characters") {
  const Article a = read_one("Allies&nbsp;met in Paris &amp; Berlin&#8217;s envoy said &ldquo;yes&rdquo;.");
  CHECK(a.text == "Allies met in Paris & Berlin\xE2\x80\x99s envoy said \xE2\x80\x9Cyes\xE2\x80\x9D.");
  CHECK(a.source_offsets[a.text.find('&')] == 25);  // the '&' of "&amp;"
}

TEST_CASE("list items are paragraphs of their own, without their markers") {
  const Article a = read_one(
      "Key points from the summit in Paris on Tuesday evening:\n"
      "- France and Britain will lead a multinational force\n"
      "- The United States will lead a ceasefire monitoring mechanism\n"
      "\xE2\x80\xA2 Turkey offered maritime support in the Black Sea\n");
  CHECK(a.text ==
        "Key points from the summit in Paris on Tuesday evening:\n\nFrance and Britain will lead a multinational force\n\n"
        "The United States will lead a ceasefire monitoring mechanism\n\nTurkey offered maritime support in the Black Sea");
  CHECK(a.sentences.size() == 4);
}

TEST_CASE("a horizontal rule followed by a headline starts the next article of a collection") {
  const std::string body =
      "The allies agreed a troop plan for Ukraine on Tuesday after a long meeting in Paris with many leaders.\n\n"
      "France and Britain will lead the force, which would deploy only after a ceasefire is agreed with Moscow.\n\n";
  const auto arts = read("# Allies Agree Troop Plan\n\n" + body + "---\n\nGermany Weighs Its Role\n\n" + body +
                         "* * *\n\nThe allies will meet again in March, officials said.\n");
  REQUIRE(arts.size() == 2);
  CHECK(arts[0].title == "Allies Agree Troop Plan");
  CHECK(arts[1].title == "Germany Weighs Its Role");
  CHECK(arts[1].text.find("meet again in March") != std::string::npos);  // no headline after the second rule
}

TEST_CASE("headlines over several lines join; a standfirst under a headline does not") {
  CHECK(read_one("Baltic States Seek EU Money for\nEastern Flank Fortifications\nJanuary 7, 2026\n"
                 "The Baltic states asked for money on Monday.")
            .title == "Baltic States Seek EU Money for Eastern Flank Fortifications");
  CHECK(read_one("Allies Promise 'Firm' Security\nGuarantees Once Fighting Ends\n\nThe allies agreed on Monday.").title ==
        "Allies Promise 'Firm' Security Guarantees Once Fighting Ends");
  CHECK(read_one("Allies agree security guarantees\nThe move follows months of talks between European capitals\n\n"
                 "The allies agreed on Monday.")
            .title == "Allies agree security guarantees");
  CHECK(read_one("Analysis\n\nWhat the Paris Declaration Means\n\nThe allies agreed on Monday.").title ==
        "What the Paris Declaration Means");
}

TEST_CASE("an outlet name after a separator at the end of a title is the publisher") {
  const Article a = read_one("Allies agree Ukraine guarantees | Reuters\n\nThe allies agreed on Monday.");
  CHECK(a.title == "Allies agree Ukraine guarantees");
  CHECK(a.outlet == "Reuters");
  const Article b = read_one("Allies agree Ukraine guarantees - BBC News\n\nThe allies agreed on Monday.");
  CHECK(b.title == "Allies agree Ukraine guarantees");
  CHECK(b.outlet == "BBC");
}

TEST_CASE("bylines with roles, places and dates") {
  const Article a = read_one(
      "Allies Agree Guarantees\n\nBy Jane Doe, Senior Correspondent | Paris | January 7, 2026\n\nThe allies agreed on Monday.");
  CHECK(a.authors == std::vector<std::string>{"Jane Doe"});
  CHECK(a.date == "2026-01-07");
  CHECK(a.text == "The allies agreed on Monday.");
}

TEST_CASE("a dateline with a place and a date gives the date when no date line does") {
  const Article a = read_one("Chisinau, March 10, 2026 -- Moldova hosted the talks on Tuesday.");
  CHECK(a.date == "2026-03-10");
  CHECK(a.outlet.empty());
  CHECK(a.text == "Moldova hosted the talks on Tuesday.");
  const Article b = read_one("March 11, 2026\n\nChisinau, March 10, 2026 -- Moldova hosted the talks on Tuesday.");
  CHECK(b.date == "2026-03-11");
}

TEST_CASE("shape corpus: tests/corpus/shapes") {
  const fs::path dir = fs::path(kg_test_dir()) / "corpus" / "shapes";
  size_t cases = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path path = entry.path();
    if (path.extension() == ".json") continue;
    fs::path expect_path = path;
    expect_path.replace_extension(".expect.json");
    REQUIRE_MESSAGE(fs::exists(expect_path), "missing " << expect_path);
    ++cases;
    const std::string bytes = slurp(path);
    const std::string expect_text = slurp(expect_path);
    rapidjson::Document expect;
    REQUIRE_FALSE(expect.Parse(expect_text.c_str()).HasParseError());
    const auto arts = kg::ingest::read_articles(bytes, path.string(), rules());
    const auto& want = expect["articles"];
    INFO("shape file " << path.filename().string());
    REQUIRE(arts.size() == want.Size());
    for (rapidjson::SizeType i = 0; i < want.Size(); ++i) {
      const Article& a = arts[i];
      const auto& w = want[i];
      INFO("article " << i << ":\n" << a.text);
      CHECK(a.file == path.filename().string());
      CHECK(a.title == w["title"].GetString());
      CHECK(a.date == w["date"].GetString());
      CHECK(a.outlet == w["outlet"].GetString());
      CHECK(a.url == w["url"].GetString());
      std::vector<std::string> authors;
      for (const auto& x : w["authors"].GetArray()) authors.emplace_back(x.GetString());
      CHECK(a.authors == authors);
      if (w.HasMember("contains")) {
        for (const auto& x : w["contains"].GetArray()) CHECK_MESSAGE(a.text.find(x.GetString()) != std::string::npos, x.GetString());
      }
      if (w.HasMember("absent")) {
        for (const auto& x : w["absent"].GetArray()) CHECK_MESSAGE(a.text.find(x.GetString()) == std::string::npos, x.GetString());
      }
      if (w.HasMember("first_sentence")) {
        REQUIRE_FALSE(a.sentences.empty());
        CHECK(sentences(a)[0] == w["first_sentence"].GetString());
      }
      if (w.HasMember("sentences")) CHECK(a.sentences.size() == w["sentences"].GetUint());
      if (w.HasMember("paragraphs")) CHECK(paragraphs(a) == w["paragraphs"].GetUint());
      if (bytes.rfind("\xFF\xFE", 0) != 0) check_offsets(a, bytes);
    }
  }
  CHECK(cases >= 6);
}
