// Corpus discovery: the files a build reads, from the paths a user names.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kg::ingest {

struct InputFile {
  std::filesystem::path path;  // as found (relative paths stay relative)
  std::string name;            // file name without directories: the document's source id
  uint64_t size = 0;
  int64_t mtime_ns = 0;        // modification time, Unix time in nanoseconds (stat's st_mtim)
};

struct CorpusScan {
  std::vector<InputFile> files;        // sorted by path, each file once
  std::vector<std::string> warnings;   // one line each: "<path>: <why it was skipped>"
};

// Article files have these extensions (lower case); others in a folder are ignored silently.
bool is_article_file(const std::filesystem::path& path);

// The largest file a build reads. News articles are kilobytes and a collection of them a few
// megabytes; a bigger file is skipped with a warning before it is read, so a stray dump or
// disk image cannot take the build's memory and time (split it to read it).
inline constexpr uint64_t kMaxFileBytes = uint64_t{32} << 20;

// Walks each path: a file is taken as it is (whatever its extension), a folder recursively for
// .txt and .md files. Symbolic links to folders are not followed (no loops); unreadable
// folders become warnings. Skipped with a warning naming them: empty files, files over
// kMaxFileBytes, and article names that are not regular files (FIFOs, devices, broken or
// looping symbolic links). Throws InputError for a path that does not exist.
CorpusScan scan_corpus(const std::vector<std::string>& paths);

}  // namespace kg::ingest
