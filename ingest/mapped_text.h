// MappedText: a UTF-8 string that remembers, for every byte, the file byte it came from.
//
// The reader rewrites text (line joins, markup removal, dropped debris); carrying the map
// alongside each edit keeps Article::source_offsets exact without a diff afterwards.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct MappedText {
  std::string text;
  std::vector<uint32_t> offsets;  // offsets.size() == text.size()

  size_t size() const { return text.size(); }
  bool empty() const { return text.empty(); }
  std::string_view view() const { return text; }

  void push(char c, uint32_t offset) {
    text.push_back(c);
    offsets.push_back(offset);
  }
  // Appends bytes [begin, end) of `other` with their offsets.
  void append(const MappedText& other, size_t begin = 0, size_t end = std::string::npos) {
    if (end > other.size()) end = other.size();
    if (begin >= end) return;
    text.append(other.text, begin, end - begin);
    offsets.insert(offsets.end(), other.offsets.begin() + static_cast<std::ptrdiff_t>(begin),
                   other.offsets.begin() + static_cast<std::ptrdiff_t>(end));
  }
  // Appends text that has no source of its own (a joining space), mapped to `offset`.
  void insert_text(std::string_view s, uint32_t offset) {
    for (char c : s) push(c, offset);
  }
  MappedText slice(size_t begin, size_t end = std::string::npos) const {
    MappedText out;
    out.append(*this, begin, end);
    return out;
  }
  // Offset just past the last byte (for inserted separators), or `fallback` when empty.
  uint32_t end_offset(uint32_t fallback = 0) const { return offsets.empty() ? fallback : offsets.back() + 1; }
};

}  // namespace kg::ingest
