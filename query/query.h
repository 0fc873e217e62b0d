// The query library's public API, what the `kg` CLI calls.
//
//   Result r = execute(model, "MATCH (p:Person)-[:SIGNED]->(d:Document) RETURN p.name", {});
//   render(std::cout, model, r, Format::Table, {});
//
// Queries are a read-only openCypher subset (docs/QUERY.md). Every failure a user can cause is
// a QueryError (query/error.h) whose what() is one line with the query line and column.
#pragma once

#include <atomic>
#include <chrono>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "query/error.h"
#include "query/value.h"

namespace kg::query {

struct QueryOptions {
  std::map<std::string, Value, std::less<>> params;  // $name -> value
  std::chrono::milliseconds timeout{30'000};         // wall-clock limit of one query
  const std::atomic<bool>* cancel = nullptr;         // raised (e.g. by Ctrl-C) to stop a query
  size_t max_rows = 100'000;                         // rows kept; more sets Result::truncated
  size_t max_memory_mb = 1024;                       // growth of the process's memory while the query
                                                     // runs; 0 = no limit (QueryError Memory)
};

struct Result {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  bool truncated = false;  // the query produced more than max_rows rows; the rest were dropped
  std::chrono::microseconds compile_time{0};  // lex, parse, bind, plan
  std::chrono::microseconds execute_time{0};
};

// Runs one statement. `EXPLAIN <query>` returns the plan as a one-column result ("plan"), one
// row per line, without running it. Throws QueryError.
Result execute(const graph::GraphModel& g, std::string_view text, const QueryOptions& options = {});

// The plan of a query as text (what EXPLAIN shows). Throws QueryError.
std::string explain(const graph::GraphModel& g, std::string_view text, const QueryOptions& options = {});

enum class Format { Table, Json, Jsonl, Csv, Tsv, Markdown, Dot };

// Throws std::invalid_argument naming the valid formats for an unknown name.
Format parse_format(std::string_view name);
std::string_view format_name(Format f);
// "table, json, jsonl, csv, tsv, markdown, dot"
std::string format_names();

struct RenderOptions {
  bool box_drawing = false;  // table: Unicode box-drawing lines (for a terminal) instead of ASCII
  size_t max_width = 60;     // table: longest cell shown before it is cut with "..." (paths and
                             // relationships are never cut); 0 = no limit
  bool header = true;        // table, csv, tsv, markdown: print the column names
  bool footer = true;        // table: print "(N rows)"
};

// Writes `r` in format `f`. Nodes, relationships and paths are resolved against `g`.
void render(std::ostream& out, const graph::GraphModel& g, const Result& r, Format f, const RenderOptions& options = {});

// The whole graph in Graphviz DOT (for `kg export --format dot`), with a legend.
void write_graph_dot(std::ostream& out, const graph::GraphModel& g);

// A string as a single-quoted query literal: 'it\'s'.
std::string cypher_string(std::string_view s);

// The MATCH text behind `kg path FROM TO`: shortest paths (ignoring direction) of at most
// `max_hops` relationships, only over `via_types` when that is not empty.
std::string path_query(std::string_view from, std::string_view to, int max_hops,
                       const std::vector<std::string>& via_types = {});

// The MATCH text behind `kg hood NAME`: the distinct nodes within `depth` hops (ignoring
// direction), only of `kinds` when that is not empty.
std::string hood_query(std::string_view name, int depth, const std::vector<std::string>& kinds = {});

}  // namespace kg::query
