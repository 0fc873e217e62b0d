#include "graph/build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "graph/store.h"

namespace kg::graph {
namespace {

std::string holder_of(int fd) {
  char buf[32] = {};
  const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  std::string pid = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.find_first_not_of("0123456789") == std::string::npos && !pid.empty() ? " (pid " + pid + ")" : "";
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
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = ::pwrite(fd_, pid.data(), pid.size(), 0);
  }
}

BuildLock::~BuildLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace kg::graph
