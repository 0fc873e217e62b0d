// Article: one news article read from an input file, with its normalised text and metadata.
//
// A file may hold several articles (a new headline, date and byline mid-file); each becomes
// its own Article. Offsets everywhere in kg refer to `text`; `source_offsets` maps them back
// to byte offsets in the original file so evidence can point at what the user has on disk.
// The reader records that map byte by byte (`source_offsets`); the extraction cache gives it
// back as runs (`source_offset_runs`), a few per article instead of four bytes per text byte.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace kg::ingest {

struct Sentence {
  uint32_t begin = 0;  // byte offset into Article::text
  uint32_t end = 0;    // one past the last byte
  int paragraph = 0;   // index of the paragraph the sentence belongs to
};

// A run of an offset map: text bytes from `text` on came from file bytes from `file` on, one to
// one, up to the next run.
struct OffsetRun {
  uint32_t text = 0;
  uint32_t file = 0;
};

struct Article {
  std::string file;   // file name without directories: the source id used in exports
  std::string path;   // path as read
  int index = 0;      // position of the article inside its file (0 for the first)

  // Metadata, empty when the text does not give it.
  std::string title;
  std::string date;  // ISO 8601, YYYY-MM-DD
  std::string outlet;
  // Where the text was given, when only its header says: a place line right over the header's
  // date line ("Moneda Palace, Santiago"), as written; empty otherwise. Read by extraction
  // only (not kept in the graph or the extraction cache).
  std::string header_place;
  // The place of a wire dateline cut off the first paragraph ("LUSAKA" of "LUSAKA, June 4
  // (Reuters) -"), as written; extraction only, like header_place.
  std::string dateline_place;
  std::string url;
  std::vector<std::string> authors;
  // Where an interview's questions start (text offsets of their paragraphs): lines in bold
  // ending in "?" among the answers. Read by extraction only, like header_place.
  std::vector<uint32_t> questions;
  // The first paragraph under each horizontal rule ("___" over a list of notes): text offsets.
  // What stands under a rule is no continuation of an answer above it. Extraction only.
  std::vector<uint32_t> after_rules;
  // A verbatim record's seats (text offsets of their paragraphs, "Ms. Y (State)"): the President's
  // line and the members' list of its header; `roster_chairs` the presiding ones. Extraction only.
  std::vector<uint32_t> roster;
  std::vector<uint32_t> roster_chairs;
  std::string roster_chair_title;  // the presiding seat's label ("President")
  // The news organisations the text names: the outlet when a byline, credit, masthead or
  // dateline names it (not when only the URL's host does), wires it credits, photo agencies.
  std::vector<std::string> outlets_named;

  std::string text;                       // normalised UTF-8 body text, paragraphs split by "\n\n"
  std::vector<uint32_t> source_offsets;   // text byte i came from file byte source_offsets[i]
  // The same map as runs, when `source_offsets` is empty (what a cached article holds): in
  // increasing `text` order, the first at 0, mapping text bytes 0..source_offset_count-1.
  std::vector<OffsetRun> source_offset_runs;
  uint32_t source_offset_count = 0;
  std::vector<Sentence> sentences;        // sentences of `text`, in order

  // The file byte offset of text byte `i` (clamped; identity when no map was recorded), from
  // whichever form of the map the article holds.
  uint32_t source_offset(uint32_t i) const {
    if (!source_offsets.empty()) {
      if (i >= source_offsets.size()) return source_offsets.back() + 1;
      return source_offsets[i];
    }
    if (source_offset_runs.empty() || source_offset_count == 0) return i;
    if (i >= source_offset_count) return source_offset(source_offset_count - 1) + 1;
    const auto after = std::upper_bound(source_offset_runs.begin(), source_offset_runs.end(), i,
                                        [](uint32_t at, const OffsetRun& r) { return at < r.text; });
    const OffsetRun& run = after == source_offset_runs.begin() ? *after : *(after - 1);
    return run.file + (i - run.text);
  }
};

}  // namespace kg::ingest
