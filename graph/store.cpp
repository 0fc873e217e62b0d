// Store: SQLite persistence of the graph, its snapshot, the build manifest and the extraction
// cache.
//
// Schema version 4 (version 1 had the graph tables only; version 2 copied each evidence
// sentence into every evidence row citing it; version 3 keyed the graph tables by canonical
// position). The graph tables (graph/store_tables.h) key rows by stable ids (graph/stable_ids.h),
// so a rebuild rewrites only the rows of what changed; the snapshot, which is what kg loads,
// keeps canonical positions in its columns (rewritten whole) and its bulk by content hash (the
// buckets of changed items rewritten, graph/snapshot_bulk.h). A graph write replaces the
// changed rows (or all of them), the snapshot and the manifest inside one IMMEDIATE transaction with WAL journaling: readers keep
// seeing the previous graph until the commit, and a crash before the commit leaves the previous
// graph in place. After a commit the WAL is checkpointed and truncated, so a large build does
// not leave a large WAL behind.
//
// meta.graph_generation counts graph writes; the snapshot's columns carry the same number, so
// a snapshot that does not belong to the tables beside it is detected instead of loaded.
#include "graph/store.h"

#include <algorithm>

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "graph/byte_codec.h"
#include "graph/snapshot.h"
#include "graph/stable_ids.h"
#include "graph/store_tables.h"

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

  // The open's quick_check when it runs on a thread of its own: its result ("ok" or the
  // problem) or the error that stopped it, read once `checked` is set.
  std::thread check_thread;
  bool check_pending = false;  // left for start_check()
  std::atomic<bool> checked{true};
  std::string check_result = "ok";
  std::exception_ptr check_error;

  Impl(const std::filesystem::path& p, int flags, Mode m) : path(p), db(p.string(), flags, 5000), mode(m) {}
  Impl(const std::filesystem::path& p, const std::string& uri, Mode m)
      : path(p), db(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI, 5000), mode(m) {}
  ~Impl() {
    if (check_thread.joinable()) check_thread.join();
  }

  static std::string quick_check_of(SQLite::Database& on) {
    std::string check = on.execAndGet("PRAGMA quick_check(1)").getString();
    std::replace(check.begin(), check.end(), '\n', ' ');
    return check;
  }

  [[noreturn]] void throw_corrupt(const std::string& check) const {
    throw StoreError(StoreError::Kind::Corrupt, path.string(),
                     "database file is corrupt (" + check + "); left untouched: restore it or build into a new file");
  }

  // Starts the quick_check on its own read-only connection (the caller's stays free to read).
  void start_check() {
    if (!check_pending) return;
    check_pending = false;
    check_thread = std::thread([this] {
      try {
        // Read through SQLite's small page cache, not a memory map: a map would keep every
        // page of the file resident in this process while resolution needs the memory.
        SQLite::Database reader(path.string(), SQLite::OPEN_READONLY, 5000);
        check_result = quick_check_of(reader);
      } catch (...) {
        check_error = std::current_exception();
      }
      checked = true;
    });
  }

  // Every write starts here: nothing is written into a file the open's check found damaged.
  void require_intact() {
    start_check();
    if (check_thread.joinable()) check_thread.join();
    if (check_error) {
      try {
        std::rethrow_exception(check_error);
      } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_CORRUPT || (e.getErrorCode() & 0xff) == SQLITE_NOTADB) throw_corrupt(e.what());
        rethrow(e, path.string());
      }
    }
    if (check_result != "ok") throw_corrupt(check_result);
  }

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
      // The bulk's chunks are numbered by bucket, with gaps (each names its bucket inside).
      const bool bulk = section == kSourcesSection || section == kTextsSection;
      while (q.executeStep()) {
        if (!bulk && q.getColumn(0).getInt64() != static_cast<int64_t>(out.size()))
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

  // The keys of the stored graph (graph/stable_ids.h), when they are there, intact and of the
  // graph the tables hold; else nothing (the next write is then a full one).
  std::optional<GraphKeys> stored_keys() {
    if (!has_table("graph_keys")) return std::nullopt;
    SQLite::Statement q(db, "SELECT data FROM graph_keys WHERE id = 0");
    if (!q.executeStep()) return std::nullopt;
    try {
      GraphKeys keys = decode_keys(blob_of(q.getColumn(0)));
      // Content hashes of another version cannot be compared with this kg's: the next write is a
      // full one (once, after an upgrade), which stores keys of this version.
      if (keys.version != kKeysVersion) return std::nullopt;
      if (std::to_string(keys.nodes.identity.size()) != meta("nodes") ||
          std::to_string(keys.edges.identity.size()) != meta("relationships"))
        return std::nullopt;
      return keys;
    } catch (const CodecError&) {
      return std::nullopt;
    }
  }

  // The graph in the tables, put back in canonical order (graph/stable_ids.h): a version 1 to
  // 3 database, or one without keys, stored it in canonical order. Damaged keys are corruption.
  GraphData load_rows_canonical() {
    GraphData rows = load_rows_checked(db, path.string());
    if (!has_table("graph_keys")) return rows;
    SQLite::Statement q(db, "SELECT data FROM graph_keys WHERE id = 0");
    if (!q.executeStep()) return rows;
    const GraphKeys keys = decode_keys(blob_of(q.getColumn(0)));
    return to_canonical(std::move(rows), keys.node_order, keys.edge_order);
  }

  // Writes the graph tables (all rows, or with `old` the stored graph's keys only the rows that
  // differ), the keys, the snapshot and the graph meta values; the caller holds the transaction.
  // Returns how many nodes, edges and evidence rows were rewritten.
  DiffCounts write_graph(const GraphModel& model, const IdAssignment& ids, const StoredKeys& keys, const GraphKeys* old,
                         const std::string& source, StepTimes* steps = nullptr) {
    const GraphData& graph = model.data();
    DiffCounts written;
    const uint64_t generation = this->generation() + 1;
    auto t = std::chrono::steady_clock::now();
    auto step = [&](const char* name) {
      const auto now = std::chrono::steady_clock::now();
      if (steps) steps->emplace_back(name, std::chrono::duration<double>(now - t).count());
      t = now;
    };
    if (old) {
      const DiffCounts d = write_graph_diff(db, graph, ids, keys, *old);
      // Strings no evidence row uses any more are dropped once the rows deleted since the last
      // sweep reach a quarter of all rows: the sweep reads every row, so it runs rarely.
      const std::string total_text = meta("evidence_rows"), garbage_text = meta("evidence_garbage");
      uint64_t total = total_text.empty() ? 0 : std::stoull(total_text);
      uint64_t garbage = garbage_text.empty() ? 0 : std::stoull(garbage_text);
      total = total + d.evidence_written - std::min<uint64_t>(total, d.evidence_deleted);
      garbage += d.evidence_deleted;
      if (garbage > 0 && garbage * 4 > total) {
        db.exec("DELETE FROM evidence_strings WHERE id NOT IN (SELECT file FROM evidence_rows) AND id NOT IN "
                "(SELECT text FROM evidence_rows) AND id NOT IN (SELECT rule FROM evidence_rows)");
        garbage = 0;
      }
      set_meta("evidence_rows", std::to_string(total));
      set_meta("evidence_garbage", std::to_string(garbage));
      written = d;
      step("store.tables_diff");
    } else {
      write_graph_tables(db, graph, ids, keys);
      size_t rows = 0;
      for (const auto& n : graph.nodes) rows += n.sources.size();
      for (const auto& e : graph.edges) rows += e.sources.size();
      set_meta("evidence_rows", std::to_string(rows));
      set_meta("evidence_garbage", "0");
      written = {graph.nodes.size(), graph.edges.size(), rows, 0};
      step("store.tables");
    }
    {
      SQLite::Statement ins(db, "INSERT OR REPLACE INTO graph_keys(id, data) VALUES(0, ?)");
      const std::string blob = encode_keys(keys.keys);
      ins.bindNoCopy(1, static_cast<const void*>(blob.data()), static_cast<int>(blob.size()));
      ins.exec();
    }
    step("store.keys_write");
    write_snapshot(model, ids, keys, old, generation, step);
    set_meta("graph_generation", std::to_string(generation));
    set_meta("graph_source", source);
    set_meta("built_at", utc_now());
    set_meta("nodes", std::to_string(graph.nodes.size()));
    set_meta("relationships", std::to_string(graph.edges.size()));
    return written;
  }

  // The snapshot of `model`: its columns whole, its bulk (graph/snapshot_bulk.h) in part when
  // the stored snapshot is of this format and `old` holds the keys it was written under (its
  // buckets of items whose content hash changed are read and written back), else whole.
  template <typename Step>
  void write_snapshot(const GraphModel& model, const IdAssignment& ids, const StoredKeys& keys, const GraphKeys* old, uint64_t generation,
                      Step& step) {
    SnapshotKeys sk;
    sk.nodes = keys.keys.nodes.content;
    sk.edges = keys.keys.edges.content;
    sk.node_id = ids.node_id;
    sk.edge_id = ids.edge_id;
    BucketReader read;
    if (old && has_snapshot() && snapshot_format(chunk_source()) == static_cast<uint64_t>(kSnapshotVersion)) {
      sk.nodes_before = old->nodes.content;
      sk.edges_before = old->edges.content;
      read = [this](const std::string& section, uint32_t bucket) {
        SQLite::Statement q(db, "SELECT data FROM snapshot WHERE section = ? AND chunk = ?");
        q.bind(1, section);
        q.bind(2, static_cast<int64_t>(bucket));
        return q.executeStep() ? blob_of(q.getColumn(0)) : std::string();
      };
    }
    SnapshotWrite w;
    try {
      w = encode_snapshot(model, generation, sk, read);
    } catch (const CodecError&) {
      if (!read) throw;
      // Stored counts that do not add up (only a kg bug or damage): the bulk is written anew.
      read = nullptr;
      w = encode_snapshot(model, generation, sk, read);
    }
    step("store.snapshot_encode");
    if (read) {
      SQLite::Statement del(db, "DELETE FROM snapshot WHERE section NOT IN (?, ?)");
      del.bind(1, kSourcesSection);
      del.bind(2, kTextsSection);
      del.exec();
    } else {
      db.exec("DELETE FROM snapshot");
    }
    SQLite::Statement erase(db, "DELETE FROM snapshot WHERE section = ? AND chunk = ?");
    for (const auto& [section, bucket] : w.erased) {
      erase.bind(1, section);
      erase.bind(2, static_cast<int64_t>(bucket));
      erase.exec();
      erase.reset();
    }
    SQLite::Statement ins(db, "INSERT OR REPLACE INTO snapshot(section, chunk, data) VALUES(?, ?, ?)");
    for (const SnapshotChunk& c : w.chunks) {
      ins.bind(1, c.section);
      ins.bind(2, static_cast<int64_t>(c.chunk));
      ins.bindNoCopy(3, static_cast<const void*>(c.data.data()), static_cast<int>(c.data.size()));
      ins.exec();
      ins.reset();
    }
    step("store.snapshot_write");
  }

  // A graph written whole, its ids its positions (an import, a migration).
  void write_whole_graph(const GraphModel& model, const std::string& source) {
    const IdAssignment ids = assign_ids(model.data(), GraphKeys{});
    write_graph(model, ids, keys_of(model.data(), ids), nullptr, source);
  }

  void write_manifest(const std::vector<ManifestEntry>& manifest, bool delta = false,
                      const std::vector<std::string>& removed = {}) {
    if (!delta) db.exec("DELETE FROM files");
    SQLite::Statement del(db, "DELETE FROM files WHERE path = ?");
    for (const std::string& gone : removed) {
      del.bind(1, gone);
      del.exec();
      del.reset();
    }
    SQLite::Statement ins(db, "INSERT OR REPLACE INTO files(path, size, mtime_ns, sha256, articles) VALUES(?, ?, ?, ?, ?)");
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
                                        : model_of(load_rows_canonical(), path.string());
    write_whole_graph(model, meta("graph_source").empty() ? "build" : meta("graph_source"));
    set_meta("schema_version", std::to_string(kSchemaVersion));
    set_meta("migrated_from", std::to_string(from));
    tx.commit();
    version = kSchemaVersion;
  }
};

Store::Store(const std::filesystem::path& path, Mode mode) : Store(path, mode, false) {}

Store::Store(const std::filesystem::path& path, Mode mode, bool check_in_background) {
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
        // Checking in the background is only for a file opening writes nothing to (already in
        // WAL mode, of this schema version).
        const bool wal = db.execAndGet("PRAGMA journal_mode").getString() == "wal";
        if (check_in_background && wal && impl_->version == kSchemaVersion) {
          impl_->check_pending = true;
          impl_->checked = false;
        } else {
          const std::string check = Impl::quick_check_of(db);
          if (check != "ok") impl_->throw_corrupt(check);
        }
      }
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      db.exec("PRAGMA foreign_keys = OFF");  // ids are positions, checked as a whole on load
      db.exec("PRAGMA journal_size_limit = 67108864");
      if (fresh) {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec(kBaseSchema);
        create_graph_tables(db);
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
  impl_->require_intact();
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->write_whole_graph(model, source);
    impl_->write_manifest({});
    impl_->db.exec("DELETE FROM extractions");
    tx.commit();
  });
  impl_->checkpoint();
}

void Store::commit_unchanged_build(const BuildCommit& commit) {
  impl_->require_intact();
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->write_manifest(commit.manifest, commit.manifest_delta, commit.manifest_removed);
    impl_->set_meta("build_started_ns", std::to_string(commit.started_ns));
    tx.commit();
  });
  impl_->checkpoint();
}

CommitSummary Store::commit_build(GraphData graph, const BuildCommit& commit, StepTimes* steps) {
  auto t = std::chrono::steady_clock::now();
  auto step = [&](const char* name) {
    const auto now = std::chrono::steady_clock::now();
    if (steps) steps->emplace_back(name, std::chrono::duration<double>(now - t).count());
    t = now;
  };
  impl_->require_intact();
  CommitSummary summary;
  // The model outlives the transaction: freeing millions of sources is done beside the
  // checkpoint, on another thread.
  std::optional<GraphModel> held;
  guard(impl_->path, [&] {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::optional<GraphKeys> old = impl_->stored_keys();
    step("store.keys_read");
    const IdAssignment ids = assign_ids(graph, old ? *old : GraphKeys{});
    summary.nodes_added = ids.nodes_added;
    summary.nodes_removed = ids.nodes_removed;
    summary.edges_added = ids.edges_added;
    summary.edges_removed = ids.edges_removed;
    const GraphModel& model = held.emplace(std::move(graph));
    summary.nodes = model.node_count();
    summary.edges = model.edge_count();
    step("store.assign_ids");
    const StoredKeys keys = keys_of(model.data(), ids);
    step("store.content_hashes");
    // Rows are rewritten item by item when few items changed; when most did (a new lexicon, the
    // first build), dropping and bulk-loading the tables is faster.
    size_t changed = 0;
    if (old) {
      const auto count = [](const ItemKeys& before, const ItemKeys& after) {
        size_t n = before.content.size() > after.content.size() ? before.content.size() - after.content.size() : 0;
        for (size_t i = 0; i < after.content.size(); ++i) n += i >= before.content.size() || before.content[i] != after.content[i];
        return n;
      };
      changed = count(old->nodes, keys.keys.nodes) + count(old->edges, keys.keys.edges);
    }
    summary.differential = old && changed * 2 <= summary.nodes + summary.edges;
    const DiffCounts d = impl_->write_graph(model, ids, keys, summary.differential ? &*old : nullptr, "build", steps);
    summary.nodes_written = d.nodes;
    summary.edges_written = d.edges;
    summary.evidence_written = d.evidence_written;
    summary.evidence_deleted = d.evidence_deleted;
    t = std::chrono::steady_clock::now();
    impl_->write_manifest(commit.manifest, commit.manifest_delta, commit.manifest_removed);
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
  {
    std::jthread free_graph([&held] { held.reset(); });
    impl_->checkpoint();
    step("store.checkpoint");
  }
  step("store.free_graph");
  return summary;
}

GraphData Store::load_graph(const Warn& warn) const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);  // one consistent snapshot
    if (m.use_snapshot(warn)) return decode_snapshot(m.chunk_source(), m.generation());
    return m.load_rows_canonical();
  });
}

GraphData Store::load_graph_from_tables() const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);
    return m.load_rows_canonical();
  });
}

GraphModel Store::load_model(const Warn& warn) const {
  auto& m = *impl_;
  return guard(m.path, [&] {
    SQLite::Transaction read(m.db, SQLite::TransactionBehavior::DEFERRED);
    if (m.use_snapshot(warn)) return decode_snapshot_model(m.chunk_source(), m.generation());
    return model_of(m.load_rows_canonical(), m.path.string());
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
  impl_->require_intact();
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

std::string Store::quick_check() const {
  return guard(impl_->path, [&] { return impl_->db.execAndGet("PRAGMA quick_check").getString(); });
}

void Store::start_integrity_check() { impl_->start_check(); }

bool Store::writable() const { return sqlite3_db_readonly(impl_->db.getHandle(), "main") == 0; }

bool Store::integrity_checked() const { return impl_->checked; }

void Store::require_intact() const { impl_->require_intact(); }

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
