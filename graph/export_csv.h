// CSV export in neo4j-admin import's conventions (graph/csv_format.h): one file of nodes and
// one of relationships, which `kg import` (or neo4j-admin) reads back.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "graph/csv_format.h"
#include "graph/graph_data.h"

namespace kg::graph {

// Node ids are kg's node ids (positions); relationships are written in id order. A property
// whose values all have one type gets that type in its header (long, double, boolean,
// string[]); one whose values differ in type is written as strings. Properties named id,
// name, aliases or sources would collide with kg's own columns: they are left out, and a
// warning line says so. Returns those warnings.
std::vector<std::string> write_nodes_csv(std::ostream& out, const GraphData& graph, const CsvOptions& options = {});
std::vector<std::string> write_relationships_csv(std::ostream& out, const GraphData& graph, const CsvOptions& options = {});

// Writes `dir`/nodes.csv and `dir`/relationships.csv (creating `dir`). Throws
// std::runtime_error naming the file that cannot be written.
std::vector<std::string> export_csv(const std::filesystem::path& dir, const GraphData& graph, const CsvOptions& options = {});

}  // namespace kg::graph
