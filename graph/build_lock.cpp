#include "graph/build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include "graph/store.h"

namespace kg::graph {
namespace {

// The lock file's text: "<pid>\n" and, once a build recorded one, "verified <stamp>\n".
std::string contents_of(int fd) {
  char buf[256] = {};
  const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

std::string holder_of(int fd) {
  const std::string text = contents_of(fd);
  const std::string pid = text.substr(0, text.find('\n'));
  return pid.find_first_not_of("0123456789") == std::string::npos && !pid.empty() ? " (pid " + pid + ")" : "";
}

std::string verified_in(const std::string& text) {
  static const std::string kKey = "\nverified ";
  const size_t at = text.find(kKey);
  if (at == std::string::npos) return {};
  const size_t begin = at + kKey.size(), end = text.find('\n', begin);
  return end == std::string::npos ? std::string() : text.substr(begin, end - begin);  // a torn line is no stamp
}

}  // namespace

std::filesystem::path BuildLock::lock_path(const std::filesystem::path& database) {
  return std::filesystem::path(database.string() + ".lock");
}

BuildLock::BuildLock(const std::filesystem::path& database, bool wait) {
  const std::filesystem::path path = lock_path(database);
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0)
    throw StoreError(StoreError::Kind::Io, database.string(), "cannot create the lock file " + path.string() + ": " + std::strerror(errno));
  int rc;
  do {
    rc = ::flock(fd_, LOCK_EX | (wait ? 0 : LOCK_NB));
  } while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    const int err = errno;
    const std::string holder = err == EWOULDBLOCK ? holder_of(fd_) : std::string();
    ::close(fd_);
    fd_ = -1;
    if (err == EWOULDBLOCK)
      throw StoreError(StoreError::Kind::Busy, database.string(),
                       "another kg build or import is running on this database" + holder + "; try later or pass --wait");
    throw StoreError(StoreError::Kind::Io, database.string(), "cannot lock " + path.string() + ": " + std::strerror(err));
  }
  verified_ = verified_in(contents_of(fd_));
  write_contents();
}

void BuildLock::write_contents() {
  std::string text = std::to_string(::getpid()) + "\n";
  if (!verified_.empty()) text += "verified " + verified_ + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = ::pwrite(fd_, text.data(), text.size(), 0);
  }
}

void BuildLock::record_verified(const std::string& stamp) {
  verified_ = stamp;
  write_contents();
}

std::string BuildLock::stamp_of(const std::filesystem::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return {};
  const int64_t mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return std::to_string(st.st_size) + " " + std::to_string(mtime_ns) + " " + std::to_string(st.st_ino);
}

BuildLock::~BuildLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace kg::graph
