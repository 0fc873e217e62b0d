// The function library: scalar functions and aggregates, looked up by name (case-insensitive).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "query/error.h"
#include "query/key_set.h"
#include "query/value.h"

namespace kg::query {

enum class Func {
  // aggregates
  Count, Collect, Sum, Avg, Min, Max,
  // scalars
  Size, Length, Nodes, Relationships, Labels, Type, Id, ToLower, ToUpper, Coalesce, StartNode, EndNode,
  Keys, Properties, ToString, ToInteger, ToFloat, Trim, Head, Last, Tail, Range, Abs, Reverse, Split,
  Substring, Replace,
};

// The largest string (bytes) and list (items) a query may build, by concatenation, replace(),
// range(), split() or collect(): each such value is checked before it is made, so one short
// hostile expression (a string doubled forty times) fails with a QueryError instead of taking
// the machine's memory. Values read from the graph are not limited.
inline constexpr size_t kMaxStringBytes = size_t{16} << 20;
inline constexpr size_t kMaxListItems = 10'000'000;

struct FunctionInfo {
  const char* name;  // as documented (camelCase)
  Func func;
  int min_args;
  int max_args;
  bool aggregate;
};

// nullptr for an unknown function.
const FunctionInfo* find_function(std::string_view name);
const FunctionInfo& function_info(Func f);
// Every function name, for suggestions and completion.
std::vector<std::string> function_names();

// Calls a scalar function. Throws QueryError (Runtime) at `pos` on a bad argument type.
Value call_scalar(Func f, std::vector<Value>& args, const graph::GraphModel& g, SourcePos pos);

// The running state of one aggregate over one group.
class Aggregate {
 public:
  Aggregate(Func f, bool distinct, SourcePos pos) : func_(f), distinct_(distinct), pos_(pos) {}
  // Adds one input value (count(*) adds a non-null placeholder).
  void add(const Value& v);
  Value result() const;

 private:
  Func func_;
  bool distinct_;
  SourcePos pos_;
  int64_t count_ = 0;
  bool all_int_ = true;
  int64_t int_sum_ = 0;
  double sum_ = 0;
  Value best_;
  Value::List items_;
  KeySet seen_{1};
};

}  // namespace kg::query
