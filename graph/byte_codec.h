// Byte codec: the little binary writer and reader behind kg's stored blobs (the extraction
// cache and the graph snapshot).
//
// Integers are LEB128 varints (signed ones zig-zag encoded), doubles their raw IEEE-754 bits,
// strings a varint length and the bytes. Fixed-width arrays (CSR columns) are little-endian
// u32 runs, copied in bulk. The reader checks every length against what is left, so a
// truncated or corrupt blob throws CodecError instead of reading past its end.
#pragma once

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
    std::vector<uint32_t> out(n);
    if (n) std::memcpy(out.data(), take(n * sizeof(uint32_t)).data(), n * sizeof(uint32_t));
    return out;
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

// Strings that repeat within one blob (kinds, rule names, property keys) are written once and
// then referred to by number: 0 followed by the text introduces a new one, n > 0 repeats the
// (n-1)th.
class SymbolWriter {
 public:
  void write(ByteWriter& w, const std::string& s) {
    auto [it, fresh] = index_.try_emplace(s, static_cast<uint32_t>(index_.size()));
    if (fresh) {
      w.varint(0);
      w.str(s);
    } else {
      w.varint(uint64_t{it->second} + 1);
    }
  }

 private:
  std::unordered_map<std::string, uint32_t> index_;
};

class SymbolReader {
 public:
  const std::string& read(ByteReader& r) {
    const uint64_t n = r.varint();
    if (n == 0) return seen_.emplace_back(r.str());
    if (n > seen_.size()) r.fail("symbol " + std::to_string(n) + " not defined yet");
    return seen_[n - 1];
  }

 private:
  std::vector<std::string> seen_;
};

}  // namespace kg::graph
