// Cutting REPL input into statements and dot-command arguments.
//
// Statements end with ';' and may span lines; several may share a line. A ';' inside a string
// ('...' or "..." with backslash escapes), a back-quoted name or a comment (// to the end of
// the line, /* ... */) does not end a statement, so the splitter follows the query lexer's
// rules for those (and only those) constructs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

// One complete statement: its text (without the ';', leading white space trimmed) and where
// its first character was in the input (1-based line and column, in characters).
struct Statement {
  std::string text;
  int line = 1;
  int column = 1;
};

class StatementBuffer {
 public:
  // Adds one input line (without its line break); returns the statements it completed, in order.
  std::vector<Statement> add_line(std::string_view line);

  // True while no statement text is pending (white space and finished comments do not count).
  bool blank() const { return !has_content_ && state_ == State::Code; }
  // True when the pending text has a // comment (so its lines cannot be joined into one).
  bool has_line_comment() const { return line_comment_seen_; }
  // The pending text of an unfinished statement, as a statement (for end of input).
  Statement take_rest();
  // Drops whatever is pending (Ctrl-C at the continuation prompt).
  void clear();
  // The pending text so far (for completion, which looks at the whole statement).
  const std::string& pending() const { return text_; }
  // Lines added so far; count_line() counts one that was not a statement (a dot-command).
  int lines() const { return line_no_; }
  void count_line() { ++line_no_; }

 private:
  enum class State { Code, SingleQuote, DoubleQuote, BackQuote, BlockComment };

  void start_statement_here(size_t column);
  Statement finish();

  std::string text_;
  State state_ = State::Code;
  bool has_content_ = false;
  bool line_comment_seen_ = false;
  int line_no_ = 0;
  int start_line_ = 1;
  int start_column_ = 1;
};

// A dot-command argument: its text with quotes removed and escapes decoded, and whether it
// was quoted (so `.param n '42'` is a string while `.param n 42` is a number).
struct Arg {
  std::string text;
  bool quoted = false;
};

// Splits a dot-command line into words at white space; '...' and "..." group words and take
// backslash escapes. Throws std::invalid_argument on an unterminated quote.
std::vector<Arg> split_args(std::string_view line);

// The number of code points in UTF-8 text.
size_t code_points(std::string_view s);

}  // namespace kg::cli
