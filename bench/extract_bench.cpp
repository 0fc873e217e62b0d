// Extraction benchmark: the per-file work of `kg build` (read_articles + extract) on one
// thread, without the store, so it can be timed and profiled on its own. The corpus is N
// generated articles (bench/corpus_gen.h) held in memory, plus, with KG_BENCH_FILES=dir, the
// .txt and .md files of a folder (real articles have shapes the generator does not make).
//
//   extract_bench [N] [rounds]    default 1000 articles, 3 rounds
// Prints MB/s per core (thread CPU time) for reading alone, for reading + extraction, and for
// extraction alone (of articles read beforehand).

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "bench/corpus_gen.h"
#include "graph/thread_cpu.h"
#include "ingest/extractor.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"

using namespace kg;
namespace fs = std::filesystem;

using graph::thread_cpu_seconds;

namespace {

struct Input {
  std::string path, bytes;
};

}  // namespace

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  const fs::path data_root = ingest::find_data_root();

  double t = thread_cpu_seconds();
  const ingest::ReaderRules rules = ingest::ReaderRules::load(data_root);
  const double rules_s = thread_cpu_seconds() - t;
  t = thread_cpu_seconds();
  const ingest::Lexicon lexicon = ingest::Lexicon::load(data_root);
  const double lexicon_s = thread_cpu_seconds() - t;

  std::vector<Input> inputs;
  const bench::CorpusGenerator gen(data_root);
  for (uint64_t i = 0; i < n; ++i) inputs.push_back({"article-" + std::to_string(i) + ".txt", gen.article(i)});
  if (const char* dir = std::getenv("KG_BENCH_FILES"); dir && *dir) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      const std::string ext = e.path().extension().string();
      if (!e.is_regular_file() || (ext != ".txt" && ext != ".md")) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      inputs.push_back({e.path().string(), s.str()});
    }
  }
  uint64_t bytes = 0;
  for (const Input& in : inputs) bytes += in.bytes.size();
  const double mb = static_cast<double>(bytes) / 1e6;

  std::printf("extraction benchmark on %s\n", bench::machine().c_str());
  std::printf("  load            reader rules %.3f s, lexicon %.3f s (CPU, once per build)\n", rules_s, lexicon_s);
  std::printf("  corpus          %zu files, %.2f MB\n", inputs.size(), mb);
  size_t facts = 0;
  std::vector<ingest::Article> read;
  for (const Input& in : inputs) {
    for (auto& article : ingest::read_articles(in.bytes, in.path, rules)) read.push_back(std::move(article));
  }
  for (int r = 0; r < rounds; ++r) {
    t = thread_cpu_seconds();
    size_t articles = 0;
    for (const Input& in : inputs) articles += ingest::read_articles(in.bytes, in.path, rules).size();
    const double read_s = thread_cpu_seconds() - t;
    t = thread_cpu_seconds();
    facts = 0;
    for (const Input& in : inputs) {
      for (const auto& article : ingest::read_articles(in.bytes, in.path, rules)) {
        const ingest::DocFacts f = ingest::extract(article, lexicon);
        facts += f.entities.size() + f.relations.size() + f.quotes.size();
      }
    }
    const double all_s = thread_cpu_seconds() - t;
    t = thread_cpu_seconds();
    size_t entities = 0;  // used, so the extraction cannot be optimised away
    for (const ingest::Article& article : read) entities += ingest::extract(article, lexicon).entities.size();
    const double extract_s = thread_cpu_seconds() - t;
    std::printf("  round %d         read %6.2f MB/s per core; read + extract %6.2f MB/s per core (%.3f s, %zu articles, %zu facts); extract alone %6.2f MB/s (%zu entities)\n",
                r + 1, mb / read_s, mb / all_s, all_s, articles, facts, mb / extract_s, entities);
    std::fflush(stdout);
  }
  return 0;
}
