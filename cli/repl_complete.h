// Tab completion for the REPL: what could replace the word before the cursor.
//
// Pure text logic (no terminal), so `.complete TEXT` can print the same answers in scripts.
// The context decides the vocabulary:
//   after ':' inside (...) or in WHERE  -> node labels      (:Pers  -> :Person)
//   after ':' or '|' inside [...]       -> relationship types
//   after 'var.' or as a {key: ...}     -> property keys: of var's label or type when the
//                                          statement gave one ((p:Person) ... p.), else of all
//                                          relationships when var was bound in [...], else of
//                                          all nodes
//   inside a quoted string after name: / name = / name CONTAINS ... -> entity names and aliases
//   after '$'                           -> parameter names
//   a line starting with '.'            -> dot-commands, then their arguments (formats, on/off,
//                                          file names, entity names)
//   elsewhere                           -> keywords, functions and the statement's variables
// Words match case-insensitively (names also ignoring accents); keywords typed in lower case
// complete in lower case.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::cli {

struct Completion {
  size_t start = 0;                  // byte offset in the line where the replaced word begins
  std::string word;                  // the text being completed (line[start, cursor))
  std::vector<std::string> options;  // replacements for `word`, sorted, no duplicates
  std::string suffix;                // appended after a unique option (" ", "'", "/" or "")
};

class Completer {
 public:
  Completer() = default;
  explicit Completer(const graph::GraphModel& model);

  // `pending`: earlier lines of an unfinished statement ("" when none); `line`: the line being
  // edited up to the cursor.
  // `params`: the names of the parameters set with .param.
  Completion complete(std::string_view pending, std::string_view line,
                      const std::vector<std::string>& params = {}) const;

  // The dot-commands, with their usage line, for completion and .help.
  struct DotCommand {
    const char* name;
    const char* usage;
    const char* help;
  };
  static const std::vector<DotCommand>& dot_commands();

 private:
  Completion statement(std::string_view pending, std::string_view line, const std::vector<std::string>& params) const;
  Completion dot_command(std::string_view line, const std::vector<std::string>& params) const;
  // Entity names starting with `typed` (ignoring case and accents), each escaped for a string
  // in `quote` (0: not in a string).
  std::vector<std::string> names_matching(std::string_view typed, char quote) const;

  std::vector<std::string> labels_, types_, node_keys_, edge_keys_;
  // Property keys of the nodes of each label and the relationships of each type.
  std::map<std::string, std::vector<std::string>, std::less<>> label_keys_, type_keys_;
  std::vector<std::string> names_, folded_names_;  // entity names and aliases; folded for matching
};

// The longest prefix shared by all options (comparing ASCII letters ignoring case), cut at a
// UTF-8 character boundary; taken from the first option.
std::string common_prefix(const std::vector<std::string>& options);

}  // namespace kg::cli
