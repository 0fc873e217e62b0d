#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "graph/store.h"
#include "graph_fixture.h"

using kg::graph::Store;
using kg::graph::StoreError;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kg-store-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};
}  // namespace

TEST_CASE("a graph survives a store round trip with its evidence") {
  TempDir dir;
  const auto db = dir.path / "kg.db";
  const auto graph = kg::test::small_graph();
  Store(db, Store::Mode::ReadWrite).replace_graph(graph);

  const auto loaded = Store(db, Store::Mode::ReadOnly).load_graph();
  REQUIRE(loaded.nodes.size() == graph.nodes.size());
  REQUIRE(loaded.edges.size() == graph.edges.size());
  CHECK(loaded.nodes[0].name == "Emmanuel Macron");
  CHECK(loaded.nodes[0].aliases == std::vector<std::string>{"Emmanuel Macron", "Macron"});
  CHECK(std::get<std::string>(loaded.nodes[2].properties.at("text")) == "It's a \"test\" \\ quote");
  CHECK(std::get<std::vector<std::string>>(loaded.nodes[3].properties.at("authors")).size() == 2);
  CHECK(std::get<int64_t>(loaded.nodes[3].properties.at("article")) == 0);
  CHECK(loaded.edges[0].type == "HOLDS_OFFICE");
  CHECK(std::get<std::string>(loaded.edges[0].properties.at("title")) == "President");
  REQUIRE(loaded.edges[0].sources.size() == 3);
  CHECK(loaded.edges[0].sources[1].file == "b.txt");
  CHECK(loaded.edges[0].sources[1].text == "s2");
  CHECK(loaded.edges[0].sources[1].begin == 10);
}

TEST_CASE("replacing the graph drops what the previous build stored") {
  TempDir dir;
  const auto db = dir.path / "kg.db";
  Store store(db, Store::Mode::ReadWrite);
  store.replace_graph(kg::test::small_graph());
  kg::graph::GraphData smaller;
  smaller.nodes.push_back({"Country", "Spain", {"Spain"}, {}, {}});
  store.replace_graph(smaller);
  const auto loaded = store.load_graph();
  REQUIRE(loaded.nodes.size() == 1);
  CHECK(loaded.edges.empty());
  CHECK(loaded.nodes[0].sources.empty());
}

TEST_CASE("opening what is not a kg database fails with a clear error") {
  TempDir dir;
  SUBCASE("missing database, read only") {
    CHECK_THROWS_WITH_AS(Store(dir.path / "none.db", Store::Mode::ReadOnly),
                         doctest::Contains("run `kg build` first"), StoreError);
  }
  SUBCASE("a text file") {
    const auto f = dir.path / "notes.db";
    std::ofstream(f) << "these are not the droids you are looking for, this is plain text\n";
    CHECK_THROWS_WITH_AS(Store(f, Store::Mode::ReadOnly), doctest::Contains("not a kg database"), StoreError);
    CHECK_THROWS_WITH_AS(Store(f, Store::Mode::ReadWrite), doctest::Contains("not a kg database"), StoreError);
  }
  SUBCASE("another application's SQLite database") {
    const auto f = dir.path / "other.db";
    {
      SQLite::Database other(f.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      other.exec("CREATE TABLE t(x)");
    }
    CHECK_THROWS_WITH_AS(Store(f, Store::Mode::ReadWrite), doctest::Contains("not a kg database"), StoreError);
  }
  SUBCASE("a newer schema version") {
    const auto f = dir.path / "new.db";
    Store(f, Store::Mode::ReadWrite).replace_graph({});
    {
      SQLite::Database raw(f.string(), SQLite::OPEN_READWRITE);
      raw.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    CHECK_THROWS_WITH_AS(Store(f, Store::Mode::ReadOnly), doctest::Contains("schema version 99"), StoreError);
  }
}
