// The REPL's state and what it does with input: statements run as queries, dot-commands
// change settings or print the schema. Terminal-free, so scripts piped to `kg repl` and
// `.read FILE` go through exactly the same code as typed lines.
#pragma once

#include <filesystem>
#include <fstream>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/common.h"
#include "cli/param_value.h"
#include "cli/repl_complete.h"
#include "cli/repl_split.h"
#include "graph/model.h"
#include "query/query.h"

namespace kg::cli {

struct ReplSettings {
  bool interactive = false;  // a person at a terminal: relative error positions with a caret
  bool bail = false;         // stop at the first error
  query::Format format = query::Format::Table;
  std::chrono::milliseconds timeout{30'000};
  size_t max_rows = 100'000;
  bool timer = false;
};

class Session {
 public:
  // Loads the graph named by `global` (throws graph::StoreError when it cannot be read).
  Session(GlobalOptions global, ReplSettings settings);
  ~Session();

  // Runs every line of `in` (a pipe or a .read file) named `source` in messages; returns false
  // when the session must stop (.quit, or an error with bail on).
  bool run_stream(std::istream& in, const std::string& source);

  // One line of input for `buffer`. `source` names the input in messages ("" for the
  // terminal). Returns false when the session must stop.
  bool feed(StatementBuffer& buffer, std::string_view line, const std::string& source);
  // End of input: runs an unfinished last statement (no ';') if there is one.
  bool finish(StatementBuffer& buffer, const std::string& source);

  // The exit status: the code given to `.exit CODE`, else 0 or the code of the first error
  // (2 for a query or usage error, 130 for a script stopped by Ctrl-C).
  int exit_code() const { return requested_exit_.value_or(exit_code_); }
  // The code given to `.exit CODE`, if any (an interactive session otherwise exits with 0).
  std::optional<int> requested_exit() const { return requested_exit_; }
  bool stopped() const { return stopped_; }

  const graph::GraphModel& model() const { return *model_; }
  const std::filesystem::path& database() const { return db_; }
  const Completer& completer() const { return completer_; }
  std::vector<std::string> param_names() const;

  void set_param(const std::string& name, const query::Value& value) { params_[name] = value; }

 private:
  // `generated`: the query of a .path/.hood shortcut, whose errors show no position.
  bool run_statement(const Statement& st, const std::string& source, bool generated = false);
  bool run_dot_command(std::string_view line, const std::string& source, int line_no);
  void run_generated(const std::string& text);
  void dot(const std::vector<Arg>& args);
  void open(const std::filesystem::path& db);
  void print_schema(std::ostream& out) const;
  void print_stats(std::ostream& out) const;
  void print_help(std::ostream& out) const;
  std::ostream& out();
  bool to_terminal() const;
  // Records a failure; returns false when the session must stop.
  bool failed(int code);

  GlobalOptions global_;
  ReplSettings settings_;
  std::filesystem::path db_;
  std::unique_ptr<graph::GraphModel> model_;
  Completer completer_;
  std::map<std::string, query::Value, std::less<>> params_;
  std::optional<query::Result> last_;  // for .dot
  std::unique_ptr<std::ofstream> output_;  // .output FILE
  std::unique_ptr<std::ofstream> once_;    // .once FILE
  std::string output_name_;
  int read_depth_ = 0;
  int exit_code_ = kOk;
  std::optional<int> requested_exit_;
  bool stopped_ = false;
  bool cancelled_ = false;  // Ctrl-C cancelled a query of the current top-level line
};

}  // namespace kg::cli
