// Writing a file so that nobody ever sees half of it: exports and the REPL history.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>

namespace kg::graph {

// Writes `path` through `write` into a file beside it (`<path>.partial.<pid>`), then renames it
// over `path`: a reader, or whatever is left after a crash, finds the old file or the new one,
// never half of one. `perms`, when given, are set before the rename. On failure the partial
// file is removed and std::runtime_error names `path`.
void replace_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write,
                  std::optional<std::filesystem::perms> perms = std::nullopt);

}  // namespace kg::graph
