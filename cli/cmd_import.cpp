// `kg import NODES.csv RELATIONSHIPS.csv` (or `kg import DIR`): replace the graph with one read
// from CSV files in neo4j-admin import's conventions (graph/csv_format.h). Like a build it
// holds the database's build lock, commits in one transaction and supports --wait and --json.
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <sstream>

#include "cli/common.h"
#include "graph/build_lock.h"
#include "graph/import_csv.h"
#include "graph/json_value.h"
#include "graph/model.h"
#include "graph/store.h"

namespace kg::cli {

void add_import_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  struct Args {
    std::vector<std::string> paths;
    std::vector<std::string> nodes, relationships;
    char delimiter = ',';
    char array_delimiter = ';';
    bool skip_duplicate_nodes = false;
    bool skip_bad_relationships = false;
    bool wait = false;
    bool json = false;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "import", "Replace the graph with one read from CSV files with neo4j-admin import headers "
                "(id:ID,name,:LABEL,... and :START_ID,:END_ID,:TYPE,...)");
  cmd->add_option("paths", args->paths, "NODES.csv RELATIONSHIPS.csv, or a folder holding nodes.csv and relationships.csv");
  cmd->add_option("--nodes", args->nodes, "a node file (repeatable)");
  cmd->add_option("--relationships", args->relationships, "a relationship file (repeatable)");
  cmd->add_option("--delimiter", args->delimiter, "field delimiter (default ,)");
  cmd->add_option("--array-delimiter", args->array_delimiter, "delimiter of list elements (default ;)");
  cmd->add_flag("--skip-duplicate-nodes", args->skip_duplicate_nodes, "keep the first node of a repeated id instead of failing");
  cmd->add_flag("--skip-bad-relationships", args->skip_bad_relationships,
                "leave out relationships to unknown ids instead of failing");
  cmd->add_flag("--wait", args->wait, "wait for a build or import of the same database to finish instead of exiting with 75");
  cmd->add_flag("--json", args->json, "print one JSON summary line on stdout (also on failure)");
  cmd->add_flag("-q,--quiet", args->quiet, "print nothing but errors");
  cmd->callback([&options, &exit_code, args] {
    const auto started = std::chrono::steady_clock::now();
    const std::filesystem::path database = database_path(options);
    graph::ImportReport report;
    std::string error;
    int code = kOk;
    try {
      std::vector<std::filesystem::path> nodes(args->nodes.begin(), args->nodes.end());
      std::vector<std::filesystem::path> rels(args->relationships.begin(), args->relationships.end());
      if (args->paths.size() == 1 && std::filesystem::is_directory(args->paths[0])) {
        nodes.push_back(std::filesystem::path(args->paths[0]) / "nodes.csv");
        rels.push_back(std::filesystem::path(args->paths[0]) / "relationships.csv");
      } else if (args->paths.size() == 2) {
        nodes.emplace_back(args->paths[0]);
        rels.emplace_back(args->paths[1]);
      } else if (!args->paths.empty()) {
        throw CLI::ValidationError("kg import takes NODES.csv RELATIONSHIPS.csv, or one folder");
      }
      if (nodes.empty()) throw CLI::ValidationError("kg import needs a node file (NODES.csv RELATIONSHIPS.csv, or --nodes)");
      graph::CsvImportOptions csv;
      csv.delimiter = args->delimiter;
      csv.array_delimiter = args->array_delimiter;
      csv.skip_duplicate_nodes = args->skip_duplicate_nodes;
      csv.skip_bad_relationships = args->skip_bad_relationships;
      graph::BuildLock lock(database, args->wait);
      graph::GraphModel model(graph::import_csv(nodes, rels, csv, &report));
      graph::Store(database, graph::Store::Mode::ReadWrite).replace_graph(model, "import");
    } catch (...) {
      Failure f = failure_of(std::current_exception());
      code = f.code;
      error = std::move(f.message);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!error.empty()) {
      std::cerr << "kg: " << error << '\n';
    } else if (!args->quiet) {
      std::cerr << "kg: imported " << report.nodes << " nodes and " << report.relationships << " relationships into "
                << database.string() << " in " << seconds << " s";
      if (report.skipped_nodes || report.skipped_relationships)
        std::cerr << " (skipped " << report.skipped_nodes << " duplicate nodes, " << report.skipped_relationships
                  << " bad relationships)";
      std::cerr << '\n';
    }
    if (args->json) {
      std::ostringstream o;
      o << "{\"ok\":" << (error.empty() ? "true" : "false") << ",\"exit\":" << code
        << ",\"database\":" << graph::json_quote(database.string());
      if (!error.empty()) o << ",\"error\":" << graph::json_quote(error);
      o << ",\"nodes\":" << report.nodes << ",\"relationships\":" << report.relationships
        << ",\"skipped_nodes\":" << report.skipped_nodes << ",\"skipped_relationships\":" << report.skipped_relationships
        << ",\"seconds\":" << seconds << "}";
      std::cout << o.str() << std::endl;
    }
    exit_code = code;
  });
}

}  // namespace kg::cli
