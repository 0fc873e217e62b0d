// Store: SQLite persistence of the graph, its snapshot, the build manifest and the extraction
// cache.
//
// Schema version 3 (version 1 had the graph tables only; version 2 copied each evidence
// sentence into every evidence row citing it). Ids in the graph tables are the
// GraphData positions, so loading from rows is a straight read in id order. A graph write
// drops and re-creates the graph tables (cheaper than deleting millions of rows), inserts in
// id order, builds the indexes last, and replaces the snapshot and the manifest, all inside one
// IMMEDIATE transaction with WAL journaling: readers keep seeing the previous graph until the
// commit, and a crash before the commit leaves the previous graph in place. After a commit
// the WAL is checkpointed and truncated, so a large build does not leave a large WAL behind.
//
// meta.graph_generation counts graph writes; the snapshot carries the same number, so a
// snapshot that does not belong to the tables beside it is detected instead of loaded.
#include <algorithm>
#include "graph/store.h"

#include <algorithm>

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "graph/byte_codec.h"
#include "graph/json_value.h"
#include "graph/snapshot.h"
#include "ingest/name_key.h"

namespace kg::graph {
namespace {

constexpr const char* kApplication = "kg";

// Tables that live as long as the database (created once, or added by the v1 migration).
constexpr const char* kBaseSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 BLOB NOT NULL,
  articles INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS files_by_hash ON files(sha256);
CREATE TABLE IF NOT EXISTS extractions(
  sha256 BLOB NOT NULL, key TEXT NOT NULL, facts BLOB NOT NULL, PRIMARY KEY(sha256, key));
CREATE TABLE IF NOT EXISTS snapshot(
  section TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY(section, chunk));
)sql";

// The graph tables (and views), dropped and re-created by every graph write; indexes come
// after the rows. Version 2 had `evidence` as a table.
constexpr const char* kGraphObjects[] = {"evidence", "evidence_rows", "evidence_strings", "relationships",
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
CREATE TABLE evidence_strings(id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE evidence_rows(
  owner INTEGER NOT NULL CHECK(owner IN (0, 1)), owner_id INTEGER NOT NULL, seq INTEGER NOT NULL,
  file INTEGER NOT NULL, article INTEGER NOT NULL, sentence INTEGER NOT NULL, begin INTEGER NOT NULL,
  end INTEGER NOT NULL, text INTEGER NOT NULL, rule INTEGER NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY(owner, owner_id, seq)) WITHOUT ROWID;
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
)sql";

std::string text_of(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return {};
}

std::string property_text(const Properties& p, std::string_view key) {
  auto it = p.find(key);
  return it == p.end() ? std::string() : text_of(it->second);
}

// Maps an SQLite failure to a StoreError a user can act on.
[[noreturn]] void rethrow(const SQLite::Exception& e, const std::string& path) {
  const int code = e.getErrorCode() & 0xff;
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw StoreError(StoreError::Kind::Busy, path, "database is locked by another kg process");
    case SQLITE_NOTADB:
      throw StoreError(StoreError::Kind::NotKg, path, "not a kg database (not an SQLite file)");
    case SQLITE_CORRUPT:
      throw StoreError(StoreError::Kind::Corrupt, path, "database file is corrupt: " + std::string(e.what()));
    case SQLITE_CANTOPEN:
      throw StoreError(StoreError::Kind::Open, path, "cannot open database: " + std::string(e.what()));
    case SQLITE_FULL:
      throw StoreError(StoreError::Kind::Io, path, "disk full while writing the database");
    case SQLITE_READONLY:
      throw StoreError(StoreError::Kind::Io, path, "database is read-only");
    case SQLITE_TOOBIG:
      throw StoreError(StoreError::Kind::Io, path, "a stored value is larger than SQLite allows: " + std::string(e.what()));
    default:
      throw StoreError(StoreError::Kind::Io, path, e.what());
  }
}

// Runs `body`, turning SQLite and codec failures into StoreErrors that name the database.
template <typename Body>
auto guard(const std::filesystem::path& path, Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    rethrow(e, path.string());
  } catch (const CodecError& e) {
    throw StoreError(StoreError::Kind::Corrupt, path.string(), std::string(e.what()) + "; run `kg build` again to rewrite it");
  }
}

std::string blob_of(const SQLite::Column& c) {
  return std::string(static_cast<const char*>(c.getBlob()), static_cast<size_t>(c.getBytes()));
}

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void write_graph_tables(SQLite::Database& db, const GraphData& graph) {
  drop_graph_tables(db);
  db.exec(kGraphTables);
  SQLite::Statement ins_entity(db, "INSERT INTO entities(id, kind, name, properties) VALUES(?, ?, ?, ?)");
  SQLite::Statement ins_alias(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES(?, ?, ?)");
  SQLite::Statement ins_quote(db, "INSERT INTO quotes(entity_id, text) VALUES(?, ?)");
  SQLite::Statement ins_doc(db, "INSERT INTO documents(entity_id, file, article, title, date, outlet, url) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement ins_rel(db, "INSERT INTO relationships(id, type, source, target, properties) "
                                "VALUES(?, ?, ?, ?, ?)");
  SQLite::Statement ins_ev(db, "INSERT INTO evidence_rows(owner, owner_id, seq, file, article, sentence, begin, "
                               "end, text, rule, confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement ins_string(db, "INSERT INTO evidence_strings(id, text) VALUES(?, ?)");
  // Each distinct string gets the next id the first time it is met (views into the graph,
  // which outlives the map).
  std::unordered_map<std::string_view, int64_t> string_ids;
  auto string_id = [&](const std::string& text) {
    auto [it, fresh] = string_ids.try_emplace(text, static_cast<int64_t>(string_ids.size()));
    if (fresh) {
      ins_string.bind(1, it->second);
      ins_string.bindNoCopy(2, text);
      ins_string.exec();
      ins_string.reset();
    }
    return it->second;
  };

  auto insert_evidence = [&](int owner, int64_t id, const std::vector<Source>& sources) {
    for (size_t i = 0; i < sources.size(); ++i) {
      const Source& s = sources[i];
      ins_ev.bind(1, owner);
      ins_ev.bind(2, id);
      ins_ev.bind(3, static_cast<int64_t>(i));
      ins_ev.bind(4, string_id(s.file));
      ins_ev.bind(5, s.article);
      ins_ev.bind(6, s.sentence);
      ins_ev.bind(7, static_cast<int64_t>(s.begin));
      ins_ev.bind(8, static_cast<int64_t>(s.end));
      ins_ev.bind(9, string_id(s.text));
      ins_ev.bind(10, string_id(s.rule));
      ins_ev.bind(11, s.confidence);
      ins_ev.exec();
      ins_ev.reset();
    }
  };

  const std::string empty_object = "{}";
  std::string props_json;
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const Node& n = graph.nodes[i];
    const auto id = static_cast<int64_t>(i);
    if (n.kind == "Quote") {
      Properties props = n.properties;
      props.erase("text");  // kept in the quotes table
      props_json = to_json_object(props);
    } else {
      props_json = n.properties.empty() ? empty_object : to_json_object(n.properties);
    }
    ins_entity.bind(1, id);
    ins_entity.bindNoCopy(2, n.kind);
    ins_entity.bindNoCopy(3, n.name);
    ins_entity.bindNoCopy(4, props_json);
    ins_entity.exec();
    ins_entity.reset();
    for (const std::string& alias : n.aliases) {
      ins_alias.bind(1, id);
      ins_alias.bindNoCopy(2, alias);
      ins_alias.bind(3, ingest::name_key(alias));
      ins_alias.exec();
      ins_alias.reset();
    }
    if (n.kind == "Quote") {
      const std::string text = property_text(n.properties, "text");
      ins_quote.bind(1, id);
      ins_quote.bind(2, text.empty() ? n.name : text);
      ins_quote.exec();
      ins_quote.reset();
    } else if (n.kind == "Article") {
      ins_doc.bind(1, id);
      ins_doc.bind(2, property_text(n.properties, "file"));
      auto idx = n.properties.find("article");
      const int64_t* article = idx == n.properties.end() ? nullptr : std::get_if<int64_t>(&idx->second);
      ins_doc.bind(3, article ? *article : int64_t{0});
      int col = 4;
      for (const char* key : {"title", "date", "outlet", "url"}) ins_doc.bind(col++, property_text(n.properties, key));
      ins_doc.exec();
      ins_doc.reset();
    }
    insert_evidence(0, id, n.sources);
  }
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const Edge& e = graph.edges[i];
    const auto id = static_cast<int64_t>(i);
    props_json = e.properties.empty() ? empty_object : to_json_object(e.properties);
    ins_rel.bind(1, id);
    ins_rel.bindNoCopy(2, e.type);
    ins_rel.bind(3, static_cast<int64_t>(e.source));
    ins_rel.bind(4, static_cast<int64_t>(e.target));
    ins_rel.bindNoCopy(5, props_json);
    ins_rel.exec();
    ins_rel.reset();
    insert_evidence(1, id, e.sources);
  }
  db.exec(kGraphIndexes);
}

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

// load_graph_rows, with a property column that is not JSON reported as corruption.
GraphData load_rows_checked(SQLite::Database& db, const std::string& path) {
  try {
    return load_graph_rows(db, path);
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const StoreError*>(&e) || dynamic_cast<const SQLite::Exception*>(&e)) throw;
    throw StoreError(StoreError::Kind::Corrupt, path, e.what());
  }
}

// The model of a graph read from the tables; edges to missing nodes are corruption.
GraphModel model_of(GraphData graph, const std::string& path) {
  try {
    return GraphModel(std::move(graph));
  } catch (const std::invalid_argument& e) {
    throw StoreError(StoreError::Kind::Corrupt, path, e.what());
  }
}

// "file:" URI of `p` opened immutable (see Store::Store).
std::string immutable_uri(const std::filesystem::path& p) {
  std::string uri = "file:";
  for (const char c : std::filesystem::absolute(p).string()) {
    if (c == '%' || c == '?' || c == '#') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[static_cast<unsigned char>(c) >> 4];
      uri += kHex[static_cast<unsigned char>(c) & 15];
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

// True when this process may create files beside `p` (SQLite's -wal and -shm files).
bool folder_writable(const std::filesystem::path& p) {
  const std::filesystem::path dir = std::filesystem::absolute(p).parent_path();
  return ::access(dir.c_str(), W_OK) == 0;
}

}  // namespace

struct Store::Impl {
  std::filesystem::path path;
  SQLite::Database db;
  Mode mode;
  int version = 0;

  Impl(const std::filesystem::path& p, int flags, Mode m) : path(p), db(p.string(), flags, 5000), mode(m) {}
  Impl(const std::filesystem::path& p, const std::string& uri, Mode m)
      : path(p), db(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI, 5000), mode(m) {}

  std::string meta(const std::string& key) {
    if (!has_table("meta")) return {};
    SQLite::Statement q(db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
  }

  void set_meta(const std::string& key, const std::string& value) {
    SQLite::Statement q(db, "INSERT INTO meta(key, value) VALUES(?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
  }

  bool has_table(const std::string& name) {
    SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    q.bind(1, name);
    return q.executeStep();
  }

  // Checks that an existing database is kg's and of a schema version this build reads.
  void check_identity() {
    const std::string p = path.string();
    if (!has_table("meta") || meta("application") != kApplication)
      throw StoreError(StoreError::Kind::NotKg, p, "not a kg database (no kg metadata)");
    const std::string v = meta("schema_version");
    int parsed = 0;
    try {
      size_t used = 0;
      parsed = std::stoi(v, &used);
      if (used != v.size()) parsed = 0;
    } catch (const std::exception&) {
      parsed = 0;
    }
    if (parsed < kOldestReadableVersion || parsed > kSchemaVersion)
      throw StoreError(StoreError::Kind::Version, p,
                       "schema version " + v + " is not supported by this kg (reads versions " +
                           std::to_string(kOldestReadableVersion) + " to " + std::to_string(kSchemaVersion) + ")");
    version = parsed;
  }

  uint64_t generation() {
    const std::string g = meta("graph_generation");
    return g.empty() ? 0 : std::stoull(g);
  }

  bool has_snapshot() { return version >= 2 && has_table("snapshot") && !meta("graph_generation").empty(); }

  // Whether loads may decode the snapshot: there is one, of this kg's format. When the
  // database says it has one that cannot be used that way, `warn` is told why (the tables
  // hold the same graph, so they are read instead; `kg build` or `kg import` writes a new one).
  bool use_snapshot(const Store::Warn& warn) {
    if (!has_snapshot()) return false;
    const std::optional<uint64_t> format = snapshot_format(chunk_source());
    if (format == static_cast<uint64_t>(kSnapshotVersion)) return true;
    if (warn) {
      warn(path.string() + ": " +
           (format ? "snapshot format " + std::to_string(*format) + " is not this kg's (" + std::to_string(kSnapshotVersion) + ")"
                   : std::string("the graph snapshot is missing")) +
           "; reading the tables instead (slower until the next build or import rewrites it)");
    }
    return false;
  }

  // Reads a section's chunks with SQLite's incremental blob I/O, straight into their buffers
  // (a column read would copy a large blob twice).
  ChunkSource chunk_source() {
    return [this](const std::string& section) {
      std::vector<std::string> out;
      SQLite::Statement q(db, "SELECT chunk, rowid, length(data) FROM snapshot WHERE section = ? ORDER BY chunk");
      q.bind(1, section);
      while (q.executeStep()) {
        if (q.getColumn(0).getInt64() != static_cast<int64_t>(out.size()))
          throw CodecError("snapshot section '" + section + "' misses chunk " + std::to_string(out.size()));
        const int64_t rowid = q.getColumn(1).getInt64();
        const int size = q.getColumn(2).getInt();
        std::string& buf = out.emplace_back();
        resize_huge(buf, static_cast<size_t>(size));
        sqlite3_blob* blob = nullptr;
        int rc = sqlite3_blob_open(db.getHandle(), "main", "snapshot", "data", rowid, 0, &blob);
        if (rc == SQLITE_OK) rc = sqlite3_blob_read(blob, buf.data(), size, 0);
        sqlite3_blob_close(blob);
        if (rc != SQLITE_OK) throw SQLite::Exception(db.getHandle(), rc);
      }
      return out;
    };
  }

  // Writes the graph tables, the snapshot and the graph meta values; the caller holds the
  // transaction.
  void write_graph(const GraphModel& model, const std::string& source, StepTimes* steps = nullptr) {
    const GraphData& graph = model.data();
    const uint64_t generation = this->generation() + 1;
    auto t = std::chrono::steady_clock::now();
    auto step = [&](const char* name) {
      const auto now = std::chrono::steady_clock::now();
      if (steps) steps->emplace_back(name, std::chrono::duration<double>(now - t).count());
      t = now;
    };
    write_graph_tables(db, graph);
    step("store.tables");
    db.exec("DELETE FROM snapshot");
    const std::vector<SnapshotChunk> chunks = encode_snapshot(model, generation);
    step("store.snapshot_encode");
    SQLite::Statement ins(db, "INSERT INTO snapshot(section, chunk, data) VALUES(?, ?, ?)");
    for (const SnapshotChunk& c : chunks) {
      ins.bind(1, c.section);
      ins.bind(2, static_cast<int64_t>(c.chunk));
      ins.bindNoCopy(3, static_cast<const void*>(c.data.data()), static_cast<int>(c.data.size()));
      ins.exec();
      ins.reset();
    }
    step("store.snapshot_write");
    set_meta("graph_generation", std::to_string(generation));
    set_meta("graph_source", source);
    set_meta("built_at", utc_now());
    set_meta("nodes", std::to_string(graph.nodes.size()));
    set_meta("relationships", std::to_string(graph.edges.size()));
  }

  void write_manifest(const std::vector<ManifestEntry>& manifest) {
    db.exec("DELETE FROM files");
    SQLite::Statement ins(db, "INSERT INTO files(path, size, mtime_ns, sha256, articles) VALUES(?, ?, ?, ?, ?)");
    for (const ManifestEntry& f : manifest) {
      ins.bind(1, f.path);
      ins.bind(2, static_cast<int64_t>(f.size));
      ins.bind(3, f.mtime_ns);
      ins.bind(4, static_cast<const void*>(f.sha256.data()), static_cast<int>(f.sha256.size()));
      ins.bind(5, static_cast<int64_t>(f.articles));
      ins.exec();
      ins.reset();
    }
  }

  // Moves committed pages from the WAL into the database and truncates the WAL. Readers may
  // hold it back; that is fine, the next commit tries again.
  void checkpoint() {
    try {
      db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SQLite::Exception&) {
    }
  }

  // Version 1 -> 3: the new tables and a snapshot of the graph the tables hold. Version 2 -> 3:
  // the graph tables in the new layout (evidence rows that number their strings), from the
  // snapshot when it is of this kg's format, else from the tables.
  void migrate() {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int from = version;
    db.exec(kBaseSchema);
    GraphModel model = use_snapshot({}) ? GraphModel(decode_snapshot(chunk_source(), generation()))
                                        : model_of(load_rows_checked(db, path.string()), path.string());
    write_graph(model, meta("graph_source").empty() ? "build" : meta("graph_source"));
    set_meta("schema_version", std::to_string(kSchemaVersion));
    set_meta("migrated_from", std::to_string(from));
    tx.commit();
    version = kSchemaVersion;
  }
};

Store::Store(const std::filesystem::path& path, Mode mode) {
  const std::string p = path.string();
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (mode == Mode::ReadOnly && !exists)
    throw StoreError(StoreError::Kind::Open, p, "no database here; run `kg build` first");
  if (exists && std::filesystem::is_directory(path, ec))
    throw StoreError(StoreError::Kind::Open, p, "is a directory, not a database file");
  // Reading a WAL database needs its -shm index, which SQLite creates beside the file unless a
  // writer has. A reader that may not write there (read-only media, someone else's folder)
  // opens the file immutable instead: nobody is writing it through this process, and a build
  // by the folder's owner (which creates the -shm) replaces the graph in one transaction.
  if (mode == Mode::ReadOnly && !folder_writable(path) && !std::filesystem::exists(p + "-shm", ec)) {
    guard(path, [&] {
      impl_ = std::make_unique<Impl>(path, immutable_uri(path), mode);
      impl_->check_identity();
    });
    return;
  }
  guard(path, [&] {
    const int flags = mode == Mode::ReadOnly ? SQLite::OPEN_READONLY
                                             : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    impl_ = std::make_unique<Impl>(path, flags, mode);
    auto& db = impl_->db;
    // Large blobs read through a memory map instead of a read call per page.
    db.exec("PRAGMA mmap_size = 4294967296");
    if (mode == Mode::ReadWrite) {
      // Identity first: switching to WAL rewrites the file header, which must not happen to
      // another program's database that kg is about to refuse.
      const bool fresh = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0;
      if (!fresh) {
        impl_->check_identity();
        // A writer never builds on a damaged file: what is left of the old graph stays as it is.
        std::string check = db.execAndGet("PRAGMA quick_check(1)").getString();
        std::replace(check.begin(), check.end(), '\n', ' ');
        if (check != "ok")
          throw StoreError(StoreError::Kind::Corrupt, p,
                           "database file is corrupt (" + check + "); left untouched: restore it or build into a new file");
      }
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      db.exec("PRAGMA foreign_keys = OFF");  // ids are positions, checked as a whole on load
      db.exec("PRAGMA journal_size_limit = 67108864");
      if (fresh) {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec(kBaseSchema);
        drop_graph_tables(db);
        db.exec(kGraphTables);
        db.exec(kGraphIndexes);
        impl_->set_meta("application", kApplication);
        impl_->set_meta("schema_version", std::to_string(kSchemaVersion));
        tx.commit();
      }
    }
    impl_->check_identity();
    if (mode == Mode::ReadWrite && impl_->version < kSchemaVersion) impl_->migrate();
  });
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::filesystem::path& Store::path() const { return impl_->path; }
int Store::schema_version() const { return impl_->version; }

std::string Store::meta(const std::string& key) const {
  return guard(impl_->path, [&] { return impl_->meta(key); });
}

void Store::replace_graph(const GraphData& graph, const std::string& source) {
  replace_graph(GraphModel(graph), source);
}

void Store::replace_graph(const GraphModel& model, const std::string& source) {
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->write_graph(model, source);
    impl_->write_manifest({});
    impl_->db.exec("DELETE FROM extractions");
    tx.commit();
  });
  impl_->checkpoint();
}

void Store::commit_unchanged_build(const BuildCommit& commit) {
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->write_manifest(commit.manifest);
    impl_->set_meta("build_started_ns", std::to_string(commit.started_ns));
    tx.commit();
  });
  impl_->checkpoint();
}

void Store::commit_build(const GraphModel& model, const BuildCommit& commit, StepTimes* steps) {
  auto t = std::chrono::steady_clock::now();
  auto step = [&](const char* name) {
    const auto now = std::chrono::steady_clock::now();
    if (steps) steps->emplace_back(name, std::chrono::duration<double>(now - t).count());
    t = now;
  };
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->write_graph(model, "build", steps);
    t = std::chrono::steady_clock::now();
    impl_->write_manifest(commit.manifest);
    step("store.manifest");
    impl_->set_meta("build_started_ns", std::to_string(commit.started_ns));
    impl_->set_meta("extraction_key", commit.extraction_key);
    SQLite::Statement gc(impl_->db, "DELETE FROM extractions WHERE key != ? OR sha256 NOT IN (SELECT sha256 FROM files)");
    gc.bind(1, commit.extraction_key);
    gc.exec();
    step("store.cache_gc");
    tx.commit();
    step("store.commit");
  });
  impl_->checkpoint();
  step("store.checkpoint");
}

GraphData Store::load_graph(const Warn& warn) const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);  // one consistent snapshot
    if (m.use_snapshot(warn)) return decode_snapshot(m.chunk_source(), m.generation());
    return load_rows_checked(m.db, m.path.string());
  });
}

GraphData Store::load_graph_from_tables() const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);
    return load_rows_checked(m.db, m.path.string());
  });
}

GraphModel Store::load_model(const Warn& warn) const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);
    if (m.use_snapshot(warn)) return decode_snapshot_model(m.chunk_source(), m.generation());
    return model_of(load_rows_checked(m.db, m.path.string()), m.path.string());
  });
}

std::vector<ManifestEntry> Store::manifest() const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    std::vector<ManifestEntry> out;
    if (m.version < 2) return out;
    SQLite::Statement q(m.db, "SELECT path, size, mtime_ns, sha256, articles FROM files ORDER BY path");
    while (q.executeStep()) {
      ManifestEntry f;
      f.path = q.getColumn(0).getString();
      f.size = static_cast<uint64_t>(q.getColumn(1).getInt64());
      f.mtime_ns = q.getColumn(2).getInt64();
      f.sha256 = blob_of(q.getColumn(3));
      f.articles = static_cast<uint32_t>(q.getColumn(4).getInt64());
      out.push_back(std::move(f));
    }
    return out;
  });
}

void Store::put_extractions(const std::vector<CachedExtraction>& entries) {
  if (entries.empty()) return;
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement ins(impl_->db, "INSERT OR IGNORE INTO extractions(sha256, key, facts) VALUES(?, ?, ?)");
    for (const CachedExtraction& c : entries) {
      ins.bindNoCopy(1, static_cast<const void*>(c.sha256.data()), static_cast<int>(c.sha256.size()));
      ins.bindNoCopy(2, c.key);
      ins.bindNoCopy(3, static_cast<const void*>(c.facts.data()), static_cast<int>(c.facts.size()));
      ins.exec();
      ins.reset();
    }
    tx.commit();
  });
}

GraphIdentity Store::identity() const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);
    if (!m.has_snapshot()) return GraphIdentity{};
    // A snapshot of another format: the identities of the graph in the tables.
    if (!m.use_snapshot({})) return identity_of(load_rows_checked(m.db, m.path.string()));
    return decode_identity(m.chunk_source());
  });
}

std::string Store::quick_check() const {
  return guard(impl_->path, [&] { return impl_->db.execAndGet("PRAGMA quick_check").getString(); });
}

std::pair<uint64_t, uint64_t> Store::row_counts() const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);
    return std::pair<uint64_t, uint64_t>(static_cast<uint64_t>(m.db.execAndGet("SELECT count(*) FROM entities").getInt64()),
                                         static_cast<uint64_t>(m.db.execAndGet("SELECT count(*) FROM relationships").getInt64()));
  });
}

// ---- cache reader

struct Store::CacheReader::Impl {
  std::filesystem::path path;
  SQLite::Database db;
  SQLite::Statement find;
  explicit Impl(const std::filesystem::path& p)
      : path(p), db(p.string(), SQLite::OPEN_READONLY, 5000),
        find(db, "SELECT facts FROM extractions WHERE sha256 = ? AND key = ?") {}
};

Store::CacheReader::CacheReader(const std::filesystem::path& path) {
  guard(path, [&] { impl_ = std::make_unique<Impl>(path); });
}
Store::CacheReader::~CacheReader() = default;
Store::CacheReader::CacheReader(CacheReader&&) noexcept = default;
Store::CacheReader& Store::CacheReader::operator=(CacheReader&&) noexcept = default;

std::optional<std::string> Store::CacheReader::find(std::string_view sha256, std::string_view key) {
  auto& m = *impl_;
  return guard(m.path, [&]() -> std::optional<std::string> {
    m.find.reset();
    m.find.clearBindings();
    m.find.bindNoCopy(1, static_cast<const void*>(sha256.data()), static_cast<int>(sha256.size()));
    m.find.bind(2, std::string(key));
    if (!m.find.executeStep()) return std::nullopt;
    std::string facts = blob_of(m.find.getColumn(0));
    m.find.reset();
    return facts;
  });
}

}  // namespace kg::graph
