#include "cli/repl_session.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "cli/repl_interrupt.h"
#include "query/suggest.h"

namespace kg::cli {
namespace {

// A dot-command used wrongly: reported with exit code 2, like a malformed query.
struct UsageError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

constexpr int kInterrupted = 130;  // 128 + SIGINT: a script stopped by Ctrl-C
constexpr int kMaxReadDepth = 16;  // .read files reading each other

std::optional<long long> parse_int(std::string_view s) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

long long int_arg(const Arg& a, const char* what, long long min) {
  const auto v = parse_int(a.text);
  if (!v || *v < min) throw UsageError(std::string(what) + " must be a whole number of at least " + std::to_string(min) + ", not '" + a.text + "'");
  return *v;
}

std::string join_args(const std::vector<Arg>& args, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (i > from ? " " : "") + args[i].text;
  return out;
}

bool on_off(const Arg& a) {
  if (a.text == "on" || a.text == "yes" || a.text == "1") return true;
  if (a.text == "off" || a.text == "no" || a.text == "0") return false;
  throw UsageError("expected on or off, not '" + a.text + "'");
}

std::string ms(std::chrono::microseconds t) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(3) << static_cast<double>(t.count()) / 1000.0;
  return s.str();
}

// The text of one line of `text` (1-based), for pointing at an error.
std::string_view nth_line(std::string_view text, int n) {
  size_t begin = 0;
  for (int i = 1; i < n; ++i) {
    const size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) return {};
    begin = nl + 1;
  }
  const size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

std::string value_literal(const graph::GraphModel& g, const query::Value& v) {
  if (v.type() == query::Value::Type::String) return query::cypher_string(v.as_string());
  return query::to_text(g, v);
}

std::unique_ptr<std::ofstream> open_output(const std::string& path) {
  auto file = std::make_unique<std::ofstream>(path, std::ios::trunc);
  if (!*file) throw std::runtime_error("cannot open " + path + " for writing");
  return file;
}

}  // namespace

Session::Session(GlobalOptions global, ReplSettings settings) : global_(std::move(global)), settings_(settings) {
  open(database_path(global_));
}

Session::~Session() = default;

void Session::open(const std::filesystem::path& db) {
  GlobalOptions options = global_;
  options.db = db.string();
  auto model = std::make_unique<graph::GraphModel>(load_model(options));
  completer_ = Completer(*model);
  model_ = std::move(model);
  global_ = options;
  db_ = db;
  last_.reset();  // its node ids belong to the old graph
}

std::vector<std::string> Session::param_names() const {
  std::vector<std::string> names;
  for (const auto& [name, value] : params_) names.push_back(name);
  return names;
}

std::ostream& Session::out() {
  if (once_) return *once_;
  if (output_) return *output_;
  return std::cout;
}

bool Session::to_terminal() const { return !once_ && !output_ && stdout_is_terminal(); }

bool Session::failed(int code) {
  if (exit_code_ == kOk) exit_code_ = code;
  if (settings_.bail) stopped_ = true;
  return !stopped_;
}

bool Session::run_stream(std::istream& in, const std::string& source) {
  StatementBuffer buffer;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!feed(buffer, line, source)) return false;
    if (cancelled_) return true;  // Ctrl-C stops a .read file
  }
  return finish(buffer, source);
}

bool Session::feed(StatementBuffer& buffer, std::string_view line, const std::string& source) {
  if (stopped_) return false;
  if (read_depth_ == 0) cancelled_ = false;  // a new line typed (or piped) at the top level
  if (buffer.blank()) {
    const size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '.') {
      buffer.count_line();
      return run_dot_command(line.substr(first), source, buffer.lines());
    }
  }
  for (const Statement& st : buffer.add_line(line)) {
    if (!run_statement(st, source)) return false;
    if (cancelled_) {
      buffer.clear();
      break;
    }
  }
  return !stopped_;
}

bool Session::finish(StatementBuffer& buffer, const std::string& source) {
  if (stopped_) return false;
  const Statement st = buffer.take_rest();
  if (!st.text.empty()) return run_statement(st, source);
  return true;
}

bool Session::run_statement(const Statement& st, const std::string& source, bool generated) {
  query::QueryOptions qopts;
  qopts.params = params_;
  qopts.timeout = settings_.timeout;
  qopts.max_rows = settings_.max_rows;
  qopts.cancel = &cancel_flag();
  std::cout.flush();
  try {
    query::Result result;
    {
      // Ctrl-C now cancels the query instead of ending kg. The flag is not cleared here: a
      // Ctrl-C pressed since the line was read (the editor clears it) cancels at once.
      InterruptHandler ctrl_c;
      result = query::execute(*model_, st.text, qopts);
    }
    query::RenderOptions ropts;
    ropts.box_drawing = to_terminal();
    std::ostream& o = out();
    query::render(o, *model_, result, settings_.format, ropts);
    o.flush();
    const bool write_failed = !o;
    const std::string target = once_ ? "the .once file" : output_name_;
    once_.reset();
    if (write_failed) throw std::runtime_error("cannot write the result to " + target);
    if (result.truncated)
      std::cerr << "kg: result cut at " << settings_.max_rows << " rows (raise the limit with .maxrows)\n";
    if (settings_.timer)
      std::cout << "Time: " << ms(result.compile_time) << " ms (compiling), " << ms(result.execute_time)
                << " ms (executing)\n";
    std::cout.flush();
    last_ = std::move(result);
    return true;
  } catch (const query::QueryError& e) {
    once_.reset();
    if (e.kind() == query::QueryError::Kind::Cancelled) {
      std::cerr << "query cancelled\n";
      if (settings_.interactive) {
        cancelled_ = true;  // the rest of the line (or of a .read file) is dropped too
        return true;
      }
      failed(kInterrupted);
      stopped_ = true;  // Ctrl-C on a script stops it, bail or not
      return false;
    }
    if (e.kind() == query::QueryError::Kind::Timeout) {
      std::cerr << (settings_.interactive && source.empty() ? "Error: " : "kg: ")
                << (source.empty() ? "" : source + ":" + std::to_string(st.line) + ": ") << "query timed out after "
                << settings_.timeout.count() << " ms (raise the limit with .timeout MS)\n";
    } else if (settings_.interactive && source.empty()) {
      std::cerr << "Error: " << e.what() << '\n';
      if (e.line() > 0 && !generated) {
        const std::string_view text = nth_line(st.text, e.line());
        // The column counts characters: one mark per character (tabs kept so they line up).
        const size_t want = static_cast<size_t>(e.column() - 1);
        std::string marker;
        size_t chars = 0;
        for (const char c : text) {
          if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
          if (chars == want) break;
          marker.push_back(c == '\t' ? '\t' : ' ');
          ++chars;
        }
        if (chars < want) marker.append(want - chars, ' ');  // past the end: "end of query"
        std::cerr << "  " << text << "\n  " << marker << "^\n";
      }
    } else if (e.line() > 0 && !generated) {
      const int line = st.line + e.line() - 1;
      const int column = e.line() == 1 ? st.column + e.column() - 1 : e.column();
      std::cerr << "kg: " << source << ':' << line << ':' << column << ": " << e.message() << '\n';
    } else {
      std::cerr << "kg: " << (source.empty() ? "" : source + ":" + std::to_string(st.line) + ": ") << e.message()
                << '\n';
    }
    return failed(kUsage);
  } catch (const std::exception& e) {
    once_.reset();
    std::cerr << (settings_.interactive && source.empty() ? "Error: " : "kg: ") << e.what() << '\n';
    return failed(kFailed);
  }
}

bool Session::run_dot_command(std::string_view line, const std::string& source, int line_no) {
  std::cout.flush();
  auto report = [&](const std::string& message, int code) {
    if (settings_.interactive && source.empty())
      std::cerr << "Error: " << message << '\n';
    else
      std::cerr << "kg: " << source << ':' << line_no << ": " << message << '\n';
    return failed(code);
  };
  try {
    std::string text(line);
    // `.complete` takes the rest of the line verbatim (spaces and quotes matter).
    if (text.starts_with(".complete ") || text == ".complete") {
      const std::string rest = text.size() > 10 ? text.substr(10) : "";
      const Completion c = completer_.complete("", rest, param_names());
      for (const auto& option : c.options) out() << option << '\n';
      out().flush();
      once_.reset();
      return true;
    }
    while (!text.empty() && (text.back() == ';' || text.back() == ' ' || text.back() == '\t')) text.pop_back();
    const std::vector<Arg> args = split_args(text);
    const std::string& name = args.front().text;
    if (name == ".quit" || name == ".exit") {
      if (args.size() > 1) requested_exit_ = static_cast<int>(int_arg(args[1], "the exit code", 0));
      stopped_ = true;
      return false;
    }
    if (name == ".read") {
      if (args.size() != 2) throw UsageError("usage: .read FILE");
      if (read_depth_ >= kMaxReadDepth) throw UsageError(".read nested more than " + std::to_string(kMaxReadDepth) + " deep");
      std::ifstream file(args[1].text);
      if (!file) throw std::runtime_error("cannot read " + args[1].text);
      ++read_depth_;
      run_stream(file, args[1].text);
      --read_depth_;
      return !stopped_;
    }
    dot(args);
    return true;
  } catch (const std::invalid_argument& e) {  // UsageError, or a dot command's argument out of range
    return report(e.what(), kUsage);
  } catch (...) {  // the same exit codes as the one-shot commands (busy database 75, else 1)
    const Failure f = failure_of(std::current_exception());
    return report(f.message, f.code);
  }
}

void Session::dot(const std::vector<Arg>& args) {
  const std::string& name = args.front().text;
  const size_t n = args.size();
  auto usage_if = [&](bool wrong) {
    if (!wrong) return;
    for (const auto& d : Completer::dot_commands())
      if (name == d.name) throw UsageError(std::string("usage: ") + d.usage);
  };

  if (name == ".help") {
    print_help(std::cout);
  } else if (name == ".mode") {
    usage_if(n > 2);
    if (n == 1) std::cout << query::format_name(settings_.format) << '\n';
    else settings_.format = query::parse_format(args[1].text);
  } else if (name == ".timer") {
    usage_if(n > 2);
    if (n == 1) std::cout << (settings_.timer ? "on" : "off") << '\n';
    else settings_.timer = on_off(args[1]);
  } else if (name == ".maxrows") {
    usage_if(n > 2);
    if (n == 1) std::cout << settings_.max_rows << '\n';
    else settings_.max_rows = static_cast<size_t>(int_arg(args[1], "the row limit", 1));
  } else if (name == ".timeout") {
    usage_if(n > 2);
    if (n == 1) std::cout << settings_.timeout.count() << '\n';
    else settings_.timeout = std::chrono::milliseconds(int_arg(args[1], "the time limit", 1));
  } else if (name == ".output") {
    usage_if(n > 2);
    if (n == 1 || args[1].text == "stdout") {
      output_.reset();
      output_name_.clear();
    } else {
      output_ = open_output(args[1].text);
      output_name_ = args[1].text;
    }
  } else if (name == ".once") {
    usage_if(n != 2);
    once_ = open_output(args[1].text);
  } else if (name == ".param") {
    usage_if(n < 2);
    std::string key = args[1].text;
    if (key.starts_with('$')) key.erase(0, 1);
    if (key.empty() || !std::all_of(key.begin(), key.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
      throw UsageError("'" + args[1].text + "' is not a parameter name (letters, digits and _)");
    if (n == 2) params_.erase(key);
    else if (n == 3) params_[key] = parse_param_value(args[2].text, args[2].quoted);
    else params_[key] = query::Value(join_args(args, 2, n));  // several words: one string
  } else if (name == ".params") {
    usage_if(n > 1);
    for (const auto& [key, value] : params_) out() << '$' << key << " = " << value_literal(*model_, value) << '\n';
    out().flush();
    once_.reset();
  } else if (name == ".schema") {
    usage_if(n > 1);
    print_schema(out());
    out().flush();
    once_.reset();
  } else if (name == ".stats") {
    usage_if(n > 1);
    print_stats(out());
    out().flush();
    once_.reset();
  } else if (name == ".dot") {
    usage_if(n != 2);
    if (!last_) throw UsageError("no result yet: run a query first (kg export --format dot writes the whole graph)");
    std::ofstream file(args[1].text, std::ios::trunc);
    if (!file) throw std::runtime_error("cannot open " + args[1].text + " for writing");
    query::render(file, *model_, *last_, query::Format::Dot);
    if (!file.flush()) throw std::runtime_error("cannot write " + args[1].text);
    if (settings_.interactive) std::cout << "wrote " << args[1].text << '\n';
  } else if (name == ".open") {
    usage_if(n != 2);
    open(args[1].text);
    if (settings_.interactive)
      std::cout << "opened " << db_.string() << ": " << model_->node_count() << " nodes, " << model_->edge_count()
                << " relationships\n";
  } else if (name == ".path") {
    usage_if(n < 3 || n > 4);
    const int max_hops = n == 4 ? static_cast<int>(int_arg(args[3], "MAX", 1)) : 6;
    run_generated(query::path_query(args[1].text, args[2].text, max_hops));
  } else if (name == ".hood") {
    usage_if(n < 2);
    // `.hood Emmanuel Macron 2`: a trailing number is the depth, the other words the name.
    const bool has_depth = n > 2 && !args[n - 1].quoted && parse_int(args[n - 1].text);
    const int depth = has_depth ? static_cast<int>(int_arg(args[n - 1], "DEPTH", 1)) : 1;
    run_generated(query::hood_query(join_args(args, 1, has_depth ? n - 1 : n), depth));
  } else {
    std::vector<std::string> names;
    for (const auto& d : Completer::dot_commands()) names.push_back(d.name);
    const auto near = query::nearest(name, names);
    throw UsageError("unknown command '" + name + "'" + (near ? " (did you mean " + *near + "?)" : "") +
                     "; enter .help for the list");
  }
}

void Session::run_generated(const std::string& text) {
  // The shortcut's own query: its errors are about the arguments, so no position is shown.
  run_statement(Statement{text, 1, 1}, "", true);
}

void Session::print_help(std::ostream& o) const {
  o << "Statements (openCypher subset, docs/QUERY.md) end with ';' and may span lines.\n"
       "Keys: Tab completes, Up/Down walk the history, Ctrl-R searches it, Ctrl-C cancels a\n"
       "running query or clears the line, Ctrl-D leaves.\n\n";
  size_t width = 0;
  for (const auto& d : Completer::dot_commands()) width = std::max(width, std::string_view(d.usage).size());
  for (const auto& d : Completer::dot_commands())
    o << "  " << std::left << std::setw(static_cast<int>(width)) << d.usage << "  " << d.help << '\n';
  o << std::right;
}

void Session::print_schema(std::ostream& o) const {
  // From the model's columns and indexes; only items with properties are made.
  const graph::GraphModel& g = *model_;
  std::map<std::string, size_t> kind_count;
  std::map<std::string, std::set<std::string>> kind_keys, type_keys;
  for (const auto& kind : g.kinds()) {
    kind_count[kind] = g.nodes_of_kind(kind).size();
    kind_keys[kind] = {"name", "aliases", "kind", "sources"};
  }
  for (const auto& type : g.relationship_types()) type_keys[type] = {"sources"};
  g.for_each_node_with_details([&](graph::NodeId, const graph::Node& n) {
    for (const auto& [key, value] : n.properties) kind_keys[n.kind].insert(key);
  });
  g.for_each_edge_with_details([&](graph::EdgeId, const graph::Edge& e) {
    for (const auto& [key, value] : e.properties) type_keys[e.type].insert(key);
  });
  std::map<std::tuple<graph::TypeCode, graph::TypeCode, graph::TypeCode>, size_t> codes;
  for (graph::EdgeId e = 0; e < g.edge_count(); ++e)
    ++codes[{g.node_kind_code(g.edge_source(e)), g.edge_type_code(e), g.node_kind_code(g.edge_target(e))}];
  std::map<std::tuple<std::string, std::string, std::string>, size_t> patterns;
  for (const auto& [c, count] : codes)
    patterns[{g.kind_name(std::get<0>(c)), g.relationship_type_name(std::get<1>(c)), g.kind_name(std::get<2>(c))}] += count;
  auto join = [](const std::set<std::string>& keys) {
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
    return out;
  };
  o << "Node labels (nodes, properties):\n";
  for (const auto& [kind, count] : kind_count)
    o << "  :" << std::left << std::setw(14) << kind << std::right << std::setw(7) << count << "  "
      << join(kind_keys[kind]) << '\n';
  o << "Relationship types (properties):\n";
  for (const auto& [type, keys] : type_keys) o << "  :" << std::left << std::setw(14) << type << std::right << "  " << join(keys) << '\n';
  o << "Patterns (relationships):\n";
  for (const auto& [p, count] : patterns)
    o << "  (:" << std::get<0>(p) << ")-[:" << std::get<1>(p) << "]->(:" << std::get<2>(p) << ")  " << count << '\n';
}

void Session::print_stats(std::ostream& o) const { cli::print_stats(o, db_, *model_); }

}  // namespace kg::cli
