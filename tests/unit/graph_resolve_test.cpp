// Resolution across articles: merging entities, quotes and relationships; determinism.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract_fixture.h"
#include "graph/export_jsonl.h"
#include "graph/resolve.h"
#include "ingest/reader.h"
#include "ingest/reader_rules.h"
#include "test_dir.h"

using kg::graph::GraphData;
using kg::graph::Node;

namespace {

kg::ingest::DocFacts doc(const std::string& file, const std::string& text, const std::string& date = "2026-01-07",
                         const std::string& outlet = "") {
  kg::ingest::Article a = kg::test::article(text, file, date);
  a.title = "Title of " + file;
  a.outlet = outlet;
  return kg::ingest::extract(a, kg::test::lexicon());
}

std::vector<const Node*> nodes(const GraphData& g, const std::string& kind, const std::string& name) {
  std::vector<const Node*> out;
  const std::string key = kg::ingest::name_key(name);
  for (const Node& n : g.nodes) {
    if (n.kind != kind) continue;
    bool hit = kg::ingest::name_key(n.name) == key;
    for (const auto& a : n.aliases) hit = hit || kg::ingest::name_key(a) == key;
    if (hit) out.push_back(&n);
  }
  return out;
}

int count(const GraphData& g, const std::string& kind) {
  return static_cast<int>(std::count_if(g.nodes.begin(), g.nodes.end(), [&](const Node& n) { return n.kind == kind; }));
}

const kg::graph::Edge* edge(const GraphData& g, const std::string& type, const std::string& from, const std::string& to) {
  for (const auto& e : g.edges) {
    if (e.type != type) continue;
    const Node& a = g.nodes[e.source];
    const Node& b = g.nodes[e.target];
    auto named = [](const Node& n, const std::string& s) {
      if (kg::ingest::name_key(n.name) == kg::ingest::name_key(s)) return true;
      for (const auto& x : n.aliases) {
        if (kg::ingest::name_key(x) == kg::ingest::name_key(s)) return true;
      }
      return false;
    };
    if (named(a, from) && named(b, to)) return &e;
  }
  return nullptr;
}

std::string jsonl(const GraphData& g) {
  std::ostringstream out;
  kg::graph::write_jsonl(out, g);
  return out.str();
}

}  // namespace

TEST_CASE("people merge across transliterations with a given name, never on a shared family name alone") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "President Volodymyr Zelensky spoke. Donald Trump listened."),
      doc("b.txt", "President Volodymyr Zelenskyy spoke. Melania Trump smiled."),
      doc("c.txt", "Zelenskiy said little, and Trump said nothing."),
  });
  const auto z = nodes(g, "Person", "Volodymyr Zelensky");
  REQUIRE(z.size() == 1);
  CHECK(nodes(g, "Person", "Volodymyr Zelenskyy").front() == z.front());
  CHECK(nodes(g, "Person", "Zelenskiy").front() == z.front());
  CHECK(nodes(g, "Person", "Donald Trump").size() == 1);
  CHECK(nodes(g, "Person", "Melania Trump").size() == 1);
  CHECK(nodes(g, "Person", "Donald Trump").front() != nodes(g, "Person", "Melania Trump").front());
  // "Trump" alone has two candidates: it joins neither
  CHECK(count(g, "Person") == 4);
  CHECK(z.front()->sources.size() >= 3);
}

TEST_CASE("a family name alone joins the one full name that carries it") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "German Chancellor Friedrich Merz spoke."),
      doc("b.txt", "Merz said he would wait."),
  });
  CHECK(count(g, "Person") == 1);
  CHECK(nodes(g, "Person", "Friedrich Merz").front()->aliases.size() == 2);
}

TEST_CASE("same names of different kinds stay apart; the same state merges under any of its names") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "Leaders met in Paris. Paris could deploy troops."),
      doc("b.txt", "France said it would help."),
  });
  REQUIRE(nodes(g, "Country", "France").size() == 1);
  CHECK(nodes(g, "Country", "Paris").front() == nodes(g, "Country", "France").front());
  CHECK(nodes(g, "Place", "Paris").size() == 1);
  CHECK(count(g, "Country") == 1);
}

TEST_CASE("meetings merge on names and on owner and place, never across dates") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "Leaders attended a meeting of the Coalition of the Willing held in Paris on Tuesday.", "2026-01-07"),
      doc("b.txt", "That Coalition of the Willing summit in Paris on January 6 was long.", "2026-01-07"),
      doc("c.txt", "Another meeting of the Coalition of the Willing, in Paris on March 3, followed.", "2026-03-04"),
  });
  CHECK(count(g, "Meeting") == 2);
  const auto jan = nodes(g, "Meeting", "Coalition of the Willing summit");
  REQUIRE(jan.size() == 1);
  CHECK(std::get<std::string>(jan.front()->properties.at("date")) == "2026-01-06");
}

TEST_CASE("a meeting or document known only by its bare head merges only between reports of the same days") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "Chile and Peru signed the Arica Accord at a ceremony. The ceremony was short.", "2026-03-02"),
      doc("b.txt", "Latvia and Estonia signed the Valga Treaty at a ceremony. The ceremony was long.", "2026-06-20"),
  });
  CHECK(nodes(g, "Meeting", "ceremony").size() == 2);
  // the same story two days apart (a wire report and a copy): one ceremony
  const auto h = kg::graph::resolve({
      doc("a.txt", "Chile and Peru signed the Arica Accord at a ceremony. The ceremony was short.", "2026-03-02"),
      doc("b.txt", "Chile and Peru signed the Arica Accord at a ceremony. The ceremony was short.", "2026-03-04"),
  });
  CHECK(nodes(h, "Meeting", "ceremony").size() == 1);
}

TEST_CASE("a body's bare session merges only between reports of the same days; a meeting to come is not one held") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "NATO leaders met for a summit in Ankara. Turkey's foreign minister opened a session of NATO on Monday.", "2026-07-08"),
      doc("b.txt", "Ukraine's defence minister joined a session of NATO on the second day.", "2026-10-16"),
  });
  CHECK(count(g, "Meeting") >= 2);
  const auto sessions = nodes(g, "Meeting", "NATO session");
  REQUIRE(sessions.size() == 2);
  for (const auto* m : sessions) CHECK(m->sources.size() == 1);
  const auto h = kg::graph::resolve({
      doc("a.txt", "Ministers ended two days of talks at the bloc's headquarters in Brussels on Thursday.", "2026-10-16"),
      doc("b.txt", "Ministers will meet again in Brussels in February.", "2026-10-17"),
  });
  CHECK(count(h, "Meeting") == 2);
}

TEST_CASE("quotes merge when the same speaker says nearly the same words; one-word quotations stay apart") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "\"A truce will hold only if both sides accept the monitors and the lines they draw,\" British Prime Minister Keir Starmer said. Starmer called the guarantees \"robust\"."),
      doc("b.txt", "\"A truce will hold only if both sides accept the monitors and the lines they draw. They have not yet,\" Keir Starmer said. \"These are robust guarantees,\" Starmer said."),
  });
  int quotes = count(g, "Quote");
  CHECK(quotes == 3);
  const auto q = nodes(g, "Quote", "A truce will hold only if both sides accept the monitors and the lines they draw. They have not yet");
  REQUIRE(q.size() == 1);
  CHECK(q.front()->sources.size() == 2);
  CHECK(edge(g, "SAID", "Keir Starmer", q.front()->name) != nullptr);
}

TEST_CASE("one remark printed trimmed, with contractions, or in two halves is one quote") {
  SUBCASE("a trimmed copy with a word left out") {
    const auto g = kg::graph::resolve({
        doc("a.txt", "\"Following a ceasefire, the two navies will patrol the strait together and share radar data,\" "
                     "Norwegian Defence Minister Kari Holm said."),
        doc("b.txt", "\"Following a ceasefire two navies will patrol the strait together,\" Kari Holm said."),
    });
    CHECK(count(g, "Quote") == 1);
  }
  SUBCASE("contractions spelled out") {
    const auto g = kg::graph::resolve({
        doc("a.txt", "\"We can only get there if he compromises. Whatever they say, he is not acting as if he wants a "
                     "deal. We have seen more strikes,\" Norwegian Defence Minister Kari Holm said."),
        doc("b.txt", "\"Whatever they say, he's not acting as if he wants a deal,\" Kari Holm said."),
    });
    CHECK(count(g, "Quote") == 1);
  }
  SUBCASE("the whole remark joins the halves another outlet printed apart") {
    const auto g = kg::graph::resolve({
        doc("a.txt", "\"The port will reopen in March,\" Norwegian Defence Minister Kari Holm said on Monday. Reporters "
                     "asked about the navy. \"Patrols will start next week from the northern base,\" Holm said."),
        doc("b.txt", "\"The port will reopen in March and patrols will start next week from the northern base,\" Kari Holm "
                     "said."),
    });
    REQUIRE(count(g, "Quote") == 1);
    const auto q = nodes(g, "Quote", "The port will reopen in March and patrols will start next week from the northern base");
    REQUIRE(q.size() == 1);
    CHECK(q.front()->sources.size() == 3);
    CHECK(kg::graph::source_files(q.front()->sources) == std::vector<std::string>{"a.txt", "b.txt"});
  }
  SUBCASE("the same words scattered through a long remark are not a trim") {
    const auto g = kg::graph::resolve({
        doc("a.txt", "\"We will not accept any border change, and this government will never sign what Moscow drafts for "
                     "us in secret, because people here want peace,\" Norwegian Defence Minister Kari Holm said."),
        doc("b.txt", "\"We will sign for peace here,\" Kari Holm said."),
    });
    CHECK(count(g, "Quote") == 2);
  }
}

TEST_CASE("relationships merge on type and ends and keep every source") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "French President Emmanuel Macron spoke."),
      doc("b.txt", "French President Emmanuel Macron spoke again."),
  });
  const auto* e = edge(g, "HOLDS_OFFICE", "Emmanuel Macron", "France");
  REQUIRE(e);
  CHECK(kg::graph::source_files(e->sources) == std::vector<std::string>{"a.txt", "b.txt"});
  CHECK(std::get<std::string>(e->properties.at("title")) == "President");
  CHECK(e->sources.front().rule == "office:title-before");
  CHECK(e->sources.front().text == "French President Emmanuel Macron spoke.");
}

TEST_CASE("an office seen without its state supports the edge other articles give") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "US President Donald Trump spoke."),
      doc("b.txt", "The plan was backed by President Donald Trump."),
  });
  const auto* e = edge(g, "HOLDS_OFFICE", "Donald Trump", "United States");
  REQUIRE(e);
  CHECK(kg::graph::source_files(e->sources) == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("documents signed by the same states are one document") {
  const auto g = kg::graph::resolve({
      doc("a.txt", "Macron, Ukrainian leader Volodymyr Zelensky and British Prime Minister Keir Starmer then signed a declaration of intent. French President Emmanuel Macron spoke. Zelensky hailed \"a trilateral declaration by Britain, France, and Ukraine.\""),
  });
  CHECK(count(g, "Document") == 1);
  CHECK(nodes(g, "Document", "trilateral declaration").front() == nodes(g, "Document", "declaration of intent").front());
}

TEST_CASE("articles and the outlets their text names become nodes") {
  kg::ingest::DocFacts named = doc("a.txt", "Macron spoke.", "2026-01-07", "AFP");
  named.article.outlets_named = {"AFP", "EPA"};  // its outlet, and a photo agency its caption credits
  // b.txt's outlet is known only from its URL's host: metadata of the article, not a mention.
  kg::ingest::DocFacts hosted = doc("b.txt", "Merz spoke.", "2026-01-08", "Northern Dispatch");
  const auto g = kg::graph::resolve({named, hosted});
  CHECK(std::get<std::string>(nodes(g, "Article", "Title of b.txt").front()->properties.at("outlet")) == "Northern Dispatch");
  CHECK(nodes(g, "Organization", "Northern Dispatch").empty());
  REQUIRE(nodes(g, "Organization", "EPA").size() == 1);
  CHECK(nodes(g, "Organization", "EPA").front()->sources.front().rule == "organization:credit");
  const auto a = nodes(g, "Article", "Title of a.txt");
  REQUIRE(a.size() == 1);
  CHECK(std::get<std::string>(a.front()->properties.at("file")) == "a.txt");
  CHECK(std::get<std::string>(a.front()->properties.at("date")) == "2026-01-07");
  CHECK(std::get<std::string>(a.front()->properties.at("outlet")) == "AFP");
  CHECK(nodes(g, "Organization", "AFP").size() == 1);
}

TEST_CASE("the graph does not depend on the order of documents") {
  std::vector<kg::ingest::DocFacts> docs = {
      doc("c.txt", "\"We are ready,\" Zelenskyy said. Kyiv wants a multinational force under French command."),
      doc("a.txt", "President Volodymyr Zelensky said \"we are ready\". Britain and France will deploy troops to a multinational force."),
      doc("b.txt", "Steve Witkoff, who attended the signing in Lima, said \"real headway\" had been made."),
  };
  const std::string forward = jsonl(kg::graph::resolve(docs));
  std::reverse(docs.begin(), docs.end());
  const std::string backward = jsonl(kg::graph::resolve(docs));
  CHECK(forward == backward);
  std::swap(docs[0], docs[1]);
  CHECK(jsonl(kg::graph::resolve(docs)) == forward);
}

TEST_CASE("the seed corpus builds into the facts it states") {
  namespace fs = std::filesystem;
  const fs::path seeds = fs::path(kg_test_dir()) / ".." / ".." / "shared" / "corpus" / "seeds";
  if (!fs::exists(seeds)) return;  // ../shared is not beside this clone
  const auto root = kg::ingest::find_data_root();
  const auto rules = kg::ingest::ReaderRules::load(root);
  std::vector<kg::ingest::DocFacts> docs;
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(seeds)) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    for (const auto& a : kg::ingest::read_articles(ss.str(), p.string(), rules)) docs.push_back(kg::ingest::extract(a, kg::test::lexicon()));
  }
  const auto g = kg::graph::resolve(docs);
  CHECK(nodes(g, "Person", "Volodymyr Zelensky").size() == 1);
  CHECK(nodes(g, "Meeting", "Coalition of the Willing meeting in Paris").size() == 1);
  CHECK(edge(g, "SIGNED", "Keir Starmer", "declaration of intent") != nullptr);
  CHECK(edge(g, "LEADS", "United States", "monitoring mechanism") != nullptr);
  CHECK(edge(g, "COMMITS", "Turkey", "maritime support") != nullptr);
  CHECK(edge(g, "HOLDS_OFFICE", "Mark Rutte", "NATO") != nullptr);
  CHECK(edge(g, "ATTENDED", "New Zealand", "Coalition of the Willing meeting in Paris") != nullptr);
  const auto* held = edge(g, "HELD_IN", "Coalition of the Willing meeting in Paris", "Paris");
  REQUIRE(held);
  CHECK(kg::graph::source_files(held->sources).size() == 5);
}
