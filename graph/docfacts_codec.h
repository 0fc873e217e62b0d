// DocFacts codec: what extraction produced for one input file, as one compact blob for the
// extraction cache (Store's `extractions` table, keyed by content hash and extraction key).
//
// The blob holds everything of the file's articles and facts except the file's name and path:
// the cache is keyed by content, so two files with the same bytes share an entry and a renamed
// file hits it; decode puts the name and path of the file being built back. Byte-to-file offset
// maps are stored as runs (most text maps to the file one to one), doubles bit for bit, so a
// decoded DocFacts is exactly what extraction returned, except that its offset maps are given
// back as runs (Article::source_offset_runs, source_offsets left empty: Article::source_offset
// reads either), and resolves to the same graph.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/byte_codec.h"
#include "ingest/doc_facts.h"

namespace kg::graph {

// Bumped whenever the blob layout changes; part of the extraction cache key.
inline constexpr int kDocFactsCodecVersion = 3;

std::string encode_doc_facts(const std::vector<ingest::DocFacts>& docs);

// Decodes a blob written by encode_doc_facts, setting every article's `file` to the file name
// of `path` and its `path` to `path`. Throws CodecError (naming `path`) on a blob that is
// truncated, corrupt or refers to entities, sentences or offsets that do not exist.
std::vector<ingest::DocFacts> decode_doc_facts(std::string_view blob, const std::string& path);

}  // namespace kg::graph
