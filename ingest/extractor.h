// Extractor: one article in, its mentions, quotes and relationships out (pure, no I/O).
#pragma once

#include "ingest/article.h"
#include "ingest/doc_facts.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

// A number that changes whenever extraction logic changes; with the lexicon fingerprint it
// keys the per-file extraction cache.
inline constexpr int kExtractorVersion = 92;

DocFacts extract(const Article& article, const Lexicon& lexicon);
// The same, taking the article: it is moved into the DocFacts instead of copied (its text, its
// byte-by-byte offset map and its sentences are most of an article's bytes).
DocFacts extract(Article&& article, const Lexicon& lexicon);

}  // namespace kg::ingest
