#include "cli/param_value.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

namespace kg::cli {
namespace {

std::optional<long long> parse_int(std::string_view s) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

query::Value parse_param_value(const std::string& text, bool quoted) {
  if (quoted) return query::Value(text);
  if (text == "true") return query::Value(true);
  if (text == "false") return query::Value(false);
  if (text == "null") return query::Value();
  if (const auto i = parse_int(text)) return query::Value(static_cast<int64_t>(*i));
  // Decimals as written in queries (1.5, -2e3); words such as "inf" or "nan" stay strings.
  const bool numeric = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                       text.find_first_not_of("0123456789+-.eE") == std::string::npos;
  double d = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
  if (numeric && ec == std::errc() && end == text.data() + text.size()) return query::Value(d);
  return query::Value(text);
}

}  // namespace kg::cli
