// BuildLock: one writer at a time per database (`kg build`, `kg import`).
//
// An OS advisory lock (flock) on "<database>.lock", held for the life of the object. The kernel
// releases it when the process ends however it ends (SIGKILL included), so a crashed build
// never leaves a stale lock behind; the file itself stays and holds the holder's pid, only to
// name it in the busy message. Readers never take it: they see the last committed graph.
//
// The lock file also remembers the database file as the last build left it after checking or
// writing it (its stamp: size, modification time, inode). A build with nothing to write skips
// the whole-file integrity check when the file still has that stamp: no kg build touched it
// since, and anything else that did (a copy, a restore, damage) changed the stamp.
#pragma once

#include <filesystem>
#include <string>

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
  // "size mtime_ns inode" of a file, "" when it cannot be read.
  static std::string stamp_of(const std::filesystem::path& file);

  // The stamp the last build recorded ("" when none did).
  const std::string& verified() const { return verified_; }
  // Records `stamp` as the database file a build checked or wrote.
  void record_verified(const std::string& stamp);

 private:
  void write_contents();

  int fd_ = -1;
  std::string verified_;
};

}  // namespace kg::graph
