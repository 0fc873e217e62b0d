// Helpers for the build, store and import tests: temporary folders, a small corpus made from
// data/sample, and a graph's JSON Lines export as one string (what the byte-for-byte
// comparisons of incremental and from-scratch builds compare).
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/builder.h"
#include "graph/export_jsonl.h"
#include "graph/store.h"
#include "ingest/lexicon.h"

namespace kg::test {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag = "kg-test") {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() / (tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

inline fs::path data_root() { return ingest::find_data_root(); }
inline fs::path sample_dir() { return data_root() / "data" / "sample"; }

inline void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

inline std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Copies the sample articles into `dir` and sets their mtimes an hour back, as a corpus that
// was not written a moment ago.
inline void copy_sample(const fs::path& dir) {
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(sample_dir())) {
    if (entry.path().extension() != ".txt" && entry.path().extension() != ".md") continue;
    fs::copy_file(entry.path(), dir / entry.path().filename(), fs::copy_options::overwrite_existing);
    fs::last_write_time(dir / entry.path().filename(), fs::file_time_type::clock::now() - std::chrono::hours(1));
  }
}

inline graph::BuildOptions build_options(const fs::path& corpus, const fs::path& db, unsigned jobs = 2) {
  graph::BuildOptions o;
  o.inputs = {corpus.string()};
  o.database = db;
  o.data_root = data_root();
  o.jobs = jobs;
  return o;
}

inline std::string export_jsonl(const graph::GraphData& g) {
  std::ostringstream out;
  graph::write_jsonl(out, g);
  return out.str();
}

inline std::string export_db(const fs::path& db) {
  return export_jsonl(graph::Store(db, graph::Store::Mode::ReadOnly).load_graph());
}

}  // namespace kg::test
