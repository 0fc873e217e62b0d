// QueryError: why a query could not be compiled or run, and where.
//
// Every failure a user can cause (a syntax error, an unknown label, a write clause, a type
// error at run time, the time limit) is a QueryError with the 1-based line and column of the
// offending text when there is one. what() is one line: "query:1:23: expected ')' after node
// pattern, found 'RETURN'" (or "query: <message>" without a position).
#pragma once

#include <stdexcept>
#include <string>

#include "ingest/errors.h"

namespace kg::query {

struct SourcePos {
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based, in characters
  size_t offset = 0;
};

class QueryError : public std::runtime_error {
 public:
  enum class Kind {
    Syntax,       // the text does not parse
    Semantic,     // unknown label, type, property, variable or function; misuse of a construct
    Unsupported,  // a valid openCypher construct kg does not run (writes, CALL, ...)
    Runtime,      // a type error or bad argument while running
    Timeout,      // the time limit passed
    Cancelled,    // the cancel flag was raised
    Memory,       // the memory limit passed
  };

  // The message is kept on one line (ingest::one_line): it may quote query text.
  QueryError(Kind kind, SourcePos pos, const std::string& message)
      : std::runtime_error(format(pos, ingest::one_line(message))), kind_(kind), pos_(pos),
        message_(ingest::one_line(message)) {}

  Kind kind() const { return kind_; }
  int line() const { return pos_.line; }
  int column() const { return pos_.column; }
  const SourcePos& pos() const { return pos_; }
  // The message without the "query:L:C: " prefix.
  const std::string& message() const { return message_; }

 private:
  static std::string format(SourcePos pos, const std::string& message) {
    // One line, whatever the message quotes from the query.
    std::string flat;
    for (char c : message) {
      if (c == '\n') flat += "\\n";
      else if (c == '\r') flat += "\\r";
      else if (c == '\t') flat += "\\t";
      else flat += c;
    }
    if (pos.line <= 0) return "query: " + flat;
    return "query:" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + flat;
  }

  Kind kind_;
  SourcePos pos_;
  std::string message_;
};

}  // namespace kg::query
