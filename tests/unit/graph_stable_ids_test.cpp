// Stable ids and differential commits (graph/stable_ids.h): items keep their stored ids across
// builds, a commit rewrites only the rows that differ, and whatever the stored ids, the tables
// and the snapshot give back the graph as it was committed, in canonical order.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "graph/byte_codec.h"
#include "graph/stable_ids.h"
#include "graph/store.h"
#include "graph_builder_fixture.h"
#include "graph_fixture.h"

using kg::graph::Store;
using namespace kg;

namespace {

graph::Source source(const std::string& file, int sentence, const std::string& text) {
  graph::Source s;
  s.file = file;
  s.sentence = sentence;
  s.begin = static_cast<uint32_t>(sentence * 100);
  s.end = s.begin + 50;
  s.text = text;
  s.rule = "test";
  return s;
}

// A graph of `countries` Country nodes, each cited by every file in `files` (two sentences a
// file), a Person per file who SAID a Quote, and an ATTENDED edge from each person to the
// first country: in canonical order (nodes by kind then name, as resolution sorts them).
graph::GraphData corpus_graph(const std::vector<std::string>& files, int countries) {
  graph::GraphData g;
  for (int c = 0; c < countries; ++c) {
    graph::Node n{"Country", "Country " + std::to_string(c), {"Country " + std::to_string(c)}, {}, {}};
    for (const auto& f : files) {
      for (int s = 0; s < 2; ++s) n.sources.push_back(source(f, s, f + " sentence " + std::to_string(s)));
    }
    g.nodes.push_back(n);
  }
  for (const auto& f : files) {
    g.nodes.push_back({"Person", "Speaker of " + f, {"Speaker of " + f}, {}, {source(f, 0, f + " sentence 0")}});
  }
  for (const auto& f : files) {
    graph::Node q{"Quote", "Words in " + f, {}, {}, {source(f, 1, f + " sentence 1")}};
    q.properties["text"] = "Words in " + f;
    g.nodes.push_back(q);
  }
  const auto people = static_cast<graph::NodeId>(countries);
  const auto quotes = static_cast<graph::NodeId>(countries + static_cast<int>(files.size()));
  for (size_t i = 0; i < files.size(); ++i) {
    const auto p = static_cast<graph::NodeId>(people + i);
    g.edges.push_back({"SAID", p, static_cast<graph::NodeId>(quotes + i), {}, {source(files[i], 1, files[i] + " sentence 1")}});
    if (countries > 0) g.edges.push_back({"ATTENDED", p, 0, {}, {source(files[i], 0, files[i] + " sentence 0")}});
  }
  return g;
}

std::vector<std::string> files(int from, int to) {
  std::vector<std::string> out;
  for (int i = from; i < to; ++i) out.push_back("f" + std::to_string(1000 + i) + ".txt");
  return out;
}

std::string scalar(const std::filesystem::path& db, const std::string& sql) {
  SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
  return raw.execAndGet(sql).getString();
}

// Commits `g` as a build and checks that the snapshot, the tables and a database written from
// scratch all give back `g`.
graph::CommitSummary commit(Store& store, const graph::GraphData& g) {
  const graph::CommitSummary summary = store.commit_build(g, graph::BuildCommit{});
  const std::string expected = test::export_jsonl(g);
  CHECK(test::export_jsonl(store.load_graph()) == expected);
  CHECK(test::export_jsonl(store.load_graph_from_tables()) == expected);
  CHECK(test::export_jsonl(graph::GraphModel(store.load_graph_from_tables()).data()) == expected);
  CHECK(store.row_counts() == std::pair<uint64_t, uint64_t>(g.nodes.size(), g.edges.size()));
  return summary;
}

}  // namespace

TEST_CASE("ids: items keep their stored ids, new items take the ids of removed ones, ids stay dense") {
  const graph::GraphData before = corpus_graph(files(0, 6), 3);
  const graph::IdAssignment first = graph::assign_ids(before, {});
  for (size_t r = 0; r < before.nodes.size(); ++r) CHECK(first.node_id[r] == r);  // from scratch: canonical positions
  const graph::StoredKeys stored = graph::keys_of(before, first);
  CHECK(first.nodes_added == before.nodes.size());

  // f1000 leaves, f1006 comes: canonical positions shift, stored ids do not.
  const graph::GraphData after = corpus_graph(files(1, 7), 3);
  const graph::IdAssignment next = graph::assign_ids(after, stored.keys);
  CHECK(next.nodes_added == 2);   // the new person and quote
  CHECK(next.nodes_removed == 2);
  CHECK(next.edges_added == 2);
  CHECK(next.edges_removed == 2);
  // "Speaker of f1001.txt" was at position 4, is now at 3, and keeps stored id 4.
  CHECK(after.nodes[3].name == "Speaker of f1001.txt");
  CHECK(next.node_id[3] == 4);
  // The new speaker takes the id the removed one had.
  CHECK(after.nodes[8].name == "Speaker of f1006.txt");
  CHECK(next.node_id[8] == 3);
  std::vector<graph::NodeId> ids(next.node_id.begin(), next.node_id.end());
  std::sort(ids.begin(), ids.end());
  for (size_t i = 0; i < ids.size(); ++i) CHECK(ids[i] == i);

  // A smaller graph: ids above the new count move down into the holes.
  const graph::GraphData smaller = corpus_graph(files(1, 3), 3);
  const graph::IdAssignment shrunk = graph::assign_ids(smaller, stored.keys);
  std::vector<graph::NodeId> small_ids(shrunk.node_id.begin(), shrunk.node_id.end());
  std::sort(small_ids.begin(), small_ids.end());
  for (size_t i = 0; i < small_ids.size(); ++i) CHECK(small_ids[i] == i);
  CHECK(shrunk.node_id[0] == 0);  // Country 0 stays where it was
}

TEST_CASE("ids: equal identities are told apart by their rank, and the order puts a stored graph back") {
  graph::GraphData g = test::small_graph();
  g.nodes.push_back(g.nodes[1]);  // a second "France" (two clusters may share a name)
  g.edges.push_back({"HOLDS_OFFICE", 0, 4, {}, {}});
  const graph::IdAssignment ids = graph::assign_ids(g, {});
  CHECK(ids.node_key[1] != ids.node_key[4]);
  CHECK(ids.edge_key[0] != ids.edge_key[2]);
  // Stored ids reversed: to_canonical undoes any permutation.
  graph::GraphData stored;
  const size_t nn = g.nodes.size(), ne = g.edges.size();
  std::vector<uint32_t> node_order(nn), edge_order(ne);
  stored.nodes.resize(nn);
  stored.edges.resize(ne);
  for (size_t r = 0; r < nn; ++r) {
    node_order[r] = static_cast<uint32_t>(nn - 1 - r);
    stored.nodes[nn - 1 - r] = g.nodes[r];
  }
  for (size_t r = 0; r < ne; ++r) {
    edge_order[r] = static_cast<uint32_t>(ne - 1 - r);
    graph::Edge e = g.edges[r];
    e.source = static_cast<graph::NodeId>(nn - 1 - e.source);
    e.target = static_cast<graph::NodeId>(nn - 1 - e.target);
    stored.edges[ne - 1 - r] = e;
  }
  CHECK(test::export_jsonl(graph::to_canonical(stored, node_order, edge_order)) == test::export_jsonl(g));
  node_order[0] = node_order[1];
  CHECK_THROWS_AS(graph::to_canonical(stored, node_order, edge_order), graph::CodecError);
  CHECK(graph::decode_keys(graph::encode_keys(graph::keys_of(g, ids).keys)).node_order == std::vector<uint32_t>{0, 1, 2, 3, 4});
}

TEST_CASE("a commit rewrites only the rows of what changed, and the graph reads back as committed") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  Store store(db, Store::Mode::ReadWrite);
  const graph::GraphData g1 = corpus_graph(files(0, 40), 4);
  graph::CommitSummary s = commit(store, g1);
  CHECK(!s.differential);  // nothing stored yet
  CHECK(s.nodes_added == g1.nodes.size());
  CHECK(scalar(db, "SELECT count(*) FROM evidence_rows") == std::to_string(4 * 80 + 40 * 2 + 40 * 2));

  // One file changes: a sentence of f1020 reads differently. Each country's list of 80 sources
  // changes in one place: one row is replaced, not 80.
  graph::GraphData g2 = g1;
  for (auto& n : g2.nodes) {
    for (auto& src : n.sources) {
      if (src.file == "f1020.txt" && src.sentence == 1) src.text = "f1020.txt sentence 1, edited";
    }
  }
  for (auto& e : g2.edges) {
    for (auto& src : e.sources) {
      if (src.file == "f1020.txt" && src.sentence == 1) src.text = "f1020.txt sentence 1, edited";
    }
  }
  s = commit(store, g2);
  CHECK(s.differential);
  CHECK(s.nodes_written == 4 + 1);  // the countries and the quote
  CHECK(s.edges_written == 1);      // the SAID
  CHECK(s.evidence_written == 6);
  CHECK(s.evidence_deleted == 6);
  CHECK(s.nodes_added + s.nodes_removed + s.edges_added + s.edges_removed == 0);

  // A file is added in the middle of the order and one removed: positions shift, rows do not.
  std::vector<std::string> f3 = files(1, 40);
  f3.push_back("f1020b.txt");
  std::sort(f3.begin(), f3.end());
  const graph::GraphData g3 = corpus_graph(f3, 4);
  s = commit(store, g3);
  CHECK(s.differential);
  CHECK(s.nodes_added == 2);
  CHECK(s.nodes_removed == 2);
  // The countries (3 sources each: f1000's two out, f1020b's two in, f1020's edit undone), the
  // quote of f1020 (edit undone) and the new person and quote, which take the ids of f1000's.
  CHECK(s.nodes_written == 4 + 1 + 2);
  CHECK(s.edges_written == 1 + 2);  // SAID of f1020 (edit undone), f1020b's SAID and ATTENDED
  CHECK(s.evidence_written == 4 * 3 + 1 + 2 + 1 + 2);
  CHECK(s.evidence_deleted == 4 * 3 + 1 + 2 + 1 + 2);

  // The tables equal those a build from scratch writes, read back.
  const auto scratch = dir.path / "scratch.db";
  {
    Store fresh(scratch, Store::Mode::ReadWrite);
    fresh.commit_build(g3, graph::BuildCommit{});
  }
  CHECK(test::export_jsonl(Store(scratch, Store::Mode::ReadOnly).load_graph_from_tables()) ==
        test::export_jsonl(store.load_graph_from_tables()));
  CHECK(scalar(db, "SELECT count(*) FROM evidence_rows") == scalar(scratch, "SELECT count(*) FROM evidence_rows"));

  // The graph shrinks to a few files: ids stay dense, and most rows changed, so the tables are
  // written whole.
  const graph::GraphData g4 = corpus_graph(files(5, 8), 2);
  s = commit(store, g4);
  CHECK(!s.differential);
  CHECK(s.nodes_removed > 0);
  // ... and grow again under stable ids.
  s = commit(store, corpus_graph(files(5, 9), 2));
  CHECK(s.differential);
}

TEST_CASE("seq values run out between two kept rows: the item's rows are renumbered") {
  test::TempDir dir;
  Store store(dir.path / "kg.db", Store::Mode::ReadWrite);
  graph::GraphData g = corpus_graph(files(0, 4), 1);
  commit(store, g);
  // Twenty-two insertions at the same place halve the gap each time until none is left.
  for (int round = 0; round < 22; ++round) {
    auto& list = g.nodes[0].sources;
    list.insert(list.begin() + 1, source("g.txt", round, "inserted " + std::to_string(round)));
    commit(store, g);
  }
  CHECK(g.nodes[0].sources.size() == 8 + 22);
}

TEST_CASE("damaged graph keys: reads refuse them, the next commit writes the tables whole") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  const graph::GraphData g = corpus_graph(files(0, 5), 2);
  {
    Store store(db, Store::Mode::ReadWrite);
    commit(store, g);
  }
  {
    SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE graph_keys SET data = data || X'00'");
  }
  CHECK_THROWS_AS(Store(db, Store::Mode::ReadOnly).load_graph_from_tables(), graph::StoreError);
  Store store(db, Store::Mode::ReadWrite);
  const graph::CommitSummary s = commit(store, corpus_graph(files(0, 6), 2));
  CHECK(!s.differential);
}

TEST_CASE("a source's hash covers every field, and equal texts hash alike whatever object holds them") {
  const graph::Source s = source("f1000.txt", 2, "France will send a frigate.");
  graph::Source copy = s;
  copy.text = std::string("France will send a frigate.");  // another object, the same text
  copy.file = std::string("f1000.txt");
  CHECK(!copy.text.same_object(s.text));
  CHECK(graph::source_hash(copy) == graph::source_hash(s));
  std::vector<graph::Source> variants(9, s);
  variants[0].file = "f1001.txt";
  variants[1].article = 1;
  variants[2].sentence = 3;
  variants[3].begin += 1;
  variants[4].end += 1;
  variants[5].text = "France will send two frigates.";
  variants[6].rule = "other";
  variants[7].confidence = 0.5;
  variants[8].text = "";
  for (const auto& v : variants) CHECK(graph::source_hash(v) != graph::source_hash(s));
}

TEST_CASE("keys of an older hash version give the order back, and the next commit is a full one that stores this version") {
  test::TempDir dir;
  const auto db = dir.path / "kg.db";
  Store store(db, Store::Mode::ReadWrite);
  // Stored ids that are not canonical positions: f1000 leaves, f1040 comes.
  commit(store, corpus_graph(files(0, 40), 4));
  const graph::GraphData g2 = corpus_graph(files(1, 41), 4);
  CHECK(commit(store, g2).differential);
  // The keys as a version 1 kg wrote them (same layout, its content hashes).
  const graph::GraphKeys keys = graph::decode_keys(scalar(db, "SELECT data FROM graph_keys WHERE id = 0"));
  CHECK(keys.version == graph::kKeysVersion);
  graph::ByteWriter w;
  w.bytes("KGGK");
  w.varint(1);
  for (const auto* items : {&keys.nodes, &keys.edges}) {
    w.varint(items->identity.size());
    w.raw(items->identity.data(), items->identity.size() * sizeof(uint64_t));
    w.raw(items->content.data(), items->content.size() * sizeof(uint64_t));
  }
  w.u32s(keys.node_order);
  w.u32s(keys.edge_order);
  const std::string v1 = graph::seal(w);
  CHECK(graph::decode_keys(v1).version == 1);
  CHECK(graph::decode_keys(v1).node_order == keys.node_order);
  {
    SQLite::Database raw(db.string(), SQLite::OPEN_READWRITE);
    SQLite::Statement up(raw, "UPDATE graph_keys SET data = ? WHERE id = 0");
    up.bind(1, static_cast<const void*>(v1.data()), static_cast<int>(v1.size()));
    CHECK(up.exec() == 1);
  }
  // The tables still read back in canonical order through the old keys' order.
  CHECK(test::export_jsonl(store.load_graph_from_tables()) == test::export_jsonl(g2));
  const graph::GraphData g3 = corpus_graph(files(2, 42), 4);
  const graph::CommitSummary full = commit(store, g3);
  CHECK(!full.differential);
  CHECK(full.nodes_written == g3.nodes.size());
  CHECK(graph::decode_keys(scalar(db, "SELECT data FROM graph_keys WHERE id = 0")).version == graph::kKeysVersion);
  CHECK(commit(store, corpus_graph(files(3, 43), 4)).differential);
}
