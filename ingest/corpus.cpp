#include "ingest/corpus.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "ingest/errors.h"
#include "ingest/tokens.h"

namespace kg::ingest {
namespace fs = std::filesystem;

namespace {

// What the walk has seen: canonical paths of the files taken (a file named twice, or through a
// link, is read once), and the canonical path of each folder walked so far.
struct Seen {
  std::unordered_set<std::string> files;
  std::unordered_map<std::string, fs::path> folders;

  // The canonical path of `path`. A regular file found in a folder (not a link) is its
  // folder's canonical path and its name, the folder resolved once for all its files.
  fs::path canonical(const fs::path& path, bool plain_file_in_walk) {
    std::error_code ec;
    if (plain_file_in_walk) {
      const fs::path folder = path.parent_path();
      auto it = folders.find(folder.native());
      if (it == folders.end()) {
        fs::path c = fs::weakly_canonical(folder, ec);
        it = folders.emplace(folder.native(), ec ? folder : c).first;
      }
      return it->second / path.filename();
    }
    const fs::path c = fs::weakly_canonical(path, ec);
    return ec ? path : c;
  }
};

// Takes `path` into the scan (or names why not): one stat(2) gives its type, size and mtime.
bool add_file(const fs::path& path, CorpusScan& scan, Seen& seen, bool plain_file_in_walk) {
  if (!seen.files.insert(seen.canonical(path, plain_file_in_walk).native()).second) return false;
  InputFile f;
  f.path = path;
  f.name = path.filename().string();
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    scan.warnings.push_back(path.string() + ": skipped: " + std::error_code(errno, std::generic_category()).message());
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    scan.warnings.push_back(path.string() + ": skipped: not a regular file");
    return false;
  }
  f.size = static_cast<uint64_t>(st.st_size);
  if (f.size == 0) {
    scan.warnings.push_back(path.string() + ": skipped: empty file");
    return false;
  }
  if (f.size > kMaxFileBytes) {
    scan.warnings.push_back(path.string() + ": skipped: " + std::to_string(f.size >> 20) + " MB is over the " +
                            std::to_string(kMaxFileBytes >> 20) + " MB limit for one file");
    return false;
  }
  f.mtime_ns = int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec;
  scan.files.push_back(std::move(f));
  return true;
}

}  // namespace

bool is_article_file(const fs::path& path) {
  const std::string ext = ascii_lower(path.extension().string());
  return ext == ".txt" || ext == ".md";
}

CorpusScan scan_corpus(const std::vector<std::string>& paths) {
  CorpusScan scan;
  Seen seen;
  for (const std::string& p : paths) {
    const fs::path root(p);
    std::error_code ec;
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) throw InputError(p, "no such file or folder");
    if (!fs::is_directory(status)) {
      add_file(root, scan, seen, false);
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
      add_file(entry.path(), scan, seen, entry.is_regular_file(type_ec) && !entry.is_symlink(type_ec));
    }
  }
  // Sorted as paths compare (element by element): a folder's files before a sibling folder
  // whose name extends it ("a/x" < "a-b/x"), unlike their strings.
  std::sort(scan.files.begin(), scan.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  return scan;
}

}  // namespace kg::ingest
