// The REPL's history file: one entry per line, oldest first, no duplicates.
//
// Kept in $KG_HISTORY if set (empty: no history file), else ~/.kg_history. Entering a line
// that is already in the history moves it to the end instead of adding a copy. Each save
// re-reads the file and merges this session's entries into it, so two shells open at once
// do not erase each other's history.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kg::cli {

class HistoryFile {
 public:
  static constexpr size_t kMaxEntries = 1000;

  // The file named by $KG_HISTORY, else $HOME/.kg_history; empty when there is none.
  static std::filesystem::path default_path();

  explicit HistoryFile(std::filesystem::path path);

  // Entries as loaded at start plus those added since, oldest first, without duplicates.
  const std::vector<std::string>& entries() const { return entries_; }

  // Adds one entry (moving an equal older entry to the end); returns true when an older copy
  // was removed, so an editor mirroring the list knows to rebuild it. Blank lines are ignored.
  bool add(const std::string& entry);

  // Writes the file (merged with what other sessions wrote since); a failure to write is
  // reported once on stderr and does not stop the session.
  void save();

 private:
  std::filesystem::path path_;
  std::vector<std::string> entries_;
  std::vector<std::string> added_;  // this session's entries, oldest first
  bool warned_ = false;
};

// Removes every earlier copy of `entry` from `list` and appends it; true when one was removed.
bool move_to_end(std::vector<std::string>& list, const std::string& entry);

}  // namespace kg::cli
