// Lexicon: the domain vocabulary kg extracts with, loaded from data files and validated.
//
// Countries (with capitals, demonyms and seats of government), organisations and their
// abbreviations, offices and titles, speech verbs, commitment and other verb frames, and the
// head nouns of meetings, documents and forces. Everything is data under `data/lexicon/`,
// checked against JSON schemas under `schemas/`, so kg extends to a new domain without
// recompiling. Errors name the file and line (LexiconError).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace kg::ingest {

class Lexicon {
 public:
  // Loads and validates every lexicon under `root`/data/lexicon against `root`/schemas.
  static Lexicon load(const std::filesystem::path& root);
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  // A stable hash of every loaded file's content: part of the extraction cache key.
  const std::string& fingerprint() const;

  struct Data;  // defined in lexicon_data.h, for the extractor's eyes only
  const Data& data() const { return *data_; }

 private:
  explicit Lexicon(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

// The directory holding data/ and schemas/: `override_dir` when given, else $KG_DATA, else the
// source tree kg was built from, else the directory above the executable. Throws
// std::runtime_error naming the places looked at when none holds data/lexicon.
std::filesystem::path find_data_root(const std::string& override_dir = {});

}  // namespace kg::ingest
