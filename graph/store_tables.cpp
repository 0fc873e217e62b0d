// The graph tables: schema, full and differential writes, reading them back (store_tables.h).
#include "graph/store_tables.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/json_value.h"
#include "graph/store.h"
#include "ingest/name_key.h"

namespace kg::graph {
namespace {

// The graph tables (and views), dropped and re-created by every graph write; indexes come
// after the rows. Version 2 had `evidence` as a table.
constexpr const char* kGraphObjects[] = {"graph_keys", "evidence", "evidence_rows", "evidence_strings", "relationships",
                                         "documents", "quotes", "aliases", "entities"};

// Evidence is most of a graph's rows, and most of its bytes were the same sentence copied
// into every row that cites it (a sentence naming four entities and two relations was stored
// six times): rows hold numbers, each distinct text (sentence, file name, rule) is stored once
// in evidence_strings, and the view `evidence` shows the rows as version 2 stored them.
constexpr const char* kGraphTables = R"sql(
CREATE TABLE entities(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, properties TEXT NOT NULL);
CREATE TABLE aliases(
  entity_id INTEGER NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY(entity_id, alias));
CREATE TABLE quotes(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id), text TEXT NOT NULL);
CREATE TABLE documents(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id), file TEXT NOT NULL, article INTEGER NOT NULL,
  title TEXT, date TEXT, outlet TEXT, url TEXT);
CREATE TABLE relationships(
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, source INTEGER NOT NULL REFERENCES entities(id),
  target INTEGER NOT NULL REFERENCES entities(id), properties TEXT NOT NULL);
CREATE TABLE evidence_strings(id INTEGER PRIMARY KEY, text TEXT NOT NULL, hash INTEGER NOT NULL);
CREATE TABLE evidence_rows(
  owner INTEGER NOT NULL CHECK(owner IN (0, 1)), owner_id INTEGER NOT NULL, seq INTEGER NOT NULL,
  file INTEGER NOT NULL, article INTEGER NOT NULL, sentence INTEGER NOT NULL, begin INTEGER NOT NULL,
  end INTEGER NOT NULL, text INTEGER NOT NULL, rule INTEGER NOT NULL, confidence REAL NOT NULL,
  hash INTEGER NOT NULL, PRIMARY KEY(owner, owner_id, seq)) WITHOUT ROWID;
CREATE TABLE graph_keys(id INTEGER PRIMARY KEY CHECK(id = 0), data BLOB NOT NULL);
CREATE VIEW evidence(owner, owner_id, seq, file, article, sentence, begin, end, text, rule, confidence) AS
  SELECT CASE e.owner WHEN 0 THEN 'entity' ELSE 'relationship' END, e.owner_id, e.seq, f.text, e.article,
         e.sentence, e.begin, e.end, t.text, r.text, e.confidence
  FROM evidence_rows e JOIN evidence_strings f ON f.id = e.file JOIN evidence_strings t ON t.id = e.text
       JOIN evidence_strings r ON r.id = e.rule;
)sql";

// Drops whatever graph tables and views exist (a version 2 `evidence` is a table, a version 3
// one a view).
void drop_graph_tables(SQLite::Database& db) {
  for (const char* name : kGraphObjects) {
    SQLite::Statement q(db, "SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')");
    q.bind(1, name);
    if (!q.executeStep()) continue;
    const std::string type = q.getColumn(0).getString();
    q.reset();
    db.exec((type == "view" ? "DROP VIEW " : "DROP TABLE ") + std::string(name));
  }
}

bool has_object(SQLite::Database& db, const char* name) {
  SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE name = ?");
  q.bind(1, name);
  return q.executeStep();
}

constexpr const char* kGraphIndexes = R"sql(
CREATE INDEX aliases_by_key ON aliases(key);
CREATE INDEX documents_by_file ON documents(file, article);
CREATE INDEX relationships_by_type ON relationships(type);
CREATE INDEX relationships_by_source ON relationships(source);
CREATE INDEX relationships_by_target ON relationships(target);
CREATE INDEX evidence_strings_by_hash ON evidence_strings(hash);
)sql";

std::string text_of(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return {};
}

std::string property_text(const Properties& p, std::string_view key) {
  auto it = p.find(key);
  return it == p.end() ? std::string() : text_of(it->second);
}

// Evidence rows of one node or edge are ordered by `seq`, spaced kSeqStep apart when written
// in full, so that a differential write can put new rows between two kept ones.
constexpr int64_t kSeqStep = int64_t{1} << 20;

int64_t signed_hash(uint64_t h) { return static_cast<int64_t>(h); }

// Writes rows of the graph tables: every row of a graph into fresh tables (`full`), or the rows
// of the nodes and edges that differ from what is stored (differential).
class RowWriter {
 public:
  RowWriter(SQLite::Database& db, bool full)
      : db_(db), full_(full),
        ins_entity_(db, "INSERT INTO entities(id, kind, name, properties) VALUES(?, ?, ?, ?)"),
        ins_alias_(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES(?, ?, ?)"),
        ins_quote_(db, "INSERT INTO quotes(entity_id, text) VALUES(?, ?)"),
        ins_doc_(db, "INSERT INTO documents(entity_id, file, article, title, date, outlet, url) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        ins_rel_(db, "INSERT INTO relationships(id, type, source, target, properties) VALUES(?, ?, ?, ?, ?)"),
        ins_ev_(db, "INSERT INTO evidence_rows(owner, owner_id, seq, file, article, sentence, begin, end, text, rule, "
                    "confidence, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ins_string_(db, full ? "INSERT INTO evidence_strings(id, text, hash) VALUES(?, ?, ?)"
                             : "INSERT INTO evidence_strings(text, hash) VALUES(?, ?)") {}

  // Evidence rows written and deleted so far (most of a graph's rows).
  size_t evidence_written = 0, evidence_deleted = 0;

  void node(NodeId id, const Node& n, const std::vector<uint64_t>& source_hashes) {
    const auto i = static_cast<int64_t>(id);
    if (n.kind == "Quote") {
      Properties props = n.properties;
      props.erase("text");  // kept in the quotes table
      props_json_ = to_json_object(props);
    } else {
      props_json_ = n.properties.empty() ? "{}" : to_json_object(n.properties);
    }
    ins_entity_.bind(1, i);
    ins_entity_.bindNoCopy(2, n.kind);
    ins_entity_.bindNoCopy(3, n.name);
    ins_entity_.bindNoCopy(4, props_json_);
    run(ins_entity_);
    for (const std::string& alias : n.aliases) {
      ins_alias_.bind(1, i);
      ins_alias_.bindNoCopy(2, alias);
      ins_alias_.bind(3, ingest::name_key(alias));
      run(ins_alias_);
    }
    if (n.kind == "Quote") {
      const std::string text = property_text(n.properties, "text");
      ins_quote_.bind(1, i);
      ins_quote_.bind(2, text.empty() ? n.name : text);
      run(ins_quote_);
    } else if (n.kind == "Article") {
      ins_doc_.bind(1, i);
      ins_doc_.bind(2, property_text(n.properties, "file"));
      auto idx = n.properties.find("article");
      const int64_t* article = idx == n.properties.end() ? nullptr : std::get_if<int64_t>(&idx->second);
      ins_doc_.bind(3, article ? *article : int64_t{0});
      int col = 4;
      for (const char* key : {"title", "date", "outlet", "url"}) ins_doc_.bind(col++, property_text(n.properties, key));
      run(ins_doc_);
    }
    evidence(0, i, n.sources, source_hashes);
  }

  // Edge `e` stored as `id`, between the nodes stored as `source` and `target`.
  void edge(EdgeId id, const Edge& e, NodeId source, NodeId target, const std::vector<uint64_t>& source_hashes) {
    const auto i = static_cast<int64_t>(id);
    props_json_ = e.properties.empty() ? "{}" : to_json_object(e.properties);
    ins_rel_.bind(1, i);
    ins_rel_.bindNoCopy(2, e.type);
    ins_rel_.bind(3, static_cast<int64_t>(source));
    ins_rel_.bind(4, static_cast<int64_t>(target));
    ins_rel_.bindNoCopy(5, props_json_);
    run(ins_rel_);
    evidence(1, i, e.sources, source_hashes);
  }

  // Removes a node's rows; its evidence rows too unless `keep_evidence` (they are compared).
  void drop_node(NodeId id, bool keep_evidence) {
    for (const char* sql : {"DELETE FROM entities WHERE id = ?", "DELETE FROM aliases WHERE entity_id = ?",
                            "DELETE FROM quotes WHERE entity_id = ?", "DELETE FROM documents WHERE entity_id = ?"}) {
      SQLite::Statement& q = cached(sql);
      q.bind(1, static_cast<int64_t>(id));
      run(q);
    }
    if (!keep_evidence) drop_evidence(0, id);
  }

  void drop_edge(EdgeId id, bool keep_evidence) {
    SQLite::Statement& q = cached("DELETE FROM relationships WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    run(q);
    if (!keep_evidence) drop_evidence(1, id);
  }

 private:
  static void run(SQLite::Statement& q) {
    q.exec();
    q.reset();
  }

  SQLite::Statement& cached(const char* sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(db_, sql)).first;
    return *it->second;
  }

  void drop_evidence(int owner, uint32_t id) {
    SQLite::Statement& q = cached("DELETE FROM evidence_rows WHERE owner = ? AND owner_id = ?");
    q.bind(1, owner);
    q.bind(2, static_cast<int64_t>(id));
    const int n = q.exec();
    q.reset();
    evidence_deleted += static_cast<size_t>(n);
  }

  // The id of a string in evidence_strings, stored on first use. A full write numbers strings
  // in memory; a differential one finds stored strings by their hash.
  int64_t string_id(const std::string& text) {
    auto known = string_ids_.find(text);
    if (known != string_ids_.end()) return known->second;
    const uint64_t h = checksum64(text);
    int64_t id = -1;
    if (!full_) {
      SQLite::Statement& q = cached("SELECT id, text FROM evidence_strings WHERE hash = ?");
      q.bind(1, signed_hash(h));
      while (q.executeStep()) {
        if (q.getColumn(1).getString() == text) {
          id = q.getColumn(0).getInt64();
          break;
        }
      }
      q.reset();
    }
    if (id < 0) {
      int col = 1;
      if (full_) ins_string_.bind(col++, static_cast<int64_t>(string_ids_.size()));
      ins_string_.bindNoCopy(col++, text);
      ins_string_.bind(col, signed_hash(h));
      ins_string_.exec();
      ins_string_.reset();
      id = full_ ? static_cast<int64_t>(string_ids_.size()) : db_.getLastInsertRowid();
    }
    string_ids_.emplace(text, id);
    return id;
  }

  void insert_source(int owner, int64_t id, int64_t seq, const Source& s, uint64_t hash) {
    ins_ev_.bind(1, owner);
    ins_ev_.bind(2, id);
    ins_ev_.bind(3, seq);
    ins_ev_.bind(4, string_id(s.file));
    ins_ev_.bind(5, s.article);
    ins_ev_.bind(6, s.sentence);
    ins_ev_.bind(7, static_cast<int64_t>(s.begin));
    ins_ev_.bind(8, static_cast<int64_t>(s.end));
    ins_ev_.bind(9, string_id(s.text));
    ins_ev_.bind(10, string_id(s.rule));
    ins_ev_.bind(11, s.confidence);
    ins_ev_.bind(12, signed_hash(hash));
    ins_ev_.exec();
    ins_ev_.reset();
    ++evidence_written;
  }

  // An item's evidence rows. Differential: the stored rows (their seq and hash) are compared
  // with the new sources. Rows whose source is still there, in the same order, stay (a greedy
  // common subsequence: old rows in order, each kept when its hash comes later in the new list
  // than the last kept one); the others are deleted, and new sources are inserted with seq
  // values between the kept rows around them (all the item's rows are written anew when a gap
  // has no room left). A one-file change thus rewrites the few rows of that file, not the
  // thousands a much-cited node has.
  void evidence(int owner, int64_t id, const std::vector<Source>& sources, const std::vector<uint64_t>& hashes) {
    const size_t n_new = sources.size();
    auto write_all = [&] {
      for (size_t i = 0; i < n_new; ++i) insert_source(owner, id, static_cast<int64_t>(i) * kSeqStep, sources[i], hashes[i]);
    };
    if (full_) return write_all();
    std::vector<std::pair<int64_t, uint64_t>> old;
    SQLite::Statement& q = cached("SELECT seq, hash FROM evidence_rows WHERE owner = ? AND owner_id = ? ORDER BY seq");
    q.bind(1, owner);
    q.bind(2, id);
    while (q.executeStep()) old.emplace_back(q.getColumn(0).getInt64(), static_cast<uint64_t>(q.getColumn(1).getInt64()));
    q.reset();
    if (old.empty()) return write_all();
    // Positions of each hash in the new list, in order.
    std::unordered_map<uint64_t, std::vector<uint32_t>> at;
    at.reserve(n_new);
    for (size_t i = 0; i < n_new; ++i) at[hashes[i]].push_back(static_cast<uint32_t>(i));
    std::unordered_map<uint64_t, size_t> used;  // how many positions of each hash were looked past
    std::vector<std::pair<size_t, size_t>> kept;  // (old index, new index), increasing in both
    size_t next_new = 0;
    for (size_t o = 0; o < old.size(); ++o) {
      auto it = at.find(old[o].second);
      if (it == at.end()) continue;
      size_t& k = used[old[o].second];
      while (k < it->second.size() && it->second[k] < next_new) ++k;
      if (k == it->second.size()) continue;
      kept.emplace_back(o, it->second[k]);
      next_new = it->second[k] + 1;
      ++k;
    }
    if (kept.size() == old.size() && kept.size() == n_new) return;
    // Delete the old rows between kept ones, one range per run.
    SQLite::Statement& del = cached("DELETE FROM evidence_rows WHERE owner = ? AND owner_id = ? AND seq BETWEEN ? AND ?");
    auto delete_run = [&](size_t from, size_t to) {  // old rows [from, to)
      if (from >= to) return;
      del.bind(1, owner);
      del.bind(2, id);
      del.bind(3, old[from].first);
      del.bind(4, old[to - 1].first);
      evidence_deleted += static_cast<size_t>(del.exec());
      del.reset();
    };
    size_t old_from = 0;
    for (const auto& [o, n] : kept) {
      delete_run(old_from, o);
      old_from = o + 1;
    }
    delete_run(old_from, old.size());
    // Insert the new sources between kept ones; first check that every gap has room.
    struct Gap {
      size_t from, to;  // new sources [from, to)
      int64_t first, step;
    };
    std::vector<Gap> gaps;
    size_t new_from = 0;
    for (size_t g = 0; g <= kept.size(); ++g) {
      const size_t to = g < kept.size() ? kept[g].second : n_new;
      const size_t m = to - new_from;
      if (m > 0) {
        const bool has_lo = g > 0, has_hi = g < kept.size();
        const int64_t lo = has_lo ? old[kept[g - 1].first].first : 0, hi = has_hi ? old[kept[g].first].first : 0;
        Gap gap{new_from, to, 0, kSeqStep};
        if (has_lo && has_hi) {
          gap.step = (hi - lo) / static_cast<int64_t>(m + 1);
          gap.first = lo + gap.step;
        } else if (has_lo) {
          gap.first = lo + kSeqStep;
        } else {
          gap.first = hi - static_cast<int64_t>(m) * kSeqStep;
        }
        if (gap.step == 0) {  // no room left between two kept rows: the item's rows anew
          drop_evidence(owner, static_cast<uint32_t>(id));
          return write_all();
        }
        gaps.push_back(gap);
      }
      if (g < kept.size()) new_from = kept[g].second + 1;
    }
    for (const Gap& gap : gaps) {
      for (size_t i = gap.from; i < gap.to; ++i)
        insert_source(owner, id, gap.first + static_cast<int64_t>(i - gap.from) * gap.step, sources[i], hashes[i]);
    }
  }

  SQLite::Database& db_;
  bool full_;
  SQLite::Statement ins_entity_, ins_alias_, ins_quote_, ins_doc_, ins_rel_, ins_ev_, ins_string_;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
  std::unordered_map<std::string_view, int64_t> string_ids_;  // views into the graph, which outlives the writer
  std::string props_json_;
};

GraphData load_graph_rows(SQLite::Database& db, const std::string& path) {
  GraphData g;
  SQLite::Statement nodes(db, "SELECT id, kind, name, properties FROM entities ORDER BY id");
  while (nodes.executeStep()) {
    const auto id = static_cast<size_t>(nodes.getColumn(0).getInt64());
    if (id != g.nodes.size()) throw StoreError(StoreError::Kind::Corrupt, path, "entity ids are not contiguous");
    Node n;
    n.kind = nodes.getColumn(1).getString();
    n.name = nodes.getColumn(2).getString();
    n.properties = from_json_object(nodes.getColumn(3).getString());
    g.nodes.push_back(std::move(n));
  }
  auto node_at = [&](int64_t id) -> Node& {
    if (id < 0 || static_cast<size_t>(id) >= g.nodes.size())
      throw StoreError(StoreError::Kind::Corrupt, path, "reference to a missing entity");
    return g.nodes[static_cast<size_t>(id)];
  };
  SQLite::Statement aliases(db, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, rowid");
  while (aliases.executeStep()) node_at(aliases.getColumn(0).getInt64()).aliases.push_back(aliases.getColumn(1).getString());
  SQLite::Statement quotes(db, "SELECT entity_id, text FROM quotes");
  while (quotes.executeStep()) node_at(quotes.getColumn(0).getInt64()).properties["text"] = quotes.getColumn(1).getString();

  SQLite::Statement rels(db, "SELECT id, type, source, target, properties FROM relationships ORDER BY id");
  while (rels.executeStep()) {
    if (static_cast<size_t>(rels.getColumn(0).getInt64()) != g.edges.size())
      throw StoreError(StoreError::Kind::Corrupt, path, "relationship ids are not contiguous");
    Edge e;
    e.type = rels.getColumn(1).getString();
    const int64_t s = rels.getColumn(2).getInt64(), t = rels.getColumn(3).getInt64();
    node_at(s);
    node_at(t);
    e.source = static_cast<NodeId>(s);
    e.target = static_cast<NodeId>(t);
    e.properties = from_json_object(rels.getColumn(4).getString());
    g.edges.push_back(std::move(e));
  }
  // Version 3 reads the rows in their key order; version 1 and 2 had the table `evidence`.
  SQLite::Statement ev(db, has_object(db, "evidence_rows")
                               ? "SELECT CASE e.owner WHEN 0 THEN 'entity' ELSE 'relationship' END, e.owner_id, f.text, "
                                 "e.article, e.sentence, e.begin, e.end, t.text, r.text, e.confidence FROM evidence_rows e "
                                 "JOIN evidence_strings f ON f.id = e.file JOIN evidence_strings t ON t.id = e.text "
                                 "JOIN evidence_strings r ON r.id = e.rule ORDER BY e.owner, e.owner_id, e.seq"
                               : "SELECT owner, owner_id, file, article, sentence, begin, end, text, rule, confidence "
                                 "FROM evidence ORDER BY owner, owner_id, seq");
  while (ev.executeStep()) {
    Source s;
    s.file = ev.getColumn(2).getString();
    s.article = ev.getColumn(3).getInt();
    s.sentence = ev.getColumn(4).getInt();
    s.begin = static_cast<uint32_t>(ev.getColumn(5).getInt64());
    s.end = static_cast<uint32_t>(ev.getColumn(6).getInt64());
    s.text = ev.getColumn(7).getString();
    s.rule = ev.getColumn(8).getString();
    s.confidence = ev.getColumn(9).getDouble();
    const int64_t owner_id = ev.getColumn(1).getInt64();
    if (ev.getColumn(0).getString() == "entity") {
      node_at(owner_id).sources.push_back(std::move(s));
    } else {
      if (owner_id < 0 || static_cast<size_t>(owner_id) >= g.edges.size())
        throw StoreError(StoreError::Kind::Corrupt, path, "evidence for a missing relationship");
      g.edges[static_cast<size_t>(owner_id)].sources.push_back(std::move(s));
    }
  }
  return g;
}

}  // namespace

void create_graph_tables(SQLite::Database& db) {
  drop_graph_tables(db);
  db.exec(kGraphTables);
  db.exec(kGraphIndexes);
}

void write_graph_tables(SQLite::Database& db, const GraphData& graph, const IdAssignment& ids, const StoredKeys& keys) {
  drop_graph_tables(db);
  db.exec(kGraphTables);
  RowWriter w(db, true);
  // In stored id order: rows go in at the end of their tables' b-trees.
  const std::vector<uint32_t>& node_order = keys.keys.node_order;
  std::vector<uint32_t> node_at(node_order.size()), edge_at(keys.keys.edge_order.size());
  for (size_t r = 0; r < node_order.size(); ++r) node_at[node_order[r]] = static_cast<uint32_t>(r);
  for (size_t r = 0; r < edge_at.size(); ++r) edge_at[keys.keys.edge_order[r]] = static_cast<uint32_t>(r);
  for (size_t s = 0; s < node_at.size(); ++s) w.node(static_cast<NodeId>(s), graph.nodes[node_at[s]], keys.node_sources[s]);
  for (size_t s = 0; s < edge_at.size(); ++s) {
    const Edge& e = graph.edges[edge_at[s]];
    w.edge(static_cast<EdgeId>(s), e, ids.node_id[e.source], ids.node_id[e.target], keys.edge_sources[s]);
  }
  db.exec(kGraphIndexes);
}

DiffCounts write_graph_diff(SQLite::Database& db, const GraphData& graph, const IdAssignment& ids, const StoredKeys& keys,
                            const GraphKeys& old) {
  RowWriter w(db, false);
  DiffCounts d;
  const size_t nn = graph.nodes.size(), ne = graph.edges.size();
  const size_t old_nn = old.nodes.content.size(), old_ne = old.edges.content.size();
  for (size_t i = nn; i < old_nn; ++i) {
    w.drop_node(static_cast<NodeId>(i), false);
    ++d.nodes;
  }
  for (size_t i = ne; i < old_ne; ++i) {
    w.drop_edge(static_cast<EdgeId>(i), false);
    ++d.edges;
  }
  for (size_t r = 0; r < nn; ++r) {
    const NodeId s = ids.node_id[r];
    if (s < old_nn && old.nodes.content[s] == keys.keys.nodes.content[s]) continue;
    if (s < old_nn) w.drop_node(s, true);
    w.node(s, graph.nodes[r], keys.node_sources[s]);
    ++d.nodes;
  }
  for (size_t r = 0; r < ne; ++r) {
    const EdgeId s = ids.edge_id[r];
    if (s < old_ne && old.edges.content[s] == keys.keys.edges.content[s]) continue;
    if (s < old_ne) w.drop_edge(s, true);
    const Edge& e = graph.edges[r];
    w.edge(s, e, ids.node_id[e.source], ids.node_id[e.target], keys.edge_sources[s]);
    ++d.edges;
  }
  d.evidence_written = w.evidence_written;
  d.evidence_deleted = w.evidence_deleted;
  return d;
}

GraphData load_rows_checked(SQLite::Database& db, const std::string& path) {
  try {
    return load_graph_rows(db, path);
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const StoreError*>(&e) || dynamic_cast<const SQLite::Exception*>(&e)) throw;
    throw StoreError(StoreError::Kind::Corrupt, path, e.what());
  }
}

GraphModel model_of(GraphData graph, const std::string& path) {
  try {
    return GraphModel(std::move(graph));
  } catch (const std::invalid_argument& e) {
    throw StoreError(StoreError::Kind::Corrupt, path, e.what());
  }
}

}  // namespace kg::graph
