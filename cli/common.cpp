#include "cli/common.h"

#include <unistd.h>

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

graph::GraphData load_graph(const GlobalOptions& options) {
  return graph::Store(database_path(options), graph::Store::Mode::ReadOnly).load_graph();
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const graph::StoreError& e) {
    std::cerr << "kg: " << ingest::one_line(e.what()) << '\n';
    return e.kind() == graph::StoreError::Kind::Busy ? kBusy : kFailed;
  } catch (const ingest::InputError& e) {
    std::cerr << "kg: " << ingest::one_line(e.what()) << '\n';
    return kFailed;
  } catch (const std::exception& e) {
    std::cerr << "kg: " << ingest::one_line(e.what()) << '\n';
    return kFailed;
  }
}

}  // namespace kg::cli
