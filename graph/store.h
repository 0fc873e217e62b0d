// Store: the knowledge graph persisted in SQLite.
//
// Tables (schema version in `meta`): documents (one row per article), entities, aliases,
// relationships, quotes, evidence. A build replaces the graph in one transaction, so a reader
// sees either the previous graph or the new one. The query side loads GraphData from here and
// builds its GraphModel; it never runs queries as SQL.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "graph/graph_data.h"

namespace kg::graph {

// A database that cannot be opened, is not kg's, has an unknown schema version, is corrupt or
// locked. what() is one line: "<path>: <reason>".
class StoreError : public std::runtime_error {
 public:
  enum class Kind { Open, NotKg, Version, Corrupt, Busy, Io };
  StoreError(Kind kind, const std::string& path, const std::string& reason)
      : std::runtime_error(path + ": " + reason), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

class Store {
 public:
  static constexpr int kSchemaVersion = 1;
  enum class Mode { ReadOnly, ReadWrite };

  // Opens the database at `path`. ReadWrite creates it (and its schema) when missing;
  // ReadOnly requires an existing kg database. Throws StoreError.
  Store(const std::filesystem::path& path, Mode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Replaces the stored graph with `graph` in one transaction. On any failure nothing changes.
  void replace_graph(const GraphData& graph);
  // Reads the whole stored graph (empty when nothing was built yet).
  GraphData load_graph() const;

  const std::filesystem::path& path() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph
