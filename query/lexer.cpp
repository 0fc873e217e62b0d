#include "query/lexer.h"

#include <cctype>
#include <charconv>

namespace kg::query {

namespace {

bool ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool ident_part(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : s_(text) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    for (;;) {
      skip_space();
      Token t;
      t.pos = here();
      if (i_ >= s_.size()) {
        t.kind = TokenKind::End;
        t.end = i_;
        out.push_back(std::move(t));
        return out;
      }
      lex_one(t);
      t.end = i_;
      out.push_back(std::move(t));
    }
  }

 private:
  SourcePos here() const { return {line_, col_, i_}; }

  [[noreturn]] void fail(SourcePos pos, const std::string& message) {
    throw QueryError(QueryError::Kind::Syntax, pos, message);
  }

  // Advances one byte, keeping line and column (columns count characters, not bytes).
  void advance() {
    unsigned char c = static_cast<unsigned char>(s_[i_++]);
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((c & 0xc0) != 0x80) {
      ++col_;
    }
  }
  char peek(size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }

  void skip_space() {
    for (;;) {
      if (i_ >= s_.size()) return;
      char c = s_[i_];
      if (std::isspace(static_cast<unsigned char>(c))) {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') advance();
      } else if (c == '/' && peek(1) == '*') {
        SourcePos start = here();
        advance();
        advance();
        while (i_ < s_.size() && !(s_[i_] == '*' && peek(1) == '/')) advance();
        if (i_ >= s_.size()) fail(start, "unterminated comment");
        advance();
        advance();
      } else {
        return;
      }
    }
  }

  void lex_one(Token& t) {
    const char c = s_[i_];
    const auto uc = static_cast<unsigned char>(c);
    // Typographic quotes (pasted from a document) would otherwise read as part of a name.
    if (uc == 0xe2 && peek(1) == '\x80' &&
        (peek(2) == '\x98' || peek(2) == '\x99' || peek(2) == '\x9c' || peek(2) == '\x9d')) {
      fail(t.pos, "unexpected character '" + std::string(s_.substr(i_, 3)) +
                      "': write strings between straight quotes, 'like this' or \"like this\"");
    }
    if (ident_start(uc)) {
      size_t b = i_;
      while (i_ < s_.size() && ident_part(static_cast<unsigned char>(s_[i_]))) advance();
      t.kind = TokenKind::Ident;
      t.text = std::string(s_.substr(b, i_ - b));
      return;
    }
    if (std::isdigit(uc) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) {
      lex_number(t);
      return;
    }
    switch (c) {
      case '\'':
      case '"': lex_string(t); return;
      case '`': lex_quoted_ident(t); return;
      case '$': {
        advance();
        size_t b = i_;
        while (i_ < s_.size() && ident_part(static_cast<unsigned char>(s_[i_]))) advance();
        if (b == i_) fail(t.pos, "expected a parameter name after '$'");
        t.kind = TokenKind::Param;
        t.text = std::string(s_.substr(b, i_ - b));
        return;
      }
      default: break;
    }
    auto single = [&](TokenKind k, size_t len) {
      t.kind = k;
      t.text = std::string(s_.substr(i_, len));
      for (size_t n = 0; n < len; ++n) advance();
    };
    switch (c) {
      case '(': return single(TokenKind::LParen, 1);
      case ')': return single(TokenKind::RParen, 1);
      case '[': return single(TokenKind::LBracket, 1);
      case ']': return single(TokenKind::RBracket, 1);
      case '{': return single(TokenKind::LBrace, 1);
      case '}': return single(TokenKind::RBrace, 1);
      case ',': return single(TokenKind::Comma, 1);
      case '.': return peek(1) == '.' ? single(TokenKind::DotDot, 2) : single(TokenKind::Dot, 1);
      case ':': return single(TokenKind::Colon, 1);
      case '|': return single(TokenKind::Pipe, 1);
      case ';': return single(TokenKind::Semicolon, 1);
      case '+': return single(TokenKind::Plus, 1);
      case '-': return single(TokenKind::Minus, 1);
      case '*': return single(TokenKind::Star, 1);
      case '/': return single(TokenKind::Slash, 1);
      case '%': return single(TokenKind::Percent, 1);
      case '^': return single(TokenKind::Caret, 1);
      case '=': return peek(1) == '~' ? single(TokenKind::RegexMatch, 2) : single(TokenKind::Eq, 1);
      case '!':
        if (peek(1) == '=') return single(TokenKind::Neq, 2);
        break;
      case '<':
        if (peek(1) == '>') return single(TokenKind::Neq, 2);
        if (peek(1) == '=') return single(TokenKind::Le, 2);
        return single(TokenKind::Lt, 1);
      case '>':
        if (peek(1) == '=') return single(TokenKind::Ge, 2);
        return single(TokenKind::Gt, 1);
      default: break;
    }
    std::string shown;
    size_t len = 1;
    while (i_ + len < s_.size() && (static_cast<unsigned char>(s_[i_ + len]) & 0xc0) == 0x80) ++len;
    shown = std::string(s_.substr(i_, len));
    fail(t.pos, "unexpected character '" + shown + "'");
  }

  void lex_number(Token& t) {
    size_t b = i_;
    bool is_float = false;
    while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      is_float = true;
      advance();
      while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    }
    if (peek() == 'e' || peek() == 'E') {
      size_t k = 1;
      if (peek(k) == '+' || peek(k) == '-') ++k;
      if (std::isdigit(static_cast<unsigned char>(peek(k)))) {
        is_float = true;
        for (size_t n = 0; n < k; ++n) advance();
        while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
      }
    }
    if (ident_start(static_cast<unsigned char>(peek()))) {
      fail(t.pos, "invalid number '" + std::string(s_.substr(b, i_ - b + 1)) + "'");
    }
    t.text = std::string(s_.substr(b, i_ - b));
    t.kind = is_float ? TokenKind::Float : TokenKind::Integer;  // the parser checks the range
  }

  void lex_string(Token& t) {
    const char quote = s_[i_];
    advance();
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail(t.pos, "unterminated string");
      char c = s_[i_];
      if (c == quote) {
        advance();
        break;
      }
      if (c != '\\') {
        out += c;
        advance();
        continue;
      }
      SourcePos esc = here();
      advance();
      if (i_ >= s_.size()) fail(t.pos, "unterminated string");
      char e = s_[i_];
      advance();
      switch (e) {
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          uint32_t cp = 0;
          for (int k = 0; k < 4; ++k) {
            char h = peek();
            if (!std::isxdigit(static_cast<unsigned char>(h))) fail(esc, "expected four hex digits after \\u");
            cp = cp * 16 + static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
            advance();
          }
          append_utf8(out, cp);
          break;
        }
        default: fail(esc, std::string("unknown escape '\\") + e + "' in string");
      }
    }
    t.kind = TokenKind::String;
    t.text = std::move(out);
  }

  void lex_quoted_ident(Token& t) {
    advance();
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail(t.pos, "unterminated `quoted name`");
      if (s_[i_] == '`') {
        if (peek(1) == '`') {
          out += '`';
          advance();
          advance();
          continue;
        }
        advance();
        break;
      }
      out += s_[i_];
      advance();
    }
    if (out.empty()) fail(t.pos, "empty `quoted name`");
    t.kind = TokenKind::Ident;
    t.quoted = true;
    t.text = std::move(out);
  }

  std::string_view s_;
  size_t i_ = 0;
  int line_ = 1;
  int col_ = 1;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Lexer(text).run(); }

std::string describe(const Token& t) {
  // A token quoted in a message is cut short: it may be a megabyte-long string.
  const std::string text = t.text.size() > 80 ? t.text.substr(0, 77) + "..." : t.text;
  switch (t.kind) {
    case TokenKind::End: return "end of query";
    case TokenKind::String: return "string '" + text + "'";
    case TokenKind::Param: return "'$" + text + "'";
    case TokenKind::Ident: return t.quoted ? "'`" + text + "`'" : "'" + text + "'";
    default: return "'" + text + "'";
  }
}

bool is_keyword(const Token& t, std::string_view keyword) {
  if (t.kind != TokenKind::Ident || t.quoted || t.text.size() != keyword.size()) return false;
  for (size_t i = 0; i < keyword.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(t.text[i])) != std::toupper(static_cast<unsigned char>(keyword[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace kg::query
