// `kg build PATH...`: read articles, extract, resolve and store the graph.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/common.h"
#include "graph/builder.h"
#include "ingest/errors.h"
#include "ingest/lexicon.h"

namespace kg::cli {

void add_build_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  struct Args {
    std::vector<std::string> inputs;
    unsigned jobs = 0;
    bool strict = false;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("build", "Read article files and folders (.txt, .md; recursive) into the graph database");
  cmd->add_option("paths", args->inputs, "files and folders of articles")->required();
  cmd->add_option("-j,--jobs", args->jobs, "extraction threads (default: one per core)");
  cmd->add_flag("--strict", args->strict, "fail the build when any input cannot be read");
  cmd->add_flag("-q,--quiet", args->quiet, "print nothing but errors");
  cmd->callback([&options, &exit_code, args] {
    exit_code = guarded([&] {
      graph::BuildOptions build;
      build.inputs = args->inputs;
      build.database = database_path(options);
      build.data_root = ingest::find_data_root(options.data);
      build.jobs = args->jobs;
      build.strict = args->strict;
      const graph::BuildReport report = graph::build_graph(build);
      for (const auto& w : report.warnings) std::cerr << "kg: warning: " << ingest::one_line(w) << '\n';
      if (!args->quiet)
        std::cerr << "kg: built " << build.database.string() << ": " << report.files_read << " files, "
                  << report.articles << " articles, " << report.nodes << " nodes, " << report.edges
                  << " relationships in " << report.seconds << " s\n";
      return report.files_failed > 0 ? kPartial : kOk;
    });
  });
}

}  // namespace kg::cli
