// Tokens: article text cut into words, numbers and punctuation with byte offsets.
//
// One tokeniser serves both article text and lexicon phrases, so a phrase matches text exactly
// when their token keys agree. Words keep inner apostrophes ("N'Djamena", "don't"); the
// possessive "'s" is its own token; dotted abbreviations stay whole ("U.S."); a hyphen inside a
// compound is its own token flagged Hyphen ("U.S.-led" -> "U.S." "-" "led"). Keys are folded
// to lower-case ASCII where a folding exists ("Élysée" -> "elysee").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/label.h"

namespace kg::ingest {

namespace tok {
inline constexpr uint32_t kWord = 1u << 0;         // letters or digits
inline constexpr uint32_t kCap = 1u << 1;          // first letter is a capital
inline constexpr uint32_t kUpper = 1u << 2;        // every letter is a capital (and there is one)
inline constexpr uint32_t kNumber = 1u << 3;       // starts with a digit
inline constexpr uint32_t kPunct = 1u << 4;        // anything else
inline constexpr uint32_t kDQuote = 1u << 5;       // a double quotation mark of any shape
inline constexpr uint32_t kOpenQuote = 1u << 6;    // a mark that can only open (“ „ «)
inline constexpr uint32_t kCloseQuote = 1u << 7;   // a mark that can only close (” »)
inline constexpr uint32_t kSpaceBefore = 1u << 8;  // white space precedes the token
inline constexpr uint32_t kPossessive = 1u << 9;   // "'s" or a bare trailing apostrophe
inline constexpr uint32_t kDash = 1u << 10;        // a dash between words: — – --
inline constexpr uint32_t kHyphen = 1u << 11;      // a hyphen joining a compound
inline constexpr uint32_t kNewPara = 1u << 12;     // first token of a paragraph
inline constexpr uint32_t kSQuote = 1u << 13;      // a single quotation mark standing alone
inline constexpr uint32_t kLower = 1u << 14;       // first letter is lower case
}  // namespace tok

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  int32_t sentence = 0;
  int32_t paragraph = 0;
  int32_t vocab = -1;  // lexicon vocabulary id of `key`, -1 when no phrase uses it
  uint32_t flags = 0;
  Label key;           // lower-case folded form used for matching

  bool is(uint32_t f) const { return (flags & f) != 0; }
};

// Cuts `text` into tokens. Paragraph breaks (a blank line) set kNewPara on the next token and
// advance `paragraph`; `sentence` is left at 0 for the caller to fill in.
std::vector<Token> tokenize(std::string_view text);
// The same into `out` (replacing its content, reusing its room).
void tokenize_into(std::string_view text, std::vector<Token>& out);

// The lower-case ASCII key of one token's text.
std::string token_key(std::string_view token_text);

// `s` with its ASCII capitals lowered, every other byte kept (words of rule lists, titles).
std::string ascii_lower(std::string_view s);

}  // namespace kg::ingest
