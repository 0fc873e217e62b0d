// CSV import in neo4j-admin import's conventions (graph/csv_format.h): node files and
// relationship files with typed headers, read into GraphData for `kg import`.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/csv_format.h"
#include "graph/graph_data.h"

namespace kg::graph {

// A file that does not import. what() is one line: "<file>:<line>: <reason>".
class ImportError : public std::runtime_error {
 public:
  ImportError(const std::string& file, size_t line, const std::string& reason)
      : std::runtime_error(file + ":" + std::to_string(line) + ": " + reason) {}
};

struct CsvImportOptions : CsvOptions {
  bool skip_duplicate_nodes = false;      // else a repeated id is an error
  bool skip_bad_relationships = false;    // else a relationship to an unknown id is an error
};

struct ImportReport {
  size_t nodes = 0;
  size_t relationships = 0;
  size_t skipped_nodes = 0;
  size_t skipped_relationships = 0;
};

// Reads every node file, then every relationship file. Nodes get ids in the order they are
// read; relationships likewise. Throws ImportError.
GraphData import_csv(const std::vector<std::filesystem::path>& node_files,
                     const std::vector<std::filesystem::path>& relationship_files, const CsvImportOptions& options = {},
                     ImportReport* report = nullptr);

}  // namespace kg::graph
