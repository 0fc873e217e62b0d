// `kg show NAME` (one entity: kind, aliases, relationships, quotes, and the articles behind
// each) and `kg explain NAME [TYPE] [OTHER]` (the facts about it with every supporting
// sentence, its file offsets, the rule that fired and its confidence).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <iostream>

#include "cli/common.h"
#include "graph/model.h"
#include "ingest/name_key.h"

namespace kg::cli {
namespace {

struct ShowArgs {
  std::string name;
  std::string type;   // explain: only facts of this relationship type
  std::string other;  // explain: only facts whose other end has this name
  size_t evidence = 1;  // sentences printed per fact (0: none)
};

std::string join(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string value_text(const graph::Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* l = std::get_if<std::vector<std::string>>(&v)) return "[" + join(*l) + "]";
  return "null";
}

std::string label(const graph::Node& n) {
  if (n.kind == "Quote") return "\"" + n.name + "\"";
  return n.name + " (" + n.kind + ")";
}

void print_evidence(const std::vector<graph::Source>& sources, size_t limit, bool detail) {
  for (size_t i = 0; i < sources.size() && i < limit; ++i) {
    const auto& s = sources[i];
    std::cout << "        " << s.file;
    if (detail)
      std::cout << " [bytes " << s.begin << "-" << s.end << ", sentence " << s.sentence << ", rule " << s.rule
                << ", confidence " << s.confidence << "]";
    std::cout << ": " << s.text << '\n';
  }
  if (sources.size() > limit && limit > 0) std::cout << "        ... " << sources.size() - limit << " more\n";
}

graph::NodeId resolve_name(const graph::GraphModel& model, const std::string& name) {
  auto found = model.find_by_name(name);
  if (found.empty()) {
    // No name or alias is exactly this: accept a name that ends with it ("Petraitė" for
    // "Rasa Petraitė"), so a surname alone finds a person even where no article used it alone.
    const std::string key = ingest::name_key(name);
    for (graph::NodeId v = 0; v < model.node_count() && !key.empty(); ++v) {
      const std::string full = ingest::name_key(model.node(v).name);
      if (model.node(v).kind != "Quote" && full.size() > key.size() && full.ends_with(" " + key)) found.push_back(v);
    }
  }
  if (found.empty()) throw std::runtime_error("no entity named '" + name + "' (try `kg query` with CONTAINS)");
  if (found.size() > 1) {
    std::cerr << "kg: '" << name << "' names " << found.size() << " entities; showing the best match. Others:";
    for (size_t i = 1; i < found.size() && i < 6; ++i) std::cerr << " " << label(model.node(found[i])) << ";";
    std::cerr << '\n';
  }
  return found.front();
}

int show(const GlobalOptions& options, const ShowArgs& args, bool explain) {
  const graph::GraphModel model = load_model(options);
  const graph::NodeId id = resolve_name(model, args.name);
  const graph::Node& n = model.node(id);
  const std::string other_key = ingest::name_key(args.other);

  std::cout << n.name << "  (" << n.kind << ")\n";
  if (!n.aliases.empty()) std::cout << "  aliases: " << join(n.aliases) << '\n';
  for (const auto& [key, value] : n.properties) std::cout << "  " << key << ": " << value_text(value) << '\n';
  std::cout << "  mentioned in: " << join(graph::source_files(n.sources)) << '\n';

  std::vector<graph::Adjacent> adjacent;
  model.neighbours(id, graph::Direction::Both, adjacent);
  std::vector<graph::Adjacent> quotes, facts;
  for (const auto& a : adjacent) {
    const graph::Edge& e = model.edge(a.edge);
    if (!args.type.empty() && e.type != args.type) continue;
    if (!other_key.empty() && ingest::name_key(model.node(a.node).name) != other_key) {
      const auto& al = model.node(a.node).aliases;
      if (std::none_of(al.begin(), al.end(), [&](const auto& s) { return ingest::name_key(s) == other_key; })) continue;
    }
    (e.type == "SAID" && a.outgoing ? quotes : facts).push_back(a);
  }
  const size_t limit = explain ? SIZE_MAX : args.evidence;
  if (!facts.empty()) std::cout << "relationships (" << facts.size() << "):\n";
  for (const auto& a : facts) {
    const graph::Edge& e = model.edge(a.edge);
    std::string props;
    for (const auto& [key, value] : e.properties) props += (props.empty() ? " {" : ", ") + key + ": " + value_text(value);
    if (!props.empty()) props += "}";
    std::cout << "  " << (a.outgoing ? "-[" : "<-[") << e.type << props << (a.outgoing ? "]-> " : "]- ")
              << label(model.node(a.node)) << "   sources: " << join(graph::source_files(e.sources)) << '\n';
    print_evidence(e.sources, limit, explain);
  }
  if (!quotes.empty()) std::cout << "quotes (" << quotes.size() << "):\n";
  for (const auto& a : quotes) {
    const graph::Edge& e = model.edge(a.edge);
    std::cout << "  " << label(model.node(a.node)) << "\n      reported by " << graph::source_files(e.sources).size()
              << ": " << join(graph::source_files(e.sources)) << '\n';
    print_evidence(e.sources, limit, explain);
  }
  if (explain && facts.empty() && quotes.empty()) std::cout << "no facts match\n";
  return kOk;
}

}  // namespace

void add_show_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  auto args = std::make_shared<ShowArgs>();
  auto* cmd = app.add_subcommand("show", "Print one entity: kind, aliases, relationships, quotes and their sources");
  cmd->add_option("name", args->name, "a name or alias (case and accents do not matter)")->required();
  cmd->add_option("-e,--evidence", args->evidence, "supporting sentences printed per fact (default 1)");
  cmd->callback([&options, &exit_code, args] { exit_code = guarded([&] { return show(options, *args, false); }); });

  auto eargs = std::make_shared<ShowArgs>();
  auto* explain = app.add_subcommand("explain", "Print the facts about an entity with every sentence behind them");
  explain->add_option("name", eargs->name, "a name or alias")->required();
  explain->add_option("type", eargs->type, "only this relationship type (e.g. COMMITS, SAID)");
  explain->add_option("other", eargs->other, "only facts whose other end has this name");
  explain->callback([&options, &exit_code, eargs] { exit_code = guarded([&] { return show(options, *eargs, true); }); });
}

}  // namespace kg::cli
