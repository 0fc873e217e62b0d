#include "cli/repl_split.h"

#include <stdexcept>

namespace kg::cli {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void StatementBuffer::start_statement_here(size_t column) {
  has_content_ = true;
  start_line_ = line_no_;
  start_column_ = static_cast<int>(column);
}

Statement StatementBuffer::finish() {
  size_t end = text_.size();
  while (end > 0 && (is_space(text_[end - 1]) || text_[end - 1] == '\n')) --end;
  Statement s{text_.substr(0, end), start_line_, start_column_};
  text_.clear();
  has_content_ = false;
  line_comment_seen_ = false;
  return s;
}

std::vector<Statement> StatementBuffer::add_line(std::string_view line) {
  ++line_no_;
  std::vector<Statement> done;
  size_t seg = 0;  // start of the part of this line that belongs to the pending statement
  size_t i = 0;
  auto next_is = [&](char c) { return i + 1 < line.size() && line[i + 1] == c; };
  for (; i < line.size(); ++i) {
    const char c = line[i];
    switch (state_) {
      case State::SingleQuote:
      case State::DoubleQuote:
        if (c == '\\') {
          ++i;  // the escaped character cannot close the string
        } else if (c == (state_ == State::SingleQuote ? '\'' : '"')) {
          state_ = State::Code;
        }
        continue;
      case State::BackQuote:
        if (c == '`') state_ = State::Code;  // `` inside a name reopens at once: same effect
        continue;
      case State::BlockComment:
        if (c == '*' && next_is('/')) {
          state_ = State::Code;
          ++i;
        }
        continue;
      case State::Code:
        break;
    }
    if (c == '/' && next_is('/')) {
      if (has_content_) line_comment_seen_ = true;
      break;  // the rest of the line is a comment, ';' included
    }
    if (c == '/' && next_is('*')) {
      state_ = State::BlockComment;
      ++i;
      continue;
    }
    if (!has_content_) {
      if (is_space(c) || c == ';') continue;  // white space, or an empty statement
      start_statement_here(code_points(line.substr(0, i)) + 1);
      seg = i;
    }
    if (c == ';') {
      text_.append(line.substr(seg, i - seg));
      done.push_back(finish());
      seg = i + 1;
    } else if (c == '\'') {
      state_ = State::SingleQuote;
    } else if (c == '"') {
      state_ = State::DoubleQuote;
    } else if (c == '`') {
      state_ = State::BackQuote;
    }
  }
  if (has_content_) {
    text_.append(line.substr(seg));
    text_.push_back('\n');
  }
  return done;
}

Statement StatementBuffer::take_rest() {
  state_ = State::Code;
  if (!has_content_) {
    clear();
    return {};
  }
  return finish();
}

void StatementBuffer::clear() {
  text_.clear();
  state_ = State::Code;
  has_content_ = false;
  line_comment_seen_ = false;
}

std::vector<Arg> split_args(std::string_view line) {
  std::vector<Arg> args;
  size_t i = 0;
  while (i < line.size()) {
    if (is_space(line[i])) {
      ++i;
      continue;
    }
    Arg arg;
    while (i < line.size() && !is_space(line[i])) {
      const char c = line[i];
      if (c != '\'' && c != '"') {
        arg.text.push_back(c);
        ++i;
        continue;
      }
      arg.quoted = true;
      const char quote = c;
      ++i;
      bool closed = false;
      while (i < line.size()) {
        if (line[i] == '\\' && i + 1 < line.size()) {
          arg.text.push_back(line[i + 1]);
          i += 2;
        } else if (line[i] == quote) {
          closed = true;
          ++i;
          break;
        } else {
          arg.text.push_back(line[i++]);
        }
      }
      if (!closed) throw std::invalid_argument(std::string("unterminated ") + quote + " in arguments");
    }
    args.push_back(std::move(arg));
  }
  return args;
}

}  // namespace kg::cli
