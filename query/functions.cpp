#include "query/functions.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include <utf8proc.h>

namespace kg::query {

namespace {

constexpr FunctionInfo kFunctions[] = {
    {"count", Func::Count, 1, 1, true},
    {"collect", Func::Collect, 1, 1, true},
    {"sum", Func::Sum, 1, 1, true},
    {"avg", Func::Avg, 1, 1, true},
    {"min", Func::Min, 1, 1, true},
    {"max", Func::Max, 1, 1, true},
    {"size", Func::Size, 1, 1, false},
    {"length", Func::Length, 1, 1, false},
    {"nodes", Func::Nodes, 1, 1, false},
    {"relationships", Func::Relationships, 1, 1, false},
    {"labels", Func::Labels, 1, 1, false},
    {"type", Func::Type, 1, 1, false},
    {"id", Func::Id, 1, 1, false},
    {"toLower", Func::ToLower, 1, 1, false},
    {"toUpper", Func::ToUpper, 1, 1, false},
    {"coalesce", Func::Coalesce, 1, 64, false},
    {"startNode", Func::StartNode, 1, 1, false},
    {"endNode", Func::EndNode, 1, 1, false},
    {"keys", Func::Keys, 1, 1, false},
    {"properties", Func::Properties, 1, 1, false},
    {"toString", Func::ToString, 1, 1, false},
    {"toInteger", Func::ToInteger, 1, 1, false},
    {"toFloat", Func::ToFloat, 1, 1, false},
    {"trim", Func::Trim, 1, 1, false},
    {"head", Func::Head, 1, 1, false},
    {"last", Func::Last, 1, 1, false},
    {"tail", Func::Tail, 1, 1, false},
    {"range", Func::Range, 2, 3, false},
    {"abs", Func::Abs, 1, 1, false},
    {"reverse", Func::Reverse, 1, 1, false},
    {"split", Func::Split, 2, 2, false},
    {"substring", Func::Substring, 2, 3, false},
    {"replace", Func::Replace, 3, 3, false},
};

[[noreturn]] void too_long(Func f, const char* what, size_t limit, SourcePos pos) {
  throw QueryError(QueryError::Kind::Runtime, pos,
                   std::string(function_info(f).name) + "() would make a " + what + " longer than " + std::to_string(limit) +
                       (what[0] == 's' ? " bytes" : " items"));
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

[[noreturn]] void bad_arg(Func f, const char* expected, const Value& got, SourcePos pos) {
  throw QueryError(QueryError::Kind::Runtime, pos,
                   std::string(function_info(f).name) + "() expects " + expected + ", got " + type_name(got.type()));
}

// Code points of a UTF-8 string (the unit of size() and substring()).
std::vector<std::string_view> code_points(const std::string& s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xc0) == 0x80) ++len;
    out.emplace_back(s.data() + i, len);
    i += len;
  }
  return out;
}

size_t code_point_count(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

Value node_list(const std::vector<graph::NodeId>& ids) {
  Value::List l;
  l.reserve(ids.size());
  for (auto id : ids) l.emplace_back(NodeRef{id});
  return Value(std::move(l));
}

Value rel_list(const std::vector<graph::EdgeId>& ids) {
  Value::List l;
  l.reserve(ids.size());
  for (auto id : ids) l.emplace_back(RelRef{id});
  return Value(std::move(l));
}

std::optional<int64_t> parse_int(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  int64_t v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec == std::errc() && r.ptr == s.data() + s.size()) return v;
  double d = 0;
  auto rd = std::from_chars(s.data(), s.data() + s.size(), d);
  if (rd.ec == std::errc() && rd.ptr == s.data() + s.size() && std::isfinite(d) && std::fabs(d) < 9.2e18) {
    return static_cast<int64_t>(d);
  }
  return std::nullopt;
}

std::optional<double> parse_float(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  double d = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), d);
  if (r.ec == std::errc() && r.ptr == s.data() + s.size()) return d;
  return std::nullopt;
}

// Unicode case mapping, code point by code point (invalid UTF-8 is kept as it is).
std::string map_case(const std::string& s, bool up) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out += static_cast<char>(*p);
      ++p;
      --left;
      continue;
    }
    cp = up ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t len = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
    p += n;
    left -= n;
  }
  return out;
}

}  // namespace

const FunctionInfo* find_function(std::string_view name) {
  for (const FunctionInfo& f : kFunctions) {
    if (iequals(f.name, name)) return &f;
  }
  return nullptr;
}

const FunctionInfo& function_info(Func f) {
  for (const FunctionInfo& info : kFunctions) {
    if (info.func == f) return info;
  }
  return kFunctions[0];
}

std::vector<std::string> function_names() {
  std::vector<std::string> out;
  for (const FunctionInfo& f : kFunctions) out.emplace_back(f.name);
  return out;
}

Value call_scalar(Func f, std::vector<Value>& args, const graph::GraphModel& g, SourcePos pos) {
  if (f == Func::Coalesce) {
    for (Value& a : args) {
      if (!a.is_null()) return a;
    }
    return Value();
  }
  const Value& a = args[0];
  if (a.is_null()) return Value();
  using T = Value::Type;
  switch (f) {
    case Func::Size:
      if (a.type() == T::String) return Value(static_cast<int64_t>(code_point_count(a.as_string())));
      if (a.type() == T::List) return Value(static_cast<int64_t>(a.as_list().size()));
      bad_arg(f, "a string or a list", a, pos);
    case Func::Length:
      if (a.type() == T::Path) return Value(static_cast<int64_t>(a.as_path().rels.size()));
      if (a.type() == T::String) return Value(static_cast<int64_t>(code_point_count(a.as_string())));
      if (a.type() == T::List) return Value(static_cast<int64_t>(a.as_list().size()));
      bad_arg(f, "a path", a, pos);
    case Func::Nodes:
      if (a.type() == T::Path) return node_list(a.as_path().nodes);
      bad_arg(f, "a path", a, pos);
    case Func::Relationships:
      if (a.type() == T::Path) return rel_list(a.as_path().rels);
      bad_arg(f, "a path", a, pos);
    case Func::Labels:
      if (a.type() == T::Node) return Value(Value::List{Value(g.kind_name(g.node_kind_code(a.as_node())))});
      bad_arg(f, "a node", a, pos);
    case Func::Type:
      if (a.type() == T::Relationship) return Value(g.relationship_type_name(g.edge_type_code(a.as_rel())));
      bad_arg(f, "a relationship", a, pos);
    case Func::Id:
      if (a.type() == T::Node) return Value(static_cast<int64_t>(a.as_node()));
      if (a.type() == T::Relationship) return Value(static_cast<int64_t>(a.as_rel()));
      bad_arg(f, "a node or a relationship", a, pos);
    case Func::ToLower:
    case Func::ToUpper:
      if (a.type() == T::String) return Value(map_case(a.as_string(), f == Func::ToUpper));
      bad_arg(f, "a string", a, pos);
    case Func::StartNode:
    case Func::EndNode:
      if (a.type() == T::Relationship) {
        return Value(NodeRef{f == Func::StartNode ? g.edge_source(a.as_rel()) : g.edge_target(a.as_rel())});
      }
      bad_arg(f, "a relationship", a, pos);
    case Func::Keys:
    case Func::Properties: {
      Value::Map m;
      if (a.type() == T::Node) {
        m = node_properties(g, a.as_node());
      } else if (a.type() == T::Relationship) {
        m = rel_properties(g, a.as_rel());
      } else if (a.type() == T::Map) {
        m = a.as_map();
      } else {
        bad_arg(f, "a node, a relationship or a map", a, pos);
      }
      if (f == Func::Properties) return Value(std::move(m));
      Value::List keys;
      for (auto& [k, v] : m) keys.emplace_back(k);
      return Value(std::move(keys));
    }
    case Func::ToString:
      switch (a.type()) {
        case T::String: return a;
        case T::Int: return Value(std::to_string(a.as_int()));
        case T::Float: return Value(format_float(a.as_float()));
        case T::Bool: return Value(a.as_bool() ? "true" : "false");
        default: bad_arg(f, "a string, a number or a boolean", a, pos);
      }
    case Func::ToInteger:
      switch (a.type()) {
        case T::Int: return a;
        case T::Float:
          if (!std::isfinite(a.as_float()) || std::fabs(a.as_float()) >= 9.2e18) return Value();
          return Value(static_cast<int64_t>(a.as_float()));
        case T::Bool: return Value(static_cast<int64_t>(a.as_bool() ? 1 : 0));
        case T::String: {
          auto v = parse_int(a.as_string());
          return v ? Value(*v) : Value();
        }
        default: bad_arg(f, "a string, a number or a boolean", a, pos);
      }
    case Func::ToFloat:
      switch (a.type()) {
        case T::Int: return Value(static_cast<double>(a.as_int()));
        case T::Float: return a;
        case T::String: {
          auto v = parse_float(a.as_string());
          return v ? Value(*v) : Value();
        }
        default: bad_arg(f, "a string or a number", a, pos);
      }
    case Func::Trim: {
      if (a.type() != T::String) bad_arg(f, "a string", a, pos);
      std::string_view s = a.as_string();
      while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
      while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
      return Value(s);
    }
    case Func::Head:
    case Func::Last:
    case Func::Tail: {
      if (a.type() != T::List) bad_arg(f, "a list", a, pos);
      const auto& l = a.as_list();
      if (f == Func::Tail) return l.empty() ? Value(Value::List{}) : Value(Value::List(l.begin() + 1, l.end()));
      if (l.empty()) return Value();
      return f == Func::Head ? l.front() : l.back();
    }
    case Func::Reverse:
      if (a.type() == T::List) {
        Value::List l(a.as_list().rbegin(), a.as_list().rend());
        return Value(std::move(l));
      }
      if (a.type() == T::String) {
        auto cps = code_points(a.as_string());
        std::string out;
        for (auto it = cps.rbegin(); it != cps.rend(); ++it) out += *it;
        return Value(std::move(out));
      }
      bad_arg(f, "a string or a list", a, pos);
    case Func::Range: {
      for (const Value& v : args) {
        if (v.is_null()) return Value();
        if (v.type() != T::Int) bad_arg(f, "integers", v, pos);
      }
      int64_t from = args[0].as_int(), to = args[1].as_int();
      int64_t step = args.size() > 2 ? args[2].as_int() : 1;
      if (step == 0) throw QueryError(QueryError::Kind::Runtime, pos, "range() step must not be zero");
      // The count is worked out first, in unsigned arithmetic (from, to and step may be near the
      // int64 limits), so neither a huge range is built nor does i += step overflow.
      Value::List l;
      if (step > 0 ? to < from : to > from) return Value(std::move(l));
      const uint64_t span = step > 0 ? static_cast<uint64_t>(to) - static_cast<uint64_t>(from)
                                     : static_cast<uint64_t>(from) - static_cast<uint64_t>(to);
      const uint64_t stride = step > 0 ? static_cast<uint64_t>(step) : uint64_t{0} - static_cast<uint64_t>(step);
      if (span / stride >= kMaxListItems) {
        throw QueryError(QueryError::Kind::Runtime, pos,
                         "range() would make more than " + std::to_string(kMaxListItems) + " items");
      }
      const uint64_t n = span / stride + 1;
      l.reserve(n);
      for (uint64_t k = 0; k < n; ++k) l.emplace_back(static_cast<int64_t>(static_cast<uint64_t>(from) + k * static_cast<uint64_t>(step)));
      return Value(std::move(l));
    }
    case Func::Abs:
      if (a.type() == T::Int) return Value(a.as_int() < 0 ? -a.as_int() : a.as_int());
      if (a.type() == T::Float) return Value(std::fabs(a.as_float()));
      bad_arg(f, "a number", a, pos);
    case Func::Split: {
      if (args[1].is_null()) return Value();
      if (a.type() != T::String) bad_arg(f, "a string", a, pos);
      if (args[1].type() != T::String) bad_arg(f, "a string delimiter", args[1], pos);
      const std::string& s = a.as_string();
      const std::string& d = args[1].as_string();
      Value::List parts;
      if (d.empty()) {
        for (auto cp : code_points(s)) {
          if (parts.size() >= kMaxListItems) too_long(f, "list", kMaxListItems, pos);
          parts.emplace_back(cp);
        }
        return Value(std::move(parts));
      }
      size_t start = 0;
      for (;;) {
        if (parts.size() >= kMaxListItems) too_long(f, "list", kMaxListItems, pos);
        size_t at = s.find(d, start);
        parts.emplace_back(std::string_view(s).substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) break;
        start = at + d.size();
      }
      return Value(std::move(parts));
    }
    case Func::Substring: {
      if (a.type() != T::String) bad_arg(f, "a string", a, pos);
      for (size_t i = 1; i < args.size(); ++i) {
        if (args[i].is_null()) return Value();
        if (args[i].type() != T::Int || args[i].as_int() < 0) bad_arg(f, "non-negative integer positions", args[i], pos);
      }
      auto cps = code_points(a.as_string());
      size_t start = static_cast<size_t>(args[1].as_int());
      size_t len = args.size() > 2 ? static_cast<size_t>(args[2].as_int()) : cps.size();
      std::string out;
      for (size_t i = start; i < cps.size() && i - start < len; ++i) out += cps[i];
      return Value(std::move(out));
    }
    case Func::Replace: {
      if (args[1].is_null() || args[2].is_null()) return Value();
      if (a.type() != T::String || args[1].type() != T::String || args[2].type() != T::String) {
        bad_arg(f, "strings", a.type() != T::String ? a : (args[1].type() != T::String ? args[1] : args[2]), pos);
      }
      const std::string& s = a.as_string();
      const std::string& from = args[1].as_string();
      const std::string& to = args[2].as_string();
      if (from.empty()) return a;
      if (to.size() > from.size()) {  // the result grows: count the matches before building it
        size_t matches = 0;
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + from.size())) ++matches;
        if (s.size() + matches * (to.size() - from.size()) > kMaxStringBytes) too_long(f, "string", kMaxStringBytes, pos);
      }
      std::string out;
      size_t start = 0;
      for (size_t at; (at = s.find(from, start)) != std::string::npos; start = at + from.size()) {
        out.append(s, start, at - start);
        out += to;
      }
      out.append(s, start, std::string::npos);
      return Value(std::move(out));
    }
    default: break;
  }
  throw QueryError(QueryError::Kind::Runtime, pos, std::string(function_info(f).name) + "() is an aggregate");
}

void Aggregate::add(const Value& v) {
  if (v.is_null()) return;
  if (distinct_ && !seen_.insert([&](size_t) -> const Value& { return v; })) return;
  switch (func_) {
    case Func::Count: ++count_; break;
    case Func::Collect:
      if (items_.size() >= kMaxListItems) {
        throw QueryError(QueryError::Kind::Runtime, pos_, "collect() would make a list longer than " +
                                                               std::to_string(kMaxListItems) + " items");
      }
      items_.push_back(v);
      break;
    case Func::Sum:
    case Func::Avg:
      if (!v.is_number()) {
        throw QueryError(QueryError::Kind::Runtime, pos_,
                         std::string(function_info(func_).name) + "() expects numbers, got " + type_name(v.type()));
      }
      ++count_;
      if (v.type() == Value::Type::Int && all_int_) {
        int64_t r;
        if (__builtin_add_overflow(int_sum_, v.as_int(), &r)) {
          all_int_ = false;
        } else {
          int_sum_ = r;
        }
      } else {
        all_int_ = false;
      }
      sum_ += v.as_number();
      break;
    case Func::Min:
      if (best_.is_null() || order(v, best_) < 0) best_ = v;
      break;
    case Func::Max:
      if (best_.is_null() || order(v, best_) > 0) best_ = v;
      break;
    default: break;
  }
}

Value Aggregate::result() const {
  switch (func_) {
    case Func::Count: return Value(count_);
    case Func::Collect: return Value(items_);
    case Func::Sum: return all_int_ ? Value(int_sum_) : Value(sum_);
    case Func::Avg: return count_ == 0 ? Value() : Value(sum_ / static_cast<double>(count_));
    case Func::Min:
    case Func::Max: return best_;
    default: return Value();
  }
}

}  // namespace kg::query
