// Metadata recognisers (see metadata.h).
#include "ingest/metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace kg::ingest {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_space(char c) { return c == ' ' || c == '\n'; }

std::string trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

int days_in(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return days[month - 1];
}

std::string iso(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days_in(y, m)) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "2026-01-07", optionally followed by a time ("T09:23:00Z").
std::string iso_token(std::string_view t) {
  if (t.size() < 10 || !all_digits(t.substr(0, 4)) || t[4] != '-' || !all_digits(t.substr(5, 2)) || t[7] != '-' ||
      !all_digits(t.substr(8, 2))) {
    return {};
  }
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ') return {};
  return iso(std::stoi(std::string(t.substr(0, 4))), std::stoi(std::string(t.substr(5, 2))),
             std::stoi(std::string(t.substr(8, 2))));
}

// "07.01.2026" (day first, the European order) or "13/01/2026" when unambiguous; `order` (from
// the line's time zone, see slash_order) decides "12/05/2026": 1 day first, 2 month first.
std::string numeric_token(std::string_view t, int order = 0) {
  for (char sep : {'.', '/'}) {
    const size_t a = t.find(sep);
    const size_t b = a == std::string_view::npos ? a : t.find(sep, a + 1);
    if (b == std::string_view::npos) continue;
    const std::string_view p1 = t.substr(0, a), p2 = t.substr(a + 1, b - a - 1), p3 = t.substr(b + 1);
    if (!all_digits(p1) || !all_digits(p2) || !all_digits(p3) || p3.size() != 4 || p1.size() > 2 || p2.size() > 2) {
      continue;
    }
    const int x = std::stoi(std::string(p1)), y = std::stoi(std::string(p2)), year = std::stoi(std::string(p3));
    if (sep == '.') return iso(year, y, x);
    if (x > 12) return iso(year, y, x);
    if (y > 12) return iso(year, x, y);
    if (order == 1) return iso(year, y, x);
    if (order == 2) return iso(year, x, y);
    return {};  // 01/02/2026: day and month cannot be told apart
  }
  return {};
}

bool is_time(std::string_view t) {
  // 9:23, 09:23:45, 9.23am, 9am
  size_t i = 0;
  while (i < t.size() && is_digit(t[i])) ++i;
  if (i == 0 || i > 2) return false;
  if (i < t.size() && (t[i] == ':' || t[i] == 'h' || t[i] == '.')) {
    ++i;
    size_t j = i;
    while (j < t.size() && (is_digit(t[j]) || t[j] == ':')) ++j;
    if (j == i) return false;
    i = j;
  }
  const std::string_view rest = t.substr(i);
  return rest.empty() || rest == "am" || rest == "pm" || rest == "AM" || rest == "PM" || rest == "a.m" || rest == "p.m";
}

// "GMT+1", "UTC-05:00", "+02:00": a time zone offset.
bool is_zone_offset(std::string_view t) {
  if (t.size() >= 3 && (t.substr(0, 3) == "GMT" || t.substr(0, 3) == "UTC" || t.substr(0, 3) == "gmt" ||
                        t.substr(0, 3) == "utc")) {
    t.remove_prefix(3);
  }
  if (t.size() < 2 || (t[0] != '+' && t[0] != '-')) return false;
  for (char c : t.substr(1)) {
    if (!is_digit(c) && c != ':') return false;
  }
  return true;
}

struct Token {
  std::string text;
  size_t end;  // byte offset just past the token in the source
};

// Splits on spaces and on the separators news sites put in date lines (, | · •), dropping a
// trailing full stop so "Jan." and "2026." compare as words.
std::vector<Token> date_tokens(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '|')) ++i;
    if (s.substr(i, 2) == "\xC2\xB7" || s.substr(i, 3) == "\xE2\x80\xA2") {  // · •
      i += s[i] == '\xC2' ? 2 : 3;
      continue;
    }
    const size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '|') ++i;
    if (i == b) continue;
    std::string t(s.substr(b, i - b));
    while (t.size() > 1 && (t.back() == '.' || t.back() == ':')) t.pop_back();
    // "September 14/2027": an agency's day and year joined by a slash are two date parts.
    if (const size_t slash = t.find('/'); slash >= 1 && slash <= 2 && t.size() == slash + 5 && all_digits(t.substr(0, slash)) &&
                                          all_digits(t.substr(slash + 1))) {
      out.push_back({t.substr(0, slash), b + slash});
      t.erase(0, slash + 1);
    }
    out.push_back({t, i});
  }
  return out;
}

// "(MYT)", "(GMT+8)": a time zone in brackets after a time.
bool is_zone_label(std::string_view t) {
  if (t.size() < 4 || t.size() > 12 || t.front() != '(' || t.back() != ')') return false;
  const std::string_view in = t.substr(1, t.size() - 2);
  size_t letters = 0;
  while (letters < in.size() && is_upper(in[letters])) ++letters;
  if (letters < 2 || letters > 5) return false;
  return letters == in.size() || is_zone_offset(in.substr(letters));
}

// "Montevideo, 3 March 2026": one to four capitalised words and a comma before a date.
// Returns the offset of the date, 0 when the line does not start with such a place.
size_t place_before_date(std::string_view line) {
  const size_t comma = line.find(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > 40) return 0;
  int words = 0;
  bool word_start = true;
  for (size_t i = 0; i < comma; ++i) {
    const char c = line[i];
    if (c == ' ') {
      if (word_start) return 0;
      word_start = true;
      continue;
    }
    if (word_start) {
      const auto u = static_cast<unsigned char>(c);
      if (!(is_upper(c) || u >= 0xC0)) return 0;  // a capital, ASCII or not ("Ñuñoa", "Île")
      ++words;
      word_start = false;
    } else if (is_digit(c)) {
      return 0;
    }
  }
  return words >= 1 && words <= 4 ? comma + 2 : 0;
}

int ordinal_day(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && is_digit(t[i])) ++i;
  if (i == 0 || i > 2) return 0;
  const std::string_view rest = t.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return std::stoi(std::string(t.substr(0, i)));
}

// The order of "12/05/2026" by the time zone on its line: American zones write the month
// first (2), the others the day first (1); 0 when the line names no zone.
int slash_order(const std::vector<Token>& tokens) {
  static const char* const month_first[] = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"};
  static const char* const day_first[] = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK",
                                          "EAT", "WAT", "CAT", "SAST", "IST", "AEST", "AEDT", "NZST", "NZDT"};
  for (const Token& tok : tokens) {
    for (const char* z : month_first) {
      if (tok.text == z) return 2;
    }
    for (const char* z : day_first) {
      if (tok.text == z) return 1;
    }
  }
  return 0;
}

// Parses a date from tokens; `whole` requires every token to be a date part or a date word.
// Returns the ISO date and sets `consumed` to the end of the last date token.
std::string parse_tokens(const std::vector<Token>& tokens, const ReaderRules& rules, bool whole, size_t& consumed) {
  int day = 0, month = 0, year = 0;
  std::string found;
  for (const Token& tok : tokens) {
    const std::string& t = tok.text;
    if (!found.empty()) {
      if (!whole) break;
      // Words, times and a second date ("Updated: 2026-01-08") may follow the first date.
      if (rules.is_date_word(t) || is_time(t) || is_zone_offset(t) || is_zone_label(t) || !iso_token(t).empty() ||
          !numeric_token(t).empty() || rules.month(t) || ordinal_day(t) ||
          (all_digits(t) && t.size() == 4) || t == "-" || t == ":") {
        continue;
      }
      return {};
    }
    std::string direct = iso_token(t);
    // Only "12/05/2026" asks for the order the line's time zone gives.
    if (direct.empty()) direct = numeric_token(t, t.find('/') == std::string::npos ? 0 : slash_order(tokens));
    if (!direct.empty()) {
      if (day || month || year) return {};
      found = direct;
      consumed = tok.end;
      continue;
    }
    if (const int m = rules.month(t); m && !month) {
      month = m;
    } else if (all_digits(t) && t.size() == 4 && !year && (day || month)) {
      year = std::stoi(t);
    } else if (const int d = ordinal_day(t); d && !day) {
      day = d;
    } else if (rules.is_date_word(t) || is_time(t) || is_zone_offset(t) || is_zone_label(t) || t == "-" || t == "\xE2\x80\x93") {
      if (!whole && !day && !month) return {};  // a prefix date starts at once
      continue;
    } else {
      return {};
    }
    if (day && month && year) {
      found = iso(year, month, day);
      if (found.empty()) return {};
      consumed = tok.end;
    }
  }
  return found;
}

bool is_particle(std::string_view w) {
  static const char* const particles[] = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
                                          "la", "le", "al", "el", "bin", "ibn", "y", "dos", "das", "ter", "zu"};
  for (const char* p : particles) {
    if (w == p) return true;
  }
  return false;
}

// A person's name in a byline: 2 to 5 words, capitalised except for particles, no digits.
bool is_person_name(std::string_view s) {
  if (s.size() < 3 || s.size() > 60) return false;
  int words = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (b == i) break;
    const std::string_view w = s.substr(b, i - b);
    ++words;
    for (char c : w) {
      if (is_digit(c) || c == '@' || c == '/' || c == ':') return false;
    }
    const auto c0 = static_cast<unsigned char>(w[0]);
    if (!(is_upper(w[0]) || c0 >= 0xC0) && !is_particle(w)) return false;
  }
  return words >= 2 && words <= 5;
}

// "JOHN SMITH" -> "John Smith"; names in other case are kept.
std::string tidy_name(std::string_view s) {
  bool has_lower = false;
  for (char c : s) has_lower |= is_lower(c);
  std::string out(s);
  if (has_lower) return out;
  bool start = true;
  for (char& c : out) {
    if (is_upper(c) && !start) c = static_cast<char>(c + 32);
    start = (c == ' ' || c == '-' || c == '\'');
  }
  return out;
}

std::vector<std::string> split_byline(std::string_view s) {
  std::vector<std::string> parts;
  std::string cur;
  auto flush = [&] {
    std::string t = trim(cur);
    if (!t.empty()) parts.push_back(t);
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',' || s[i] == ';' || s[i] == '|' || s[i] == '&') {
      flush();
    } else if (s.substr(i, 2) == "\xC2\xB7" || s.substr(i, 3) == "\xE2\x80\xA2") {  // · and • separate parts
      flush();
      i += s[i] == '\xC2' ? 1 : 2;
    } else if (s.substr(i, 5) == " and ") {
      flush();
      i += 4;
    } else {
      cur += s[i];
    }
  }
  flush();
  return parts;
}

}  // namespace

std::string parse_date_line(std::string_view line, const ReaderRules& rules) {
  // Every date kg reads has a digit (a day or a year): most lines are ruled out unread.
  if (line.size() > 80 || std::none_of(line.begin(), line.end(), is_digit)) return {};
  size_t consumed = 0;
  std::string whole = parse_tokens(date_tokens(line), rules, true, consumed);
  if (whole.empty() && line.find('|') != std::string_view::npos) {
    // "Published 12.03.2026 09:15 | Updated 12.03.2026 11:40": every part a date, the first
    // one is the publication date.
    std::string first;
    for (size_t b = 0; b <= line.size();) {
      size_t e = line.find('|', b);
      if (e == std::string_view::npos) e = line.size();
      const std::string date = parse_tokens(date_tokens(line.substr(b, e - b)), rules, true, consumed);
      if (date.empty()) return {};
      if (first.empty()) first = date;
      b = e + 1;
    }
    return first;
  }
  return whole;
}

std::string parse_place_date_line(std::string_view line, const ReaderRules& rules) {
  if (line.size() > 80 || std::none_of(line.begin(), line.end(), is_digit)) return {};
  const size_t at = place_before_date(line);
  if (at == 0) return {};
  size_t consumed = 0;
  return parse_tokens(date_tokens(line.substr(at)), rules, true, consumed);
}

std::string outlet_display_name(std::string_view name) {
  std::string s = trim(std::string(name));
  bool lower_seen = false;
  for (char c : s) lower_seen |= c >= 'a' && c <= 'z';
  if (lower_seen || s.find(' ') == std::string::npos) return s;  // "RNZ", "AFP" stay as they are
  // "GULF OF ADEN OBSERVER" -> "Gulf of Aden Observer": capitals are a typeface here.
  std::string out;
  size_t word = 0;
  for (size_t b = 0; b < s.size();) {
    size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    std::string w = s.substr(b, e - b);
    for (size_t i = 1; i < w.size(); ++i) {
      if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] != '-') w[i] = static_cast<char>(w[i] + 32);
    }
    const bool small = w == "Of" || w == "And" || w == "The" || w == "For" || w == "On" || w == "In";
    if (small && word > 0) w[0] = static_cast<char>(w[0] + 32);
    if (!out.empty()) out += ' ';
    out += w;
    ++word;
    b = e + 1;
  }
  return out;
}

std::string parse_date_prefix(std::string_view text, const ReaderRules& rules, size_t& consumed) {
  consumed = 0;
  std::vector<Token> tokens = date_tokens(text.substr(0, 60));
  if (tokens.size() > 6) tokens.resize(6);
  return parse_tokens(tokens, rules, false, consumed);
}

bool parse_byline(std::string_view line, const ReaderRules& rules, Byline& out) {
  if (line.size() > 300) return false;
  std::string_view first = line.substr(0, line.find(' '));
  if (!first.empty() && first.back() == ':') first.remove_suffix(1);
  if (!rules.is_byline_start(first)) return false;
  // The prefix: the longest run of up to three leading words that is a byline prefix.
  size_t prefix_end = 0;
  size_t pos = 0;
  for (int words = 0; words < 3 && pos < line.size(); ++words) {
    size_t next = line.find(' ', pos);
    if (next == std::string_view::npos) break;
    std::string head(line.substr(0, next));
    if (!head.empty() && head.back() == ':') head.pop_back();
    if (rules.is_byline_prefix(head)) prefix_end = next + 1;
    pos = next + 1;
  }
  if (prefix_end == 0) return false;
  Byline result;
  const std::vector<std::string> parts = split_byline(line.substr(prefix_end));
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string part = parts[k];
    if (const Outlet* o = rules.outlet_by_name(part)) {
      result.outlets.push_back(o->name);
      continue;
    }
    std::string date = parse_date_line(part, rules);
    if (date.empty() && k + 1 < parts.size()) {  // "January 7, 2026" was split at its comma
      date = parse_date_line(part + ", " + parts[k + 1], rules);
      if (!date.empty()) ++k;
    }
    if (!date.empty()) {
      if (result.date.empty()) result.date = date;
      continue;
    }
    // "Valerie Leroux for AFP", "Jane Doe in Kyiv"
    for (const char* joiner : {" for ", " in ", " at "}) {
      const size_t at = part.find(joiner);
      if (at == std::string::npos) continue;
      const std::string tail = part.substr(at + std::char_traits<char>::length(joiner));
      if (std::string(joiner) == " for ") {
        if (const Outlet* o = rules.outlet_by_name(tail)) result.outlets.push_back(o->name);
      }
      part = trim(part.substr(0, at));
      break;
    }
    // "By A · 2 June 2026 · Andean Security Review": after the name, a capitalised part that
    // ends in a publication noun is the outlet, not a second author.
    if (!result.authors.empty() && part.find(' ') != std::string::npos && part[0] >= 'A' && part[0] <= 'Z' &&
        rules.is_outlet_head(part.substr(part.rfind(' ') + 1))) {
      result.outlets.push_back(outlet_display_name(part));
      continue;
    }
    bool role = false;
    for (size_t b = 0, e = 0; b < part.size(); b = e + 1) {
      e = part.find(' ', b);
      if (e == std::string::npos) e = part.size();
      role |= rules.is_byline_role(std::string_view(part).substr(b, e - b));
    }
    if (!role && is_person_name(part)) {
      result.authors.push_back(tidy_name(part));
      continue;
    }
    // Not a name: a place or a role after the first name is skipped; anything else means
    // this is a sentence, not a byline.
    size_t words = 1;
    for (char c : part) words += c == ' ';
    if (result.authors.empty() || words > 4) return false;
  }
  if (result.authors.empty() && result.outlets.empty()) return false;  // "By AFP" credits a wire
  out = std::move(result);
  return true;
}

bool parse_name_date_line(std::string_view line, const ReaderRules& rules, Byline& out) {
  if (line.size() > 120) return false;
  const size_t bar = line.find('|');
  if (bar == std::string_view::npos) return false;
  const std::string name = trim(line.substr(0, bar));
  if (!is_person_name(name)) return false;
  const std::string date = parse_date_line(trim(line.substr(bar + 1)), rules);
  if (date.empty()) return false;
  out = Byline{};
  out.authors.push_back(tidy_name(name));
  out.date = date;
  return true;
}

bool is_url(std::string_view text) {
  if (text.empty() || text.find(' ') != std::string_view::npos) return false;
  return text.substr(0, 7) == "http://" || text.substr(0, 8) == "https://" || text.substr(0, 4) == "www.";
}

std::string url_host(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const size_t end = url.find_first_of("/:?#");
  std::string host(url.substr(0, end));
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host.find('.') == std::string::npos ? std::string() : host;
}

namespace {

// The label a site registered: "news.example.co.uk" -> "example", "northerndispatch.eu" ->
// "northerndispatch". A second-level suffix ("co.uk", "com.au") is two short labels.
std::string_view registered_label(std::string_view host) {
  std::vector<std::string_view> labels;
  for (size_t b = 0; b <= host.size();) {
    size_t e = host.find('.', b);
    if (e == std::string_view::npos) e = host.size();
    labels.push_back(host.substr(b, e - b));
    b = e + 1;
  }
  if (labels.size() < 2) return {};
  size_t at = labels.size() - 2;
  static const char* const second_level[] = {"co", "com", "org", "net", "gov", "ac", "edu"};
  if (at > 0 && std::any_of(std::begin(second_level), std::end(second_level), [&](const char* s) { return labels[at] == s; })) {
    --at;
  }
  return labels[at];
}

std::string capitalised(std::string_view word) {
  std::string w(word);
  if (!w.empty() && is_lower(w[0])) w[0] = static_cast<char>(w[0] - 32);
  return w;
}

}  // namespace

std::string outlet_from_host(std::string_view host, const ReaderRules& rules) {
  const std::string_view label = registered_label(host);
  if (label.size() < 6 || !std::all_of(label.begin(), label.end(), [](char c) { return is_lower(c) || c == '-'; })) return {};
  if (const size_t dash = label.rfind('-'); dash != std::string_view::npos) {
    // "baltic-review": words the site separated itself, the last a publication noun.
    if (!rules.is_outlet_head(label.substr(dash + 1))) return {};
    std::string name;
    for (size_t b = 0; b <= label.size();) {
      size_t e = label.find('-', b);
      if (e == std::string_view::npos) e = label.size();
      if (e == b) return {};
      name += (name.empty() ? "" : " ") + capitalised(label.substr(b, e - b));
      b = e + 1;
    }
    return name;
  }
  // "northerndispatch": the longest publication noun it ends in, after a word of three
  // letters or more.
  for (size_t i = 3; i + 3 <= label.size(); ++i) {
    if (rules.is_outlet_head(label.substr(i))) return capitalised(label.substr(0, i)) + " " + capitalised(label.substr(i));
  }
  return {};
}

std::string url_path_date(std::string_view url) {
  for (size_t i = url.find('/'); i != std::string_view::npos && i + 11 <= url.size(); i = url.find('/', i + 1)) {
    const std::string_view y = url.substr(i + 1, 4);
    if (!all_digits(y) || url[i + 5] != '/') continue;
    const std::string_view m = url.substr(i + 6, 2);
    if (i + 11 > url.size() || !all_digits(m) || url[i + 8] != '/') continue;
    const std::string_view d = url.substr(i + 9, 2);
    if (!all_digits(d)) continue;
    if (i + 11 < url.size() && url[i + 11] != '/') continue;
    return iso(std::stoi(std::string(y)), std::stoi(std::string(m)), std::stoi(std::string(d)));
  }
  return {};
}

bool ends_sentence(std::string_view text) {
  while (!text.empty()) {
    const char c = text.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      text.remove_suffix(1);
    } else if (text.size() >= 3 && (text.substr(text.size() - 3) == "\xE2\x80\x9D" ||
                                     text.substr(text.size() - 3) == "\xE2\x80\x99")) {  // ” ’
      text.remove_suffix(3);
    } else {
      break;
    }
  }
  if (text.empty()) return false;
  const char c = text.back();
  return c == '.' || c == '!' || c == '?' || (text.size() >= 3 && text.substr(text.size() - 3) == "\xE2\x80\xA6");
}

static bool ends_with_question(std::string_view text) {
  const size_t last = text.find_last_of(".!?");
  return last != std::string_view::npos && text[last] != '.';
}

bool starts_lowercase(std::string_view text) { return !text.empty() && is_lower(text[0]); }

bool is_headline_like(std::string_view text) {
  if (text.size() < 3 || text.size() > 200 || is_url(text)) return false;
  const auto c0 = static_cast<unsigned char>(text[0]);
  const bool opens = is_upper(text[0]) || is_digit(text[0]) || text[0] == '"' || text[0] == '\'' || c0 >= 0xC0;
  if (!opens) return false;
  const char last = text.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  // A question or exclamation can be a headline; a full stop (even inside quotes) cannot,
  // nor can text holding a sentence break.
  if (ends_sentence(text) && (text.find(". ") != std::string_view::npos || !ends_with_question(text))) return false;
  int words = 1;
  for (char c : text) words += c == ' ';
  return words <= 30;
}

}  // namespace kg::ingest
