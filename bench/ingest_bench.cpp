// Ingest benchmark: generates corpora of N articles (bench/corpus_gen.h) and builds them with
// kg's builder: extraction MB/s per core, build time by phase, database size, peak memory,
// then a rebuild with nothing changed and one with a single file changed.
//
//   ingest_bench [N,N,...]        sizes (default $KG_BENCH_ARTICLES, else 1000,3000)
//   KG_BENCH_JOBS=n               extraction threads (default: one per core)
// Each size runs in a child process, so peak memory is that size's own. Work files go under
// $TMPDIR/kg-bench-ingest and are removed afterwards (KG_BENCH_KEEP=1 keeps them).
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/bench_util.h"
#include "bench/corpus_gen.h"
#include "graph/builder.h"
#include "ingest/lexicon.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {

double file_mb(const fs::path& p) {
  std::error_code ec;
  const auto s = fs::file_size(p, ec);
  return ec ? 0.0 : static_cast<double>(s) / 1e6;
}

void run(uint64_t n, const fs::path& work, const fs::path& data_root) {
  const fs::path corpus = work / ("corpus-" + std::to_string(n)), db = work / ("kg-" + std::to_string(n) + ".db");
  fs::remove_all(corpus);
  for (const char* suffix : {"", "-wal", "-shm", ".lock"}) fs::remove(db.string() + suffix);
  const bench::CorpusGenerator gen(data_root);
  auto t = bench::Clock::now();
  const uint64_t bytes = gen.write(corpus, n);
  const double gen_s = bench::seconds_since(t);

  graph::BuildOptions options;
  options.inputs = {corpus.string()};
  options.database = db;
  options.data_root = data_root;
  if (const char* jobs = std::getenv("KG_BENCH_JOBS"); jobs && *jobs) options.jobs = static_cast<unsigned>(std::atoi(jobs));
  // CPU time (user + system, every thread) of each build: what it costs on a shared machine.
  double cpu = bench::cpu_seconds();
  const auto cpu_lap = [&cpu] {
    const double now = bench::cpu_seconds(), spent = now - cpu;
    cpu = now;
    return spent;
  };
  const graph::BuildReport full = graph::build_graph(options);
  const double full_cpu = cpu_lap();
  const double db_mb = file_mb(db) + file_mb(db.string() + "-wal");
  cpu_lap();
  const graph::BuildReport same = graph::build_graph(options);
  const double same_cpu = cpu_lap();

  // One file changes: a sentence added to an article in the middle of the corpus.
  const fs::path changed = bench::CorpusGenerator::file(corpus, n / 2);
  std::ofstream(changed, std::ios::app) << "\nLatvia said it would send a minehunter to the force, officials said.\n";
  cpu_lap();
  const graph::BuildReport one = graph::build_graph(options);
  const double one_cpu = cpu_lap();

  const double mb = static_cast<double>(bytes) / 1e6;
  const double per_core = full.extract_cpu_seconds > 0 ? static_cast<double>(full.bytes_extracted) / 1e6 / full.extract_cpu_seconds : 0;
  std::printf("articles %-8llu corpus %7.1f MB (generated in %.1f s)\n", static_cast<unsigned long long>(n), mb, gen_s);
  std::printf("  full build      %8.2f s, CPU %.2f s  (scan %.2f, extract %.2f, resolve %.2f, store %.2f) jobs %u\n", full.seconds,
              full_cpu, full.scan_seconds, full.extract_seconds, full.resolve_seconds, full.store_seconds, full.jobs);
  std::printf("  extraction      %8.2f MB/s per core, %.2f MB/s on %u threads\n", per_core,
              full.extract_seconds > 0 ? mb / full.extract_seconds : 0.0, full.jobs);
  std::printf("  graph           %8zu nodes, %zu relationships, %zu articles\n", full.nodes, full.edges, full.articles);
  std::printf("  database        %8.1f MB (%.2f x the corpus)\n", db_mb, db_mb / mb);
  std::printf("  peak memory     %8.0f MB (getrusage)\n", bench::peak_rss_mb());
  std::printf("  rebuild, no change   %6.2f s, CPU %.2f s  (hashed %zu, extracted %zu; resolve %.2f, store %.2f)\n", same.seconds,
              same_cpu, same.files_hashed, same.files_extracted, same.resolve_seconds, same.store_seconds);
  std::printf("  rebuild, one changed %6.2f s, CPU %.2f s  (changed %zu, extracted %zu; scan %.2f, extract %.2f, resolve %.2f, store %.2f)\n",
              one.seconds, one_cpu, one.files_changed, one.files_extracted, one.scan_seconds, one.extract_seconds, one.resolve_seconds,
              one.store_seconds);
  std::printf("  one changed commit   %s: %zu nodes, %zu relationships, %zu + %zu evidence rows written + removed\n",
              one.differential ? "differential" : "full", one.nodes_written, one.edges_written, one.evidence_written,
              one.evidence_deleted);
  for (const auto* r : {&full, &same, &one}) {
    std::printf("  %s steps:", r == &full ? "full build" : r == &same ? "no change" : "one changed");
    for (const auto& [name, secs] : r->steps) std::printf(" %s %.3f", name.c_str(), secs);
    std::printf("\n");
  }
  std::fflush(stdout);
  if (!std::getenv("KG_BENCH_KEEP")) {
    fs::remove_all(corpus);
    for (const char* suffix : {"", "-wal", "-shm", ".lock"}) fs::remove(db.string() + suffix);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<uint64_t> ns = bench::sizes(argc > 1 ? argv[1] : std::getenv("KG_BENCH_ARTICLES"), {1000, 3000});
  const fs::path data_root = ingest::find_data_root();
  const fs::path work = fs::temp_directory_path() / "kg-bench-ingest";
  fs::create_directories(work);
  std::printf("ingest benchmark on %s\n", bench::machine().c_str());
  std::fflush(stdout);
  int status = 0;
  for (uint64_t n : ns) {
    const pid_t pid = fork();
    if (pid == 0) {
      try {
        run(n, work, data_root);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "ingest_bench: %s\n", e.what());
        _exit(1);
      }
      _exit(0);
    }
    int child = 0;
    waitpid(pid, &child, 0);
    if (!WIFEXITED(child) || WEXITSTATUS(child) != 0) status = 1;
  }
  if (!std::getenv("KG_BENCH_KEEP")) fs::remove_all(work);
  return status;
}
