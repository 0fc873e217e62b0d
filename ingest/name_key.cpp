#include "ingest/name_key.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "ingest/flat_index.h"

namespace kg::ingest {
namespace {

// Typographic characters that news text uses in names, mapped to their ASCII stand-ins.
const char* ascii_stand_in(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return "-";
    case 0x00A0: case 0x2009: case 0x200A: case 0x202F: return " ";
    case 0x00DF: return "ss";
    case 0x00C6: return "AE";
    case 0x00E6: return "ae";
    case 0x00D8: return "O";
    case 0x00F8: return "o";
    case 0x0141: return "L";
    case 0x0142: return "l";
    case 0x0131: return "i";
    default: return nullptr;
  }
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

std::string fold_to_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    if (*p < 0x80) {  // fast path for ASCII
      out.push_back(static_cast<char>(*p));
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out.push_back('?');
      ++p;
      --left;
      continue;
    }
    if (const char* s = ascii_stand_in(cp)) {
      out += s;
    } else {
      // Decompose and drop combining marks: é -> e. Keep the character when nothing ASCII is left.
      utf8proc_int32_t buf[8];
      int last_boundclass = 0;
      utf8proc_ssize_t m = utf8proc_decompose_char(
          cp, buf, 8, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT),
          &last_boundclass);
      std::string folded;
      bool ascii = m > 0;
      for (utf8proc_ssize_t i = 0; i < m && i < 8; ++i) {
        if (buf[i] >= 0x80) { ascii = false; break; }
        folded.push_back(static_cast<char>(buf[i]));
      }
      if (ascii) out += folded;
      else out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    }
    p += n;
    left -= n;
  }
  return out;
}

namespace {

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// What a key makes of each byte: kDrop, kSpace, or the byte to write (ASCII letters and digits
// lower-cased, bytes >= 0x80 kept).
constexpr unsigned char kDrop = 0, kSpace = 1;
constexpr std::array<unsigned char, 256> key_actions() {
  std::array<unsigned char, 256> out{};
  for (size_t c = 0; c < out.size(); ++c) {
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (c == '\'' || c == '.' || c == '`') out[c] = kDrop;  // "U.S." -> "us", "Zelenskyy's" -> "zelenskyys"
    else if (lower || digit || c >= 0x80) out[c] = static_cast<unsigned char>(c);
    else if (upper) out[c] = static_cast<unsigned char>(c + 32);
    else out[c] = kSpace;
  }
  return out;
}
constexpr std::array<unsigned char, 256> kKeyAction = key_actions();

// Appends the key of already folded text to `out` (ASCII letters and digits lower-cased, other
// bytes >= 0x80 kept; apostrophes and full stops dropped; anything else one space). The key is
// never longer than the text, so it is written into room made once.
void append_key(std::string_view folded, std::string& out) {
  const size_t start = out.size();
  out.resize(start + folded.size());
  char* const base = out.data();
  size_t n = start;
  bool pending_space = false;
  for (const char ch : folded) {
    const unsigned char a = kKeyAction[static_cast<unsigned char>(ch)];
    if (a == kDrop) continue;
    if (a == kSpace) {
      pending_space = true;
      continue;
    }
    if (pending_space && n > 0) base[n++] = ' ';
    pending_space = false;
    base[n++] = static_cast<char>(a);
  }
  out.resize(n);
}

}  // namespace

namespace {

// Writes the key into `out` (replacing its content, reusing its room).
void compute_name_key(std::string_view name, std::string& out) {
  out.clear();
  if (is_ascii(name)) {
    append_key(name, out);
  } else {
    append_key(fold_to_ascii(name), out);
  }
  if (out.size() >= 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
}

}  // namespace

namespace {

// The same few names are keyed over and over (extraction compares aliases pair by pair): a
// small direct-mapped cache per thread answers a repeat with one hash and one comparison.
struct KeySlot {
  std::string name, key;
  bool used = false;
};
constexpr size_t kKeySlots = 4096;

KeySlot& key_slot(std::string_view name) {
  thread_local std::array<KeySlot, kKeySlots> cache;
  KeySlot& slot = cache[word_hash(name) & (kKeySlots - 1)];
  if (!slot.used || slot.name.size() != name.size() || !same_bytes(slot.name.data(), name.data(), name.size())) {
    compute_name_key(name, slot.key);
    slot.name.assign(name);
    slot.used = true;
  }
  return slot;
}

}  // namespace

void name_key_into(std::string_view name, std::string& out) { out.assign(key_slot(name).key); }

KeyComparison compare_name_keys(std::string_view a, std::string_view b) {
  const KeySlot* sa = &key_slot(a);
  const KeySlot& sb = key_slot(b);
  if (sa == &sb && (sb.name.size() != a.size() || !same_bytes(sb.name.data(), a.data(), a.size()))) {
    // Both names hash to one slot, which now holds b's key: a's is worked out aside.
    thread_local std::string ka;
    compute_name_key(a, ka);
    return {ka.empty(), sb.key.empty(), ka == sb.key};
  }
  return {sa->key.empty(), sb.key.empty(), sa->key == sb.key};
}

std::string name_key(std::string_view name) {
  std::string key;
  name_key_into(name, key);
  return key;
}

bool proper_name(std::string_view a) {
  int words = 0;
  bool ok = true;
  size_t i = 0;
  while (i < a.size() && ok) {
    while (i < a.size() && a[i] == ' ') ++i;
    const size_t j = std::min(a.find(' ', i), a.size());
    if (j == i) break;
    const std::string_view w = a.substr(i, j - i);
    ++words;
    const bool small = w == "of" || w == "the" || w == "for" || w == "and" || w == "on" || w == "in";
    ok = small || (w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9');
    if (words == 1 && small) ok = false;
    i = j;
  }
  return ok && words >= 2;
}

namespace {

bool title_of(std::string_view a, std::string_view head) {
  if (!proper_name(a)) return false;
  const auto words = std::count(a.begin(), a.end(), ' ') + 1;
  return words >= std::count(head.begin(), head.end(), ' ') + 3;
}

}  // namespace

bool document_titles_apart(const std::vector<std::string>& a, std::string_view head, const std::vector<std::string>& b) {
  bool titled_a = false, titled_b = false;
  for (const std::string& x : a) titled_a = titled_a || title_of(x, head);
  for (const std::string& y : b) titled_b = titled_b || title_of(y, head);
  if (!titled_a || !titled_b) return false;
  for (const std::string& x : a) {
    if (!title_of(x, head)) continue;
    for (const std::string& y : b) {
      if (compare_name_keys(x, y).same) return false;
    }
  }
  return true;
}

}  // namespace kg::ingest
