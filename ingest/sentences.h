// Sentence splitting of an article's normalised text.
//
// Paragraphs are separated by "\n\n" and a paragraph end is always a sentence end (so a
// headline or a caption without a full stop never glues onto the next sentence). Inside a
// paragraph a sentence ends at . ! ? or an ellipsis (with any closing quotes and brackets
// after it) followed by white space and a capital, a digit or an opening quote, except:
//   - after an abbreviation from abbreviations.json: a "no_break" one (Mr., Gen., St.)
//     never ends a sentence; a "may_end" one (U.S., Jan., a.m.) ends it only when the next
//     word is a listed sentence starter ("... part of the U.S. The move ...");
//   - after a single capital initial ("J. D. Vance"); dotted capitals ("J.D.", "E.U.") not
//     in the data behave like "may_end" abbreviations;
//   - inside a double quotation that closes later in the same paragraph.
// The last rule is a choice made for evidence and quote attribution: a quotation of several
// sentences followed by its attribution ('"This is a start. The hard part comes
// next," Tembo said.') stays one sentence, so the evidence for a quote always carries
// its speaker, and no "sentence" starts in the middle of someone else's words. A quotation
// left open at the paragraph end (a quote continued in the next paragraph) does not protect
// its full stops, so such paragraphs still split normally. The extractor attributes quotes
// at paragraph level and uses sentences for evidence.
// A missing space after a full stop between two words ("in January.Rikard Jozwiak is")
// also ends a sentence; decimals (3.5) and domains (rferl.org) do not.
// No sentence is longer than kMaxSentenceBytes: a longer run is cut at a space (see
// split_paragraph), so evidence stays readable and extraction time stays linear on text with
// no full stops.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/reader_rules.h"

namespace kg::ingest {

inline constexpr size_t kMaxSentenceBytes = 4096;

std::vector<Sentence> split_sentences(std::string_view text, const ReaderRules& rules);

}  // namespace kg::ingest
