// Expression evaluation over one row, and the guard that enforces time limit and cancel.
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "query/ast.h"
#include "query/value.h"

namespace kg::query {

using Row = std::vector<Value>;
using Params = std::map<std::string, Value, std::less<>>;

// Where rows go: the next stage of the pipeline, or whoever collects a matcher's rows.
class RowSink {
 public:
  virtual ~RowSink() = default;
  // Takes one row (which it may modify). Returns false when it wants no more rows.
  virtual bool push(Row& row) = 0;
};

// Checked in every loop of the executor: throws QueryError (Timeout / Cancelled) once the time
// limit has passed or the cancel flag is raised. tick() is cheap; it looks at the clock only
// every 1024 calls.
class Guard {
 public:
  Guard(std::chrono::milliseconds limit, const std::atomic<bool>* cancel);
  void tick() {
    if ((++ticks_ & 1023) == 0) check();
  }
  void check() const;

 private:
  std::chrono::steady_clock::time_point deadline_;
  std::chrono::milliseconds limit_;
  const std::atomic<bool>* cancel_;
  uint32_t ticks_ = 0;
};

struct EvalContext {
  const graph::GraphModel& g;
  const Params& params;
  Guard& guard;
  const std::vector<Value>* aggregates = nullptr;  // the current group's results, when projecting one
};

// Evaluates `e` on `row` (the row is scratch space for list-comprehension variables and is
// restored). Throws QueryError (Runtime) on a type error.
Value eval(const Expr& e, Row& row, EvalContext& ctx);

// A WHERE condition: true, false or null (nullopt). Throws when the value is not a boolean.
std::optional<bool> eval_condition(const Expr& e, Row& row, EvalContext& ctx);

}  // namespace kg::query
