// Normalisation: raw file bytes -> checked UTF-8 -> clean lines, each byte mapped to the file.
//
// decode_text rejects binary content and invalid UTF-8 (InputError naming the byte), strips a
// UTF-8 byte order mark and converts UTF-16 with a byte order mark. split_lines turns CRLF and
// lone CR into line breaks, odd spaces (NBSP, thin and ideographic spaces, tabs) into plain
// spaces, drops zero-width characters and soft hyphens, collapses runs of spaces, and removes
// markdown markup (headings, bold, links, images, block quotes, escapes) while remembering
// what it was. HTML entities left by scrapers (&amp; &nbsp; &#8217; ...) become characters.
// Curly quotes and apostrophes are kept as they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/mapped_text.h"

namespace kg::ingest {

// The file's text as UTF-8, each byte mapped to its file byte. Throws InputError(path,
// "binary file") or InputError(path, "not UTF-8 text (byte N)").
MappedText decode_text(std::string_view bytes, const std::string& path);

struct SourceLine {
  MappedText text;        // trimmed, single-spaced, markdown removed
  bool indented = false;  // the line began with white space
  int heading = 0;        // markdown heading level ("## x" -> 2), 0 for none
  bool bullet = false;    // a list item ("- x", "* x", "• x"); the marker is removed
  bool rule = false;      // a horizontal rule ("---", "* * *", "====="); text is empty
  bool bold = false;      // the whole line was strong emphasis ("**Why now?**")
  int wide_gaps = 0;      // runs of two spaces or more between its words (a scraped row of links)
  bool blank() const { return text.empty(); }
};

std::vector<SourceLine> split_lines(const MappedText& decoded);

// Removes markdown inline markup from one line: **bold**, __bold__, *emphasis*,
// [text](target) -> text, ![alt](src) -> nothing, <https://x> -> https://x, \. -> .
MappedText strip_inline_markdown(const MappedText& line);

}  // namespace kg::ingest
