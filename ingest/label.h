// Label: a std::string that compares with string literals inline.
//
// Extraction tests token keys, kinds, heads and rule names against literals thousands of times
// per article (`m.kind == "Person"`, `d.key(i) == "by"`). For a plain std::string each test
// is an out-of-line std::string::compare with a strlen; for a Label the literal's length is
// known at compile time, so most tests end at one length comparison and the rest are a
// fixed-size memcmp the compiler expands. Everything else is std::string's: a Label converts
// to `const std::string&`, takes any assignment a string takes, and is never used through a
// pointer to its base (it adds no state).
#pragma once

#include <cstring>
#include <string>
#include <utility>

namespace kg::ingest {

struct Label : std::string {
  using std::string::string;
  using std::string::operator=;
  Label() = default;
  Label(const std::string& s) : std::string(s) {}             // NOLINT: implicit, as a string is
  Label(std::string&& s) noexcept : std::string(std::move(s)) {}  // NOLINT

  template <size_t N>
  [[gnu::always_inline]] bool operator==(const char (&lit)[N]) const {
    return size() == N - 1 && std::memcmp(data(), lit, N - 1) == 0;
  }
  template <size_t N>
  bool operator!=(const char (&lit)[N]) const {
    return !(*this == lit);
  }
};

}  // namespace kg::ingest
