#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <sstream>
#include <string>
#include <vector>

#include "graph/export_jsonl.h"
#include "graph_fixture.h"

TEST_CASE("JSONL export has one parseable line per node and relationship in APOC's shape") {
  std::ostringstream out;
  kg::graph::write_jsonl(out, kg::test::small_graph());
  std::istringstream in(out.str());
  std::vector<rapidjson::Document> lines;
  for (std::string line; std::getline(in, line);) {
    lines.emplace_back();
    lines.back().Parse(line.c_str());
    REQUIRE_FALSE(lines.back().HasParseError());
  }
  REQUIRE(lines.size() == 6);
  const auto& person = lines[0];
  CHECK(std::string(person["type"].GetString()) == "node");
  CHECK(std::string(person["labels"][0].GetString()) == "Person");
  CHECK(std::string(person["properties"]["name"].GetString()) == "Emmanuel Macron");
  CHECK(person["properties"]["aliases"].Size() == 2);
  CHECK(std::string(lines[2]["properties"]["text"].GetString()) == "It's a \"test\" \\ quote");
  const auto& office = lines[4];
  CHECK(std::string(office["label"].GetString()) == "HOLDS_OFFICE");
  CHECK(std::string(office["start"]["id"].GetString()) == "0");
  CHECK(std::string(office["end"]["labels"][0].GetString()) == "Country");
  REQUIRE(office["properties"]["sources"].Size() == 2);  // three pieces of evidence, two files
  CHECK(std::string(office["properties"]["sources"][1].GetString()) == "b.txt");
  CHECK(std::string(office["properties"]["title"].GetString()) == "President");
}
