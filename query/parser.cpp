#include "query/parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <unordered_map>

#include "ingest/tokens.h"
#include "query/lexer.h"

namespace kg::query {

const char* op_text(BinaryOp op) {
  switch (op) {
    case BinaryOp::Or: return "OR";
    case BinaryOp::Xor: return "XOR";
    case BinaryOp::And: return "AND";
    case BinaryOp::Eq: return "=";
    case BinaryOp::Neq: return "<>";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Mod: return "%";
    case BinaryOp::Pow: return "^";
    case BinaryOp::In: return "IN";
    case BinaryOp::StartsWith: return "STARTS WITH";
    case BinaryOp::EndsWith: return "ENDS WITH";
    case BinaryOp::Contains: return "CONTAINS";
  }
  return "?";
}

namespace {

constexpr int kPrecNot = 4;
constexpr int kPrecPredicate = 6;

// Clauses that would change the graph.
constexpr std::array kWriteClauses = {"CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH"};
// Other clauses of openCypher (or Neo4j) that kg does not run.
constexpr std::array kUnsupportedClauses = {"CALL", "FOREACH", "LOAD", "UNION", "USE", "DROP", "SHOW", "START", "PROFILE"};
// Words that cannot start an expression (so `RETURN` after a missing operand is reported as such).
constexpr std::array kReservedInExpr = {"MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "SKIP",
                                        "LIMIT", "AS", "AND", "OR", "XOR", "IN", "STARTS", "ENDS", "CONTAINS",
                                        "IS", "DISTINCT", "BY", "ASC", "DESC", "ASCENDING", "DESCENDING", "WHEN",
                                        "THEN", "ELSE", "END", "CREATE", "MERGE", "SET", "DELETE", "REMOVE",
                                        "DETACH", "UNION", "CALL"};

template <size_t N>
bool is_any_keyword(const Token& t, const std::array<const char*, N>& words) {
  return std::any_of(words.begin(), words.end(), [&](const char* w) { return is_keyword(t, w); });
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), toks_(tokenize(text)) {}

  Query run() {
    Query q;
    if (is_keyword(peek(), "EXPLAIN")) {
      next();
      q.explain = true;
    }
    if (peek().kind == TokenKind::End) fail(peek().pos, "empty query: expected MATCH, UNWIND, WITH or RETURN");
    bool returned = false;
    while (peek().kind != TokenKind::End && peek().kind != TokenKind::Semicolon) {
      if (returned) {
        refuse_clause_keyword();
        fail(peek().pos, "expected end of query after RETURN, found " + describe(peek()));
      }
      q.clauses.push_back(clause());
      if (auto* p = std::get_if<Projection>(&q.clauses.back()); p && p->is_return) returned = true;
    }
    if (peek().kind == TokenKind::Semicolon) {
      next();
      if (peek().kind != TokenKind::End) fail(peek().pos, "only one statement is allowed, found " + describe(peek()) + " after ';'");
    }
    if (!returned) {
      fail(peek().pos, "a query must end with RETURN, found " + describe(peek()));
    }
    return q;
  }

 private:
  // ---- tokens -------------------------------------------------------------------------------
  const Token& peek(size_t ahead = 0) const { return toks_[std::min(i_ + ahead, toks_.size() - 1)]; }
  const Token& next() {
    const Token& t = toks_[i_];
    last_end_ = t.end;
    if (i_ + 1 < toks_.size()) ++i_;
    return t;
  }
  bool accept(TokenKind k) {
    if (peek().kind != k) return false;
    next();
    return true;
  }
  bool accept_keyword(std::string_view kw) {
    if (!is_keyword(peek(), kw)) return false;
    next();
    return true;
  }
  [[noreturn]] void fail(SourcePos pos, const std::string& message) const {
    throw QueryError(QueryError::Kind::Syntax, pos, message);
  }
  [[noreturn]] void fail_expected(const std::string& what) const {
    fail(peek().pos, "expected " + what + ", found " + describe(peek()));
  }
  const Token& expect(TokenKind k, const std::string& what) {
    if (peek().kind != k) fail_expected(what);
    return next();
  }
  void expect_keyword(std::string_view kw, const std::string& what) {
    if (!accept_keyword(kw)) fail_expected(what);
  }
  std::string identifier(const std::string& what) {
    if (peek().kind != TokenKind::Ident) fail_expected(what);
    return next().text;
  }

  // Refuses write clauses and other unsupported clauses with a clear message.
  void refuse_clause_keyword() const {
    const Token& t = peek();
    if (is_any_keyword(t, kWriteClauses)) {
      throw QueryError(QueryError::Kind::Unsupported, t.pos,
                       "kg graphs are read-only: " + upper(t.text) + " is not supported; rebuild with `kg build`");
    }
    if (is_any_keyword(t, kUnsupportedClauses)) {
      throw QueryError(QueryError::Kind::Unsupported, t.pos, upper(t.text) + " is not supported by kg's query language");
    }
  }

  // ---- clauses ------------------------------------------------------------------------------
  Clause clause() {
    refuse_clause_keyword();
    const Token& t = peek();
    if (is_keyword(t, "OPTIONAL")) {
      SourcePos pos = next().pos;
      expect_keyword("MATCH", "MATCH after OPTIONAL");
      return match(pos, true);
    }
    if (is_keyword(t, "MATCH")) return match(next().pos, false);
    if (is_keyword(t, "UNWIND")) return unwind();
    if (is_keyword(t, "WITH")) return projection(false);
    if (is_keyword(t, "RETURN")) return projection(true);
    if (is_keyword(t, "WHERE")) fail(t.pos, "WHERE must follow MATCH, OPTIONAL MATCH or WITH");
    if (is_keyword(t, "ORDER") || is_keyword(t, "SKIP") || is_keyword(t, "LIMIT")) {
      fail(t.pos, upper(t.text) + " must follow WITH or RETURN");
    }
    fail_expected("MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN");
  }

  MatchClause match(SourcePos pos, bool optional) {
    MatchClause m;
    m.pos = pos;
    m.optional = optional;
    m.patterns.push_back(pattern_part());
    while (accept(TokenKind::Comma)) m.patterns.push_back(pattern_part());
    if (accept_keyword("WHERE")) m.where = expression();
    return m;
  }

  UnwindClause unwind() {
    UnwindClause u;
    u.pos = next().pos;
    u.expr = expression();
    expect_keyword("AS", "AS after UNWIND expression");
    u.var_pos = peek().pos;
    u.var = identifier("a variable name after AS");
    return u;
  }

  Projection projection(bool is_return) {
    Projection p;
    p.pos = next().pos;
    p.is_return = is_return;
    const char* clause_name = is_return ? "RETURN" : "WITH";
    if (accept_keyword("DISTINCT")) p.distinct = true;
    if (accept(TokenKind::Star)) {
      p.star = true;
      if (accept(TokenKind::Comma)) items(p, clause_name);
    } else {
      items(p, clause_name);
    }
    if (accept_keyword("ORDER")) {
      expect_keyword("BY", "BY after ORDER");
      do {
        SortItem s;
        s.expr = expression();
        if (accept_keyword("DESC") || accept_keyword("DESCENDING")) {
          s.descending = true;
        } else if (accept_keyword("ASC") || accept_keyword("ASCENDING")) {
          s.descending = false;
        }
        p.order_by.push_back(std::move(s));
      } while (accept(TokenKind::Comma));
    }
    if (accept_keyword("SKIP")) p.skip = expression();
    if (accept_keyword("LIMIT")) p.limit = expression();
    if (!is_return && accept_keyword("WHERE")) p.where = expression();
    if (is_return && is_keyword(peek(), "WHERE")) fail(peek().pos, "WHERE cannot follow RETURN; use WITH ... WHERE");
    return p;
  }

  void items(Projection& p, const char* clause_name) {
    do {
      ProjectionItem item;
      item.pos = peek().pos;
      if (peek().kind == TokenKind::End || is_any_keyword(peek(), kReservedInExpr)) {
        fail_expected(std::string("an expression after ") + clause_name);
      }
      item.expr = expression();
      if (accept_keyword("AS")) {
        item.alias = identifier("a column name after AS");
        item.explicit_alias = true;
      } else {
        item.alias = std::string(text_.substr(item.pos.offset, item.expr->end - item.pos.offset));
      }
      p.items.push_back(std::move(item));
    } while (accept(TokenKind::Comma));
  }

  // ---- patterns -----------------------------------------------------------------------------
  PatternPart pattern_part() {
    PatternPart part;
    part.pos = peek().pos;
    if (peek().kind == TokenKind::Ident && peek(1).kind == TokenKind::Eq) {
      part.path_var = next().text;
      next();
    }
    const Token& t = peek();
    bool shortest = is_keyword(t, "shortestPath");
    bool all_shortest = is_keyword(t, "allShortestPaths");
    if (shortest || all_shortest) {
      part.pos = t.pos;
      part.mode = shortest ? PatternPart::Mode::Shortest : PatternPart::Mode::AllShortest;
      std::string fn = next().text;
      expect(TokenKind::LParen, "'(' after " + fn);
      chain(part);
      expect(TokenKind::RParen, "')' to close " + fn + "(...)");
      return part;
    }
    if (peek().kind != TokenKind::LParen) fail_expected("'(' to start a node pattern");
    chain(part);
    return part;
  }

  void chain(PatternPart& part) {
    part.nodes.push_back(node_pattern());
    for (;;) {
      const Token& t = peek();
      if (t.kind == TokenKind::Minus || (t.kind == TokenKind::Lt && peek(1).kind == TokenKind::Minus)) {
        part.rels.push_back(rel_pattern());
        if (peek().kind != TokenKind::LParen) fail_expected("'(' after relationship pattern");
        part.nodes.push_back(node_pattern());
      } else {
        return;
      }
    }
  }

  NodePattern node_pattern() {
    NodePattern n;
    n.pos = expect(TokenKind::LParen, "'(' to start a node pattern").pos;
    if (peek().kind == TokenKind::Ident && !is_keyword(peek(), "WHERE")) n.var = next().text;
    while (accept(TokenKind::Colon)) {
      std::vector<std::string> alternatives;
      std::vector<SourcePos> positions;
      positions.push_back(peek().pos);
      alternatives.push_back(identifier("a label after ':'"));
      while (accept(TokenKind::Pipe)) {
        accept(TokenKind::Colon);
        positions.push_back(peek().pos);
        alternatives.push_back(identifier("a label after '|'"));
      }
      n.labels.push_back(std::move(alternatives));
      n.label_pos.push_back(std::move(positions));
    }
    if (peek().kind == TokenKind::LBrace) n.props = property_map();
    if (peek().kind == TokenKind::Param) {
      throw QueryError(QueryError::Kind::Unsupported, peek().pos,
                       "a parameter as a property map is not supported; write {key: $param}");
    }
    if (is_keyword(peek(), "WHERE")) {
      throw QueryError(QueryError::Kind::Unsupported, peek().pos,
                       "WHERE inside a node pattern is not supported; put it after the MATCH pattern");
    }
    expect(TokenKind::RParen, "')' after node pattern");
    return n;
  }

  RelPattern rel_pattern() {
    RelPattern r;
    r.pos = peek().pos;
    bool left = false, right = false;
    if (accept(TokenKind::Lt)) left = true;
    expect(TokenKind::Minus, "'-' in relationship pattern");
    if (accept(TokenKind::LBracket)) {
      rel_detail(r);
      expect(TokenKind::RBracket, "']' after relationship pattern");
    }
    expect(TokenKind::Minus, left ? "'-' to close relationship pattern" : "'-' or '->' to close relationship pattern");
    if (accept(TokenKind::Gt)) right = true;
    if (left && right) fail(r.pos, "a relationship pattern cannot point both ways (<-...->); use -...- for either direction");
    r.direction = left ? RelDirection::Left : (right ? RelDirection::Right : RelDirection::Both);
    return r;
  }

  void rel_detail(RelPattern& r) {
    if (peek().kind == TokenKind::Ident) r.var = next().text;
    if (accept(TokenKind::Colon)) {
      r.type_pos.push_back(peek().pos);
      r.types.push_back(identifier("a relationship type after ':'"));
      while (accept(TokenKind::Pipe)) {
        accept(TokenKind::Colon);
        r.type_pos.push_back(peek().pos);
        r.types.push_back(identifier("a relationship type after '|'"));
      }
    }
    if (accept(TokenKind::Star)) {
      r.var_length = true;
      r.min_hops = 1;
      r.max_hops = kDefaultMaxHops;
      if (peek().kind == TokenKind::Integer) {
        r.min_hops = hop_count();
        r.max_hops = r.min_hops;
        r.max_given = true;
        if (accept(TokenKind::DotDot)) {
          r.max_given = false;
          r.max_hops = std::max(kDefaultMaxHops, r.min_hops);
          if (peek().kind == TokenKind::Integer) {
            r.max_hops = hop_count();
            r.max_given = true;
          }
        }
      } else if (accept(TokenKind::DotDot)) {
        if (peek().kind == TokenKind::Integer) {
          r.max_hops = hop_count();
          r.max_given = true;
        }
      }
      if (r.min_hops > r.max_hops) {
        fail(r.pos, "variable-length lower bound " + std::to_string(r.min_hops) + " is above upper bound " +
                        std::to_string(r.max_hops));
      }
    }
    if (peek().kind == TokenKind::LBrace) r.props = property_map();
    if (is_keyword(peek(), "WHERE")) {
      throw QueryError(QueryError::Kind::Unsupported, peek().pos,
                       "WHERE inside a relationship pattern is not supported; put it after the MATCH pattern");
    }
  }

  int hop_count() {
    const Token& t = next();
    int64_t v = std::strtoll(t.text.c_str(), nullptr, 10);
    if (v > 1000) fail(t.pos, "variable-length bound " + t.text + " is too large (at most 1000)");
    return static_cast<int>(v);
  }

  std::vector<PropertyEntry> property_map() {
    std::vector<PropertyEntry> out;
    expect(TokenKind::LBrace, "'{'");
    if (accept(TokenKind::RBrace)) return out;
    do {
      PropertyEntry e;
      e.pos = peek().pos;
      e.key = identifier("a property name in '{...}'");
      expect(TokenKind::Colon, "':' after property name '" + e.key + "'");
      e.value = expression();
      out.push_back(std::move(e));
    } while (accept(TokenKind::Comma));
    expect(TokenKind::RBrace, "'}' or ',' in property map");
    return out;
  }

  // ---- expressions --------------------------------------------------------------------------
  ExprPtr make(Expr::Kind kind, SourcePos pos) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->pos = pos;
    return e;
  }
  // Every expression node passes through here once its children are done, so this is where
  // the depth of the tree is known: binder, evaluator and destructor all recurse over it, so a
  // tree deeper than kMaxExpressionDepth is refused here (a left-leaning chain such as
  // 1+1+1+... grows the tree without growing the parser's own recursion).
  ExprPtr finish(ExprPtr e) {
    e->end = last_end_;
    int depth = 1;
    for (const ExprPtr& a : e->args) {
      if (!a) continue;
      auto it = depths_.find(a.get());
      if (it != depths_.end()) depth = std::max(depth, it->second + 1);
    }
    if (depth > kMaxExpressionDepth) too_deep(e->pos);
    depths_[e.get()] = depth;
    return e;
  }
  [[noreturn]] static void too_deep(SourcePos pos) {
    throw QueryError(QueryError::Kind::Syntax, pos,
                     "expression nested too deeply (more than " + std::to_string(kMaxExpressionDepth) + " levels)");
  }

  ExprPtr expression() { return binary(1); }

  struct BinOpInfo {
    BinaryOp op;
    int prec;
    int tokens;  // how many tokens the operator spans
  };

  std::optional<BinOpInfo> binary_op() const {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Eq: return BinOpInfo{BinaryOp::Eq, 5, 1};
      case TokenKind::Neq: return BinOpInfo{BinaryOp::Neq, 5, 1};
      case TokenKind::Lt: return BinOpInfo{BinaryOp::Lt, 5, 1};
      case TokenKind::Le: return BinOpInfo{BinaryOp::Le, 5, 1};
      case TokenKind::Gt: return BinOpInfo{BinaryOp::Gt, 5, 1};
      case TokenKind::Ge: return BinOpInfo{BinaryOp::Ge, 5, 1};
      case TokenKind::Plus: return BinOpInfo{BinaryOp::Add, 7, 1};
      case TokenKind::Minus: return BinOpInfo{BinaryOp::Sub, 7, 1};
      case TokenKind::Star: return BinOpInfo{BinaryOp::Mul, 8, 1};
      case TokenKind::Slash: return BinOpInfo{BinaryOp::Div, 8, 1};
      case TokenKind::Percent: return BinOpInfo{BinaryOp::Mod, 8, 1};
      case TokenKind::Caret: return BinOpInfo{BinaryOp::Pow, 9, 1};
      default: break;
    }
    if (is_keyword(t, "OR")) return BinOpInfo{BinaryOp::Or, 1, 1};
    if (is_keyword(t, "XOR")) return BinOpInfo{BinaryOp::Xor, 2, 1};
    if (is_keyword(t, "AND")) return BinOpInfo{BinaryOp::And, 3, 1};
    if (is_keyword(t, "IN")) return BinOpInfo{BinaryOp::In, kPrecPredicate, 1};
    if (is_keyword(t, "CONTAINS")) return BinOpInfo{BinaryOp::Contains, kPrecPredicate, 1};
    if (is_keyword(t, "STARTS")) return BinOpInfo{BinaryOp::StartsWith, kPrecPredicate, 2};
    if (is_keyword(t, "ENDS")) return BinOpInfo{BinaryOp::EndsWith, kPrecPredicate, 2};
    return std::nullopt;
  }

  // Bounds the parser's own recursion (every nested expression comes through binary()), before
  // a run of '(' or 'NOT' can exhaust the stack.
  struct Nesting {
    explicit Nesting(Parser& p) : parser(p) {
      if (++parser.nesting_ > kMaxExpressionDepth) too_deep(parser.peek().pos);
    }
    ~Nesting() { --parser.nesting_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;
    Parser& parser;
  };

  ExprPtr binary(int min_prec) {
    Nesting nesting(*this);
    ExprPtr lhs = prefix(min_prec);
    for (;;) {
      const Token& t = peek();
      if (t.kind == TokenKind::RegexMatch) {
        throw QueryError(QueryError::Kind::Unsupported, t.pos,
                         "regular expressions (=~) are not supported; use CONTAINS, STARTS WITH or ENDS WITH");
      }
      if (is_keyword(t, "IS") && kPrecPredicate >= min_prec) {
        SourcePos pos = next().pos;
        bool negated = accept_keyword("NOT");
        expect_keyword("NULL", negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
        auto e = make(Expr::Kind::Unary, lhs->pos);
        (void)pos;
        e->uop = negated ? UnaryOp::IsNotNull : UnaryOp::IsNull;
        e->args.push_back(std::move(lhs));
        lhs = finish(std::move(e));
        continue;
      }
      auto info = binary_op();
      if (!info || info->prec < min_prec) return lhs;
      const Token& op_tok = next();
      if (info->tokens == 2) {
        expect_keyword("WITH", upper(op_tok.text) + " WITH");
      }
      ExprPtr rhs = binary(info->prec + 1);
      auto e = make(Expr::Kind::Binary, lhs->pos);
      e->bop = info->op;
      e->args.push_back(std::move(lhs));
      e->args.push_back(std::move(rhs));
      lhs = finish(std::move(e));
    }
  }

  ExprPtr prefix(int min_prec) {
    const Token& t = peek();
    if (is_keyword(t, "NOT")) {
      SourcePos pos = next().pos;
      auto e = make(Expr::Kind::Unary, pos);
      e->uop = UnaryOp::Not;
      e->args.push_back(binary(std::max(min_prec, kPrecNot)));
      return finish(std::move(e));
    }
    if (t.kind == TokenKind::Minus || t.kind == TokenKind::Plus) {
      SourcePos pos = next().pos;
      // Fold a minus into a numeric literal so that -9223372036854775808 and -1 stay literals.
      if (t.kind == TokenKind::Minus && (peek().kind == TokenKind::Integer || peek().kind == TokenKind::Float) &&
          !postfix_follows(1)) {
        auto lit = number_literal(next(), true);
        lit->pos = pos;
        return finish(std::move(lit));
      }
      auto e = make(Expr::Kind::Unary, pos);
      e->uop = t.kind == TokenKind::Minus ? UnaryOp::Neg : UnaryOp::Plus;
      e->args.push_back(binary(10));
      return finish(std::move(e));
    }
    return postfix(atom());
  }

  bool postfix_follows(size_t ahead) const {
    TokenKind k = peek(ahead).kind;
    return k == TokenKind::Dot || k == TokenKind::LBracket || k == TokenKind::Caret;
  }

  ExprPtr postfix(ExprPtr e) {
    for (;;) {
      const Token& t = peek();
      if (t.kind == TokenKind::Dot) {
        next();
        auto p = make(Expr::Kind::Property, e->pos);
        p->name = identifier("a property name after '.'");
        p->args.push_back(std::move(e));
        e = finish(std::move(p));
      } else if (t.kind == TokenKind::LBracket) {
        next();
        ExprPtr from, to;
        if (peek().kind != TokenKind::DotDot) from = expression();
        if (accept(TokenKind::DotDot)) {
          if (peek().kind != TokenKind::RBracket && peek().kind != TokenKind::End) to = expression();
          expect(TokenKind::RBracket, "']' after slice");
          auto s = make(Expr::Kind::Slice, e->pos);
          s->args.push_back(std::move(e));
          s->args.push_back(std::move(from));
          s->args.push_back(std::move(to));
          e = finish(std::move(s));
        } else {
          expect(TokenKind::RBracket, "']' after index");
          auto s = make(Expr::Kind::Index, e->pos);
          s->args.push_back(std::move(e));
          s->args.push_back(std::move(from));
          e = finish(std::move(s));
        }
      } else if (t.kind == TokenKind::Colon && e->kind == Expr::Kind::Variable) {
        auto h = make(Expr::Kind::HasLabels, e->pos);
        while (accept(TokenKind::Colon)) h->keys.push_back(identifier("a label after ':'"));
        h->args.push_back(std::move(e));
        e = finish(std::move(h));
      } else {
        return e;
      }
    }
  }

  ExprPtr number_literal(const Token& t, bool negative) {
    auto e = make(Expr::Kind::Literal, t.pos);
    std::string text = negative ? "-" + t.text : t.text;
    if (t.kind == TokenKind::Integer) {
      int64_t v = 0;
      auto r = std::from_chars(text.data(), text.data() + text.size(), v);
      if (r.ec != std::errc()) fail(t.pos, "integer " + text + " is too large");
      e->literal = Value(v);
    } else {
      e->literal = Value(std::strtod(text.c_str(), nullptr));
    }
    return finish(std::move(e));
  }

  ExprPtr atom() {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Integer:
      case TokenKind::Float: return number_literal(next(), false);
      case TokenKind::String: {
        auto e = make(Expr::Kind::Literal, t.pos);
        e->literal = Value(next().text);
        return finish(std::move(e));
      }
      case TokenKind::Param: {
        auto e = make(Expr::Kind::Param, t.pos);
        e->name = next().text;
        return finish(std::move(e));
      }
      case TokenKind::LBracket: return list_or_comprehension();
      case TokenKind::LBrace: return map_literal();
      case TokenKind::LParen: return parenthesised();
      case TokenKind::Ident: return identifier_atom();
      default: break;
    }
    fail_expected("an expression");
  }

  ExprPtr parenthesised() {
    SourcePos pos = next().pos;
    ExprPtr inner = expression();
    expect(TokenKind::RParen, "')' to close '('");
    // `(a)-->(b)` in an expression is a pattern predicate, which kg does not evaluate.
    const Token& t = peek();
    bool arrow = (t.kind == TokenKind::Minus &&
                  (peek(1).kind == TokenKind::Minus || peek(1).kind == TokenKind::LBracket)) ||
                 (t.kind == TokenKind::Lt && peek(1).kind == TokenKind::Minus);
    if (arrow && (inner->kind == Expr::Kind::Variable || inner->kind == Expr::Kind::HasLabels)) {
      throw QueryError(QueryError::Kind::Unsupported, pos,
                       "pattern expressions are not supported; match the pattern with MATCH or OPTIONAL MATCH");
    }
    return finish(std::move(inner));
  }

  ExprPtr list_or_comprehension() {
    SourcePos pos = next().pos;
    if (peek().kind == TokenKind::Ident && is_keyword(peek(1), "IN")) {
      auto e = make(Expr::Kind::Comprehension, pos);
      e->var = next().text;
      next();
      e->args.push_back(expression());
      e->args.push_back(accept_keyword("WHERE") ? expression() : nullptr);
      e->args.push_back(accept(TokenKind::Pipe) ? expression() : nullptr);
      expect(TokenKind::RBracket, "']' to close list comprehension");
      return finish(std::move(e));
    }
    auto e = make(Expr::Kind::List, pos);
    if (!accept(TokenKind::RBracket)) {
      do {
        e->args.push_back(expression());
      } while (accept(TokenKind::Comma));
      expect(TokenKind::RBracket, "']' or ',' in list");
    }
    return finish(std::move(e));
  }

  ExprPtr map_literal() {
    SourcePos pos = peek().pos;
    auto e = make(Expr::Kind::Map, pos);
    for (PropertyEntry& p : property_map()) {
      e->keys.push_back(std::move(p.key));
      e->args.push_back(std::move(p.value));
    }
    return finish(std::move(e));
  }

  ExprPtr identifier_atom() {
    const Token& t = peek();
    SourcePos pos = t.pos;
    if (!t.quoted) {
      if (is_keyword(t, "true") || is_keyword(t, "false")) {
        auto e = make(Expr::Kind::Literal, pos);
        e->literal = Value(is_keyword(next(), "true"));
        return finish(std::move(e));
      }
      if (is_keyword(t, "null")) {
        next();
        return finish(make(Expr::Kind::Literal, pos));
      }
      if (is_keyword(t, "CASE")) return case_expression();
      if (is_keyword(t, "EXISTS") && peek(1).kind == TokenKind::LBrace) {
        throw QueryError(QueryError::Kind::Unsupported, pos, "EXISTS { ... } subqueries are not supported");
      }
      if (is_any_keyword(t, kReservedInExpr)) fail_expected("an expression");
    }
    if (peek(1).kind == TokenKind::LParen && !t.quoted) return call();
    auto e = make(Expr::Kind::Variable, pos);
    e->name = next().text;
    return finish(std::move(e));
  }

  ExprPtr call() {
    const Token& name_tok = next();
    std::string name = name_tok.text;
    SourcePos pos = name_tok.pos;
    next();  // '('
    const std::string lower = kg::ingest::ascii_lower(name);
    if (lower == "count" && peek().kind == TokenKind::Star) {
      next();
      expect(TokenKind::RParen, "')' after count(*");
      return finish(make(Expr::Kind::CountStar, pos));
    }
    if ((lower == "all" || lower == "any" || lower == "none" || lower == "single") &&
        peek().kind == TokenKind::Ident && is_keyword(peek(1), "IN")) {
      auto e = make(Expr::Kind::ListPredicate, pos);
      e->name = lower;
      e->var = next().text;
      next();
      e->args.push_back(expression());
      expect_keyword("WHERE", "WHERE in " + name + "(... IN ... WHERE ...)");
      e->args.push_back(expression());
      expect(TokenKind::RParen, "')' to close " + name + "(...)");
      return finish(std::move(e));
    }
    if (lower == "shortestpath" || lower == "allshortestpaths") {
      throw QueryError(QueryError::Kind::Unsupported, pos, name + "(...) is only supported as a MATCH pattern");
    }
    auto e = make(Expr::Kind::Call, pos);
    e->name = name;
    if (accept_keyword("DISTINCT")) e->distinct = true;
    if (!accept(TokenKind::RParen)) {
      do {
        e->args.push_back(expression());
      } while (accept(TokenKind::Comma));
      expect(TokenKind::RParen, "')' or ',' in call to " + name);
    }
    return finish(std::move(e));
  }

  ExprPtr case_expression() {
    auto e = make(Expr::Kind::Case, next().pos);
    if (!is_keyword(peek(), "WHEN")) {
      e->has_subject = true;
      e->args.push_back(expression());
    }
    if (!is_keyword(peek(), "WHEN")) fail_expected("WHEN in CASE");
    while (accept_keyword("WHEN")) {
      e->args.push_back(expression());
      expect_keyword("THEN", "THEN after WHEN condition");
      e->args.push_back(expression());
    }
    if (accept_keyword("ELSE")) {
      e->has_else = true;
      e->args.push_back(expression());
    }
    expect_keyword("END", "END to close CASE");
    return finish(std::move(e));
  }

  std::string_view text_;
  std::vector<Token> toks_;
  size_t i_ = 0;
  size_t last_end_ = 0;
  int nesting_ = 0;                                  // active binary() calls
  std::unordered_map<const Expr*, int> depths_;      // depth of each finished expression tree
};

}  // namespace

Query parse(std::string_view text) { return Parser(text).run(); }

}  // namespace kg::query
