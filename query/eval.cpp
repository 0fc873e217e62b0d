#include "query/eval.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

#include "query/functions.h"

namespace kg::query {

namespace {

// The process's resident memory in bytes (Linux /proc/self/statm), 0 when it cannot be read.
// The file stays open and is re-read with pread: every query reads it when it starts, and
// opening it each time cost more than a small query.
size_t resident_bytes() {
  static const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buf[128];
  const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return 0;
  buf[n] = '\0';
  unsigned long size = 0, resident = 0;
  if (std::sscanf(buf, "%lu %lu", &size, &resident) != 2) return 0;
  return static_cast<size_t>(resident) * static_cast<size_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace

Guard::Guard(std::chrono::milliseconds limit, const std::atomic<bool>* cancel, size_t max_memory_mb)
    : deadline_(std::chrono::steady_clock::now() + limit), limit_(limit), cancel_(cancel), max_memory_mb_(max_memory_mb),
      baseline_bytes_(max_memory_mb ? resident_bytes() : 0) {}

void Guard::check(bool memory) const {
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
    throw QueryError(QueryError::Kind::Cancelled, {}, "query cancelled");
  }
  if (std::chrono::steady_clock::now() > deadline_) {
    throw QueryError(QueryError::Kind::Timeout, {},
                     "query timed out after " + std::to_string(limit_.count()) + " ms");
  }
  if (memory && max_memory_mb_ && baseline_bytes_) {
    const size_t now = resident_bytes();
    if (now > baseline_bytes_ && (now - baseline_bytes_) / (size_t{1} << 20) > max_memory_mb_) {
      throw QueryError(QueryError::Kind::Memory, {},
                       "query needs more than " + std::to_string(max_memory_mb_) +
                           " MB of memory; narrow it (WHERE, LIMIT) or raise the limit");
    }
  }
}

size_t approx_bytes(const Value& v) {
  switch (v.type()) {
    case Value::Type::String: return sizeof(Value) + v.as_string().size();
    case Value::Type::List: return sizeof(Value) * (1 + v.as_list().size());
    case Value::Type::Map: return (sizeof(Value) + 64) * (1 + v.as_map().size());
    default: return sizeof(Value);
  }
}

namespace {

using T = Value::Type;

[[noreturn]] void type_error(SourcePos pos, const std::string& message) {
  throw QueryError(QueryError::Kind::Runtime, pos, message);
}

std::optional<bool> as_logic(const Value& v, const Expr& e, const char* op) {
  if (v.is_null()) return std::nullopt;
  if (v.type() != T::Bool) type_error(e.pos, std::string(op) + " expects booleans, got " + type_name(v.type()));
  return v.as_bool();
}

Value logic(std::optional<bool> b) { return b ? Value(*b) : Value(); }

Value arithmetic(BinaryOp op, const Value& a, const Value& b, const Expr& e) {
  if (a.is_null() || b.is_null()) return Value();
  if (op == BinaryOp::Add) {
    if (a.type() == T::List || b.type() == T::List) {
      const size_t items = (a.type() == T::List ? a.as_list().size() : 1) + (b.type() == T::List ? b.as_list().size() : 1);
      if (items > kMaxListItems) type_error(e.pos, "list longer than " + std::to_string(kMaxListItems) + " items");
      Value::List out;
      if (a.type() == T::List) out = a.as_list();
      else out.push_back(a);
      if (b.type() == T::List) out.insert(out.end(), b.as_list().begin(), b.as_list().end());
      else out.push_back(b);
      return Value(std::move(out));
    }
    if (a.type() == T::String || b.type() == T::String) {
      auto text = [](const Value& v) -> std::string {
        switch (v.type()) {
          case T::String: return v.as_string();
          case T::Int: return std::to_string(v.as_int());
          case T::Float: return format_float(v.as_float());
          case T::Bool: return v.as_bool() ? "true" : "false";
          default: return {};
        }
      };
      if ((a.type() == T::String || a.is_number() || a.type() == T::Bool) &&
          (b.type() == T::String || b.is_number() || b.type() == T::Bool)) {
        std::string joined = text(a);
        const std::string right = text(b);
        if (joined.size() + right.size() > kMaxStringBytes) {
          type_error(e.pos, "string longer than " + std::to_string(kMaxStringBytes >> 20) + " MiB");
        }
        return Value(joined + right);
      }
    }
  }
  if (!a.is_number() || !b.is_number()) {
    type_error(e.pos, std::string("cannot apply ") + op_text(op) + " to " + type_name(a.type()) + " and " +
                          type_name(b.type()));
  }
  if (a.type() == T::Int && b.type() == T::Int && op != BinaryOp::Pow) {
    int64_t x = a.as_int(), y = b.as_int(), r = 0;
    bool overflow = false;
    switch (op) {
      case BinaryOp::Add: overflow = __builtin_add_overflow(x, y, &r); break;
      case BinaryOp::Sub: overflow = __builtin_sub_overflow(x, y, &r); break;
      case BinaryOp::Mul: overflow = __builtin_mul_overflow(x, y, &r); break;
      case BinaryOp::Div:
      case BinaryOp::Mod:
        if (y == 0) type_error(e.pos, "division by zero");
        if (x == INT64_MIN && y == -1) overflow = true;
        else r = op == BinaryOp::Div ? x / y : x % y;
        break;
      default: break;
    }
    if (overflow) type_error(e.pos, "integer overflow");
    return Value(r);
  }
  double x = a.as_number(), y = b.as_number();
  switch (op) {
    case BinaryOp::Add: return Value(x + y);
    case BinaryOp::Sub: return Value(x - y);
    case BinaryOp::Mul: return Value(x * y);
    case BinaryOp::Div: return Value(x / y);
    case BinaryOp::Mod: return Value(std::fmod(x, y));
    case BinaryOp::Pow: return Value(std::pow(x, y));
    default: return Value();
  }
}

Value string_predicate(BinaryOp op, const Value& a, const Value& b) {
  if (a.type() != T::String || b.type() != T::String) return Value();
  const std::string& s = a.as_string();
  const std::string& t = b.as_string();
  switch (op) {
    case BinaryOp::StartsWith: return Value(s.compare(0, t.size(), t) == 0 && s.size() >= t.size());
    case BinaryOp::EndsWith: return Value(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    case BinaryOp::Contains: return Value(s.find(t) != std::string::npos);
    default: return Value();
  }
}

Value in_list(const Value& x, const Value& list, const Expr& e) {
  if (list.is_null()) return Value();
  if (list.type() != T::List) type_error(e.pos, std::string("IN expects a list, got ") + type_name(list.type()));
  bool unknown = false;
  for (const Value& item : list.as_list()) {
    auto eq = equals(x, item);
    if (!eq) unknown = true;
    else if (*eq) return Value(true);
  }
  if (unknown) return Value();
  return Value(false);
}

Value binary(const Expr& e, Row& row, EvalContext& ctx) {
  switch (e.bop) {
    case BinaryOp::And: {
      auto a = as_logic(eval(*e.args[0], row, ctx), e, "AND");
      if (a && !*a) return Value(false);
      auto b = as_logic(eval(*e.args[1], row, ctx), e, "AND");
      if (b && !*b) return Value(false);
      if (!a || !b) return Value();
      return Value(true);
    }
    case BinaryOp::Or: {
      auto a = as_logic(eval(*e.args[0], row, ctx), e, "OR");
      if (a && *a) return Value(true);
      auto b = as_logic(eval(*e.args[1], row, ctx), e, "OR");
      if (b && *b) return Value(true);
      if (!a || !b) return Value();
      return Value(false);
    }
    case BinaryOp::Xor: {
      auto a = as_logic(eval(*e.args[0], row, ctx), e, "XOR");
      auto b = as_logic(eval(*e.args[1], row, ctx), e, "XOR");
      if (!a || !b) return Value();
      return Value(*a != *b);
    }
    default: break;
  }
  Value a = eval(*e.args[0], row, ctx);
  Value b = eval(*e.args[1], row, ctx);
  switch (e.bop) {
    case BinaryOp::Eq: return logic(equals(a, b));
    case BinaryOp::Neq: {
      auto eq = equals(a, b);
      return eq ? Value(!*eq) : Value();
    }
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
      auto c = compare(a, b);
      if (!c) return Value();
      switch (e.bop) {
        case BinaryOp::Lt: return Value(*c < 0);
        case BinaryOp::Le: return Value(*c <= 0);
        case BinaryOp::Gt: return Value(*c > 0);
        default: return Value(*c >= 0);
      }
    }
    case BinaryOp::In: return in_list(a, b, e);
    case BinaryOp::StartsWith:
    case BinaryOp::EndsWith:
    case BinaryOp::Contains: return string_predicate(e.bop, a, b);
    default: return arithmetic(e.bop, a, b, e);
  }
}

Value property(const Expr& e, Row& row, EvalContext& ctx) {
  Value target = eval(*e.args[0], row, ctx);
  switch (target.type()) {
    case T::Null: return Value();
    case T::Node: return node_property(ctx.g, target.as_node(), e.name);
    case T::Relationship: return rel_property(ctx.g, target.as_rel(), e.name);
    case T::Map: {
      const auto& m = target.as_map();
      auto it = m.find(e.name);
      return it == m.end() ? Value() : it->second;
    }
    default: type_error(e.pos, "cannot read property '" + e.name + "' of " + type_name(target.type()));
  }
}

int64_t list_position(int64_t i, size_t size) { return i < 0 ? static_cast<int64_t>(size) + i : i; }

Value index(const Expr& e, Row& row, EvalContext& ctx) {
  Value target = eval(*e.args[0], row, ctx);
  Value key = eval(*e.args[1], row, ctx);
  if (target.is_null() || key.is_null()) return Value();
  if (target.type() == T::List) {
    if (key.type() != T::Int) type_error(e.pos, std::string("list index must be an integer, got ") + type_name(key.type()));
    const auto& l = target.as_list();
    int64_t i = list_position(key.as_int(), l.size());
    if (i < 0 || i >= static_cast<int64_t>(l.size())) return Value();
    return l[static_cast<size_t>(i)];
  }
  if (key.type() != T::String) {
    type_error(e.pos, std::string("cannot index ") + type_name(target.type()) + " with " + type_name(key.type()));
  }
  switch (target.type()) {
    case T::Map: {
      auto it = target.as_map().find(key.as_string());
      return it == target.as_map().end() ? Value() : it->second;
    }
    case T::Node: return node_property(ctx.g, target.as_node(), key.as_string());
    case T::Relationship: return rel_property(ctx.g, target.as_rel(), key.as_string());
    default: type_error(e.pos, std::string("cannot index ") + type_name(target.type()));
  }
}

Value slice(const Expr& e, Row& row, EvalContext& ctx) {
  Value target = eval(*e.args[0], row, ctx);
  if (target.is_null()) return Value();
  if (target.type() != T::List) type_error(e.pos, std::string("cannot slice ") + type_name(target.type()));
  const auto& l = target.as_list();
  const auto n = static_cast<int64_t>(l.size());
  int64_t from = 0, to = n;
  for (int k = 1; k <= 2; ++k) {
    if (!e.args[k]) continue;
    Value b = eval(*e.args[k], row, ctx);
    if (b.is_null()) return Value();
    if (b.type() != T::Int) type_error(e.pos, std::string("slice bounds must be integers, got ") + type_name(b.type()));
    (k == 1 ? from : to) = std::clamp<int64_t>(list_position(b.as_int(), l.size()), 0, n);
  }
  if (from >= to) return Value(Value::List{});
  return Value(Value::List(l.begin() + from, l.begin() + to));
}

// Runs `body` with the local variable bound to each element of the list, restoring the slot.
template <typename F>
void for_each_element(const Expr& e, const Value& list, Row& row, F&& body) {
  Value saved = row[static_cast<size_t>(e.slot)];
  try {
    for (const Value& item : list.as_list()) {
      row[static_cast<size_t>(e.slot)] = item;
      if (!body()) break;
    }
  } catch (...) {
    row[static_cast<size_t>(e.slot)] = saved;
    throw;
  }
  row[static_cast<size_t>(e.slot)] = saved;
}

Value list_predicate(const Expr& e, Row& row, EvalContext& ctx) {
  Value list = eval(*e.args[0], row, ctx);
  if (list.is_null()) return Value();
  if (list.type() != T::List) type_error(e.pos, e.name + "() expects a list, got " + type_name(list.type()));
  size_t true_count = 0;
  bool unknown = false;
  bool decided = false;
  bool answer = false;
  for_each_element(e, list, row, [&] {
    ctx.guard.tick();
    auto c = eval_condition(*e.args[1], row, ctx);
    if (!c) {
      unknown = true;
      return true;
    }
    if (*c) ++true_count;
    if (e.name == "all" && !*c) {
      decided = true;
      answer = false;
    } else if (e.name == "any" && *c) {
      decided = true;
      answer = true;
    } else if (e.name == "none" && *c) {
      decided = true;
      answer = false;
    } else if (e.name == "single" && true_count > 1) {
      decided = true;
      answer = false;
    }
    return !decided;
  });
  if (decided) return Value(answer);
  if (unknown) return Value();
  if (e.name == "all" || e.name == "none") return Value(true);
  if (e.name == "any") return Value(false);
  return Value(true_count == 1);
}

// Charges a freshly built string, list or map to the guard (what string doubling, ranges and
// replace() allocate between two ticks).
Value charged(Value v, EvalContext& ctx) {
  const auto t = v.type();
  if (t == T::String || t == T::List || t == T::Map) ctx.guard.charge(approx_bytes(v));
  return v;
}

Value comprehension(const Expr& e, Row& row, EvalContext& ctx) {
  Value list = eval(*e.args[0], row, ctx);
  if (list.is_null()) return Value();
  if (list.type() != T::List) type_error(e.pos, std::string("list comprehension expects a list, got ") + type_name(list.type()));
  Value::List out;
  for_each_element(e, list, row, [&] {
    ctx.guard.tick();
    if (e.args[1]) {
      auto c = eval_condition(*e.args[1], row, ctx);
      if (!c || !*c) return true;
    }
    out.push_back(e.args[2] ? eval(*e.args[2], row, ctx) : row[static_cast<size_t>(e.slot)]);
    ctx.guard.charge(approx_bytes(out.back()));
    return true;
  });
  return Value(std::move(out));
}

Value case_expression(const Expr& e, Row& row, EvalContext& ctx) {
  size_t i = 0;
  Value subject;
  if (e.has_subject) subject = eval(*e.args[i++], row, ctx);
  const size_t end = e.args.size() - (e.has_else ? 1 : 0);
  for (; i + 1 < end; i += 2) {
    if (e.has_subject) {
      auto eq = equals(subject, eval(*e.args[i], row, ctx));
      if (eq && *eq) return eval(*e.args[i + 1], row, ctx);
    } else {
      auto c = eval(*e.args[i], row, ctx);
      if (c.type() == T::Bool && c.as_bool()) return eval(*e.args[i + 1], row, ctx);
    }
  }
  return e.has_else ? eval(*e.args.back(), row, ctx) : Value();
}

}  // namespace

Value eval(const Expr& e, Row& row, EvalContext& ctx) {
  switch (e.kind) {
    case Expr::Kind::Literal: return e.literal;
    case Expr::Kind::Param: {
      auto it = ctx.params.find(e.name);
      if (it == ctx.params.end()) throw QueryError(QueryError::Kind::Semantic, e.pos, "missing parameter $" + e.name);
      return it->second;
    }
    case Expr::Kind::Variable: return row[static_cast<size_t>(e.slot)];
    case Expr::Kind::Property: return property(e, row, ctx);
    case Expr::Kind::List: {
      Value::List l;
      l.reserve(e.args.size());
      for (const auto& a : e.args) l.push_back(eval(*a, row, ctx));
      return Value(std::move(l));
    }
    case Expr::Kind::Map: {
      Value::Map m;
      for (size_t i = 0; i < e.args.size(); ++i) m.insert_or_assign(e.keys[i], eval(*e.args[i], row, ctx));
      return Value(std::move(m));
    }
    case Expr::Kind::Unary: {
      Value v = eval(*e.args[0], row, ctx);
      switch (e.uop) {
        case UnaryOp::Not: {
          auto b = as_logic(v, e, "NOT");
          return b ? Value(!*b) : Value();
        }
        case UnaryOp::IsNull: return Value(v.is_null());
        case UnaryOp::IsNotNull: return Value(!v.is_null());
        case UnaryOp::Neg:
          if (v.is_null()) return v;
          if (v.type() == T::Int) {
            if (v.as_int() == INT64_MIN) type_error(e.pos, "integer overflow");
            return Value(-v.as_int());
          }
          if (v.type() == T::Float) return Value(-v.as_float());
          type_error(e.pos, std::string("cannot negate ") + type_name(v.type()));
        case UnaryOp::Plus:
          if (v.is_null() || v.is_number()) return v;
          type_error(e.pos, std::string("unary + expects a number, got ") + type_name(v.type()));
      }
      return Value();
    }
    case Expr::Kind::Binary: return charged(binary(e, row, ctx), ctx);
    case Expr::Kind::Call: {
      if (e.agg >= 0) return (*ctx.aggregates)[static_cast<size_t>(e.agg)];
      std::vector<Value> args;
      args.reserve(e.args.size());
      for (const auto& a : e.args) args.push_back(eval(*a, row, ctx));
      return charged(call_scalar(static_cast<Func>(e.func), args, ctx.g, e.pos), ctx);
    }
    case Expr::Kind::CountStar: return (*ctx.aggregates)[static_cast<size_t>(e.agg)];
    case Expr::Kind::Index: return index(e, row, ctx);
    case Expr::Kind::Slice: return slice(e, row, ctx);
    case Expr::Kind::ListPredicate: return list_predicate(e, row, ctx);
    case Expr::Kind::Comprehension: return comprehension(e, row, ctx);
    case Expr::Kind::Case: return case_expression(e, row, ctx);
    case Expr::Kind::HasLabels: {
      Value v = eval(*e.args[0], row, ctx);
      if (v.is_null()) return Value();
      if (v.type() != T::Node) type_error(e.pos, std::string("a label test expects a node, got ") + type_name(v.type()));
      graph::TypeCode kind = ctx.g.node_kind_code(v.as_node());
      for (graph::TypeCode c : e.codes) {
        if (c != kind) return Value(false);
      }
      return Value(true);
    }
  }
  return Value();
}

std::optional<bool> eval_condition(const Expr& e, Row& row, EvalContext& ctx) {
  Value v = eval(e, row, ctx);
  if (v.is_null()) return std::nullopt;
  if (v.type() != T::Bool) {
    throw QueryError(QueryError::Kind::Runtime, e.pos, std::string("expected a boolean condition, got ") + type_name(v.type()));
  }
  return v.as_bool();
}

}  // namespace kg::query
