// Graph benchmark: a power-law graph (default 200k nodes / 2M relationships; set
// KG_BENCH_NODES and KG_BENCH_RELS, e.g. 1000000 and 10000000) written as neo4j-admin CSV and
// imported the way `kg import` does; then, in a fresh process, the time and memory to open the
// database and load the model, and the median / p95 latency of 1-, 2- and 3-hop neighbourhoods
// and of shortest paths from 100 fixed start nodes, three ways on the same data in the same
// run: kg's graph API (graph::neighbourhood / shortest_path), kg's query language
// (query::execute), and SQLite recursive CTEs over the relationships table (indexed by source,
// 1 GB page cache). Ratios are SQLite time / kg time.
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>

#include "bench/bench_util.h"
#include "graph/algorithms.h"
#include "graph/import_csv.h"
#include "graph/model.h"
#include "graph/snapshot.h"
#include "graph/store.h"
#include "query/query.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {

constexpr int kStarts = 100;
const char* kKinds[] = {"Person", "Country", "Organization", "Meeting", "Document"};
const char* kTypes[] = {"KNOWS", "ATTENDED", "COMMITS", "LEADS"};

// Power law: low ids are hubs. A target is n * u^3, a source n * u^1.5 (u uniform in [0, 1)).
void generate(const fs::path& dir, uint64_t n, uint64_t m) {
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "nodes.csv", std::ios::binary);
    out << "id:ID,name,:LABEL\n";
    std::string line;
    for (uint64_t i = 0; i < n; ++i) {
      line = std::to_string(i) + ",n" + std::to_string(i) + "," + kKinds[i % 5] + "\n";
      out << line;
    }
  }
  std::ofstream out(dir / "relationships.csv", std::ios::binary);
  out << ":START_ID,:END_ID,:TYPE\n";
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const auto nd = static_cast<double>(n);
  std::string line;
  for (uint64_t k = 0; k < m; ++k) {
    const auto s = static_cast<uint64_t>(nd * std::pow(u(rng), 1.5));
    const auto t = static_cast<uint64_t>(nd * std::pow(u(rng), 3.0));
    line = std::to_string(std::min(s, n - 1)) + "," + std::to_string(std::min(t, n - 1)) + "," + kTypes[rng() % 4] + "\n";
    out << line;
  }
}

double file_mb(const fs::path& p) {
  std::error_code ec;
  const auto s = fs::file_size(p, ec);
  return ec ? 0.0 : static_cast<double>(s) / 1e6;
}

void import_graph(const fs::path& csv, const fs::path& db) {
  auto t = bench::Clock::now();
  graph::GraphData data = graph::import_csv({csv / "nodes.csv"}, {csv / "relationships.csv"});
  const double parse_s = bench::seconds_since(t);
  t = bench::Clock::now();
  const graph::GraphModel model(std::move(data));
  const double model_s = bench::seconds_since(t);
  t = bench::Clock::now();
  graph::Store(db, graph::Store::Mode::ReadWrite).replace_graph(model, "import");
  const double store_s = bench::seconds_since(t);
  std::printf("  import           %7.2f s  (parse CSV %.2f, build model %.2f, store tables + snapshot %.2f)\n",
              parse_s + model_s + store_s, parse_s, model_s, store_s);
  std::printf("  database         %7.1f MB\n", file_mb(db) + file_mb(db.string() + "-wal"));
  std::fflush(stdout);
}

struct Timing {
  std::vector<double> kg_api, kg_query, kg_query_rows, sqlite;
};

void report(const char* what, Timing& t) {
  const auto a = bench::percentiles(t.kg_api), q = bench::percentiles(t.kg_query), s = bench::percentiles(t.sqlite);
  const auto r = bench::percentiles(t.kg_query_rows);
  std::printf("  %-14s median %8.3f / %8.3f / %9.3f ms   p95 %8.3f / %8.3f / %9.3f ms   SQLite/kg: %6.1fx api, %6.1fx query\n",
              what, a.median, q.median, s.median, a.p95, q.p95, s.p95, a.median > 0 ? s.median / a.median : 0,
              q.median > 0 ? s.median / q.median : 0);
  std::printf("  %-14s query on the model with every node + edge made: median %8.3f ms, p95 %8.3f ms (columns / that: %.2fx)\n", "",
              r.median, r.p95, r.median > 0 ? q.median / r.median : 0);
}

// The model the way format 2 loaded it (every Node and Edge decoded, then the stored parts):
// the same database and chunks, read as Store::load_model reads them.
graph::GraphModel load_rows_model(const fs::path& db) {
  SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
  SQLite::Transaction read(sql, SQLite::TransactionBehavior::DEFERRED);
  SQLite::Statement meta(sql, "SELECT value FROM meta WHERE key = 'graph_generation'");
  if (!meta.executeStep()) throw std::runtime_error("no graph generation");
  const uint64_t generation = std::stoull(meta.getColumn(0).getString());
  const graph::ChunkSource source = [&](const std::string& section) {
    SQLite::Statement q(sql, "SELECT data FROM snapshot WHERE section = ? ORDER BY chunk");
    q.bind(1, section);
    std::vector<std::string> out;
    while (q.executeStep()) {
      const auto blob = q.getColumn(0);
      out.emplace_back(static_cast<const char*>(blob.getBlob()), static_cast<size_t>(blob.getBytes()));
    }
    return out;
  };
  return graph::decode_snapshot_model_rows(source, generation);
}

// Runs `text` on the model loaded as columns and on the one with every node and edge made,
// timing each; which goes first alternates with `turn`, so neither gets the other's warm caches.
std::pair<query::Result, query::Result> both_ways(const graph::GraphModel& columns, const graph::GraphModel& rows,
                                                  const std::string& text, const query::QueryOptions& qopts, Timing& timing,
                                                  size_t turn) {
  std::pair<query::Result, query::Result> out;
  for (int k = 0; k < 2; ++k) {
    const bool on_columns = (k == 0) == (turn % 2 == 0);
    const auto t0 = bench::Clock::now();
    (on_columns ? out.first : out.second) = query::execute(on_columns ? columns : rows, text, qopts);
    (on_columns ? timing.kg_query : timing.kg_query_rows).push_back(bench::seconds_since(t0) * 1e3);
  }
  return out;
}

bool same_rows(const query::Result& a, const query::Result& b) {
  if (a.rows.size() != b.rows.size()) return false;
  for (size_t i = 0; i < a.rows.size(); ++i) {
    if (a.rows[i].size() != b.rows[i].size()) return false;
    for (size_t j = 0; j < a.rows[i].size(); ++j) {
      if (!query::same(a.rows[i][j], b.rows[i][j])) return false;
    }
  }
  return true;
}

// Runs `load` (which returns the loaded model) in a process of its own, so each way starts
// cold in memory and has its own peak, and prints its wall and CPU time and peak memory;
// returns the wall time. The process ends without destroying the model, as timing stops.
template <typename Load>
double timed_load(const char* what, Load load) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid == 0) {
    ::close(fds[0]);
    double r[3] = {0, 0, 0};
    std::optional<graph::GraphModel> model;  // alive until _exit
    try {
      const double cpu0 = bench::cpu_seconds();
      const auto t = bench::Clock::now();
      model.emplace(load());
      r[0] = bench::seconds_since(t);
      r[1] = bench::cpu_seconds() - cpu0;
      r[2] = bench::peak_rss_mb();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "graph_bench: %s: %s\n", what, e.what());
      _exit(1);
    }
    if (::write(fds[1], r, sizeof r) != static_cast<ssize_t>(sizeof r)) _exit(1);
    _exit(0);  // not destroying the model: that is not part of loading it
  }
  ::close(fds[1]);
  double r[3] = {0, 0, 0};
  const bool got = ::read(fds[0], r, sizeof r) == static_cast<ssize_t>(sizeof r);
  ::close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error(std::string(what) + " failed");
  std::printf("  %-44s %7.3f s wall, %7.3f s cpu, peak %6.0f MB\n", what, r[0], r[1], r[2]);
  std::fflush(stdout);
  return r[0];
}

void measure(const fs::path& db, uint64_t n) {
  std::printf("  open + load the model, each way in a fresh process:\n");
  const double rows_s = timed_load("tables: read rows, build model (old way)", [&]() -> graph::GraphModel {
    const graph::Store store(db, graph::Store::Mode::ReadOnly);
    graph::GraphModel model(store.load_graph_from_tables());
    if (model.node_count() != n) throw std::runtime_error("wrong node count");
    return model;
  });
  const double data_s = timed_load("snapshot graph data, build model", [&]() -> graph::GraphModel {
    const graph::Store store(db, graph::Store::Mode::ReadOnly);
    graph::GraphModel model(store.load_graph());
    if (model.node_count() != n) throw std::runtime_error("wrong node count");
    return model;
  });
  const double rows_model_s = timed_load("snapshot, every node + edge, stored model", [&]() -> graph::GraphModel {
    // Format 2's way (what `kg query` did before the model kept columns).
    graph::GraphModel model = load_rows_model(db);
    if (model.node_count() != n) throw std::runtime_error("wrong node count");
    return model;
  });
  const double snap_s = timed_load("snapshot columns + stored model (kg query)", [&]() -> graph::GraphModel {
    const graph::Store store(db, graph::Store::Mode::ReadOnly);
    graph::GraphModel model = store.load_model();
    if (model.node_count() != n) throw std::runtime_error("wrong node count");
    return model;
  });
  std::printf("  open + load      %7.3f s; %.1fx faster than from the tables, %.1fx faster than rebuilding the model, "
              "%.1fx faster than making every node and edge\n",
              snap_s, rows_s / snap_s, data_s / snap_s, rows_model_s / snap_s);

  // The model the latency measurements use, loaded the fast way in this process.
  const double rss0 = bench::rss_mb();
  const graph::Store store(db, graph::Store::Mode::ReadOnly);
  const graph::GraphModel model = store.load_model();
  const double rss1 = bench::rss_mb();
  const double per_rel = (rss1 - rss0) * 1024 * 1024 / static_cast<double>(std::max<size_t>(1, model.edge_count()));
  std::printf("  memory           %7.0f MB for the loaded model, %.0f bytes per relationship (nodes included)\n", rss1 - rss0,
              per_rel);
  std::fflush(stdout);
  const graph::GraphModel rows_model = load_rows_model(db);  // queries compared on both

  SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
  sql.exec("PRAGMA cache_size = -1048576");
  sql.exec("PRAGMA mmap_size = 4294967296");
  SQLite::Statement hood(sql,
                         "WITH RECURSIVE hood(node, depth) AS (SELECT ?1, 0 UNION SELECT r.target, h.depth + 1 FROM hood h "
                         "JOIN relationships r ON r.source = h.node WHERE h.depth < ?2) "
                         "SELECT count(DISTINCT node) FROM hood WHERE node != ?1");
  SQLite::Statement path(sql,
                         "WITH RECURSIVE walk(node, depth) AS (SELECT ?1, 0 UNION SELECT r.target, w.depth + 1 FROM walk w "
                         "JOIN relationships r ON r.source = w.node WHERE w.depth < ?3) "
                         "SELECT min(depth) FROM walk WHERE node = ?2");
  // Warm the page cache once, as kg's model is warm once loaded.
  sql.exec("SELECT count(*) FROM relationships INDEXED BY relationships_by_source WHERE source >= 0");

  std::mt19937_64 rng(7);
  std::vector<graph::NodeId> starts;
  for (int i = 0; i < kStarts; ++i) starts.push_back(static_cast<graph::NodeId>(rng() % n));
  graph::TraversalFilter out;
  out.direction = graph::Direction::Out;
  query::QueryOptions qopts;
  qopts.timeout = std::chrono::minutes(10);

  std::printf("  latency over %d fixed start nodes: kg API / kg query / SQLite CTE\n", kStarts);
  std::vector<std::pair<graph::NodeId, graph::NodeId>> pairs;
  size_t turn = 0;
  for (int depth = 1; depth <= 3; ++depth) {
    Timing timing;
    size_t reached = 0;
    for (graph::NodeId s : starts) {
      auto t0 = bench::Clock::now();
      const auto found = graph::neighbourhood(model, s, depth, out);
      timing.kg_api.push_back(bench::seconds_since(t0) * 1e3);
      reached += found.size();
      if (depth == 3) pairs.emplace_back(s, found.empty() ? s : found.back().node);

      qopts.params["n"] = query::Value("n" + std::to_string(s));
      const std::string hop = "MATCH (a {name: $n})-[*1.." + std::to_string(depth) + "]->(b) RETURN count(DISTINCT b) AS c";
      const auto [r, rr] = both_ways(model, rows_model, hop, qopts, timing, turn++);
      if (!same_rows(rr, r)) std::printf("  MISMATCH at node %u depth %d between the two models\n", s, depth);

      t0 = bench::Clock::now();
      hood.reset();
      hood.bind(1, static_cast<int64_t>(s));
      hood.bind(2, depth);
      hood.executeStep();
      const int64_t cte = hood.getColumn(0).getInt64();
      timing.sqlite.push_back(bench::seconds_since(t0) * 1e3);
      const query::Value& v = r.rows.at(0).at(0);
      const int64_t counted = v.type() == query::Value::Type::Int ? v.as_int() : -1;
      if (static_cast<size_t>(cte) != found.size() || static_cast<size_t>(counted) != found.size())
        std::printf("  MISMATCH at node %u depth %d: api %zu, query %lld, sqlite %lld\n", s, depth, found.size(),
                    static_cast<long long>(counted), static_cast<long long>(cte));
    }
    char what[32];
    std::snprintf(what, sizeof what, "%d-hop", depth);
    report(what, timing);
    std::printf("  %-14s average %.0f nodes reached\n", "", static_cast<double>(reached) / kStarts);
    std::fflush(stdout);
  }
  Timing timing;
  for (const auto& [a, b] : pairs) {
    auto t0 = bench::Clock::now();
    const auto p = graph::shortest_path(model, a, b, 3, out);
    timing.kg_api.push_back(bench::seconds_since(t0) * 1e3);
    qopts.params["a"] = query::Value("n" + std::to_string(a));
    qopts.params["b"] = query::Value("n" + std::to_string(b));
    const auto [r, rr] = both_ways(model, rows_model, "MATCH p = shortestPath((a {name: $a})-[*..3]->(b {name: $b})) RETURN length(p) AS l",
                                   qopts, timing, turn++);
    if (!same_rows(rr, r)) std::printf("  MISMATCH path %u -> %u between the two models\n", a, b);
    t0 = bench::Clock::now();
    path.reset();
    path.bind(1, static_cast<int64_t>(a));
    path.bind(2, static_cast<int64_t>(b));
    path.bind(3, 3);
    path.executeStep();
    const int64_t cte = path.getColumn(0).isNull() ? -1 : path.getColumn(0).getInt64();
    timing.sqlite.push_back(bench::seconds_since(t0) * 1e3);
    const int64_t api = p ? static_cast<int64_t>(p->edges.size()) : -1;
    const int64_t via_query = r.rows.empty() ? -1 : r.rows[0].at(0).as_int();
    if (a != b && (api != cte || via_query != cte))
      std::printf("  MISMATCH path %u -> %u: api %lld, query %lld, sqlite %lld\n", a, b, static_cast<long long>(api),
                  static_cast<long long>(via_query), static_cast<long long>(cte));
  }
  report("shortest path", timing);
}

}  // namespace

int main() {
  const uint64_t n = bench::sizes(std::getenv("KG_BENCH_NODES"), {200'000}).at(0);
  const uint64_t m = bench::sizes(std::getenv("KG_BENCH_RELS"), {2'000'000}).at(0);
  const fs::path work = fs::temp_directory_path() / "kg-bench-graph";
  const fs::path csv = work / "csv", db = work / "graph.db";
  // KG_BENCH_REUSE=1 measures the database a KG_BENCH_KEEP=1 run left (same sizes) again.
  const bool reuse = std::getenv("KG_BENCH_REUSE") && fs::exists(db);
  std::printf("graph benchmark on %s\n", bench::machine().c_str());
  std::printf("power-law graph: %llu nodes, %llu relationships%s\n", static_cast<unsigned long long>(n),
              static_cast<unsigned long long>(m), reuse ? " (database of an earlier run)" : "");
  if (!reuse) {
    fs::remove_all(work);
    fs::create_directories(work);
    auto t = bench::Clock::now();
    generate(csv, n, m);
    std::printf("  generate CSV     %7.2f s  (%.0f MB)\n", bench::seconds_since(t),
                file_mb(csv / "nodes.csv") + file_mb(csv / "relationships.csv"));
    std::fflush(stdout);
  }
  int status = 0;
  for (int phase = reuse ? 1 : 0; phase < 2; ++phase) {  // import, then measure, each in a process of its own
    const pid_t pid = fork();
    if (pid == 0) {
      try {
        if (phase == 0) import_graph(csv, db);
        else measure(db, n);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "graph_bench: %s\n", e.what());
        _exit(1);
      }
      std::fflush(stdout);
      _exit(0);
    }
    int child = 0;
    waitpid(pid, &child, 0);
    if (!WIFEXITED(child) || WEXITSTATUS(child) != 0) {
      status = 1;
      break;
    }
  }
  if (!std::getenv("KG_BENCH_KEEP")) fs::remove_all(work);
  return status;
}
