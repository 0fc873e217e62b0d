// SharedString: sources' strings shared by reference count (graph/shared_string.h).
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <thread>
#include <vector>

#include "graph/byte_codec.h"
#include "graph/graph_data.h"
#include "graph/shared_string.h"

using kg::graph::SharedString;
using kg::graph::Source;

TEST_CASE("a shared string reads and compares like the string it holds") {
  const SharedString s(std::string("Leaders met in Vilnius."));
  const std::string& ref = s;
  CHECK(ref == "Leaders met in Vilnius.");
  CHECK(s.size() == 23);
  CHECK(s == "Leaders met in Vilnius.");
  CHECK(s == std::string("Leaders met in Vilnius."));
  CHECK(s == std::string_view("Leaders met in Vilnius."));
  CHECK(s != "Leaders met in Riga.");
  CHECK(SharedString("a.txt") < SharedString("b.txt"));
  CHECK(s.substr(15, 7) == "Vilnius");
  std::ostringstream out;
  out << s;
  CHECK(out.str() == "Leaders met in Vilnius.");
  CHECK(std::string("[") + s + "]" == "[Leaders met in Vilnius.]");
  std::map<std::string, int> by_text{{"Leaders met in Vilnius.", 1}};
  CHECK(by_text.at(s) == 1);
}

TEST_CASE("copies share one object; equal texts made apart are equal but not the same object") {
  const SharedString a(std::string("rule:one"));
  const SharedString b = a;
  const SharedString c(std::string("rule:one"));
  CHECK(a.same_object(b));
  CHECK(a.object_key() == b.object_key());
  CHECK_FALSE(a.same_object(c));
  CHECK(a == c);
  SharedString d;
  CHECK(d.empty());
  CHECK(d.object_key() == 0);
  CHECK(d == "");
  d = a;
  CHECK(d.same_object(a));
  d = std::string("other");
  CHECK(d == "other");
  CHECK(a == "rule:one");  // assigning d changed neither a nor b
}

TEST_CASE("the kept checksum is checksum64 of the text") {
  const SharedString s(std::string("The summit closed with a joint communique."));
  CHECK(s.checksum() == kg::graph::checksum64("The summit closed with a joint communique."));
  CHECK(s.checksum() == kg::graph::checksum64("The summit closed with a joint communique."));  // kept
  CHECK(SharedString().checksum() == kg::graph::checksum64(""));
}

TEST_CASE("copies made and dropped on several threads leave the text intact") {
  const SharedString text(std::string("Ministers pledged 2,000 troops."));
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      std::vector<Source> sources(5000);
      for (auto& s : sources) s.text = text;
      for (const auto& s : sources) REQUIRE(s.text.same_object(text));
    });
  }
  for (auto& t : threads) t.join();
  CHECK(text == "Ministers pledged 2,000 troops.");
  Source copy;
  copy.text = text;
  const Source again = copy;
  CHECK(again.text.same_object(text));
}
