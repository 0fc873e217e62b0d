#include <doctest/doctest.h>

#include "query/lexer.h"

using namespace kg::query;

namespace {

std::vector<TokenKind> kinds(std::string_view text) {
  std::vector<TokenKind> out;
  for (const Token& t : tokenize(text)) out.push_back(t.kind);
  return out;
}

std::string error_of(std::string_view text) {
  try {
    tokenize(text);
  } catch (const QueryError& e) {
    CHECK(e.kind() == QueryError::Kind::Syntax);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("lexer: punctuation and arrows come apart into single tokens") {
  using K = TokenKind;
  CHECK(kinds("(a)-[r:T*1..3]->(b)") ==
        std::vector<K>{K::LParen, K::Ident, K::RParen, K::Minus, K::LBracket, K::Ident, K::Colon, K::Ident, K::Star,
                       K::Integer, K::DotDot, K::Integer, K::RBracket, K::Minus, K::Gt, K::LParen, K::Ident, K::RParen,
                       K::End});
  CHECK(kinds("<-- <> != <= >= = =~ | ; % ^ / + {} , .") ==
        std::vector<K>{K::Lt, K::Minus, K::Minus, K::Neq, K::Neq, K::Le, K::Ge, K::Eq, K::RegexMatch, K::Pipe,
                       K::Semicolon, K::Percent, K::Caret, K::Slash, K::Plus, K::LBrace, K::RBrace, K::Comma, K::Dot,
                       K::End});
}

TEST_CASE("lexer: numbers") {
  auto t = tokenize("42 3.25 1e3 2.5E-2 .5 1..2");
  CHECK(t[0].kind == TokenKind::Integer);
  CHECK(t[0].text == "42");
  CHECK(t[1].kind == TokenKind::Float);
  CHECK(t[2].kind == TokenKind::Float);
  CHECK(t[2].text == "1e3");
  CHECK(t[3].kind == TokenKind::Float);
  CHECK(t[4].kind == TokenKind::Float);
  CHECK(t[4].text == ".5");
  CHECK(t[5].kind == TokenKind::Integer);
  CHECK(t[6].kind == TokenKind::DotDot);
  CHECK(t[7].kind == TokenKind::Integer);
  CHECK(error_of("12abc") == "query:1:1: invalid number '12a'");
}

TEST_CASE("lexer: strings, escapes, quoted names, parameters") {
  auto t = tokenize(R"('it\'s' "say \"hi\"" 'a\nb\tc\\' '\u00e9\u20ac' `weird name` `back``tick` $param $0)");
  CHECK(t[0].kind == TokenKind::String);
  CHECK(t[0].text == "it's");
  CHECK(t[1].text == "say \"hi\"");
  CHECK(t[2].text == "a\nb\tc\\");
  CHECK(t[3].text == "\xc3\xa9\xe2\x82\xac");
  CHECK(t[4].kind == TokenKind::Ident);
  CHECK(t[4].quoted);
  CHECK(t[4].text == "weird name");
  CHECK(t[5].text == "back`tick");
  CHECK(t[6].kind == TokenKind::Param);
  CHECK(t[6].text == "param");
  CHECK(t[7].text == "0");
  CHECK(error_of("'open") == "query:1:1: unterminated string");
  CHECK(error_of("x 'a\\q'") == "query:1:5: unknown escape '\\q' in string");
  CHECK(error_of("'\\u12'") == "query:1:2: expected four hex digits after \\u");
  CHECK(error_of("`open") == "query:1:1: unterminated `quoted name`");
  CHECK(error_of("``") == "query:1:1: empty `quoted name`");
  CHECK(error_of("$ x") == "query:1:1: expected a parameter name after '$'");
  CHECK(error_of("a @ b") == "query:1:3: unexpected character '@'");
}

TEST_CASE("lexer: positions count lines and characters, comments are skipped") {
  auto t = tokenize("MATCH /* a\ncomment */ (é:X) // rest\n  RETURN x");
  REQUIRE(t.size() == 9);
  CHECK(t[0].pos.line == 1);
  CHECK(t[0].pos.column == 1);
  CHECK(t[1].kind == TokenKind::LParen);
  CHECK(t[1].pos.line == 2);
  CHECK(t[1].pos.column == 12);
  CHECK(t[2].text == "é");
  CHECK(t[3].pos.column == 14);  // 'é' is one character, two bytes
  CHECK(t[6].text == "RETURN");
  CHECK(t[6].pos.line == 3);
  CHECK(t[6].pos.column == 3);
  CHECK(t[6].pos.offset == 39);
  CHECK(t[6].end == 45);
  CHECK(error_of("RETURN /* never closed") == "query:1:8: unterminated comment");
}

TEST_CASE("lexer: keywords are identifiers compared without case") {
  auto t = tokenize("match Match `MATCH` matches");
  CHECK(is_keyword(t[0], "MATCH"));
  CHECK(is_keyword(t[1], "match"));
  CHECK_FALSE(is_keyword(t[2], "MATCH"));  // quoted: a name, never a keyword
  CHECK_FALSE(is_keyword(t[3], "MATCH"));
  CHECK(describe(t[0]) == "'match'");
  CHECK(describe(t[2]) == "'`MATCH`'");
  CHECK(describe(t[4]) == "end of query");
  CHECK(describe(tokenize("'s'")[0]) == "string 's'");
  CHECK(describe(tokenize("$p")[0]) == "'$p'");
}
