// Store: the knowledge graph persisted in SQLite, with what incremental builds need.
//
// One database file holds (schema version in `meta`):
//   - the graph as tables: entities, aliases, quotes, documents, relationships, evidence
//     (version 3: evidence rows number their strings, each stored once; `evidence` is a view;
//     version 4: ids are stable from build to build, graph/stable_ids.h, and a build rewrites
//     only the rows that changed) (readable with any SQLite tool);
//   - a snapshot of the same graph as a few large blobs (graph/snapshot.h): what `kg query`
//     loads, so opening a graph of millions of relationships is a read, not a rebuild;
//   - the build manifest (`files`): each input file's path, size, mtime and SHA-256;
//   - the extraction cache (`extractions`): each file content's DocFacts, keyed by content
//     hash and extraction key (extractor version, lexicon and reader fingerprints).
// The graph, its snapshot and the manifest change together in one transaction (WAL
// journaling): a reader sees the previous graph or the new one, never a mix, and a process
// killed at any point leaves the previous graph intact. Cache entries are committed on their
// own while a build runs: they are content-addressed, so a killed build's extraction work is
// reused by the next build and never changes what a reader sees.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/graph_data.h"
#include "graph/model.h"
#include "graph/snapshot.h"

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

// One input file as the last build read it.
struct ManifestEntry {
  std::string path;       // absolute path
  uint64_t size = 0;      // bytes
  int64_t mtime_ns = 0;   // modification time, nanoseconds since the epoch
  std::string sha256;     // 32 raw bytes
  uint32_t articles = 0;  // articles read from it
};

// The encoded DocFacts (graph/docfacts_codec.h) of the file content with hash `sha256`, as
// extracted under `key`.
struct CachedExtraction {
  std::string sha256;
  std::string key;
  std::string facts;
};

// Named timings of a commit's steps (seconds), appended in the order they ran.
using StepTimes = std::vector<std::pair<std::string, double>>;

// What a build's commit did: the graph's counts, what it added and removed (by identity:
// graph/stable_ids.h), and whether only the rows that differ were written.
struct CommitSummary {
  size_t nodes = 0, edges = 0;
  size_t nodes_added = 0, nodes_removed = 0, edges_added = 0, edges_removed = 0;
  bool differential = false;
  // Rows rewritten: nodes and edges whose rows were written or removed, evidence rows.
  size_t nodes_written = 0, edges_written = 0, evidence_written = 0, evidence_deleted = 0;
};

// What a build stores at its end, in one transaction.
struct BuildCommit {
  // Replaces the previous manifest; with manifest_delta, only these rows are written (added or
  // replaced) and the rows of manifest_removed are deleted, the others staying as they are.
  std::vector<ManifestEntry> manifest;
  bool manifest_delta = false;
  std::vector<std::string> manifest_removed;
  std::string extraction_key;           // cache entries under other keys are dropped
  int64_t started_ns = 0;               // when the build scanned its inputs (wall clock)
};

class Store {
 public:
  static constexpr int kSchemaVersion = 4;
  static constexpr int kOldestReadableVersion = 1;  // read-only opens read v1; read-write migrates it
  enum class Mode { ReadOnly, ReadWrite };

  // Opens the database at `path`. ReadWrite creates it (and its schema) when missing and
  // migrates a version 1, 2 or 3 database to version 4 in place, in one transaction; ReadOnly
  // requires an existing kg database. Throws StoreError.
  Store(const std::filesystem::path& path, Mode mode);
  // With `check_in_background`, the quick_check a ReadWrite open runs on an existing database
  // is left pending: start_integrity_check() runs it on a thread of its own while the caller
  // goes on reading, and every write waits for it (starting it if needed; StoreError Corrupt
  // when it found damage), so nothing is ever written into a damaged file. A database that
  // needs its journal mode set or a migration is checked at once.
  Store(const std::filesystem::path& path, Mode mode, bool check_in_background);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  const std::filesystem::path& path() const;
  int schema_version() const;
  // A value of the `meta` table ("" when absent): application, schema_version, graph_source
  // ("build" or "import"), build_started_ns, built_at, extraction_key, nodes, relationships.
  std::string meta(const std::string& key) const;

  // ---- the graph

  // Replaces the stored graph (tables and snapshot) with `graph` in one transaction; the
  // manifest is cleared, since the graph no longer comes from a build's files. On any failure
  // nothing changes. `source` is recorded as meta graph_source.
  void replace_graph(const GraphData& graph, const std::string& source = "import");
  void replace_graph(const GraphModel& model, const std::string& source = "import");
  // Told why a load reads the tables when the database says it has a snapshot (one line).
  using Warn = std::function<void(const std::string&)>;
  // Reads the whole stored graph (empty when nothing was built yet) in canonical order (ids are
  // positions as resolution gave them; what exports write): from the snapshot when
  // there is one of this kg's format, else from the tables (a version 1 database, a snapshot
  // of an older format, a snapshot gone missing: the last two are told to `warn`). A snapshot
  // that is damaged or does not belong to the tables is a StoreError (Corrupt), never loaded.
  GraphData load_graph(const Warn& warn = {}) const;
  // The graph ready to query, under its stored ids: from the snapshot with its stored indexes
  // (no rebuilding), or built from the tables as load_graph says. Both ways give the same model.
  GraphModel load_model(const Warn& warn = {}) const;
  // Reads the graph from the tables, ignoring the snapshot (what version 1 did), in canonical
  // order: to check that both hold the same graph, and as the baseline the snapshot is
  // measured against.
  GraphData load_graph_from_tables() const;

  // ---- builds

  // The manifest of the last build (empty after an import or on a new database).
  std::vector<ManifestEntry> manifest() const;
  // Stores cache entries in one short transaction of their own; an entry already present is
  // kept. Called while a build runs, so extraction work survives a killed build.
  void put_extractions(const std::vector<CachedExtraction>& entries);
  // Stores the build's graph (`graph` as resolution gives it: ids are canonical positions), its
  // snapshot, the manifest and the build's meta values in one transaction, and drops cache
  // entries that no manifest file uses under the current key. The graph is stored under stable
  // ids (graph/stable_ids.h): items keep the ids they had in the stored graph, and only the
  // rows of items whose content changed are rewritten (all rows when most items changed).
  CommitSummary commit_build(GraphData graph, const BuildCommit& commit, StepTimes* steps = nullptr);
  // A build that found every input as the last build left it: the graph stays, the manifest
  // (new mtimes of touched files) and the build's metadata are replaced, in one transaction.
  void commit_unchanged_build(const BuildCommit& commit);

  // Reads cache entries on its own connection, so extraction threads can each have one.
  class CacheReader {
   public:
    explicit CacheReader(const std::filesystem::path& path);
    ~CacheReader();
    CacheReader(CacheReader&&) noexcept;
    CacheReader& operator=(CacheReader&&) noexcept;
    // The cached facts for this content hash and key, if any.
    std::optional<std::string> find(std::string_view sha256, std::string_view key);

   private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
  };

  // ---- maintenance

  // "ok", or the first problem SQLite's PRAGMA quick_check reports.
  std::string quick_check() const;
  // Starts the pending quick_check on its own thread (nothing when none is pending).
  void start_integrity_check();
  // Whether this connection may write the database (SQLite opens a file it may not write
  // read-only even when asked to write).
  bool writable() const;
  // Whether the open's quick_check is over (always true unless it runs in the background).
  bool integrity_checked() const;
  // Waits for the open's quick_check; throws StoreError Corrupt when it found damage.
  void require_intact() const;
  // Counts of the stored graph as the tables have them: (entities, relationships).
  std::pair<uint64_t, uint64_t> row_counts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph
