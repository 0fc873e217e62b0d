// `kg export --format jsonl|dot|graphml|csv [-o FILE|DIR]`: the whole graph in an interchange
// format. csv writes DIR/nodes.csv and DIR/relationships.csv in neo4j-admin import's
// conventions (graph/csv_format.h), which `kg import DIR` reads back.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/common.h"
#include "graph/export_csv.h"
#include "graph/export_graphml.h"
#include "graph/export_jsonl.h"
#include "graph/model.h"
#include "query/query.h"

namespace kg::cli {

void add_export_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  struct Args {
    std::string format = "jsonl";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("export", "Write the whole graph (jsonl: APOC-style JSON Lines; dot: GraphViz; "
                                           "graphml: Gephi, yEd, NetworkX; csv: neo4j-admin import files)");
  cmd->add_option("-f,--format", args->format, "jsonl, dot, graphml or csv")
      ->check(CLI::IsMember({"jsonl", "dot", "graphml", "csv"}));
  cmd->add_option("-o,--output", args->output,
                  "output file (default or -: standard output); for csv the folder that receives nodes.csv and relationships.csv");
  cmd->callback([&options, &exit_code, args] {
    exit_code = guarded([&] {
      if (args->format == "csv") {
        if (args->output.empty())
          throw std::runtime_error("--format csv writes two files: name their folder with -o DIR");
        for (const auto& w : graph::export_csv(args->output, load_graph(options))) std::cerr << "kg: warning: " << w << '\n';
        return kOk;
      }
      graph::GraphData g = load_graph(options);
      const bool to_stdout = args->output.empty() || args->output == "-";
      // A file is written beside its destination and renamed over it when complete, so a failed
      // export never leaves a half-written file where a good one was.
      const std::string partial = to_stdout ? std::string() : args->output + ".partial";
      std::ofstream file;
      std::ostream* out = &std::cout;
      if (!to_stdout) {
        file.open(partial, std::ios::binary | std::ios::trunc);
        if (!file) throw std::runtime_error(args->output + ": cannot open for writing");
        out = &file;
      }
      if (args->format == "jsonl") {
        graph::write_jsonl(*out, g);
      } else if (args->format == "graphml") {
        graph::write_graphml(*out, g);
      } else {
        query::write_graph_dot(*out, graph::GraphModel(std::move(g)));
      }
      out->flush();
      if (to_stdout) {
        if (!*out) throw std::runtime_error("stdout: write failed");
        return kOk;
      }
      file.close();
      std::error_code ec;
      if (!file) {
        std::filesystem::remove(partial, ec);
        throw std::runtime_error(args->output + ": write failed");
      }
      std::filesystem::rename(partial, args->output, ec);
      if (ec) {
        std::filesystem::remove(partial, ec);
        throw std::runtime_error(args->output + ": cannot replace: " + ec.message());
      }
      return kOk;
    });
  });
}

}  // namespace kg::cli
