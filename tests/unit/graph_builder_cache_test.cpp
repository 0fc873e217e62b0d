// The extraction cache's codec: a DocFacts blob decodes to exactly what extraction returned,
// under the path of the file being built, and a damaged blob is an error, never a crash.
#include <doctest/doctest.h>

#include "graph/docfacts_codec.h"
#include "graph/resolve.h"
#include "graph_builder_fixture.h"
#include "ingest/corpus.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {

std::vector<ingest::DocFacts> extract_file(const fs::path& path) {
  static const ingest::ReaderRules rules = ingest::ReaderRules::load(test::data_root());
  static const ingest::Lexicon lexicon = ingest::Lexicon::load(test::data_root());
  std::vector<ingest::DocFacts> out;
  for (auto& a : ingest::read_articles(test::read_text(path), path.string(), rules)) out.push_back(ingest::extract(a, lexicon));
  return out;
}

void same_evidence(const ingest::Evidence& a, const ingest::Evidence& b) {
  CHECK(a.sentence == b.sentence);
  CHECK(a.begin == b.begin);
  CHECK(a.end == b.end);
  CHECK(a.rule == b.rule);
  CHECK(a.confidence == b.confidence);
}

// The offset map byte by byte, whichever form the article holds it in.
std::vector<uint32_t> offset_map(const ingest::Article& a) {
  const size_t n = a.source_offsets.empty() ? a.source_offset_count : a.source_offsets.size();
  std::vector<uint32_t> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = a.source_offset(static_cast<uint32_t>(i));
  return out;
}

// Field by field, so a field the codec forgot fails here.
void same_facts(const ingest::DocFacts& a, const ingest::DocFacts& b) {
  const auto &x = a.article, &y = b.article;
  CHECK(x.file == y.file);
  CHECK(x.path == y.path);
  CHECK(x.index == y.index);
  CHECK(x.title == y.title);
  CHECK(x.date == y.date);
  CHECK(x.outlet == y.outlet);
  CHECK(x.url == y.url);
  CHECK(x.authors == y.authors);
  CHECK(x.text == y.text);
  CHECK(offset_map(x) == offset_map(y));
  for (uint32_t past : {0u, 1u, 1000u}) {
    CHECK(x.source_offset(static_cast<uint32_t>(x.text.size()) + past) == y.source_offset(static_cast<uint32_t>(y.text.size()) + past));
  }
  REQUIRE(x.sentences.size() == y.sentences.size());
  for (size_t i = 0; i < x.sentences.size(); ++i) {
    CHECK(x.sentences[i].begin == y.sentences[i].begin);
    CHECK(x.sentences[i].end == y.sentences[i].end);
    CHECK(x.sentences[i].paragraph == y.sentences[i].paragraph);
  }
  REQUIRE(a.entities.size() == b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const auto &e = a.entities[i], &f = b.entities[i];
    CHECK(e.kind == f.kind);
    CHECK(e.name == f.name);
    CHECK(e.aliases == f.aliases);
    CHECK(e.attributes == f.attributes);
    REQUIRE(e.mentions.size() == f.mentions.size());
    for (size_t m = 0; m < e.mentions.size(); ++m) same_evidence(e.mentions[m], f.mentions[m]);
  }
  REQUIRE(a.quotes.size() == b.quotes.size());
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    CHECK(a.quotes[i].text == b.quotes[i].text);
    CHECK(a.quotes[i].speaker == b.quotes[i].speaker);
    same_evidence(a.quotes[i].evidence, b.quotes[i].evidence);
  }
  REQUIRE(a.relations.size() == b.relations.size());
  for (size_t i = 0; i < a.relations.size(); ++i) {
    CHECK(a.relations[i].type == b.relations[i].type);
    CHECK(a.relations[i].start == b.relations[i].start);
    CHECK(a.relations[i].end == b.relations[i].end);
    CHECK(a.relations[i].properties == b.relations[i].properties);
    same_evidence(a.relations[i].evidence, b.relations[i].evidence);
  }
}

}  // namespace

TEST_CASE("cached DocFacts decode to exactly what extraction returned") {
  std::vector<ingest::DocFacts> all, decoded_all;
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(test::sample_dir())) {
    const fs::path path = entry.path();
    if (!ingest::is_article_file(path)) continue;
    ++files;
    const auto docs = extract_file(path);
    REQUIRE(!docs.empty());
    const std::string blob = graph::encode_doc_facts(docs);
    const auto decoded = graph::decode_doc_facts(blob, path.string());
    REQUIRE(decoded.size() == docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      same_facts(docs[i], decoded[i]);
      // Decoded maps stay runs (resolution reads two offsets per evidence, not the whole map).
      CHECK(decoded[i].article.source_offsets.empty());
      CHECK(decoded[i].article.source_offset_runs.size() < docs[i].article.text.size() / 8 + 2);
    }
    CHECK(graph::encode_doc_facts(decoded) == blob);  // runs encode as the bytes they came from
    // Offsets are stored as runs: they cost a small fraction of the text, not four bytes a byte.
    size_t text = 0;
    auto without_offsets = docs;
    for (auto& d : without_offsets) {
      text += d.article.text.size();
      CHECK(d.article.source_offsets.size() == d.article.text.size());
      d.article.source_offsets.clear();
    }
    CHECK(blob.size() - graph::encode_doc_facts(without_offsets).size() < text / 4);
    all.insert(all.end(), docs.begin(), docs.end());
    decoded_all.insert(decoded_all.end(), decoded.begin(), decoded.end());
  }
  CHECK(files == 4);
  CHECK(test::export_jsonl(graph::resolve(all)) == test::export_jsonl(graph::resolve(decoded_all)));
}

TEST_CASE("a cached blob takes the name and path of the file being built") {
  const fs::path path = test::sample_dir() / "wire-tallinn.txt";
  const std::string blob = graph::encode_doc_facts(extract_file(path));
  const auto renamed = graph::decode_doc_facts(blob, "/elsewhere/renamed.txt");
  REQUIRE(!renamed.empty());
  CHECK(renamed[0].article.file == "renamed.txt");
  CHECK(renamed[0].article.path == "/elsewhere/renamed.txt");
}

TEST_CASE("offset maps of every shape survive the run encoding") {
  ingest::DocFacts d;
  d.article.text = "abcdefghij";
  SUBCASE("identity") { d.article.source_offsets = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}; }
  SUBCASE("shifted with gaps") { d.article.source_offsets = {3, 4, 5, 9, 10, 11, 2, 3, 100, 4000000000u}; }
  SUBCASE("empty map") { d.article.source_offsets = {}; }
  SUBCASE("one long run at the top of the range") { d.article.source_offsets = {4294967290u, 4294967291u, 4294967292u}; }
  d.article.sentences = {{0, 4, 0}, {5, 10, 1}};
  const auto back = graph::decode_doc_facts(graph::encode_doc_facts({d}), "x.txt");
  REQUIRE(back.size() == 1);
  const ingest::Article& a = back[0].article;
  CHECK(a.source_offsets.empty());
  CHECK(offset_map(a) == d.article.source_offsets);
  for (uint32_t i : {9u, 10u, 11u, 500u}) CHECK(a.source_offset(i) == d.article.source_offset(i));
  CHECK(graph::encode_doc_facts(back) == graph::encode_doc_facts({d}));
}

TEST_CASE("a damaged cache blob is a CodecError naming the file, at every length") {
  const fs::path path = test::sample_dir() / "helsinki-summit.md";
  const std::string blob = graph::encode_doc_facts(extract_file(path));
  for (size_t n = 0; n < blob.size(); n += std::max<size_t>(1, blob.size() / 300)) {
    CAPTURE(n);
    CHECK_THROWS_WITH_AS(graph::decode_doc_facts(std::string_view(blob).substr(0, n), "cut.md"),
                         doctest::Contains("extraction cache of cut.md"), graph::CodecError);
  }
  CHECK_THROWS_AS(graph::decode_doc_facts(blob + "x", "long.md"), graph::CodecError);
  // The blob ends with a checksum: any flipped byte is caught before decoding.
  for (size_t i = 0; i < blob.size(); i += 7) {
    std::string flipped = blob;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    CAPTURE(i);
    CHECK_THROWS_WITH_AS(graph::decode_doc_facts(flipped, "f.md"), doctest::Contains("checksum mismatch"), graph::CodecError);
  }
  // A blob whose checksum is right but whose content is not kg's is refused by its content.
  graph::ByteWriter w;
  w.bytes("XXXX");
  CHECK_THROWS_WITH_AS(graph::decode_doc_facts(graph::seal(w), "w.md"), doctest::Contains("not a DocFacts blob"), graph::CodecError);
}

TEST_CASE("references to entities that do not exist are refused") {
  ingest::DocFacts d;
  d.article.text = "Macron said hello.";
  d.entities.push_back({"Person", "Emmanuel Macron", {"Macron"}, {}, {}});
  ingest::LocalQuote q;
  q.text = "hello";
  q.speaker = 0;
  d.quotes.push_back(q);
  CHECK_NOTHROW(graph::decode_doc_facts(graph::encode_doc_facts({d}), "ok.txt"));
  d.quotes[0].speaker = 1;
  CHECK_THROWS_WITH_AS(graph::decode_doc_facts(graph::encode_doc_facts({d}), "bad.txt"), doctest::Contains("quote speaker out of range"),
                       graph::CodecError);
  d.quotes[0].speaker = 0;
  ingest::LocalRelation r;
  r.type = "HOLDS_OFFICE";
  r.start = 0;
  r.end = 3;
  d.relations.push_back(r);
  CHECK_THROWS_WITH_AS(graph::decode_doc_facts(graph::encode_doc_facts({d}), "bad.txt"), doctest::Contains("relation end out of range"),
                       graph::CodecError);
}
