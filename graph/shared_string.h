// SharedString: an immutable string shared by reference count, what a graph's sources hold
// (file name, sentence, rule).
//
// A sentence that supports six facts, a file name cited by fifty sources, a rule that fired a
// million times: resolution makes each of them once and every source citing it holds a
// pointer, so making, copying and freeing a source moves no string bytes (a 100k-article
// graph has millions of sources). It reads like a `const std::string` (it converts to
// `const std::string&` and to `std::string_view`, compares with strings) and is assigned
// from any string. Its checksum64 (graph/byte_codec.h) is computed once and kept, so the
// snapshot numbers each distinct text by one hash. Copies may be made and dropped on any
// thread (the count is atomic); the text never changes once made.
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace kg::graph {

class SharedString {
 public:
  SharedString() noexcept = default;  // the empty string, no allocation
  SharedString(std::string s);        // NOLINT: implicit, a source field is assigned strings
  SharedString(std::string_view s) : SharedString(std::string(s)) {}
  SharedString(const char* s) : SharedString(std::string(s)) {}
  SharedString(const SharedString& o) noexcept : block_(o.block_) {
    if (block_) block_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedString(SharedString&& o) noexcept : block_(o.block_) { o.block_ = nullptr; }
  SharedString& operator=(const SharedString& o) noexcept {
    SharedString copy(o);
    swap(copy);
    return *this;
  }
  SharedString& operator=(SharedString&& o) noexcept {
    SharedString moved(std::move(o));
    swap(moved);
    return *this;
  }
  ~SharedString() { release(); }
  void swap(SharedString& o) noexcept { std::swap(block_, o.block_); }

  const std::string& str() const noexcept { return block_ ? block_->text : empty_string(); }
  operator const std::string&() const noexcept { return str(); }  // NOLINT: reads as a string
  operator std::string_view() const noexcept { return str(); }    // NOLINT
  const char* c_str() const noexcept { return str().c_str(); }
  const char* data() const noexcept { return str().data(); }
  size_t size() const noexcept { return str().size(); }
  bool empty() const noexcept { return str().empty(); }
  char operator[](size_t i) const noexcept { return str()[i]; }
  std::string::const_iterator begin() const noexcept { return str().begin(); }
  std::string::const_iterator end() const noexcept { return str().end(); }
  std::string substr(size_t pos, size_t n = std::string::npos) const { return str().substr(pos, n); }
  // Whether both hold the very same text object (then they are equal without comparing bytes).
  bool same_object(const SharedString& o) const noexcept { return block_ == o.block_; }
  // A key for the text object (equal for copies of one SharedString; 0 for the empty one).
  uintptr_t object_key() const noexcept { return reinterpret_cast<uintptr_t>(block_); }
  // checksum64(str()), computed on first use and kept.
  uint64_t checksum() const noexcept;

  friend bool operator==(const SharedString& a, const SharedString& b) noexcept {
    return a.block_ == b.block_ || a.str() == b.str();
  }
  friend bool operator==(const SharedString& a, const std::string& b) noexcept { return a.str() == b; }
  friend bool operator==(const SharedString& a, std::string_view b) noexcept { return a.str() == b; }
  friend bool operator==(const SharedString& a, const char* b) noexcept { return a.str() == b; }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) noexcept {
    return a.str() <=> b.str();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const std::string& b) noexcept { return a.str() <=> b; }
  friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) noexcept {
    return std::string_view(a.str()) <=> b;
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const char* b) noexcept {
    return std::string_view(a.str()) <=> std::string_view(b);
  }

 private:
  struct Block {
    std::atomic<uint32_t> refs{1};
    mutable std::atomic<uint64_t> sum{0};  // 0: not computed yet
    std::string text;
  };
  static const std::string& empty_string() noexcept;
  void release() noexcept {
    if (block_ && block_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete block_;
    block_ = nullptr;
  }

  Block* block_ = nullptr;
};

std::ostream& operator<<(std::ostream& out, const SharedString& s);

inline std::string operator+(const std::string& a, const SharedString& b) { return a + b.str(); }
inline std::string operator+(const SharedString& a, const std::string& b) { return a.str() + b; }
inline std::string operator+(const char* a, const SharedString& b) { return a + b.str(); }
inline std::string operator+(const SharedString& a, const char* b) { return a.str() + b; }

}  // namespace kg::graph

template <>
struct std::hash<kg::graph::SharedString> {
  size_t operator()(const kg::graph::SharedString& s) const noexcept { return std::hash<std::string>{}(s.str()); }
};
