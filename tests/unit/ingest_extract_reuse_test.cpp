// Extraction's reused room (issue 5, session 5): keys written into used buffers, tokens into a
// used vector, a Doc's arrays taken from the previous article's, matches indexed by their end.
// Whatever was in the room before, the answers are those of a fresh start.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_fixture.h"
#include "ingest/analysis.h"
#include "ingest/lexicon_data.h"
#include "ingest/name_key.h"
#include "ingest/person_names.h"
#include "ingest/tokens.h"

using kg::ingest::name_key;
using kg::ingest::name_key_into;
using kg::ingest::Token;
using kg::ingest::tokenize;
using kg::ingest::tokenize_into;
using kg::test::facts;

TEST_CASE("name_key_into replaces what the buffer held, long or short") {
  std::string out = "a previous key that is longer than the next one";
  name_key_into("Zelenskyy's", out);
  CHECK(out == "zelenskyys");
  name_key_into("The Coalition of the Willing", out);
  CHECK(out == "coalition of the willing");
  name_key_into("U.S.", out);
  CHECK(out == "us");
  name_key_into("--", out);
  CHECK(out.empty());
  name_key_into("Sánchez", out);
  CHECK(out == "sanchez");
  CHECK(name_key("Sánchez") == "sanchez");  // the by-value form after the cache holds it
}

TEST_CASE("family and given name comparisons give the same answers when repeated") {
  // The second round is answered from the per-thread key and skeleton buffers.
  for (int round = 0; round < 2; ++round) {
    CHECK(kg::ingest::surname_variants("Zelensky", "Zelenskyy"));
    CHECK_FALSE(kg::ingest::surname_variants("Macron", "Maron"));
    CHECK(kg::ingest::family_name_matches("Tayyip Erdogan", "Erdogan"));
    CHECK_FALSE(kg::ingest::family_name_matches("Tayyip Erdogan", "Tayyip Erdogan Bey"));
    CHECK(kg::ingest::given_name_compatible("Steve", "Steven"));
    CHECK(kg::ingest::given_name_compatible("V.", "Volodymyr"));
    CHECK_FALSE(kg::ingest::given_name_compatible("Keir", "Emmanuel"));
    CHECK(kg::ingest::name_skeleton("Zelenskyy") == "zelenski");
  }
}

TEST_CASE("tokenize_into a used vector gives the tokens of a fresh one") {
  const std::string first = "A long first text.\n\nWith two paragraphs, and U.S.-led talks.";
  const std::string second = "Macron's \"coalition\" met in Paris.";
  std::vector<Token> used;
  tokenize_into(first, used);
  REQUIRE(used.size() == 15);
  CHECK(used.back().paragraph == 1);
  tokenize_into(second, used);
  const std::vector<Token> fresh = tokenize(second);
  REQUIRE(used.size() == fresh.size());
  REQUIRE(used.size() == 9);
  for (size_t i = 0; i < used.size(); ++i) {
    CHECK(used[i].key == fresh[i].key);
    CHECK(used[i].begin == fresh[i].begin);
    CHECK(used[i].flags == fresh[i].flags);
    CHECK(used[i].paragraph == 0);  // the count starts again
  }
  CHECK(used[0].key == "macron");
  CHECK(used[0].is(kg::ingest::tok::kNewPara));
  CHECK(used[1].key == "'s");
  CHECK(used[3].key == "coalition");
}

TEST_CASE("matches by end: ending_at finds the longest match of a role ending at a token") {
  const kg::ingest::Article a = kg::test::article("The French Foreign Minister spoke. Then the minister left.");
  const kg::ingest::detail::Doc d(a, kg::test::lexicon().data());
  // "Foreign Minister" (tokens 2-3) is an office ending before token 4; so is "minister" (8).
  const kg::ingest::detail::Match* office = d.ending_at(4, kg::ingest::Role::Office);
  REQUIRE(office != nullptr);
  CHECK(office->first == 2);
  CHECK(office->len == 2);
  const kg::ingest::detail::Match* later = d.ending_at(9, kg::ingest::Role::Office);
  REQUIRE(later != nullptr);
  CHECK(later->first == 8);
  CHECK(later->len == 1);
  CHECK(d.ending_at(5, kg::ingest::Role::Office) == nullptr);
  // Every match is listed once, under the token it ends before.
  size_t listed = 0;
  for (int e = 0; e <= d.size(); ++e) {
    for (uint32_t k = d.end_begin[static_cast<size_t>(e)]; k < d.end_begin[static_cast<size_t>(e) + 1]; ++k) {
      const kg::ingest::detail::Match& mt = d.matches[d.by_end[k]];
      CHECK(mt.first + mt.len == e);
      ++listed;
    }
  }
  CHECK(listed == d.matches.size());
}

TEST_CASE("an article extracted after others gives what it gives alone") {
  const std::string text =
      "PARIS, Jan 6 - French President Emmanuel Macron hosted a summit of the Coalition of the Willing in Paris late "
      "on Tuesday. \"We are ready,\" Macron said.\n\nBritish Prime Minister Keir Starmer attended the summit.";
  const kg::ingest::DocFacts alone = facts(text);
  // A longer article first: the next Doc takes its (larger, used) room.
  std::string longer;
  for (int i = 0; i < 40; ++i) longer += "German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelenskyy in Berlin.\n\n";
  const kg::ingest::DocFacts other = facts(longer);
  CHECK(kg::test::entity(other, "Person", "Friedrich Merz") >= 0);
  const kg::ingest::DocFacts again = facts(text);
  REQUIRE(again.entities.size() == alone.entities.size());
  for (size_t i = 0; i < alone.entities.size(); ++i) {
    CHECK(again.entities[i].name == alone.entities[i].name);
    CHECK(again.entities[i].aliases == alone.entities[i].aliases);
    CHECK(again.entities[i].mentions.size() == alone.entities[i].mentions.size());
  }
  REQUIRE(again.relations.size() == alone.relations.size());
  for (size_t i = 0; i < alone.relations.size(); ++i) CHECK(again.relations[i].type == alone.relations[i].type);
  CHECK(again.quotes.size() == alone.quotes.size());
  CHECK(kg::test::entity(again, "Person", "Emmanuel Macron") >= 0);
  CHECK(kg::test::entity(again, "Person", "Keir Starmer") >= 0);
  CHECK(kg::test::related(again, "HOLDS_OFFICE", "Keir Starmer", "United Kingdom"));
}

TEST_CASE("node_has_next marks exactly the trie nodes some phrase goes on from") {
  const kg::ingest::Lexicon::Data& lex = kg::test::lexicon().data();
  REQUIRE(lex.node_has_next.size() == lex.node_hits.size());
  std::vector<uint8_t> from(lex.node_hits.size(), 0);
  lex.edges.for_each([&](uint64_t edge, int32_t) { from[static_cast<size_t>(edge >> 32)] = 1; });
  CHECK(from == lex.node_has_next);
  // "foreign" goes on ("foreign minister"); "foreign minister" is a phrase of its own.
  const int32_t foreign = lex.step(0, lex.vocab_id("foreign"));
  REQUIRE(foreign >= 0);
  CHECK(lex.node_has_next[static_cast<size_t>(foreign)] == 1);
  const int32_t minister = lex.step(foreign, lex.vocab_id("minister"));
  REQUIRE(minister >= 0);
  CHECK_FALSE(lex.node_hits[static_cast<size_t>(minister)].empty());
}
