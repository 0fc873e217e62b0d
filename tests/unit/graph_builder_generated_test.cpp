// Incremental builds over a generated corpus (bench/corpus_gen.h): 150 articles naming
// the same states, leaders and meetings, so that resolution meets popular clusters (a country
// cited by most articles, a leader quoted in dozens of near-identical ways) beside rare ones.
// After each change (a file copied from another: every entity joins a popular cluster; a new
// person named once; a paragraph of one article added to another; a file removed) the
// incremental graph's export equals, byte for byte, that of a build from scratch, with one
// thread or two.
#include <doctest/doctest.h>

#include <fstream>

#include "bench/corpus_gen.h"
#include "graph_builder_fixture.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {

std::string scratch(const fs::path& corpus, const fs::path& work, unsigned jobs) {
  const fs::path db = work / ("scratch-" + std::to_string(jobs) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
  graph::build_graph(test::build_options(corpus, db, jobs));
  return test::export_db(db);
}

// The paragraphs of a text (blank-line separated), the first (title and date lines) left out.
std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from < text.size()) {
    size_t end = text.find("\n\n", from);
    if (end == std::string::npos) end = text.size();
    if (from > 0 && end > from) out.push_back(text.substr(from, end - from));
    from = end + 2;
  }
  return out;
}

}  // namespace

TEST_CASE("a generated corpus: changes touching popular and rare clusters give the graph a build from scratch gives") {
  test::TempDir work("kg-gen");
  const fs::path corpus = work.path / "corpus", db = work.path / "kg.db";
  const bench::CorpusGenerator gen(test::data_root());
  gen.write(corpus, 150);
  const auto first = graph::build_graph(test::build_options(corpus, db));
  REQUIRE(first.files_read == 150);
  CHECK(test::export_db(db).find("\"Quote\"") != std::string::npos);

  const auto rebuild_matches_scratch = [&](const char* what) {
    CAPTURE(what);
    const auto report = graph::build_graph(test::build_options(corpus, db));
    CHECK(report.files_failed == 0);
    const std::string incremental = test::export_db(db);
    CHECK(incremental == scratch(corpus, work.path, 2));
    CHECK(incremental == scratch(corpus, work.path, 1));
    return report;
  };

  // A copy of an article under a new name: its states, people, meetings and quotes all join
  // existing clusters (quotes word for word).
  fs::copy_file(bench::CorpusGenerator::file(corpus, 17), corpus / "copy-of-17.txt");
  auto r = rebuild_matches_scratch("a copied article");
  CHECK(r.files_new == 1);
  CHECK(r.edges_added == 0);

  // A person named nowhere else, in a country every article knows.
  test::write_file(corpus / "rare.txt",
                   "Title: Estonia sends a minehunter\nDate: 2026-05-02\n\n"
                   "TALLINN (Reuters) -- Estonia will send a minehunter to the force, Estonian Navy Commander "
                   "Juhan Kask said on Saturday.\n\n\"We are ready to sail next week,\" Kask said.\n");
  r = rebuild_matches_scratch("a rare person");
  CHECK(r.files_new == 1);
  CHECK(r.nodes_added > 0);

  // A paragraph of one article (a popular speaker's quotation, states, pledges) added to another,
  // then one word of that quotation changed: a near-duplicate that merges by its words.
  const std::string source = test::read_text(bench::CorpusGenerator::file(corpus, 101));
  const std::vector<std::string> paras = paragraphs(source);
  REQUIRE(paras.size() >= 3);
  std::string quoted;
  for (const auto& p : paras) {
    if (p.find('"') != std::string::npos) quoted = p;
  }
  REQUIRE(!quoted.empty());
  const fs::path target = bench::CorpusGenerator::file(corpus, 55);
  std::ofstream(target, std::ios::app) << "\n" << quoted << "\n";
  r = rebuild_matches_scratch("a paragraph added");
  CHECK(r.files_changed == 1);
  std::string text = test::read_text(target);
  const size_t at = text.rfind(" the ");
  REQUIRE(at != std::string::npos);
  text.replace(at, 5, " our ");
  test::write_file(target, text);
  rebuild_matches_scratch("a word changed");

  // Removed: the copy (the popular clusters lose sources) and the rare person (its nodes go).
  fs::remove(corpus / "copy-of-17.txt");
  fs::remove(corpus / "rare.txt");
  r = rebuild_matches_scratch("two files removed");
  CHECK(r.files_removed == 2);
  CHECK(r.nodes_removed > 0);
}

// Resolution splits its work too (the name lists by kind, the nodes' votes and sources by
// cluster): a corpus with every kind, popular clusters and dated meetings resolves to the same
// graph on one thread or several, the thread count not dividing the work evenly.
TEST_CASE("a generated corpus: the thread count does not change the resolved graph") {
  test::TempDir work("kg-gen-jobs");
  const fs::path corpus = work.path / "corpus";
  const bench::CorpusGenerator gen(test::data_root());
  gen.write(corpus, 300);
  for (int i : {3, 141, 250}) fs::copy_file(bench::CorpusGenerator::file(corpus, i), corpus / ("copy-" + std::to_string(i) + ".txt"));
  const std::string one = scratch(corpus, work.path, 1);
  for (const char* kind : {"\"Meeting\"", "\"Document\"", "\"Force\"", "\"Person\"", "\"Country\""}) {
    CAPTURE(kind);
    CHECK(one.find(kind) != std::string::npos);
  }
  CHECK(one == scratch(corpus, work.path, 2));
  CHECK(one == scratch(corpus, work.path, 3));
  CHECK(one == scratch(corpus, work.path, 5));
}
