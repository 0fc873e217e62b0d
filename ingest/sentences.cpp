// Sentence splitting (see sentences.h for the rules and why).
#include "ingest/sentences.h"

#include <algorithm>
#include <iterator>

namespace kg::ingest {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether the three-byte character `lit` (a punctuation mark in U+2000-U+2FFF, lead byte 0xE2)
// is at s[i]; the lead byte is tested first, as almost every byte of text is something else.
inline bool char3_at(std::string_view s, size_t i, const char (&lit)[4]) {
  return i + 2 < s.size() && s[i] == lit[0] && s[i + 1] == lit[1] && s[i + 2] == lit[2];
}

// Byte length of a closing quote or bracket at s[i], 0 when there is none.
size_t closer_at(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (char3_at(s, i, "\xE2\x80\x9D") || char3_at(s, i, "\xE2\x80\x99")) return 3;  // ” ’
  return 0;
}

// True when s[i] starts what may begin a sentence: a capital, a digit, an opening quote or
// bracket, or a letter outside ASCII that is not a closing quote (É, Ž ...).
bool opens_sentence(std::string_view s, size_t i) {
  const char c = s[i];
  if (is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (char3_at(s, i, "\xE2\x80\x9C") || char3_at(s, i, "\xE2\x80\x98")) return true;  // “ ‘
  const auto u = static_cast<unsigned char>(c);
  return u >= 0xC3 && u <= 0xC5;  // Latin-1 and Latin Extended-A capitals and letters
}

// Spans [open, close] of double quotations that close inside the paragraph [b, e).
// Straight quotes toggle; curly ones nest by direction. An open quote at the end is dropped.
std::vector<std::pair<size_t, size_t>> closed_quotes(std::string_view s, size_t b, size_t e) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t open = std::string_view::npos;
  for (size_t i = b; i < e; ++i) {
    const bool straight = s[i] == '"';
    const bool curly_open = char3_at(s, i, "\xE2\x80\x9C");
    const bool curly_close = char3_at(s, i, "\xE2\x80\x9D");
    if (open == std::string_view::npos) {
      if (straight || curly_open) open = i;
    } else if (straight || curly_close) {
      spans.emplace_back(open, i);
      open = std::string_view::npos;
    } else if (curly_open) {
      open = i;  // an unclosed “ followed by another: restart from the newer one
    }
  }
  return spans;
}

// The word ending at s[dot] (the full stop included), after any opening punctuation.
std::string_view word_before(std::string_view s, size_t begin, size_t dot) {
  size_t b = dot;
  while (b > begin && s[b - 1] != ' ') --b;
  while (b < dot && (s[b] == '(' || s[b] == '"' || s[b] == '[')) ++b;
  if (char3_at(s, b, "\xE2\x80\x9C")) b += 3;
  return s.substr(b, dot - b + 1);
}

std::string_view word_at(std::string_view s, size_t i) {
  size_t e = i;
  while (e < s.size() && (is_upper(s[e]) || is_lower(s[e]) || s[e] == '\'')) ++e;
  return s.substr(i, e - i);
}

// "J.D.", "E.U.", "N.A.T.O.": capitals each followed by a full stop.
bool is_dotted_capitals(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!is_upper(w[i]) || w[i + 1] != '.') return false;
  }
  return true;
}

// Decides whether the sentence may end after s[dot] = '.', given the next word's start.
bool full_stop_ends(std::string_view s, size_t begin, size_t dot, size_t next, const ReaderRules& rules) {
  const std::string_view word = word_before(s, begin, dot);
  if (word.size() == 2 && is_upper(word[0])) return false;  // an initial: "J. D. Vance"
  ReaderRules::Abbrev kind = rules.abbreviation(word);
  if (kind == ReaderRules::Abbrev::kNone && is_dotted_capitals(word)) kind = ReaderRules::Abbrev::kMayEnd;
  switch (kind) {
    case ReaderRules::Abbrev::kNoBreak:
      return false;
    case ReaderRules::Abbrev::kMayEnd:
      return rules.is_sentence_starter(word_at(s, next));
    case ReaderRules::Abbrev::kNone:
      break;
  }
  return true;
}

void split_paragraph(std::string_view s, size_t b, size_t e, int paragraph, const ReaderRules& rules,
                     std::vector<Sentence>& out) {
  const auto quotes = closed_quotes(s, b, e);
  // The spans are sorted and disjoint: the one that may hold i is the last opening before it.
  const auto inside_quote = [&](size_t i) {
    auto it = std::lower_bound(quotes.begin(), quotes.end(), i, [](const auto& q, size_t at) { return q.first < at; });
    return it != quotes.begin() && i < std::prev(it)->second;
  };
  const auto emit = [&](size_t from, size_t to) {
    while (from < to && s[from] == ' ') ++from;
    while (to > from && s[to - 1] == ' ') --to;
    // A run of text with no sentence end (a table, a list flattened into one line, hostile
    // input) is cut into pieces of at most kMaxSentenceBytes, at a space when there is one,
    // else between UTF-8 characters: evidence quotes its sentence, and the extractor's work
    // per sentence must stay bounded.
    while (to - from > kMaxSentenceBytes) {
      size_t cut = from + kMaxSentenceBytes;
      size_t space = s.rfind(' ', cut);
      if (space != std::string_view::npos && space > from + kMaxSentenceBytes / 2) {
        cut = space;
      } else {
        while (cut > from && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        if (cut == from) cut = from + kMaxSentenceBytes;  // not UTF-8 after all: cut anyway
      }
      size_t piece_end = cut;
      while (piece_end > from && s[piece_end - 1] == ' ') --piece_end;
      out.push_back({static_cast<uint32_t>(from), static_cast<uint32_t>(piece_end), paragraph});
      from = cut;
      while (from < to && s[from] == ' ') ++from;
    }
    if (from < to) out.push_back({static_cast<uint32_t>(from), static_cast<uint32_t>(to), paragraph});
  };
  size_t start = b;
  for (size_t i = b; i < e; ++i) {
    const char c = s[i];
    const bool ellipsis = char3_at(s, i, "\xE2\x80\xA6");
    if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
    size_t end = i + (ellipsis ? 3 : 1);
    while (end < e && (s[end] == '.' || s[end] == '!' || s[end] == '?')) ++end;
    // A glued boundary: "January.Rikard" (lower-case word, full stop, capitalised word).
    if (c == '.' && end < e && is_upper(s[end]) && end + 1 < e && is_lower(s[end + 1]) && i >= 3 &&
        is_lower(s[i - 1]) && is_lower(s[i - 2]) && is_lower(s[i - 3]) && !inside_quote(i)) {
      const std::string_view word = word_before(s, b, i);
      if (word.find_first_of("./@") == word.size() - 1) {
        emit(start, end);
        start = end;
        continue;
      }
    }
    while (end < e) {
      const size_t n = closer_at(s, end);
      if (n == 0) break;
      end += n;
    }
    if (end >= e || s[end] != ' ') continue;
    size_t next = end;
    while (next < e && s[next] == ' ') ++next;
    if (next >= e || !opens_sentence(s, next)) continue;
    if (inside_quote(i) && inside_quote(end - 1)) continue;
    // ("Amb. (Dr.) X": an abbreviation's full stop before a closing bracket is still its own)
    const bool bare_stop = end == i + 1 || (end == i + 2 && s[i + 1] == ')');
    if (c == '.' && !ellipsis && bare_stop && !full_stop_ends(s, b, i, next, rules)) continue;
    emit(start, end);
    start = end;
    i = end - 1;
  }
  emit(start, e);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const ReaderRules& rules) {
  std::vector<Sentence> out;
  int paragraph = 0;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find("\n\n", b);
    if (e == std::string_view::npos) e = text.size();
    size_t from = b;
    while (from < e && (text[from] == '\n' || text[from] == ' ')) ++from;
    if (from < e) {
      split_paragraph(text, from, e, paragraph, rules, out);
      ++paragraph;
    }
    if (e == text.size()) break;
    b = e + 2;
  }
  return out;
}

}  // namespace kg::ingest
