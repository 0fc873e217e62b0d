#include "cli/repl_history.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "graph/replace_file.h"

namespace kg::cli {
namespace {

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

bool move_to_end(std::vector<std::string>& list, const std::string& entry) {
  const auto old_end = list.end();
  const auto new_end = std::remove(list.begin(), list.end(), entry);
  const bool removed = new_end != old_end;
  list.erase(new_end, list.end());
  list.push_back(entry);
  return removed;
}

std::filesystem::path HistoryFile::default_path() {
  if (const char* env = std::getenv("KG_HISTORY")) return env;  // set but empty: no history file
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".kg_history";
  return {};
}

HistoryFile::HistoryFile(std::filesystem::path path) : path_(std::move(path)) {
  if (path_.empty()) return;
  // An older file may hold duplicates (written by hand or by another tool): keep the last copy.
  for (const auto& line : read_lines(path_)) move_to_end(entries_, line);
  if (entries_.size() > kMaxEntries) entries_.erase(entries_.begin(), entries_.end() - kMaxEntries);
}

bool HistoryFile::add(const std::string& entry) {
  if (blank(entry)) return false;
  move_to_end(added_, entry);
  const bool removed = move_to_end(entries_, entry);
  if (entries_.size() > kMaxEntries) entries_.erase(entries_.begin());
  return removed;
}

void HistoryFile::save() {
  if (path_.empty() || added_.empty()) return;
  // Merge: what is on disk now (other sessions may have written), then this session's entries.
  std::vector<std::string> merged;
  for (const auto& line : read_lines(path_)) move_to_end(merged, line);
  for (const auto& entry : added_) move_to_end(merged, entry);
  if (merged.size() > kMaxEntries) merged.erase(merged.begin(), merged.end() - kMaxEntries);

  // Replaced whole, so a crash never leaves half a history; queries can name people and places
  // a user keeps private: readable by the owner only.
  try {
    graph::replace_file(path_, [&](std::ostream& out) {
      for (const auto& line : merged) out << line << '\n';
    }, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  } catch (const std::exception&) {
    if (!warned_) std::cerr << "kg: cannot write history file " << path_.string() << '\n';
    warned_ = true;
  }
}

}  // namespace kg::cli
