#include "ingest/tokens.h"

#include <utf8proc.h>

#include <array>

#include "ingest/name_key.h"

namespace kg::ingest {
namespace {

// One decoded code point and its length in bytes (1 for an invalid byte).
struct Cp {
  int32_t cp;
  int len;
};

Cp decode(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<int>(n)};
}

enum class Cls { Space, Newline, Letter, Digit, Apostrophe, DQuote, OpenQ, CloseQ, SQuote, Hyphen, Dash, Other };

constexpr Cls classify_ascii(char c) {
  if (c == '\n') return Cls::Newline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return Cls::Space;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Cls::Letter;
  if (c >= '0' && c <= '9') return Cls::Digit;
  if (c == '\'' || c == '`') return Cls::Apostrophe;
  if (c == '"') return Cls::DQuote;
  if (c == '-') return Cls::Hyphen;
  return Cls::Other;
}

// The class of every ASCII character, looked up instead of tested: most text is ASCII.
constexpr std::array<Cls, 128> ascii_classes() {
  std::array<Cls, 128> out{};
  for (size_t c = 0; c < out.size(); ++c) out[c] = classify_ascii(static_cast<char>(c));
  return out;
}
constexpr std::array<Cls, 128> kAscii = ascii_classes();

Cls classify_other(int32_t cp);

inline Cls classify(int32_t cp) {
  if (cp >= 0 && cp < 0x80) return kAscii[static_cast<size_t>(cp)];
  return classify_other(cp);
}

Cls classify_other(int32_t cp) {
  switch (cp) {
    case 0x2019: case 0x02BC: return Cls::Apostrophe;   // ’ doubles as apostrophe
    case 0x2018: case 0x201B: return Cls::SQuote;       // ‘
    case 0x201C: case 0x201E: case 0x00AB: return Cls::OpenQ;  // “ „ «
    case 0x201D: case 0x00BB: return Cls::CloseQ;       // ” »
    case 0x201F: case 0x2033: return Cls::DQuote;
    case 0x2010: case 0x2011: return Cls::Hyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return Cls::Dash;
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F: case 0x3000: return Cls::Space;
    case 0x200B: case 0xFEFF: return Cls::Space;
    default: break;
  }
  const utf8proc_category_t cat = utf8proc_category(cp);
  switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return Cls::Letter;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return Cls::Digit;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return Cls::Space;
    default:
      return Cls::Other;
  }
}

bool is_upper_cp(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool is_lower_cp(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_word_cls(Cls c) { return c == Cls::Letter || c == Cls::Digit; }

}  // namespace

namespace {

// Key bytes of ASCII characters: capitals lowered, a backtick read as an apostrophe.
constexpr std::array<char, 128> key_bytes() {
  std::array<char, 128> out{};
  for (size_t c = 0; c < out.size(); ++c) {
    out[c] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c == '`' ? '\'' : static_cast<char>(c);
  }
  return out;
}
constexpr std::array<char, 128> kKeyByte = key_bytes();

// Writes the key of `t` into `out` (replacing its content). ASCII text (nearly every token) is
// lowered in one pass; other text is folded to ASCII first.
void key_into(std::string_view t, std::string& out) {
  out.resize(t.size());
  char* const o = out.data();
  unsigned char seen = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    seen |= c;
    o[i] = kKeyByte[c & 0x7F];
  }
  if (seen < 0x80) return;
  const std::string folded = fold_to_ascii(t);
  out.resize(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    const char ch = folded[i];
    out[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch == '`' ? '\'' : ch;
  }
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return out;
}

std::string token_key(std::string_view t) {
  std::string out;
  key_into(t, out);
  return out;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  tokenize_into(s, out);
  return out;
}

void tokenize_into(std::string_view s, std::vector<Token>& out) {
  // Tokens already in `out` are overwritten in place (a long key's room is reused, nothing is
  // destroyed and built again); the list is cut to the count at the end.
  size_t count = 0;
  out.reserve(s.size() / 3 + 8);  // news text runs at about one token per 3 bytes: one allocation
  const auto last = [&]() -> Token& { return out[count - 1]; };
  size_t i = 0;
  bool space_before = true;
  int paragraph = 0;
  int newlines = 0;
  bool pending_para = false;

  auto emit = [&](size_t b, size_t e, uint32_t flags) {
    if (space_before) flags |= tok::kSpaceBefore;
    if (pending_para) {
      if (count > 0) ++paragraph;
      flags |= tok::kNewPara;
      pending_para = false;
    } else if (count == 0) {
      flags |= tok::kNewPara;
    }
    Token& t = count < out.size() ? out[count] : out.emplace_back();  // its key is written straight into it
    ++count;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.sentence = 0;
    t.paragraph = paragraph;
    t.vocab = -1;
    t.flags = flags;
    key_into(s.substr(b, e - b), t.key);
    space_before = false;
  };

  while (i < s.size()) {
    if (s[i] == ' ') {  // the commonest character, taken before decoding
      space_before = true;
      ++i;
      continue;
    }
    const Cp c = decode(s, i);
    const Cls cls = classify(c.cp);
    if (cls == Cls::Newline || cls == Cls::Space) {
      if (cls == Cls::Newline) {
        if (++newlines >= 2) pending_para = true;
      }
      space_before = true;
      i += static_cast<size_t>(c.len);
      continue;
    }
    newlines = 0;

    if (is_word_cls(cls)) {
      const size_t b = i;
      // Dotted abbreviation: a letter, a period, a letter, a period ... ("U.S.", "D.C."). Only a
      // letter outside ASCII or one followed by a period can start one.
      if (c.cp >= 0x80 || (cls == Cls::Letter && i + 1 < s.size() && s[i + 1] == '.')) {
        size_t j = i;
        int pairs = 0;
        while (j + 1 < s.size()) {
          const Cp a = decode(s, j);
          if (classify(a.cp) != Cls::Letter) break;
          if (j + static_cast<size_t>(a.len) >= s.size() || s[j + static_cast<size_t>(a.len)] != '.') break;
          const size_t after = j + static_cast<size_t>(a.len) + 1;
          ++pairs;
          j = after;
          if (after < s.size()) {
            const Cp n = decode(s, after);
            if (classify(n.cp) != Cls::Letter) break;
            if (after + static_cast<size_t>(n.len) < s.size() && s[after + static_cast<size_t>(n.len)] != '.') {
              break;  // "U.Sx": stop before the next letter
            }
          }
        }
        if (pairs >= 2) {
          uint32_t flags = tok::kWord;
          bool all_upper = true;
          for (size_t k = b; k < j;) {
            const Cp a = decode(s, k);
            if (classify(a.cp) == Cls::Letter && !is_upper_cp(a.cp)) all_upper = false;
            k += static_cast<size_t>(a.len);
          }
          const Cp first = decode(s, b);
          if (is_upper_cp(first.cp)) flags |= tok::kCap;
          else if (is_lower_cp(first.cp)) flags |= tok::kLower;
          if (all_upper) flags |= tok::kUpper;
          emit(b, j, flags);
          i = j;
          continue;
        }
      }
      // An ordinary word: letters and digits, inner apostrophes, digit groups ("15,000", "2.5").
      size_t j = i;
      bool any_letter = false, all_upper = true;
      while (j < s.size()) {
        // ASCII letters and digits, the bulk of every word, without decoding or classifying
        const auto byte = static_cast<unsigned char>(s[j]);
        if (byte >= 'a' && byte <= 'z') {
          any_letter = true;
          all_upper = false;
          ++j;
          continue;
        }
        if (byte >= 'A' && byte <= 'Z') {
          any_letter = true;
          ++j;
          continue;
        }
        if (byte >= '0' && byte <= '9') {
          ++j;
          continue;
        }
        const Cp a = decode(s, j);
        const Cls ac = classify(a.cp);
        if (is_word_cls(ac)) {
          if (ac == Cls::Letter) {
            any_letter = true;
            // A combining mark (never ASCII) does not make a word lower case.
            if (!is_upper_cp(a.cp) && (a.cp < 0x80 || utf8proc_category(a.cp) != UTF8PROC_CATEGORY_MN)) all_upper = false;
          }
          j += static_cast<size_t>(a.len);
          continue;
        }
        if ((ac == Cls::Apostrophe) && j + static_cast<size_t>(a.len) < s.size()) {
          // Keep an apostrophe between letters, except the possessive "'s".
          const size_t after = j + static_cast<size_t>(a.len);
          const Cp n = decode(s, after);
          if (classify(n.cp) == Cls::Letter) {
            const bool possessive = (n.cp == 's' || n.cp == 'S') &&
                                    (after + 1 >= s.size() || !is_word_cls(classify(decode(s, after + 1).cp)));
            if (!possessive) {
              j = after;
              continue;
            }
          }
          break;
        }
        if ((a.cp == ',' || a.cp == '.') && j > b && j + 1 < s.size()) {
          // Digit groups and decimals: only between digits.
          const Cp prev = decode(s, j - 1);
          const Cp n = decode(s, j + 1);
          if (classify(prev.cp) == Cls::Digit && classify(n.cp) == Cls::Digit) {
            j += 1;
            continue;
          }
        }
        break;
      }
      uint32_t flags = tok::kWord;
      const Cp first = decode(s, b);
      if (classify(first.cp) == Cls::Digit) flags |= tok::kNumber;
      if (is_upper_cp(first.cp)) flags |= tok::kCap;
      else if (is_lower_cp(first.cp)) flags |= tok::kLower;
      if (any_letter && all_upper) flags |= tok::kUpper;
      emit(b, j, flags);
      i = j;
      continue;
    }

    if (cls == Cls::Apostrophe) {
      // Possessive "'s" / "’s", or a bare trailing apostrophe after a plural ("allies'").
      const size_t after = i + static_cast<size_t>(c.len);
      const bool after_word = count > 0 && last().end == i && last().is(tok::kWord);
      if (after_word && after < s.size() && (s[after] == 's' || s[after] == 'S') &&
          (after + 1 >= s.size() || !is_word_cls(classify(decode(s, after + 1).cp)))) {
        emit(i, after + 1, tok::kPunct | tok::kPossessive);
        last().key = "'s";
        i = after + 1;
        continue;
      }
      uint32_t flags = tok::kPunct | tok::kSQuote;
      if (after_word && (after >= s.size() || !is_word_cls(classify(decode(s, after).cp)))) flags |= tok::kPossessive;
      emit(i, after, flags);
      last().key = "'";
      i = after;
      continue;
    }

    if (cls == Cls::Hyphen) {
      // "--" is a dash; a single hyphen between two word characters joins a compound.
      if (c.cp == '-' && i + 1 < s.size() && s[i + 1] == '-') {
        size_t j = i;
        while (j < s.size() && s[j] == '-') ++j;
        emit(i, j, tok::kPunct | tok::kDash);
        last().key = "-";
        i = j;
        continue;
      }
      const bool joined = !space_before && count > 0 && last().end == i &&
                          i + static_cast<size_t>(c.len) < s.size() &&
                          is_word_cls(classify(decode(s, i + static_cast<size_t>(c.len)).cp));
      emit(i, i + static_cast<size_t>(c.len), tok::kPunct | (joined ? tok::kHyphen : tok::kDash));
      last().key = "-";
      i += static_cast<size_t>(c.len);
      continue;
    }

    uint32_t flags = tok::kPunct;
    switch (cls) {
      case Cls::DQuote: flags |= tok::kDQuote; break;
      case Cls::OpenQ: flags |= tok::kDQuote | tok::kOpenQuote; break;
      case Cls::CloseQ: flags |= tok::kDQuote | tok::kCloseQuote; break;
      case Cls::SQuote: flags |= tok::kSQuote; break;
      case Cls::Dash: flags |= tok::kDash; break;
      default: break;
    }
    emit(i, i + static_cast<size_t>(c.len), flags);
    if (flags & tok::kDQuote) last().key = "\"";
    else if (flags & tok::kDash) last().key = "-";
    i += static_cast<size_t>(c.len);
  }
  out.resize(count);
}

}  // namespace kg::ingest
