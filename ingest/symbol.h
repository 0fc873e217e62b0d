// Symbol: an interned, immutable string (a rule name such as "mention:person-name").
//
// Every piece of evidence names the rule that found it, from a few hundred distinct names; an
// article cites some rule a hundred times and a cache decode reads one per evidence. A Symbol
// is one pointer to the process's only copy of its text, so making, copying and freeing one
// moves no bytes and allocates nothing; two Symbols are equal exactly when their pointers are.
// It reads like a `const std::string` (converts to `const std::string&` and to
// `std::string_view`, compares with strings and literals) and is assigned from any string,
// which it looks up in a process-wide table (a small per-thread cache first, so a repeat takes
// one hash and one comparison, no lock). Texts are never freed: the table holds what the
// extractor's rules and the caches it reads have named.
#pragma once

#include <compare>
#include <cstring>
#include <iosfwd>
#include <string>
#include <string_view>

namespace kg::ingest {

// The text of the empty Symbol. A function-local static, not a constinit variable: clang 14
// with libstdc++ 12 cannot constant-initialise a std::string, and a namespace-scope variable
// would leave a Symbol made during another file's dynamic initialisation pointing at a string
// not yet constructed.
inline const std::string& empty_symbol_text() noexcept {
  static const std::string text;
  return text;
}

class Symbol {
 public:
  Symbol() noexcept : s_(&empty_symbol_text()) {}
  Symbol(std::string_view s) : s_(intern(s)) {}  // NOLINT: implicit, assigned strings like a string
  Symbol(const std::string& s) : s_(intern(s)) {}  // NOLINT
  Symbol(const char* s) : s_(intern(s)) {}  // NOLINT

  const std::string& str() const noexcept { return *s_; }
  operator const std::string&() const noexcept { return *s_; }  // NOLINT: reads as a string
  operator std::string_view() const noexcept { return *s_; }    // NOLINT
  const char* data() const noexcept { return s_->data(); }
  const char* c_str() const noexcept { return s_->c_str(); }
  size_t size() const noexcept { return s_->size(); }
  bool empty() const noexcept { return s_->empty(); }

  friend bool operator==(const Symbol& a, const Symbol& b) noexcept { return a.s_ == b.s_; }
  friend bool operator==(const Symbol& a, std::string_view b) noexcept { return *a.s_ == b; }
  friend bool operator==(const Symbol& a, const std::string& b) noexcept { return *a.s_ == b; }
  // Against a literal: its length is known at compile time (as Label's test).
  template <size_t N>
  friend bool operator==(const Symbol& a, const char (&lit)[N]) noexcept {
    return a.s_->size() == N - 1 && std::memcmp(a.s_->data(), lit, N - 1) == 0;
  }
  friend std::strong_ordering operator<=>(const Symbol& a, const Symbol& b) noexcept {
    return a.s_ == b.s_ ? std::strong_ordering::equal : *a.s_ <=> *b.s_;
  }
  friend std::strong_ordering operator<=>(const Symbol& a, std::string_view b) noexcept {
    return std::string_view(*a.s_) <=> b;
  }

 private:
  static const std::string* intern(std::string_view s);
  const std::string* s_;
};

std::ostream& operator<<(std::ostream& out, const Symbol& s);

}  // namespace kg::ingest
