// Typed errors of the ingest stage, each carrying the location a user needs to act on.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::ingest {

// `s` made safe to print as part of a one-line message: line breaks, tabs and other control
// characters become escapes (\n, \t, \x1b), as do bytes that are not UTF-8 (\xe9); with
// `max_bytes`, longer text is cut (between characters) and ends with "...". For file names,
// query tokens and anything else a user or a file supplies.
inline std::string one_line(std::string_view s, size_t max_bytes = std::string_view::npos) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (i >= max_bytes) return out + "...";
    const auto c = static_cast<unsigned char>(s[i]);
    // Length of a well-formed UTF-8 sequence starting here, 0 when there is none.
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n > 1) {
      if (i + n > s.size()) n = 0;
      uint32_t cp = c & (0x7Fu >> n);
      for (size_t k = 1; k < n; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) n = 0;
        if (n == 0) break;
        cp = (cp << 6) | (d & 0x3Fu);
      }
      const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
      if (n > 1 && (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) n = 0;
    }
    if (n == 1 && c >= 0x20 && c != 0x7F) {
      out += static_cast<char>(c);
    } else if (n > 1) {
      out.append(s.substr(i, n));
    } else {
      n = 1;
      out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : "";
      if (c != '\n' && c != '\r' && c != '\t') {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
    i += n;
  }
  return out;
}

// An input file that cannot be read as an article (missing, unreadable, binary, bad UTF-8).
// what() is one line: "<path>: <reason>".
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, const std::string& reason)
      : std::runtime_error(path + ": " + reason), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A lexicon, pattern or schema file that fails validation. what() is "<file>:<line>: <reason>".
class LexiconError : public std::runtime_error {
 public:
  LexiconError(const std::string& file, int line, const std::string& reason)
      : std::runtime_error(file + ":" + std::to_string(line) + ": " + reason) {}
};

}  // namespace kg::ingest
