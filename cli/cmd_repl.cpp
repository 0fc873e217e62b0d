// `kg repl`: the interactive shell. At a terminal it edits lines with libedit (history, Tab
// completion, Ctrl-R search); with standard input from a pipe or file it runs the statements
// it reads without prompts and stops at the first error (docs/REPL.md).
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>

#include "cli/common.h"
#include "cli/repl_editor.h"
#include "cli/repl_history.h"
#include "cli/repl_interrupt.h"
#include "cli/repl_session.h"

namespace kg::cli {
namespace {

struct ReplArgs {
  std::string format = "table";
  bool bail = false;
  bool no_bail = false;
  unsigned timeout_ms = 30000;
  size_t max_rows = 100000;
  std::vector<std::string> params;  // NAME=VALUE
};

int interactive(Session& session) {
  use_utf8_locale();
  std::ostream& banner = stdout_is_terminal() ? std::cout : std::cerr;
  banner << "kg shell on " << session.database().string() << ": " << session.model().node_count() << " nodes, "
         << session.model().edge_count() << " relationships.\n"
         << "Statements end with ';'. Enter .help for help, Tab to complete, Ctrl-D to leave.\n";
  banner.flush();

  HistoryFile history(HistoryFile::default_path());
  StatementBuffer buffer;
  LineEditor editor("kg", history, [&](std::string_view line) {
    return session.completer().complete(buffer.pending(), line, session.param_names());
  });
  InterruptHandler ctrl_c;  // Ctrl-C clears the line instead of ending kg

  std::vector<std::string> entry;  // the lines of the statement being typed, for the history
  bool has_comment = false;
  for (;;) {
    std::string line;
    const LineEditor::Status status = editor.read(buffer.blank() ? "kg> " : "..> ", line);
    if (status == LineEditor::Status::End) {
      banner << '\n';
      break;
    }
    if (status == LineEditor::Status::Interrupted) {
      buffer.clear();
      entry.clear();
      has_comment = false;
      continue;
    }
    if (line.find_first_not_of(" \t") != std::string::npos) entry.push_back(line);
    has_comment = has_comment || line.find("//") != std::string::npos;
    const bool go_on = session.feed(buffer, line, "");
    if (buffer.blank() && !entry.empty()) {
      // A statement typed over several lines comes back as one line, unless a // comment
      // would then swallow the rest of it.
      if (has_comment) {
        for (const auto& l : entry) editor.remember(l);
      } else {
        std::string joined;
        for (const auto& l : entry) {
          const size_t b = l.find_first_not_of(" \t"), e = l.find_last_not_of(" \t");
          joined += (joined.empty() ? "" : " ") + l.substr(b, e - b + 1);
        }
        editor.remember(joined);
      }
      entry.clear();
      has_comment = false;
    }
    if (!go_on) break;
  }
  return session.requested_exit().value_or(kOk);
}

int run_repl(const GlobalOptions& options, const ReplArgs& args) {
  const bool tty = ::isatty(STDIN_FILENO) == 1;
  ReplSettings settings;
  settings.interactive = tty;
  settings.bail = tty ? args.bail : !args.no_bail;
  settings.format = query::parse_format(args.format);
  settings.timeout = std::chrono::milliseconds(args.timeout_ms);
  settings.max_rows = args.max_rows;
  Session session(options, settings);
  for (const auto& p : args.params) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) throw std::invalid_argument("--param " + p + ": expected NAME=VALUE");
    session.set_param(p.substr(0, eq), parse_param_value(p.substr(eq + 1)));
  }
  if (tty) return interactive(session);
  session.run_stream(std::cin, "stdin");
  return session.exit_code();
}

}  // namespace

void add_repl_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  auto args = std::make_shared<ReplArgs>();
  auto* cmd = app.add_subcommand("repl", "Interactive shell: run queries and dot-commands (docs/REPL.md); "
                                         "reads a script when standard input is not a terminal");
  cmd->add_option("-f,--format", args->format, "table, json, jsonl, csv, tsv, markdown or dot (also .mode)");
  cmd->add_option("--timeout", args->timeout_ms, "time limit of one query in milliseconds (default 30000)");
  cmd->add_option("--max-rows", args->max_rows, "rows kept per result (default 100000)");
  cmd->add_option("-p,--param", args->params, "a query parameter NAME=VALUE, used as $NAME (also .param)");
  auto* bail = cmd->add_flag("--bail", args->bail, "stop at the first error (the default when reading a script)");
  cmd->add_flag("--no-bail", args->no_bail, "go on after errors; the exit code still reports the first")->excludes(bail);
  cmd->callback([&options, &exit_code, args] {
    exit_code = guarded([&] {
      try {
        return run_repl(options, *args);
      } catch (const std::invalid_argument& e) {  // a bad --format or --param
        std::cerr << "kg: " << e.what() << '\n';
        return kUsage;
      }
    });
  });
}

}  // namespace kg::cli
