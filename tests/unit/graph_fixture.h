// A small hand-built graph shared by the graph-library unit tests.
#pragma once

#include "graph/graph_data.h"

namespace kg::test {

inline graph::GraphData small_graph() {
  using namespace kg::graph;
  GraphData g;
  auto src = [](const char* file, const char* text) {
    Source s;
    s.file = file;
    s.sentence = 0;
    s.begin = 10;
    s.end = 20;
    s.text = text;
    s.rule = "test";
    return s;
  };
  g.nodes.push_back({"Person", "Emmanuel Macron", {"Emmanuel Macron", "Macron"}, {}, {src("a.txt", "Macron spoke.")}});
  g.nodes.push_back({"Country", "France", {"France", "Paris"}, {}, {src("a.txt", "France")}});
  Node quote{"Quote", "It's a \"test\" \\ quote", {}, {}, {src("b.txt", "x")}};
  quote.properties["text"] = std::string("It's a \"test\" \\ quote");
  g.nodes.push_back(quote);
  Node article{"Article", "A title", {}, {}, {}};
  article.properties["file"] = std::string("a.txt");
  article.properties["article"] = int64_t{0};
  article.properties["date"] = std::string("2026-01-06");
  article.properties["authors"] = std::vector<std::string>{"Jane Doe", "John Roe"};
  g.nodes.push_back(article);
  Edge office{"HOLDS_OFFICE", 0, 1, {}, {src("a.txt", "s1"), src("b.txt", "s2"), src("a.txt", "s3")}};
  office.properties["title"] = std::string("President");
  g.edges.push_back(office);
  g.edges.push_back({"SAID", 0, 2, {}, {src("b.txt", "x")}});
  return g;
}

}  // namespace kg::test
