// Incremental builds: after adding, changing and removing files, the graph equals, byte for
// byte in its JSON Lines export, the graph a build from scratch makes of the same folder; only
// new and changed files are extracted; a lexicon change invalidates the cache; the thread count
// does not matter; one build at a time.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <future>
#include <thread>

#include "graph/build_lock.h"
#include "graph_builder_fixture.h"
#include "ingest/errors.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {

std::string scratch_export(const fs::path& corpus, const fs::path& work, unsigned jobs = 2) {
  const fs::path db = work / ("scratch-" + std::to_string(jobs) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
  graph::build_graph(test::build_options(corpus, db, jobs));
  return test::export_db(db);
}

// Sets the mtime of `path` to `ns` nanoseconds since the epoch.
void set_mtime_ns(const fs::path& path, int64_t ns) {
  struct timespec times[2];
  times[0].tv_sec = times[1].tv_sec = ns / 1'000'000'000;
  times[0].tv_nsec = times[1].tv_nsec = ns % 1'000'000'000;
  REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

int64_t mtime_ns(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec;
}

const char* kExtraArticle =
    "Title: Finland and Sweden pledge patrol ships\n"
    "Date: 2026-03-14\n\n"
    "HELSINKI (Reuters) -- Finland will deploy two patrol ships to the joint maritime patrol force, "
    "Finnish President Aino Virtanen said on Saturday.\n\n"
    "\"We will guard the Baltic Sea together with our allies,\" Virtanen said.\n\n"
    "Sweden pledged a surveillance aircraft to the force, Swedish Defence Minister Lars Berg said.\n";

}  // namespace

TEST_CASE("add, change and remove: the incremental graph equals a build from scratch") {
  test::TempDir work("kg-incr");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  test::copy_sample(corpus);

  auto first = graph::build_graph(test::build_options(corpus, db));
  CHECK(first.files_new == 4);
  CHECK(first.files_extracted == 4);
  CHECK(first.nodes_added == first.nodes);
  CHECK(first.edges_added == first.edges);
  CHECK(test::export_db(db) == scratch_export(corpus, work.path));

  SUBCASE("nothing changed: nothing is read or extracted, the graph is the same") {
    const std::string before = test::export_db(db);
    auto r = graph::build_graph(test::build_options(corpus, db));
    CHECK(r.files_unchanged == 4);
    CHECK(r.files_hashed == 0);
    CHECK(r.files_extracted == 0);
    CHECK(r.nodes_added + r.nodes_removed + r.edges_added + r.edges_removed == 0);
    CHECK(test::export_db(db) == before);
  }
  SUBCASE("a new file") {
    test::write_file(corpus / "finland.txt", kExtraArticle);
    auto r = graph::build_graph(test::build_options(corpus, db));
    CHECK(r.files_new == 1);
    CHECK(r.files_unchanged == 4);
    CHECK(r.files_extracted == 1);
    CHECK(r.nodes_added > 0);
    CHECK(r.edges_added > 0);
    CHECK(test::export_db(db) == scratch_export(corpus, work.path));
  }
  SUBCASE("a changed file") {
    std::string text = test::read_text(corpus / "wire-tallinn.txt");
    text += "\nLatvia will contribute a minehunter to the patrol force, Latvian Prime Minister Ilze Kalnina said.\n";
    test::write_file(corpus / "wire-tallinn.txt", text);
    auto r = graph::build_graph(test::build_options(corpus, db));
    CHECK(r.files_changed == 1);
    CHECK(r.files_unchanged == 3);
    CHECK(r.files_extracted == 1);
    CHECK(test::export_db(db) == scratch_export(corpus, work.path));
  }
  SUBCASE("a removed file") {
    fs::remove(corpus / "helsinki-summit.md");
    auto r = graph::build_graph(test::build_options(corpus, db));
    CHECK(r.files_removed == 1);
    CHECK(r.files_unchanged == 3);
    CHECK(r.files_extracted == 0);
    CHECK(r.nodes_removed > 0);
    CHECK(r.edges_removed > 0);
    CHECK(test::export_db(db) == scratch_export(corpus, work.path));
    CHECK(test::export_db(db).find("helsinki-summit.md") == std::string::npos);
  }
  SUBCASE("all three at once, then back again") {
    const std::string original = test::export_db(db);
    const std::string wire = test::read_text(corpus / "wire-tallinn.txt");
    const std::string digest = test::read_text(corpus / "weekly-digest.txt");
    test::write_file(corpus / "finland.txt", kExtraArticle);
    test::write_file(corpus / "wire-tallinn.txt", wire + "\nEstonia hosted the talks.\n");
    fs::remove(corpus / "weekly-digest.txt");
    auto r = graph::build_graph(test::build_options(corpus, db));
    CHECK(r.files_new == 1);
    CHECK(r.files_changed == 1);
    CHECK(r.files_removed == 1);
    CHECK(r.files_unchanged == 2);
    CHECK(test::export_db(db) == scratch_export(corpus, work.path));
    fs::remove(corpus / "finland.txt");
    test::write_file(corpus / "wire-tallinn.txt", wire);
    test::write_file(corpus / "weekly-digest.txt", digest);
    r = graph::build_graph(test::build_options(corpus, db));
    // The cache keeps only what the last build's files hold: both are extracted again.
    CHECK(r.files_extracted == 2);
    CHECK(r.files_removed == 1);
    CHECK(test::export_db(db) == original);
  }
  SUBCASE("a renamed file is found in the cache by its content") {
    fs::rename(corpus / "wire-tallinn.txt", corpus / "wire-renamed.txt");
    auto r = graph::build_graph(test::build_options(corpus, db));
    CHECK(r.files_new == 1);
    CHECK(r.files_removed == 1);
    CHECK(r.files_extracted == 0);
    CHECK(test::export_db(db) == scratch_export(corpus, work.path));
    CHECK(test::export_db(db).find("wire-renamed.txt") != std::string::npos);
  }
}

TEST_CASE("a file changed within the timestamp tick of the last build is re-hashed and caught") {
  test::TempDir work("kg-racy");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  test::copy_sample(corpus);
  const fs::path racy = corpus / "weekly-digest.txt";
  test::write_file(racy, test::read_text(racy));  // mtime: now, as if written just before the build
  const int64_t stamp = mtime_ns(racy);
  graph::build_graph(test::build_options(corpus, db));
  std::string text = test::read_text(racy);
  for (char& c : text) {
    if (c == 'a') c = 'e';  // same size, different content
  }
  test::write_file(racy, text);
  set_mtime_ns(racy, stamp);  // and the same mtime
  auto r = graph::build_graph(test::build_options(corpus, db));
  CHECK(r.files_hashed == 1);  // only the racy file; the others are old and trusted
  CHECK(r.files_changed == 1);
  CHECK(test::export_db(db) == scratch_export(corpus, work.path));
}

TEST_CASE("the thread count does not change the graph") {
  test::TempDir work("kg-jobs");
  const fs::path corpus = work.path / "corpus";
  test::copy_sample(corpus);
  test::write_file(corpus / "finland.txt", kExtraArticle);
  for (int i = 0; i < 6; ++i) fs::copy_file(corpus / "wire-tallinn.txt", corpus / ("copy" + std::to_string(i) + ".txt"));
  const std::string one = scratch_export(corpus, work.path, 1);
  CHECK(one == scratch_export(corpus, work.path, 4));
  CHECK(one == scratch_export(corpus, work.path, 3));
}

TEST_CASE("a change of lexicons invalidates every cached extraction") {
  test::TempDir work("kg-lex");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db", data = work.path / "data-root";
  test::copy_sample(corpus);
  fs::create_directories(data / "data");
  fs::copy(test::data_root() / "data" / "lexicon", data / "data" / "lexicon", fs::copy_options::recursive);
  fs::copy(test::data_root() / "schemas", data / "schemas", fs::copy_options::recursive);
  auto options = test::build_options(corpus, db);
  options.data_root = data;
  graph::build_graph(options);
  CHECK(graph::build_graph(options).files_extracted == 0);

  SUBCASE("a lexicon") {
    std::string given = test::read_text(data / "data" / "lexicon" / "given_names.json");
    const auto at = given.find("\"Aaron\"");
    REQUIRE(at != std::string::npos);
    given.insert(at, "\"Aapo\", ");
    test::write_file(data / "data" / "lexicon" / "given_names.json", given);
  }
  SUBCASE("a reader rule file") {
    std::string abbrev = test::read_text(data / "data" / "lexicon" / "abbreviations.json");
    const auto at = abbrev.find("\"Mr.\"");
    REQUIRE(at != std::string::npos);
    abbrev.insert(at, "\"Amb.-Gen.\", ");
    test::write_file(data / "data" / "lexicon" / "abbreviations.json", abbrev);
  }
  auto r = graph::build_graph(options);
  CHECK(r.files_unchanged == 4);
  CHECK(r.files_extracted == 4);
  CHECK(graph::build_graph(options).files_extracted == 0);
}

TEST_CASE("one build at a time: a second one fails at once, or waits") {
  test::TempDir work("kg-lock");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  test::copy_sample(corpus);
  auto held = std::make_unique<graph::BuildLock>(db, false);
  try {
    graph::build_graph(test::build_options(corpus, db));
    FAIL("the build ran while another held the lock");
  } catch (const graph::StoreError& e) {
    CHECK(e.kind() == graph::StoreError::Kind::Busy);
    CHECK(std::string(e.what()).find("another kg build or import is running") != std::string::npos);
    CHECK(std::string(e.what()).find("(pid ") != std::string::npos);
  }
  CHECK(!fs::exists(db));  // refused before touching anything

  auto options = test::build_options(corpus, db);
  options.wait = true;
  auto waiting = std::async(std::launch::async, [&] { return graph::build_graph(options); });
  CHECK(waiting.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);
  held.reset();
  CHECK(waiting.get().files_new == 4);
}

TEST_CASE("the lock file remembers the database as the last build left it") {
  test::TempDir work("kg-stamp");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  test::copy_sample(corpus);
  graph::build_graph(test::build_options(corpus, db));
  const std::string stamp = graph::BuildLock::stamp_of(db);
  REQUIRE(!stamp.empty());
  {
    const graph::BuildLock lock(db, false);
    CHECK(lock.verified() == stamp);  // recorded by the build, kept while another holds the lock
  }
  const auto steps_of = [](const graph::BuildReport& r) {
    std::vector<std::string> names;
    for (const auto& [name, seconds] : r.steps) names.push_back(name);
    return names;
  };
  const auto has = [](const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); };
  // Nothing changed and the file is as the build left it: no whole-file check.
  CHECK_FALSE(has(steps_of(graph::build_graph(test::build_options(corpus, db))), "unchanged_integrity_check"));
  // A file written since (here: a copy put in its place) is checked once, then trusted again.
  fs::copy_file(db, work.path / "copy.db");
  fs::rename(work.path / "copy.db", db);
  CHECK(has(steps_of(graph::build_graph(test::build_options(corpus, db))), "unchanged_integrity_check"));
  CHECK_FALSE(has(steps_of(graph::build_graph(test::build_options(corpus, db))), "unchanged_integrity_check"));
  // A torn record is no record.
  test::write_file(graph::BuildLock::lock_path(db), "123\nverified 99");
  CHECK(graph::BuildLock(db, false).verified().empty());
}

TEST_CASE("a build that fails changes nothing, and removes a database it created") {
  test::TempDir work("kg-fail");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  test::write_file(corpus / "image.txt", std::string("GIF89a\0\1\2binary", 15));
  CHECK_THROWS_WITH_AS(graph::build_graph(test::build_options(corpus, db)), doctest::Contains("no input file could be read"),
                       graph::BuildError);
  CHECK(!fs::exists(db));
  CHECK(!fs::exists(db.string() + "-wal"));

  test::copy_sample(corpus);
  auto r = graph::build_graph(test::build_options(corpus, db));
  CHECK(r.files_failed == 1);
  CHECK(r.files_read == 4);
  const std::string good = test::export_db(db);
  auto strict = test::build_options(corpus, db);
  strict.strict = true;
  CHECK_THROWS_WITH_AS(graph::build_graph(strict), doctest::Contains("image.txt"), graph::BuildError);
  CHECK(test::export_db(db) == good);
  fs::remove(corpus / "image.txt");
  CHECK(graph::build_graph(test::build_options(corpus, db)).files_extracted == 0);
}

TEST_CASE("a rebuild that finds nothing changed keeps the stored graph and records new mtimes") {
  test::TempDir work("kg-incr-same");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  test::copy_sample(corpus);
  graph::build_graph(test::build_options(corpus, db));
  const std::string before = test::export_db(db);
  const auto generation = [&] { return graph::Store(db, graph::Store::Mode::ReadOnly).meta("graph_generation"); };
  const std::string gen_before = generation();

  // Same content, new mtime: read and hashed, found unchanged; the graph is not rewritten.
  const fs::path touched = *fs::directory_iterator(corpus);
  set_mtime_ns(touched, mtime_ns(touched) - 10'000'000'000);
  auto same = graph::build_graph(test::build_options(corpus, db));
  CHECK(same.files_unchanged == 4);
  CHECK(same.files_hashed >= 1);
  CHECK(same.nodes > 0);
  CHECK(same.edges > 0);
  CHECK(generation() == gen_before);
  CHECK(test::export_db(db) == before);
  bool recorded = false;
  for (const auto& f : graph::Store(db, graph::Store::Mode::ReadOnly).manifest())
    if (f.path == fs::absolute(touched).lexically_normal().string()) recorded = f.mtime_ns == mtime_ns(touched);
  CHECK(recorded);

  // A removed file is a change: the graph is resolved and written again.
  fs::remove(touched);
  auto removed = graph::build_graph(test::build_options(corpus, db));
  CHECK(removed.files_removed == 1);
  CHECK(generation() != gen_before);
}
