// Extractor: one article in, its mentions, quotes and relationships out (pure, no I/O).
#pragma once

#include "ingest/article.h"
#include "ingest/doc_facts.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

// A number that changes whenever extraction logic changes; with the lexicon fingerprint it
// keys the per-file extraction cache.
inline constexpr int kExtractorVersion = 25;

DocFacts extract(const Article& article, const Lexicon& lexicon);

}  // namespace kg::ingest
