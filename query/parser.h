// Parser: tokens -> AST, by recursive descent; expressions by precedence climbing.
//
// Precedence, loosest first: OR, XOR, AND, NOT, comparisons (= <> < <= > >=), predicates
// (IN, STARTS WITH, ENDS WITH, CONTAINS, IS [NOT] NULL), + -, * / %, ^, unary + -, then
// postfix property access, indexing, slicing and label tests (n:Label).
// Write clauses and other constructs kg does not run are recognised and refused with a
// QueryError of kind Unsupported, never misread as something else.
#pragma once

#include <string_view>

#include "query/ast.h"

namespace kg::query {

// Parses one statement (an optional trailing ';' is allowed). Throws QueryError.
Query parse(std::string_view text);

// Default upper bound of a variable-length relationship written without one (`*`, `*2..`).
inline constexpr int kDefaultMaxHops = 6;

// Deepest expression tree a query may hold (parentheses, operators, lists, maps, NOT chains).
// Every later stage recurses over the tree, so this keeps hostile queries from exhausting the
// stack; real queries stay far below it.
inline constexpr int kMaxExpressionDepth = 256;

}  // namespace kg::query
