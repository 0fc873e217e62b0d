// JSON Lines export in the shape of Neo4j APOC's export.json (see ../shared/ONTOLOGY.md):
// one {"type":"node",...} line per node, then one {"type":"relationship",...} line per edge.
#pragma once

#include <ostream>

#include "graph/graph_data.h"

namespace kg::graph {

// Writes every node and relationship of `graph`. Node properties carry name, aliases,
// sources (file names) and the node's own properties (a Quote's text, an Article's metadata);
// relationship properties carry their own properties and sources.
void write_jsonl(std::ostream& out, const GraphData& graph);

}  // namespace kg::graph
