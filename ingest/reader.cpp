// The article reader (see reader.h).
//
// Design. Reading runs in passes over the file, each keeping every byte mapped to the file:
//  1. decode and normalise into lines (normalize.h): checked UTF-8, plain spaces, no markdown;
//  2. classify each line: metadata lines (date lines, bylines, outlet and credit lines, URLs,
//     "Original url:" labels, "key: value" lines) stand alone; the rest is text;
//  3. group text lines into paragraphs: blank lines always separate; inside a run of lines,
//     a PDF-style hard wrap (the file's lines cluster under a width and break mid-sentence)
//     is joined, as is a line that continues in lower case; line-end hyphens are kept for
//     compounds (U.S.-led, pro-Western) and dropped for broken words (negoti-ations);
//  4. give each paragraph a role: boilerplate (drop patterns), photo caption (the credit is
//     cut, the sentence before it kept), headline-like, or body; body paragraphs split by
//     page-break debris (URL-only lines, a blank) are joined again when the first does not
//     end a sentence and the second starts in lower case;
//  5. split into articles: a cluster of metadata lines (date, outlet, byline) after enough
//     body text starts a new article, together with the headline lines just above it;
//  6. per article, read metadata from its own lines and assemble text and sentences.
//
// Outlet evidence is ranked, strongest first: the article's own URL (an "Original url" or
// URL metadata line) through the outlets' domains; an outlet line ("RFE RL"), a "Source:"
// line or a closing credit line ("-AFP / RNZ": the last name is the publisher); the domain
// of other URLs in the article (related-article links, page footers); finally the wire
// named in a byline ("for AFP") or a dateline ("PARIS (AFP) --"). Photo credits never count.
#include "ingest/reader.h"

#include <utf8proc.h>

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <filesystem>
#include <set>

#include "ingest/errors.h"
#include "ingest/mapped_text.h"
#include "ingest/metadata.h"
#include "ingest/normalize.h"
#include "ingest/sentences.h"
#include "ingest/tokens.h"

namespace kg::ingest {
namespace {

size_t word_count(std::string_view s);  // words between single spaces
bool in_capitals(std::string_view t);
MappedText recased(const MappedText& t, bool lower = false);

enum class Kind { kText, kHeading, kDate, kByline, kOutlet, kCredit, kUrl, kUrlLabel, kMeta, kRule };
enum class Role { kBody, kCaption, kHeadline, kDrop };

struct Block {
  Kind kind = Kind::kText;
  Role role = Role::kBody;
  MappedText text;
  int heading = 0;
  bool blank_before = false;
  bool indented = false;
  int wide_gaps = 0;       // runs of two spaces or more between its words, as scraped
  bool dashed = false;     // a credit line that opens with a dash ("-AFP / RNZ")
  bool labelled = false;   // a URL given as the article's own ("Original url:")
  bool bullet = false;     // a list item: body text even without a full stop
  bool running_header = false;  // a PDF page header ("BULLETIN  Issue 12 | 3 June 2026")
  bool meeting_header = false;  // a body's numbered meeting over a release ("General Assembly 812th plenary meeting.")
  bool question = false;   // an interviewer's question: a line in bold ending in "?"
  bool roster = false;     // a seat of a verbatim record's header ("Ms. Y (State)")
  bool chair = false;      // the presiding seat among them ("President: Mr. X . . . (State)")
  std::string chair_title; // its label ("President")
  std::string record_place;  // a verbatim record's place line under its date ("New York")
  std::string date, title, url;
  std::vector<std::string> authors, outlets;
  std::vector<std::string> credited;  // known agencies a caption's photo credit names
};

std::string trim_copy(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

MappedText trim(const MappedText& t) {
  size_t b = 0, e = t.size();
  while (b < e && t.text[b] == ' ') ++b;
  while (e > b && t.text[e - 1] == ' ') --e;
  return t.slice(b, e);
}

// A kicker or breadcrumb over a headline: short capitalised sections split by a separator
// ("Europe › Western Balkans", "AFRICA / PEACE & SECURITY"); never the title.
bool is_kicker(std::string_view s) {
  static const std::string_view seps[] = {" \xE2\x80\xBA ", " \xC2\xBB ", " / ", " > "};  // › » / >
  for (std::string_view sep : seps) {
    size_t at = s.find(sep);
    if (at == std::string_view::npos) continue;
    size_t b = 0, parts = 0;
    bool ok = true;
    while (ok) {
      const size_t e = s.find(sep, b);
      const std::string_view part = s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
      const size_t words = word_count(part);
      ok = words >= 1 && words <= 3 && part.front() >= 'A' && part.front() <= 'Z' && part.back() != '.';
      ++parts;
      if (e == std::string_view::npos) break;
      b = e + sep.size();
    }
    if (ok && parts >= 2) return true;
  }
  return false;
}

// "NEWS | FOREIGN AFFAIRS": a section and its subsection between pipes, the first a section
// label, each part one to three words; a kicker, never the title.
bool is_section_path(std::string_view s, const ReaderRules& rules) {
  const size_t bar = s.find(" | ");
  if (bar == std::string_view::npos || !rules.is_section_label(trim_copy(s.substr(0, bar)))) return false;
  for (size_t b = bar + 3; b <= s.size();) {
    size_t e = s.find(" | ", b);
    if (e == std::string_view::npos) e = s.size();
    const size_t words = word_count(s.substr(b, e - b));
    if (words < 1 || words > 3) return false;
    b = e + 3;
  }
  return true;
}

// A site's menu row: three or more short capitalised items between pipes ("Home | Newsroom |
// Statements | About Us").
bool is_menu_row(std::string_view s) {
  size_t items = 0, b = 0;
  for (;;) {
    const size_t e = s.find(" | ", b);
    std::string_view item = s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    const size_t words = word_count(item);
    if (words < 1 || words > 3 || !(item.front() >= 'A' && item.front() <= 'Z') || item.back() == '.') return false;
    ++items;
    if (e == std::string_view::npos) break;
    b = e + 3;
  }
  return items >= 3;
}

// A scraped row of four or more links parted by runs of spaces ("World  Europe  Americas  Global
// development"): short capitalised items, no digit and no sentence punctuation.
bool is_wide_menu_row(const Block& b) {
  const std::string_view s = b.text.view();
  if (b.wide_gaps < 3 || s.empty() || !(s.front() >= 'A' && s.front() <= 'Z')) return false;
  if (word_count(s) > 3 * static_cast<size_t>(b.wide_gaps + 1)) return false;
  return s.find_first_of("0123456789.,:;|") == std::string_view::npos;
}

// "Moneda Palace, Santiago": a short line of capitalised names parted by commas, with no digit
// (a place line of a header; the extractor decides which parts are places).
bool place_line(std::string_view t) {
  if (t.size() > 80 || t.find(',') == std::string_view::npos || word_count(t) > 8) return false;
  for (size_t b = 0; b <= t.size();) {
    size_t e = t.find(',', b);
    if (e == std::string_view::npos) e = t.size();
    const std::string part = trim_copy(t.substr(b, e - b));
    const unsigned char c = part.empty() ? 0 : static_cast<unsigned char>(part.front());
    if (!((c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
    if (std::any_of(part.begin(), part.end(), [](char x) { return x >= '0' && x <= '9'; })) return false;
    b = e + 1;
  }
  return true;
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    if (c == ' ') {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

// ---- pass 2: lines -------------------------------------------------------------------

// "-AFP / RNZ", "(Reuters)", "AFP/RNZ": every part a known outlet.
bool parse_credit_line(std::string_view text, const ReaderRules& rules, Block& b) {
  if (text.size() > 80) return false;
  std::string s(text);
  bool dashed = false;
  while (!s.empty() && (s[0] == '-' || s[0] == ' ')) {
    dashed |= s[0] == '-';
    s.erase(0, 1);
  }
  for (const char* dash : {"\xE2\x80\x94", "\xE2\x80\x93"}) {  // — –
    if (s.rfind(dash, 0) == 0) {
      s.erase(0, 3);
      dashed = true;
    }
  }
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    s = s.substr(1, s.size() - 2);
    dashed = true;
  }
  std::vector<std::string> names;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '/' || s[i] == ',') {
      const std::string part = trim_copy(std::string_view(s).substr(start, i - start));
      const Outlet* o = rules.outlet_by_name(part);
      if (!o) {
        // "RFE/RL" is one name that holds a slash: try it with the next part.
        if (i < s.size() && s[i] == '/') continue;
        return false;
      }
      names.push_back(o->name);
      start = i + 1;
    }
  }
  if (names.empty() || (names.size() == 1 && !dashed)) return false;
  b.kind = Kind::kCredit;
  b.outlets = names;
  b.dashed = dashed;
  return true;
}

// "Original url: <x>", "Source: Reuters", "date 2026-01-07 Title", "Title: ...".
bool parse_meta_line(std::string_view text, const ReaderRules& rules, Block& b, bool segment = false) {
  size_t colon = text.find(':');
  // "Trouble seeing this message? View it in your browser: URL": a key after a sentence
  size_t key_from = 0;
  if (colon != std::string_view::npos && colon > 30) {
    const size_t stop = text.substr(0, colon).find_last_of("?!.");
    if (stop != std::string_view::npos && stop + 2 < colon && text[stop + 1] == ' ') key_from = stop + 2;
  }
  const std::string_view key_text = colon == std::string_view::npos ? std::string_view() : text.substr(key_from, colon - key_from);
  if (colon != std::string_view::npos && colon > key_from && colon - key_from <= 40 && word_count(key_text) <= 6) {
    std::string kind = rules.meta_key(trim_copy(key_text));
    // "Anchor: A | Correspondent: B, City": a broadcast header's credits count only between
    // pipes (a transcript's "ANCHOR: Good evening" is a speaker's turn)
    if (kind == "segment_author" || kind == "segment_staff") {
      if (!segment) return false;
      kind = kind == "segment_author" ? "author" : "staff";
    }
    if (key_from > 0 && kind != "url") return false;
    std::string value = trim_copy(text.substr(colon + 1));
    // "Andean Briefing <news@andeanbriefing.org>": a mail sender's display name
    if (const size_t lt = value.find(" <"); kind == "outlet" && lt != std::string::npos && value.back() == '>') value.erase(lt);
    if (!kind.empty() && value.empty() && kind == "url") {
      b.kind = Kind::kUrlLabel;
      return true;
    }
    if (!kind.empty() && !value.empty() && value.size() <= 250) {
      if (kind == "date") {
        b.date = parse_date_line(value, rules);
        if (b.date.empty()) return false;
      } else if (kind == "url" || (kind == "outlet" && is_url(value))) {
        if (!is_url(value)) return false;
        b.url = value;
      } else if (kind == "outlet") {
        const Outlet* o = rules.outlet_by_name(value);
        if (!o && word_count(value) > 5) return false;
        b.outlets.push_back(o ? o->name : value);
      } else if (kind == "title") {
        b.title = value;
      } else if (kind == "author") {
        Byline byline;
        if (!parse_byline("by " + value, rules, byline)) return false;
        b.authors = byline.authors;
        b.outlets = byline.outlets;
      }
      b.kind = Kind::kMeta;
      return true;
    }
  }
  // A URL key without a colon: "Originally published at https://..."
  if (const size_t at = text.rfind(" http"); at != std::string_view::npos && at > 0) {
    const std::string_view url = text.substr(at + 1);
    if (rules.meta_key(trim_copy(text.substr(0, at))) == "url" && is_url(url)) {
      b.kind = Kind::kMeta;
      b.url = std::string(url);
      return true;
    }
  }
  // A date key without a colon: "date 2026-03-04 Lima accord holds ..."
  const size_t space = text.find(' ');
  if (space != std::string_view::npos && rules.meta_key(text.substr(0, space)) == "date") {
    if (const std::string whole = parse_date_line(text, rules); !whole.empty()) {
      b.kind = Kind::kMeta;  // "Published 12.03.2026 09:15 | Updated 12.03.2026 11:40"
      b.date = whole;
      return true;
    }
    size_t consumed = 0;
    const std::string_view rest = text.substr(space + 1);
    const std::string date = parse_date_prefix(rest, rules, consumed);
    if (date.empty()) return false;
    b.kind = Kind::kMeta;
    b.date = date;
    const std::string title = trim_copy(rest.substr(consumed));
    if (is_headline_like(title)) b.title = title;
    return true;
  }
  return false;
}

// "Posted on 4 March 2026 | Permalink: https://...": a line of metadata items between pipes,
// every one of them a "key: value", a keyed date or, beside a keyed item, a bare timestamp
// ("Source: X | Editor: Y | 2026-03-17 09:05:12", an agency's service line).
// "18:20", "9:05": a clock time alone.
bool clock_time(std::string_view t) {
  const size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || t.size() != colon + 3) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); });
}

bool parse_meta_segments(std::string_view text, const ReaderRules& rules, Block& b) {
  if (text.find(" | ") == std::string_view::npos || text.size() > 300) return false;
  Block all;
  bool keyed = false;
  size_t from = 0;
  for (;;) {
    const size_t e = text.find(" | ", from);
    const std::string part = trim_copy(text.substr(from, e == std::string_view::npos ? std::string_view::npos : e - from));
    Block seg;
    if (part.empty()) return false;
    if (parse_meta_line(part, rules, seg, true) && seg.kind == Kind::kMeta) {
      keyed = true;
    } else if (clock_time(part)) {
      // "Published: 14.06.2027 | 09:45 | Views: 388": the time of a dated line
    } else {
      seg.date = parse_date_line(part, rules);
      if (seg.date.empty()) return false;
    }
    if (all.date.empty()) all.date = seg.date;
    if (all.url.empty()) all.url = seg.url;
    if (all.title.empty()) all.title = seg.title;
    all.outlets.insert(all.outlets.end(), seg.outlets.begin(), seg.outlets.end());
    all.authors.insert(all.authors.end(), seg.authors.begin(), seg.authors.end());
    if (e == std::string_view::npos) break;
    from = e + 3;
  }
  if (!keyed) return false;
  b.kind = Kind::kMeta;
  b.date = all.date;
  b.url = all.url;
  b.title = all.title;
  b.outlets = all.outlets;
  b.authors = all.authors;
  return true;
}

// A named group of a match; a piece with no data when the pattern has no such group or the group
// did not take part.
re2::StringPiece named_group(const re2::RE2& re, const std::vector<re2::StringPiece>& groups, const char* name) {
  const auto& names = re.NamedCapturingGroups();
  const auto it = names.find(name);
  return it == names.end() ? re2::StringPiece() : groups[static_cast<size_t>(it->second)];
}

// A named group of a match, or "" when the group did not take part.
std::string group_text(const re2::RE2& re, const std::vector<re2::StringPiece>& groups, const char* name) {
  const re2::StringPiece g = named_group(re, groups, name);
  return g.data() ? std::string(g) : std::string();
}

// The text of a named group of a match as offsets [begin, end) into `text` (the text matched);
// false when the group did not take part.
bool group_span(const re2::RE2& re, const std::vector<re2::StringPiece>& groups, const char* name, std::string_view text,
                size_t& begin, size_t& end) {
  const re2::StringPiece g = named_group(re, groups, name);
  if (!g.data()) return false;
  begin = static_cast<size_t>(g.data() - text.data());
  end = begin + g.size();
  return true;
}

// The patterns of `list` that match `text` (anchored as `anchor` says), in order, each with
// its capture groups: `visit(re, groups)` is called for each until it returns true; returns
// whether one did. The set answers which patterns match; only those are run for their groups.
template <typename Visit>
bool first_match(const PatternList& list, std::string_view text, RE2::Anchor anchor, Visit visit) {
  std::vector<int> candidates;
  list.matching(text, candidates);
  std::vector<re2::StringPiece> groups;
  for (const int i : candidates) {
    const re2::RE2& re = list[static_cast<size_t>(i)];
    groups.assign(static_cast<size_t>(re.NumberOfCapturingGroups()) + 1, re2::StringPiece());
    if (!re.Match(text, 0, text.size(), anchor, groups.data(), static_cast<int>(groups.size()))) continue;
    if (visit(re, groups)) return true;
  }
  return false;
}

// The first outlet_lines pattern naming a publisher in `text` ("© 2026 X. All rights
// reserved.", "Get the X app"); "" when none does.
std::string outlet_line(std::string_view text, const ReaderRules& rules) {
  std::string named;
  first_match(rules.outlet_lines, text, RE2::UNANCHORED, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
    const std::string name = trim_copy(group_text(re, groups, "outlet"));
    if (name.empty() || rules.is_section_label(name)) return false;
    const Outlet* o = rules.outlet_by_name(name);
    named = o ? o->name : outlet_display_name(name);
    return true;
  });
  return named;
}

std::string last_word(std::string_view s);

// A header line of a parliamentary record or a broadcast transcript ("Volume 12: debated on
// Tuesday 3 May 2027", "TRANSCRIPT | Segment 2 of 5: headline"): its date or title, never text;
// a report's publication line ("Published on 3 June 2028 by the Senate of X") names its publisher.
bool parse_header_line(std::string_view text, const ReaderRules& rules, Block& b) {
  if (text.size() > 250) return false;
  return first_match(rules.header_lines, text, RE2::ANCHOR_BOTH, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
    const std::string date = trim_copy(group_text(re, groups, "date"));
    const std::string title = trim_copy(group_text(re, groups, "title"));
    if (!date.empty()) b.date = parse_date_line(date, rules);
    if (b.date.empty() && title.empty()) return false;
    b.title = title;
    if (const std::string publisher = trim_copy(group_text(re, groups, "outlet")); !publisher.empty()) {
      const Outlet* o = rules.outlet_by_name(publisher);
      b.outlets.push_back(o ? o->name : outlet_display_name(publisher));
    }
    b.kind = Kind::kMeta;
    return true;
  });
}

// A PDF page header naming the publication, its issue and date: metadata that repeats on
// every page, so it is dropped from the text wherever it stands.
bool parse_running_header(std::string_view text, const ReaderRules& rules, Block& b) {
  if (text.size() > 120) return false;
  return first_match(rules.running_headers, text, RE2::ANCHOR_BOTH, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
    std::string name = trim_copy(group_text(re, groups, "outlet"));
    const bool headed = name.empty();
    if (headed) name = trim_copy(group_text(re, groups, "headed_outlet"));
    // "*Lagoon Review · Explainers · 2 March 2027*": the name before a section label is the outlet;
    // "Analysis · Caspian Policy Institute · 2 March 2027": after one, the name is the publisher's
    const std::string lead = trim_copy(group_text(re, groups, "lead"));
    const bool labelled = headed && !lead.empty() && rules.is_section_label(lead) && !rules.is_section_label(name);
    if (headed && !lead.empty() && rules.is_section_label(name)) name = lead;
    if (name.empty()) return false;
    const std::string date = group_text(re, groups, "date");
    const Outlet* o = rules.outlet_by_name(name);
    // "Coast & Sahel Review · 2 June 2026": a name and a date alone on a line are a
    // publication's only when the name is one or ends in a publication noun ("Kyiv · 9 May
    // 2026" is a place and a date), or a section label leads the line and the name ends in a
    // think tank's noun ("Analysis · Santiago · 9 May 2026" is still a place)
    if (headed && !o && !rules.is_outlet_head(last_word(name)) && !(labelled && rules.is_institute_head(last_word(name)))) return false;
    b.outlets.push_back(o ? o->name : outlet_display_name(name));
    if (!date.empty()) b.date = parse_date_line(trim_copy(date), rules);
    b.running_header = true;
    return true;
  });
}

Block classify_line(const SourceLine& line, const ReaderRules& rules) {
  Block b;
  b.text = line.text;
  b.indented = line.indented;
  b.wide_gaps = line.wide_gaps;
  b.heading = line.heading;
  const std::string_view t = line.text.view();
  b.question = line.bold && !t.empty() && t.back() == '?';
  if (line.heading > 0) {
    b.kind = Kind::kHeading;
    return b;
  }
  if (is_url(t)) {
    b.kind = Kind::kUrl;
    b.url = std::string(t);
    return b;
  }
  if (parse_meta_line(t, rules, b)) return b;
  if (parse_meta_segments(t, rules, b)) return b;
  if (parse_running_header(t, rules, b)) return b;
  if (parse_header_line(t, rules, b)) return b;
  b.date = parse_date_line(t, rules);
  if (b.date.empty()) b.date = parse_place_date_line(t, rules);
  if (!b.date.empty()) {
    b.kind = Kind::kDate;
    return b;
  }
  Byline byline;
  if (parse_byline(t, rules, byline) || parse_name_date_line(t, rules, byline)) {
    b.kind = Kind::kByline;
    b.authors = byline.authors;
    b.outlets = byline.outlets;
    b.date = byline.date;
    return b;
  }
  if (t.size() <= 60) {
    if (const Outlet* o = rules.outlet_by_name(t)) {
      b.kind = Kind::kOutlet;
      b.outlets.push_back(o->name);
      return b;
    }
  }
  parse_credit_line(t, rules, b);
  return b;
}

// ---- pass 3: paragraphs --------------------------------------------------------------

// Lower-case words of the document's text, and its hyphenated compounds, for telling a
// broken word from a compound at a line-end hyphen.
// The halves of a word broken at a line end ("rep-" / "resented") are not words of their own:
// counted, they made every broken word look like a compound of two known words.
std::set<std::string> document_words(const std::vector<Block>& lines) {
  std::set<std::string> words;
  bool broken_before = false;  // the text line before ended in a word and a hyphen
  for (const Block& b : lines) {
    if (b.kind != Kind::kText) continue;
    const std::string& text = b.text.text;
    const bool broken_after = text.size() >= 2 && text.back() == '-' && std::isalpha(static_cast<unsigned char>(text[text.size() - 2]));
    std::string cur;
    bool first_word = true;
    for (size_t at = 0; at <= text.size(); ++at) {
      const char c = at < text.size() ? text[at] : ' ';
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter || (c == '-' && !cur.empty())) {
        cur += static_cast<char>(letter && c <= 'Z' ? c + 32 : c);
        continue;
      }
      const bool line_end_half = (at == text.size() && broken_after) || (first_word && broken_before && !cur.empty() && at == cur.size());
      if (!cur.empty()) first_word = false;
      if (line_end_half) {
        cur.clear();
        continue;
      }
      while (!cur.empty() && cur.back() == '-') cur.pop_back();
      if (!cur.empty()) {
        words.insert(cur);
        for (size_t h = cur.find('-'); h != std::string::npos; h = cur.find('-', h + 1)) {
          words.insert(cur.substr(0, h));
        }
        size_t from = 0;
        for (size_t h = cur.find('-'); h != std::string::npos; h = cur.find('-', h + 1)) {
          words.insert(cur.substr(from, h - from));
          from = h + 1;
        }
        words.insert(cur.substr(from));
      }
      cur.clear();
    }
    broken_before = broken_after;
  }
  return words;
}

// Whether the hyphen ending `a` (before `b` on the next line) belongs to the word.
bool keep_line_end_hyphen(std::string_view a, std::string_view b, const ReaderRules& rules,
                          const std::set<std::string>& words) {
  size_t s = a.size() - 1;  // a.back() == '-'
  while (s > 0 && a[s - 1] != ' ' && a[s - 1] != '-') --s;
  const std::string_view left = a.substr(s, a.size() - 1 - s);
  size_t e = 0;
  while (e < b.size() && ((b[e] >= 'a' && b[e] <= 'z') || (b[e] >= 'A' && b[e] <= 'Z'))) ++e;
  const std::string_view right = b.substr(0, e);
  if (left.empty() || right.empty() || !(right[0] >= 'a' && right[0] <= 'z')) return true;
  for (size_t i = 0; i < left.size(); ++i) {
    const char c = left[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return true;  // U.S.-led, 2022-
    if (i > 0 && c >= 'A' && c <= 'Z') return true;
  }
  const std::string l = ascii_lower(left), r = ascii_lower(right);
  if (words.count(l + r)) return false;
  if (words.count(l + "-" + r)) return true;
  if (rules.is_compound_prefix(l)) return true;
  if (rules.is_broken_word_suffix(r)) return false;
  if (words.count(l) && words.count(r)) return true;
  return !(l.size() <= 4 || !words.count(l));
}

// Appends `b` to paragraph `a`: without a space after a line-end hyphen (dropping it for a
// broken word), with one space otherwise.
void join_text(MappedText& a, const MappedText& b, const ReaderRules& rules, const std::set<std::string>& words) {
  if (!a.empty() && a.text.back() == '-' && !b.empty() && (a.size() < 2 || a.text[a.size() - 2] != ' ')) {
    if (!keep_line_end_hyphen(a.text, b.text, rules, words)) {
      a.text.pop_back();
      a.offsets.pop_back();
    }
    a.append(b);
    return;
  }
  a.insert_text(" ", a.end_offset());
  a.append(b);
}

// PDF-style text: most lines break near one width, mid-sentence.
struct WrapModel {
  bool wrapped = false;
  size_t width = 0;
  // A line that ran to (about) the wrap width; a much longer line is a paragraph of its own.
  bool is_long(size_t n) const { return n * 10 >= width * 6 && n * 20 <= width * 23; }
};

WrapModel wrap_model(const std::vector<SourceLine>& lines, const std::vector<Block>& blocks) {
  std::vector<size_t> lengths;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == Kind::kText && !lines[i].blank()) lengths.push_back(blocks[i].text.size());
  }
  WrapModel m;
  if (lengths.size() < 4) return m;
  std::sort(lengths.begin(), lengths.end());
  m.width = lengths[lengths.size() * 9 / 10];
  size_t pairs = 0, wraps = 0;
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (blocks[i].kind != Kind::kText || blocks[i + 1].kind != Kind::kText || lines[i].blank() || lines[i + 1].blank()) {
      continue;
    }
    ++pairs;
    if (m.is_long(blocks[i].text.size()) && !ends_sentence(blocks[i].text.view())) ++wraps;
  }
  m.wrapped = m.width <= 160 && wraps >= 3 && wraps * 3 >= pairs;
  return m;
}

std::vector<Block> build_paragraphs(const std::vector<SourceLine>& lines, const ReaderRules& rules) {
  std::vector<Block> line_blocks;
  line_blocks.reserve(lines.size());
  for (const SourceLine& l : lines) line_blocks.push_back(classify_line(l, rules));
  const WrapModel wrap = wrap_model(lines, line_blocks);
  // The words are only asked about at a line-end hyphen; most files have none.
  const bool hyphen_ends = std::any_of(line_blocks.begin(), line_blocks.end(), [](const Block& b) {
    return b.kind == Kind::kText && !b.text.empty() && b.text.text.back() == '-';
  });
  const std::set<std::string> words = hyphen_ends ? document_words(line_blocks) : std::set<std::string>();

  std::vector<Block> out;
  bool blank = false;
  bool open_text = false;  // the last block is a text paragraph still accepting lines
  size_t last_line = 0;    // length of the last line added to it
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rule) {  // a horizontal rule: a paragraph break that may end an article
      Block rule;
      rule.kind = Kind::kRule;
      out.push_back(std::move(rule));
    }
    if (lines[i].blank()) {
      blank = true;
      open_text = false;
      continue;
    }
    Block b = std::move(line_blocks[i]);
    b.blank_before = blank || out.empty();
    b.bullet = lines[i].bullet;
    blank = false;
    if (b.kind == Kind::kText && open_text && !lines[i].bullet) {
      Block& a = out.back();
      const std::string_view at = a.text.view(), bt = b.text.view();
      // A word cut at a line-end hyphen goes on on the next line, whatever its case
      // ("pro-" + "Western").
      const bool hyphen = at.size() >= 2 && at.back() == '-' && at[at.size() - 2] != ' ' && at[at.size() - 2] != '-' &&
                          !bt.empty() && std::isalpha(static_cast<unsigned char>(bt[0]));
      bool join = hyphen || (!ends_sentence(at) && starts_lowercase(bt));
      if (wrap.wrapped && !join) {
        // The line before ran to the wrap width: the paragraph goes on, unless the new line
        // is indented after a full sentence (a paragraph start) or the old one is a short
        // headline-like line.
        join = wrap.is_long(last_line) && !(b.indented && ends_sentence(at));
      }
      if (join) {
        last_line = b.text.size();
        join_text(a.text, b.text, rules, words);
        continue;
      }
    }
    open_text = b.kind == Kind::kText;
    last_line = b.text.size();
    out.push_back(std::move(b));
  }
  return out;
}

// ---- pass 4: roles -------------------------------------------------------------------

// The known outlets a credit names: "Reuters / Ana Petrova", "Photo: LETA", "AFP via Getty
// Images" (a photographer's name is not an outlet).
std::vector<std::string> credited_outlets(std::string_view credit, const ReaderRules& rules) {
  std::vector<std::string> out;
  for (size_t b = 0; b <= credit.size();) {
    size_t e = credit.find_first_of("/,;:()|", b);
    const size_t via = credit.find(" via ", b);
    if (via < e) e = via;
    if (e == std::string_view::npos) e = credit.size();
    std::string part = trim_copy(credit.substr(b, e - b));
    if (part.rfind("\xC2\xA9", 0) == 0) part = trim_copy(std::string_view(part).substr(2));  // "© Ana Petrova"
    if (const Outlet* o = rules.outlet_by_name(part)) out.push_back(o->name);
    b = e + (e == via ? 5 : 1);
  }
  return out;
}

// Cuts a photo credit off the end of a caption, keeping the agencies it names in `credited`;
// returns whether there was one.
bool cut_caption_credit(MappedText& text, std::vector<std::string>& credited, const ReaderRules& rules) {
  size_t begin = 0;
  const bool found =
      first_match(rules.caption_credits, text.text, RE2::UNANCHORED, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
        re2::StringPiece credit = named_group(re, groups, "credit");
        if (!credit.data()) credit = groups[0];
        begin = static_cast<size_t>(credit.data() - text.text.data());
        credited = credited_outlets(std::string_view(credit.data(), credit.size()), rules);
        return true;
      });
  if (found) text = trim(text.slice(0, begin));
  return found;
}

bool is_boilerplate(std::string_view text, const ReaderRules& rules) {
  return rules.drop_paragraphs.any(text) || rules.menu_rows.any(text);
}

// A line listing three items or more between semicolons ("Members: A (Chair); B; C"): text,
// however it ends.
bool semicolon_list(std::string_view t) {
  size_t n = 0;
  for (size_t at = t.find("; "); at != std::string_view::npos; at = t.find("; ", at + 2)) ++n;
  return n >= 2;
}

// A line opening with a briefing transcript's one-letter label and a spaced dash ("Q - Will
// the ships sail?", "A – They will.").
bool opens_with_letter_label(std::string_view t) {
  if (t.size() < 4 || t[0] < 'A' || t[0] > 'Z' || t[1] != ' ') return false;
  const std::string_view rest = t.substr(2);
  for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "}) {
    if (rest.substr(0, dash.size()) == dash) return true;
  }
  return false;
}

// A line opening with a speaker's label: up to five capitalised words or numbers and a colon
// ("Q12 Chair: ...", "Ana Zubiri: ..."), with notes in brackets ("REPORTER (voice-over): ..."),
// or a one-letter label and a dash ("Q - ...").
bool opens_with_label(std::string_view t) {
  if (opens_with_letter_label(t)) return true;
  const size_t colon = t.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view label = t.substr(0, colon);
  size_t words = 0;
  for (size_t b = 0; b < label.size();) {
    if (label[b] == '(') {  // a note: "(voice-over)", "(in French, interpreted)"
      const size_t close = label.find(')', b);
      if (close == std::string_view::npos || words == 0) return false;
      b = close + 1 < label.size() && label[close + 1] == ' ' ? close + 2 : close + 1;
      continue;
    }
    size_t e = label.find(' ', b);
    if (e == std::string_view::npos) e = label.size();
    const char c = label[b];
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    ++words;
    b = e + 1;
  }
  return words >= 1 && words <= 5;
}

bool labelled_body(const Block& b) { return b.kind == Kind::kText && b.role == Role::kBody && opens_with_label(b.text.view()); }

// A broadcast's lower third over a soundbite: the speaker's name and office in capitals parted by
// a comma ("MARIA KOVAC, MINISTER OF DEFENCE OF CROATIA").
bool lower_third(const Block& b) {
  const std::string_view t = b.text.view();
  return b.kind == Kind::kText && b.role == Role::kHeadline && in_capitals(t) && t.find(", ") != std::string_view::npos &&
         word_count(t) <= 14;
}

// Turns of a transcript among labelled turns are text, however they end: "Q12 Chair: Will the
// ships sail?" over "Ana Zubiri: They will.", and a soundbite the broadcast cuts off ("KOVAC: We
// will train them together under one —", "... has not [crosstalk]") after a labelled turn (and
// the lower third naming its speaker).
void keep_labelled_turns(std::vector<Block>& blocks) {
  bool after_turn = false;  // the text kept last is a labelled turn, or a lower third under one
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& q = blocks[i];
    if (q.kind != Kind::kText || q.role == Role::kDrop) continue;
    const bool turns_before = after_turn;
    if (q.role == Role::kHeadline && !q.text.text.empty() && opens_with_label(q.text.view())) {
      const bool question_over_turn = q.text.text.back() == '?' && i + 1 < blocks.size() && labelled_body(blocks[i + 1]);
      if (question_over_turn || turns_before) q.role = Role::kBody;
    }
    after_turn = labelled_body(q) || (turns_before && lower_third(q));
  }
}

void assign_roles(std::vector<Block>& blocks, const ReaderRules& rules) {
  for (Block& b : blocks) {
    if (b.kind == Kind::kHeading) {
      b.role = Role::kHeadline;
      continue;
    }
    if (b.kind != Kind::kText || b.running_header) {
      b.role = Role::kDrop;
      continue;
    }
    if (rules.caption_lines.any(b.text.view())) {
      b.role = Role::kBody;  // a transcript's caption names the speaker and the office: text
    } else if (is_boilerplate(b.text.view(), rules)) {
      // ("Photo: Reuters / Leaders pose after the signing": a dropped line still credits the
      // agencies its photo credit names)
      MappedText copy = b.text;
      cut_caption_credit(copy, b.credited, rules);
      b.role = Role::kDrop;
    } else if (cut_caption_credit(b.text, b.credited, rules)) {
      b.role = word_count(b.text.view()) >= 3 ? Role::kCaption : Role::kDrop;
    } else if (is_headline_like(b.text.view()) && !b.bullet && !semicolon_list(b.text.view())) {
      b.role = Role::kHeadline;
    } else {
      b.role = Role::kBody;
    }
  }
  keep_labelled_turns(blocks);
}

// Joins body paragraphs cut apart by a page break: the first does not end a sentence and the
// next, past any dropped debris, goes on in lower case.
void rejoin_page_breaks(std::vector<Block>& blocks, const ReaderRules& rules) {
  const std::set<std::string> no_words;
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& a = blocks[i];
    if (a.kind != Kind::kText || (a.role != Role::kBody && a.role != Role::kHeadline)) continue;
    for (size_t j = i + 1; j < blocks.size(); ++j) {
      Block& b = blocks[j];
      if (b.kind == Kind::kUrl || (b.kind == Kind::kText && b.role == Role::kDrop)) continue;
      if (b.kind == Kind::kText && (b.role == Role::kBody || b.role == Role::kHeadline) &&
          !ends_sentence(a.text.view()) && starts_lowercase(b.text.view())) {
        join_text(a.text, b.text, rules, no_words);
        a.role = is_headline_like(a.text.view()) ? Role::kHeadline : Role::kBody;
        b.role = Role::kDrop;
        b.kind = Kind::kText;
        b.text = MappedText();
        --i;  // the joined paragraph may go on again
      }
      break;
    }
  }
}

// A signature block closing an issued text: groups of short lines, "For the Republic of X" /
// the signer's name / the signer's title, after the body. Each group becomes one body
// paragraph, its lines joined by commas ("For the Republic of X, Name, Minister of ..."), so
// that the extractor reads who signed for whom with which office.
void join_signature_blocks(std::vector<Block>& blocks, const ReaderRules& rules) {
  bool seen_body = false;
  auto line = [&](size_t k) {
    return k < blocks.size() && blocks[k].kind == Kind::kText && blocks[k].role == Role::kHeadline && !blocks[k].blank_before &&
           word_count(blocks[k].text.view()) <= 16;
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& a = blocks[i];
    if (a.kind == Kind::kText && a.role == Role::kBody) seen_body = true;
    if (!seen_body || a.kind != Kind::kText || a.role != Role::kHeadline || !rules.signature_openers.any(a.text.view())) continue;
    if (!line(i + 1)) continue;
    size_t k = i + 1;
    for (; k < i + 3 && line(k); ++k) {
      a.text.insert_text(", ", a.text.end_offset());
      a.text.append(blocks[k].text);
      blocks[k].role = Role::kDrop;
    }
    a.text.insert_text(".", a.text.end_offset());
    a.role = Role::kBody;
    i = k - 1;
  }
}

// A meetings-coverage release opens with the body's name in capitals over the numbered
// meeting it reports ("GENERAL ASSEMBLY" / "812TH PLENARY MEETING (PM)"). The two lines become one
// sentence before the body ("General Assembly 812th plenary meeting."), so that the extractor meets
// the meeting and its owner; as headlines they would only be taken for the title.
void keep_meeting_headers(std::vector<Block>& blocks, const ReaderRules& rules) {
  auto capitals_line = [&](size_t k) {
    return blocks[k].kind == Kind::kText && blocks[k].role == Role::kHeadline && in_capitals(blocks[k].text.view());
  };
  for (size_t i = 1; i < blocks.size(); ++i) {
    if (!capitals_line(i) || !capitals_line(i - 1) || blocks[i].blank_before) continue;
    size_t begin = 0, end = 0;
    const bool found = first_match(rules.meeting_lines, blocks[i].text.view(), RE2::ANCHOR_BOTH,
                                   [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
                                     return group_span(re, groups, "meeting", blocks[i].text.view(), begin, end);
                                   });
    if (!found) continue;
    Block& body = blocks[i - 1];
    MappedText line = recased(body.text);
    line.insert_text(" ", line.end_offset());
    line.append(recased(blocks[i].text.slice(begin, end), true));
    line.insert_text(".", line.end_offset());
    body.text = std::move(line);
    body.role = Role::kDrop;
    body.meeting_header = true;
    blocks[i].role = Role::kDrop;
  }
}

// ---- a UN verbatim record ------------------------------------------------------------

// "Security Council", "New York": a short line of capitalised words ("and", "of" between them),
// no digit; "Eighty-second year" is none.
bool capitalised_name_line(std::string_view t) {
  if (t.empty() || word_count(t) > 6) return false;
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find(' ', b);
    if (e == std::string_view::npos) e = t.size();
    const std::string_view w = t.substr(b, e - b);
    const unsigned char c = static_cast<unsigned char>(w.front());
    if (!((c >= 'A' && c <= 'Z') || c >= 0x80 || w == "and" || w == "of" || w == "the")) return false;
    if (std::any_of(w.begin(), w.end(), [](char x) { return x >= '0' && x <= '9'; })) return false;
    b = e + 1;
  }
  return true;
}

// The seats a header block of dot-leader lines lists: one paragraph "Ms. Y (State)" each, read
// from the block's source lines (a state wrapped over two lines, "United Kingdom of Great
// Britain and" / "Northern Ireland . . . Ms. Y", is one, even across blocks: `pending` holds such
// a line); empty when no line has leaders.
std::vector<Block> roster_seats(const Block& b, const std::vector<SourceLine>& lines, const ReaderRules& rules, MappedText& pending) {
  std::vector<Block> seats;
  if (b.text.offsets.empty()) return seats;
  const uint32_t first = b.text.offsets.front(), last = b.text.offsets.back();
  for (const SourceLine& line : lines) {
    if (line.text.offsets.empty() || line.text.offsets.front() < first || line.text.offsets.back() > last) continue;
    const std::string_view t = line.text.view();
    MappedText left, right;
    std::string chair;
    const bool seat = first_match(rules.record_roster_lines, t, RE2::ANCHOR_BOTH,
                                  [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
                                    size_t lb = 0, le = 0, rb = 0, re_ = 0, cb = 0, ce = 0;
                                    if (!group_span(re, groups, "left", t, lb, le) || !group_span(re, groups, "right", t, rb, re_)) return false;
                                    if (group_span(re, groups, "chair", t, cb, ce)) chair = std::string(t.substr(cb, ce - cb));
                                    left = line.text.slice(lb, le);
                                    right = line.text.slice(rb, re_);
                                    return true;
                                  });
    if (!seat) {
      if (!pending.empty()) pending.insert_text(" ", pending.end_offset());
      pending.append(line.text);
      continue;
    }
    if (!pending.empty()) {
      pending.insert_text(" ", pending.end_offset());
      pending.append(left);
      left = std::move(pending);
      pending = MappedText();
    }
    // the state is the side in brackets ("Mr. X . . . (State)"), else the left ("State . . . Ms. Y")
    const std::string_view r = right.view();
    const bool bracketed = r.size() > 2 && r.front() == '(' && r.back() == ')';
    Block out;
    out.kind = Kind::kText;
    out.role = Role::kBody;
    out.blank_before = true;
    out.roster = true;
    out.chair = !chair.empty();
    out.chair_title = chair;
    out.text = bracketed ? left : right;
    out.text.insert_text(" ", out.text.end_offset());
    if (bracketed) {
      out.text.append(right);
    } else {
      out.text.insert_text("(", left.offsets.empty() ? 0 : left.offsets.front());
      out.text.append(left);
      out.text.insert_text(")", left.end_offset());
    }
    seats.push_back(std::move(out));
  }
  return seats;
}

bool is_body(const Block& b);

// A verbatim record's notes around its proceedings: the paragraphs between its header (the
// roster) and the line opening the proceedings ("The session was opened at 10 a.m."), and
// all after the line closing them ("The meeting rose at ..."): the record's language notice,
// document codes. No text.
void drop_record_notes(std::vector<Block>& blocks, const ReaderRules& rules) {
  size_t open = blocks.size();
  for (size_t i = 0; i < blocks.size() && open == blocks.size(); ++i) {
    if (rules.record_open_lines.any(blocks[i].text.view())) open = i;
  }
  if (open == blocks.size()) return;
  for (size_t i = 0; i < open; ++i) {
    if (is_body(blocks[i]) && !blocks[i].roster) blocks[i].role = Role::kDrop;
  }
  bool closed = false;
  for (Block& b : blocks) {
    if (closed) b.role = Role::kDrop;
    closed = closed || rules.record_close_lines.any(b.text.view());
  }
}

// A UN organ's verbatim record ("United Nations  S/PV.8123" over "Security Council" / "8123rd
// meeting" / its date / "New York" / "President: Mr. X . . . (State)" / "Members: State . . . Ms.
// Y" / "Agenda" / the item): organ and meeting become the text's first sentence ("Security Council
// 8123rd meeting."), as a release's meeting header does; the title is the meeting and the agenda's
// item; the issuer before the symbol is the outlet; the place line under the date places the
// meeting; each seat of the President's line and the members' list becomes a paragraph of the
// article's roster ("Ms. Y (State)"), whom extraction has attend the meeting.
void read_record_header(const std::vector<SourceLine>& lines, std::vector<Block>& blocks, const ReaderRules& rules) {
  std::string issuer;
  for (size_t i = 0, seen = 0; i < lines.size() && seen < 3 && issuer.empty(); ++i) {
    if (lines[i].blank()) continue;
    ++seen;
    first_match(rules.record_symbol_lines, lines[i].text.view(), RE2::ANCHOR_BOTH,
                [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
                  issuer = group_text(re, groups, "issuer");
                  return !issuer.empty();
                });
  }
  if (issuer.empty()) return;
  // the meeting line among the first blocks, the organ's line the nearest name over it
  size_t meeting = blocks.size(), mb = 0, me = 0;
  for (size_t i = 0; i < blocks.size() && i < 12 && meeting == blocks.size(); ++i) {
    const std::string_view t = blocks[i].text.view();
    if (first_match(rules.record_meeting_lines, t, RE2::ANCHOR_BOTH,
                    [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) { return group_span(re, groups, "meeting", t, mb, me); })) {
      meeting = i;
    }
  }
  if (meeting == blocks.size()) return;
  size_t organ = meeting;
  for (size_t j = meeting; j-- > 0 && organ == meeting;) {
    if (blocks[j].kind == Kind::kText && capitalised_name_line(blocks[j].text.view())) organ = j;
  }
  if (organ == meeting) return;
  Block& head = blocks[organ];
  const std::string name = head.text.text + " " + std::string(blocks[meeting].text.view().substr(mb, me - mb));
  head.text.insert_text(" ", head.text.end_offset());
  head.text.append(blocks[meeting].text.slice(mb, me));
  head.text.insert_text(".", head.text.end_offset());
  head.role = Role::kDrop;
  head.meeting_header = true;
  head.outlets = {issuer};
  head.title = name;
  for (size_t j = organ + 1; j <= meeting; ++j) blocks[j].role = Role::kDrop;
  // the header's date line, and the place line under it
  size_t k = meeting + 1;
  while (k < blocks.size() && blocks[k].kind != Kind::kDate && k < meeting + 3) ++k;
  if (k + 1 < blocks.size() && blocks[k].kind == Kind::kDate && capitalised_name_line(blocks[k + 1].text.view())) {
    head.record_place = blocks[k + 1].text.text;
    blocks[k + 1].role = Role::kDrop;
    ++k;
  }
  // the seats up to the agenda, whose first item completes the title
  std::vector<Block> out(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(k + 1));
  size_t i = k + 1;
  MappedText pending;  // a line without leaders: the first part of the next seat's left side
  for (; i < blocks.size(); ++i) {
    if (rules.record_agenda_lines.any(blocks[i].text.view())) break;
    std::vector<Block> seats = roster_seats(blocks[i], lines, rules, pending);
    if (seats.empty()) {
      out.push_back(std::move(blocks[i]));
      continue;
    }
    for (Block& seat : seats) out.push_back(std::move(seat));
  }
  if (i + 1 < blocks.size()) out[organ].title = name + ": " + blocks[i + 1].text.text;
  for (; i < blocks.size(); ++i) out.push_back(std::move(blocks[i]));
  blocks = std::move(out);
  drop_record_notes(blocks, rules);
}

// A social-media post embedded in a page: the author's name and handle on one line ("Ana Ruiz
// @AnaRuizMx"), the post's words in quotation marks on the next. The quotation becomes the
// author's ("Ana Ruiz posted: \"...\""), the header line no text: a post is its holder's words.
void attribute_embedded_posts(std::vector<Block>& blocks, const ReaderRules& rules) {
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    Block& header = blocks[i];
    Block& post = blocks[i + 1];
    if (header.kind != Kind::kText || post.kind != Kind::kText || post.text.empty()) continue;
    const std::string_view words = post.text.view();
    if (!(words.front() == '"' || words.starts_with("\xE2\x80\x9C"))) continue;
    size_t begin = 0, end = 0;
    const bool found = first_match(rules.post_headers, header.text.view(), RE2::ANCHOR_BOTH,
                                   [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
                                     return group_span(re, groups, "author", header.text.view(), begin, end) && end > begin;
                                   });
    if (!found) continue;
    MappedText line = header.text.slice(begin, end);
    line.insert_text(" posted: ", line.end_offset());
    line.append(post.text);
    post.text = std::move(line);
    post.role = Role::kBody;
    header.role = Role::kDrop;
    ++i;
  }
}

// ---- pass 5: articles ----------------------------------------------------------------

bool is_meta(const Block& b) {
  return b.kind == Kind::kDate || b.kind == Kind::kByline || b.kind == Kind::kOutlet ||
         (b.kind == Kind::kMeta && (!b.date.empty() || !b.authors.empty() || !b.title.empty()));
}
bool is_body(const Block& b) { return b.kind == Kind::kText && (b.role == Role::kBody || b.role == Role::kCaption); }
bool is_headline(const Block& b) { return b.role == Role::kHeadline && b.kind != Kind::kMeta; }

// A line opening with a number and a space ("3 Q16", "12 Written evidence ..."): an entry of a
// numbered list (a report's footnotes).
bool numbered_line(std::string_view t) {
  size_t k = 0;
  while (k < t.size() && k < 3 && t[k] >= '0' && t[k] <= '9') ++k;
  return k > 0 && k < t.size() && t[k] == ' ';
}

// "19:05 GMT", "3:22 PM", "11:20": a clock time alone, or with its zone or half of the day, on a
// line of its own: the stamp of a live page's entry.
bool entry_stamp(const Block& b, const ReaderRules& rules) {
  if (b.kind != Kind::kText && b.kind != Kind::kDate) return false;
  const std::string_view t = b.text.view();
  const size_t space = t.find(' ');
  if (!clock_time(t.substr(0, space))) return false;
  if (space == std::string_view::npos) return true;
  const std::string_view rest = t.substr(space + 1);
  return word_count(rest) == 1 && rules.is_date_word(ascii_lower(rest));
}

// Start indices of the articles in `blocks`.
std::vector<size_t> split_articles(const std::vector<Block>& blocks, const ReaderRules& rules) {
  std::vector<size_t> starts{0};
  size_t body_chars = 0, body_paragraphs = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (is_body(b)) {
      body_chars += b.text.size();
      ++body_paragraphs;
      continue;
    }
    // A rule, a top-level heading or a title line is a strong sign of a new article: one body paragraph
    // before it is enough. A metadata cluster needs a fuller article before it.
    const bool strong = b.kind == Kind::kRule || (b.kind == Kind::kHeading && b.heading == 1) ||
                        (b.kind == Kind::kMeta && !b.title.empty());
    if (body_paragraphs == 0 || (!strong && (body_chars < 200 || body_paragraphs < 2))) continue;
    size_t start = i;
    if ((b.kind == Kind::kHeading && b.heading == 1) || (b.kind == Kind::kMeta && !b.title.empty())) {
      // A new top-level markdown heading or a "Title:" line after a full article.
    } else if (b.kind == Kind::kRule) {
      // A horizontal rule followed by a headline: the next article of a collection.
      size_t next = i + 1;
      while (next < blocks.size() && blocks[next].kind == Kind::kRule) ++next;
      if (next >= blocks.size() || !(is_headline(blocks[next]) || is_meta(blocks[next]))) continue;
      // A rule over a time stamp parts the entries of one live page, newest first: one article.
      if (entry_stamp(blocks[next], rules)) continue;
      start = next;
    } else if (is_meta(b)) {
      size_t chars = 0;
      // ("8 Q60": a numbered note of a list over a section is no headline)
      while (start > starts.back() + 1 && is_headline(blocks[start - 1]) && !numbered_line(blocks[start - 1].text.view()) &&
             i - start < 5 && chars + blocks[start - 1].text.size() <= 250) {
        chars += blocks[start - 1].text.size();
        --start;
      }
      size_t cluster = 0;
      for (size_t k = i; k < blocks.size() && is_meta(blocks[k]); ++k) ++cluster;
      if (start == i && cluster < 2) continue;  // a lone date line inside an article
      // "Formal minutes" / "Tuesday 4 May 2027": a section's heading of a word or two over a lone
      // date line goes on the same document
      if (start + 1 == i && cluster < 2 && word_count(blocks[start].text.view()) < 3) continue;
    } else {
      continue;
    }
    starts.push_back(start);
    body_chars = 0;
    body_paragraphs = 0;
    i = start;  // recount from the new article's own blocks
    while (i + 1 < blocks.size() && !is_body(blocks[i + 1]) && i + 1 < start + 12) ++i;
  }
  return starts;
}

// ---- pass 6: one article -------------------------------------------------------------

// The outlet an article's evidence names most strongly, and whether the text itself names it
// (a URL's host alone does not).
struct OutletVote {
  int strength = 0;
  std::string name;
  std::vector<std::string> in_text;
  void offer(int s, const std::string& n, bool from_text = true) {
    if (n.empty()) return;
    if (from_text) in_text.push_back(n);
    if (s > strength) {
      strength = s;
      name = n;
    }
  }
  bool named_in_text() const { return std::find(in_text.begin(), in_text.end(), name) != in_text.end(); }
};


// The site of a URL as evidence of the outlet: a known outlet's host is strong when the URL is
// the article's own; an unknown host that reads as a publication's name ("northerndispatch.eu")
// is the weakest evidence there is, taken only when nothing else names the outlet.
void offer_host(OutletVote& outlet, std::string_view url, bool own, const ReaderRules& rules) {
  const std::string host = url_host(url);
  if (const Outlet* o = rules.outlet_by_host(host)) {
    outlet.offer(own ? 5 : 3, o->name, false);
  } else if (own) {
    outlet.offer(1, outlet_from_host(host, rules), false);
  }
}

bool ends_with_dash(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return !s.empty() && (s.back() == '-' || s.back() == ':' || s.back() == '|' ||
                        (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x93" || s.substr(s.size() - 3) == "\xE2\x80\x94")));
}

std::string last_word(std::string_view s) {
  const size_t space = s.find_last_of(' ');
  return std::string(space == std::string_view::npos ? s : s.substr(space + 1));
}

// Most words capitalised, short function words aside: "Allies Pledge 'Robust' Security".
bool is_title_case(std::string_view s, const ReaderRules& rules) {
  size_t words = 0, capitalised = 0;
  for (size_t b = 0; b < s.size();) {
    size_t e = s.find(' ', b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view w = s.substr(b, e - b);
    while (!w.empty() && !((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z') ||
                           static_cast<unsigned char>(w[0]) >= 0xC3)) {
      w.remove_prefix(1);  // opening quotes
    }
    if (!w.empty() && !rules.is_title_joiner(w) && !(w[0] >= '0' && w[0] <= '9')) {
      ++words;
      capitalised += (w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC3;
    }
    b = e + 1;
  }
  return words > 0 && capitalised * 4 >= words * 3;
}

// "Kuwait News Agency (KUNA)": a name and the acronym in brackets closing the line, apart;
// "KNA - Kivu News Agency": an acronym and a dash opening the line, before the full name;
// "Kivu News Agency - KNA": the acronym after a dash closing the line.
struct NameAndAcronym {
  std::string_view name, acronym;
  bool closing = false;  // the acronym closes the line (in brackets or after a dash): the name the agency goes by
};
constexpr std::string_view kDashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};  // - – —
NameAndAcronym acronym_before_dash(std::string_view t) {
  size_t caps = 0;
  while (caps < t.size() && t[caps] >= 'A' && t[caps] <= 'Z') ++caps;
  if (caps < 2 || caps > 6) return {t, {}, false};
  for (std::string_view dash : kDashes) {
    if (t.substr(caps).starts_with(dash) && t.size() > caps + dash.size()) return {t.substr(caps + dash.size()), t.substr(0, caps), false};
  }
  return {t, {}, false};
}
NameAndAcronym acronym_after_dash(std::string_view t) {
  size_t caps = 0;
  while (caps < t.size() && t[t.size() - 1 - caps] >= 'A' && t[t.size() - 1 - caps] <= 'Z') ++caps;
  if (caps < 2 || caps > 6) return {t, {}, false};
  const std::string_view before = t.substr(0, t.size() - caps);
  for (std::string_view dash : kDashes) {
    if (before.ends_with(dash) && before.size() > dash.size()) return {before.substr(0, before.size() - dash.size()), t.substr(t.size() - caps), true};
  }
  return {t, {}, false};
}
NameAndAcronym split_acronym(std::string_view t) {
  if (const NameAndAcronym dashed = acronym_before_dash(t); !dashed.acronym.empty()) return dashed;
  if (const NameAndAcronym dashed = acronym_after_dash(t); !dashed.acronym.empty()) return dashed;
  const size_t open = t.rfind(" (");
  if (open == std::string_view::npos || open == 0 || !t.ends_with(")")) return {t, {}, false};
  return {t.substr(0, open), t.substr(open + 2, t.size() - open - 3), true};
}

// A masthead among the header lines: a short capitalised name ending in a publication noun
// ("Baltic Briefing", "Andean Brief", an agency's service line with its acronym), not a
// sentence.
bool is_masthead(const Block& b, const ReaderRules& rules) {
  if (b.kind != Kind::kText || b.role != Role::kHeadline || b.heading > 0) return false;
  const std::string_view t = split_acronym(b.text.view()).name;
  const size_t words = word_count(t);
  if (words < 1 || words > 5 || t.empty() || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
  if (!is_title_case(t, rules)) return false;
  return rules.is_outlet_head(last_word(t));
}

// A line written in capitals: letters, none of them lower case.
bool in_capitals(std::string_view t) {
  int upper = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z' ? 1 : 0;
  }
  return upper >= 2;
}

// "FINAL COMMUNIQUÉ" -> "Final Communiqué": each word's first letter kept (none with
// `lower`), the rest in lower case (any script utf8proc knows); each letter keeps its offset.
MappedText recased(const MappedText& t, bool lower) {
  MappedText out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(t.text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(t.size());
  bool word_start = !lower;
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) break;
    if (!word_start) cp = utf8proc_tolower(cp);
    word_start = !lower && (cp == ' ' || cp == '-');
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t w = utf8proc_encode_char(cp, buf);
    const auto at = static_cast<size_t>(reinterpret_cast<const char*>(p) - t.text.data());
    out.insert_text(std::string_view(reinterpret_cast<const char*>(buf), static_cast<size_t>(w)), t.offsets[at]);
    p += n;
    left -= n;
  }
  return out;
}

// "Media Sdn Bhd", "Group Ltd": only words of a company's legal name.
bool company_tail(std::string_view tail, const ReaderRules& rules) {
  bool any = false;
  for (size_t b = 0; b < tail.size();) {
    size_t e = tail.find(' ', b);
    if (e == std::string_view::npos) e = tail.size();
    std::string_view w = tail.substr(b, e - b);
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    if (!w.empty()) {
      if (!rules.is_company_word(w)) return false;
      any = true;
    }
    b = e + 1;
  }
  return any;
}

// Whether a headline continues on the next short line: after a dash or colon, after a
// function word ("... EU Money for"), into lower case, or when both lines are in Title Case.
// A section label ("Analysis") joins only after a dash.
bool title_goes_on(const std::string& title, const std::string& next, const ReaderRules& rules) {
  if (ends_with_dash(title)) return true;
  if (rules.is_section_label(next)) return false;
  return rules.is_title_joiner(last_word(title)) || starts_lowercase(next) ||
         (is_title_case(title, rules) && is_title_case(next, rules));
}

// "Allies agree guarantees | Reuters": an outlet named after a separator at the end of the
// title is the publisher's name, not part of the headline.
void cut_title_outlet(std::string& title, const ReaderRules& rules, OutletVote& outlet) {
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = title.substr(at + std::char_traits<char>::length(sep));
    if (const Outlet* o = rules.outlet_by_name(tail)) {
      outlet.offer(4, o->name);
      title.erase(at);
      return;
    }
  }
}

// Cuts a wire dateline ("PARIS (AFP) --", "Chisinau, March 10, 2026 --") off the start of
// the first paragraph; the outlet and date it names are evidence, its place is kept aside.
void cut_dateline(MappedText& text, const ReaderRules& rules, OutletVote& outlet, std::string& date, std::string& place) {
  size_t end = 0;
  const bool found =
      first_match(rules.datelines, text.text, RE2::ANCHOR_START, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
        end = groups[0].size();
        if (end >= text.size()) return false;
        const auto& names = re.NamedCapturingGroups();
        if (auto it = names.find("outlet"); it != names.end()) {
          const std::string credited(groups[static_cast<size_t>(it->second)]);
          const Outlet* o = rules.outlet_by_name(credited);
          if (!credited.empty()) outlet.offer(2, o ? o->name : credited);
        }
        if (auto it = names.find("date"); it != names.end()) {
          date = parse_date_line(std::string(groups[static_cast<size_t>(it->second)]), rules);
        }
        if (auto it = names.find("place"); it != names.end()) place = trim_copy(groups[static_cast<size_t>(it->second)]);
        return true;
      });
  if (found) {
    text = text.slice(end);
    return;
  }
  // "CITY: Text ...": a colon-only dateline names the place and stays (a speaker label has its shape)
  first_match(rules.place_leads, text.text, RE2::ANCHOR_START, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& groups) {
    place = trim_copy(group_text(re, groups, "place"));
    return true;
  });
}

// "Hansard" over a record whose own URL is on hansard.example.org: a short line over the body
// that spells a label of the article's own host names the outlet, though it ends in no
// publication noun.
void offer_host_masthead(const std::vector<Block>& blocks, size_t begin, size_t first_body, const std::string& url,
                         OutletVote& outlet) {
  if (url.empty()) return;
  const std::string host = url_host(url);
  for (size_t i = begin; i < first_body; ++i) {
    const Block& b = blocks[i];
    if (b.kind != Kind::kText || word_count(b.text.view()) > 3) continue;
    std::string spelled;
    for (const char c : b.text.view()) {
      if (c != ' ') spelled += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (spelled.size() < 4 || spelled == "www") continue;
    for (size_t from = 0; from < host.size();) {
      size_t dot = host.find('.', from);
      if (dot == std::string::npos) break;  // the top-level domain names no outlet
      if (host.compare(from, dot - from, spelled) == 0) {
        outlet.offer(3, std::string(b.text.view()));
        return;
      }
      from = dot + 1;
    }
  }
}

// "THE HARBOUR TIMES" / "The Islands' Independent Voice | Suva": the line right under a masthead,
// in its block, is the paper's slogan when a headline of its own block follows before the body.
bool tagline_under(const std::vector<Block>& blocks, size_t masthead, size_t first_body) {
  const size_t next = masthead + 1;
  if (next >= first_body || !is_headline(blocks[next]) || blocks[next].blank_before) return false;
  for (size_t k = next + 1; k < first_body; ++k) {
    if (is_headline(blocks[k]) && blocks[k].blank_before && word_count(blocks[k].text.view()) >= 4) return true;
  }
  return false;
}

// A short name in capitals on its own line ("THE LANTERN"), as a publisher's nameplate.
bool publisher_over_masthead(const Block& b) {
  return b.kind == Kind::kText && b.role == Role::kHeadline && in_capitals(b.text.view()) && word_count(b.text.view()) <= 3;
}

// The publisher a header line names before the body ("Published on 3 May 2027 by authority of
// the X"), or "".
std::string header_publisher(const std::vector<Block>& blocks, size_t begin, size_t first_body) {
  for (size_t i = begin; i < first_body; ++i) {
    if (blocks[i].kind == Kind::kMeta && blocks[i].url.empty() && blocks[i].authors.empty() && !blocks[i].outlets.empty()) {
      return blocks[i].outlets.back();
    }
  }
  return {};
}

Article assemble(const std::vector<Block>& blocks, size_t begin, size_t end, const ReaderRules& rules) {
  Article art;
  OutletVote outlet;
  size_t first_body = end;
  for (size_t i = begin; i < end; ++i) {
    if (is_body(blocks[i])) {
      first_body = i;
      break;
    }
  }
  // Title: a "Title:" line, a markdown heading, or the headline-like lines of the header.
  for (size_t i = begin; i < first_body && art.title.empty(); ++i) {
    if (!blocks[i].title.empty()) art.title = blocks[i].title;
  }
  for (size_t i = begin; i < first_body && art.title.empty(); ++i) {
    if (blocks[i].kind == Kind::kHeading && blocks[i].heading <= 2) art.title = blocks[i].text.text;
  }
  // Headline-like lines before the body, grouped where a headline runs on over lines. A
  // short first group ("Ukraine war", a kicker) gives way to a later, fuller one.
  std::vector<std::string> groups;
  bool capitals_open = false;  // the groups so far are a letterhead in capitals, and no date came yet
  std::string site_name;       // the lines over a site's menu row name the site
  std::vector<std::string> first_lines;  // the first line of each group
  const std::string publisher = header_publisher(blocks, begin, first_body);
  for (size_t i = begin; i < first_body && art.title.empty(); ++i) {
    const Block& b = blocks[i];
    if (b.kind == Kind::kText && (is_menu_row(b.text.view()) || is_wide_menu_row(b) || rules.menu_rows.any(b.text.view()))) {
      // only short lines over it: a site's name, no headline ("Share on X | Copy link" under one)
      // or a letterhead in capitals ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ...")
      const bool short_lines = std::all_of(groups.begin(), groups.end(), [](const std::string& g) { return word_count(g) <= 8; });
      if (short_lines || capitals_open) {
        if (!groups.empty() && site_name.empty() && (word_count(first_lines.front()) <= 6 || capitals_open)) site_name = first_lines.front();
        groups.clear();
        first_lines.clear();
        capitals_open = false;
      }
      continue;
    }
    // "MINISTRY OF DEFENCE OF ... / Office of Public Affairs ... / Montevideo, 3 March
    // 2026 / <headline>": a letterhead in capitals over a date line names the issuer, not the news
    // and the lines over a body's numbered meeting ("United Nations | Meetings Coverage" over
    // "GENERAL ASSEMBLY" / "812TH PLENARY MEETING (PM)") are the issuer's, as is the meeting line
    if ((!b.date.empty() && capitals_open) || b.meeting_header) {
      groups.clear();
      first_lines.clear();
      capitals_open = false;
    }
    if (!is_headline(b) || rules.is_section_label(b.text.view()) || word_count(b.text.view()) < 2 || is_kicker(b.text.view()) ||
        is_section_path(b.text.view(), rules)) {
      continue;
    }
    if (is_masthead(b, rules)) {
      if (tagline_under(blocks, i, first_body)) ++i;
      continue;
    }
    std::string title = b.text.text;
    size_t k = i + 1;
    for (; k < first_body && is_headline(blocks[k]) && !blocks[k].blank_before; ++k) {
      // "THE LANTERN" over "Evening Briefing": a masthead never runs on a headline
      if (is_masthead(blocks[k], rules) || !title_goes_on(title, blocks[k].text.text, rules)) break;
      title += " " + blocks[k].text.text;
    }
    // "House of Lords" / "Select Committee on X" over a report's title: the letterhead of the
    // publisher a "Published ... by" line names, no title
    if (!publisher.empty() && ascii_lower(b.text.view()) == ascii_lower(publisher)) {
      i = k - 1;
      continue;
    }
    capitals_open = groups.empty() ? in_capitals(b.text.view()) && word_count(b.text.view()) >= 3 : capitals_open;
    groups.push_back(title);
    first_lines.push_back(b.text.text);
    i = k - 1;
  }
  // The text of a communique as issued: its letterhead and the meeting's name over a title
  // line in capitals naming the kind of text ("FINAL COMMUNIQUÉ"), which is its title.
  for (size_t i = begin; i < first_body && art.title.empty(); ++i) {
    const Block& b = blocks[i];
    if (is_headline(b) && in_capitals(b.text.view()) && rules.is_document_title(b.text.view())) art.title = recased(b.text).text;
  }
  if (art.title.empty() && !groups.empty()) {
    art.title = groups.front();
    for (const std::string& g : groups) {
      if (word_count(g) >= 4) {
        if (word_count(art.title) < 4) art.title = g;
        break;
      }
    }
  }
  cut_title_outlet(art.title, rules, outlet);
  for (size_t i = begin; i + 1 < first_body; ++i) {
    const Block& b = blocks[i];
    if (b.kind == Kind::kText && blocks[i + 1].kind == Kind::kDate && b.text.text != art.title && place_line(b.text.view())) {
      art.header_place = trim_copy(b.text.view());
      break;
    }
  }
  if (!site_name.empty()) {
    // "Delta FM | Voice of the Delta": the site's name, then its tagline or long name
    if (const size_t bar = site_name.find(" | "); bar != std::string::npos) site_name.resize(bar);
    const Outlet* o = rules.outlet_by_name(site_name);
    outlet.offer(3, o ? o->name : outlet_display_name(site_name));
  }

  std::vector<const MappedText*> paragraphs;
  std::set<const MappedText*> questions;  // an interview's questions among them
  std::set<const MappedText*> ruled;      // the first body paragraph under each rule line
  bool under_rule = false;
  std::set<const MappedText*> roster, chairs;  // a verbatim record's seats among them
  std::vector<std::string> credited;  // outlets credited by the article's credit lines and captions
  std::deque<MappedText> opened;  // the first paragraphs, a dateline cut off the front
  bool dateline_done = false;
  std::string dateline_date, issued_date;
  bool seen_body = false;
  for (size_t i = begin; i < end; ++i) {
    const Block& b = blocks[i];
    if (art.date.empty() && !b.date.empty()) art.date = b.date;
    if (b.running_header && !b.outlets.empty()) outlet.offer(4, b.outlets.front());
    if (b.kind == Kind::kText) {
      if (i < first_body && i > begin && is_masthead(b, rules) && publisher_over_masthead(blocks[i - 1])) {
        // "THE LANTERN" over "Evening Briefing": the name in capitals is the publisher, the
        // masthead its newsletter
        outlet.offer(4, outlet_display_name(recased(blocks[i - 1].text).text));
      }
      if (i < first_body && is_masthead(b, rules)) {
        // "Kuwait News Agency (KUNA)": the agency goes by its acronym, as a wire credits it
        const NameAndAcronym parts = split_acronym(b.text.view());
        const std::string_view t = parts.closing ? parts.acronym : parts.name;
        const Outlet* o = rules.outlet_by_name(std::string(t));
        outlet.offer(3, o ? o->name : outlet_display_name(t));
      }
      // A copyright or app line is boilerplate; "X is published by Y" in the body is weaker.
      const std::string named = outlet_line(b.text.view(), rules);
      if (!named.empty()) outlet.offer(b.role == Role::kBody ? 3 : 4, named);
    }
    if (art.authors.empty() && !b.authors.empty()) art.authors = b.authors;
    credited.insert(credited.end(), b.credited.begin(), b.credited.end());
    if (b.kind == Kind::kCredit) credited.insert(credited.end(), b.outlets.begin(), b.outlets.end());
    switch (b.kind) {
      case Kind::kByline:
        for (const auto& o : b.outlets) outlet.offer(2, o);
        break;
      case Kind::kOutlet:
        outlet.offer(4, b.outlets.front());
        break;
      case Kind::kCredit:
        // A dashed credit ("-AFP / RNZ") or one after the body names the publisher last;
        // a bare "AP / TASS" beside a photo is a photo credit.
        if (b.dashed || seen_body) outlet.offer(4, b.outlets.back());
        break;
      case Kind::kMeta:
        if (!b.url.empty()) {
          if (art.url.empty()) art.url = b.url;
          offer_host(outlet, b.url, true, rules);
        }
        if (!b.outlets.empty()) outlet.offer(b.authors.empty() ? 4 : 2, b.outlets.back());
        break;
      case Kind::kUrl: {
        const bool own = b.labelled || i < first_body;
        if (own && art.url.empty()) art.url = b.url;
        offer_host(outlet, b.url, own, rules);
        break;
      }
      default:
        break;
    }
    if (b.meeting_header) {
      paragraphs.push_back(&b.text);
      for (const std::string& o : b.outlets) outlet.offer(4, o);
      if (!b.record_place.empty()) art.header_place = b.record_place;
    }
    if (b.chair) art.roster_chair_title = b.chair_title;
    // An interview's questions in bold stand among its answers (as headline-like lines they
    // would be dropped): kept, and marked, so that each answer is told from the next.
    if (b.question && seen_body && b.kind == Kind::kText && !b.text.empty()) {
      questions.insert(&b.text);
      if (!is_body(b)) paragraphs.push_back(&b.text);
    }
    if (b.kind == Kind::kRule) under_rule = true;
    if (is_body(b)) {
      seen_body = true;
      if (b.text.empty()) continue;
      if (under_rule) ruled.insert(&b.text);
      under_rule = false;
      // "... at the border. Delta TV's Ana Ruiz reports.": a standfirst names the reporter
      if (art.authors.empty() && paragraphs.size() < 2) {
        first_match(rules.reporter_lines, b.text.view(), RE2::UNANCHORED, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& parts) {
          art.authors.push_back(group_text(re, parts, "author"));
          return true;
        });
      }
      // "Done at Maputo, on 4 June 2026": the day an issued text was done dates it
      if (issued_date.empty()) {
        first_match(rules.issued_lines, b.text.view(), RE2::ANCHOR_START, [&](const re2::RE2& re, const std::vector<re2::StringPiece>& parts) {
          issued_date = parse_date_line(trim_copy(group_text(re, parts, "date")), rules);
          return !issued_date.empty();
        });
      }
      if (!dateline_done) {
        // A photo caption over the story ("X arrives ... REUTERS/Name") stands before the
        // dateline: the first paragraph that is not a caption may still open with one.
        dateline_done = b.role != Role::kCaption;
        MappedText& first = opened.emplace_back(b.text);
        cut_dateline(first, rules, outlet, dateline_date, art.dateline_place);
        paragraphs.push_back(&first);
      } else {
        paragraphs.push_back(&b.text);
      }
      if (b.roster) (b.chair ? chairs : roster).insert(paragraphs.back());
    }
  }
  // "THE HARBOUR TIMES" over the page and "© 2026 Harbour Times Media Ltd" under it: the
  // masthead names the outlet, the copyright line the company that owns it (the page's
  // masthead: a later article of a briefing ends with the line, the first one opens under it)
  for (size_t i = 0; i < first_body && !outlet.name.empty(); ++i) {
    const Block& b = blocks[i];
    if (b.kind != Kind::kText || !in_capitals(b.text.view()) || word_count(b.text.view()) > 4) continue;
    const std::string masthead = outlet_display_name(b.text.view());
    const std::string owner = ascii_lower(outlet.name), head = ascii_lower(masthead);
    if (owner.size() > head.size() && owner.compare(0, head.size(), head) == 0 && owner[head.size()] == ' ' &&
        company_tail(std::string_view(outlet.name).substr(head.size() + 1), rules)) {
      outlet.in_text.push_back(masthead);
      outlet.name = masthead;
      break;
    }
  }
  if (outlet.name.empty()) offer_host_masthead(blocks, begin, first_body, art.url, outlet);
  if (art.date.empty()) art.date = dateline_date;
  if (art.date.empty()) art.date = issued_date;
  if (art.date.empty() && !art.url.empty()) art.date = url_path_date(art.url);
  art.outlet = outlet.name;
  // Named in the text: the outlet (unless only the URL's host gave it), and the known outlets
  // the text offered or credited.
  if (outlet.named_in_text()) art.outlets_named.push_back(outlet.name);
  for (const std::vector<std::string>* names : {&outlet.in_text, &credited}) {
    for (const std::string& n : *names) {
      const Outlet* o = rules.outlet_by_name(n);
      if (o && std::find(art.outlets_named.begin(), art.outlets_named.end(), o->name) == art.outlets_named.end()) {
        art.outlets_named.push_back(o->name);
      }
    }
  }

  MappedText text;
  for (const MappedText* p : paragraphs) {
    if (p->empty()) continue;
    if (!text.empty()) text.insert_text("\n\n", text.end_offset());
    if (questions.count(p)) art.questions.push_back(static_cast<uint32_t>(text.size()));
    if (ruled.count(p)) art.after_rules.push_back(static_cast<uint32_t>(text.size()));
    if (roster.count(p) || chairs.count(p)) art.roster.push_back(static_cast<uint32_t>(text.size()));
    if (chairs.count(p)) art.roster_chairs.push_back(static_cast<uint32_t>(text.size()));
    text.append(*p);
  }
  art.text = std::move(text.text);
  art.source_offsets = std::move(text.offsets);
  art.sentences = split_sentences(art.text, rules);
  return art;
}

// A URL line is the article's own under an "Original url:" label, or as the next line of
// the article's dateline ("05/20/2031" then the page's address): a scraped page prints its
// address with its date, even below a standfirst.
bool own_url_above(const Block& above, const Block& url) {
  if (above.kind == Kind::kUrlLabel) return true;
  return above.kind == Kind::kDate && !url.blank_before;
}

}  // namespace

std::vector<Article> read_articles(std::string_view bytes, const std::string& path, const ReaderRules& rules) {
  const MappedText decoded = decode_text(bytes, path);
  const std::vector<SourceLine> lines = split_lines(decoded);
  std::vector<Block> blocks = build_paragraphs(lines, rules);
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (blocks[i + 1].kind == Kind::kUrl && own_url_above(blocks[i], blocks[i + 1])) blocks[i + 1].labelled = true;
  }
  assign_roles(blocks, rules);
  rejoin_page_breaks(blocks, rules);
  join_signature_blocks(blocks, rules);
  read_record_header(lines, blocks, rules);
  keep_meeting_headers(blocks, rules);
  attribute_embedded_posts(blocks, rules);

  std::vector<size_t> starts = split_articles(blocks, rules);
  starts.push_back(blocks.size());
  std::vector<Article> articles;
  const std::string file = std::filesystem::path(path).filename().string();
  for (size_t a = 0; a + 1 < starts.size(); ++a) {
    Article art = assemble(blocks, starts[a], starts[a + 1], rules);
    if (art.text.empty() && art.title.empty()) continue;
    art.file = file;
    art.path = path;
    art.index = static_cast<int>(articles.size());
    articles.push_back(std::move(art));
  }
  return articles;
}

}  // namespace kg::ingest
