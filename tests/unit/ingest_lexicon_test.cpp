#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ingest/errors.h"
#include "ingest/lexicon.h"
#include "ingest/lexicon_data.h"
#include "ingest/tokens.h"

namespace fs = std::filesystem;
using kg::ingest::Lexicon;
using kg::ingest::LexiconError;
using kg::ingest::Role;

namespace {

const Lexicon& lexicon() {
  static const Lexicon lex = Lexicon::load(kg::ingest::find_data_root());
  return lex;
}

// The roles a whole phrase plays in the trie (after tokenising it like text).
std::vector<kg::ingest::PhraseHit> hits(const std::string& phrase) {
  const auto& d = lexicon().data();
  int32_t node = 0;
  for (const auto& t : kg::ingest::tokenize(phrase)) {
    node = d.step(node, d.vocab_id(t.key));
    if (node < 0) return {};
  }
  return d.node_hits[static_cast<size_t>(node)];
}

bool has_role(const std::string& phrase, Role role) {
  for (const auto& h : hits(phrase)) {
    if (h.role == role) return true;
  }
  return false;
}

std::string entity_of(const std::string& name) {
  const auto& d = lexicon().data();
  const int e = d.entity_named(name);
  return e < 0 ? std::string() : d.entities[static_cast<size_t>(e)].kind + ":" + d.entities[static_cast<size_t>(e)].name;
}

// A copy of the data tree in a scratch directory, to break one file at a time.
struct ScratchRoot {
  fs::path root;
  ScratchRoot() {
    root = fs::temp_directory_path() / ("kg_lex_test_" + std::to_string(::getpid()));
    fs::remove_all(root);
    const fs::path src = kg::ingest::find_data_root();
    fs::create_directories(root / "data");
    fs::copy(src / "data" / "lexicon", root / "data" / "lexicon", fs::copy_options::recursive);
    fs::copy(src / "schemas", root / "schemas", fs::copy_options::recursive);
  }
  ~ScratchRoot() { fs::remove_all(root); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(root / "data" / "lexicon" / name, std::ios::trunc) << text;
  }
  std::string error() {
    try {
      Lexicon::load(root);
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "";
  }
};

}  // namespace

TEST_CASE("countries come with aliases, capitals, seats and demonyms") {
  CHECK(entity_of("U.S.") == "Country:United States");
  CHECK(entity_of("United States of America") == "Country:United States");
  CHECK(entity_of("Britain") == "Country:United Kingdom");
  CHECK(entity_of("Türkiye") == "Country:Turkey");
  CHECK(entity_of("Kyiv") == "Place:Kyiv");
  CHECK(entity_of("Kiev") == "Place:Kyiv");
  CHECK(entity_of("the Kremlin") == "Place:Kremlin");
  CHECK(entity_of("Élysée") == "Place:Elysee Palace");
  const auto& d = lexicon().data();
  const auto& kyiv = d.entities[static_cast<size_t>(d.entity_named("Kyiv"))];
  CHECK(d.entities[static_cast<size_t>(kyiv.acts_for)].name == "Ukraine");
  CHECK(has_role("French", Role::Demonym));
  CHECK(has_role("Ukrainians", Role::Demonym));
  CHECK(has_role("French government", Role::ActingForm));
  // 193 UN members and a few others
  int countries = 0;
  for (const auto& e : d.entities) countries += e.kind == "Country" ? 1 : 0;
  CHECK(countries >= 195);
}

TEST_CASE("organisations, templates and offices") {
  CHECK(entity_of("North Atlantic Treaty Organization") == "Organization:NATO");
  CHECK(entity_of("European Commission") == "Organization:European Commission");
  CHECK(entity_of("German Foreign Ministry") == "Organization:German Foreign Ministry");
  CHECK(entity_of("French Ministry of Foreign Affairs") == "Organization:French Foreign Ministry");
  CHECK(entity_of("U.S. Congress") == "Organization:US Congress");
  CHECK(has_role("Prime Minister", Role::Office));
  CHECK(has_role("Supreme Allied Commander Europe", Role::Office));
  CHECK(has_role("said", Role::SpeechVerb));
  CHECK(has_role("according to", Role::SourceBefore));
  CHECK(has_role("in charge of", Role::FramePhrase));
  CHECK(has_role("summit", Role::MeetingHead));
  CHECK(has_role("declaration", Role::DocumentHead));
  CHECK(has_role("mechanism", Role::ForceHead));
  CHECK(has_role("Volodymyr", Role::GivenName));
  CHECK_FALSE(fs::path(lexicon().fingerprint()).empty());
}

TEST_CASE("phrase capitalisation follows the data") {
  // "US" is written in capitals: it needs capitals in text; "president" matches any case.
  bool found = false;
  for (const auto& h : hits("US")) {
    if (h.role == Role::Entity) {
      CHECK(h.upper_mask == 1);
      found = true;
    }
  }
  CHECK(found);
  for (const auto& h : hits("president")) {
    if (h.role == Role::Office) {
      CHECK(h.cap_mask == 0);
      CHECK(h.upper_mask == 0);
    }
  }
}

TEST_CASE("lexicon errors name the file and the line") {
  ScratchRoot s;
  SUBCASE("schema violation") {
    s.write("offices.json", "{\n  \"offices\": [\n    {\"title\": \"President\"},\n    {\"title\": 7}\n  ]\n}\n");
    const std::string e = s.error();
    CHECK(e.find("offices.json:4:") != std::string::npos);
    CHECK(e.find("/offices/1/title") != std::string::npos);
  }
  SUBCASE("syntax error") {
    s.write("given_names.json", "{\n  \"names\": [\"Anna\",\n  \"Bob\"\n  \n}\n");
    const std::string e = s.error();
    CHECK(e.find("given_names.json:5:") != std::string::npos);
    CHECK(e.find("not valid JSON") != std::string::npos);
  }
  SUBCASE("alias shared by two entities") {
    s.write("places.json",
            "{\n  \"places\": [\n    {\"name\": \"Geneva\", \"type\": \"city\"},\n"
            "    {\"name\": \"Lake Geneva\", \"type\": \"water\", \"aliases\": [\"Paris\"]}\n  ]\n}\n");
    const std::string e = s.error();
    CHECK(e.find("places.json:4:") != std::string::npos);
    CHECK(e.find("already a name of Place Paris") != std::string::npos);
  }
  SUBCASE("unknown reference") {
    s.write("places.json", "{\n  \"places\": [\n    {\"name\": \"Atlantis\", \"type\": \"city\",\n     \"country\": \"Oceania\"}\n  ]\n}\n");
    const std::string e = s.error();
    CHECK(e.find("places.json:4:") != std::string::npos);
    CHECK(e.find("unknown Country 'Oceania'") != std::string::npos);
  }
  SUBCASE("unknown kind") {
    s.write("places.json", "{\n  \"places\": [\n    {\"name\": \"Atlantis\", \"type\": \"planet\"}\n  ]\n}\n");
    const std::string e = s.error();
    CHECK(e.find("places.json:3:") != std::string::npos);
    CHECK(e.find("enum") != std::string::npos);
  }
  SUBCASE("missing file") {
    fs::remove(s.root / "data" / "lexicon" / "frames.json");
    CHECK(s.error().find("frames.json:0: lexicon file is missing") != std::string::npos);
  }
}

TEST_CASE("find_data_root honours an override and reports where it looked") {
  CHECK(fs::exists(kg::ingest::find_data_root() / "data" / "lexicon" / "countries.json"));
  CHECK_THROWS_WITH_AS(kg::ingest::find_data_root("/nonexistent/kg"), doctest::Contains("/nonexistent/kg"), std::runtime_error);
}

TEST_CASE("cue lists and head subsets are validated") {
  ScratchRoot s;
  const fs::path frames = s.root / "data" / "lexicon" / "frames.json";
  const fs::path heads = s.root / "data" / "lexicon" / "heads.json";
  const auto replace_in = [](const fs::path& p, const std::string& from, const std::string& to) {
    std::stringstream text;
    text << std::ifstream(p).rdbuf();
    std::string t = text.str();
    const size_t at = t.find(from);
    REQUIRE(at != std::string::npos);
    t.replace(at, from.size(), to);
    std::ofstream(p, std::ios::trunc) << t;
  };
  SUBCASE("a cue list the rules do not know") {
    replace_in(frames, "\"passive_be\":", "\"passive_bee\":");
    const std::string e = s.error();
    CHECK(e.find("frames.json:") != std::string::npos);
    CHECK(e.find("passive_be") != std::string::npos);
  }
  SUBCASE("a signable head that is not a document head") {
    replace_in(heads, "\"signable\": [\"declaration\",", "\"signable\": [\"declaration\", \"handshake\",");
    const std::string e = s.error();
    CHECK(e.find("heads.json:") != std::string::npos);
    CHECK(e.find("'handshake' is not one of the document heads") != std::string::npos);
  }
  SUBCASE("a contribution word in two domains") {
    replace_in(heads, "\"air\": [\"air\",", "\"air\": [\"air\", \"naval\",");
    const std::string e = s.error();
    CHECK(e.find("heads.json:") != std::string::npos);
    CHECK(e.find("'naval' is also in domain 'sea'") != std::string::npos);
  }
  SUBCASE("a contribution phrase of three words") {
    replace_in(heads, "\"land\": [\"ground\",", "\"land\": [\"ground\", \"boots on the ground\",");
    CHECK(s.error().find("'boots on the ground' has more than two words") != std::string::npos);
  }
  SUBCASE("the shipped lists load, each word under its cue") {
    CHECK(s.error().empty());
    CHECK(has_role("videolink", Role::Cue));
    CHECK(has_role("witnessed", Role::Cue));
    CHECK_FALSE(has_role("summit", Role::Cue));
  }
}
