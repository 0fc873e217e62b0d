// Extraction on our own corpus: news-style articles about other diplomatic events
// (tests/corpus/own/*.txt), each with the facts a reader would note in a JSON file beside it.
// Every listed entity, quote and relationship must be found; "absent_*" facts must not be.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract_fixture.h"
#include "ingest/reader.h"
#include "ingest/reader_rules.h"
#include "test_dir.h"

namespace fs = std::filesystem;
using kg::ingest::name_key;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Found {
  std::vector<kg::ingest::DocFacts> docs;

  static bool named(const kg::ingest::LocalEntity& e, const std::string& key) {
    if (name_key(e.name) == key) return true;
    for (const auto& a : e.aliases) {
      if (name_key(a) == key) return true;
    }
    return false;
  }
  bool entity(const std::string& kind, const std::string& name) const {
    for (const auto& d : docs) {
      for (const auto& e : d.entities) {
        if (e.kind == kind && named(e, name_key(name))) return true;
      }
    }
    return false;
  }
  bool quote(const std::string& speaker, const std::string& words) const {
    for (const auto& d : docs) {
      for (const auto& q : d.quotes) {
        if (q.text.find(words) == std::string::npos || q.speaker < 0) continue;
        if (named(d.entities[static_cast<size_t>(q.speaker)], name_key(speaker))) return true;
      }
    }
    return false;
  }
  bool relation(const std::string& type, const std::string& from, const std::string& to) const {
    for (const auto& d : docs) {
      for (const auto& r : d.relations) {
        if (r.type == type && named(d.entities[static_cast<size_t>(r.start)], name_key(from)) &&
            named(d.entities[static_cast<size_t>(r.end)], name_key(to))) {
          return true;
        }
      }
    }
    return false;
  }
};

}  // namespace

TEST_CASE("our own corpus: every expected fact is extracted and no absent one is") {
  const fs::path dir = fs::path(kg_test_dir()) / "corpus" / "own";
  REQUIRE(fs::is_directory(dir));
  const auto rules = kg::ingest::ReaderRules::load(kg::ingest::find_data_root());
  std::vector<fs::path> texts;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() == ".txt") texts.push_back(f.path());
  }
  std::sort(texts.begin(), texts.end());
  REQUIRE(texts.size() >= 6);
  int facts = 0;
  for (const fs::path& txt : texts) {
    fs::path json = txt;
    json.replace_extension(".json");
    REQUIRE_MESSAGE(fs::exists(json), json.string());
    rapidjson::Document want;
    const std::string js = slurp(json);
    want.Parse(js.c_str(), js.size());
    REQUIRE_MESSAGE(!want.HasParseError(), json.string());

    Found found;
    for (const auto& a : kg::ingest::read_articles(slurp(txt), txt.string(), rules)) {
      found.docs.push_back(kg::ingest::extract(a, kg::test::lexicon()));
    }
    REQUIRE(!found.docs.empty());
    const std::string file = txt.filename().string();
    auto list = [&](const char* key) -> const rapidjson::Value* {
      return want.HasMember(key) ? &want[key] : nullptr;
    };
    if (const auto* es = list("entities")) {
      for (const auto& e : es->GetArray()) {
        const std::string what = file + ": entity " + e["kind"].GetString() + " " + e["name"].GetString();
        INFO(what);
        CHECK(found.entity(e["kind"].GetString(), e["name"].GetString()));
        ++facts;
      }
    }
    if (const auto* es = list("absent_entities")) {
      for (const auto& e : es->GetArray()) {
        const std::string what = file + ": no entity " + e["kind"].GetString() + " " + e["name"].GetString();
        INFO(what);
        CHECK_FALSE(found.entity(e["kind"].GetString(), e["name"].GetString()));
      }
    }
    if (const auto* qs = list("quotes")) {
      for (const auto& q : qs->GetArray()) {
        const std::string what = file + ": quote by " + q["speaker"].GetString() + ": " + q["contains"].GetString();
        INFO(what);
        CHECK(found.quote(q["speaker"].GetString(), q["contains"].GetString()));
        ++facts;
      }
    }
    if (const auto* rs = list("relations")) {
      for (const auto& r : rs->GetArray()) {
        const std::string what = file + ": " + r["type"].GetString() + " " + r["from"].GetString() + " -> " + r["to"].GetString();
        INFO(what);
        CHECK(found.relation(r["type"].GetString(), r["from"].GetString(), r["to"].GetString()));
        ++facts;
      }
    }
    if (const auto* rs = list("absent_relations")) {
      for (const auto& r : rs->GetArray()) {
        const std::string what = file + ": no " + r["type"].GetString() + " " + r["from"].GetString() + " -> " + r["to"].GetString();
        INFO(what);
        CHECK_FALSE(found.relation(r["type"].GetString(), r["from"].GetString(), r["to"].GetString()));
      }
    }
  }
  CHECK(facts >= 100);
}
