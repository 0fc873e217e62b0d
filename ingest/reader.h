// Reader: raw file bytes -> articles with normalised text, metadata and sentences.
//
// Handles the shapes news arrives in: markdown scrapes, PDF text (hard wraps, hyphenation,
// page-break debris, repeated URLs), plain text with a dateline ("PARIS (AFP) --"), web
// scrapes with captions and app/advert lines, and several articles in one file. What it
// recognises (outlets, abbreviations, date words, boilerplate and credit patterns) comes from
// ReaderRules, loaded from data files. docs/INGEST.md describes the shapes and the rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/reader_rules.h"

namespace kg::ingest {

// Splits `bytes` (the whole content of the file at `path`) into articles. Throws InputError
// for content that is not text (binary, invalid UTF-8). Returns no article for an empty or
// blank file.
std::vector<Article> read_articles(std::string_view bytes, const std::string& path, const ReaderRules& rules);

}  // namespace kg::ingest
