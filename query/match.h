// MATCH planning and pattern matching.
//
// A MatchPlan turns one bound MATCH clause into a list of operations run depth-first by a
// Matcher: scan or check an anchor node, expand one relationship at a time (or a
// variable-length one), run a shortest-path search, filter, bind a path, emit. Matching
// backtracks over the CSR; the row is mutated in place and each complete match is handed on.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/algorithms.h"
#include "graph/model.h"
#include "query/ast.h"
#include "query/eval.h"

namespace kg::query {

struct MatchOp {
  enum class Kind {
    ScanNode,   // bind `node` to each candidate (by name index, label index or all nodes)
    CheckNode,  // `node` is bound already: check it is a node that fits the pattern
    Expand,     // one hop from slot `from_slot` over `rel` to `node`
    VarExpand,  // variable-length hops, depth first, every path (no repeated node on a path)
    VarReach,   // variable-length hops, breadth first, each reachable node once (see planner)
    Shortest,   // shortestPath / allShortestPaths between the bound end nodes of `part`
    Filter,     // a WHERE conjunct whose variables are all bound here
    BindPath,   // assemble the path variable of `part`
  };
  Kind kind;
  const NodePattern* node = nullptr;
  const RelPattern* rel = nullptr;
  const PatternPart* part = nullptr;
  const Expr* filter = nullptr;
  int node_index = -1;  // index of `node` among the clause's node patterns (prepared data)
  int rel_index = -1;
  int from_slot = -1;
  bool target_bound = false;  // Expand / VarExpand / VarReach: `node` is bound already
  bool reversed = false;      // walking the relationship against the pattern's order
  bool needs_edges = false;   // VarExpand: the list of edges is used (variable or path)
  graph::Direction direction = graph::Direction::Both;
  // Shortest: conditions of WHERE folded into the search (all/none over nodes(p) / relationships(p)).
  std::vector<const Expr*> node_conditions;
  std::vector<const Expr*> edge_conditions;
  double estimate = 0;  // ScanNode: expected candidates
};

class MatchPlan {
 public:
  // `set_semantics`: the rows only feed a DISTINCT projection (or distinct-insensitive
  // aggregates), so the number of paths to a node does not matter and anonymous
  // variable-length hops may be walked breadth first, once per node.
  MatchPlan(const MatchClause& clause, std::string_view text, const graph::GraphModel& g, bool set_semantics);

  const MatchClause& clause() const { return clause_; }
  const std::vector<MatchOp>& ops() const { return ops_; }
  const std::vector<const NodePattern*>& node_patterns() const { return nodes_; }
  const std::vector<const RelPattern*>& rel_patterns() const { return rels_; }
  // The plan as indented text (for EXPLAIN).
  std::string explain() const;

 private:
  const MatchClause& clause_;
  std::string_view text_;
  const graph::GraphModel& g_;
  std::vector<MatchOp> ops_;
  std::vector<const NodePattern*> nodes_;
  std::vector<const RelPattern*> rels_;
};

class Matcher {
 public:
  Matcher(const MatchPlan& plan, EvalContext& ctx);
  // Hands `row`, completed by each match of the clause, to `sink`. Returns false as soon as
  // the sink does (it wants no more rows); true when the matches ran out.
  bool run(Row& row, RowSink& sink);

 private:
  struct PreparedNode {
    bool impossible = false;             // a property value can never match (null)
    bool by_name = false;                // `name` was given: candidates hold the name matches
    std::vector<graph::NodeId> candidates;  // sorted
    std::vector<std::pair<std::string, Value>> props;  // other properties
  };
  struct PreparedRel {
    bool impossible = false;
    std::vector<std::pair<std::string, Value>> props;
    std::vector<uint8_t> type_mask;  // by type code; empty = any type
  };

  void prepare(Row& row);
  bool step(size_t i, Row& row);
  bool node_fits(const MatchOp& op, graph::NodeId v) const;
  bool node_pattern_fits(int index, const NodePattern& n, graph::NodeId v) const;
  bool edge_fits(int rel_index, graph::EdgeId e) const;
  bool edge_used(graph::EdgeId e) const;
  bool bind_target(const MatchOp& op, graph::NodeId w, Row& row) const;
  bool expand(const MatchOp& op, size_t i, Row& row);
  bool var_expand(const MatchOp& op, size_t i, Row& row);
  bool var_dfs(const MatchOp& op, size_t i, Row& row, graph::NodeId cur, int depth);
  bool var_reach(const MatchOp& op, size_t i, Row& row);
  bool shortest(const MatchOp& op, size_t i, Row& row);
  bool bind_path(const MatchOp& op, size_t i, Row& row);
  graph::NodeId bound_node(int slot, const Row& row, SourcePos pos, bool& is_null) const;
  graph::TraversalFilter traversal_filter(const MatchOp& op) const;

  const MatchPlan& plan_;
  EvalContext& ctx_;
  const graph::GraphModel& g_;
  RowSink* sink_ = nullptr;
  std::vector<PreparedNode> nodes_;
  std::vector<PreparedRel> rels_;
  std::vector<graph::EdgeId> used_edges_;
  std::vector<graph::NodeId> path_nodes_;
  std::vector<graph::EdgeId> path_edges_;
};

}  // namespace kg::query
