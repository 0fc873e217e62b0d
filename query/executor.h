// Executor: compiles a bound query into a push pipeline of stages and runs it.
//
// One stage per step of the query: MATCH (the matcher of query/match.h), UNWIND, WHERE,
// projection or aggregation, DISTINCT, ORDER BY, SKIP/LIMIT, and the result sink. A stage
// receives rows one at a time and hands them on; stages that need every row (aggregation,
// sorting) buffer them and hand them on when the stage before them finishes. A stage answers
// "no more rows" (LIMIT reached, row cap reached), which stops the matching upstream early.
#pragma once

#include <string>
#include <string_view>

#include "graph/model.h"
#include "query/ast.h"
#include "query/eval.h"
#include "query/query.h"

namespace kg::query {

// Runs a bound query. Fills columns, rows and truncated of the result.
void run_query(const graph::GraphModel& g, const Query& q, std::string_view text, const QueryOptions& options,
               const Params& params, Guard& guard, Result& result);

// The plan of a bound query as text.
std::string explain_query(const graph::GraphModel& g, const Query& q, std::string_view text, const Params& params);

}  // namespace kg::query
