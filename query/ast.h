// AST: the parsed shape of a query, annotated in place by the binder.
//
// The parser fills the syntactic fields; the binder then resolves every variable to a slot in
// the row (`slot`), labels and relationship types to the model's codes, functions to ids and
// aggregates to indexes. The executor reads only bound ASTs.
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "graph/model.h"
#include "query/error.h"
#include "query/value.h"

namespace kg::query {

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

enum class BinaryOp { Or, Xor, And, Eq, Neq, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod, Pow, In, StartsWith, EndsWith, Contains };
enum class UnaryOp { Not, Neg, Plus, IsNull, IsNotNull };

const char* op_text(BinaryOp op);

struct Expr {
  enum class Kind {
    Literal,        // literal
    Param,          // name
    Variable,       // name -> slot
    Property,       // args[0].name
    List,           // [args...]
    Map,            // {keys[i]: args[i]}
    Unary,          // uop args[0]
    Binary,         // args[0] bop args[1]
    Call,           // name(args...), distinct; -> func / agg
    CountStar,      // count(*) -> agg
    Index,          // args[0][args[1]]
    Slice,          // args[0][args[1]..args[2]] (null Expr for an open end)
    ListPredicate,  // name in all|any|none|single: name(var IN args[0] WHERE args[1])
    Comprehension,  // [var IN args[0] WHERE args[1] | args[2]] (args[1], args[2] may be null)
    Case,           // CASE [args[0]] WHEN args[1+2i] THEN args[2+2i] ... [ELSE args.back()] END
    HasLabels,      // args[0]:Label:Label2 (labels in keys)
  };

  Kind kind = Kind::Literal;
  SourcePos pos;
  size_t end = 0;  // byte offset just past the expression's text (for column names)

  Value literal;
  std::string name;               // parameter, variable, property key, function, predicate
  std::string var;                // the local variable of ListPredicate / Comprehension
  std::vector<std::string> keys;  // Map keys; HasLabels labels
  std::vector<ExprPtr> args;
  BinaryOp bop = BinaryOp::And;
  UnaryOp uop = UnaryOp::Not;
  bool distinct = false;  // count(DISTINCT x)
  bool has_subject = false;  // Case: a simple CASE with a subject
  bool has_else = false;     // Case

  // Binder annotations.
  int slot = -1;  // Variable; the local variable of ListPredicate / Comprehension
  int func = -1;  // Call: the function id (scalar or aggregate)
  int agg = -1;   // Call / CountStar when aggregating: index into the aggregate results
  std::vector<graph::TypeCode> codes;  // HasLabels
};

struct PropertyEntry {
  std::string key;
  SourcePos pos;
  ExprPtr value;
};

struct NodePattern {
  std::string var;  // empty for an anonymous node
  SourcePos pos;
  // Every inner list is a disjunction (:A|B); the node must satisfy each of them (:A:B).
  std::vector<std::vector<std::string>> labels;
  std::vector<std::vector<SourcePos>> label_pos;  // parallel to labels
  std::vector<PropertyEntry> props;

  int slot = -1;  // named or hidden, always set by the binder
  bool bound_before = false;  // the variable was bound by an earlier clause or part
  std::vector<std::vector<graph::TypeCode>> label_codes;
};

enum class RelDirection { Right, Left, Both };  // -->, <--, --

struct RelPattern {
  std::string var;
  SourcePos pos;
  std::vector<std::string> types;  // a disjunction; empty = any type
  std::vector<SourcePos> type_pos;
  std::vector<PropertyEntry> props;
  RelDirection direction = RelDirection::Both;
  bool var_length = false;
  int min_hops = 1;
  int max_hops = 1;  // for var_length without an upper bound: the default cap
  bool max_given = false;

  int slot = -1;       // the variable (a relationship, or a list of them when var_length)
  int edges_slot = -1;  // var_length: hidden slot with the list of edges, in pattern order
  bool bound_before = false;
  std::vector<graph::TypeCode> type_codes;
};

struct PatternPart {
  enum class Mode { Plain, Shortest, AllShortest };
  std::string path_var;
  SourcePos pos;
  Mode mode = Mode::Plain;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
  int path_slot = -1;
};

struct MatchClause {
  SourcePos pos;
  bool optional = false;
  std::vector<PatternPart> patterns;
  ExprPtr where;

  // Binder annotation: every slot this clause binds (what OPTIONAL MATCH sets to null).
  std::vector<int> new_slots;
};

struct UnwindClause {
  SourcePos pos;
  ExprPtr expr;
  std::string var;
  SourcePos var_pos;
  int slot = -1;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // the column name: AS alias, or the expression's text
  bool explicit_alias = false;
  SourcePos pos;
  int slot = -1;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

// WITH and RETURN.
struct Projection {
  SourcePos pos;
  bool is_return = false;
  bool distinct = false;
  bool star = false;  // WITH * / RETURN *
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;
  ExprPtr limit;
  ExprPtr where;  // WITH ... WHERE

  // Binder annotations.
  bool aggregating = false;
  std::vector<Expr*> aggregates;  // the aggregate calls, by Expr::agg
};

using Clause = std::variant<MatchClause, UnwindClause, Projection>;

struct Query {
  bool explain = false;
  std::vector<Clause> clauses;

  // Binder annotations.
  int slot_count = 0;
  std::vector<std::string> slot_names;  // for explain
  std::vector<std::string> columns;
  std::vector<int> column_slots;
};

}  // namespace kg::query
