// kg: build a knowledge graph from news articles and query it.
#include <CLI/CLI.hpp>

#include "cli/common.h"

int main(int argc, char** argv) {
  CLI::App app{"kg: a knowledge graph of who said what, who commits which force, and which meeting "
               "produced which declaration, built from a folder of news articles."};
  app.set_version_flag("--version", kg::cli::version_text());
  app.require_subcommand(1);
  app.fallthrough();
  kg::cli::GlobalOptions options;
  app.add_option("--db", options.db, "database file (default: $KG_DB, else ./kg.db)");
  app.add_option("--data", options.data, "folder holding data/ and schemas/ (default: $KG_DATA, else built in)");
  int exit_code = kg::cli::kOk;
  kg::cli::add_build_command(app, options, exit_code);
  kg::cli::add_export_command(app, options, exit_code);
  kg::cli::add_import_command(app, options, exit_code);
  kg::cli::add_stats_command(app, options, exit_code);
  kg::cli::add_show_command(app, options, exit_code);
  kg::cli::add_query_commands(app, options, exit_code);
  kg::cli::add_repl_command(app, options, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kg::cli::kUsage;
  }
  return exit_code;
}
