// The text of numbers and scalar property values, for every writer of them (exports, query
// output). Each format spells infinities its own way and renders lists itself.
#pragma once

#include <charconv>
#include <cmath>
#include <string>

#include "graph/graph_data.h"

namespace kg::graph {

// The shortest decimal text of a double that reads back as the same value.
inline std::string shortest_text(double d) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, res.ptr);
}

// true/false, integers, shortest doubles (NaN, and `infinity` with a sign), strings as they
// are; "" for no value and for a list.
inline std::string scalar_text(const Value& v, const char* infinity) {
  switch (v.index()) {
    case 1: return std::get<bool>(v) ? "true" : "false";
    case 2: return std::to_string(std::get<int64_t>(v));
    case 3: {
      const double d = std::get<double>(v);
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return (d > 0 ? "" : "-") + std::string(infinity);
      return shortest_text(d);
    }
    case 4: return std::get<std::string>(v);
    default: return {};
  }
}

}  // namespace kg::graph
