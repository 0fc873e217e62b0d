#include "graph/builder.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

#include "graph/resolve.h"
#include "graph/store.h"
#include "ingest/corpus.h"
#include "ingest/errors.h"
#include "ingest/extractor.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"

namespace kg::graph {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ingest::InputError(path.string(), "cannot open for reading");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw ingest::InputError(path.string(), "read error");
  return bytes;
}

// What extraction produced for one input file, or why it failed.
struct FileResult {
  std::vector<ingest::DocFacts> docs;
  std::string error;
};

}  // namespace

BuildReport build_graph(const BuildOptions& options, const BuildProgress& progress) {
  const auto started = std::chrono::steady_clock::now();
  BuildReport report;

  const ingest::CorpusScan scan = ingest::scan_corpus(options.inputs);
  report.warnings = scan.warnings;
  // An input skipped while scanning (empty, too big, not a regular file) counts as a failed
  // file, and fails the build with --strict.
  report.files_failed = scan.warnings.size();
  if (options.strict && !scan.warnings.empty()) throw BuildError(scan.warnings.front() + " (--strict)");
  if (scan.files.empty() && !scan.warnings.empty()) {
    throw BuildError(scan.warnings.front() + "; no input file could be read; the database was not changed");
  }
  if (scan.files.empty()) {
    std::string where;
    for (const auto& p : options.inputs) where += (where.empty() ? "" : ", ") + p;
    throw BuildError(where + ": no .txt or .md article files found");
  }
  const ingest::ReaderRules reader_rules = ingest::ReaderRules::load(options.data_root);
  const ingest::Lexicon lexicon = ingest::Lexicon::load(options.data_root);

  // Extraction is pure per file: workers take the next file index and write its own slot, so
  // the result does not depend on the number of threads or their timing.
  std::vector<FileResult> results(scan.files.size());
  std::atomic<size_t> next{0}, done{0};
  std::atomic<uint64_t> bytes_done{0};
  std::mutex progress_mutex;
  auto worker = [&] {
    for (size_t i = next++; i < scan.files.size(); i = next++) {
      const auto& file = scan.files[i];
      try {
        const std::string bytes = read_file(file.path);
        for (auto& article : ingest::read_articles(bytes, file.path.string(), reader_rules))
          results[i].docs.push_back(ingest::extract(article, lexicon));
      } catch (const ingest::InputError& e) {
        results[i].error = e.what();
      } catch (const std::exception& e) {
        results[i].error = file.path.string() + ": " + e.what();
      }
      bytes_done += file.size;
      const size_t n = ++done;
      if (progress) {
        std::lock_guard lock(progress_mutex);
        progress(n, scan.files.size(), bytes_done);
      }
    }
  };
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, scan.files.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();

  std::vector<ingest::DocFacts> docs;
  for (auto& r : results) {
    if (!r.error.empty()) {
      if (options.strict) throw BuildError(r.error + " (--strict)");
      report.warnings.push_back(r.error + " (skipped)");
      ++report.files_failed;
      continue;
    }
    ++report.files_read;
    for (auto& d : r.docs) docs.push_back(std::move(d));
  }
  report.articles = docs.size();
  if (report.files_read == 0) throw BuildError("no input file could be read; the database was not changed");

  const GraphData graph = resolve(docs);
  report.nodes = graph.nodes.size();
  report.edges = graph.edges.size();
  Store(options.database, Store::Mode::ReadWrite).replace_graph(graph);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace kg::graph
