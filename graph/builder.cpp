#include "graph/builder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "graph/build_lock.h"
#include "graph/content_hash.h"
#include "graph/docfacts_codec.h"
#include "graph/resolve.h"
#include "graph/thread_cpu.h"
#include "graph/store.h"
#include "ingest/corpus.h"
#include "ingest/errors.h"
#include "ingest/extractor.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"

namespace kg::graph {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A file whose mtime is this close to (or after) the start of the build that recorded it may
// have changed again within the same timestamp tick (coarse file systems tick in seconds):
// such a file is always re-hashed.
constexpr int64_t kRacyWindowNs = 2'000'000'000;

// Cache entries are committed in batches of this many, or at least this often.
constexpr size_t kCacheBatch = 256;
constexpr auto kCacheFlushEvery = std::chrono::seconds(1);

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ingest::InputError(path.string(), "cannot open for reading");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw ingest::InputError(path.string(), "read error");
  return bytes;
}

std::string file_or_empty(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return {};
  return read_file(path);
}

int64_t wall_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

enum class State { New, Changed, Unchanged };

// What the build learnt about one input file.
struct FileResult {
  State state = State::New;
  std::string sha256;
  std::vector<ingest::DocFacts> docs;
  bool extracted = false;  // by this build (not from the cache)
  bool hashed = false;
  std::string error;       // non-empty when the file could not be read
  // As the scan's stat(2) saw them before the file was read; Unix time (the manifest compares
  // it with wall-clock build times).
  uint64_t size = 0;
  int64_t mtime_ns = 0;
};

// Extracted facts waiting to be committed to the cache, filled by workers and drained by the
// thread that owns the store.
class CacheQueue {
 public:
  void push(CachedExtraction entry) {
    std::lock_guard lock(mutex_);
    pending_.push_back(std::move(entry));
    if (pending_.size() >= kCacheBatch) ready_.notify_one();
  }
  void finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    ready_.notify_one();
  }
  // Waits up to `timeout` for a full batch or the end. Moves the pending entries into `batch`
  // when there is a full batch, when `flush` is set or when the workers have finished.
  // Returns false once the workers have finished and everything was handed out.
  bool next(std::vector<CachedExtraction>& batch, std::chrono::milliseconds timeout, bool flush) {
    std::unique_lock lock(mutex_);
    ready_.wait_for(lock, timeout, [&] { return finished_ || pending_.size() >= kCacheBatch; });
    batch.clear();
    const bool was_finished = finished_;
    if (finished_ || flush || pending_.size() >= kCacheBatch) batch.swap(pending_);
    return !(was_finished && batch.empty());
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::vector<CachedExtraction> pending_;
  bool finished_ = false;
};

}  // namespace

std::string extraction_key(const std::string& lexicon_fingerprint, const fs::path& data_root) {
  // The reader's data files are not part of the lexicon fingerprint; hash them here.
  std::string reader;
  for (const char* name : {"outlets", "abbreviations", "reader"}) {
    reader += name;
    reader += '\0';
    reader += file_or_empty(data_root / "data" / "lexicon" / (std::string(name) + ".json"));
    reader += '\0';
    reader += file_or_empty(data_root / "schemas" / (std::string(name) + ".schema.json"));
    reader += '\0';
  }
  return "x" + std::to_string(ingest::kExtractorVersion) + ".c" + std::to_string(kDocFactsCodecVersion) + ".l" +
         lexicon_fingerprint + ".r" + to_hex(sha256(reader)).substr(0, 16);
}

BuildReport build_graph(const BuildOptions& options, const BuildProgress& progress) {
  const auto started = Clock::now();
  const int64_t started_ns = wall_ns();
  BuildReport report;
  auto tell = [&](const char* phase, size_t done, size_t total, uint64_t bytes, uint64_t bytes_total) {
    if (progress) progress({phase, done, total, bytes, bytes_total});
  };

  std::optional<BuildLock> lock;
  if (options.lock) lock.emplace(options.database, options.wait);

  auto step_started = Clock::now();
  auto step = [&](const char* name) {
    const auto now = Clock::now();
    report.steps.emplace_back(name, std::chrono::duration<double>(now - step_started).count());
    step_started = now;
  };
  tell("scan", 0, 0, 0, 0);
  const ingest::CorpusScan scan = ingest::scan_corpus(options.inputs);
  step("scan.files");
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
  // The reader's rules (compiled patterns: a few tenths of a second) are loaded by the first
  // file that needs extracting: a rebuild that finds every file in the cache never loads them.
  // A failed load fails the build with the loader's own error, as it did when loaded first.
  std::once_flag rules_once;
  std::optional<ingest::ReaderRules> rules_loaded;
  std::exception_ptr rules_error;
  struct RulesUnavailable {};
  const auto reader_rules = [&]() -> const ingest::ReaderRules& {
    std::call_once(rules_once, [&] {
      try {
        rules_loaded.emplace(ingest::ReaderRules::load(options.data_root));
      } catch (...) {
        rules_error = std::current_exception();
      }
    });
    if (!rules_loaded) throw RulesUnavailable{};
    return *rules_loaded;
  };
  const ingest::Lexicon lexicon = ingest::Lexicon::load(options.data_root);
  const std::string key = extraction_key(lexicon.fingerprint(), options.data_root);
  step("scan.lexicons");

  std::error_code ec;
  const bool existed = fs::exists(options.database, ec);
  // A database this build created is removed again when the build fails.
  struct RemoveOnFailure {
    fs::path db;
    bool armed;
    ~RemoveOnFailure() {
      if (!armed) return;
      std::error_code ignore;
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix, ignore);
    }
  } cleanup{options.database, !existed};

  // The open's quick_check of an existing database (it reads the whole file) runs on a thread
  // of its own, started when a core is likely free: before loading the stored graph for a
  // build that changes nothing (single-threaded), else when extraction ends (resolution is
  // single-threaded) or as soon as extraction has produced a batch of cache entries (a long
  // extraction keeps committing them, so a killed build keeps its work). Every write waits
  // for it; cache entries wait in `deferred` meanwhile.
  Store store(options.database, Store::Mode::ReadWrite, true);
  step("scan.store_open");
  std::unordered_map<std::string, ManifestEntry> previous;
  {
    std::vector<ManifestEntry> entries = store.manifest();
    previous.reserve(entries.size());
    for (ManifestEntry& f : entries) {
      std::string path = f.path;
      previous.emplace(std::move(path), std::move(f));
    }
  }
  const std::string last_started = store.meta("build_started_ns");
  const int64_t last_started_ns = last_started.empty() ? INT64_MAX : std::stoll(last_started);
  step("scan.manifest");
  // Size and mtime as the manifest has them, outside the racy window: the file is unchanged.
  const auto stat_trusted = [last_started_ns](const ManifestEntry* prev, const FileResult& r) {
    return prev && prev->size == r.size && prev->mtime_ns == r.mtime_ns && r.mtime_ns < last_started_ns - kRacyWindowNs;
  };

  const size_t n = scan.files.size();
  std::vector<std::string> abs_paths(n);
  std::vector<const ManifestEntry*> before(n, nullptr);
  uint64_t bytes_total = 0;
  for (size_t i = 0; i < n; ++i) {
    abs_paths[i] = fs::absolute(scan.files[i].path, ec).lexically_normal().string();
    if (ec) abs_paths[i] = scan.files[i].path.string();
    auto it = previous.find(abs_paths[i]);
    if (it != previous.end()) before[i] = &it->second;
    bytes_total += scan.files[i].size;
  }
  report.scan_seconds = seconds_since(started);

  // ---- nothing new, changed, removed or unreadable, under the same extraction key, on top of
  // a graph a build wrote: resolving would give the stored graph again, byte for byte. When
  // every file's size and mtime say so (the same test the extraction below trusts), the cached
  // facts need not even be read: the manifest knows each file's article count.
  std::vector<FileResult> results(n);
  for (size_t i = 0; i < n; ++i) {
    results[i].size = scan.files[i].size;
    results[i].mtime_ns = scan.files[i].mtime_ns;
  }
  const bool same_build = scan.warnings.empty() && !previous.empty() && previous.size() == n &&
                          store.meta("extraction_key") == key && store.meta("graph_source") == "build";
  // ... provided readers can load the stored graph as it is (its counts are the report's): a
  // damaged or outdated snapshot is rewritten by the full path below.
  const auto stored_graph = [&]() -> std::optional<GraphModel> {
    bool warned = false;
    try {
      GraphModel stored = store.load_model([&](const std::string&) { warned = true; });
      if (!warned) return stored;
    } catch (const std::exception&) {
    }
    return std::nullopt;
  };
  const auto commit_unchanged = [&](const GraphModel& stored, const BuildCommit& commit) {
    const auto store_started = Clock::now();
    report.nodes = stored.node_count();
    report.edges = stored.edge_count();
    store.commit_unchanged_build(commit);
    step("store.unchanged_commit");
    if (lock) lock->record_verified(BuildLock::stamp_of(options.database));
    cleanup.armed = false;
    report.store_seconds = seconds_since(store_started);
    report.seconds = seconds_since(started);
  };
  if (same_build) {
    bool all_trusted = true;
    for (size_t i = 0; i < n && all_trusted; ++i) all_trusted = stat_trusted(before[i], results[i]);
    step("unchanged_stat");
    // (A database this process may not write goes on to the commit below, which fails as any
    // build into it does.)
    if (all_trusted && store.writable()) {
      if (std::optional<GraphModel> stored = stored_graph()) {
        step("unchanged_load");
        // Nothing is written: every manifest row is as this build found it, and the stored
        // build start still decides the racy window of those rows exactly as it did. So no
        // write transaction and no checkpoint. The whole-file check runs only when the file is
        // not as the last build left it (BuildLock: copied, restored or damaged since): a
        // damaged database is reported even when no input changed.
        const std::string stamp = BuildLock::stamp_of(options.database);
        if (!lock || stamp.empty() || lock->verified() != stamp) {
          store.require_intact();
          if (lock) lock->record_verified(stamp);
          step("unchanged_integrity_check");
        }
        report.files_read = report.files_unchanged = n;
        for (size_t i = 0; i < n; ++i) report.articles += before[i]->articles;
        report.nodes = stored->node_count();
        report.edges = stored->edge_count();
        cleanup.armed = false;
        report.seconds = seconds_since(started);
        return report;
      }
    }
  }

  // ---- extraction: each worker takes the next file and fills its own slot, so the result
  // does not depend on the number of threads or their timing.
  const auto extract_started = Clock::now();
  std::atomic<size_t> next{0}, done{0};
  std::atomic<uint64_t> bytes_done{0}, bytes_extracted{0};
  std::atomic<int64_t> cpu_ns{0}, check_ns{0}, cache_ns{0}, decode_ns{0};
  CacheQueue queue;
  std::atomic<bool> stop{false};
  std::exception_ptr worker_error;
  std::mutex error_mutex;

  auto process = [&](size_t i, Store::CacheReader& cache) {
    const ingest::InputFile& file = scan.files[i];
    const ManifestEntry* prev = before[i];
    FileResult& r = results[i];
    int64_t t = thread_cpu_ns();
    auto lap = [&](std::atomic<int64_t>& total) {
      const int64_t now = thread_cpu_ns();
      total += now - t;
      t = now;
    };
    const bool trust_stat = stat_trusted(prev, r);
    std::string bytes;
    bool have_bytes = false;
    if (trust_stat) {
      r.sha256 = prev->sha256;
      r.state = State::Unchanged;
    } else {
      bytes = read_file(file.path);
      have_bytes = true;
      r.hashed = true;
      r.sha256 = sha256(bytes);
      r.state = !prev ? State::New : prev->sha256 == r.sha256 ? State::Unchanged : State::Changed;
    }
    lap(check_ns);
    std::optional<std::string> blob = cache.find(r.sha256, key);
    lap(cache_ns);
    if (blob) {
      try {
        r.docs = decode_doc_facts(*blob, file.path.string());
        lap(decode_ns);
        return;
      } catch (const CodecError&) {
        // A damaged entry is a miss: extract again and replace it below.
      }
    }
    const int64_t t0 = thread_cpu_ns();
    if (!have_bytes) {
      bytes = read_file(file.path);
      r.hashed = true;
      const std::string actual = sha256(bytes);
      if (actual != r.sha256) {  // changed without a new size or mtime (e.g. touch -d)
        r.sha256 = actual;
        r.state = State::Changed;
      }
    }
    for (auto& article : ingest::read_articles(bytes, file.path.string(), reader_rules()))
      r.docs.push_back(ingest::extract(std::move(article), lexicon));
    r.extracted = true;
    cpu_ns += thread_cpu_ns() - t0;
    bytes_extracted += bytes.size();
    queue.push({r.sha256, key, encode_doc_facts(r.docs)});
  };

  auto worker = [&] {
    try {
      Store::CacheReader cache(options.database);
      for (size_t i = next++; i < n && !stop; i = next++) {
        try {
          process(i, cache);
        } catch (const ingest::InputError& e) {
          results[i].error = e.what();
          results[i].docs.clear();
        } catch (const StoreError&) {
          throw;
        } catch (const RulesUnavailable&) {
          throw;
        } catch (const std::exception& e) {
          results[i].error = scan.files[i].path.string() + ": " + e.what();
          results[i].docs.clear();
        }
        bytes_done += scan.files[i].size;
        ++done;
      }
    } catch (...) {
      std::lock_guard guard(error_mutex);
      if (!worker_error) worker_error = std::current_exception();
      stop = true;
    }
  };

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::max<size_t>(1, std::min<size_t>(jobs, n)));
  report.jobs = jobs;
  std::vector<std::thread> threads;
  std::atomic<unsigned> running{jobs};
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back([&] {
      worker();
      if (--running == 0) queue.finish();
    });
  }
  // This thread owns the store: it commits cache entries as they come and reports progress.
  std::vector<CachedExtraction> batch, deferred;
  std::exception_ptr store_error;
  auto last_flush = Clock::now();
  while (queue.next(batch, std::chrono::milliseconds(200), Clock::now() - last_flush >= kCacheFlushEvery)) {
    tell("extract", done, n, bytes_done, bytes_total);
    if (store_error || batch.empty()) continue;
    if (!store.integrity_checked() || !deferred.empty()) {
      std::move(batch.begin(), batch.end(), std::back_inserter(deferred));
      if (deferred.size() >= kCacheBatch) store.start_integrity_check();
      if (!store.integrity_checked()) continue;
      batch.swap(deferred);
      deferred.clear();
    }
    try {
      store.put_extractions(batch);
    } catch (...) {
      store_error = std::current_exception();
      stop = true;
    }
    last_flush = Clock::now();
  }
  for (auto& t : threads) t.join();
  store.start_integrity_check();
  if (rules_error) std::rethrow_exception(rules_error);
  if (worker_error) std::rethrow_exception(worker_error);
  if (store_error) std::rethrow_exception(store_error);
  tell("extract", n, n, bytes_total, bytes_total);
  report.extract_seconds = seconds_since(extract_started);
  report.extract_cpu_seconds = static_cast<double>(cpu_ns.load()) / 1e9;
  report.bytes_extracted = bytes_extracted;
  step("extract");
  report.steps.emplace_back("extract.stat_hash_cpu", static_cast<double>(check_ns.load()) / 1e9);
  report.steps.emplace_back("extract.cache_read_cpu", static_cast<double>(cache_ns.load()) / 1e9);
  report.steps.emplace_back("extract.cache_decode_cpu", static_cast<double>(decode_ns.load()) / 1e9);
  report.steps.emplace_back("extract.extract_cpu", static_cast<double>(cpu_ns.load()) / 1e9);

  // ---- collect, in file order
  std::vector<ingest::DocFacts> docs;
  {
    size_t total = 0;
    for (const FileResult& r : results) total += r.docs.size();
    docs.reserve(total);
  }
  BuildCommit commit;
  commit.extraction_key = key;
  commit.started_ns = started_ns;
  // The manifest is written as a difference: rows of new and changed files, and the paths of
  // files gone or unreadable (an unreadable file is read again by the next build).
  commit.manifest_delta = true;
  std::unordered_set<std::string_view> kept;
  kept.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    FileResult& r = results[i];
    if (!r.error.empty()) {
      if (options.strict) throw BuildError(r.error + " (--strict)");
      report.warnings.push_back(r.error + " (skipped)");
      ++report.files_failed;
      continue;
    }
    ++report.files_read;
    report.files_extracted += r.extracted ? 1 : 0;
    report.files_hashed += r.hashed ? 1 : 0;
    switch (r.state) {
      case State::New: ++report.files_new; break;
      case State::Changed: ++report.files_changed; break;
      case State::Unchanged: ++report.files_unchanged; break;
    }
    const ManifestEntry* prev = before[i];
    const auto articles = static_cast<uint32_t>(r.docs.size());
    if (!prev || prev->size != r.size || prev->mtime_ns != r.mtime_ns || prev->sha256 != r.sha256 || prev->articles != articles)
      commit.manifest.push_back({abs_paths[i], r.size, r.mtime_ns, r.sha256, articles});
    kept.insert(abs_paths[i]);
    for (auto& d : r.docs) docs.push_back(std::move(d));
    r.docs.clear();
  }
  {
    const std::unordered_set<std::string_view> found(abs_paths.begin(), abs_paths.end());
    for (const auto& [path, entry] : previous) {
      report.files_removed += found.count(path) ? 0 : 1;
      if (!kept.count(path)) commit.manifest_removed.push_back(path);
    }
  }
  report.articles = docs.size();
  step("collect");
  if (report.files_read == 0) throw BuildError("no input file could be read; the database was not changed");

  // ---- the same test after reading the files (a file touched with its content unchanged).
  const bool unchanged = report.files_new == 0 && report.files_changed == 0 && report.files_removed == 0 &&
                         report.files_failed == 0 && same_build;
  if (std::optional<GraphModel> stored = unchanged ? stored_graph() : std::nullopt) {
    step("unchanged_load");
    store.put_extractions(deferred);
    commit_unchanged(*stored, commit);
    return report;
  }

  // ---- resolve over every file's facts
  step("unchanged_check");
  tell("resolve", n, n, bytes_total, bytes_total);
  const auto resolve_started = Clock::now();
  GraphData resolved = resolve(docs, &report.steps, options.jobs);  // each pass, then the whole
  step("resolve.resolve");
  // Extraction ended before the open's check did: its cache entries are stored now.
  store.put_extractions(deferred);
  deferred.clear();
  deferred.shrink_to_fit();
  step("resolve.cache_put");
  // The documents are freed on another thread while the graph is committed.
  std::jthread free_docs([gone = std::move(docs)]() mutable { gone.clear(); });
  report.resolve_seconds = seconds_since(resolve_started);

  tell("store", n, n, bytes_total, bytes_total);
  const auto store_started = Clock::now();
  const CommitSummary summary = store.commit_build(std::move(resolved), commit, &report.steps);
  // Written (after the open's check passed) and checkpointed: the file as this build left it.
  if (lock) lock->record_verified(BuildLock::stamp_of(options.database));
  report.nodes = summary.nodes;
  report.edges = summary.edges;
  report.nodes_added = summary.nodes_added;
  report.nodes_removed = summary.nodes_removed;
  report.edges_added = summary.edges_added;
  report.edges_removed = summary.edges_removed;
  report.differential = summary.differential;
  report.nodes_written = summary.nodes_written;
  report.edges_written = summary.edges_written;
  report.evidence_written = summary.evidence_written;
  report.evidence_deleted = summary.evidence_deleted;
  cleanup.armed = false;
  report.store_seconds = seconds_since(store_started);
  step_started = Clock::now();
  free_docs.join();
  step("free_docs_wait");
  report.seconds = seconds_since(started);
  return report;
}

}  // namespace kg::graph
