// Test helpers for resolution: ask what nodes a resolved graph holds.
#pragma once

#include <string>

#include "graph/graph_data.h"
#include "ingest/name_key.h"

namespace kg::test {

// How many nodes of `kind` the graph holds.
inline int nodes_of_kind(const graph::GraphData& g, const std::string& kind) {
  int n = 0;
  for (const auto& node : g.nodes) n += node.kind == kind ? 1 : 0;
  return n;
}

// How many nodes of `kind` carry `name` as their name or an alias.
inline int nodes_named(const graph::GraphData& g, const std::string& kind, const std::string& name) {
  const std::string key = ingest::name_key(name);
  int n = 0;
  for (const auto& node : g.nodes) {
    if (node.kind != kind) continue;
    bool hit = ingest::name_key(node.name) == key;
    for (const auto& a : node.aliases) hit = hit || ingest::name_key(a) == key;
    n += hit ? 1 : 0;
  }
  return n;
}

}  // namespace kg::test
