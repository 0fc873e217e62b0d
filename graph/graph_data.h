// GraphData: the resolved knowledge graph as plain values, the shape that is stored and loaded.
//
// Node and edge ids are positions in the vectors. Every node and edge keeps its sources: the
// article, sentence and file offsets that support it, so any fact can be explained.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "graph/shared_string.h"

namespace kg::graph {

using NodeId = uint32_t;
using EdgeId = uint32_t;
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();

// A property value. Lists are lists of strings (aliases, authors, sources).
using Value = std::variant<std::monostate, bool, int64_t, double, std::string, std::vector<std::string>>;
using Properties = std::map<std::string, Value, std::less<>>;

// One piece of evidence for a node or an edge. Its strings are shared (graph/shared_string.h):
// the sources citing one sentence, file or rule hold one copy of it.
struct Source {
  SharedString file;           // file name of the document (the id used in exports)
  int article = 0;             // index of the article within its file
  int sentence = -1;           // sentence index within the article, -1 when not sentence-bound
  uint32_t begin = 0;          // byte offsets of the supporting span in the original file
  uint32_t end = 0;
  SharedString text;           // the sentence (or span) as normalised text
  SharedString rule;           // the extraction rule that fired
  double confidence = 1.0;
};

struct Node {
  std::string kind;                   // first label: Person, Country, ..., Quote, Article
  std::string name;                   // canonical name; for a Quote its text, for an Article its title
  std::vector<std::string> aliases;   // surface forms seen, including the name
  Properties properties;              // kind-specific: text (Quote), file/date/outlet/url/authors (Article)
  std::vector<Source> sources;
};

struct Edge {
  std::string type;      // SAID, COMMITS, LEADS, PRODUCED, SIGNED, ATTENDED, HOSTED, HELD_IN, HOLDS_OFFICE
  NodeId source = kNoNode;
  NodeId target = kNoNode;
  Properties properties;  // title, detail, condition, modality, ...
  std::vector<Source> sources;
};

struct GraphData {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

// The distinct file names among `sources`, sorted: what exports list as a fact's sources.
std::vector<std::string> source_files(const std::vector<Source>& sources);

}  // namespace kg::graph
