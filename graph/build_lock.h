// BuildLock: one writer at a time per database (`kg build`, `kg import`).
//
// An OS advisory lock (flock) on "<database>.lock", held for the life of the object. The kernel
// releases it when the process ends however it ends (SIGKILL included), so a crashed build
// never leaves a stale lock behind; the file itself stays and holds the holder's pid, only to
// name it in the busy message. Readers never take it: they see the last committed graph.
#pragma once

#include <filesystem>

namespace kg::graph {

class BuildLock {
 public:
  // Takes the lock for `database`. With `wait` false a lock held by another process throws
  // StoreError(Kind::Busy) at once, naming the holder's pid; with `wait` true it blocks until
  // the holder ends. Throws StoreError(Kind::Io) when the lock file cannot be created.
  BuildLock(const std::filesystem::path& database, bool wait);
  ~BuildLock();
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;

  static std::filesystem::path lock_path(const std::filesystem::path& database);

 private:
  int fd_ = -1;
};

}  // namespace kg::graph
