#include "ingest/corpus.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <system_error>

#include "ingest/errors.h"

namespace kg::ingest {
namespace fs = std::filesystem;

namespace {

bool add_file(const fs::path& path, CorpusScan& scan, std::set<fs::path>& seen) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  if (!seen.insert(ec ? path : canonical).second) return false;
  InputFile f;
  f.path = path;
  f.name = path.filename().string();
  const auto status = fs::status(path, ec);
  if (!ec && !fs::is_regular_file(status)) {
    scan.warnings.push_back(path.string() + ": skipped: not a regular file");
    return false;
  }
  if (!ec) f.size = fs::file_size(path, ec);
  if (ec) {
    scan.warnings.push_back(path.string() + ": skipped: " + ec.message());
    return false;
  }
  if (f.size == 0) {
    scan.warnings.push_back(path.string() + ": skipped: empty file");
    return false;
  }
  if (f.size > kMaxFileBytes) {
    scan.warnings.push_back(path.string() + ": skipped: " + std::to_string(f.size >> 20) + " MB is over the " +
                            std::to_string(kMaxFileBytes >> 20) + " MB limit for one file");
    return false;
  }
  const auto mtime = fs::last_write_time(path, ec);
  if (!ec) f.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
  scan.files.push_back(std::move(f));
  return true;
}

}  // namespace

bool is_article_file(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md";
}

CorpusScan scan_corpus(const std::vector<std::string>& paths) {
  CorpusScan scan;
  std::set<fs::path> seen;
  for (const std::string& p : paths) {
    const fs::path root(p);
    std::error_code ec;
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) throw InputError(p, "no such file or folder");
    if (!fs::is_directory(status)) {
      add_file(root, scan, seen);
      continue;
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      scan.warnings.push_back(p + ": skipped: " + ec.message());
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        scan.warnings.push_back(it->path().string() + ": skipped: " + ec.message());
        ec.clear();
        continue;
      }
      const auto& entry = *it;
      std::error_code type_ec;
      if (!is_article_file(entry.path())) continue;
      // A directory named like an article (notes.md/) is walked, not read.
      if (entry.is_directory(type_ec)) continue;
      // Anything else with an article's name is read or named in a warning, never ignored
      // silently: a broken or looping symbolic link, a FIFO or a device.
      add_file(entry.path(), scan, seen);
    }
  }
  std::sort(scan.files.begin(), scan.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  return scan;
}

}  // namespace kg::ingest
