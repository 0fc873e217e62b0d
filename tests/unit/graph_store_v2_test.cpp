// Store schema v2: snapshot round trips, migration of version 1 databases, the manifest, the
// extraction cache and its garbage collection, identities for build summaries.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "graph/snapshot.h"
#include "graph/stable_ids.h"
#include "graph/store.h"
#include "graph_builder_fixture.h"
#include "graph_fixture.h"

using kg::graph::Store;
using kg::graph::StoreError;
using namespace kg;

namespace {

// The version 1 schema exactly as kg 0.1 wrote it.
constexpr const char* kV1Schema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, properties TEXT NOT NULL);
CREATE TABLE aliases(entity_id INTEGER NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY(entity_id, alias));
CREATE INDEX aliases_by_key ON aliases(key);
CREATE TABLE quotes(entity_id INTEGER PRIMARY KEY REFERENCES entities(id), text TEXT NOT NULL);
CREATE TABLE documents(entity_id INTEGER PRIMARY KEY REFERENCES entities(id), file TEXT NOT NULL, article INTEGER NOT NULL,
  title TEXT, date TEXT, outlet TEXT, url TEXT, UNIQUE(file, article));
CREATE TABLE relationships(id INTEGER PRIMARY KEY, type TEXT NOT NULL, source INTEGER NOT NULL REFERENCES entities(id),
  target INTEGER NOT NULL REFERENCES entities(id), properties TEXT NOT NULL);
CREATE INDEX relationships_by_type ON relationships(type);
CREATE TABLE evidence(owner TEXT NOT NULL CHECK(owner IN ('entity', 'relationship')), owner_id INTEGER NOT NULL,
  seq INTEGER NOT NULL, file TEXT NOT NULL, article INTEGER NOT NULL, sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, rule TEXT NOT NULL,
  confidence REAL NOT NULL, PRIMARY KEY(owner, owner_id, seq));
INSERT INTO meta VALUES('application', 'kg'), ('schema_version', '1');
INSERT INTO entities VALUES(0, 'Person', 'Emmanuel Macron', '{}'), (1, 'Country', 'France', '{}'),
  (2, 'Quote', 'We stand together', '{}'), (3, 'Article', 'Paris talks', '{"file":"a.txt","article":0,"date":"2026-01-06"}');
INSERT INTO aliases VALUES(0, 'Emmanuel Macron', 'emmanuel macron'), (0, 'Macron', 'macron'), (1, 'France', 'france');
INSERT INTO quotes VALUES(2, 'We stand together');
INSERT INTO documents VALUES(3, 'a.txt', 0, 'Paris talks', '2026-01-06', NULL, NULL);
INSERT INTO relationships VALUES(0, 'HOLDS_OFFICE', 0, 1, '{"title":"President"}'), (1, 'SAID', 0, 2, '{}');
INSERT INTO evidence VALUES('relationship', 0, 0, 'a.txt', 0, 2, 10, 40, 'President Emmanuel Macron said.', 'office:title', 0.9);
)sql";

void make_v1(const std::filesystem::path& db) {
  SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  raw.exec(kV1Schema);
}

std::string scalar(const std::filesystem::path& db, const std::string& sql) {
  SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
  return raw.execAndGet(sql).getString();
}

}  // namespace

TEST_CASE("the snapshot loads the same graph as the tables, bit for bit") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  graph::GraphData g = test::small_graph();
  g.nodes[1].properties["population"] = int64_t{68'000'000};
  g.nodes[1].properties["score"] = 0.1 + 0.2;  // not exactly representable in short decimal
  g.nodes[1].properties["member"] = true;
  g.nodes[1].properties["nothing"] = std::monostate{};
  Store(db, Store::Mode::ReadWrite).replace_graph(g, "test");
  const Store store(db, Store::Mode::ReadOnly);
  CHECK(store.schema_version() == Store::kSchemaVersion);
  CHECK(store.meta("graph_source") == "test");
  const graph::GraphData loaded = store.load_graph();
  CHECK(test::export_jsonl(loaded) == test::export_jsonl(g));
  CHECK(std::get<double>(loaded.nodes[1].properties.at("score")) == 0.1 + 0.2);
  CHECK(loaded.edges[0].sources[1].begin == 10);
  CHECK(loaded.edges[0].sources[1].rule == "test");
  const graph::GraphModel model = store.load_model();
  CHECK(model.node_count() == 4);
  CHECK(model.find_by_name("Macron") == std::vector<graph::NodeId>{0});
  CHECK(store.row_counts() == std::pair<uint64_t, uint64_t>{4, 2});
  CHECK(store.quick_check() == "ok");
}

TEST_CASE("a snapshot spanning many chunks round-trips, whatever the thread count") {
  graph::GraphData g;
  const size_t n = 70'000, m = 300'000;  // three node chunks, three edge chunks
  for (size_t i = 0; i < n; ++i) g.nodes.push_back({i % 3 ? "Person" : "Country", "n" + std::to_string(i), {}, {}, {}});
  for (size_t i = 0; i < m; ++i)
    g.edges.push_back({i % 2 ? "KNOWS" : "LEADS", static_cast<graph::NodeId>(i % n), static_cast<graph::NodeId>((i * 7919) % n), {}, {}});
  g.edges[123].properties["weight"] = int64_t{-5};
  std::map<std::string, std::vector<std::string>> sections;
  const graph::GraphModel model(g);
  for (auto& c : graph::encode_snapshot(model, 7, 3)) sections[c.section].push_back(std::move(c.data));
  CHECK(sections["nodes"].size() == 3);
  CHECK(sections["edges"].size() == 3);
  CHECK(sections["model"].size() == 9);
  const graph::ChunkSource source = [&](const std::string& s) { return sections[s]; };
  for (unsigned threads : {1u, 4u}) {
    const graph::GraphData back = graph::decode_snapshot(source, 7, threads);
    REQUIRE(back.nodes.size() == n);
    REQUIRE(back.edges.size() == m);
    CHECK(back.nodes[69'998].name == "n69998");
    CHECK(back.nodes[69'998].kind == "Person");
    CHECK(back.nodes[69'999].kind == "Country");
    CHECK(back.edges[299'999].target == (299'999u * 7919u) % n);
    CHECK(std::get<int64_t>(back.edges[123].properties.at("weight")) == -5);
    const graph::GraphModel loaded = graph::decode_snapshot_model(source, 7, threads);
    CHECK(loaded.edge_count() == m);
    CHECK(test::export_jsonl(loaded.data()) == test::export_jsonl(g));
    for (graph::NodeId v : {0u, 1u, 12'345u, 69'999u}) {
      const auto a = loaded.out_adjacency(v), b = model.out_adjacency(v);
      CHECK(std::vector<graph::EdgeId>(a.edges.begin(), a.edges.end()) == std::vector<graph::EdgeId>(b.edges.begin(), b.edges.end()));
      const auto c = loaded.in_adjacency(v), d = model.in_adjacency(v);
      CHECK(std::vector<graph::NodeId>(c.nodes.begin(), c.nodes.end()) == std::vector<graph::NodeId>(d.nodes.begin(), d.nodes.end()));
      CHECK(std::vector<graph::EdgeId>(c.edges.begin(), c.edges.end()) == std::vector<graph::EdgeId>(d.edges.begin(), d.edges.end()));
    }
    CHECK(loaded.find_by_name("n12345") == std::vector<graph::NodeId>{12'345});
    CHECK(loaded.nodes_of_kind("Country").size() == model.nodes_of_kind("Country").size());
    CHECK(loaded.edges_of_type("KNOWS").size() == m / 2);
    CHECK(loaded.kinds() == model.kinds());
    CHECK(loaded.edge_property_keys() == model.edge_property_keys());
    CHECK(loaded.node_name(69'998) == "n69998");
  }
  CHECK_THROWS_WITH_AS(graph::decode_snapshot(source, 8), doctest::Contains("generation 7 does not match"), graph::CodecError);
  auto missing = sections;
  missing["edges"].pop_back();
  CHECK_THROWS_AS(graph::decode_snapshot([&](const std::string& s) { return missing[s]; }, 7), graph::CodecError);
  auto damaged = sections;
  damaged["edges"][1].resize(damaged["edges"][1].size() / 2);
  CHECK_THROWS_WITH_AS(graph::decode_snapshot([&](const std::string& s) { return damaged[s]; }, 7),
                       doctest::Contains("edges chunk 1"), graph::CodecError);
}

TEST_CASE("a damaged snapshot in the database is reported as corrupt, with the way out") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  Store(db, Store::Mode::ReadWrite).replace_graph(test::small_graph());
  {
    SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE snapshot SET data = substr(data, 1, 10) WHERE section = 'nodes'");
  }
  CHECK_THROWS_WITH_AS(Store(db, Store::Mode::ReadOnly).load_graph(), doctest::Contains("run `kg build` again"), StoreError);
  try {
    Store(db, Store::Mode::ReadOnly).load_graph();
  } catch (const StoreError& e) {
    CHECK(e.kind() == StoreError::Kind::Corrupt);
  }
}

TEST_CASE("a version 1 database is read as it is and migrated in place on the first write open") {
  test::TempDir dir;
  const auto db = dir.path / "v1.db";
  make_v1(db);
  const std::string v1_export = test::export_db(db);  // read-only: from the tables
  CHECK(Store(db, Store::Mode::ReadOnly).schema_version() == 1);
  CHECK(v1_export.find("\"We stand together\"") != std::string::npos);
  CHECK(v1_export.find("President Emmanuel Macron") == std::string::npos);  // evidence text is not exported
  {
    Store store(db, Store::Mode::ReadWrite);
    CHECK(store.schema_version() == Store::kSchemaVersion);
    CHECK(store.manifest().empty());
    CHECK(store.meta("migrated_from") == "1");
  }
  CHECK(scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'") == std::to_string(Store::kSchemaVersion));
  CHECK(scalar(db, "SELECT count(*) FROM snapshot WHERE section = 'nodes'") == "1");
  CHECK(test::export_db(db) == v1_export);  // now from the snapshot
  const auto g = Store(db, Store::Mode::ReadOnly).load_graph();
  REQUIRE(g.edges[0].sources.size() == 1);
  CHECK(g.edges[0].sources[0].confidence == 0.9);
}

TEST_CASE("a migration that fails leaves the version 1 database as it was") {
  test::TempDir dir;
  const auto db = dir.path / "v1.db";
  make_v1(db);
  {
    SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE);
    raw.exec("INSERT INTO relationships VALUES(2, 'SAID', 0, 99, '{}')");  // an edge to nowhere
  }
  CHECK_THROWS_WITH_AS(Store(db, Store::Mode::ReadWrite), doctest::Contains("missing entity"), StoreError);
  CHECK(scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'") == "1");
  CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('files', 'snapshot', 'extractions')") == "0");
  CHECK(scalar(db, "SELECT count(*) FROM relationships") == "3");
}

TEST_CASE("a build commit replaces the manifest and collects cache entries nobody uses") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  Store store(db, Store::Mode::ReadWrite);
  const std::string h1(32, '\1'), h2(32, '\2'), h3(32, '\3');
  store.put_extractions({{h1, "k1", "one"}, {h2, "k1", "two"}, {h3, "k1", "three"}, {h1, "k0", "old key"}});
  store.put_extractions({{h1, "k1", "ignored: already there"}});
  Store::CacheReader reader(db);
  CHECK(reader.find(h1, "k1") == std::optional<std::string>("one"));
  CHECK(reader.find(h1, "k0") == std::optional<std::string>("old key"));
  CHECK(!reader.find(h2, "k0").has_value());

  graph::BuildCommit commit;
  commit.manifest = {{"/corpus/a.txt", 10, 1000, h1, 1}, {"/corpus/b.txt", 20, 2000, h2, 2}};
  commit.extraction_key = "k1";
  commit.started_ns = 5000;
  store.commit_build(test::small_graph(), commit);

  const auto manifest = store.manifest();
  REQUIRE(manifest.size() == 2);
  CHECK(manifest[1].path == "/corpus/b.txt");
  CHECK(manifest[1].size == 20);
  CHECK(manifest[1].mtime_ns == 2000);
  CHECK(manifest[1].sha256 == h2);
  CHECK(manifest[1].articles == 2);
  CHECK(store.meta("build_started_ns") == "5000");
  CHECK(store.meta("graph_source") == "build");
  CHECK(reader.find(h1, "k1") == std::optional<std::string>("one"));
  CHECK(reader.find(h2, "k1") == std::optional<std::string>("two"));
  CHECK(!reader.find(h3, "k1").has_value());  // no file has this content any more
  CHECK(!reader.find(h1, "k0").has_value());  // extracted under another key
  CHECK(test::export_db(db) == test::export_jsonl(test::small_graph()));

  store.replace_graph(graph::GraphData{});  // an import: the graph no longer comes from files
  CHECK(store.manifest().empty());
  CHECK(!reader.find(h1, "k1").has_value());
}

TEST_CASE("identities count what a build added and removed") {
  graph::GraphData before = test::small_graph();
  graph::GraphData after = before;
  after.nodes[1].name = "Spain";                              // France removed, Spain added
  after.edges.push_back({"SAID", 1, 2, {}, {}});              // a new fact
  after.nodes[3].properties["title"] = std::string("Other");  // an Article is its file and index
  // Keys of `before` as the store keeps them, then `after` given ids against them.
  const graph::GraphKeys stored = graph::keys_of(before, graph::assign_ids(before, {})).keys;
  const graph::IdAssignment d = graph::assign_ids(after, stored);
  CHECK(d.nodes_added == 1);
  CHECK(d.nodes_removed == 1);
  CHECK(d.edges_added == 2);   // the new SAID, and HOLDS_OFFICE now ends at Spain
  CHECK(d.edges_removed == 1);  // HOLDS_OFFICE to France
  const graph::IdAssignment same = graph::assign_ids(before, stored);
  CHECK(same.nodes_added + same.nodes_removed + same.edges_added + same.edges_removed == 0);
}

TEST_CASE("evidence rows store each distinct string once, and the evidence view shows them as version 2 did") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  graph::GraphData g = test::small_graph();
  // The same sentence cited by a node and an edge, twice each.
  graph::Source s;
  s.file = "a.txt";
  s.sentence = 3;
  s.text = "Macron and Starmer met in Paris.";
  s.rule = "meeting:met-in";
  s.confidence = 0.75;
  g.nodes[0].sources = {s, s};
  g.edges[0].sources.push_back(s);
  Store(db, Store::Mode::ReadWrite).replace_graph(g, "test");
  CHECK(scalar(db, "SELECT count(*) FROM evidence_strings WHERE text = 'Macron and Starmer met in Paris.'") == "1");
  CHECK(scalar(db, "SELECT count(*) FROM evidence WHERE text = 'Macron and Starmer met in Paris.'") == "3");
  // Rows of one item are spaced 2^20 apart (a differential write puts new rows between them).
  CHECK(scalar(db, "SELECT owner || ' ' || owner_id || ' ' || seq || ' ' || file || ' ' || rule || ' ' || confidence "
                   "FROM evidence WHERE owner = 'entity' AND owner_id = 0 AND seq = 1048576") ==
        "entity 0 1048576 a.txt meeting:met-in 0.75");
  CHECK(test::export_jsonl(Store(db, Store::Mode::ReadOnly).load_graph_from_tables()) == test::export_jsonl(g));
}

TEST_CASE("a version 2 database (evidence as a table) is read as it is and migrated to version 4 on a write open") {
  test::TempDir dir;
  const auto db = dir.path / "v2.db";
  const graph::GraphData g = test::small_graph();
  Store(db, Store::Mode::ReadWrite).replace_graph(g, "test");
  {  // put the evidence back the way version 2 kept it
    SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE);
    raw.exec("CREATE TABLE evidence_v2 AS SELECT * FROM evidence; DROP VIEW evidence; "
             "DROP TABLE evidence_rows; DROP TABLE evidence_strings; ALTER TABLE evidence_v2 RENAME TO evidence; "
             "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
  }
  const std::string v2_rows = test::export_jsonl(Store(db, Store::Mode::ReadOnly).load_graph_from_tables());
  CHECK(v2_rows == test::export_jsonl(g));
  CHECK(Store(db, Store::Mode::ReadOnly).schema_version() == 2);
  {
    Store store(db, Store::Mode::ReadWrite);
    CHECK(store.schema_version() == 4);
    CHECK(store.meta("migrated_from") == "2");
  }
  CHECK(scalar(db, "SELECT type FROM sqlite_master WHERE name = 'evidence'") == "view");
  CHECK(test::export_jsonl(Store(db, Store::Mode::ReadOnly).load_graph_from_tables()) == v2_rows);
  CHECK(test::export_jsonl(Store(db, Store::Mode::ReadOnly).load_graph()) == v2_rows);
}

TEST_CASE("a build's manifest is written as a difference: changed rows replaced, gone rows deleted") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  Store store(db, Store::Mode::ReadWrite);
  const std::string h1(32, '\1'), h2(32, '\2'), h3(32, '\3');
  graph::BuildCommit first;
  first.manifest = {{"/c/a.txt", 10, 1000, h1, 1}, {"/c/b.txt", 20, 2000, h2, 2}, {"/c/c.txt", 30, 3000, h3, 3}};
  store.commit_build(test::small_graph(), first);
  graph::BuildCommit delta;
  delta.manifest_delta = true;
  delta.manifest = {{"/c/b.txt", 21, 2100, h3, 4}, {"/c/d.txt", 40, 4000, h1, 5}};  // b changed, d new
  delta.manifest_removed = {"/c/c.txt"};
  store.commit_unchanged_build(delta);
  const auto m = store.manifest();
  REQUIRE(m.size() == 3);
  CHECK(m[0].path == "/c/a.txt");
  CHECK(m[0].mtime_ns == 1000);  // untouched
  CHECK(m[1].path == "/c/b.txt");
  CHECK(m[1].size == 21);
  CHECK(m[1].sha256 == h3);
  CHECK(m[1].articles == 4);
  CHECK(m[2].path == "/c/d.txt");
  CHECK(m[2].articles == 5);
}

TEST_CASE("a quick_check run in the background still keeps every write out of a damaged file") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  {
    Store store(db, Store::Mode::ReadWrite);
    graph::BuildCommit commit;
    for (int i = 0; i < 3000; ++i)
      commit.manifest.push_back({"/corpus/some/longer/folder/name/article-" + std::to_string(i) + ".txt", 100, i, std::string(32, 'h'), 1});
    store.commit_build(test::small_graph(), commit);
  }
  {  // an intact file: the check passes, writes go through
    Store store(db, Store::Mode::ReadWrite, true);
    store.require_intact();
    CHECK(store.integrity_checked());
    store.put_extractions({{std::string(32, 'h'), "k", "facts"}});
  }
  // Zeros over the last page (a page of the manifest's table or index).
  const auto size = std::filesystem::file_size(db);
  {
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size - 4096));
    const std::string zeros(4096, '\0');
    f.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
  }
  {
    SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
    REQUIRE(raw.execAndGet("PRAGMA quick_check(1)").getString() != "ok");
  }
  const std::string before = test::read_text(db);
  {
    Store store(db, Store::Mode::ReadWrite, true);
    CHECK(store.meta("application") == "kg");  // reads go on while the check runs
    try {
      store.put_extractions({{std::string(32, 'x'), "k", "facts"}});
      FAIL("a write into a damaged file went through");
    } catch (const StoreError& e) {
      CHECK(e.kind() == StoreError::Kind::Corrupt);
      CHECK(std::string(e.what()).find("database file is corrupt") != std::string::npos);
    }
    CHECK_THROWS_AS(store.commit_unchanged_build(graph::BuildCommit{}), StoreError);
  }
  CHECK(test::read_text(db) == before);
}
