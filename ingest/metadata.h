// Metadata recognisers: date lines, bylines, URLs and headline-like lines.
//
// Each works on one normalised line or paragraph and says either what it found or that the
// line is not of its kind; the reader decides which evidence wins (see reader.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader_rules.h"

namespace kg::ingest {

// An ISO date (YYYY-MM-DD) when the whole of `line` is a date with optional weekday, time
// and words like "Published" or "on" ("9:05 am on 3 March 2026", "January 06, 2026",
// "2026-01-07T10:00Z", "07.01.2026"); "" otherwise. Ambiguous forms (01/02/2026) give "".
std::string parse_date_line(std::string_view line, const ReaderRules& rules);

// "Montevideo, 3 March 2026": the date of a line that is a place (one to four capitalised
// words), a comma and a whole date, as press releases print it; "" otherwise.
std::string parse_place_date_line(std::string_view line, const ReaderRules& rules);

// A date at the start of `text` ("2026-01-07 Paris declaration..."): the ISO date, and in
// `consumed` the number of bytes it took. "" when `text` does not start with a date.
std::string parse_date_prefix(std::string_view text, const ReaderRules& rules, size_t& consumed);

struct Byline {
  std::vector<std::string> authors;  // "Valerie Leroux"
  std::vector<std::string> outlets;  // canonical outlet names credited ("for AFP", ", RFE/RL")
  std::string date;                  // a date printed in the byline ("By A | January 7, 2026")
};

// Parses "By A for X, B and C", "By A, RFE/RL", "Written by A | Paris | Jan 7, 2026". The
// first part must be a person's name or an outlet ("By AFP"); later parts may be names, outlets, a date, or short
// places and roles ("Senior Correspondent"), which are skipped. Returns false for anything
// else ("By Tuesday evening, ...").
bool parse_byline(std::string_view line, const ReaderRules& rules, Byline& out);

// "Marco Bellini |03.11.2026 - Update : 04.11.2026": an agency's byline without "By", a
// person's name, a bar and the dates; the first date is the publication's.
bool parse_name_date_line(std::string_view line, const ReaderRules& rules, Byline& out);

// An outlet's name as kg reports it: all-capital mastheads in title case ("GULF OF ADEN
// OBSERVER" -> "Gulf of Aden Observer"), anything else trimmed as it is.
std::string outlet_display_name(std::string_view name);

// True for a line that is just a URL ("https://...", "www.x.com/...").
bool is_url(std::string_view text);
// "www.rnz.co.nz" -> "rnz.co.nz"; "" when `url` has no host.
std::string url_host(std::string_view url);
// An unknown site's name read from its host when the name it registered ends in a publication
// noun: "northerndispatch.eu" -> "Northern Dispatch", "baltic-review.org" -> "Baltic Review";
// "" otherwise ("example.com", "politico.eu"). Weak evidence, for when nothing else names the
// outlet.
std::string outlet_from_host(std::string_view host, const ReaderRules& rules);
// "2026-01-06" from a URL path holding /2026/01/06/; "" otherwise.
std::string url_path_date(std::string_view url);

// Headline shape: short, starts with a capital, a digit or a quote, and does not end like a
// sentence (no final full stop, comma, colon or semicolon).
bool is_headline_like(std::string_view text);

// Sentence-final: ends with . ! ? or an ellipsis, possibly followed by closing quotes or
// brackets.
bool ends_sentence(std::string_view text);

// Starts with a lower-case ASCII letter (a continuation of the text before).
bool starts_lowercase(std::string_view text);

}  // namespace kg::ingest
