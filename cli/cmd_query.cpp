// `kg query 'QUERY'`, and the shortcuts `kg path A B` and `kg hood NAME` that run the
// equivalent MATCH (printed with --explain).
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

#include "cli/common.h"
#include "cli/param_value.h"
#include "query/query.h"

namespace kg::cli {
namespace {

std::atomic<bool> g_cancel{false};

extern "C" void on_interrupt(int) { g_cancel = true; }

struct OutputArgs {
  std::string format = "table";
  unsigned timeout_ms = 30000;
  size_t max_rows = 100000;
  size_t max_memory_mb = 1024;
  bool explain = false;
  size_t width = 60;                // table: longest cell before it is cut; 0 = no limit
  std::vector<std::string> params;  // name=value
};

void add_output_options(CLI::App* cmd, OutputArgs& out) {
  cmd->add_option("-f,--format", out.format, "table, json, jsonl, csv, tsv, markdown or dot");
  cmd->add_option("--timeout", out.timeout_ms, "time limit in milliseconds (default 30000)");
  cmd->add_option("--max-rows", out.max_rows, "rows kept before the result is cut (default 100000)");
  cmd->add_option("--max-memory", out.max_memory_mb, "memory in MB a query may take before it is stopped (default 1024; 0: no limit)");
  cmd->add_flag("--explain", out.explain, "print the query (and its plan) before the result");
  cmd->add_option("--width", out.width, "table: longest cell shown before it is cut (0: no limit)")->capture_default_str();
}

int run_query(const GlobalOptions& options, const std::string& text, const OutputArgs& out) {
  const query::Format format = query::parse_format(out.format);
  const graph::GraphModel model = load_model(options);
  query::QueryOptions qopts;
  qopts.timeout = std::chrono::milliseconds(out.timeout_ms);
  qopts.max_rows = out.max_rows;
  qopts.max_memory_mb = out.max_memory_mb;
  qopts.cancel = &g_cancel;
  for (const auto& p : out.params) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) throw std::invalid_argument("--param " + p + ": expected NAME=VALUE");
    qopts.params[p.substr(0, eq)] = parse_param_value(p.substr(eq + 1));
  }
  if (out.explain) std::cerr << text << '\n' << query::explain(model, text, qopts);
  std::signal(SIGINT, on_interrupt);
  const query::Result result = query::execute(model, text, qopts);
  std::signal(SIGINT, SIG_DFL);
  query::RenderOptions ropts;
  ropts.box_drawing = stdout_is_terminal();
  ropts.max_width = out.width;
  query::render(std::cout, model, result, format, ropts);
  if (result.truncated) std::cerr << "kg: result cut at " << out.max_rows << " rows (--max-rows)\n";
  return kOk;
}

int query_guarded(const std::function<int()>& body) {
  return guarded([&] {
    try {
      return body();
    } catch (const query::QueryError& e) {
      std::cerr << "kg: " << e.what() << '\n';
      return kUsage;
    }
  });
}

}  // namespace

void add_query_commands(CLI::App& app, GlobalOptions& options, int& exit_code) {
  struct QueryArgs : OutputArgs {
    std::string text;
  };
  auto qargs = std::make_shared<QueryArgs>();
  auto* q = app.add_subcommand("query", "Run one query (openCypher subset, see docs/QUERY.md) and print the result");
  q->add_option("query", qargs->text, "the query, e.g. \"MATCH (p:Person)-[:SAID]->(q) RETURN p.name, q.text\"")
      ->required();
  q->add_option("-p,--param", qargs->params, "a query parameter NAME=VALUE, used as $NAME");
  add_output_options(q, *qargs);
  q->callback([&options, &exit_code, qargs] {
    exit_code = query_guarded([&] { return run_query(options, qargs->text, *qargs); });
  });

  struct PathArgs : OutputArgs {
    std::string from, to;
    int max_hops = 6;
    std::vector<std::string> via;
  };
  auto pargs = std::make_shared<PathArgs>();
  pargs->width = 0;  // a path is read whole
  auto* p = app.add_subcommand("path", "Shortest connections between two entities (ignoring direction)");
  p->add_option("from", pargs->from, "a name or alias")->required();
  p->add_option("to", pargs->to, "a name or alias")->required();
  p->add_option("--max", pargs->max_hops, "longest path considered, in relationships (default 6)");
  p->add_option("--via", pargs->via, "only these relationship types, e.g. --via ATTENDED,SIGNED")->delimiter(',');
  add_output_options(p, *pargs);
  p->callback([&options, &exit_code, pargs] {
    exit_code = query_guarded([&] {
      return run_query(options, query::path_query(pargs->from, pargs->to, pargs->max_hops, pargs->via), *pargs);
    });
  });

  struct HoodArgs : OutputArgs {
    std::string name;
    int depth = 1;
    std::vector<std::string> kinds;
  };
  auto hargs = std::make_shared<HoodArgs>();
  auto* h = app.add_subcommand("hood", "The neighbourhood of an entity: everything within N hops");
  h->add_option("name", hargs->name, "a name or alias")->required();
  h->add_option("-d,--depth", hargs->depth, "hops (default 1)");
  h->add_option("-k,--kind", hargs->kinds, "only these kinds, e.g. --kind Person,Country")->delimiter(',');
  add_output_options(h, *hargs);
  h->callback([&options, &exit_code, hargs] {
    exit_code = query_guarded([&] {
      return run_query(options, query::hood_query(hargs->name, hargs->depth, hargs->kinds), *hargs);
    });
  });
}

}  // namespace kg::cli
