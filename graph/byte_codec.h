// Byte codec: the little binary writer and reader behind kg's stored blobs (the extraction
// cache and the graph snapshot).
//
// Integers are LEB128 varints (signed ones zig-zag encoded), doubles their raw IEEE-754 bits,
// strings a varint length and the bytes. Fixed-width arrays (CSR columns) are little-endian
// u32 runs, copied in bulk. The reader checks every length against what is left, so a
// truncated or corrupt blob throws CodecError instead of reading past its end.
#pragma once

#include <sys/mman.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::graph {

// A blob that does not decode. what() is one line: "<what>: <reason> at byte N".
class CodecError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

static_assert(std::endian::native == std::endian::little, "kg's stored blobs assume a little-endian host");

// Sizes `v` to n elements, asking the kernel for transparent huge pages on the way when the
// array is large: a graph of millions of relationships otherwise spends much of its load time
// faulting in 4 KB pages one by one. Only advice: without THP it is a plain resize.
template <typename Container>
void resize_huge(Container& v, size_t n) {
  using T = typename Container::value_type;
  constexpr size_t kHuge = size_t{2} << 20;
  if (n * sizeof(T) >= 4 * kHuge && v.empty()) {
    v.reserve(n);
    const auto begin = reinterpret_cast<uintptr_t>(v.data());
    const uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t last = (begin + n * sizeof(T)) & ~(kHuge - 1);
    if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
  }
  v.resize(n);
}

class ByteWriter {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void svarint(int64_t v) { varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void f64(double v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    varint(s.size());
    out_.append(s.data(), s.size());
  }
  void bytes(std::string_view s) { out_.append(s.data(), s.size()); }
  // A u32 array: its length as a varint, then the values as raw little-endian words.
  void u32s(std::span<const uint32_t> values) {
    varint(values.size());
    raw(values.data(), values.size() * sizeof(uint32_t));
  }
  void u16s(std::span<const uint16_t> values) {
    varint(values.size());
    raw(values.data(), values.size() * sizeof(uint16_t));
  }
  void raw(const void* data, size_t n) { out_.append(static_cast<const char*>(data), n); }

  size_t size() const { return out_.size(); }
  std::string& buffer() { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  // `what` names the blob in error messages ("extraction cache for a.txt").
  ByteReader(std::string_view data, std::string what) : data_(data), what_(std::move(what)) {}

  uint8_t u8() {
    need(1);
    return static_cast<uint8_t>(data_[pos_++]);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const uint8_t b = u8();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    fail("varint longer than 64 bits");
  }
  int64_t svarint() {
    const uint64_t z = varint();
    return static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1);
  }
  // A varint that must fit in [lo, hi].
  int64_t sint_in(int64_t lo, int64_t hi, const char* field) {
    const int64_t v = svarint();
    if (v < lo || v > hi) fail(std::string(field) + " out of range (" + std::to_string(v) + ")");
    return v;
  }
  uint64_t uint_in(uint64_t hi, const char* field) {
    const uint64_t v = varint();
    if (v > hi) fail(std::string(field) + " out of range (" + std::to_string(v) + ")");
    return v;
  }
  uint32_t u32v(const char* field) { return static_cast<uint32_t>(uint_in(UINT32_MAX, field)); }
  // A count of items each taking at least `min_bytes` bytes: checked against what is left,
  // so a corrupt count cannot make the caller reserve gigabytes.
  size_t count(const char* field, size_t min_bytes = 1) {
    const uint64_t n = varint();
    if (min_bytes > 0 && n > remaining() / min_bytes) fail(std::string(field) + " count " + std::to_string(n) + " exceeds the blob");
    return static_cast<size_t>(n);
  }
  double f64() {
    double v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string_view str_view() { return take(count("string length", 1)); }
  std::string str() { return std::string(str_view()); }
  std::string_view take(size_t n) {
    need(n);
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::vector<uint32_t> u32s(const char* field) {
    const size_t n = count(field, sizeof(uint32_t));
    std::vector<uint32_t> out;
    resize_huge(out, n);
    if (n) std::memcpy(out.data(), take(n * sizeof(uint32_t)).data(), n * sizeof(uint32_t));
    return out;
  }

  // A u16 array of exactly out.size() values, read into `out`.
  void u16s_into(std::span<uint16_t> out, const char* field) {
    const size_t n = count(field, sizeof(uint16_t));
    if (n != out.size()) fail(std::string(field) + ": " + std::to_string(n) + " values where " + std::to_string(out.size()) + " belong");
    if (n) std::memcpy(out.data(), take(n * sizeof(uint16_t)).data(), n * sizeof(uint16_t));
  }

  size_t remaining() const { return data_.size() - pos_; }
  size_t position() const { return pos_; }
  bool at_end() const { return pos_ == data_.size(); }
  void expect_end() {
    if (!at_end()) fail(std::to_string(remaining()) + " unexpected trailing bytes");
  }
  [[noreturn]] void fail(const std::string& reason) const {
    throw CodecError(what_ + ": " + reason + " at byte " + std::to_string(pos_));
  }

 private:
  void need(size_t n) const {
    if (n > remaining()) fail("truncated (" + std::to_string(n) + " bytes needed, " + std::to_string(remaining()) + " left)");
  }

  std::string_view data_;
  std::string what_;
  size_t pos_ = 0;
};

// A fast 64-bit checksum (four multiply-rotate lanes over 8-byte words, in the manner of
// xxHash64) that stored blobs end with, so a damaged blob is detected before it is decoded.
// It guards against corruption, not against anyone who means harm.
inline uint64_t checksum64(std::string_view s) {
  constexpr uint64_t p1 = 0x9E3779B185EBCA87ULL, p2 = 0xC2B2AE3D27D4EB4FULL, p3 = 0x165667B19E3779F9ULL;
  auto round = [](uint64_t acc, uint64_t w) { return std::rotl(acc + w * p2, 31) * p1; };
  auto word = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  const char* p = s.data();
  size_t n = s.size();
  uint64_t a = p1 + p2, b = p2, c = 0, d = 0 - p1;
  for (; n >= 32; p += 32, n -= 32) {
    a = round(a, word(p));
    b = round(b, word(p + 8));
    c = round(c, word(p + 16));
    d = round(d, word(p + 24));
  }
  uint64_t h = std::rotl(a, 1) + std::rotl(b, 7) + std::rotl(c, 12) + std::rotl(d, 18) + s.size();
  for (; n >= 8; p += 8, n -= 8) h = std::rotl(h ^ round(0, word(p)), 27) * p1 + p3;
  for (; n > 0; ++p, --n) h = std::rotl(h ^ (static_cast<uint8_t>(*p) * p3), 11) * p1;
  h ^= h >> 33;
  h *= p2;
  h ^= h >> 29;
  h *= p3;
  return h ^ (h >> 32);
}

// The writer's bytes followed by their checksum: what gets stored.
inline std::string seal(ByteWriter& w) {
  const uint64_t sum = checksum64(w.buffer());
  w.raw(&sum, sizeof sum);
  return w.take();
}

// A stored blob without its checksum; throws CodecError naming `what` when the checksum does
// not match (or the blob is too short to have one).
inline std::string_view unseal(std::string_view blob, const std::string& what) {
  uint64_t sum = 0;
  if (blob.size() < sizeof sum) throw CodecError(what + ": too short to be a stored blob (" + std::to_string(blob.size()) + " bytes)");
  const std::string_view body = blob.substr(0, blob.size() - sizeof sum);
  std::memcpy(&sum, blob.data() + body.size(), sizeof sum);
  if (sum != checksum64(body)) throw CodecError(what + ": checksum mismatch (the stored blob is damaged)");
  return body;
}

// Strings that repeat within one blob (kinds, rule names, property keys) are written once and
// then referred to by number: 0 followed by the text introduces a new one, n > 0 repeats the
// (n-1)th.
class SymbolWriter {
 public:
  // Writes `s` (its text the first time, then its number) and returns its number.
  uint32_t write(ByteWriter& w, const std::string& s) {
    auto [it, fresh] = index_.try_emplace(s, static_cast<uint32_t>(index_.size()));
    if (fresh) {
      w.varint(0);
      w.str(s);
    } else {
      w.varint(uint64_t{it->second} + 1);
    }
    return it->second;
  }
  // Writes again the symbol a write() returned `number` for (no lookup).
  void write_again(ByteWriter& w, uint32_t number) { w.varint(uint64_t{number} + 1); }

 private:
  std::unordered_map<std::string, uint32_t> index_;
};

class SymbolReader {
 public:
  const std::string& read(ByteReader& r) { return seen_[read_index(r)]; }
  // The number of the symbol read (from 0, in the order of their first writing), for a reader
  // that keeps something per symbol; at(number) is its text.
  size_t read_index(ByteReader& r) {
    const uint64_t n = r.varint();
    if (n == 0) {
      seen_.emplace_back(r.str());
      return seen_.size() - 1;
    }
    if (n > seen_.size()) r.fail("symbol " + std::to_string(n) + " not defined yet");
    return static_cast<size_t>(n - 1);
  }
  const std::string& at(size_t number) const { return seen_[number]; }

 private:
  std::vector<std::string> seen_;
};

}  // namespace kg::graph
