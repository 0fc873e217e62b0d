// Builder: runs the whole pipeline for `kg build`, incrementally: find input files, re-extract
// only those that are new or changed, resolve all articles' facts into one graph, and store it.
//
// Incremental rebuild, and why it equals a build from scratch:
//   1. The corpus is scanned (path, size, mtime). A file whose size and mtime match the
//      manifest of the last build is taken as unchanged without reading it, unless its mtime
//      is within a few seconds of that build's start (it may have changed again within the
//      same timestamp tick): those are read and hashed. Any other file is read and hashed
//      (SHA-256); the hash decides new / changed / unchanged.
//   2. Each file's DocFacts come from the extraction cache when its content hash and the
//      extraction key (extractor version, codec version, lexicon and reader fingerprints)
//      have an entry, else from extraction (on `jobs` threads), which adds the entry. A change
//      of lexicons or extractor changes the key, so nothing stale is reused.
//   3. Files in the manifest that the scan no longer finds are removed: their facts are simply
//      not part of the next resolution.
//   4. Resolution runs over the DocFacts of every file, cached or fresh. Extraction is pure and
//      the cache stores its output bit for bit, so the inputs of resolution, and therefore the
//      graph, are exactly those of a build from scratch.
//   5. The graph, its snapshot and the new manifest are committed in one transaction.
// A second build of the same database fails at once with StoreError(Kind::Busy) (or waits):
// see graph/build_lock.h.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace kg::graph {

struct BuildOptions {
  std::vector<std::string> inputs;   // files and folders
  std::filesystem::path database;
  std::filesystem::path data_root;   // holds data/ and schemas/
  unsigned jobs = 0;                 // extraction and resolution threads; 0 means one per core
  bool strict = false;               // an unreadable input fails the whole build
  bool wait = false;                 // wait for another build of the database instead of failing
  bool lock = true;                  // take the build lock (off only when the caller holds it)
};

struct BuildReport {
  // Files, by what this build found compared with the last one. Failed files are counted
  // once, under files_failed, whatever they were before.
  size_t files_new = 0;
  size_t files_changed = 0;
  size_t files_removed = 0;
  size_t files_unchanged = 0;
  size_t files_failed = 0;
  size_t files_read = 0;       // files whose articles are in the graph
  size_t files_extracted = 0;  // of those, extracted by this build (the others came from the cache)
  size_t files_hashed = 0;     // files read and hashed to decide whether they changed
  uint64_t bytes_extracted = 0;  // bytes of the files extracted by this build
  size_t articles = 0;
  size_t nodes = 0;
  size_t edges = 0;
  size_t nodes_added = 0, nodes_removed = 0, edges_added = 0, edges_removed = 0;
  // What the commit rewrote: whether only the rows that differ were written (graph/stable_ids.h),
  // and how many nodes, edges and evidence rows it wrote or removed.
  bool differential = false;
  size_t nodes_written = 0, edges_written = 0, evidence_written = 0, evidence_deleted = 0;
  std::vector<std::string> warnings;  // one line each, naming the file
  unsigned jobs = 0;
  double seconds = 0;          // the whole build
  double scan_seconds = 0;     // scanning the inputs, loading lexicons, reading the manifest
  double extract_seconds = 0;  // hashing, cache reads, extraction (wall clock)
  double extract_cpu_seconds = 0;  // CPU time the threads spent reading and extracting, summed
  double resolve_seconds = 0;  // resolution and the in-memory graph
  double store_seconds = 0;    // the commit
  // Finer timings inside the phases above, in the order they ran (seconds; "cpu" steps are
  // CPU time summed over threads): for benchmarks and --json's phases.detail.
  std::vector<std::pair<std::string, double>> steps;
};

// Reported while a build runs, from the thread that called build_graph.
struct BuildProgressInfo {
  const char* phase = "";      // "scan", "extract", "resolve", "store"
  size_t files_done = 0;
  size_t files_total = 0;
  uint64_t bytes_done = 0;     // bytes of the files done
  uint64_t bytes_total = 0;
};
using BuildProgress = std::function<void(const BuildProgressInfo&)>;

// A build that cannot go on (no inputs, strict mode with a bad file, no readable file).
class BuildError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The extraction cache key: extractor and codec versions, the lexicon fingerprint
// (ingest::Lexicon::fingerprint) and a fingerprint of the reader's data files under
// `data_root` (the directory holding data/ and schemas/).
std::string extraction_key(const std::string& lexicon_fingerprint, const std::filesystem::path& data_root);

// Runs the build and commits the graph to `options.database` in one transaction; on any
// error the database keeps its previous graph (a database the build created is removed).
// Throws BuildError, ingest::InputError, ingest::LexiconError or StoreError (Kind::Busy when
// another build holds the database).
BuildReport build_graph(const BuildOptions& options, const BuildProgress& progress = {});

}  // namespace kg::graph
