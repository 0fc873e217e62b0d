// Lexer: query text -> tokens with positions.
//
// Keywords are not a token kind: they are identifiers the parser compares case-insensitively,
// so `match` and `MATCH` are the same and a keyword can still be a property name (`n.count`).
// Back-quoted identifiers (`my var`) are identifiers that never count as keywords. Arrows are
// not tokens either: `-->` is '-' '-' '>', and the parser assembles relationship patterns.
// Comments: `// to end of line` and `/* ... */`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/error.h"

namespace kg::query {

enum class TokenKind {
  End,
  Ident,
  Integer,
  Float,
  String,
  Param,  // $name; text holds the name
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Dot,
  DotDot,
  Colon,
  Pipe,
  Semicolon,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Caret,
  Eq,
  Neq,  // <> (and !=)
  Lt,
  Le,
  Gt,
  Ge,
  RegexMatch,  // =~ (recognised so that it can be refused clearly)
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;  // identifier name, decoded string, number as written, parameter name
  SourcePos pos;
  size_t end = 0;       // byte offset just past the token
  bool quoted = false;  // a back-quoted identifier
};

// Splits `text` into tokens ending with one End token. Throws QueryError (Syntax) on an
// unterminated string or comment, a bad escape, a malformed number or a character that
// cannot start a token.
std::vector<Token> tokenize(std::string_view text);

// How a token is named in messages: 'RETURN', string 'abc', end of query.
std::string describe(const Token& t);

// True when `t` is the unquoted identifier `keyword`, compared case-insensitively.
bool is_keyword(const Token& t, std::string_view keyword);

}  // namespace kg::query
