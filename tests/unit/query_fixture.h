// The fixed graph the query tests run on, read from tests/queries/graph.json.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <rapidjson/document.h>

#include "graph/model.h"
#include "test_dir.h"

namespace kg::test {

inline graph::Value json_property(const rapidjson::Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsBool()) return v.GetBool();
  if (v.IsInt64()) return v.GetInt64();
  if (v.IsNumber()) return v.GetDouble();
  if (v.IsArray()) {
    std::vector<std::string> items;
    for (const auto& e : v.GetArray()) items.emplace_back(e.GetString(), e.GetStringLength());
    return items;
  }
  return std::monostate{};
}

inline void read_common(const rapidjson::Value& obj, graph::Properties& props, std::vector<graph::Source>& sources) {
  if (obj.HasMember("properties")) {
    for (const auto& m : obj["properties"].GetObject()) props[m.name.GetString()] = json_property(m.value);
  }
  if (obj.HasMember("sources")) {
    int sentence = 0;
    for (const auto& s : obj["sources"].GetArray()) {
      graph::Source src;
      src.file = s.GetString();
      src.sentence = sentence++;
      sources.push_back(src);
    }
  }
}

inline graph::GraphData fixture_data() {
  std::ifstream in(std::string(kg_test_dir()) + "/queries/graph.json");
  if (!in) throw std::runtime_error("cannot read tests/queries/graph.json");
  std::stringstream buf;
  buf << in.rdbuf();
  rapidjson::Document doc;
  doc.Parse(buf.str().c_str());
  if (doc.HasParseError()) throw std::runtime_error("tests/queries/graph.json is not valid JSON");
  graph::GraphData g;
  for (const auto& n : doc["nodes"].GetArray()) {
    graph::Node node;
    node.kind = n["kind"].GetString();
    node.name = n["name"].GetString();
    for (const auto& a : n["aliases"].GetArray()) node.aliases.emplace_back(a.GetString());
    read_common(n, node.properties, node.sources);
    g.nodes.push_back(std::move(node));
  }
  for (const auto& e : doc["edges"].GetArray()) {
    graph::Edge edge;
    edge.type = e["type"].GetString();
    edge.source = e["source"].GetUint();
    edge.target = e["target"].GetUint();
    read_common(e, edge.properties, edge.sources);
    g.edges.push_back(std::move(edge));
  }
  return g;
}

inline const graph::GraphModel& fixture() {
  static const graph::GraphModel model(fixture_data());
  return model;
}

}  // namespace kg::test
