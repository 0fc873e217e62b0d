// GraphML export, for Gephi, yEd, Cytoscape and NetworkX (`kg export --format graphml`).
//
// One <key> per attribute: for nodes `kind`, `label` (the name, what Gephi and yEd show),
// `aliases` and `sources`, then every node property; for edges `type` (also as the edge's
// `label`), `sources` and every edge property. Attribute types are long, double, boolean or
// string; lists (aliases, sources, list properties) are strings holding a JSON array. Node ids
// are "n<id>", edge ids "e<id>". Properties named like the fixed attributes are left out. Text is escaped for XML, and characters XML 1.0 cannot hold
// (control characters, invalid UTF-8) are replaced by U+FFFD.
#pragma once

#include <ostream>

#include "graph/graph_data.h"

namespace kg::graph {

void write_graphml(std::ostream& out, const GraphData& graph);

}  // namespace kg::graph
