// The files a fuzz replay test feeds through a harness: a folder's regular files in name order,
// and their bytes. Shared by the unit tests that replay seeds and saved crashes.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/test_dir.h"

namespace kg::fuzz {

// The regular files in <tests folder>/<dir>, sorted; none when the folder does not exist.
inline std::vector<std::filesystem::path> replay_inputs(const std::string& dir) {
  std::vector<std::filesystem::path> out;
  const std::filesystem::path root = std::filesystem::path(kg_test_dir()) / dir;
  if (!std::filesystem::is_directory(root)) return out;
  for (const auto& e : std::filesystem::directory_iterator(root))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

inline std::string replay_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace kg::fuzz
