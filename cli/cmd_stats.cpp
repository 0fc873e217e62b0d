// `kg stats`: counts of nodes by kind and relationships by type.
#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>
#include <map>

#include "cli/common.h"

namespace kg::cli {

void add_stats_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  auto* cmd = app.add_subcommand("stats", "Count nodes by kind and relationships by type");
  cmd->callback([&options, &exit_code] {
    exit_code = guarded([&] {
      const graph::GraphData g = load_graph(options);
      std::map<std::string, size_t> kinds, types;
      for (const auto& n : g.nodes) ++kinds[n.kind];
      for (const auto& e : g.edges) ++types[e.type];
      auto section = [](const char* title, size_t total, const std::map<std::string, size_t>& counts) {
        std::cout << title << " " << total << '\n';
        for (const auto& [name, count] : counts)
          std::cout << "  " << std::left << std::setw(14) << name << std::right << std::setw(8) << count << '\n';
      };
      std::cout << "database " << database_path(options).string() << '\n';
      section("nodes", g.nodes.size(), kinds);
      section("relationships", g.edges.size(), types);
      return kOk;
    });
  });
}

}  // namespace kg::cli
