// Builder: runs the whole pipeline for `kg build`: find input files, read them into articles,
// extract facts from each (in parallel), resolve them into one graph, and store it.
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kg::graph {

struct BuildOptions {
  std::vector<std::string> inputs;   // files and folders
  std::filesystem::path database;
  std::filesystem::path data_root;   // holds data/ and schemas/
  unsigned jobs = 0;                 // extraction threads; 0 means one per core
  bool strict = false;               // an unreadable input fails the whole build
};

struct BuildReport {
  size_t files_read = 0;
  size_t files_failed = 0;
  size_t articles = 0;
  size_t nodes = 0;
  size_t edges = 0;
  std::vector<std::string> warnings;  // one line each, naming the file
  double seconds = 0;
};

// Called after each file is extracted: (files done, files in all, bytes done).
using BuildProgress = std::function<void(size_t, size_t, uint64_t)>;

// A build that cannot go on (no inputs, strict mode with a bad file, lexicon errors).
class BuildError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Runs the build and replaces the graph in `options.database` in one transaction; on any
// error the database keeps its previous graph. Throws BuildError, ingest::InputError,
// ingest::LexiconError or StoreError.
BuildReport build_graph(const BuildOptions& options, const BuildProgress& progress = {});

}  // namespace kg::graph
