// Resolution: many articles' local facts -> one graph.
//
// Design. Documents are first put in a canonical order (file, article index), so the result
// never depends on the order they were given in. Local entities are then clustered with a
// union-find, in passes whose rules are symmetric:
//   1. same kind and a shared name key of a name or alias (people: only names of two or more
//      words, so "Trump" alone never joins two Trumps); meetings also need dates that agree,
//      documents the same qualifiers ("joint" is not "trilateral");
//   2. people whose family names are transliteration variants (ingest/person_names.h) and
//      whose given names agree, when a given name or an office backs the match;
//   3. people named by family name alone join the one cluster of full names that carries a
//      variant of it (left alone when several do);
//   4. meetings with the same owner and place; documents with one head signed by the same
//      states (even inside one article: "a trilateral declaration by France, Britain and Ukraine"
//      is the declaration their leaders signed); a meeting's closing texts (communique, joint
//      statement, "a statement issued after the meeting"); forces with the same head noun and
//      the same leader.
// A cluster's name is its most frequent name (people: the most frequent full name), ties to
// the longest, then alphabetical. Quotes become Quote nodes with SAID edges from their
// speaker's node; two quotes merge when they have the same speaker and nearly the same words
// (token F1 >= 0.8, or one containing the other's words when those are at least two: a one-word
// quotation such as "robust" inside a longer one is a separate remark), keeping the longest text. Relationships merge
// on (type, start, end) and keep every piece of evidence. An office seen without its state in
// one article ("President Donald Trump") adds evidence to the HOLDS_OFFICE edge with the same
// title that other articles give. Each article becomes an Article node, and the outlet that
// published it an Organization.
#include "graph/resolve.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "ingest/name_key.h"
#include "ingest/person_names.h"

namespace kg::graph {
namespace {

using ingest::name_key;

struct Item {
  int doc;    // index into the sorted documents
  int local;  // index into DocFacts::entities
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int x) {
    while (parent_[static_cast<size_t>(x)] != x) {
      parent_[static_cast<size_t>(x)] = parent_[static_cast<size_t>(parent_[static_cast<size_t>(x)])];
      x = parent_[static_cast<size_t>(x)];
    }
    return x;
  }
  // The smaller root wins, so the outcome does not depend on the order of calls.
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[static_cast<size_t>(b)] = a;
  }

 private:
  std::vector<int> parent_;
};

std::vector<std::string> tokens_of(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : name_key(s)) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

double token_f1(const std::string& a, const std::string& b) {
  std::vector<std::string> ta = tokens_of(a), tb = tokens_of(b);
  if (ta.empty() || tb.empty()) return 0.0;
  std::map<std::string, int> ca;
  for (const auto& t : ta) ++ca[t];
  int common = 0;
  for (const auto& t : tb) {
    auto it = ca.find(t);
    if (it != ca.end() && it->second > 0) {
      ++common;
      --it->second;
    }
  }
  if (common == 0) return 0.0;
  const double p = static_cast<double>(common) / static_cast<double>(ta.size());
  const double r = static_cast<double>(common) / static_cast<double>(tb.size());
  return 2 * p * r / (p + r);
}

bool contains_words(const std::string& longer, const std::string& shorter) {
  const std::string a = " " + name_key(longer) + " ", b = " " + name_key(shorter) + " ";
  return b.size() > 2 && a.find(b) != std::string::npos;
}

std::string attr(const ingest::LocalEntity& e, const char* key) {
  auto it = e.attributes.find(key);
  return it == e.attributes.end() ? std::string() : it->second;
}

std::set<std::string> split_set(const std::string& s) {
  std::set<std::string> out;
  size_t from = 0;
  while (from <= s.size() && !s.empty()) {
    const size_t bar = s.find('|', from);
    const std::string part = s.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
    if (!part.empty()) out.insert(name_key(part));
    if (bar == std::string::npos) break;
    from = bar + 1;
  }
  return out;
}

class Resolver {
 public:
  explicit Resolver(const std::vector<ingest::DocFacts>& input) {
    docs_.reserve(input.size());
    for (const auto& d : input) docs_.push_back(&d);
    std::sort(docs_.begin(), docs_.end(), [](const ingest::DocFacts* a, const ingest::DocFacts* b) {
      return std::tie(a->article.file, a->article.index, a->article.path) < std::tie(b->article.file, b->article.index, b->article.path);
    });
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      first_item_.push_back(static_cast<int>(items_.size()));
      for (int l = 0; l < static_cast<int>(docs_[static_cast<size_t>(d)]->entities.size()); ++l) items_.push_back({d, l});
    }
    first_item_.push_back(static_cast<int>(items_.size()));
  }

  GraphData run() {
    UnionFind uf(items_.size());
    by_names(uf);
    people(uf);
    by_structure(uf);
    build_nodes(uf);
    build_quotes();
    build_relations();
    infer_offices();
    articles();
    return std::move(g_);
  }

 private:
  std::vector<const ingest::DocFacts*> docs_;
  std::vector<Item> items_;
  std::vector<int> first_item_;
  std::vector<NodeId> node_of_;  // item -> node
  GraphData g_;
  std::map<std::tuple<std::string, NodeId, NodeId>, EdgeId> edge_index_;

  const ingest::LocalEntity& ent(int item) const {
    const Item& it = items_[static_cast<size_t>(item)];
    return docs_[static_cast<size_t>(it.doc)]->entities[static_cast<size_t>(it.local)];
  }
  int item_of(int doc, int local) const { return first_item_[static_cast<size_t>(doc)] + local; }

  // ---- pass 1: names

  static bool is_phrase_kind(const std::string& k) { return k == "Meeting" || k == "Document" || k == "Force"; }

  bool compatible(const ingest::LocalEntity& a, const ingest::LocalEntity& b) const {
    if (a.kind != b.kind) return false;
    if (a.kind == "Meeting") {
      const std::string da = attr(a, "date"), db = attr(b, "date");
      if (!da.empty() && !db.empty() && da != db) return false;
      const bool ca = attr(a, "head").find("call") != std::string::npos;
      const bool cb = attr(b, "head").find("call") != std::string::npos;
      if (ca != cb) return false;
    }
    if (a.kind == "Document" && attr(a, "qualifiers") != attr(b, "qualifiers") &&
        !(attr(a, "text") == "outcome" && attr(b, "text") == "outcome")) {
      return false;
    }
    if (a.kind == "Person") {
      if (!ingest::given_name_compatible(attr(a, "first_name"), attr(b, "first_name"))) return false;
    }
    return true;
  }

  void by_names(UnionFind& uf) {
    std::map<std::pair<std::string, std::string>, std::vector<int>> index;  // (kind, key) -> items
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      const auto& e = ent(i);
      std::set<std::string> keys;
      auto add = [&](const std::string& n) {
        const std::string k = name_key(n);
        if (k.empty()) return;
        if (e.kind == "Person" && k.find(' ') == std::string::npos) return;
        keys.insert(k);
      };
      add(e.name);
      for (const auto& a : e.aliases) add(a);
      for (const auto& k : keys) index[{e.kind, k}].push_back(i);
    }
    for (const auto& [key, list] : index) {
      for (size_t x = 1; x < list.size(); ++x) {
        for (size_t y = 0; y < x; ++y) {
          if (compatible(ent(list[y]), ent(list[x])) && cluster_compatible(uf, list[y], list[x])) {
            uf.unite(list[y], list[x]);
            break;
          }
        }
      }
    }
  }

  // Meetings with different dates never share a cluster, however aliases chain.
  bool cluster_compatible(UnionFind& uf, int a, int b) {
    if (ent(a).kind != "Meeting") return true;
    std::set<std::string> da, db;
    const int ra = uf.find(a), rb = uf.find(b);
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      const int r = uf.find(i);
      if (r != ra && r != rb) continue;
      const std::string d = attr(ent(i), "date");
      if (d.empty()) continue;
      (r == ra ? da : db).insert(d);
    }
    if (da.empty() || db.empty()) return true;
    for (const auto& d : da) {
      if (db.count(d)) return true;
    }
    return false;
  }

  // ---- pass 2, 3: people

  void people(UnionFind& uf) {
    // The passes below compare persons pairwise and read only name, surname, first name and
    // office, so persons alike in all four are compared once, through the first of them, and
    // joined to it at the end: a corpus naming the same people in thousands of articles stays
    // fast (the pairwise work grows with distinct people, not with mentions).
    std::vector<int> persons;
    std::vector<std::pair<int, int>> repeats;  // (person, the first one alike)
    std::map<std::tuple<std::string, std::string, std::string, std::string>, int> first_alike;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      if (ent(i).kind != "Person") continue;
      auto [it, fresh] = first_alike.try_emplace(
          std::tuple(ent(i).name, attr(ent(i), "surname"), attr(ent(i), "first_name"), attr(ent(i), "office")), i);
      if (fresh) persons.push_back(i);
      else repeats.emplace_back(i, it->second);
    }
    auto surname = [&](int i) {
      const std::string s = attr(ent(i), "surname");
      return s.empty() ? ent(i).name : s;
    };
    auto office = [&](int i) { return name_key(attr(ent(i), "office")); };
    // Full names that are variants.
    for (size_t x = 0; x < persons.size(); ++x) {
      const int a = persons[x];
      const std::string ga = attr(ent(a), "first_name");
      if (ga.empty()) continue;
      for (size_t y = x + 1; y < persons.size(); ++y) {
        const int b = persons[y];
        const std::string gb = attr(ent(b), "first_name");
        if (gb.empty()) continue;
        if (!ingest::surname_variants(surname(a), surname(b))) continue;
        const bool same_surname = name_key(surname(a)) == name_key(surname(b));
        const bool given_backs = name_key(ga) == name_key(gb) || ingest::given_name_compatible(ga, gb);
        const bool office_backs = !office(a).empty() && office(a) == office(b);
        if ((same_surname && given_backs) || (!same_surname && (name_key(ga) == name_key(gb) || (given_backs && office_backs)))) {
          uf.unite(a, b);
        }
      }
    }
    // Family names alone join the one cluster of full names that carries them.
    for (int a : persons) {
      if (!attr(ent(a), "first_name").empty()) continue;
      std::set<int> roots;
      int backed = -1;
      for (int b : persons) {
        if (attr(ent(b), "first_name").empty()) continue;
        if (!ingest::family_name_matches(surname(b), surname(a))) continue;
        roots.insert(uf.find(b));
        if (!office(a).empty() && office(a) == office(b)) backed = uf.find(b);
      }
      if (roots.size() == 1) uf.unite(a, *roots.begin());
      else if (backed >= 0) uf.unite(a, backed);
    }
    // Single names with no full name anywhere merge with each other by name (done in pass 1
    // only for multi-word names).
    std::map<std::string, int> single;
    for (int a : persons) {
      if (!attr(ent(a), "first_name").empty()) continue;
      bool joined = false;
      for (int b : persons) joined = joined || (b != a && uf.find(b) == uf.find(a));
      if (joined) continue;
      const std::string k = name_key(ent(a).name);
      auto [it, fresh] = single.try_emplace(k, a);
      if (!fresh) uf.unite(it->second, a);
    }
    for (const auto& [a, first] : repeats) uf.unite(a, first);
  }

  // ---- pass 4: structure

  void by_structure(UnionFind& uf) {
    // Signers of documents, from SIGNED relations, by item.
    std::map<int, std::set<std::string>> signers;  // document item -> signer name keys
    std::map<int, std::set<std::string>> leaders;  // force item -> leader name keys
    std::map<int, std::set<int>> producers;        // document item -> producing meeting items
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      for (const auto& r : docs_[static_cast<size_t>(d)]->relations) {
        if (r.start < 0 || r.end < 0) continue;
        const auto& s = docs_[static_cast<size_t>(d)]->entities[static_cast<size_t>(r.start)];
        if (r.type == "SIGNED" && s.kind == "Country") signers[item_of(d, r.end)].insert(name_key(s.name));
        if (r.type == "LEADS" && (s.kind == "Country" || s.kind == "Organization")) leaders[item_of(d, r.end)].insert(name_key(s.name));
        if (r.type == "PRODUCED") producers[item_of(d, r.end)].insert(item_of(d, r.start));
      }
    }
    for (int a = 0; a < static_cast<int>(items_.size()); ++a) {
      const auto& ea = ent(a);
      if (!is_phrase_kind(ea.kind)) continue;
      for (int b = a + 1; b < static_cast<int>(items_.size()); ++b) {
        const auto& eb = ent(b);
        if (eb.kind != ea.kind) continue;
        const bool same_doc = items_[static_cast<size_t>(a)].doc == items_[static_cast<size_t>(b)].doc;
        if (ea.kind == "Document" && attr(ea, "head") == attr(eb, "head") &&
            (attr(ea, "qualifiers").empty() || attr(eb, "qualifiers").empty())) {
          // The same states signed both: one document ("a trilateral declaration by France,
          // Britain and Ukraine" is the declaration their leaders signed).
          int shared = 0;
          const auto& sa = signers[a];
          for (const auto& x : signers[b]) shared += sa.count(x) ? 1 : 0;
          if (shared >= 2 && shared == static_cast<int>(std::min(sa.size(), signers[b].size()))) {
            uf.unite(a, b);
            continue;
          }
        }
        if (ea.kind == "Document" && !attr(ea, "text").empty() && !attr(eb, "text").empty()) {
          // The closing texts of one meeting are one text (communique, joint statement, "a
          // statement issued after the meeting").
          bool same_meeting = false;
          for (int pa : producers[a]) {
            for (int pb : producers[b]) same_meeting = same_meeting || uf.find(pa) == uf.find(pb);
          }
          if (same_meeting && (attr(ea, "text") == "outcome" || attr(eb, "text") == "outcome")) {
            uf.unite(a, b);
            continue;
          }
        }
        if (same_doc || !compatible(ea, eb)) continue;
        bool merge = false;
        if (ea.kind == "Meeting") {
          const auto oa = split_set(attr(ea, "owner")), ob = split_set(attr(eb, "owner"));
          const auto pa = split_set(attr(ea, "place")), pb = split_set(attr(eb, "place"));
          bool owner = false, place = false;
          for (const auto& o : oa) owner = owner || ob.count(o);
          for (const auto& p : pa) place = place || pb.count(p);
          merge = owner && place;
        } else if (ea.kind == "Force") {
          bool shared = false;
          for (const auto& l : leaders[b]) shared = shared || leaders[a].count(l);
          merge = shared && attr(ea, "head") == attr(eb, "head");
        }
        if (merge && cluster_compatible(uf, a, b)) uf.unite(a, b);
      }
    }
  }

  // ---- nodes

  Source source_of(int doc, const ingest::Evidence& ev) const {
    const ingest::Article& a = docs_[static_cast<size_t>(doc)]->article;
    Source s;
    s.file = a.file;
    s.article = a.index;
    s.sentence = ev.sentence;
    s.begin = a.source_offset(ev.begin);
    s.end = ev.end > ev.begin ? a.source_offset(ev.end - 1) + 1 : s.begin;
    if (ev.sentence >= 0 && static_cast<size_t>(ev.sentence) < a.sentences.size()) {
      const ingest::Sentence& sen = a.sentences[static_cast<size_t>(ev.sentence)];
      if (sen.end <= a.text.size() && sen.begin <= sen.end) s.text = a.text.substr(sen.begin, sen.end - sen.begin);
    } else if (ev.end <= a.text.size() && ev.begin < ev.end) {
      s.text = a.text.substr(ev.begin, ev.end - ev.begin);
    }
    s.rule = ev.rule;
    s.confidence = ev.confidence;
    return s;
  }

  static std::string pick_name(const std::map<std::string, int>& counts) {
    std::string best;
    int best_n = -1;
    for (const auto& [name, n] : counts) {
      if (n > best_n || (n == best_n && name.size() > best.size())) {
        best = name;
        best_n = n;
      }
    }
    return best;
  }

  void build_nodes(UnionFind& uf) {
    std::map<int, std::vector<int>> clusters;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) clusters[uf.find(i)].push_back(i);
    node_of_.assign(items_.size(), kNoNode);
    struct Pending {
      Node node;
      std::vector<int> members;
    };
    std::vector<Pending> pending;
    for (const auto& [root, members] : clusters) {
      Pending p;
      p.members = members;
      Node& n = p.node;
      n.kind = ent(root).kind;
      std::map<std::string, int> names, full_names, alias_counts;
      std::map<std::string, std::string> alias_by_key;
      std::map<std::string, std::map<std::string, int>> attrs;
      for (int m : members) {
        const auto& e = ent(m);
        names[e.name] += 1;
        if (n.kind == "Person" && !attr(e, "first_name").empty()) full_names[e.name] += 1;
        for (const auto& a : e.aliases) {
          const std::string k = name_key(a);
          if (k.empty()) continue;
          alias_counts[k] += 1;
          auto it = alias_by_key.find(k);
          if (it == alias_by_key.end() || a < it->second) alias_by_key[k] = a;
        }
        for (const auto& [k, v] : e.attributes) attrs[k][v] += 1;
        for (const auto& ev : e.mentions) n.sources.push_back(source_of(items_[static_cast<size_t>(m)].doc, ev));
      }
      n.name = pick_name(full_names.empty() ? names : full_names);
      // aliases: the name first, then by frequency and alphabet
      std::vector<std::pair<int, std::string>> al;
      for (const auto& [k, c] : alias_counts) al.emplace_back(-c, alias_by_key[k]);
      std::sort(al.begin(), al.end());
      n.aliases.push_back(n.name);
      for (const auto& [c, a] : al) {
        if (name_key(a) != name_key(n.name)) n.aliases.push_back(a);
      }
      for (const auto& [k, values] : attrs) {
        if (k == "merged_into") continue;
        n.properties[k] = pick_name(values);
      }
      pending.push_back(std::move(p));
    }
    // Deterministic node order: kind, then name, then first member.
    std::sort(pending.begin(), pending.end(), [&](const Pending& a, const Pending& b) {
      return std::tie(a.node.kind, a.node.name, a.members.front()) < std::tie(b.node.kind, b.node.name, b.members.front());
    });
    for (auto& p : pending) {
      const NodeId id = static_cast<NodeId>(g_.nodes.size());
      for (int m : p.members) node_of_[static_cast<size_t>(m)] = id;
      g_.nodes.push_back(std::move(p.node));
    }
  }

  NodeId node(int doc, int local) const {
    if (local < 0) return kNoNode;
    return node_of_[static_cast<size_t>(item_of(doc, local))];
  }

  // ---- quotes

  void build_quotes() {
    struct Q {
      NodeId speaker;
      std::string text;
      std::vector<Source> sources;
    };
    std::vector<Q> quotes;
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      for (const auto& q : docs_[static_cast<size_t>(d)]->quotes) {
        const NodeId sp = node(d, q.speaker);
        Source src = source_of(d, q.evidence);
        bool merged = false;
        for (Q& x : quotes) {
          if (x.speaker != sp || sp == kNoNode) continue;
          // Nearly the same words, or one quotation holding the other whole (a long part only:
          // "robust" inside a longer quotation is a different remark).
          const bool same = token_f1(x.text, q.text) >= 0.8 ||
                            (tokens_of(q.text).size() >= 2 && contains_words(x.text, q.text)) ||
                            (tokens_of(x.text).size() >= 2 && contains_words(q.text, x.text));
          if (!same) continue;
          if (q.text.size() > x.text.size()) x.text = q.text;
          x.sources.push_back(src);
          merged = true;
          break;
        }
        if (!merged) quotes.push_back(Q{sp, q.text, {src}});
      }
    }
    for (Q& q : quotes) {
      Node n;
      n.kind = "Quote";
      n.name = q.text;
      n.properties["text"] = q.text;
      n.sources = q.sources;
      const NodeId id = static_cast<NodeId>(g_.nodes.size());
      g_.nodes.push_back(std::move(n));
      if (q.speaker != kNoNode) {
        Edge e;
        e.type = "SAID";
        e.source = q.speaker;
        e.target = id;
        e.sources = q.sources;
        g_.edges.push_back(std::move(e));
      }
    }
  }

  // ---- relationships

  EdgeId edge(const std::string& type, NodeId a, NodeId b) {
    auto key = std::make_tuple(type, a, b);
    auto it = edge_index_.find(key);
    if (it != edge_index_.end()) return it->second;
    Edge e;
    e.type = type;
    e.source = a;
    e.target = b;
    const EdgeId id = static_cast<EdgeId>(g_.edges.size());
    g_.edges.push_back(std::move(e));
    edge_index_.emplace(key, id);
    return id;
  }

  void build_relations() {
    std::map<EdgeId, std::map<std::string, std::set<std::string>>> props;
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      for (const auto& r : docs_[static_cast<size_t>(d)]->relations) {
        const NodeId a = node(d, r.start), b = node(d, r.end);
        if (a == kNoNode || b == kNoNode || a == b) continue;
        const EdgeId id = edge(r.type, a, b);
        g_.edges[id].sources.push_back(source_of(d, r.evidence));
        for (const auto& [k, v] : r.properties) {
          if (!v.empty()) props[id][k].insert(v);
        }
      }
    }
    for (auto& [id, kv] : props) {
      for (auto& [k, values] : kv) {
        std::string joined;
        for (const auto& v : values) joined += (joined.empty() ? "" : "; ") + v;
        g_.edges[id].properties[k] = joined;
      }
    }
  }

  // An office seen without its state ("President Donald Trump") supports the HOLDS_OFFICE edge
  // with that title which other articles give, when there is exactly one.
  void infer_offices() {
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      const auto& facts = *docs_[static_cast<size_t>(d)];
      for (int l = 0; l < static_cast<int>(facts.entities.size()); ++l) {
        const auto& e = facts.entities[static_cast<size_t>(l)];
        if (e.kind != "Person") continue;
        const std::string title = attr(e, "office");
        if (title.empty()) continue;
        bool has_edge = false;
        for (const auto& r : facts.relations) has_edge = has_edge || (r.type == "HOLDS_OFFICE" && r.start == l);
        if (has_edge) continue;
        const NodeId p = node(d, l);
        EdgeId only = static_cast<EdgeId>(-1);
        int count = 0;
        for (EdgeId id = 0; id < g_.edges.size(); ++id) {
          const Edge& x = g_.edges[id];
          if (x.type != "HOLDS_OFFICE" || x.source != p) continue;
          auto it = x.properties.find("title");
          if (it == x.properties.end()) continue;
          const auto* t = std::get_if<std::string>(&it->second);
          if (!t || name_key(*t).find(name_key(title)) == std::string::npos) continue;
          only = id;
          ++count;
        }
        if (count != 1) continue;
        for (const auto& ev : e.mentions) {
          Source s = source_of(d, ev);
          s.rule = "office:same-title-elsewhere";
          s.confidence = 0.6;
          g_.edges[only].sources.push_back(s);
          break;
        }
      }
    }
  }

  // The outlet that published an article is an organisation too.
  void outlet(const ingest::Article& a) {
    if (a.outlet.empty()) return;
    const std::string key = name_key(a.outlet);
    Source s;
    s.file = a.file;
    s.article = a.index;
    s.rule = "organization:outlet";
    s.text = a.outlet;
    for (Node& n : g_.nodes) {
      if (n.kind != "Organization") continue;
      bool same = name_key(n.name) == key;
      for (const auto& al : n.aliases) same = same || name_key(al) == key;
      if (same) {
        n.sources.push_back(s);
        return;
      }
    }
    Node n;
    n.kind = "Organization";
    n.name = a.outlet;
    n.aliases.push_back(a.outlet);
    n.properties["type"] = std::string("outlet");
    n.sources.push_back(s);
    g_.nodes.push_back(std::move(n));
  }

  void articles() {
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) outlet(docs_[static_cast<size_t>(d)]->article);
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      const ingest::Article& a = docs_[static_cast<size_t>(d)]->article;
      Node n;
      n.kind = "Article";
      n.name = a.title.empty() ? a.file : a.title;
      n.aliases.push_back(n.name);
      n.properties["file"] = a.file;
      if (!a.title.empty()) n.properties["title"] = a.title;
      if (!a.date.empty()) n.properties["date"] = a.date;
      if (!a.outlet.empty()) n.properties["outlet"] = a.outlet;
      if (!a.url.empty()) n.properties["url"] = a.url;
      n.properties["authors"] = a.authors;
      n.properties["article"] = static_cast<int64_t>(a.index);
      Source s;
      s.file = a.file;
      s.article = a.index;
      s.rule = "article:metadata";
      n.sources.push_back(s);
      g_.nodes.push_back(std::move(n));
    }
  }
};

}  // namespace

GraphData resolve(const std::vector<ingest::DocFacts>& docs) { return Resolver(docs).run(); }

}  // namespace kg::graph
