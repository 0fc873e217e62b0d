// LineEditor: reading lines at a terminal with libedit (BSD editline), its history list and
// its key bindings (emacs keys, Tab -> Completer, Ctrl-R -> reverse incremental search).
// libedit types stay inside repl_editor.cpp.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "cli/repl_complete.h"
#include "cli/repl_history.h"

namespace kg::cli {

class LineEditor {
 public:
  // `complete` is asked for the options at the cursor, given the line up to the cursor.
  using CompleteFn = std::function<Completion(std::string_view line_to_cursor)>;

  LineEditor(const char* program, HistoryFile& history, CompleteFn complete);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  enum class Status { Line, Interrupted, End };
  // Shows `prompt` and reads one line (without its line break). Interrupted: Ctrl-C was
  // pressed (the line is abandoned); End: Ctrl-D on an empty line, or the terminal went away.
  Status read(const std::string& prompt, std::string& line);

  // Adds an entry to the history (in memory and in the file).
  void remember(const std::string& entry);

  struct Impl;  // defined in repl_editor.cpp (libedit's callbacks reach it)

 private:
  std::unique_ptr<Impl> impl_;
};

// Sets the character type locale from the environment so libedit can edit UTF-8 names; falls
// back to C.UTF-8 when the environment's locale is not UTF-8 (kg's data always is).
void use_utf8_locale();

}  // namespace kg::cli
