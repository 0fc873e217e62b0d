// Loading the lexicons: read each data file, validate it against its schema while recording
// where every value sits (so an error names a line), then build the phrase trie and the entity
// tables, checking references between files and aliases that two entities would share.
#include "ingest/lexicon.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

#include "ingest/errors.h"
#include "ingest/lexicon_data.h"
#include "ingest/name_key.h"
#include "ingest/tokens.h"

namespace kg::ingest {
namespace fs = std::filesystem;
namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw LexiconError(p.string(), 0, "cannot read file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int line_of(const std::string& content, size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string escape_pointer_token(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

// SAX handler that forwards every event to a schema validator and records the byte offset at
// which each value (by JSON pointer) was read.
template <class Validator>
class RecordingHandler {
 public:
  RecordingHandler(Validator& v, const rapidjson::StringStream& in, std::unordered_map<std::string, size_t>& offsets)
      : v_(v), in_(in), offsets_(offsets) {}

  bool Null() { value(); return v_.Null(); }
  bool Bool(bool b) { value(); return v_.Bool(b); }
  bool Int(int i) { value(); return v_.Int(i); }
  bool Uint(unsigned u) { value(); return v_.Uint(u); }
  bool Int64(int64_t i) { value(); return v_.Int64(i); }
  bool Uint64(uint64_t u) { value(); return v_.Uint64(u); }
  bool Double(double d) { value(); return v_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { value(); return v_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { value(); return v_.String(s, n, copy); }
  bool StartObject() {
    open(false);
    return v_.StartObject();
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (!stack_.empty()) stack_.back().key.assign(s, n);
    return v_.Key(s, n, copy);
  }
  bool EndObject(rapidjson::SizeType n) { close(); return v_.EndObject(n); }
  bool StartArray() {
    open(true);
    return v_.StartArray();
  }
  bool EndArray(rapidjson::SizeType n) { close(); return v_.EndArray(n); }

 private:
  struct Frame {
    bool array;
    size_t index = 0;
    std::string key;
    std::string path;
  };
  std::string child_path() const {
    if (stack_.empty()) return "";
    const Frame& f = stack_.back();
    return f.path + "/" + (f.array ? std::to_string(f.index) : escape_pointer_token(f.key));
  }
  void value() {
    offsets_[child_path()] = in_.Tell();
    if (!stack_.empty() && stack_.back().array) ++stack_.back().index;
  }
  void open(bool array) {
    const std::string p = child_path();
    offsets_[p] = in_.Tell();
    stack_.push_back(Frame{array, 0, {}, p});
  }
  void close() {
    stack_.pop_back();
    if (!stack_.empty() && stack_.back().array) ++stack_.back().index;
  }

  Validator& v_;
  const rapidjson::StringStream& in_;
  std::unordered_map<std::string, size_t>& offsets_;
  std::vector<Frame> stack_;
};

// One data file, parsed and validated, with the offsets of its values for error messages.
struct JsonFile {
  std::string path;
  std::string content;
  rapidjson::Document doc;
  std::unordered_map<std::string, size_t> offsets;

  int line(const std::string& pointer) const {
    std::string p = pointer;
    while (true) {
      auto it = offsets.find(p);
      if (it != offsets.end()) return line_of(content, it->second);
      const auto slash = p.rfind('/');
      if (slash == std::string::npos || p.empty()) return 1;
      p.erase(slash);
    }
  }
  [[noreturn]] void fail(const std::string& pointer, const std::string& reason) const {
    throw LexiconError(path, line(pointer), reason);
  }
};

JsonFile load_json(const fs::path& data_file, const fs::path& schema_file) {
  JsonFile f;
  f.path = data_file.string();
  f.content = read_file(data_file);

  const std::string schema_text = read_file(schema_file);
  rapidjson::Document schema_doc;
  schema_doc.Parse(schema_text.c_str(), schema_text.size());
  if (schema_doc.HasParseError()) {
    throw LexiconError(schema_file.string(), line_of(schema_text, schema_doc.GetErrorOffset()),
                       std::string("schema is not valid JSON: ") + rapidjson::GetParseError_En(schema_doc.GetParseError()));
  }
  rapidjson::SchemaDocument schema(schema_doc);
  rapidjson::SchemaValidator validator(schema);

  rapidjson::Reader reader;
  rapidjson::StringStream in(f.content.c_str());
  RecordingHandler<rapidjson::SchemaValidator> handler(validator, in, f.offsets);
  const rapidjson::ParseResult ok = reader.Parse(in, handler);
  if (!ok) {
    if (!validator.IsValid()) {
      rapidjson::StringBuffer where;
      validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
      std::string pointer = where.GetString();
      if (!pointer.empty() && pointer[0] == '#') pointer.erase(0, 1);
      // Unescape the URI fragment's percent-encoding enough for our simple keys.
      const int line = f.offsets.count(pointer) ? f.line(pointer) : line_of(f.content, ok.Offset());
      throw LexiconError(f.path, line,
                         "value at '" + (pointer.empty() ? std::string("/") : pointer) + "' breaks schema rule '" +
                             validator.GetInvalidSchemaKeyword() + "' of " + schema_file.filename().string());
    }
    throw LexiconError(f.path, line_of(f.content, ok.Offset()),
                       std::string("not valid JSON: ") + rapidjson::GetParseError_En(ok.Code()));
  }
  f.doc.Parse(f.content.c_str(), f.content.size());
  return f;
}

uint64_t fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.IsObject()) return out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

// The token keys of a phrase's words joined by single spaces ("Armed Forces" -> "armed forces").
std::string phrase_key(std::string_view phrase) {
  std::string out;
  for (const Token& t : tokenize(phrase)) {
    if (t.is(tok::kWord)) out += (out.empty() ? "" : " ") + t.key;
  }
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

// Builds Lexicon::Data from the validated files.
class Builder {
 public:
  explicit Builder(Lexicon::Data& d) : d_(d) { d_.node_hits.emplace_back(); }

  // Adds `phrase` to the trie with `role`; returns false when the phrase has no token.
  bool add_phrase(std::string_view phrase, Role role, int id, bool drop_leading_the) {
    std::vector<Token> toks = tokenize(phrase);
    if (drop_leading_the && toks.size() > 1 && toks[0].key == "the") toks.erase(toks.begin());
    if (toks.empty()) return false;
    PhraseHit hit{role, id, 0, 0};
    int32_t node = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      const Token& t = toks[i];
      if (i < 16) {
        size_t letters = 0;
        for (char c : t.key) letters += (c >= 'a' && c <= 'z') ? 1 : 0;
        if (t.is(tok::kUpper) && letters >= 2) hit.upper_mask |= static_cast<uint16_t>(1u << i);
        else if (t.is(tok::kCap)) hit.cap_mask |= static_cast<uint16_t>(1u << i);
      }
      node = child(node, t.key);
    }
    add_hit(node, hit);
    return true;
  }

  // Adds the token key `key` (as it is: the rules asked a set for it) as a one-word phrase of
  // word list `list`.
  void add_listed(const std::string& key, WordList list) { add_hit(child(0, key), PhraseHit{Role::Listed, static_cast<int32_t>(list), 0, 0}); }
  // Each one-word entry of obj[key] as a token of `list` (a per-token bit, Doc::is_listed).
  void add_word_list(const rapidjson::Value& obj, const char* key, WordList list) {
    for (const std::string& w : strings(obj, key)) add_listed(tokenize(w).front().key, list);
  }

  // The trie node reached from `node` by the token key `word`, made when new.
  int32_t child(int32_t node, const std::string& word) {
    const int32_t id = d_.vocab.intern(word);
    const uint64_t edge = (static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32) | static_cast<uint32_t>(id);
    int32_t next = d_.edges.find(edge);
    if (next < 0) {
      next = static_cast<int32_t>(d_.node_hits.size());
      d_.node_hits.emplace_back();
      d_.edges.set(edge, next);
    }
    return next;
  }

  // Records that a phrase ends at `node` with `hit`.
  void add_hit(int32_t node, const PhraseHit& hit) {
    auto& hits = d_.node_hits[static_cast<size_t>(node)];
    for (PhraseHit& h : hits) {
      if (h.role == hit.role && h.id == hit.id) {
        // Same phrase twice: keep the least demanding capitalisation.
        // An upper-case form beside a title-case one ("NATO", "Nato") asks for a capital.
        const auto asked = static_cast<uint16_t>((h.cap_mask | h.upper_mask) & (hit.cap_mask | hit.upper_mask));
        h.upper_mask &= hit.upper_mask;
        h.cap_mask = static_cast<uint16_t>(asked & ~h.upper_mask);
        return;
      }
    }
    hits.push_back(hit);
  }

  void add_words(const JsonFile& f, const rapidjson::Value& obj, const char* key, Role role, int id = -1) {
    for (const std::string& w : strings(obj, key)) {
      if (!add_phrase(w, role, id, false)) f.fail(std::string("/") + key, "phrase '" + w + "' has no word in it");
    }
  }

  // Registers a name of entity `e`; two entities may not share a name key.
  void claim_name(const JsonFile& f, const std::string& pointer, const std::string& name, int e, bool quiet_skip = false) {
    const std::string key = name_key(name);
    if (key.empty()) f.fail(pointer, "name '" + name + "' has no letter or digit");
    auto [it, fresh] = d_.entity_by_key.try_emplace(key, e);
    if (!fresh && it->second != e) {
      if (quiet_skip) return;
      const LexEntity& other = d_.entities[static_cast<size_t>(it->second)];
      f.fail(pointer, "'" + name + "' of " + d_.entities[static_cast<size_t>(e)].name + " is already a name of " +
                          other.kind + " " + other.name);
    }
    add_phrase(name, Role::Entity, e, true);
  }

  int find_entity(const JsonFile& f, const std::string& pointer, const std::string& name, const char* want_kind) {
    const int e = d_.entity_named(name);
    if (e < 0) f.fail(pointer, std::string("unknown ") + (want_kind ? want_kind : "entity") + " '" + name + "'");
    if (want_kind && d_.entities[static_cast<size_t>(e)].kind != want_kind) {
      f.fail(pointer, "'" + name + "' is a " + d_.entities[static_cast<size_t>(e)].kind + ", not a " + want_kind);
    }
    return e;
  }

  int new_entity(LexEntity e) {
    d_.entities.push_back(std::move(e));
    return static_cast<int>(d_.entities.size()) - 1;
  }

  void countries(const JsonFile& f) {
    const auto& list = f.doc["countries"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& c = list[i];
      const std::string at = "/countries/" + std::to_string(i);
      LexEntity e;
      e.kind = "Country";
      e.type = "country";
      e.name = c["name"].GetString();
      e.aliases = strings(c, "aliases");
      e.demonyms = strings(c, "demonyms");
      const int id = new_entity(e);
      claim_name(f, at + "/name", e.name, id);
      for (size_t k = 0; k < e.aliases.size(); ++k) claim_name(f, at + "/aliases/" + std::to_string(k), e.aliases[k], id);
    }
    // Second pass: capitals and seats become places that act for their state; demonyms.
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& c = list[i];
      const std::string at = "/countries/" + std::to_string(i);
      const int country = d_.entity_named(c["name"].GetString());
      if (c.HasMember("city_state")) d_.entities[static_cast<size_t>(country)].city_state = c["city_state"].GetBool();
      // Each entry is one place; '|' separates spellings of it ("Kyiv|Kiev").
      auto add_place = [&](const std::string& entry, const std::string& type, const std::string& pointer) {
        std::vector<std::string> spellings;
        size_t from = 0;
        while (true) {
          const size_t bar = entry.find('|', from);
          spellings.push_back(entry.substr(from, bar == std::string::npos ? std::string::npos : bar - from));
          if (bar == std::string::npos) break;
          from = bar + 1;
        }
        LexEntity p;
        p.kind = "Place";
        p.type = type;
        p.name = spellings[0];
        p.aliases.assign(spellings.begin() + 1, spellings.end());
        p.country = country;
        p.acts_for = country;
        p.head_of_government_seat = type == "seat";
        const int id = new_entity(p);
        for (const std::string& s : spellings) claim_name(f, pointer, s, id);
      };
      const auto caps = strings(c, "capitals");
      for (size_t k = 0; k < caps.size(); ++k) add_place(caps[k], "capital", at + "/capitals/" + std::to_string(k));
      const auto seats = strings(c, "seats");
      for (size_t k = 0; k < seats.size(); ++k) add_place(seats[k], "seat", at + "/seats/" + std::to_string(k));
      const auto dems = strings(c, "demonyms");
      for (size_t k = 0; k < dems.size(); ++k) {
        const std::string pointer = at + "/demonyms/" + std::to_string(k);
        claim_demonym(f, pointer, dems[k], country);
        const std::string& w = dems[k];
        const bool pluralises = w.size() > 2 && (w.back() == 'n' || w.back() == 'i' || (w.back() == 'r' && w[w.size() - 2] == 'e'));
        if (pluralises) claim_demonym(f, pointer, w + "s", country);
      }
    }
    // Formal names ("Republic of Chad", "the Gabonese Republic") are names of their state; one
    // another entity already has ("Republic of China" is Taiwan's) stays with it.
    const auto formal = strings(f.doc, "formal_templates");
    for (size_t ci = 0; ci < d_.entities.size(); ++ci) {
      if (d_.entities[ci].kind != "Country") continue;
      const std::string name = d_.entities[ci].name;
      const auto dems = d_.entities[ci].demonyms;
      for (const std::string& t : formal) {
        if (t.find("{demonym}") != std::string::npos && dems.empty()) continue;
        const std::string formal_name = replace_all(replace_all(t, "{name}", name), "{demonym}", dems.empty() ? "" : dems[0]);
        if (d_.entity_by_key.count(name_key(formal_name))) continue;
        d_.entities[ci].aliases.push_back(formal_name);
        claim_name(f, "/formal_templates", formal_name, static_cast<int>(ci));
      }
    }
    // A state's name with "of the" is written without the article too ("Democratic Republic of
    // Congo", "Republic of Congo"); one another entity already has stays with it.
    for (size_t ci = 0; ci < d_.entities.size(); ++ci) {
      if (d_.entities[ci].kind != "Country") continue;
      std::vector<std::string> names{d_.entities[ci].name};
      names.insert(names.end(), d_.entities[ci].aliases.begin(), d_.entities[ci].aliases.end());
      for (const std::string& n : names) {
        if (n.find(" of the ") == std::string::npos) continue;
        const std::string bare = replace_all(n, " of the ", " of ");
        if (d_.entity_by_key.count(name_key(bare))) continue;
        d_.entities[ci].aliases.push_back(bare);
        claim_name(f, "/countries", bare, static_cast<int>(ci));
      }
    }
    d_.acting_templates = strings(f.doc, "acting_templates");
    for (size_t ci = 0; ci < d_.entities.size(); ++ci) {
      const LexEntity& c = d_.entities[ci];
      if (c.kind != "Country") continue;
      for (const std::string& t : d_.acting_templates) {
        if (t.find("{demonym}") != std::string::npos) {
          if (c.demonyms.empty()) continue;
          add_phrase(replace_all(t, "{demonym}", c.demonyms[0]), Role::ActingForm, static_cast<int>(ci), true);
        } else {
          // every name of the state: "the ROK side" as "the South Korea side"
          add_phrase(replace_all(t, "{name}", c.name), Role::ActingForm, static_cast<int>(ci), true);
          for (const std::string& a : c.aliases) add_phrase(replace_all(t, "{name}", a), Role::ActingForm, static_cast<int>(ci), true);
        }
      }
    }
  }

  void claim_demonym(const JsonFile& f, const std::string& pointer, const std::string& word, int country) {
    const std::string key = name_key(word);
    auto [it, fresh] = demonyms_.try_emplace(key, country);
    if (!fresh && it->second != country) {
      f.fail(pointer, "demonym '" + word + "' of " + d_.entities[static_cast<size_t>(country)].name + " already belongs to " +
                          d_.entities[static_cast<size_t>(it->second)].name);
    }
    add_phrase(word, Role::Demonym, country, false);
  }

  // An acronym read as a word is written in title case by some outlets ("Nato", "Unesco",
  // "Opec"): the title-case form names the same body.
  void add_title_case_acronym(const std::string& name, int id, int min_letters) {
    if (name.size() < static_cast<size_t>(min_letters)) return;
    for (char c : name) {
      if (c < 'A' || c > 'Z') return;
    }
    std::string title = name.substr(0, 1);
    for (size_t k = 1; k < name.size(); ++k) title += static_cast<char>(name[k] - 'A' + 'a');
    add_phrase(title, Role::Entity, id, false);
  }

  void add_title_case_acronyms(const LexEntity& e, int id, int min_letters) {
    if (min_letters <= 0) return;
    add_title_case_acronym(e.name, id, min_letters);
    for (const std::string& a : e.aliases) add_title_case_acronym(a, id, min_letters);
  }

  // 'title_case_acronyms' of a lexicon file: how long an upper-case name must be to match in
  // title case too (0: never)
  static int title_case_min_letters(const JsonFile& f) {
    return f.doc.HasMember("title_case_acronyms") ? f.doc["title_case_acronyms"]["min_letters"].GetInt() : 0;
  }

  void organizations(const JsonFile& f) {
    const int min_letters = title_case_min_letters(f);
    const auto& list = f.doc["organizations"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& o = list[i];
      const std::string at = "/organizations/" + std::to_string(i);
      LexEntity e;
      e.kind = "Organization";
      e.name = o["name"].GetString();
      e.type = o["type"].GetString();
      e.aliases = strings(o, "aliases");
      if (o.HasMember("country")) e.country = find_entity(f, at + "/country", o["country"].GetString(), "Country");
      const int id = new_entity(e);
      claim_name(f, at + "/name", e.name, id);
      for (size_t k = 0; k < e.aliases.size(); ++k) claim_name(f, at + "/aliases/" + std::to_string(k), e.aliases[k], id);
      add_title_case_acronyms(e, id, min_letters);
    }
    if (!f.doc.HasMember("templates")) return;
    // Bodies every state has; an explicit entry with the same name wins over the template.
    const auto& templates = f.doc["templates"];
    const size_t n_countries = d_.entities.size();
    for (rapidjson::SizeType i = 0; i < templates.Size(); ++i) {
      const auto& t = templates[i];
      const std::string at = "/templates/" + std::to_string(i);
      const std::string name_t = t["name"].GetString();
      const auto alias_t = strings(t, "aliases");
      for (size_t ci = 0; ci < n_countries; ++ci) {
        const LexEntity c = d_.entities[ci];  // a copy: new_entity() below may reallocate
        if (c.kind != "Country") continue;
        auto expand = [&](const std::string& s) -> std::string {
          if (s.find("{demonym}") != std::string::npos && c.demonyms.empty()) return {};
          return replace_all(replace_all(s, "{demonym}", c.demonyms.empty() ? "" : c.demonyms[0]), "{name}", c.name);
        };
        const std::string name = expand(name_t);
        if (name.empty() || d_.entity_by_key.count(name_key(name))) continue;
        LexEntity e;
        e.kind = "Organization";
        e.name = name;
        e.type = t["type"].GetString();
        e.country = static_cast<int>(ci);
        const int id = new_entity(e);
        claim_name(f, at + "/name", name, id);
        for (const std::string& a : alias_t) {
          const std::string alias = expand(a);
          if (alias.empty()) continue;
          // An alias another body owns stays with it; the same alias in other capitals is kept
          // (the phrase trie then accepts the least demanding capitalisation).
          auto owner = d_.entity_by_key.find(name_key(alias));
          if (owner != d_.entity_by_key.end() && owner->second != id) continue;
          if (owner == d_.entity_by_key.end()) d_.entities[static_cast<size_t>(id)].aliases.push_back(alias);
          claim_name(f, at + "/aliases", alias, id);
        }
      }
    }
  }

  // Standing peace operations known by name (UNIFIL, MONUSCO, ATMIS): Forces, by acronym or
  // full name.
  void forces(const JsonFile& f) {
    const int min_letters = title_case_min_letters(f);
    const auto& list = f.doc["forces"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& o = list[i];
      const std::string at = "/forces/" + std::to_string(i);
      LexEntity e;
      e.kind = "Force";
      e.name = o["name"].GetString();
      e.type = o["type"].GetString();
      e.aliases = strings(o, "aliases");
      const int id = new_entity(e);
      claim_name(f, at + "/name", e.name, id);
      for (size_t k = 0; k < e.aliases.size(); ++k) claim_name(f, at + "/aliases/" + std::to_string(k), e.aliases[k], id);
      add_title_case_acronyms(e, id, min_letters);  // "Unifil" as British outlets write UNIFIL
    }
  }

  // outlets.json belongs to the reader; kg reads the names and aliases of news outlets from it
  // so that an outlet named in the text is an Organization.
  void outlets(const JsonFile& f) {
    if (!f.doc.IsObject() || !f.doc.HasMember("outlets") || !f.doc["outlets"].IsArray()) return;
    const auto& list = f.doc["outlets"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& o = list[i];
      if (!o.IsObject() || !o.HasMember("name") || !o["name"].IsString()) continue;
      const std::string at = "/outlets/" + std::to_string(i);
      const std::string name = o["name"].GetString();
      if (d_.entity_by_key.count(name_key(name))) continue;
      LexEntity e;
      e.kind = "Organization";
      e.type = "outlet";
      e.name = name;
      const int id = new_entity(e);
      claim_name(f, at + "/name", name, id);
      for (const std::string& a : strings(o, "aliases")) {
        if (d_.entity_by_key.count(name_key(a))) continue;  // an alias another body owns stays with it
        d_.entities[static_cast<size_t>(id)].aliases.push_back(a);
        claim_name(f, at + "/aliases", a, id);
      }
    }
  }

  void places(const JsonFile& f) {
    const auto& list = f.doc["places"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& p = list[i];
      const std::string at = "/places/" + std::to_string(i);
      LexEntity e;
      e.kind = "Place";
      e.name = p["name"].GetString();
      e.type = p["type"].GetString();
      e.aliases = strings(p, "aliases");
      if (p.HasMember("country")) e.country = find_entity(f, at + "/country", p["country"].GetString(), "Country");
      if (p.HasMember("acts_for")) e.acts_for = find_entity(f, at + "/acts_for", p["acts_for"].GetString(), nullptr);
      const std::vector<std::string> members = strings(p, "members");
      for (size_t k = 0; k < members.size(); ++k) {
        e.members.push_back(find_entity(f, at + "/members/" + std::to_string(k), members[k], "Country"));
      }
      const int id = new_entity(e);
      claim_name(f, at + "/name", e.name, id);
      for (size_t k = 0; k < e.aliases.size(); ++k) claim_name(f, at + "/aliases/" + std::to_string(k), e.aliases[k], id);
    }
    if (f.doc.HasMember("heads")) {
      const auto& h = f.doc["heads"];
      add_words(f, h, "region", Role::PlaceHead, 0);
      add_words(f, h, "facility", Role::PlaceHead, 1);
      add_words(f, h, "building", Role::PlaceHead, 2);
      add_words(f, h, "water", Role::PlaceHead, 3);
      add_words(f, h, "landform", Role::PlaceHead, 3);  // natural features, named as seas are
      add_word_list(h, "head_first", WordList::HeadFirstBuilding);
      add_word_list(h, "water_head_first", WordList::HeadFirstWater);
      add_word_list(h, "river_head_first", WordList::HeadFirstRiver);
    }
    add_words(f, f.doc, "locative_prepositions", Role::LocativePrep);
    add_word_list(f.doc, "government_nouns", WordList::GovernmentNoun);
    add_word_list(f.doc, "origin_words", WordList::OriginWord);
    add_word_list(f.doc, "venue_parts", WordList::VenuePart);
  }

  void offices(const JsonFile& f) {
    const auto& list = f.doc["offices"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& o = list[i];
      const std::string at = "/offices/" + std::to_string(i);
      Office off;
      off.title = o["title"].GetString();
      off.head = o.HasMember("head") && o["head"].GetBool();
      off.represents = o.HasMember("represents") && o["represents"].GetBool();
      off.represents_body = off.head || off.represents || (o.HasMember("represents_body") && o["represents_body"].GetBool());
      off.armed_forces = o.HasMember("armed_forces") && o["armed_forces"].GetBool();
      off.signs_for_state = off.head || (o.HasMember("signs_for_state") && o["signs_for_state"].GetBool());
      off.briefs = o.HasMember("briefs") && o["briefs"].GetBool();
      if (o.HasMember("default_country")) off.default_entity = find_entity(f, at + "/default_country", o["default_country"].GetString(), "Country");
      if (o.HasMember("states")) for (const auto& st : o["states"].GetArray()) off.states.push_back(find_entity(f, at + "/states", st.GetString(), "Country"));
      if (o.HasMember("default_org")) off.default_entity = find_entity(f, at + "/default_org", o["default_org"].GetString(), "Organization");
      const int id = static_cast<int>(d_.offices.size());
      for (const auto& [k, v] : office_keys_) {
        (void)v;
        if (k == name_key(off.title)) f.fail(at + "/title", "office '" + off.title + "' is listed twice");
      }
      d_.office_by_title_key.emplace(name_key(off.title), id);
      d_.offices.push_back(off);
      claim_office(f, at + "/title", off.title, id);
      const auto aliases = strings(o, "aliases");
      for (size_t k = 0; k < aliases.size(); ++k) claim_office(f, at + "/aliases/" + std::to_string(k), aliases[k], id);
    }
    add_words(f, f.doc, "office_modifiers", Role::OfficeModifier);
    add_words(f, f.doc, "former_cues", Role::FormerCue);
    add_words(f, f.doc, "roles", Role::PersonRole);
    add_words(f, f.doc, "spokesperson_nouns", Role::SpokesNoun);
    add_words(f, f.doc, "portfolios", Role::Portfolio);
  }

  void claim_office(const JsonFile& f, const std::string& pointer, const std::string& word, int id) {
    // Case distinguishes nothing for offices ("President" / "president"), so the key is case-folded.
    const std::string key = name_key(word);
    auto [it, fresh] = office_keys_.try_emplace(key, id);
    if (!fresh && it->second != id) {
      f.fail(pointer, "title '" + word + "' of " + d_.offices[static_cast<size_t>(id)].title + " already belongs to " +
                          d_.offices[static_cast<size_t>(it->second)].title);
    }
    add_phrase(word, Role::Office, id, false);
  }

  void speech(const JsonFile& f) {
    add_words(f, f.doc, "verbs", Role::SpeechVerb);
    add_words(f, f.doc, "weak_verbs", Role::WeakSpeechVerb);
    add_words(f, f.doc, "phrases", Role::SpeechPhrase);
    add_words(f, f.doc, "source_before", Role::SourceBefore);
    add_words(f, f.doc, "naming_cues", Role::NamingCue);
    if (f.doc.HasMember("naming_verbs")) {
      add_word_list(f.doc, "naming_verbs", WordList::NamingVerb);
    }
    add_words(f, f.doc, "statement_nouns", Role::StatementNoun);
    if (f.doc.HasMember("pronouns")) {
      for (const auto& m : f.doc["pronouns"].GetObject()) d_.pronouns[m.name.GetString()] = m.value.GetString();
    }
    if (f.doc.HasMember("first_person")) {
      for (const auto& m : f.doc["first_person"].GetObject()) d_.first_person[m.name.GetString()] = m.value.GetString();
    }
    if (f.doc.HasMember("interview_labels")) {
      for (const auto& m : f.doc["interview_labels"].GetObject()) d_.interview_labels[m.name.GetString()] = m.value.GetString();
    }
  }

  void frames(const JsonFile& f) {
    const auto& list = f.doc["frames"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const auto& fr = list[i];
      const int id = static_cast<int>(d_.frames.size());
      d_.frames.push_back(Frame{fr["type"].GetString()});
      add_words(f, fr, "active", Role::FrameActive, id);
      add_words(f, fr, "passive", Role::FramePassive, id);
      add_words(f, fr, "phrases", Role::FramePhrase, id);
      add_words(f, fr, "suffixes", Role::FrameSuffix, id);
      add_words(f, fr, "nouns", Role::FrameNoun, id);
      add_words(f, fr, "gathering_verbs", Role::GatheringVerb, id);
      add_words(f, fr, "package_verbs", Role::PackageVerb, id);
      add_words(f, fr, "delegation_nouns", Role::DelegationNoun, id);
    }
    if (f.doc.HasMember("modality")) {
      for (const auto& m : f.doc["modality"].GetObject()) {
        const int id = static_cast<int>(d_.modalities.size());
        d_.modalities.emplace_back(m.value.GetString());
        add_phrase(m.name.GetString(), Role::Modality, id, false);
      }
    }
    add_words(f, f.doc, "negation", Role::Negation);
    add_words(f, f.doc, "troop_nouns", Role::TroopNoun);
    add_words(f, f.doc, "reported_nouns", Role::ReportedNoun);
    add_words(f, f.doc, "collective_parties", Role::CollectiveParty);
    const auto& cues = f.doc["cues"];  // the schema requires it and each of its lists
    for (size_t c = 0; c < std::size(kCueNames); ++c) {
      for (const std::string& w : strings(cues, kCueNames[c])) {
        if (!add_phrase(w, Role::Cue, static_cast<int>(c), false)) {
          f.fail(std::string("/cues/") + kCueNames[c], "phrase '" + w + "' has no word in it");
        }
      }
    }
  }

  void heads(const JsonFile& f) {
    const char* kinds[] = {"meeting", "document", "force"};
    const Role head_roles[] = {Role::MeetingHead, Role::DocumentHead, Role::ForceHead};
    for (int k = 0; k < 3; ++k) {
      const auto& h = f.doc[kinds[k]];
      // id 1 = specific head, 2 = needs a role or a qualifying word, 0 = ordinary
      const auto specific = strings(h, "specific");
      const auto needs = strings(h, "needs_role");
      for (const std::string& w : strings(h, "heads")) {
        int id = 0;
        if (std::find(specific.begin(), specific.end(), w) != specific.end()) id = 1;
        if (std::find(needs.begin(), needs.end(), w) != needs.end()) id = 2;
        add_phrase(w, head_roles[k], id, false);
      }
      add_words(f, h, "excluded", Role::HeadExcluded, k);
      add_words(f, h, "qualifying_modifiers", Role::QualifyingModifier, k);
      add_words(f, h, "qualifying_complements", Role::QualifyingComplement, k);
      add_words(f, h, "qualifying_complement_nouns", Role::QualifyingNoun, k);
      add_words(f, h, "complement_stops", Role::ComplementStop, k);
      add_words(f, h, "article_heads", Role::ArticleHead, k);
      add_words(f, h, "outcome_texts", Role::OutcomeText, k);
      add_words(f, h, "domain_modifiers", Role::DomainModifier, k);
    }
    // Heads the rules ask about by name; each must be a head of its kind.
    const auto head_subset = [&](const char* kind, const char* key, std::unordered_set<std::string>& into) {
      const auto heads = strings(f.doc[kind], "heads");
      for (const std::string& w : strings(f.doc[kind], key)) {
        if (std::find(heads.begin(), heads.end(), w) == heads.end()) {
          f.fail(std::string("/") + kind + "/" + key, "'" + w + "' is not one of the " + kind + " heads");
        }
        into.insert(w);
      }
    };
    add_word_list(f.doc["meeting"], "government_sittings", WordList::GovernmentSitting);
    add_word_list(f.doc["meeting"], "recurrence_modifiers", WordList::RecurrenceModifier);
    head_subset("document", "signable", d_.signable_heads);
    head_subset("force", "pledged_units", d_.pledged_unit_heads);
    head_subset("document", "released", d_.released_heads);
    head_subset("force", "named_only", d_.named_only_heads);
    head_subset("document", "named_only", d_.named_only_heads);
    for (const std::string& w : strings(f.doc["force"], "name_modifiers")) add_listed(w, WordList::ForceNameModifier);
    const auto& force = f.doc["force"];
    if (force.HasMember("name_synonyms")) {
      for (const auto& m : force["name_synonyms"].GetObject()) {
        const std::string canonical = phrase_key(m.name.GetString());
        d_.force_synonyms[canonical] = canonical;
        for (const std::string& v : strings(force["name_synonyms"], m.name.GetString())) d_.force_synonyms[phrase_key(v)] = canonical;
      }
    }
    if (force.HasMember("contribution_domains")) {
      for (const auto& m : force["contribution_domains"].GetObject()) {
        for (const std::string& w : strings(force["contribution_domains"], m.name.GetString())) {
          const std::string key = phrase_key(w);
          if (std::count(key.begin(), key.end(), ' ') > 1) {
            f.fail(std::string("/force/contribution_domains/") + m.name.GetString(), "'" + w + "' has more than two words");
          }
          const auto [it, fresh] = d_.force_domains.emplace(key, m.name.GetString());
          if (!fresh && it->second != m.name.GetString()) {
            f.fail(std::string("/force/contribution_domains/") + m.name.GetString(), "'" + w + "' is also in domain '" + it->second + "'");
          }
        }
      }
    }
    add_words(f, f.doc, "generic_modifiers", Role::GenericModifier);
    add_words(f, f.doc, "qualifiers", Role::Qualifier);
  }

  void given_names(const JsonFile& f) { add_words(f, f.doc, "names", Role::GivenName); }

  void words(const JsonFile& f) {
    add_words(f, f.doc, "common", Role::Common);
    add_words(f, f.doc, "sentence_adverbs", Role::Common);  // "Separately, the minister ..."
    add_words(f, f.doc, "name_particles", Role::NameParticle);
    add_words(f, f.doc, "function_words", Role::FunctionWord);
    add_words(f, f.doc, "org_heads", Role::OrgHead);
    add_word_list(f.doc, "head_first_bodies", WordList::HeadFirstBody);
    add_word_list(f.doc, "media_nouns", WordList::MediaNoun);
    add_word_list(f.doc, "writer_nouns", WordList::WriterNoun);
    add_word_list(f.doc, "research_words", WordList::ResearchWord);
    add_word_list(f.doc, "bracket_honorifics", WordList::BracketHonorific);
    add_word_list(f.doc, "body_epithets", WordList::BodyEpithet);
    add_word_list(f.doc, "post_nominals", WordList::PostNominal);
    add_word_list(f.doc, "member_nouns", WordList::MemberNoun);
    add_word_list(f.doc, "narrator_nouns", WordList::NarratorNoun);
    add_word_list(f.doc, "policy_nouns", WordList::PolicyNoun);
    add_word_list(f.doc, "site_nouns", WordList::SiteNoun);
    add_words(f, f.doc, "honorifics", Role::Honorific);
    add_words(f, f.doc, "credit_cues", Role::CreditCue);
    add_words(f, f.doc, "auxiliaries", Role::Auxiliary);
    if (f.doc.HasMember("determiners")) {
      add_words(f, f.doc["determiners"], "definite", Role::Determiner, 1);
      add_words(f, f.doc["determiners"], "indefinite", Role::Determiner, 0);
    }
    if (f.doc.HasMember("months")) {
      for (const auto& m : f.doc["months"].GetObject()) add_phrase(m.name.GetString(), Role::Month, m.value.GetInt(), false);
    }
    if (f.doc.HasMember("cardinals")) {
      for (const auto& m : f.doc["cardinals"].GetObject()) add_phrase(m.name.GetString(), Role::Cardinal, m.value.GetInt(), false);
    }
    if (f.doc.HasMember("ordinals")) {
      for (const auto& m : f.doc["ordinals"].GetObject()) add_phrase(m.name.GetString(), Role::Ordinal, m.value.GetInt(), false);
    }
    if (f.doc.HasMember("weekdays")) {
      for (const auto& m : f.doc["weekdays"].GetObject()) add_phrase(m.name.GetString(), Role::Weekday, m.value.GetInt(), false);
    }
  }

 private:
  Lexicon::Data& d_;
  std::unordered_map<std::string, int> demonyms_;
  std::unordered_map<std::string, int> office_keys_;
};

bool has_lexicon(const fs::path& root) {
  std::error_code ec;
  return fs::is_directory(root / "data" / "lexicon", ec);
}

}  // namespace

int Lexicon::Data::entity_named(std::string_view name) const {
  auto it = entity_by_key.find(name_key(name));
  return it == entity_by_key.end() ? -1 : it->second;
}

const Office* Lexicon::Data::office_titled(std::string_view title) const {
  auto it = office_by_title_key.find(name_key(title));
  return it == office_by_title_key.end() ? nullptr : &offices[static_cast<size_t>(it->second)];
}

Lexicon::Lexicon(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

const std::string& Lexicon::fingerprint() const { return data_->fingerprint; }

Lexicon Lexicon::load(const fs::path& root) {
  auto data = std::make_unique<Data>();
  Builder b(*data);
  const fs::path lex = root / "data" / "lexicon";
  const fs::path schemas = root / "schemas";
  uint64_t hash = 1469598103934665603ull;

  auto load = [&](const std::string& name, bool optional) -> std::unique_ptr<JsonFile> {
    const fs::path file = lex / (name + ".json");
    const fs::path schema = schemas / (name + ".schema.json");
    std::error_code ec;
    if (!fs::exists(file, ec)) {
      if (optional) return nullptr;
      throw LexiconError(file.string(), 0, "lexicon file is missing");
    }
    if (!fs::exists(schema, ec)) throw LexiconError(schema.string(), 0, "schema file is missing");
    auto f = std::make_unique<JsonFile>(load_json(file, schema));
    hash = fnv1a(name, hash);
    hash = fnv1a(f->content, hash);
    hash = fnv1a(read_file(schema), hash);
    data->files.push_back(file.string());
    return f;
  };

  b.countries(*load("countries", false));
  b.organizations(*load("organizations", false));
  b.forces(*load("forces", false));
  if (auto outlets = load("outlets", true)) b.outlets(*outlets);
  b.places(*load("places", false));
  b.offices(*load("offices", false));
  b.speech(*load("speech", false));
  b.frames(*load("frames", false));
  b.heads(*load("heads", false));
  b.given_names(*load("given_names", false));
  b.words(*load("words", false));

  data->root.assign(data->vocab.size(), -1);
  data->node_has_next.assign(data->node_hits.size(), 0);
  data->edges.for_each([&](uint64_t edge, int32_t node) {
    if ((edge >> 32) == 0) data->root[static_cast<size_t>(edge & 0xffffffffu)] = node;
    data->node_has_next[static_cast<size_t>(edge >> 32)] = 1;
  });
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  data->fingerprint = buf;
  return Lexicon(std::move(data));
}

fs::path find_data_root(const std::string& override_dir) {
  std::vector<fs::path> tried;
  auto check = [&](const fs::path& p) {
    tried.push_back(p);
    return has_lexicon(p);
  };
  if (!override_dir.empty()) {
    if (check(override_dir)) return override_dir;
  } else {
    if (const char* env = std::getenv("KG_DATA"); env && *env) {
      if (check(env)) return env;
    }
#ifdef KG_SOURCE_DATA_DIR
    if (check(KG_SOURCE_DATA_DIR)) return KG_SOURCE_DATA_DIR;
#endif
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
      if (check(exe.parent_path().parent_path())) return exe.parent_path().parent_path();
      if (check(exe.parent_path().parent_path() / "share" / "kg")) return exe.parent_path().parent_path() / "share" / "kg";
    }
  }
  std::string where;
  for (const fs::path& p : tried) where += (where.empty() ? "" : ", ") + p.string();
  throw std::runtime_error("no data/lexicon found (looked in " + (where.empty() ? std::string("nowhere") : where) + ")");
}

}  // namespace kg::ingest
