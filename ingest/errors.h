// Typed errors of the ingest stage, each carrying the location a user needs to act on.
#pragma once

#include <stdexcept>
#include <string>

namespace kg::ingest {

// An input file that cannot be read as an article (missing, unreadable, binary, bad UTF-8).
// what() is one line: "<path>: <reason>".
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, const std::string& reason)
      : std::runtime_error(path + ": " + reason), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A lexicon, pattern or schema file that fails validation. what() is "<file>:<line>: <reason>".
class LexiconError : public std::runtime_error {
 public:
  LexiconError(const std::string& file, int line, const std::string& reason)
      : std::runtime_error(file + ":" + std::to_string(line) + ": " + reason) {}
};

}  // namespace kg::ingest
