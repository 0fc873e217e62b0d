// Loading and validating the reader's data files (see reader_rules.h).
#include "ingest/reader_rules.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <sstream>

#include "ingest/errors.h"
#include "ingest/name_key.h"
#include "ingest/tokens.h"

namespace kg::ingest {
namespace {

int line_of(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// SAX handler that finds where the value at a JSON pointer (as a token list) starts, so a
// schema or content error can name a line. Tell() after the first token of the value is
// close enough: it is on the value's line.
class PointerLocator : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PointerLocator> {
 public:
  PointerLocator(std::vector<std::string> target, const rapidjson::StringStream* stream)
      : target_(std::move(target)), stream_(stream) {}
  size_t found() const { return found_; }

  bool Default() { begin_value(); end_value(); return true; }
  bool String(const char*, rapidjson::SizeType, bool) { return Default(); }
  bool StartObject() { begin_value(); frames_.push_back({false, 0, {}}); return true; }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    frames_.back().key.assign(s, n);
    return true;
  }
  bool EndObject(rapidjson::SizeType) { frames_.pop_back(); end_value(); return true; }
  bool StartArray() { begin_value(); frames_.push_back({true, 0, {}}); return true; }
  bool EndArray(rapidjson::SizeType) { frames_.pop_back(); end_value(); return true; }

 private:
  struct Frame {
    bool array;
    size_t index;
    std::string key;
  };
  void begin_value() {
    if (found_ != std::string::npos || frames_.size() != target_.size()) return;
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      if ((f.array ? std::to_string(f.index) : f.key) != target_[i]) return;
    }
    found_ = stream_->Tell();
  }
  void end_value() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
  }
  std::vector<std::string> target_;
  const rapidjson::StringStream* stream_;
  std::vector<Frame> frames_;
  size_t found_ = std::string::npos;
};

// A parsed, schema-valid data file, able to name the line of any of its values.
struct DataFile {
  std::string path;
  std::string text;
  rapidjson::Document doc;

  int line_of_pointer(const std::vector<std::string>& tokens) const {
    rapidjson::StringStream stream(text.c_str());
    PointerLocator locator(tokens, &stream);
    rapidjson::Reader reader;
    reader.Parse(stream, locator);
    return locator.found() == std::string::npos ? 1 : line_of(text, locator.found());
  }
  [[noreturn]] void fail(const std::vector<std::string>& tokens, const std::string& reason) const {
    throw LexiconError(path, line_of_pointer(tokens), reason);
  }
};

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw LexiconError(p.string(), 0, "cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> pointer_tokens(const rapidjson::Pointer& pointer) {
  std::vector<std::string> out;
  for (size_t i = 0; i < pointer.GetTokenCount(); ++i) {
    out.emplace_back(pointer.GetTokens()[i].name, pointer.GetTokens()[i].length);
  }
  return out;
}

DataFile load_data_file(const std::filesystem::path& root, const std::string& name) {
  const std::filesystem::path schema_path = root / "schemas" / (name + ".schema.json");
  DataFile file;
  file.path = (root / "data" / "lexicon" / (name + ".json")).string();
  const std::string schema_text = read_file(schema_path);
  rapidjson::Document schema_doc;
  if (schema_doc.Parse(schema_text.c_str()).HasParseError()) {
    throw LexiconError(schema_path.string(), line_of(schema_text, schema_doc.GetErrorOffset()),
                       rapidjson::GetParseError_En(schema_doc.GetParseError()));
  }
  file.text = read_file(file.path);
  if (file.doc.Parse(file.text.c_str()).HasParseError()) {
    throw LexiconError(file.path, line_of(file.text, file.doc.GetErrorOffset()),
                       rapidjson::GetParseError_En(file.doc.GetParseError()));
  }
  rapidjson::SchemaDocument schema(schema_doc);
  rapidjson::SchemaValidator validator(schema);
  if (!file.doc.Accept(validator)) {
    rapidjson::StringBuffer where;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    file.fail(pointer_tokens(validator.GetInvalidDocumentPointer()),
              std::string("does not match ") + schema_path.filename().string() + ": '" +
                  validator.GetInvalidSchemaKeyword() + "' fails at " + where.GetString());
  }
  return file;
}

void add_words(const DataFile& f, const rapidjson::Value& array, std::vector<std::string> at,
               std::set<std::string>& out, bool lowercase) {
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    std::string w = array[i].GetString();
    if (!out.insert(lowercase ? ascii_lower(w) : w).second) {
      at.push_back(std::to_string(i));
      f.fail(at, "duplicate entry '" + w + "'");
    }
  }
}

void add_patterns(const DataFile& f, const rapidjson::Value& array, const std::string& key, PatternList& out) {
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    if (const std::string error = out.add(array[i].GetString()); !error.empty()) {
      f.fail({key, std::to_string(i)}, "bad pattern: " + error);
    }
  }
  out.compile();
}

RE2::Options pattern_options() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

RE2::Anchor re2_anchor(PatternList::Anchor a) {
  switch (a) {
    case PatternList::Anchor::kStart: return RE2::ANCHOR_START;
    case PatternList::Anchor::kBoth: return RE2::ANCHOR_BOTH;
    case PatternList::Anchor::kNone: break;
  }
  return RE2::UNANCHORED;
}

std::string strip_dot(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return ascii_lower(w);
}

}  // namespace

// The set's automaton holds every pattern at once; patterns with bounded repeats of Unicode
// classes ("[\pL ]{1,50}") make large programs, so it gets more memory than one RE2's 8 MB.
RE2::Options set_options() {
  RE2::Options options = pattern_options();
  options.set_max_mem(int64_t{64} << 20);
  return options;
}

struct PatternList::Set {
  explicit Set(Anchor anchor) : set(set_options(), re2_anchor(anchor)) {}
  RE2::Set set;
  bool ok = false;
};

struct PatternList::Entry {
  std::string pattern;
  std::vector<std::string> groups;  // names of its (?P<name>...) groups
  std::atomic<const RE2*> ready{nullptr};  // `re` once compiled: the lock-free path
  std::mutex compiling;
  std::unique_ptr<const RE2> re;
};

// Names of the (?P<name>...) groups of an RE2 pattern, read from its text the way RE2's
// parser reads it: an escaped character, a \Q...\E quotation and a character class (with
// its [:alpha:] parts) open no group.
std::vector<std::string> group_names(std::string_view p) {
  std::vector<std::string> out;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\') {
      if (i + 1 < p.size() && p[i + 1] == 'Q') {
        const size_t end = p.find("\\E", i + 2);
        if (end == std::string_view::npos) break;
        i = end + 1;
      } else {
        ++i;
      }
    } else if (p[i] == '[') {
      size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;  // a ']' first is a member
      while (j < p.size() && p[j] != ']') {
        if (p[j] == '\\') {
          j += 2;
        } else if (p.compare(j, 2, "[:") == 0 && p.find(":]", j + 2) != std::string_view::npos) {
          j = p.find(":]", j + 2) + 2;
        } else {
          ++j;
        }
      }
      i = j;
    } else if (p.compare(i, 4, "(?P<") == 0) {
      const size_t end = p.find('>', i + 4);
      if (end == std::string_view::npos) break;
      out.emplace_back(p.substr(i + 4, end - i - 4));
      i = end;
    }
  }
  return out;
}

std::string PatternList::add(const std::string& pattern) {
  if (!set_) set_ = std::make_shared<Set>(anchor_);
  std::string error;
  // Adding to the set parses the pattern, which is all a check needs; compiling waits.
  if (set_->set.Add(pattern, &error) < 0) return error.empty() ? "cannot parse" : error;
  auto entry = std::make_shared<Entry>();
  entry->pattern = pattern;
  entry->groups = group_names(pattern);
  entries_.push_back(std::move(entry));
  return {};
}

void PatternList::compile() {
  if (!set_) set_ = std::make_shared<Set>(anchor_);
  set_->ok = !entries_.empty() && set_->set.Compile();
}

const RE2& PatternList::operator[](size_t i) const {
  Entry& e = *entries_[i];
  if (const RE2* re = e.ready.load(std::memory_order_acquire)) return *re;
  std::lock_guard lock(e.compiling);
  if (!e.re) {
    // The set's memory: a pattern that compiles within the set compiles alone.
    e.re = std::make_unique<const RE2>(e.pattern, set_options());
    e.ready.store(e.re.get(), std::memory_order_release);
  }
  return *e.re;
}

bool PatternList::has_group(size_t i, std::string_view name) const {
  const auto& groups = entries_[i]->groups;
  return std::find(groups.begin(), groups.end(), name) != groups.end();
}

bool PatternList::has_set() const { return set_ && set_->ok; }

void PatternList::matching(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (set_ && set_->ok) {
    RE2::Set::ErrorInfo error{};
    if (set_->set.Match(text, &out, &error)) {
      std::sort(out.begin(), out.end());
      return;
    }
    out.clear();
    if (error.kind == RE2::Set::kNoError) return;  // no pattern matches
  }
  const RE2::Anchor anchor = re2_anchor(anchor_);
  for (size_t i = 0; i < size(); ++i) {
    if ((*this)[i].Match(text, 0, text.size(), anchor, nullptr, 0)) out.push_back(static_cast<int>(i));
  }
}

bool PatternList::any(std::string_view text) const {
  if (set_ && set_->ok) {
    RE2::Set::ErrorInfo error{};
    if (set_->set.Match(text, nullptr, &error)) return true;
    if (error.kind == RE2::Set::kNoError) return false;
  }
  const RE2::Anchor anchor = re2_anchor(anchor_);
  for (size_t i = 0; i < size(); ++i) {
    if ((*this)[i].Match(text, 0, text.size(), anchor, nullptr, 0)) return true;
  }
  return false;
}

ReaderRules ReaderRules::load(const std::filesystem::path& root) {
  ReaderRules rules;

  const DataFile outlets = load_data_file(root, "outlets");
  const auto& list = outlets.doc["outlets"];
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const auto& o = list[i];
    const size_t index = rules.outlets.size();
    rules.outlets.push_back({o["name"].GetString(), o.HasMember("wire") && o["wire"].GetBool()});
    std::vector<std::string> names{o["name"].GetString()};
    for (const auto& a : o["aliases"].GetArray()) names.emplace_back(a.GetString());
    for (const std::string& n : names) {
      const std::string key = name_key(n);
      auto [it, fresh] = rules.outlet_keys.emplace(key, index);
      if (!fresh && it->second != index) {
        outlets.fail({"outlets", std::to_string(i)},
                     "outlet name '" + n + "' already names " + rules.outlets[it->second].name);
      }
    }
    for (const auto& d : o["domains"].GetArray()) {
      auto [it, fresh] = rules.outlet_hosts.emplace(d.GetString(), index);
      if (!fresh && it->second != index) {
        outlets.fail({"outlets", std::to_string(i)},
                     std::string("domain '") + d.GetString() + "' already belongs to " + rules.outlets[it->second].name);
      }
    }
  }

  const DataFile abbrev = load_data_file(root, "abbreviations");
  add_words(abbrev, abbrev.doc["no_break"], {"no_break"}, rules.no_break, false);
  add_words(abbrev, abbrev.doc["may_end"], {"may_end"}, rules.may_end, false);
  add_words(abbrev, abbrev.doc["sentence_starters"], {"sentence_starters"}, rules.starters, false);

  const DataFile reader = load_data_file(root, "reader");
  const auto& doc = reader.doc;
  for (const auto& m : doc["months"].GetObject()) rules.months[m.name.GetString()] = m.value.GetInt();
  add_words(reader, doc["date_words"], {"date_words"}, rules.date_words, true);
  for (const auto& kind : doc["meta_keys"].GetObject()) {
    for (const auto& k : kind.value.GetArray()) {
      if (!rules.meta_keys.emplace(ascii_lower(k.GetString()), kind.name.GetString()).second) {
        reader.fail({"meta_keys", kind.name.GetString()}, std::string("duplicate key '") + k.GetString() + "'");
      }
    }
  }
  add_words(reader, doc["byline_prefixes"], {"byline_prefixes"}, rules.byline_prefixes, true);
  add_words(reader, doc["byline_roles"], {"byline_roles"}, rules.byline_roles, true);
  add_words(reader, doc["title_joiners"], {"title_joiners"}, rules.title_joiners, true);
  add_words(reader, doc["section_labels"], {"section_labels"}, rules.section_labels, true);
  add_words(reader, doc["compound_prefixes"], {"compound_prefixes"}, rules.compound_prefixes, true);
  add_words(reader, doc["broken_word_suffixes"], {"broken_word_suffixes"}, rules.broken_suffixes, true);
  add_patterns(reader, doc["drop_paragraphs"], "drop_paragraphs", rules.drop_paragraphs);
  if (doc.HasMember("menu_rows")) add_patterns(reader, doc["menu_rows"], "menu_rows", rules.menu_rows);
  add_patterns(reader, doc["caption_credits"], "caption_credits", rules.caption_credits);
  add_patterns(reader, doc["datelines"], "datelines", rules.datelines);
  if (doc.HasMember("place_leads")) add_patterns(reader, doc["place_leads"], "place_leads", rules.place_leads);
  add_words(reader, doc["outlet_heads"], {"outlet_heads"}, rules.outlet_heads, true);
  add_words(reader, doc["company_words"], {"company_words"}, rules.company_words, true);
  if (doc.HasMember("institute_heads")) add_words(reader, doc["institute_heads"], {"institute_heads"}, rules.institute_heads, true);
  add_patterns(reader, doc["outlet_lines"], "outlet_lines", rules.outlet_lines);
  add_patterns(reader, doc["running_headers"], "running_headers", rules.running_headers);
  if (doc.HasMember("document_titles")) {
    for (const auto& w : doc["document_titles"].GetArray()) rules.document_titles.insert(name_key(w.GetString()));
  }
  if (doc.HasMember("signature_openers")) add_patterns(reader, doc["signature_openers"], "signature_openers", rules.signature_openers);
  if (doc.HasMember("issued_lines")) add_patterns(reader, doc["issued_lines"], "issued_lines", rules.issued_lines);
  if (doc.HasMember("meeting_lines")) add_patterns(reader, doc["meeting_lines"], "meeting_lines", rules.meeting_lines);
  if (doc.HasMember("record_symbol_lines")) add_patterns(reader, doc["record_symbol_lines"], "record_symbol_lines", rules.record_symbol_lines);
  if (doc.HasMember("record_meeting_lines")) add_patterns(reader, doc["record_meeting_lines"], "record_meeting_lines", rules.record_meeting_lines);
  if (doc.HasMember("record_agenda_lines")) add_patterns(reader, doc["record_agenda_lines"], "record_agenda_lines", rules.record_agenda_lines);
  if (doc.HasMember("record_open_lines")) add_patterns(reader, doc["record_open_lines"], "record_open_lines", rules.record_open_lines);
  if (doc.HasMember("record_close_lines")) add_patterns(reader, doc["record_close_lines"], "record_close_lines", rules.record_close_lines);
  if (doc.HasMember("record_roster_lines")) add_patterns(reader, doc["record_roster_lines"], "record_roster_lines", rules.record_roster_lines);
  if (doc.HasMember("header_lines")) add_patterns(reader, doc["header_lines"], "header_lines", rules.header_lines);
  if (doc.HasMember("caption_lines")) add_patterns(reader, doc["caption_lines"], "caption_lines", rules.caption_lines);
  if (doc.HasMember("reporter_lines")) add_patterns(reader, doc["reporter_lines"], "reporter_lines", rules.reporter_lines);
  if (doc.HasMember("post_headers")) add_patterns(reader, doc["post_headers"], "post_headers", rules.post_headers);
  for (const auto* patterns : {&rules.outlet_lines, &rules.running_headers}) {
    for (size_t i = 0; i < patterns->size(); ++i) {
      // a running header may name its outlet by a (?P<headed_outlet>...) group instead, taken only
      // when the name ends in a publication noun
      const bool headed = patterns == &rules.running_headers && patterns->has_group(i, "headed_outlet");
      if (!patterns->has_group(i, "outlet") && !headed) {
        reader.fail({patterns == &rules.outlet_lines ? "outlet_lines" : "running_headers", std::to_string(i)},
                    "an outlet pattern needs a (?P<outlet>...) group");
      }
    }
  }
  for (size_t i = 0; i < rules.meeting_lines.size(); ++i) {
    if (!rules.meeting_lines.has_group(i, "meeting")) reader.fail({"meeting_lines", std::to_string(i)}, "a meeting line pattern needs a (?P<meeting>...) group");
  }
  for (size_t i = 0; i < rules.post_headers.size(); ++i) {
    if (!rules.post_headers.has_group(i, "author")) reader.fail({"post_headers", std::to_string(i)}, "a post header pattern needs a (?P<author>...) group");
  }
  for (size_t i = 0; i < rules.header_lines.size(); ++i) {
    if (!rules.header_lines.has_group(i, "date") && !rules.header_lines.has_group(i, "title")) {
      reader.fail({"header_lines", std::to_string(i)}, "a header line pattern needs a (?P<date>...) or (?P<title>...) group");
    }
  }
  for (size_t i = 0; i < rules.datelines.size(); ++i) {
    if (!rules.datelines.has_group(i, "place")) {
      reader.fail({"datelines", std::to_string(i)}, "a dateline pattern needs a (?P<place>...) group");
    }
  }
  for (size_t i = 0; i < rules.place_leads.size(); ++i) {
    if (!rules.place_leads.has_group(i, "place")) {
      reader.fail({"place_leads", std::to_string(i)}, "a place lead pattern needs a (?P<place>...) group");
    }
  }
  return rules;
}

const Outlet* ReaderRules::outlet_by_name(std::string_view text) const {
  auto it = outlet_keys.find(name_key(text));
  return it == outlet_keys.end() || it->first.empty() ? nullptr : &outlets[it->second];
}

const Outlet* ReaderRules::outlet_by_host(std::string_view host) const {
  std::string h = ascii_lower(host);
  while (!h.empty()) {
    auto it = outlet_hosts.find(h);
    if (it != outlet_hosts.end()) return &outlets[it->second];
    const size_t dot = h.find('.');
    if (dot == std::string::npos) break;
    h.erase(0, dot + 1);
  }
  return nullptr;
}

ReaderRules::Abbrev ReaderRules::abbreviation(std::string_view token) const {
  const std::string t(token);
  if (no_break.count(t)) return Abbrev::kNoBreak;
  if (may_end.count(t)) return Abbrev::kMayEnd;
  return Abbrev::kNone;
}

int ReaderRules::month(std::string_view word) const {
  auto it = months.find(strip_dot(word));
  return it == months.end() ? 0 : it->second;
}

bool ReaderRules::is_date_word(std::string_view word) const { return date_words.count(strip_dot(word)) > 0; }

std::string ReaderRules::meta_key(std::string_view key) const {
  auto it = meta_keys.find(ascii_lower(key));
  return it == meta_keys.end() ? std::string() : it->second;
}

bool ReaderRules::is_byline_prefix(std::string_view words) const { return byline_prefixes.count(ascii_lower(words)) > 0; }
bool ReaderRules::is_byline_start(std::string_view word) const {
  const std::string w = ascii_lower(word);
  return std::any_of(byline_prefixes.begin(), byline_prefixes.end(),
                     [&](const std::string& p) { return p.compare(0, p.find(' '), w) == 0; });
}
bool ReaderRules::is_byline_role(std::string_view word) const { return byline_roles.count(ascii_lower(word)) > 0; }
bool ReaderRules::is_title_joiner(std::string_view word) const { return title_joiners.count(ascii_lower(word)) > 0; }
bool ReaderRules::is_section_label(std::string_view text) const { return section_labels.count(ascii_lower(text)) > 0; }
bool ReaderRules::is_document_title(std::string_view text) const {
  const std::string k = name_key(text);
  if (k.empty() || std::count(k.begin(), k.end(), ' ') > 3) return false;
  const size_t sp = k.rfind(' ');
  return document_titles.count(sp == std::string::npos ? k : k.substr(sp + 1)) > 0;
}
bool ReaderRules::is_outlet_head(std::string_view word) const { return outlet_heads.count(ascii_lower(word)) > 0; }
bool ReaderRules::is_institute_head(std::string_view word) const { return institute_heads.count(ascii_lower(word)) > 0; }
bool ReaderRules::is_company_word(std::string_view word) const { return company_words.count(ascii_lower(word)) > 0; }
bool ReaderRules::is_compound_prefix(std::string_view fragment) const {
  return compound_prefixes.count(ascii_lower(fragment)) > 0;
}
bool ReaderRules::is_broken_word_suffix(std::string_view fragment) const {
  return broken_suffixes.count(ascii_lower(fragment)) > 0;
}

}  // namespace kg::ingest
