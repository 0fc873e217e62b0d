// Layout (all integers varints unless said otherwise; the blob ends with a checksum):
//   "KGDF" version  ndocs  doc*
//   doc      = article  nentities entity*  nquotes quote*  nrelations relation*
//   article  = index title date outlet url nauthors author* noutlets_named outlet_named*  text
//              noffsets nruns (text_pos file_pos)*  nsentences (begin end paragraph)*
//   entity   = kind* name naliases alias*  nattributes (key* value)*  nmentions evidence*
//   quote    = text speaker(svarint) evidence
//   relation = type* start(svarint) end(svarint)  nproperties (key* value)*  evidence
//   evidence = sentence(svarint) begin end rule* confidence(f64)
// Fields marked * are symbols (byte_codec.h): written once per blob, then by number. Offset
// runs: text byte i maps to file byte v + (i - p) for the last run (p, v) with p <= i.
// Entity references (quote speakers, relation ends) are checked on decode: resolve indexes
// with them. Everything else resolve checks itself.
#include "graph/docfacts_codec.h"

#include <cstring>
#include <filesystem>
#include <limits>

namespace kg::graph {
namespace {

constexpr char kMagic[4] = {'K', 'G', 'D', 'F'};

class Encoder {
 public:
  std::string run(const std::vector<ingest::DocFacts>& docs) {
    w_.bytes(std::string_view(kMagic, 4));
    w_.varint(kDocFactsCodecVersion);
    w_.varint(docs.size());
    for (const auto& d : docs) doc(d);
    return seal(w_);
  }

 private:
  ByteWriter w_;
  SymbolWriter sym_;

  void strings(const std::vector<std::string>& list) {
    w_.varint(list.size());
    for (const auto& s : list) w_.str(s);
  }

  void map(const std::map<std::string, std::string>& m) {
    w_.varint(m.size());
    for (const auto& [k, v] : m) {
      sym_.write(w_, k);
      w_.str(v);
    }
  }

  void evidence(const ingest::Evidence& e) {
    w_.svarint(e.sentence);
    w_.varint(e.begin);
    w_.varint(e.end);
    sym_.write(w_, e.rule);
    w_.f64(e.confidence);
  }

  void article(const ingest::Article& a) {
    w_.svarint(a.index);
    w_.str(a.title);
    w_.str(a.date);
    w_.str(a.outlet);
    w_.str(a.url);
    strings(a.authors);
    strings(a.outlets_named);
    w_.str(a.text);
    // An article read from the cache already holds its map as runs.
    const auto& off = a.source_offsets;
    std::vector<ingest::OffsetRun> made;
    if (!off.empty() || a.source_offset_runs.empty()) {
      for (size_t i = 0; i < off.size(); ++i) {
        if (i == 0 || off[i] != off[i - 1] + 1) made.push_back({static_cast<uint32_t>(i), off[i]});
      }
    }
    const auto& runs = made.empty() && off.empty() ? a.source_offset_runs : made;
    w_.varint(off.empty() && !runs.empty() ? a.source_offset_count : off.size());
    w_.varint(runs.size());
    for (const auto& run : runs) {
      w_.varint(run.text);
      w_.varint(run.file);
    }
    w_.varint(a.sentences.size());
    for (const auto& s : a.sentences) {
      w_.varint(s.begin);
      w_.varint(s.end);
      w_.svarint(s.paragraph);
    }
  }

  void doc(const ingest::DocFacts& d) {
    article(d.article);
    w_.varint(d.entities.size());
    for (const auto& e : d.entities) {
      sym_.write(w_, e.kind);
      w_.str(e.name);
      strings(e.aliases);
      map(e.attributes);
      w_.varint(e.mentions.size());
      for (const auto& m : e.mentions) evidence(m);
    }
    w_.varint(d.quotes.size());
    for (const auto& q : d.quotes) {
      w_.str(q.text);
      w_.svarint(q.speaker);
      evidence(q.evidence);
    }
    w_.varint(d.relations.size());
    for (const auto& r : d.relations) {
      sym_.write(w_, r.type);
      w_.svarint(r.start);
      w_.svarint(r.end);
      map(r.properties);
      evidence(r.evidence);
    }
  }
};

class Decoder {
 public:
  Decoder(std::string_view blob, const std::string& path)
      : r_(unseal(blob, "extraction cache of " + path), "extraction cache of " + path), path_(path), file_(std::filesystem::path(path).filename().string()) {}

  std::vector<ingest::DocFacts> run() {
    if (r_.take(4) != std::string_view(kMagic, 4)) r_.fail("not a DocFacts blob");
    const uint64_t version = r_.varint();
    if (version != kDocFactsCodecVersion) r_.fail("codec version " + std::to_string(version) + " is not " + std::to_string(kDocFactsCodecVersion));
    std::vector<ingest::DocFacts> docs(r_.count("articles", 8));
    for (auto& d : docs) doc(d);
    r_.expect_end();
    return docs;
  }

 private:
  ByteReader r_;
  SymbolReader sym_;
  std::string path_, file_;
  std::vector<ingest::Symbol> rules_;  // by symbol number: each rule looked up once per blob

  ingest::Symbol rule() {
    const size_t n = sym_.read_index(r_);
    if (n >= rules_.size()) rules_.resize(n + 1);
    if (rules_[n].empty()) rules_[n] = sym_.at(n);  // (an empty text is looked up each time: no cost)
    return rules_[n];
  }

  static constexpr int64_t kIntMax = std::numeric_limits<int>::max();

  std::vector<std::string> strings(const char* what) {
    std::vector<std::string> out(r_.count(what, 1));
    for (auto& s : out) s = r_.str();
    return out;
  }

  std::map<std::string, std::string> map(const char* what) {
    std::map<std::string, std::string> out;
    const size_t n = r_.count(what, 2);
    for (size_t i = 0; i < n; ++i) {
      // Written from a std::map, so in key order: each goes in at the end without a search
      // (a key out of order still lands in its place).
      const std::string& key = sym_.read(r_);
      out.emplace_hint(out.end(), key, r_.str_view());
    }
    return out;
  }

  ingest::Evidence evidence() {
    ingest::Evidence e;
    e.sentence = static_cast<int>(r_.sint_in(std::numeric_limits<int>::min(), kIntMax, "evidence sentence"));
    e.begin = r_.u32v("evidence begin");
    e.end = r_.u32v("evidence end");
    e.rule = rule();
    e.confidence = r_.f64();
    return e;
  }

  void article(ingest::Article& a) {
    a.file = file_;
    a.path = path_;
    a.index = static_cast<int>(r_.sint_in(std::numeric_limits<int>::min(), kIntMax, "article index"));
    a.title = r_.str();
    a.date = r_.str();
    a.outlet = r_.str();
    a.url = r_.str();
    a.authors = strings("authors");
    a.outlets_named = strings("outlets named");
    a.text = r_.str();
    // The map is as long as the text; the slack only bounds what a corrupt count can allocate.
    const uint64_t n = r_.varint();
    if (n > a.text.size() + 4096) r_.fail("offset map much longer than the text");
    const size_t runs = r_.count("offset runs", 2);
    if (runs > n || (n > 0 && runs == 0)) r_.fail("offset runs do not cover the map");
    // Kept as runs (Article::source_offset reads them): expanding them would write four bytes
    // per text byte that resolution never reads (it looks up two offsets per evidence).
    if (n > std::numeric_limits<uint32_t>::max()) r_.fail("offset map longer than 4 GB");
    a.source_offset_count = static_cast<uint32_t>(n);
    a.source_offset_runs.resize(runs);
    uint64_t next = 0;  // the smallest text position the next run may start at
    for (size_t k = 0; k < runs; ++k) {
      const uint64_t p = r_.varint();
      const uint32_t v = r_.u32v("offset value");
      if (k == 0 ? p != 0 : (p < next || p >= n)) r_.fail("offset runs out of order");
      a.source_offset_runs[k] = {static_cast<uint32_t>(p), v};
      next = p + 1;
    }
    // Sentence bounds are not checked here: resolve checks them before it reads the text.
    a.sentences.resize(r_.count("sentences", 3));
    for (auto& s : a.sentences) {
      s.begin = r_.u32v("sentence begin");
      s.end = r_.u32v("sentence end");
      s.paragraph = static_cast<int>(r_.sint_in(std::numeric_limits<int>::min(), kIntMax, "sentence paragraph"));
    }
  }

  void doc(ingest::DocFacts& d) {
    article(d.article);
    d.entities.resize(r_.count("entities", 4));
    for (auto& e : d.entities) {
      e.kind = sym_.read(r_);
      e.name = r_.str();
      e.aliases = strings("aliases");
      e.attributes = map("attributes");
      e.mentions.resize(r_.count("mentions", 12));
      for (auto& m : e.mentions) m = evidence();
    }
    const auto entity_index = [&](const char* field) {
      return static_cast<int>(r_.sint_in(-1, static_cast<int64_t>(d.entities.size()) - 1, field));
    };
    d.quotes.resize(r_.count("quotes", 13));
    for (auto& q : d.quotes) {
      q.text = r_.str();
      q.speaker = entity_index("quote speaker");
      q.evidence = evidence();
    }
    d.relations.resize(r_.count("relations", 15));
    for (auto& rel : d.relations) {
      rel.type = sym_.read(r_);
      rel.start = entity_index("relation start");
      rel.end = entity_index("relation end");
      rel.properties = map("relation properties");
      rel.evidence = evidence();
    }
  }
};

}  // namespace

std::string encode_doc_facts(const std::vector<ingest::DocFacts>& docs) { return Encoder().run(docs); }

std::vector<ingest::DocFacts> decode_doc_facts(std::string_view blob, const std::string& path) {
  return Decoder(blob, path).run();
}

}  // namespace kg::graph
