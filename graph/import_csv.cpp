// CSV import: a record reader over the whole file in memory (RFC 4180 quoting, fields that
// span lines, the line of each record kept for errors), a header parser for neo4j-admin's
// `name:type` columns, and typed field conversion. Node ids are looked up in one hash map per
// id group, so relationships resolve in one pass.
#include "graph/import_csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <unordered_map>

namespace kg::graph {
namespace {

enum class Role { Property, Id, Label, StartId, EndId, Type, Ignore, Name, Aliases, Sources };
enum class Kind { Long, Double, Boolean, String };

struct Column {
  Role role = Role::Property;
  std::string name;   // property name ("" for :ID without a name)
  std::string group;  // id group of :ID / :START_ID / :END_ID
  Kind kind = Kind::String;
  bool array = false;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path.string(), 0, "cannot open for reading");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw ImportError(path.string(), 0, "read error");
  return bytes;
}

// Splits a file into records of fields, one record at a time.
class RecordReader {
 public:
  RecordReader(std::string_view data, const CsvOptions& o, std::string file) : data_(data), o_(o), file_(std::move(file)) {
    if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 byte order mark
  }

  // Reads the next record; false at the end of the file. Blank lines are skipped.
  bool next(std::vector<std::string>& fields, std::vector<bool>& quoted) {
    while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
      if (data_[pos_] == '\n') ++line_;
      ++pos_;
    }
    if (pos_ >= data_.size()) return false;
    record_line_ = line_;
    size_t count = 0;
    for (;;) {
      if (count == fields.size()) {
        fields.emplace_back();
        quoted.push_back(false);
      }
      std::string& f = fields[count];
      f.clear();
      quoted[count] = false;
      ++count;
      if (pos_ < data_.size() && data_[pos_] == o_.quote) {
        quoted[count - 1] = true;
        ++pos_;
        for (;;) {
          if (pos_ >= data_.size()) throw ImportError(file_, record_line_, "a quoted field is not closed");
          const char c = data_[pos_++];
          if (c == o_.quote) {
            if (pos_ < data_.size() && data_[pos_] == o_.quote) {
              f.push_back(o_.quote);
              ++pos_;
              continue;
            }
            break;
          }
          if (c == '\n') ++line_;
          f.push_back(c);
        }
        // After the closing quote: a delimiter, the end of the line or of the file.
        if (pos_ < data_.size() && data_[pos_] != o_.delimiter && data_[pos_] != '\n' && data_[pos_] != '\r')
          throw ImportError(file_, line_, "text after the closing quote of field " + std::to_string(count));
      } else {
        const size_t end = data_.find_first_of(std::string{o_.delimiter, '\n', '\r'}, pos_);
        const size_t stop = end == std::string_view::npos ? data_.size() : end;
        f.assign(data_.substr(pos_, stop - pos_));
        pos_ = stop;
      }
      if (pos_ < data_.size() && data_[pos_] == o_.delimiter) {
        ++pos_;
        continue;
      }
      // End of record.
      if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
      if (pos_ < data_.size() && data_[pos_] == '\n') {
        ++pos_;
        ++line_;
      }
      break;
    }
    fields_ = count;
    return true;
  }

  size_t size() const { return fields_; }
  size_t line() const { return record_line_; }
  const std::string& file() const { return file_; }

 private:
  std::string_view data_;
  const CsvOptions& o_;
  std::string file_;
  size_t pos_ = 0;
  size_t line_ = 1;
  size_t record_line_ = 1;
  size_t fields_ = 0;
};

Column parse_column(const std::string& text, const std::string& file) {
  Column c;
  const size_t split = text.find(':');  // name:type; names hold no colon
  c.name = split == std::string::npos ? text : text.substr(0, split);
  std::string type = split == std::string::npos ? std::string() : text.substr(split + 1);
  std::string group;
  if (const size_t open = type.find('('); open != std::string::npos) {
    const size_t close = type.rfind(')');
    if (close == std::string::npos || close < open) throw ImportError(file, 1, "column '" + text + "': unclosed id group");
    group = type.substr(open + 1, close - open - 1);
    type = type.substr(0, open);
  }
  const std::string t = lower(type);
  if (t == "id") {
    c.role = Role::Id;
  } else if (t == "label") {
    c.role = Role::Label;
  } else if (t == "start_id") {
    c.role = Role::StartId;
  } else if (t == "end_id") {
    c.role = Role::EndId;
  } else if (t == "type") {
    c.role = Role::Type;
  } else if (t == "ignore") {
    c.role = Role::Ignore;
  } else {
    std::string base = t;
    if (base.size() > 2 && base.compare(base.size() - 2, 2, "[]") == 0) {
      c.array = true;
      base.resize(base.size() - 2);
    }
    if (base == "int" || base == "long" || base == "short" || base == "byte") c.kind = Kind::Long;
    else if (base == "float" || base == "double") c.kind = Kind::Double;
    else if (base == "boolean") c.kind = Kind::Boolean;
    else c.kind = Kind::String;  // string, char, and types kg keeps as text (date, point, ...)
    if (c.array) c.kind = Kind::String;  // kg keeps every list as a list of strings
    if (c.name.empty()) throw ImportError(file, 1, "column '" + text + "' has no name");
    if (c.name == "name" && !c.array) c.role = Role::Name;
    else if (c.name == "aliases") c.role = Role::Aliases;
    else if (c.name == "sources") c.role = Role::Sources;
  }
  if (!group.empty() && c.role != Role::Id && c.role != Role::StartId && c.role != Role::EndId)
    throw ImportError(file, 1, "column '" + text + "': only id columns have a group");
  c.group = group;
  return c;
}

std::vector<std::string> split_list(const std::string& s, char delimiter) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t from = 0;
  for (;;) {
    const size_t at = s.find(delimiter, from);
    out.push_back(s.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos) break;
    from = at + 1;
  }
  return out;
}

class Importer {
 public:
  Importer(const CsvImportOptions& o, ImportReport& report) : o_(o), report_(report) {}

  void nodes(const std::filesystem::path& path) {
    const std::string data = read_all(path);
    RecordReader r(data, o_, path.string());
    const std::vector<Column> cols = header(r, true);
    size_t id_col = SIZE_MAX;
    for (size_t i = 0; i < cols.size(); ++i) {
      if (cols[i].role == Role::Id) {
        if (id_col != SIZE_MAX) throw ImportError(r.file(), 1, "more than one :ID column");
        id_col = i;
      }
    }
    if (id_col == SIZE_MAX) throw ImportError(r.file(), 1, "a node file needs an :ID column (e.g. id:ID)");
    auto& ids = ids_[cols[id_col].group];
    while (r.next(fields_, quoted_)) {
      check_width(r, cols);
      const std::string& id = fields_[id_col];
      if (id.empty()) throw ImportError(r.file(), r.line(), "empty node id");
      const auto [it, fresh] = ids.try_emplace(id, static_cast<NodeId>(g_.nodes.size()));
      if (!fresh) {
        if (o_.skip_duplicate_nodes) {
          ++report_.skipped_nodes;
          continue;
        }
        throw ImportError(r.file(), r.line(), "node id '" + id + "' appears twice (--skip-duplicate-nodes to keep the first)");
      }
      if (g_.nodes.size() >= kNoNode - 1) throw ImportError(r.file(), r.line(), "too many nodes");
      Node& n = g_.nodes.emplace_back();
      bool named = false;
      for (size_t i = 0; i < cols.size(); ++i) {
        const Column& c = cols[i];
        const std::string& f = fields_[i];
        switch (c.role) {
          case Role::Id:
            if (!c.name.empty() && c.name != "id") n.properties[c.name] = f;
            break;
          case Role::Label: {
            auto labels = split_list(f, o_.array_delimiter);
            if (!labels.empty()) n.kind = labels.front();
            if (labels.size() > 1) n.properties["labels"] = std::move(labels);
            break;
          }
          case Role::Name:
            if (!f.empty() || quoted_[i]) {
              n.name = f;
              named = true;
            }
            break;
          case Role::Aliases: n.aliases = split_list(f, o_.array_delimiter); break;
          case Role::Sources: n.sources = sources(f); break;
          case Role::Property: property(r, c, i, n.properties); break;
          default: break;
        }
      }
      if (n.kind.empty()) n.kind = "Node";
      if (!named) n.name = id;
    }
  }

  void relationships(const std::filesystem::path& path) {
    const std::string data = read_all(path);
    RecordReader r(data, o_, path.string());
    const std::vector<Column> cols = header(r, false);
    size_t start = SIZE_MAX, end = SIZE_MAX, type = SIZE_MAX;
    for (size_t i = 0; i < cols.size(); ++i) {
      if (cols[i].role == Role::StartId) start = i;
      if (cols[i].role == Role::EndId) end = i;
      if (cols[i].role == Role::Type) type = i;
    }
    if (start == SIZE_MAX || end == SIZE_MAX || type == SIZE_MAX)
      throw ImportError(r.file(), 1, "a relationship file needs :START_ID, :END_ID and :TYPE columns");
    const auto* start_ids = group(cols[start].group);
    const auto* end_ids = group(cols[end].group);
    while (r.next(fields_, quoted_)) {
      check_width(r, cols);
      const NodeId s = find(start_ids, fields_[start]), t = find(end_ids, fields_[end]);
      if (s == kNoNode || t == kNoNode) {
        if (o_.skip_bad_relationships) {
          ++report_.skipped_relationships;
          continue;
        }
        throw ImportError(r.file(), r.line(), "relationship to unknown node id '" + (s == kNoNode ? fields_[start] : fields_[end]) +
                                                  "' (--skip-bad-relationships to leave such out)");
      }
      if (fields_[type].empty()) throw ImportError(r.file(), r.line(), "relationship without a :TYPE");
      if (g_.edges.size() >= UINT32_MAX - 1) throw ImportError(r.file(), r.line(), "too many relationships");
      Edge& e = g_.edges.emplace_back();
      e.source = s;
      e.target = t;
      e.type = fields_[type];
      for (size_t i = 0; i < cols.size(); ++i) {
        if (cols[i].role == Role::Property) property(r, cols[i], i, e.properties);
        else if (cols[i].role == Role::Sources) e.sources = sources(fields_[i]);
      }
    }
  }

  GraphData take() {
    report_.nodes = g_.nodes.size();
    report_.relationships = g_.edges.size();
    return std::move(g_);
  }

 private:
  using IdMap = std::unordered_map<std::string, NodeId>;
  const CsvImportOptions& o_;
  ImportReport& report_;
  GraphData g_;
  std::unordered_map<std::string, IdMap> ids_;  // id group -> id -> node
  std::vector<std::string> fields_;
  std::vector<bool> quoted_;

  std::vector<Column> header(RecordReader& r, bool nodes) {
    if (!r.next(fields_, quoted_)) throw ImportError(r.file(), 1, "empty file: no header");
    std::vector<Column> cols;
    for (size_t i = 0; i < r.size(); ++i) {
      cols.push_back(parse_column(fields_[i], r.file()));
      const Role role = cols.back().role;
      const bool edge_only = role == Role::StartId || role == Role::EndId || role == Role::Type;
      const bool node_only = role == Role::Id || role == Role::Label || role == Role::Name || role == Role::Aliases;
      if ((nodes && edge_only) || (!nodes && node_only))
        throw ImportError(r.file(), 1, "column '" + fields_[i] + "' does not belong in a " + (nodes ? "node" : "relationship") + " file");
    }
    return cols;
  }

  void check_width(const RecordReader& r, const std::vector<Column>& cols) const {
    if (r.size() != cols.size())
      throw ImportError(r.file(), r.line(), std::to_string(r.size()) + " fields where the header has " + std::to_string(cols.size()));
  }

  const IdMap* group(const std::string& name) const {
    auto it = ids_.find(name);
    return it == ids_.end() ? nullptr : &it->second;
  }

  static NodeId find(const IdMap* ids, const std::string& id) {
    if (!ids) return kNoNode;
    auto it = ids->find(id);
    return it == ids->end() ? kNoNode : it->second;
  }

  std::vector<Source> sources(const std::string& f) const {
    std::vector<Source> out;
    for (auto& file : split_list(f, o_.array_delimiter)) {
      Source s;
      s.file = std::move(file);
      s.rule = "import:csv";
      out.push_back(std::move(s));
    }
    return out;
  }

  void property(const RecordReader& r, const Column& c, size_t i, Properties& props) const {
    const std::string& f = fields_[i];
    if (f.empty() && !quoted_[i]) return;  // no value
    if (c.array) {
      props[c.name] = split_list(f, o_.array_delimiter);
      return;
    }
    auto bad = [&](const char* what) {
      return ImportError(r.file(), r.line(), "column '" + c.name + "': '" + f + "' is not " + what);
    };
    switch (c.kind) {
      case Kind::String: props[c.name] = f; return;
      case Kind::Long: {
        if (f.empty()) return;
        int64_t v = 0;
        const auto res = std::from_chars(f.data(), f.data() + f.size(), v);
        if (res.ec != std::errc() || res.ptr != f.data() + f.size()) throw bad("an integer");
        props[c.name] = v;
        return;
      }
      case Kind::Double: {
        if (f.empty()) return;
        const std::string l = lower(f);
        double v = 0;
        if (l == "nan") v = std::numeric_limits<double>::quiet_NaN();
        else if (l == "infinity" || l == "inf") v = std::numeric_limits<double>::infinity();
        else if (l == "-infinity" || l == "-inf") v = -std::numeric_limits<double>::infinity();
        else {
          const auto res = std::from_chars(f.data(), f.data() + f.size(), v);
          if (res.ec != std::errc() || res.ptr != f.data() + f.size()) throw bad("a number");
        }
        props[c.name] = v;
        return;
      }
      case Kind::Boolean: {
        if (f.empty()) return;
        const std::string l = lower(f);
        if (l != "true" && l != "false") throw bad("true or false");
        props[c.name] = l == "true";
        return;
      }
    }
  }
};

}  // namespace

GraphData import_csv(const std::vector<std::filesystem::path>& node_files,
                     const std::vector<std::filesystem::path>& relationship_files, const CsvImportOptions& options,
                     ImportReport* report) {
  ImportReport local;
  ImportReport& r = report ? *report : local;
  Importer importer(options, r);
  for (const auto& f : node_files) importer.nodes(f);
  for (const auto& f : relationship_files) importer.relationships(f);
  return importer.take();
}

}  // namespace kg::graph
