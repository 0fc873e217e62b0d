#include "cli/common.h"

#include <unistd.h>

#include <CLI/CLI.hpp>

#include <cstdlib>
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
