// Decoding and line normalisation (see normalize.h).
#include "ingest/normalize.h"

#include "ingest/errors.h"

namespace kg::ingest {
namespace {

uint32_t u32(size_t v) { return static_cast<uint32_t>(v); }

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 when it is invalid.
size_t utf8_length(std::string_view bytes, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1Fu; }
  else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0Fu; }
  else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07u; }
  else return 0;
  if (i + n > bytes.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3Fu);
  }
  const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

void push_code_point(MappedText& out, uint32_t cp, uint32_t offset) {
  if (cp < 0x80) {
    out.push(static_cast<char>(cp), offset);
  } else if (cp < 0x800) {
    out.push(static_cast<char>(0xC0 | (cp >> 6)), offset);
    out.push(static_cast<char>(0x80 | (cp & 0x3F)), offset);
  } else if (cp < 0x10000) {
    out.push(static_cast<char>(0xE0 | (cp >> 12)), offset);
    out.push(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), offset);
    out.push(static_cast<char>(0x80 | (cp & 0x3F)), offset);
  } else {
    out.push(static_cast<char>(0xF0 | (cp >> 18)), offset);
    out.push(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)), offset);
    out.push(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), offset);
    out.push(static_cast<char>(0x80 | (cp & 0x3F)), offset);
  }
}

MappedText decode_utf16(std::string_view bytes, bool big_endian, const std::string& path) {
  MappedText out;
  const auto unit = [&](size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<uint32_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
  };
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    uint32_t cp = unit(i);
    const size_t at = i;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      throw InputError(path, "not UTF-16 text (byte " + std::to_string(at) + ")");
    }
    if (cp == 0) throw InputError(path, "binary file");
    push_code_point(out, cp, u32(at));
  }
  return out;
}

bool is_control(unsigned char c) { return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7F; }

// Code point at text[i] (valid UTF-8 assumed) and its length.
uint32_t code_point(std::string_view s, size_t i, size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { len = 1; return c; }
  len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  uint32_t cp = c & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
  for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return cp;
}

bool is_odd_space(uint32_t cp) {
  return cp == '\t' || cp == '\v' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
bool is_invisible(uint32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD || (cp < 0x20 && cp != '\n') ||
         cp == 0x7F;
}
bool is_line_break(uint32_t cp) { return cp == '\n' || cp == '\f' || cp == 0x2028 || cp == 0x2029 || cp == 0x85; }

bool is_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Collapses runs of spaces and trims.
void collapse_spaces(const MappedText& in, MappedText& out) {
  out.text.resize(in.size());
  out.offsets.resize(in.size());
  size_t n = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const char c = in.text[i];
    if (c == ' ' && (n == 0 || out.text[n - 1] == ' ')) continue;
    out.text[n] = c;
    out.offsets[n] = in.offsets[i];
    ++n;
  }
  while (n > 0 && out.text[n - 1] == ' ') --n;
  out.text.resize(n);
  out.offsets.resize(n);
}

MappedText collapse_spaces(const MappedText& in) {
  MappedText out;
  collapse_spaces(in, out);
  return out;
}

// Whether a line holds a character that inline markdown or an escape starts with.
bool has_inline_markup(std::string_view s) {
  for (const char c : s) {
    if (c == '\\' || c == '*' || c == '_' || c == '!' || c == '[' || c == '<') return true;
  }
  return false;
}

// A byte copied as it is by split_lines: printable ASCII other than '&' (entities).
bool plain_byte(char c) { return c >= 0x20 && c < 0x7F && c != '&'; }

// Finds the ")" closing a markdown link target that opens at `open` ("("), allowing nested
// parentheses inside the target; npos when there is none on the line.
size_t link_target_end(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i;
    if (s[i] == ' ' && depth == 1 && s.substr(i).find(')') == std::string_view::npos) return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Decodes the HTML entity at s[i] ('&'); returns its code point and sets `len`, or 0.
uint32_t html_entity(std::string_view s, size_t i, size_t& len) {
  const size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10 || semi - i < 3) return 0;
  const std::string_view name = s.substr(i + 1, semi - i - 1);
  len = semi - i + 1;
  if (name[0] == '#') {
    uint32_t cp = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      const char c = name[k];
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    }
    return (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ? 0 : cp;
  }
  static const std::pair<std::string_view, uint32_t> named[] = {
      {"amp", '&'},      {"quot", '"'},     {"apos", '\''},   {"lt", '<'},       {"gt", '>'},
      {"nbsp", 0xA0},    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
      {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"shy", 0xAD},    {"eacute", 0xE9}};
  for (const auto& [n, cp] : named) {
    if (name == n) return cp;
  }
  return 0;
}

// A list marker at the start of a trimmed line: "- ", "* ", "+ ", "• ", "· "; its length.
size_t bullet_marker(std::string_view s) {
  if (s.size() > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
  if (s.size() > 4 && (s.substr(0, 3) == "\xE2\x80\xA2") && s[3] == ' ') return 4;  // •
  if (s.size() > 3 && (s.substr(0, 2) == "\xC2\xB7") && s[2] == ' ') return 3;      // ·
  return 0;
}

// A footnote reference at s[i]: "[3]" or "[^3]" (one to three digits); its length, 0 if none.
size_t footnote_marker(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '[') return 0;
  size_t j = i + 1;
  if (j < s.size() && s[j] == '^') ++j;
  const size_t digits = j;
  while (j < s.size() && j - digits < 3 && s[j] >= '0' && s[j] <= '9') ++j;
  return (j > digits && j < s.size() && s[j] == ']') ? j + 1 - i : 0;
}

// A superscript digit (the footnote markers of word processors: "¹", "²", "⁴").
bool superscript_digit(uint32_t cp) { return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079); }

// A mark that may close a sentence, clause or quotation, after which a superscript digit is a
// footnote's marker ("a handshake.¹", "\"...no deal yet\"²"), not a unit's power ("km²").
bool before_superscript_note(const std::string& raw) {
  if (raw.empty()) return false;
  const char c = raw.back();
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == ')' || c == '!' || c == '?') return true;
  return raw.ends_with("\xE2\x80\x9D") || raw.ends_with("\xE2\x80\x99");  // closing curly quotes
}

// A line wholly in strong emphasis: "**Why now?**" or "__Why now?__", with no other marker
// inside.
bool strong_line(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.size() <= 4) return false;
  const std::string_view mark = s.substr(0, 2);
  if ((mark != "**" && mark != "__") || s.substr(s.size() - 2) != mark) return false;
  return s.substr(2, s.size() - 4).find(mark) == std::string_view::npos;
}

}  // namespace

MappedText decode_text(std::string_view bytes, const std::string& path) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return decode_utf16(bytes, bytes[0] == '\xFE', path);
  }
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  size_t controls = 0;
  for (size_t i = start; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) throw InputError(path, "binary file");
    if (is_control(c)) ++controls;
  }
  // A few stray control characters are dropped later; many mean the file is not text.
  if (controls > 8 && controls * 100 > bytes.size()) throw InputError(path, "binary file");
  MappedText out;
  out.text.reserve(bytes.size());
  out.offsets.reserve(bytes.size());
  for (size_t i = start; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {  // a run of ASCII bytes, copied at once
      size_t j = i + 1;
      while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
      out.text.append(bytes.data() + i, j - i);
      const size_t at = out.offsets.size();
      out.offsets.resize(at + (j - i));
      for (size_t k = i; k < j; ++k) out.offsets[at + (k - i)] = u32(k);
      i = j;
      continue;
    }
    const size_t n = utf8_length(bytes, i);
    if (n == 0) throw InputError(path, "not UTF-8 text (byte " + std::to_string(i) + ")");
    for (size_t k = 0; k < n; ++k) out.push(bytes[i + k], u32(i + k));
    i += n;
  }
  return out;
}

MappedText strip_inline_markdown(const MappedText& line) {
  const std::string_view s = line.text;
  MappedText out;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && is_punct(s[i + 1])) {  // escaped punctuation
      out.push(s[i + 1], line.offsets[i + 1]);
      i += 2;
      continue;
    }
    if (c == '*' || (c == '_' && i + 1 < s.size() && s[i + 1] == '_')) {  // emphasis markers
      i += (c == '_') ? 2 : 1;
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {  // image: drop entirely
      const size_t close = s.find("](", i + 2);
      const size_t end = close == std::string_view::npos ? close : link_target_end(s, close + 1);
      if (end != std::string_view::npos) {
        i = end + 1;
        continue;
      }
    }
    // a footnote reference right after a word or a mark ("a photograph.[1]"): dropped, so it
    // breaks no name, quotation or sentence
    if (const size_t note = i > 0 && s[i - 1] != ' ' ? footnote_marker(s, i) : 0) {
      i += note;
      continue;
    }
    if (c == '[') {  // link: keep the text (with its own markup removed), drop the target
      const size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        const size_t end = link_target_end(s, close + 1);
        if (end != std::string_view::npos) {
          out.append(strip_inline_markdown(line.slice(i + 1, close)));
          i = end + 1;
          continue;
        }
      }
    }
    if (c == '<' && (s.substr(i + 1, 4) == "http" || s.substr(i + 1, 4) == "www.")) {  // autolink
      const size_t end = s.find('>', i + 1);
      if (end != std::string_view::npos && s.substr(i, end - i).find(' ') == std::string_view::npos) {
        out.append(line, i + 1, end);
        i = end + 1;
        continue;
      }
    }
    out.push(c, line.offsets[i]);
    ++i;
  }
  return out;
}

// Runs of two spaces or more between the words of a line (not at its ends).
static int wide_gaps(std::string_view s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  if (b == std::string_view::npos) return 0;
  int gaps = 0;
  for (size_t i = b; i + 1 <= e; ++i) {
    if (s[i] == ' ' && s[i + 1] == ' ') {
      ++gaps;
      while (i + 1 <= e && s[i + 1] == ' ') ++i;
    }
  }
  return gaps;
}

std::vector<SourceLine> split_lines(const MappedText& decoded) {
  std::vector<SourceLine> lines;
  MappedText raw, collapsed;
  const auto finish_line = [&]() {
    SourceLine line;
    line.indented = !raw.empty() && raw.text[0] == ' ';
    line.wide_gaps = wide_gaps(raw.text);
    // The line's text is collapsed[b, end): markup at its start moves b on instead of copying.
    collapse_spaces(raw, collapsed);
    const std::string_view text = collapsed.text;
    size_t b = 0;
    if (!text.empty() && text[0] == ' ') b = 1;
    // Markdown block markup: heading hashes, block quotes, horizontal rules.
    size_t hashes = 0;
    while (b + hashes < text.size() && text[b + hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && b + hashes < text.size() && text[b + hashes] == ' ') {
      line.heading = static_cast<int>(hashes);
      b += hashes + 1;
    } else if (text.size() - b >= 2 && text[b] == '>' && text[b + 1] == ' ') {
      b += 2;
    }
    std::string_view rest = text.substr(b);
    if (rest.find_first_not_of("-*_= ") == std::string_view::npos && rest.size() >= 3) {
      line.rule = true;
      b = text.size();
      rest = {};
    }
    if (const size_t marker = bullet_marker(rest)) {
      line.bullet = true;
      b += marker;
      rest = rest.substr(marker);
    }
    // "[2] See the minister's statement ...": an entry of a notes list reads as a list item
    if (const size_t note = footnote_marker(rest, 0); note > 0 && note < rest.size() && rest[note] == ' ') {
      line.bullet = true;
      b += note + 1;
      rest = rest.substr(note + 1);
    }
    line.bold = strong_line(rest);
    if (!has_inline_markup(rest)) {
      // Nothing to strip: the text is already single-spaced and trimmed (a marker cut above
      // ends with its space, and no second space can follow one).
      line.text = collapsed.slice(b);
      if (!line.text.empty() && line.text.text[0] == ' ') line.text = line.text.slice(1);
    } else {
      MappedText text2 = collapse_spaces(strip_inline_markdown(collapsed.slice(b)));
      if (!text2.empty() && text2.text[0] == ' ') text2 = text2.slice(1);
      line.text = std::move(text2);
    }
    lines.push_back(std::move(line));
    raw.text.clear();
    raw.offsets.clear();
  };
  const std::string_view s = decoded.text;
  for (size_t i = 0; i < s.size();) {
    if (plain_byte(s[i])) {  // a run of ordinary characters, appended at once
      size_t j = i + 1;
      while (j < s.size() && plain_byte(s[j])) ++j;
      raw.append(decoded, i, j);
      i = j;
      continue;
    }
    size_t len = 1;
    const uint32_t cp = code_point(s, i, len);
    const uint32_t off = decoded.offsets[i];
    if (cp == '\r') {
      finish_line();
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    size_t entity_len = 0;
    const uint32_t entity = cp == '&' ? html_entity(s, i, entity_len) : 0;
    if (entity != 0) {
      if (is_odd_space(entity)) {
        raw.push(' ', off);
      } else if (!is_invisible(entity)) {
        push_code_point(raw, entity, off);
      }
      i += entity_len;
      continue;
    }
    if (is_line_break(cp)) {
      finish_line();
    } else if (superscript_digit(cp) && before_superscript_note(raw.text)) {
      // a footnote marker: dropped
    } else if (is_odd_space(cp)) {
      raw.push(' ', off);
    } else if (!is_invisible(cp)) {
      raw.append(decoded, i, i + len);
    }
    i += len;
  }
  if (!raw.empty()) finish_line();
  return lines;
}

}  // namespace kg::ingest
