#include "cli/repl_complete.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

#include "cli/repl_split.h"
#include "ingest/name_key.h"
#include "query/functions.h"
#include "query/query.h"

namespace kg::cli {
namespace {

// Words of the query language a user types (the parser compares them ignoring case).
const std::vector<std::string>& keywords() {
  static const std::vector<std::string> words = {
      "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "BY", "SKIP", "LIMIT",
      "AS", "AND", "OR", "XOR", "NOT", "IN", "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE",
      "FALSE", "DISTINCT", "ASC", "DESC", "ASCENDING", "DESCENDING", "CASE", "WHEN", "THEN",
      "ELSE", "END", "EXISTS", "EXPLAIN"};
  return words;
}

// Functions that take a pattern rather than values; completed like functions.
const std::vector<std::string> kPatternFunctions = {"shortestPath", "allShortestPaths"};

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[i]) != lower(prefix[i])) return false;
  return true;
}

bool ident_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

std::string fold(std::string_view s) { return lower(ingest::fold_to_ascii(s)); }

// Escapes a name for a string literal opened with `quote`.
std::string escape_for(std::string_view s, char quote) {
  std::string out;
  for (const char c : s) {
    if (c == '\\' || c == quote) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

void add_matching(std::vector<std::string>& out, const std::vector<std::string>& vocabulary, std::string_view word) {
  for (const auto& v : vocabulary)
    if (starts_with_nocase(v, word)) out.push_back(v);
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) {
    const std::string la = lower(a), lb = lower(b);
    return la != lb ? la < lb : a < b;
  });
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// What the end of a statement looks like to completion: the tokens so far, the open brackets,
// and whether the text ends inside a string or a comment.
struct Scan {
  struct Tok {
    enum Kind { Ident, Punct, String, Other } kind;
    std::string text;
  };
  std::vector<Tok> toks;
  std::string brackets;      // open '(' '[' '{', innermost last
  char open_quote = 0;       // the text ends inside a string opened with this quote
  size_t quote_at = 0;       // where that string's text begins
  bool in_comment = false;
};

Scan scan(std::string_view text) {
  Scan s;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      const size_t nl = text.find('\n', i);
      if (nl == std::string_view::npos) {
        s.in_comment = true;
        return s;
      }
      i = nl + 1;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      const size_t close = text.find("*/", i + 2);
      if (close == std::string_view::npos) {
        s.in_comment = true;
        return s;
      }
      i = close + 2;
    } else if (c == '\'' || c == '"' || c == '`') {
      size_t j = i + 1;
      bool closed = false;
      std::string body;
      while (j < text.size()) {
        if (c != '`' && text[j] == '\\' && j + 1 < text.size()) {
          body.push_back(text[j + 1]);
          j += 2;
        } else if (text[j] == c) {
          closed = true;
          ++j;
          break;
        } else {
          body.push_back(text[j++]);
        }
      }
      if (!closed) {
        s.open_quote = c;
        s.quote_at = i + 1;
        return s;
      }
      s.toks.push_back({c == '`' ? Scan::Tok::Ident : Scan::Tok::String, body});
      i = j;
    } else if (ident_char(c)) {
      size_t j = i;
      while (j < text.size() && ident_char(text[j])) ++j;
      const bool number = std::isdigit(static_cast<unsigned char>(c)) != 0;
      s.toks.push_back({number ? Scan::Tok::Other : Scan::Tok::Ident, std::string(text.substr(i, j - i))});
      i = j;
    } else {
      if (c == '(' || c == '[' || c == '{') s.brackets.push_back(c);
      if ((c == ')' || c == ']' || c == '}') && !s.brackets.empty()) s.brackets.pop_back();
      s.toks.push_back({Scan::Tok::Punct, std::string(1, c)});
      ++i;
    }
  }
  return s;
}

bool is_kw(const Scan::Tok& t, std::string_view kw) {
  return t.kind == Scan::Tok::Ident && t.text.size() == kw.size() && starts_with_nocase(t.text, kw);
}

bool is_punct(const Scan::Tok& t, char c) { return t.kind == Scan::Tok::Punct && t.text.size() == 1 && t.text[0] == c; }

bool is_keyword(const Scan::Tok& t) {
  return std::any_of(keywords().begin(), keywords().end(), [&](const std::string& k) { return is_kw(t, k); });
}

// A string being typed is a name when it follows `name` or `aliases` through operators such as
// ':', '=', CONTAINS, STARTS WITH, IN [ 'a', ...
bool string_names_an_entity(const std::vector<Scan::Tok>& toks) {
  for (size_t back = 0; back < toks.size() && back < 10; ++back) {
    const auto& t = toks[toks.size() - 1 - back];
    if (is_kw(t, "name") || is_kw(t, "aliases")) return back > 0;
    const bool glue = t.kind == Scan::Tok::String || is_kw(t, "CONTAINS") || is_kw(t, "STARTS") ||
                      is_kw(t, "ENDS") || is_kw(t, "WITH") || is_kw(t, "IN") || is_punct(t, ':') ||
                      is_punct(t, '=') || is_punct(t, '<') || is_punct(t, '>') || is_punct(t, '[') ||
                      is_punct(t, ',');
    if (!glue) return false;
  }
  return false;
}

// Variables the statement binds: names opening a node or relationship pattern (not function
// calls or keywords), and names after AS.
std::vector<std::string> variables(const std::vector<Scan::Tok>& toks) {
  std::vector<std::string> vars;
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    const auto& next = toks[i + 1];
    if (next.kind != Scan::Tok::Ident || is_keyword(next)) continue;
    const bool after_as = is_kw(toks[i], "AS");
    const bool opens_pattern = is_punct(toks[i], '(') || is_punct(toks[i], '[');
    const bool is_call = i + 2 < toks.size() && is_punct(toks[i + 2], '(');
    if (after_as || (opens_pattern && !is_call)) vars.push_back(next.text);
  }
  return vars;
}

// How the statement binds `var`: in a node pattern `(var` or a relationship pattern `[var`,
// and with which label or type (`(var:Label`), if any.
struct Binding {
  bool relationship = false;
  std::string label;
};

Binding binding_of(const std::vector<Scan::Tok>& toks, std::string_view var) {
  Binding b;
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    const bool node = is_punct(toks[i], '('), rel = is_punct(toks[i], '[');
    if (!(node || rel) || toks[i + 1].kind != Scan::Tok::Ident || toks[i + 1].text != var) continue;
    b.relationship = rel;
    if (i + 3 < toks.size() && is_punct(toks[i + 2], ':') && toks[i + 3].kind == Scan::Tok::Ident) {
      b.label = toks[i + 3].text;
      break;
    }
  }
  return b;
}

std::vector<std::string> files_matching(std::string_view word) {
  const size_t slash = word.rfind('/');
  const std::string dir_part = slash == std::string_view::npos ? "" : std::string(word.substr(0, slash + 1));
  const std::string base(slash == std::string_view::npos ? word : word.substr(slash + 1));
  std::vector<std::string> out;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir_part.empty() ? "." : dir_part, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(base) || (name.starts_with('.') && !base.starts_with('.'))) continue;
    std::error_code dir_ec;
    out.push_back(dir_part + name + (it->is_directory(dir_ec) ? "/" : ""));
  }
  return out;
}

Completion finish(Completion c, std::string_view line, size_t start, std::string suffix) {
  c.start = start;
  c.word = std::string(line.substr(start));
  sort_unique(c.options);
  c.suffix = std::move(suffix);
  if (c.options.size() == 1 && c.options.front().ends_with('/')) c.suffix.clear();
  return c;
}

}  // namespace

std::string common_prefix(const std::vector<std::string>& options) {
  if (options.empty()) return {};
  const std::string& first = options.front();
  size_t n = first.size();
  for (const auto& o : options) {
    size_t i = 0;
    while (i < n && i < o.size() && lower(o[i]) == lower(first[i])) ++i;
    n = i;
  }
  while (n > 0 && n < first.size() && (static_cast<unsigned char>(first[n]) & 0xC0) == 0x80) --n;
  return first.substr(0, n);
}

const std::vector<Completer::DotCommand>& Completer::dot_commands() {
  static const std::vector<DotCommand> commands = {
      {".help", ".help", "show this list"},
      {".quit", ".quit", "leave the shell (also .exit, Ctrl-D)"},
      {".exit", ".exit", "leave the shell"},
      {".mode", ".mode [FORMAT]", "output format: table, json, jsonl, csv, tsv, markdown or dot"},
      {".timer", ".timer on|off", "print compile and execution time after each query"},
      {".maxrows", ".maxrows [N]", "rows kept per result (more are cut with a warning)"},
      {".timeout", ".timeout [MS]", "time limit of one query in milliseconds"},
      {".output", ".output [FILE]", "send results to FILE (no FILE: back to the screen)"},
      {".once", ".once FILE", "send the next result only to FILE"},
      {".read", ".read FILE", "run the statements and dot-commands in FILE"},
      {".param", ".param NAME [VALUE]", "set $NAME (numbers, true, false, null, else text); no VALUE unsets"},
      {".params", ".params", "list the parameters"},
      {".schema", ".schema", "node labels, relationship patterns and property keys, with counts"},
      {".stats", ".stats", "counts of nodes by label and relationships by type"},
      {".dot", ".dot FILE", "write the last result as a Graphviz DOT file"},
      {".open", ".open DB", "load another graph database"},
      {".path", ".path A B [MAX]", "shortest connections between two entities (MAX hops, default 6)"},
      {".hood", ".hood NAME [DEPTH]", "everything within DEPTH hops of an entity (default 1)"},
      {".complete", ".complete TEXT", "print what Tab would offer at the end of TEXT"},
  };
  return commands;
}

Completer::Completer(const graph::GraphModel& model)
    : labels_(model.kinds()),
      types_(model.relationship_types()),
      node_keys_(model.node_property_keys()),
      edge_keys_(model.edge_property_keys()) {
  // Only the nodes and edges that have properties are visited: a graph loaded from its
  // snapshot does not make the others (millions of relationships) for this.
  std::map<std::string, std::set<std::string>> label_keys, type_keys;
  for (const auto& kind : labels_) label_keys[kind].insert({"name", "aliases", "kind", "sources"});  // every node has these
  for (const auto& type : types_) type_keys[type].insert("sources");
  model.for_each_node_with_details([&](graph::NodeId, const graph::Node& n) {
    for (const auto& [key, value] : n.properties) label_keys[n.kind].insert(key);
  });
  model.for_each_edge_with_details([&](graph::EdgeId, const graph::Edge& e) {
    for (const auto& [key, value] : e.properties) type_keys[e.type].insert(key);
  });
  for (const auto& [kind, keys] : label_keys) label_keys_[kind].assign(keys.begin(), keys.end());
  for (const auto& [type, keys] : type_keys) type_keys_[type].assign(keys.begin(), keys.end());

  // One spelling per name ignoring case and accents ("HELSINKI" is an alias of "Helsinki"):
  // canonical names first, so they win over aliases.
  std::map<std::string, std::string> by_fold;
  const graph::TypeCode quote = model.kind_code("Quote"), article = model.kind_code("Article");
  auto skipped = [&](graph::NodeId v) {  // their names are texts and titles
    const graph::TypeCode k = model.node_kind_code(v);
    return k == quote || k == article;
  };
  for (graph::NodeId v = 0; v < model.node_count(); ++v) {
    if (!skipped(v)) by_fold.emplace(fold(model.node_name(v)), model.node_name(v));
  }
  model.for_each_node_with_details([&](graph::NodeId v, const graph::Node& n) {
    if (!skipped(v)) {
      for (const auto& a : n.aliases) by_fold.emplace(fold(a), a);
    }
  });
  for (auto& [folded, name] : by_fold) {
    folded_names_.push_back(folded);
    names_.push_back(std::move(name));
  }
}

std::vector<std::string> Completer::names_matching(std::string_view typed, char quote) const {
  const std::string key = fold(typed);
  std::vector<std::string> out;
  for (size_t i = 0; i < names_.size(); ++i)
    if (folded_names_[i].starts_with(key)) out.push_back(quote ? escape_for(names_[i], quote) : names_[i]);
  return out;
}

Completion Completer::complete(std::string_view pending, std::string_view line,
                               const std::vector<std::string>& params) const {
  const bool pending_blank = std::all_of(pending.begin(), pending.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  const size_t first = line.find_first_not_of(" \t");
  if (pending_blank && first != std::string_view::npos && line[first] == '.') return dot_command(line, params);
  return statement(pending, line, params);
}

Completion Completer::statement(std::string_view pending, std::string_view line,
                                const std::vector<std::string>& params) const {
  std::string text(pending);
  const size_t base = text.size();  // where `line` begins in `text`
  text.append(line);
  const Scan s = scan(text);
  Completion c;
  if (s.in_comment) return finish(c, line, line.size(), "");

  if (s.open_quote) {
    if (s.quote_at < base || s.open_quote == '`' || !string_names_an_entity(s.toks))
      return finish(c, line, line.size(), "");
    const size_t start = s.quote_at - base;
    c.options = names_matching(line.substr(start), s.open_quote);
    return finish(c, line, start, std::string(1, s.open_quote));
  }

  size_t start = line.size();
  while (start > 0 && ident_char(line[start - 1])) --start;
  const std::string_view word = line.substr(start);
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) return finish(c, line, start, "");
  // The previous character, right before the word and after skipping blanks.
  const char adjacent = start > 0 ? line[start - 1] : (base > 0 ? text[base - 1] : '\0');
  size_t p = base + start;
  while (p > 0 && std::isspace(static_cast<unsigned char>(text[p - 1]))) --p;
  const char before = p > 0 ? text[p - 1] : '\0';
  const char bracket = s.brackets.empty() ? '\0' : s.brackets.back();

  if (adjacent == '$') {
    add_matching(c.options, params, word);
    return finish(c, line, start, "");
  }
  if (adjacent == '.') {
    // `var.` -> property keys; the word before '.' is the variable.
    size_t v = base + start - 1;
    size_t vstart = v;
    while (vstart > 0 && ident_char(text[vstart - 1])) --vstart;
    if (vstart == v) return finish(c, line, start, "");
    const Binding b = binding_of(s.toks, text.substr(vstart, v - vstart));
    const auto& by_name = b.relationship ? type_keys_ : label_keys_;
    const auto known = by_name.find(b.label);
    add_matching(c.options, known != by_name.end() ? known->second : b.relationship ? edge_keys_ : node_keys_, word);
    return finish(c, line, start, "");
  }
  if (before == ':' && bracket != '{') {
    add_matching(c.options, bracket == '[' ? types_ : labels_, word);
    return finish(c, line, start, "");
  }
  if (before == '|' && bracket == '[') {
    add_matching(c.options, types_, word);
    return finish(c, line, start, "");
  }
  if (bracket == '{' && (before == '{' || before == ',')) {
    const bool in_relationship = s.brackets.size() >= 2 && s.brackets[s.brackets.size() - 2] == '[';
    add_matching(c.options, in_relationship ? edge_keys_ : node_keys_, word);
    return finish(c, line, start, "");
  }

  const bool lower_case = !word.empty() && std::none_of(word.begin(), word.end(), [](char ch) {
    return std::isupper(static_cast<unsigned char>(ch));
  });
  for (const auto& k : keywords())
    if (starts_with_nocase(k, word)) c.options.push_back(lower_case ? lower(k) : k);
  std::vector<std::string> functions = query::function_names();
  functions.insert(functions.end(), kPatternFunctions.begin(), kPatternFunctions.end());
  for (const auto& f : functions)
    if (starts_with_nocase(f, word)) c.options.push_back(f + "(");
  std::vector<std::string> vars = variables(s.toks);
  if (!word.empty() && !vars.empty() && vars.back() == word) vars.pop_back();  // the word itself
  add_matching(c.options, vars, word);
  Completion done = finish(c, line, start, " ");
  if (done.options.size() == 1 && done.options.front().ends_with('(')) done.suffix.clear();
  return done;
}

Completion Completer::dot_command(std::string_view line, const std::vector<std::string>& params) const {
  Completion c;
  const size_t first = line.find_first_not_of(" \t");
  const size_t name_end = line.find_first_of(" \t", first);
  if (name_end == std::string_view::npos) {
    for (const auto& d : dot_commands())
      if (std::string_view(d.name).starts_with(line.substr(first))) c.options.push_back(d.name);
    return finish(c, line, first, " ");
  }
  const std::string_view command = line.substr(first, name_end - first);

  // The argument being typed: from its opening quote, or from the last blank.
  size_t start = name_end;
  char quote = 0;
  for (size_t i = name_end; i < line.size(); ++i) {
    const char ch = line[i];
    if (quote) {
      if (ch == '\\') ++i;
      else if (ch == quote) quote = 0;
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
      start = i;
    } else if (ch == ' ' || ch == '\t') {
      start = i + 1;
    }
  }
  if (!quote && start < line.size() && (line[start] == '\'' || line[start] == '"')) start = line.size();  // closed
  const std::string_view word = line.substr(start);
  const size_t arg_index = split_args(line.substr(name_end, start - name_end)).size();

  if (command == ".mode" && arg_index == 0) {
    std::string names = query::format_names();
    for (size_t from = 0; from < names.size();) {
      size_t comma = names.find(", ", from);
      if (comma == std::string::npos) comma = names.size();
      const std::string f = names.substr(from, comma - from);
      if (f.starts_with(word)) c.options.push_back(f);
      from = comma + 2;
    }
    return finish(c, line, start, " ");
  }
  if (command == ".timer" && arg_index == 0) {
    for (const char* v : {"on", "off"})
      if (std::string_view(v).starts_with(word)) c.options.push_back(v);
    return finish(c, line, start, " ");
  }
  if ((command == ".param" && arg_index == 0)) {
    add_matching(c.options, params, word);
    return finish(c, line, start, " ");
  }
  if ((command == ".read" || command == ".output" || command == ".once" || command == ".dot" || command == ".open") &&
      arg_index == 0) {
    c.options = files_matching(word);
    return finish(c, line, start, " ");
  }
  if ((command == ".path" && arg_index < 2) || (command == ".hood" && arg_index == 0)) {
    if (quote) {
      c.options = names_matching(word.substr(1), quote);
      for (auto& o : c.options) o.insert(o.begin(), quote);
      return finish(c, line, start, std::string(1, quote) + " ");
    }
    for (const auto& n : names_matching(word, 0))
      c.options.push_back(n.find_first_of(" \t'\"\\") == std::string::npos ? n : "'" + escape_for(n, '\'') + "'");
    return finish(c, line, start, " ");
  }
  return finish(c, line, line.size(), "");
}

}  // namespace kg::cli
