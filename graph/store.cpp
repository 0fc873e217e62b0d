// Store: SQLite persistence of GraphData.
//
// Schema version 1. Ids in the tables are the GraphData positions, so loading is a straight
// read in id order. `replace_graph` deletes and re-inserts everything inside one IMMEDIATE
// transaction with WAL journaling: readers keep seeing the previous graph until the commit,
// and a crash before the commit leaves the previous graph in place.
#include "graph/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <unistd.h>

#include <system_error>

#include "graph/json_value.h"
#include "ingest/name_key.h"

namespace kg::graph {
namespace {

constexpr const char* kApplication = "kg";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, properties TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS aliases(
  entity_id INTEGER NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY(entity_id, alias));
CREATE INDEX IF NOT EXISTS aliases_by_key ON aliases(key);
CREATE TABLE IF NOT EXISTS quotes(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id), text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id), file TEXT NOT NULL, article INTEGER NOT NULL,
  title TEXT, date TEXT, outlet TEXT, url TEXT, UNIQUE(file, article));
CREATE TABLE IF NOT EXISTS relationships(
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, source INTEGER NOT NULL REFERENCES entities(id),
  target INTEGER NOT NULL REFERENCES entities(id), properties TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS relationships_by_type ON relationships(type);
CREATE TABLE IF NOT EXISTS evidence(
  owner TEXT NOT NULL CHECK(owner IN ('entity', 'relationship')), owner_id INTEGER NOT NULL,
  seq INTEGER NOT NULL, file TEXT NOT NULL, article INTEGER NOT NULL, sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, rule TEXT NOT NULL,
  confidence REAL NOT NULL, PRIMARY KEY(owner, owner_id, seq));
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
    default:
      throw StoreError(StoreError::Kind::Io, path, e.what());
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

  Impl(const std::filesystem::path& p, int flags) : path(p), db(p.string(), flags, 5000) {}
  Impl(const std::filesystem::path& p, const std::string& uri) : path(p), db(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI, 5000) {}

  std::string meta(const std::string& key) {
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
    const std::string version = meta("schema_version");
    if (version != std::to_string(kSchemaVersion))
      throw StoreError(StoreError::Kind::Version, p,
                       "schema version " + version + " is not supported by this kg (reads version " +
                           std::to_string(kSchemaVersion) + ")");
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
  try {
    const int flags = mode == Mode::ReadOnly ? SQLite::OPEN_READONLY
                                             : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    impl_ = std::make_unique<Impl>(path, flags);
    auto& db = impl_->db;
    if (mode == Mode::ReadWrite) {
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      db.exec("PRAGMA foreign_keys = ON");
      const bool fresh = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0;
      if (fresh) {
        SQLite::Transaction tx(db);
        db.exec(kSchema);
        impl_->set_meta("application", kApplication);
        impl_->set_meta("schema_version", std::to_string(kSchemaVersion));
        tx.commit();
      }
    }
    impl_->check_identity();
  } catch (const SQLite::Exception& e) {
    // Reading a WAL database needs its -shm index, which SQLite creates beside the file. A
    // reader that may not write there (read-only media, someone else's folder) opens the file
    // immutable instead: nobody is writing the graph through this process, and a build by the
    // folder's owner replaces it in one transaction.
    const int code = e.getErrorCode() & 0xff;
    if (mode == Mode::ReadOnly && (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) && !folder_writable(path)) {
      try {
        impl_ = std::make_unique<Impl>(path, immutable_uri(path));
        impl_->check_identity();
        return;
      } catch (const SQLite::Exception& again) {
        rethrow(again, p);
      }
    }
    rethrow(e, p);
  }
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::filesystem::path& Store::path() const { return impl_->path; }

void Store::replace_graph(const GraphData& graph) {
  auto& db = impl_->db;
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (const char* table : {"evidence", "relationships", "documents", "quotes", "aliases", "entities"})
      db.exec(std::string("DELETE FROM ") + table);

    SQLite::Statement ins_entity(db, "INSERT INTO entities(id, kind, name, properties) VALUES(?, ?, ?, ?)");
    SQLite::Statement ins_alias(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES(?, ?, ?)");
    SQLite::Statement ins_quote(db, "INSERT INTO quotes(entity_id, text) VALUES(?, ?)");
    SQLite::Statement ins_doc(db, "INSERT INTO documents(entity_id, file, article, title, date, outlet, url) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement ins_rel(db, "INSERT INTO relationships(id, type, source, target, properties) "
                                  "VALUES(?, ?, ?, ?, ?)");
    SQLite::Statement ins_ev(db, "INSERT INTO evidence(owner, owner_id, seq, file, article, sentence, begin, "
                                 "end, text, rule, confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    auto insert_evidence = [&](const char* owner, int64_t id, const std::vector<Source>& sources) {
      for (size_t i = 0; i < sources.size(); ++i) {
        const Source& s = sources[i];
        ins_ev.bind(1, owner);
        ins_ev.bind(2, id);
        ins_ev.bind(3, static_cast<int64_t>(i));
        ins_ev.bind(4, s.file);
        ins_ev.bind(5, s.article);
        ins_ev.bind(6, s.sentence);
        ins_ev.bind(7, s.begin);
        ins_ev.bind(8, s.end);
        ins_ev.bind(9, s.text);
        ins_ev.bind(10, s.rule);
        ins_ev.bind(11, s.confidence);
        ins_ev.exec();
        ins_ev.reset();
      }
    };

    for (size_t i = 0; i < graph.nodes.size(); ++i) {
      const Node& n = graph.nodes[i];
      const auto id = static_cast<int64_t>(i);
      Properties props = n.properties;
      if (n.kind == "Quote") props.erase("text");  // kept in the quotes table
      ins_entity.bind(1, id);
      ins_entity.bind(2, n.kind);
      ins_entity.bind(3, n.name);
      ins_entity.bind(4, to_json_object(props));
      ins_entity.exec();
      ins_entity.reset();
      for (const std::string& alias : n.aliases) {
        ins_alias.bind(1, id);
        ins_alias.bind(2, alias);
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
      insert_evidence("entity", id, n.sources);
    }
    for (size_t i = 0; i < graph.edges.size(); ++i) {
      const Edge& e = graph.edges[i];
      const auto id = static_cast<int64_t>(i);
      ins_rel.bind(1, id);
      ins_rel.bind(2, e.type);
      ins_rel.bind(3, static_cast<int64_t>(e.source));
      ins_rel.bind(4, static_cast<int64_t>(e.target));
      ins_rel.bind(5, to_json_object(e.properties));
      ins_rel.exec();
      ins_rel.reset();
      insert_evidence("relationship", id, e.sources);
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    rethrow(e, impl_->path.string());
  }
}

GraphData Store::load_graph() const {
  auto& db = impl_->db;
  GraphData g;
  try {
    SQLite::Transaction read(db, SQLite::TransactionBehavior::DEFERRED);  // one consistent snapshot
    SQLite::Statement nodes(db, "SELECT id, kind, name, properties FROM entities ORDER BY id");
    while (nodes.executeStep()) {
      const auto id = static_cast<size_t>(nodes.getColumn(0).getInt64());
      if (id != g.nodes.size())
        throw StoreError(StoreError::Kind::Corrupt, impl_->path.string(), "entity ids are not contiguous");
      Node n;
      n.kind = nodes.getColumn(1).getString();
      n.name = nodes.getColumn(2).getString();
      n.properties = from_json_object(nodes.getColumn(3).getString());
      g.nodes.push_back(std::move(n));
    }
    auto node_at = [&](int64_t id) -> Node& {
      if (id < 0 || static_cast<size_t>(id) >= g.nodes.size())
        throw StoreError(StoreError::Kind::Corrupt, impl_->path.string(), "reference to a missing entity");
      return g.nodes[static_cast<size_t>(id)];
    };
    SQLite::Statement aliases(db, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, rowid");
    while (aliases.executeStep()) node_at(aliases.getColumn(0).getInt64()).aliases.push_back(aliases.getColumn(1).getString());
    SQLite::Statement quotes(db, "SELECT entity_id, text FROM quotes");
    while (quotes.executeStep()) node_at(quotes.getColumn(0).getInt64()).properties["text"] = quotes.getColumn(1).getString();

    SQLite::Statement rels(db, "SELECT id, type, source, target, properties FROM relationships ORDER BY id");
    while (rels.executeStep()) {
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
    SQLite::Statement ev(db, "SELECT owner, owner_id, file, article, sentence, begin, end, text, rule, confidence "
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
          throw StoreError(StoreError::Kind::Corrupt, impl_->path.string(), "evidence for a missing relationship");
        g.edges[static_cast<size_t>(owner_id)].sources.push_back(std::move(s));
      }
    }
  } catch (const SQLite::Exception& e) {
    rethrow(e, impl_->path.string());
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const StoreError*>(&e)) throw;
    throw StoreError(StoreError::Kind::Corrupt, impl_->path.string(), e.what());
  }
  return g;
}

}  // namespace kg::graph
