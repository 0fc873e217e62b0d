// `kg export --format jsonl|dot|graphml|csv [-o FILE|DIR]`: the whole graph in an interchange
// format. csv writes DIR/nodes.csv and DIR/relationships.csv in neo4j-admin import's
// conventions (graph/csv_format.h), which `kg import DIR` reads back.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/common.h"
#include "graph/export_csv.h"
#include "graph/export_graphml.h"
#include "graph/export_jsonl.h"
#include "graph/replace_file.h"
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
      auto write = [&](std::ostream& out) {
        if (args->format == "jsonl") {
          graph::write_jsonl(out, g);
        } else if (args->format == "graphml") {
          graph::write_graphml(out, g);
        } else {
          query::write_graph_dot(out, graph::GraphModel(std::move(g)));
        }
      };
      if (args->output.empty() || args->output == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("stdout: write failed");
      } else {
        graph::replace_file(args->output, write);
      }
      return kOk;
    });
  });
}

}  // namespace kg::cli
