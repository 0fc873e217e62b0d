// Binder: resolves a parsed query against the graph's vocabularies.
//
// Checks every label, relationship type, property name, variable, function and parameter and
// reports unknown ones with a near-miss suggestion ("unknown label :Persn, did you mean
// :Person?"). The core ontology's labels, types and properties are always known, so a query
// stays valid on a graph that happens to have no Meeting yet. Assigns row slots to variables,
// dense codes to labels and types, ids to functions and indexes to aggregates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "query/ast.h"
#include "query/eval.h"

namespace kg::query {

// Binds `q` in place. `text` is the query text (ORDER BY matches returned expressions by their
// text). Throws QueryError (Semantic or Unsupported).
void bind(Query& q, std::string_view text, const graph::GraphModel& g, const Params& params);

// The names the binder accepts: the graph's own plus the core ontology's, sorted.
std::vector<std::string> known_labels(const graph::GraphModel& g);
std::vector<std::string> known_relationship_types(const graph::GraphModel& g);
std::vector<std::string> known_node_properties(const graph::GraphModel& g);
std::vector<std::string> known_relationship_properties(const graph::GraphModel& g);

}  // namespace kg::query
