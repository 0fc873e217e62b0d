// Article: one news article read from an input file, with its normalised text and metadata.
//
// A file may hold several articles (a new headline, date and byline mid-file); each becomes
// its own Article. Offsets everywhere in kg refer to `text`; `source_offsets` maps them back
// to byte offsets in the original file so evidence can point at what the user has on disk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::ingest {

struct Sentence {
  uint32_t begin = 0;  // byte offset into Article::text
  uint32_t end = 0;    // one past the last byte
  int paragraph = 0;   // index of the paragraph the sentence belongs to
};

struct Article {
  std::string file;   // file name without directories: the source id used in exports
  std::string path;   // path as read
  int index = 0;      // position of the article inside its file (0 for the first)

  // Metadata, empty when the text does not give it.
  std::string title;
  std::string date;  // ISO 8601, YYYY-MM-DD
  std::string outlet;
  std::string url;
  std::vector<std::string> authors;
  // The news organisations the text names: the outlet when a byline, credit, masthead or
  // dateline names it (not when only the URL's host does), wires it credits, photo agencies.
  std::vector<std::string> outlets_named;

  std::string text;                       // normalised UTF-8 body text, paragraphs split by "\n\n"
  std::vector<uint32_t> source_offsets;   // text byte i came from file byte source_offsets[i]
  std::vector<Sentence> sentences;        // sentences of `text`, in order

  // The file byte offset of text byte `i` (clamped; identity when no map was recorded).
  uint32_t source_offset(uint32_t i) const {
    if (source_offsets.empty()) return i;
    if (i >= source_offsets.size()) return source_offsets.back() + 1;
    return source_offsets[i];
  }
};

}  // namespace kg::ingest
