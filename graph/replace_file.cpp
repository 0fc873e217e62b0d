#include "graph/replace_file.h"

#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <string>

namespace kg::graph {

void replace_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write,
                  std::optional<std::filesystem::perms> perms) {
  std::filesystem::path partial = path;
  partial += ".partial." + std::to_string(::getpid());
  std::error_code ec;
  auto fail = [&](const std::string& why) {
    std::filesystem::remove(partial, ec);
    throw std::runtime_error(path.string() + ": " + why);
  };
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) fail("cannot open for writing");
    try {
      write(out);
    } catch (...) {
      out.close();
      std::filesystem::remove(partial, ec);
      throw;
    }
    out.flush();
    if (!out) fail("write failed");
  }
  if (perms) {
    std::filesystem::permissions(partial, *perms, ec);
    if (ec) fail("cannot set permissions: " + ec.message());
  }
  std::filesystem::rename(partial, path, ec);
  if (ec) fail("cannot replace: " + ec.message());
}

}  // namespace kg::graph
