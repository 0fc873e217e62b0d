// `kg export --format jsonl|dot [-o FILE]`: the whole graph in an interchange format.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

#include "cli/common.h"
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
  auto* cmd = app.add_subcommand("export", "Write the whole graph (jsonl: APOC-style JSON Lines; dot: GraphViz)");
  cmd->add_option("-f,--format", args->format, "jsonl or dot")->check(CLI::IsMember({"jsonl", "dot"}));
  cmd->add_option("-o,--output", args->output, "output file (default: standard output)");
  cmd->callback([&options, &exit_code, args] {
    exit_code = guarded([&] {
      graph::GraphData g = load_graph(options);
      std::ofstream file;
      std::ostream* out = &std::cout;
      if (!args->output.empty()) {
        file.open(args->output, std::ios::binary | std::ios::trunc);
        if (!file) throw std::runtime_error(args->output + ": cannot open for writing");
        out = &file;
      }
      if (args->format == "jsonl") {
        graph::write_jsonl(*out, g);
      } else {
        query::write_graph_dot(*out, graph::GraphModel(std::move(g)));
      }
      out->flush();
      if (!*out) throw std::runtime_error((args->output.empty() ? "stdout" : args->output) + ": write failed");
      return kOk;
    });
  });
}

}  // namespace kg::cli
