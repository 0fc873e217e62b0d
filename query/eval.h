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

// Checked in every loop of the executor: throws QueryError (Timeout / Cancelled / Memory) once
// the time limit has passed, the cancel flag is raised or the process's resident memory has
// grown by more than the memory limit since the query started. tick() is cheap; it looks at
// the clock every 1024 calls and at the memory every 16384. Code that builds or buffers large
// values also charge()s their rough size, so memory is looked at after every 64 MiB of them
// too: a few ticks can build a lot (string doubling, ranges, collect).
class Guard {
 public:
  Guard(std::chrono::milliseconds limit, const std::atomic<bool>* cancel, size_t max_memory_mb = 0);
  void tick() {
    if ((++ticks_ & 1023) == 0) check((ticks_ & 16383) == 0);
  }
  void charge(size_t bytes) {
    charged_ += bytes;
    if (charged_ >= kChargeStep) {
      charged_ = 0;
      check(true);
    }
  }
  void check(bool memory = false) const;

 private:
  static constexpr size_t kChargeStep = size_t{64} << 20;
  std::chrono::steady_clock::time_point deadline_;
  std::chrono::milliseconds limit_;
  const std::atomic<bool>* cancel_;
  uint32_t ticks_ = 0;
  size_t charged_ = 0;
  size_t max_memory_mb_ = 0;
  size_t baseline_bytes_ = 0;  // resident memory when the query started
};

// Rough bytes a value holds besides itself (shallow: a list counts its items, not theirs).
size_t approx_bytes(const Value& v);

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
