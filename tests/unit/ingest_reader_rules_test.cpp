// ReaderRules: loading the reader's data files, lookups, and errors that name file and line.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/errors.h"
#include "ingest/reader_rules.h"
#include "test_dir.h"

namespace fs = std::filesystem;
using kg::ingest::LexiconError;
using kg::ingest::ReaderRules;

namespace {

const fs::path kRepo = fs::path(kg_test_dir()).parent_path();

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A copy of the repository's reader data in a temporary root, with `file` replaced.
fs::path temp_root(const std::string& file, const std::string& content) {
  const fs::path root = fs::temp_directory_path() / ("kg_reader_rules_" + std::to_string(std::hash<std::string>{}(file + content)));
  fs::create_directories(root / "data" / "lexicon");
  fs::create_directories(root / "schemas");
  for (const char* name : {"outlets", "abbreviations", "reader"}) {
    fs::copy_file(kRepo / "schemas" / (std::string(name) + ".schema.json"),
                  root / "schemas" / (std::string(name) + ".schema.json"), fs::copy_options::overwrite_existing);
    fs::copy_file(kRepo / "data" / "lexicon" / (std::string(name) + ".json"),
                  root / "data" / "lexicon" / (std::string(name) + ".json"), fs::copy_options::overwrite_existing);
  }
  std::ofstream(root / "data" / "lexicon" / file, std::ios::binary) << content;
  return root;
}

std::string load_error(const fs::path& root) {
  try {
    ReaderRules::load(root);
  } catch (const LexiconError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("reader rules load from the repository and answer lookups") {
  const ReaderRules rules = ReaderRules::load(kRepo);
  REQUIRE(rules.outlet_by_name("RFE RL") != nullptr);
  CHECK(rules.outlet_by_name("RFE RL")->name == "RFE/RL");
  CHECK(rules.outlet_by_name("Agence France-Presse")->name == "AFP");
  CHECK(rules.outlet_by_name("the moscow times")->name == "The Moscow Times");
  CHECK(rules.outlet_by_name("Paris") == nullptr);
  CHECK(rules.outlet_by_host("www.themoscowtimes.com")->name == "The Moscow Times");
  CHECK(rules.outlet_by_host("edition.cnn.com")->name == "CNN");
  CHECK(rules.outlet_by_host("news.rnz.co.nz")->name == "RNZ");  // parent domain
  CHECK(rules.outlet_by_host("example.org") == nullptr);
  CHECK(rules.outlet_by_name("AFP")->wire);
  CHECK_FALSE(rules.outlet_by_name("RNZ")->wire);
  CHECK(rules.abbreviation("Gen.") == ReaderRules::Abbrev::kNoBreak);
  CHECK(rules.abbreviation("U.S.") == ReaderRules::Abbrev::kMayEnd);
  CHECK(rules.abbreviation("war.") == ReaderRules::Abbrev::kNone);
  CHECK(rules.month("Jan.") == 1);
  CHECK(rules.month("SEPTEMBER") == 9);
  CHECK(rules.month("Paris") == 0);
  CHECK(rules.meta_key("Original URL") == "url");
  CHECK(rules.meta_key("Published") == "date");
  CHECK(rules.meta_key("Paris") == "");
  CHECK(rules.is_section_label("Analysis"));
}

TEST_CASE("a schema violation names the file and the line of the bad value") {
  const std::string outlets =
      "{\n"
      "  \"outlets\": [\n"
      "    {\"name\": \"AFP\", \"aliases\": [], \"domains\": [\"afp.com\"]},\n"
      "    {\"name\": \"Bad\", \"aliases\": [],\n"
      "     \"domains\": [\"Not A Domain\"]}\n"
      "  ]\n"
      "}\n";
  const std::string err = load_error(temp_root("outlets.json", outlets));
  CHECK(err.find("outlets.json:5:") != std::string::npos);
  CHECK(err.find("pattern") != std::string::npos);
}

TEST_CASE("malformed JSON names the line of the syntax error") {
  const std::string err = load_error(temp_root("abbreviations.json", "{\n  \"no_break\": [\"Mr.\",\n  ]\n}\n"));
  CHECK(err.find("abbreviations.json:3:") != std::string::npos);
}

TEST_CASE("content errors: duplicate outlet names and bad patterns") {
  const std::string dup =
      "{\"outlets\": [\n"
      "  {\"name\": \"AFP\", \"aliases\": [], \"domains\": []},\n"
      "  {\"name\": \"Agence\", \"aliases\": [\"afp\"], \"domains\": []}\n"
      "]}\n";
  const std::string err = load_error(temp_root("outlets.json", dup));
  CHECK(err.find("outlets.json:3:") != std::string::npos);
  CHECK(err.find("already names AFP") != std::string::npos);

  std::string reader = slurp(kRepo / "data" / "lexicon" / "reader.json");
  const std::string key = "\"datelines\": [\n";
  const size_t at = reader.find(key);
  REQUIRE(at != std::string::npos);
  reader.insert(at + key.size(), "    \"(?P<place>[A-Z\",\n");
  const int line = 1 + static_cast<int>(std::count(reader.begin(), reader.begin() + static_cast<long>(at), '\n')) + 1;
  const std::string err2 = load_error(temp_root("reader.json", reader));
  CHECK(err2.find("reader.json:" + std::to_string(line) + ": bad pattern") != std::string::npos);
}

TEST_CASE("a missing data file is a LexiconError naming it") {
  const fs::path root = temp_root("outlets.json", slurp(kRepo / "data" / "lexicon" / "outlets.json"));
  fs::remove(root / "data" / "lexicon" / "abbreviations.json");
  const std::string err = load_error(root);
  CHECK(err.find("abbreviations.json") != std::string::npos);
  CHECK(err.find("cannot open") != std::string::npos);
}
