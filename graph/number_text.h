// The shortest decimal text of a double that reads back as the same value, for every writer
// of numbers (exports, query output). Infinities and NaN are spelled by each format.
#pragma once

#include <charconv>
#include <string>

namespace kg::graph {

inline std::string shortest_text(double d) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, res.ptr);
}

}  // namespace kg::graph
