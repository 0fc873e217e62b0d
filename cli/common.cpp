#include "cli/common.h"

#include <unistd.h>

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iomanip>
#include <iostream>

#include "graph/builder.h"
#include "graph/store.h"
#include "ingest/errors.h"

namespace kg::cli {

std::filesystem::path database_path(const GlobalOptions& options) {
  if (!options.db.empty()) return options.db;
  if (const char* env = std::getenv("KG_DB"); env && *env) return env;
  return "kg.db";
}

namespace {
void warn(const std::string& message) { std::cerr << "kg: warning: " << ingest::one_line(message) << '\n'; }
}  // namespace

graph::GraphData load_graph(const GlobalOptions& options) {
  return graph::Store(database_path(options), graph::Store::Mode::ReadOnly).load_graph(warn);
}

graph::GraphModel load_model(const GlobalOptions& options) {
  return graph::Store(database_path(options), graph::Store::Mode::ReadOnly).load_model(warn);
}

void print_stats(std::ostream& out, const std::filesystem::path& db, const graph::GraphModel& model) {
  auto section = [&](const char* title, size_t total, const std::vector<std::string>& names, auto count_of) {
    out << title << " " << total << '\n';
    for (const auto& name : names)
      out << "  " << std::left << std::setw(14) << name << std::right << std::setw(8) << count_of(name) << '\n';
  };
  out << "database " << db.string() << '\n';
  section("nodes", model.node_count(), model.kinds(), [&](const std::string& k) { return model.nodes_of_kind(k).size(); });
  section("relationships", model.edge_count(), model.relationship_types(),
          [&](const std::string& t) { return model.edges_of_type(t).size(); });
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

Failure failure_of(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const graph::StoreError& e) {
    return {e.kind() == graph::StoreError::Kind::Busy ? kBusy : kFailed, ingest::one_line(e.what())};
  } catch (const CLI::ValidationError& e) {
    return {kUsage, ingest::one_line(e.what())};
  } catch (const std::exception& e) {
    return {kFailed, ingest::one_line(e.what())};
  } catch (...) {
    return {kFailed, "unknown error"};
  }
}

int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (...) {
    const Failure f = failure_of(std::current_exception());
    std::cerr << "kg: " << f.message << '\n';
    return f.code;
  }
}

}  // namespace kg::cli
