// The graph tables of a kg database (entities, aliases, quotes, documents, relationships and
// their evidence): their schema, a full write, a differential write of what changed, and reading
// a graph back from them. Internal to graph/: Store owns the database and the transaction these
// run in; the tables are what any SQLite tool reads, the snapshot is what kg loads.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <string>

#include "graph/graph_data.h"
#include "graph/model.h"
#include "graph/stable_ids.h"

namespace kg::graph {

// Drops whatever graph tables exist (any schema version) and creates them empty, with indexes.
void create_graph_tables(SQLite::Database& db);

// Drops and re-creates the graph tables and writes every row of `graph` (canonical order),
// each item under its stored id.
void write_graph_tables(SQLite::Database& db, const GraphData& graph, const IdAssignment& ids, const StoredKeys& keys);

// What a differential write did.
struct DiffCounts {
  size_t nodes = 0, edges = 0;              // nodes and edges whose rows were rewritten or removed
  size_t evidence_written = 0, evidence_deleted = 0;
};

// Rewrites the rows of the nodes and edges whose content hash differs from the stored one and
// removes those of ids the graph no longer has. `old` are the keys of the stored graph.
DiffCounts write_graph_diff(SQLite::Database& db, const GraphData& graph, const IdAssignment& ids, const StoredKeys& keys,
                            const GraphKeys& old);

// The graph as the tables hold it (stored ids); damage is a StoreError of kind Corrupt naming `path`.
GraphData load_rows_checked(SQLite::Database& db, const std::string& path);

// The model of a graph read from the tables; edges to missing nodes are corruption.
GraphModel model_of(GraphData graph, const std::string& path);

}  // namespace kg::graph
