// What every kg subcommand shares: global options, locating the database and data, opening
// the graph, and turning errors into one-line messages with documented exit codes.
#pragma once

#include <exception>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>

#include "graph/graph_data.h"
#include "graph/model.h"

namespace CLI {
class App;
}

namespace kg::cli {

// Exit codes (documented in the README).
inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;   // the command failed; nothing was changed
inline constexpr int kUsage = 2;    // bad arguments or a malformed query
inline constexpr int kPartial = 3;  // build: some inputs unreadable, the graph was updated without them
inline constexpr int kBusy = 75;    // another build or import holds the database (EX_TEMPFAIL)

struct GlobalOptions {
  std::string db;    // --db; else $KG_DB; else ./kg.db
  std::string data;  // --data; else $KG_DATA; else the built-in data directory
};

std::filesystem::path database_path(const GlobalOptions& options);

// Loads the stored graph read-only (throws StoreError with the path on any problem).
graph::GraphData load_graph(const GlobalOptions& options);
// Loads the graph ready to query: from the stored snapshot with its indexes, without
// rebuilding them (throws StoreError with the path on any problem).
graph::GraphModel load_model(const GlobalOptions& options);

// What an exception means for the user: its message on one line and the exit code that fits it
// (a held database is kBusy, a CLI11 validation error kUsage, anything else kFailed).
struct Failure {
  int code = kFailed;
  std::string message;
};
Failure failure_of(const std::exception_ptr& error);

// Runs `body`, printing any exception as one line "kg: <message>" on stderr, and returns the
// exit code `body` returned or the one that fits the error.
int guarded(const std::function<int()>& body);

// `kg stats` and the REPL's .stats: nodes by kind and relationships by type, read from the
// model's indexes (no node or edge is made).
void print_stats(std::ostream& out, const std::filesystem::path& db, const graph::GraphModel& model);

// `kg --version`: version, extractor and schema versions, allocator.
std::string version_text();

// True when standard output is a terminal.
bool stdout_is_terminal();

// Each subcommand registers itself on the app; `exit_code` receives its result.
void add_build_command(CLI::App& app, GlobalOptions& options, int& exit_code);
void add_export_command(CLI::App& app, GlobalOptions& options, int& exit_code);
void add_import_command(CLI::App& app, GlobalOptions& options, int& exit_code);
void add_stats_command(CLI::App& app, GlobalOptions& options, int& exit_code);
void add_show_command(CLI::App& app, GlobalOptions& options, int& exit_code);   // show, explain
void add_query_commands(CLI::App& app, GlobalOptions& options, int& exit_code);  // query, path, hood
void add_repl_command(CLI::App& app, GlobalOptions& options, int& exit_code);

}  // namespace kg::cli
