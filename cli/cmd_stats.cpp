// `kg stats`: counts of nodes by kind and relationships by type.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/common.h"

namespace kg::cli {

void add_stats_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  auto* cmd = app.add_subcommand("stats", "Count nodes by kind and relationships by type");
  cmd->callback([&options, &exit_code] {
    exit_code = guarded([&] {
      print_stats(std::cout, database_path(options), load_model(options));
      return kOk;
    });
  });
}

}  // namespace kg::cli
