// Resolution: many articles' local facts -> one graph.
//
// Design. Documents are first put in a canonical order (file, article index), so the result
// never depends on the order they were given in. Local entities are then clustered with a
// union-find, in passes whose rules are symmetric:
//   1. same kind and a shared name key of a name or alias (people: only names of two or more
//      words, so "Trump" alone never joins two Trumps); meetings also need dates that agree
//      (and two clusters that each hold a meeting of one article are never joined; meetings
//      alike in everything in articles of the same date are joined first, the k-th of one
//      article with the k-th of another, so a copied article's meetings join its original's
//      clusters), documents the same qualifiers ("joint" is not "trilateral"); a bare head ("the
//      ceremony"), a head with only its qualifiers ("joint declaration") or a head with only
//      its owner ("NATO session") joins only items of
//      articles dated at most three days apart;
//   2. people whose family names are transliteration variants (ingest/person_names.h) and
//      whose given names agree, when a given name or an office backs the match;
//   3. people named by family name alone join the one cluster of full names that carries a
//      variant of it (left alone when several do);
//   4. meetings with the same owner and place; documents with one head signed by the same
//      states (even inside one article: "a trilateral declaration by Peru, Chile and Bolivia"
//      is the declaration their leaders signed); a meeting's closing texts (communique, joint
//      statement, "a statement issued after the summit"); forces with the same head noun and
//      the same leader.
// Forces also meet in pass 1 under their match keys (ingest/force_key.h: "support for the
// Ukrainian army" = "support for Ukraine's armed forces") when their heads agree.
// A cluster's name is its most frequent name (people: the most frequent full name), ties to
// the longest, then alphabetical. Quotes become Quote nodes with SAID edges from their
// speaker's node; two quotes merge when they have the same speaker and nearly the same words
// (token F1 >= 0.8; or, for quotes of eight words or more, F1 >= 0.6 with a run of six words in
// common: the same remark translated or trimmed by another outlet; or one containing the other's words when those are at least two: a one-word
// quotation such as "robust" inside a longer one is a separate remark), keeping the longest text. Relationships merge
// on (type, start, end) and keep every piece of evidence. An office seen without its state in
// one article ("President Donald Trump") adds evidence to the HOLDS_OFFICE edge with the same
// title that other articles give. Each article becomes an Article node, and the news organisations
// its text names (outlet, wires, photo agencies) Organizations.
#include "graph/resolve.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <deque>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <span>

#include "graph/parallel_for.h"
#include "graph/thread_cpu.h"
#include "ingest/calendar.h"
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

// The words of a name key.
std::vector<std::string> words_of_key(const std::string& key) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : key) {
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

// Outlets print the same remark with and without contractions ("he's ready" / "he is
// ready"): words are compared spelled out. Keys drop apostrophes ("he's" -> "hes"), so the
// contracted forms are whole words here; those that are also other words ("we'll" = "well",
// "we're" = "were", "it's" = "its") are left alone.
std::vector<std::string> spelled_out(const std::vector<std::string>& words) {
  static const std::unordered_map<std::string, std::vector<std::string>> kForms = {
      {"hes", {"he", "is"}},         {"shes", {"she", "is"}},       {"thats", {"that", "is"}},
      {"theres", {"there", "is"}},   {"whats", {"what", "is"}},     {"dont", {"do", "not"}},
      {"doesnt", {"does", "not"}},   {"didnt", {"did", "not"}},     {"isnt", {"is", "not"}},
      {"arent", {"are", "not"}},     {"wasnt", {"was", "not"}},     {"werent", {"were", "not"}},
      {"cant", {"can", "not"}},      {"cannot", {"can", "not"}},    {"wont", {"will", "not"}},
      {"couldnt", {"could", "not"}}, {"wouldnt", {"would", "not"}}, {"shouldnt", {"should", "not"}},
      {"havent", {"have", "not"}},   {"hasnt", {"has", "not"}},     {"hadnt", {"had", "not"}},
      {"ive", {"i", "have"}},        {"weve", {"we", "have"}},      {"theyve", {"they", "have"}},
      {"youve", {"you", "have"}},    {"youre", {"you", "are"}},     {"theyre", {"they", "are"}},
      {"im", {"i", "am"}}};
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const auto& w : words) {
    if (auto it = kForms.find(w); it != kForms.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    else out.push_back(w);
  }
  return out;
}

// A quotation's words, computed once: comparing quotes of one speaker pairwise is what made
// resolution grow with the square of the corpus, and each comparison used to fold and split
// both texts again. Words are numbered (the same word, the same number), so the measures below
// compare integers (token F1 over word multisets, longest common run of words, one text's
// words inside the other's).
class WordNumbers {
 public:
  int operator()(const std::string& word) { return ids_.try_emplace(word, static_cast<int>(ids_.size())).first->second; }

 private:
  std::unordered_map<std::string, int> ids_;
};

struct QuoteWords {
  std::string key;          // name_key of the text
  std::vector<int> words;   // the key's words, in order
  std::vector<int> sorted;  // the same, sorted
  uint64_t bits = 0;        // one bit per word (several words may share one): a word of one
                            // quote whose bit the other's lack is not a word in common
  QuoteWords() = default;
  // `text_key` is name_key of the text.
  QuoteWords(const std::string& text_key, WordNumbers& numbers) : key(text_key) {
    for (const auto& t : spelled_out(words_of_key(key))) words.push_back(numbers(t));
    sorted = words;
    std::sort(sorted.begin(), sorted.end());
    for (int w : words) bits |= uint64_t{1} << ((static_cast<uint64_t>(w) * 0x9E3779B97F4A7C15ull) >> 58);
  }
};

// Words two quotes have in common, counted with repetition.
size_t common_words(const QuoteWords& a, const QuoteWords& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.sorted.size() && j < b.sorted.size()) {
    if (a.sorted[i] < b.sorted[j]) ++i;
    else if (b.sorted[j] < a.sorted[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

// Token F1 of two quotes with `common` words in common (common_words).
double token_f1(const QuoteWords& a, const QuoteWords& b, size_t common) {
  if (a.words.empty() || b.words.empty() || common == 0) return 0.0;
  const double p = static_cast<double>(common) / static_cast<double>(a.words.size());
  const double r = static_cast<double>(common) / static_cast<double>(b.words.size());
  return 2 * p * r / (p + r);
}

// The longest run of consecutive words two quotes share.
size_t common_run(const QuoteWords& a, const QuoteWords& b) {
  const std::vector<int>&ta = a.words, &tb = b.words;
  std::vector<size_t> prev(tb.size() + 1, 0), cur(tb.size() + 1, 0);
  size_t best = 0;
  for (size_t i = 1; i <= ta.size(); ++i) {
    for (size_t j = 1; j <= tb.size(); ++j) {
      cur[j] = ta[i - 1] == tb[j - 1] ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

// The shorter text's words inside the longer one: as one run, or, for six words or more, in
// order with at most two other words between two of them ("once the truce holds Kenya and Ghana will set up" in
// "once the truce holds, both Kenya and Ghana will set up"): an outlet trimming a remark.
// `common` is common_words of the two.
bool contains_words(const QuoteWords& longer, const QuoteWords& shorter, size_t common) {
  if (shorter.words.empty() || common != shorter.words.size()) return false;
  const std::vector<int>&l = longer.words, &t = shorter.words;
  if (t.size() >= 6) {
    // At most two words between two of the shorter text's words: a trim, not a scattering.
    constexpr size_t kMaxGap = 2;
    for (size_t start = 0; start < l.size(); ++start) {
      if (l[start] != t[0]) continue;
      size_t at = 1, i = start + 1, gap = 0;
      for (; i < l.size() && at < t.size() && gap <= kMaxGap; ++i) {
        if (l[i] == t[at]) ++at, gap = 0;
        else ++gap;
      }
      if (at == t.size()) return true;
    }
    return false;
  }
  return std::search(l.begin(), l.end(), t.begin(), t.end()) != l.end();
}

const std::string& attr(const ingest::LocalEntity& e, const char* key) {
  static const std::string kNone;
  auto it = e.attributes.find(key);
  return it == e.attributes.end() ? kNone : it->second;
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

// The parts of a '|'-separated attribute as they are written.
std::vector<std::string> split_raw(const std::string& s) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from < s.size()) {
    const size_t bar = std::min(s.find('|', from), s.size());
    if (bar > from) out.push_back(s.substr(from, bar - from));
    from = bar + 1;
  }
  return out;
}

class Resolver {
 public:
  explicit Resolver(const std::vector<ingest::DocFacts>& input, unsigned threads = 0) : threads_(threads) {
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
    traits_.reserve(items_.size());
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) traits_.push_back(traits_of(i));
  }

  // Passes are timed in CPU time of this thread: what each costs whatever else runs (the
  // nodes' sources are made on every core: that pass shows this thread's share).
  GraphData run(std::vector<std::pair<std::string, double>>* steps) {
    double t = thread_cpu_seconds();
    auto step = [&](const char* name) {
      const double now = thread_cpu_seconds();
      if (steps) steps->emplace_back(name, now - t);
      t = now;
    };
    UnionFind uf(items_.size());
    by_names(uf);
    step("resolve.names_cpu");
    people(uf);
    step("resolve.people_cpu");
    by_structure(uf);
    step("resolve.structure_cpu");
    make_strings();
    step("resolve.strings_cpu");
    build_nodes(uf);
    step("resolve.nodes_cpu");
    build_quotes();
    step("resolve.quotes_cpu");
    build_relations();
    step("resolve.relations_cpu");
    infer_offices();
    step("resolve.offices_cpu");
    articles();
    step("resolve.articles_cpu");
    return std::move(g_);
  }

 private:
  unsigned threads_;  // for parallel_for: 0 is one per core
  std::vector<const ingest::DocFacts*> docs_;
  std::vector<Item> items_;
  std::vector<int> first_item_;
  std::vector<NodeId> node_of_;  // item -> node
  // Numbers for the strings compatible() only tests for equality, one per distinct text, 0
  // for the empty one: a comparison of two items then reads their traits alone, not their
  // entities' strings scattered over the decoded documents (the kind test's cache misses were
  // three quarters of compatible()'s time, and the name pass calls it for every item against
  // up to 256 representatives).
  class TextIds {
   public:
    uint32_t operator()(std::string_view s) {  // `s` must outlive the ids (a document's string)
      if (s.empty()) return 0;
      return ids_.try_emplace(s, static_cast<uint32_t>(ids_.size() + 1)).first->second;
    }
    uint32_t kept(std::string s) {  // a string made here: kept for its view
      if (s.empty()) return 0;
      if (auto it = ids_.find(s); it != ids_.end()) return it->second;
      return (*this)(own_.emplace_back(std::move(s)));
    }

   private:
    std::unordered_map<std::string_view, uint32_t> ids_;
    std::deque<std::string> own_;
  };
  TextIds text_ids_;
  // What compatible() and the name pass read of each item, looked up once.
  struct Traits {
    enum Code : uint8_t { Other, Meeting, Document, Person };
    const std::string* first_name;
    uint32_t kind, date, head, qualifiers, ordinal;  // TextIds
    uint32_t prefix;  // a document's name before its head's first word (named_apart), TextIds
    Code code;
    bool call, outcome, future;
  };
  std::vector<Traits> traits_;
  Traits traits_of(int i) {
    const auto& e = ent(i);
    static const std::string kNone;
    const std::string *date = &kNone, *head = &kNone, *qualifiers = &kNone, *ordinal = &kNone;
    Traits t{&kNone, text_ids_(e.kind), 0, 0, 0, 0, 0, Traits::Other, false, false, false};
    t.code = e.kind == "Meeting" ? Traits::Meeting : e.kind == "Document" ? Traits::Document : e.kind == "Person" ? Traits::Person : Traits::Other;
    for (const auto& [k, v] : e.attributes) {  // one pass over a few attributes, not a lookup each
      if (k == "date") date = &v;
      else if (k == "head") head = &v;
      else if (k == "qualifiers") qualifiers = &v;
      else if (k == "first_name") t.first_name = &v;
      else if (k == "text") t.outcome = v == "outcome";
      else if (k == "future") t.future = v == "true";
      else if (k == "ordinal") ordinal = &v;
    }
    t.call = head->find("call") != std::string::npos;
    t.head = text_ids_(*head);
    if (t.code == Traits::Meeting) {
      t.date = text_ids_(*date);
      t.ordinal = text_ids_(*ordinal);
      if (std::vector<std::string> topics = meeting_topics(i); !topics.empty()) topics_.emplace(i, std::move(topics));
    } else if (t.code == Traits::Document) {
      t.qualifiers = text_ids_(*qualifiers);
      if (!head->empty()) t.prefix = text_ids_.kept(name_prefix(e.name, *head));
    }
    return t;
  }
  GraphData g_;
  struct EdgeKeyHash {
    size_t operator()(const std::tuple<std::string, NodeId, NodeId>& k) const {
      return (std::hash<std::string>()(std::get<0>(k)) * 31 + std::get<1>(k)) * 1000003u + std::get<2>(k);
    }
  };
  std::unordered_map<std::tuple<std::string, NodeId, NodeId>, EdgeId, EdgeKeyHash> edge_index_;
  std::map<int, std::set<std::string>> dates_;  // cluster root -> dates of its meetings

  // name_key of strings the documents hold, computed once per distinct string: the same names
  // recur in thousands of articles.
  // `s` must be a string the documents hold (it is kept as the memo's key).
  using KeyMemo = std::unordered_map<std::string_view, std::string>;
  KeyMemo keys_;
  const std::string& key_of(std::string_view s) { return memo_key(keys_, s); }
  static const std::string& memo_key(KeyMemo& memo, std::string_view s) {
    auto it = memo.find(s);
    if (it == memo.end()) it = memo.emplace(s, name_key(s)).first;
    return it->second;
  }

  const ingest::LocalEntity& ent(int item) const {
    const Item& it = items_[static_cast<size_t>(item)];
    return docs_[static_cast<size_t>(it.doc)]->entities[static_cast<size_t>(it.local)];
  }
  int item_of(int doc, int local) const { return first_item_[static_cast<size_t>(doc)] + local; }

  // ---- pass 1: names

  static bool is_phrase_kind(const std::string& k) { return k == "Meeting" || k == "Document" || k == "Force"; }

  // Whether items a and b may be one entity: same kind; meetings on the same date and of the same edition (when both
  // have one) and both calls or neither; documents with the same qualifiers (or both a
  // meeting's outcome); people whose given names agree.
  bool compatible(int a, int b) const {
    const Traits &x = traits_[static_cast<size_t>(a)], &y = traits_[static_cast<size_t>(b)];
    if (x.kind != y.kind) return false;
    switch (x.code) {
      case Traits::Meeting:
        // one article's meetings were told apart by its own reading ("the talks" and "the
        // summit" of one report): a name they share, such as "meeting in Lima", does not join them
        if (items_[static_cast<size_t>(a)].doc == items_[static_cast<size_t>(b)].doc) return false;
        if (x.date && y.date && x.date != y.date) return false;
        // "the 11th" and "the 12th" leaders' meeting are two editions of one series
        if (x.ordinal && y.ordinal && x.ordinal != y.ordinal) return false;
        if (topics_apart(a, b)) return false;
        return x.call == y.call && x.future == y.future;  // a meeting to come is not one that was held
      case Traits::Document:
        if (!named_apart(a, b)) return false;
        return x.qualifiers == y.qualifiers || (x.outcome && y.outcome);
      case Traits::Person: return ingest::given_name_compatible(*x.first_name, *y.first_name);
      default: break;
    }
    // Two forces whose leading states or bodies are known and have none in common are two
    // forces, however alike their names: an AU-led "Joint Monitoring Mechanism" in one country
    // and another article's Kenyan-led one of the same name in another. (Only
    // forces have leaders here; the lists are sorted numbers, so the test is a merge walk.)
    if (!force_leaders_.empty()) {
      const std::vector<uint32_t>&la = force_leaders_[static_cast<size_t>(a)], &lb = force_leaders_[static_cast<size_t>(b)];
      if (!la.empty() && !lb.empty() && !sorted_intersect(la, lb)) return false;
    }
    return true;
  }
  // Two documents whose names put different words before their head ("Apia Declaration on
  // Fisheries Control" and "Suva Declaration on Fisheries Control") are two texts,
  // whatever shorter alias they share ("Declaration on Fisheries Control").
  // Each document's prefix is made once with its traits (name_prefix), not at every comparison.
  bool named_apart(int a, int b) const {
    const Traits &x = traits_[static_cast<size_t>(a)], &y = traits_[static_cast<size_t>(b)];
    if (!x.head || x.head != y.head) return true;
    return !x.prefix || !y.prefix || x.prefix == y.prefix;
  }
  // The name key of a document's name before the first word of its head ("apia" of "Apia
  // Declaration on Fisheries Control", head "declaration"); empty when the word is not in it.
  static std::string name_prefix(const std::string& name, const std::string& head) {
    const std::string first = name_key(head.substr(0, head.find(' ')));
    const std::string k = name_key(name);
    const size_t at = (" " + k + " ").find(" " + first + " ");
    return at == std::string::npos ? std::string() : k.substr(0, at);
  }
  // Two meetings whose proper names give different subjects after "on" ("Ministerial Meeting
  // on Fisheries" and "Ministerial Meeting on Energy Transit") are two meetings, whatever
  // shorter alias they share ("Ministerial Meeting").
  std::vector<std::string> meeting_topics(int i) const {
    std::vector<std::string> topics;
    auto add = [&](const std::string& n) {
      const size_t at = n.find(" on ");
      if (at == std::string::npos || at + 4 >= n.size() || !(n[at + 4] >= 'A' && n[at + 4] <= 'Z')) return;
      topics.push_back(name_key(n.substr(at + 4)));
    };
    add(ent(i).name);
    for (const auto& al : ent(i).aliases) add(al);
    return topics;
  }
  // Meeting item -> its topics, for the meetings that have any: made once with the traits,
  // since compatible() asks for them at every comparison of two meetings.
  std::unordered_map<int, std::vector<std::string>> topics_;
  bool topics_apart(int a, int b) const {
    const auto fa = topics_.find(a), fb = topics_.find(b);
    if (fa == topics_.end() || fb == topics_.end()) return false;
    for (const auto& x : fa->second) {
      for (const auto& y : fb->second) {
        if (x.starts_with(y) || y.starts_with(x)) return false;
      }
    }
    return true;
  }
  bool titled_apart(int a, int b) const {
    auto names = [&](int i) {
      std::vector<std::string> n{ent(i).name};
      n.insert(n.end(), ent(i).aliases.begin(), ent(i).aliases.end());
      return n;
    };
    return ingest::document_titles_apart(names(a), attr(ent(a), "head"), names(b));
  }
  static bool sorted_intersect(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i] == b[j]) return true;
      a[i] < b[j] ? ++i : ++j;
    }
    return false;
  }
  // Per item, the leading states and bodies of a force (numbered name keys, sorted); empty for
  // every other item and for a force with no known leader.
  std::vector<std::vector<uint32_t>> force_leaders_;

  // Unites two clusters unless they are meetings on different dates, or meetings of which
  // both hold one of the same article (that article told them apart: "the talks" and "the
  // summit" of one report are two meetings, even when each matches another report's).
  // Each cluster's dates are kept with its root, and so are its meetings of articles holding
  // two or more (the smaller list appended to the larger): the article check looks at the
  // smaller side's such meetings and their articles' items, however large the other cluster.
  bool join(UnionFind& uf, int a, int b) {
    int ra = uf.find(a), rb = uf.find(b);
    if (ra == rb) return true;
    auto da = dates_.find(ra), db = dates_.find(rb);
    if (da != dates_.end() && db != dates_.end()) {
      bool shared = false;
      for (const auto& d : da->second) shared = shared || db->second.count(d);
      if (!shared) return false;
    }
    const std::span<const int> ma = paired_meetings(ra), mb = paired_meetings(rb);
    if (!ma.empty() && !mb.empty()) {
      const bool a_small = ma.size() <= mb.size();
      const int large_root = a_small ? rb : ra;
      for (int m : a_small ? ma : mb) {
        const int doc = items_[static_cast<size_t>(m)].doc;
        for (int o = first_item_[static_cast<size_t>(doc)]; o < first_item_[static_cast<size_t>(doc) + 1]; ++o) {
          if (o != m && traits_[static_cast<size_t>(o)].code == Traits::Meeting && uf.find(o) == large_root) return false;
        }
      }
    }
    uf.unite(ra, rb);
    const int root = uf.find(ra), gone = root == ra ? rb : ra;
    auto g = dates_.find(gone);
    if (g != dates_.end()) {
      dates_[root].insert(g->second.begin(), g->second.end());
      dates_.erase(gone);
    }
    if (!ma.empty() || !mb.empty()) {
      std::vector<int> merged;
      auto take = [&](int r, std::span<const int> members) {
        if (auto m = cluster_meetings_.find(r); m != cluster_meetings_.end()) {
          if (merged.size() < m->second.size()) std::swap(merged, m->second);
          merged.insert(merged.end(), m->second.begin(), m->second.end());
          cluster_meetings_.erase(m);
        } else {
          merged.insert(merged.end(), members.begin(), members.end());
        }
      };
      take(ra, ma);
      take(rb, mb);
      cluster_meetings_[root] = std::move(merged);
    }
    return true;
  }
  // Meetings of articles that hold two or more (the only ones an article can tell apart), per
  // cluster root: a root with no entry holds just itself when it is one of them.
  std::unordered_map<int, std::vector<int>> cluster_meetings_;
  // Per item: the item itself when it is a meeting of an article holding two or more, else -1
  // (the one-member span of such a meeting alone in its cluster, with no map entry to make).
  std::vector<int> paired_self_;
  std::span<const int> paired_meetings(int root) const {
    if (auto m = cluster_meetings_.find(root); m != cluster_meetings_.end()) return m->second;
    if (!paired_self_.empty() && paired_self_[static_cast<size_t>(root)] >= 0) return {&paired_self_[static_cast<size_t>(root)], 1};
    return {};
  }

  // Clusters the items of one candidate list: each item is compared with one member of each
  // cluster met so far in the list and joins the first it fits. Linear in the list when
  // everything merges, however long the list is. `unite` joins two clusters or refuses (join()).
  template <class Fits>
  void cluster_list(UnionFind& uf, const std::vector<int>& list, Fits fits) {
    cluster_list(uf, list, fits, [&](int a, int b) { return join(uf, a, b); });
  }
  template <class Fits, class Unite>
  void cluster_list(UnionFind& uf, const std::vector<int>& list, Fits fits, Unite unite) {
    std::vector<int> reps;
    for (int item : list) {
      bool placed = false;
      for (int& r : reps) {
        if (uf.find(r) == uf.find(item)) {
          placed = true;
          break;
        }
        if (fits(r, item) && unite(r, item)) {
          placed = true;
          break;
        }
      }
      if (!placed) reps.push_back(item);
      if (reps.size() > 256) reps.erase(reps.begin());  // a name shared by very many things
    }
  }

  void by_names(UnionFind& uf) {
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      if (ent(i).kind == "Meeting" && !attr(ent(i), "date").empty()) dates_[i].insert(attr(ent(i), "date"));
    }
    paired_self_.assign(items_.size(), -1);
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      int n = 0;
      for (int i = first_item_[static_cast<size_t>(d)]; i < first_item_[static_cast<size_t>(d) + 1]; ++i) n += traits_[static_cast<size_t>(i)].code == Traits::Meeting;
      if (n < 2) continue;
      for (int i = first_item_[static_cast<size_t>(d)]; i < first_item_[static_cast<size_t>(d) + 1]; ++i) {
        if (traits_[static_cast<size_t>(i)].code == Traits::Meeting) paired_self_[static_cast<size_t>(i)] = i;
      }
    }
    std::unordered_map<std::string, uint32_t> leader_ids;
    std::vector<std::vector<uint32_t>> leaders(items_.size());
    bool any_leader = false;
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      const auto& doc = *docs_[static_cast<size_t>(d)];
      for (const auto& r : doc.relations) {
        if (r.type != "LEADS" || r.start < 0 || r.end < 0) continue;
        const auto& s = doc.entities[static_cast<size_t>(r.start)];
        if (doc.entities[static_cast<size_t>(r.end)].kind != "Force") continue;
        if (s.kind != "Country" && s.kind != "Organization") continue;
        const uint32_t id = leader_ids.emplace(key_of(s.name), static_cast<uint32_t>(leader_ids.size())).first->second;
        std::vector<uint32_t>& l = leaders[static_cast<size_t>(item_of(d, r.end))];
        if (auto at = std::lower_bound(l.begin(), l.end(), id); at == l.end() || *at != id) l.insert(at, id);
        any_leader = true;
      }
    }
    if (any_leader) force_leaders_ = std::move(leaders);
    same_items(uf);
    article_day_.clear();
    for (const auto* doc : docs_) article_day_.push_back(ingest::day_number(doc->article.date));
    // "kind\0key" of every head with only its qualifiers ("joint declaration")
    std::unordered_set<std::string> qualified_heads;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      const auto& e = ent(i);
      const std::string& head = attr(e, "head");
      const std::string& qualifiers = attr(e, "qualifiers");
      if (!is_phrase_kind(e.kind) || head.empty() || qualifiers.empty()) continue;
      std::string all;
      for (const auto& q : split_raw(qualifiers)) {
        qualified_heads.insert(e.kind + '\0' + name_key(q + " " + head));
        all += q + " ";
      }
      qualified_heads.insert(e.kind + '\0' + name_key(all + head));
    }
    // One kind's items meet only under that kind's keys, and its clusters are never compared
    // with another kind's (compatible() wants one kind): each kind's keys, lists and their
    // clustering are made on a thread of their own, and the union-find writes of two kinds
    // touch different items. Only meetings keep dates and paired meetings (join); in this
    // pass every cluster holds one kind, so for the other kinds join() is a plain union and
    // leaves those maps to the meetings' thread. Each kind keeps a memo of name keys of its
    // own, merged into key_of()'s afterwards. The outcome is the one of clustering every list
    // in (kind, key) order on one thread, whatever the number of threads.
    std::map<std::string_view, std::vector<int>> kinds;  // kind -> its items, in item order
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) kinds[ent(i).kind].push_back(i);
    std::vector<const std::pair<const std::string_view, std::vector<int>>*> by_kind;
    for (const auto& entry : kinds) by_kind.push_back(&entry);
    std::vector<KeyMemo> memos(by_kind.size());
    parallel_for(by_kind.size(), threads_, [&](size_t k) {
      cluster_kind(uf, by_kind[k]->first, by_kind[k]->second, qualified_heads, memos[k]);
    });
    for (KeyMemo& memo : memos) {
      for (auto& [text, key] : memo) keys_.try_emplace(text, std::move(key));
    }
  }
  // Pass 1 for the items of one kind (see by_names): their keys, the candidate lists under
  // each, and the lists clustered in key order.
  void cluster_kind(UnionFind& uf, std::string_view kind, const std::vector<int>& items,
                    const std::unordered_set<std::string>& qualified_heads, KeyMemo& memo) {
    std::unordered_map<std::string, std::vector<int>> index;  // key -> items, in item order
    std::vector<std::string> keys, weak;
    std::string slot;
    for (int i : items) {
      const auto& e = ent(i);
      keys.clear();
      auto add = [&](const std::string& n) {
        const std::string& k = memo_key(memo, n);
        if (k.empty()) return;
        if (e.kind == "Person" && k.find(' ') == std::string::npos) return;
        keys.push_back(k);
      };
      add(e.name);
      for (const auto& a : e.aliases) add(a);
      // A bare head ("ceremony", "communique") is the same thing only in reports of the same
      // days: its own list ('^'), joined only between articles dated at most kBareHeadDays
      // apart (a wire story and its copies, five outlets on one summit; not two treaties
      // signed months apart, each at "a ceremony").
      // So is a head with only its owner ("NATO session", "session of the NATO"): every
      // gathering of a body has that name.
      if (is_phrase_kind(e.kind) && !keys.empty()) {
        const std::string& head = attr(e, "head");
        if (!head.empty()) {
          weak.clear();
          weak.push_back(memo_key(memo, head));
          if (const std::string& owner = attr(e, "owner"); !owner.empty()) {
            weak.push_back(name_key(owner + " " + head));  // not memo_key: a temporary (the memo keeps its key)
            weak.push_back(name_key(head + " of the " + owner));
            weak.push_back(name_key(head + " of " + owner));
          }
          // So is a head with only its qualifiers ("joint declaration", "final communique"),
          // whatever item it names: every summit adopts one, and one body's "joint declaration"
          // is not another body's "Joint Declaration" of months later.
          for (const auto& k : keys) {
            slot.assign(e.kind).push_back('\0');
            slot += k;
            if (qualified_heads.count(slot)) weak.push_back(k);
          }
          // And a meeting named only by its place ("Brussels meeting", "talks in Brussels",
          // "meeting at NATO headquarters"): a capital sees many meetings a year.
          if (e.kind == "Meeting") {
            const std::vector<std::string> places = split_raw(attr(e, "place"));
            if (!places.empty()) {
              if (place_only(e.name, places)) weak.push_back(memo_key(memo, e.name));
              for (const auto& a : e.aliases) {
                if (place_only(a, places)) weak.push_back(memo_key(memo, a));
              }
            }
          }
          for (auto& k : keys) {
            if (std::find(weak.begin(), weak.end(), k) != weak.end()) k.insert(k.begin(), '^');
          }
        }
      }
      // A force's match keys (ingest/force_key.h) sit apart from name keys ('~'), and only
      // forces with the same head meet under them.
      if (e.kind == "Force") {
        for (const auto& k : split_raw(attr(e, "match_keys"))) keys.push_back("~" + k);
        // One state's only contribution of a domain in an article ("maritime support",
        // "securing the shipping lanes"; ingest/contribution_coref.cpp) is the same one as
        // another article's of the same days ('+', joined as bare heads are).
        if (const std::string& c = attr(e, "contribution"); !c.empty()) keys.push_back("+" + c);
      }
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      for (const auto& k : keys) index[k].push_back(i);
    }
    std::vector<const std::pair<const std::string, std::vector<int>>*> lists;
    lists.reserve(index.size());
    for (const auto& entry : index) lists.push_back(&entry);
    std::sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    const bool meetings = kind == "Meeting";
    for (const auto* entry : lists) {
      const std::string_view key = entry->first;
      const bool match_key = key.starts_with("~"), bare = key.starts_with("^") || key.starts_with("+");
      const auto fits = [&](int a, int b) {
        return compatible(a, b) && (!match_key || traits_[static_cast<size_t>(a)].head == traits_[static_cast<size_t>(b)].head) &&
               (!bare || days_apart(a, b) <= kBareHeadDays);
      };
      cluster_list(uf, entry->second, fits, [&](int a, int b) {
        if (meetings) return join(uf, a, b);
        uf.unite(a, b);
        return true;
      });
    }
  }

  // Meetings alike in everything pass 1 reads (name, aliases, attributes) in articles of the
  // same date are one meeting, and are joined before the lists are clustered: the lists join
  // an item to the first representative it fits, and one article's meetings never fit each
  // other, so two such meetings could otherwise land in different clusters depending on what
  // was merged before them (a copied article's second "summit" joining the cluster of the
  // original's first). Alike meetings of one article are paired by rank: the k-th of an
  // article with the k-th of another, so one article's meetings stay apart. Linear: meetings
  // meet under a hash of what they are, compared in full only when hashes agree. (Other kinds
  // need no such step: an item fits whatever an item alike fits, and people alike in name,
  // family name, given name and office are joined by the people pass.)
  bool alike(int a, int b) const {
    const ingest::LocalEntity &x = ent(a), &y = ent(b);
    if (x.kind != y.kind || x.name != y.name || x.aliases != y.aliases || x.attributes != y.attributes) return false;
    if (!force_leaders_.empty() && force_leaders_[static_cast<size_t>(a)] != force_leaders_[static_cast<size_t>(b)]) return false;
    return docs_[static_cast<size_t>(items_[static_cast<size_t>(a)].doc)]->article.date ==
           docs_[static_cast<size_t>(items_[static_cast<size_t>(b)].doc)]->article.date;
  }
  void same_items(UnionFind& uf) {
    const auto mix = [](uint64_t h, uint64_t v) {
      h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
      return h;
    };
    const std::hash<std::string_view> hs;
    std::vector<uint64_t> hash(items_.size());
    std::vector<uint32_t> rank(items_.size());
    std::unordered_map<uint64_t, uint32_t> in_doc;
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      in_doc.clear();
      const uint64_t date = hs(docs_[static_cast<size_t>(d)]->article.date);
      for (int i = first_item_[static_cast<size_t>(d)]; i < first_item_[static_cast<size_t>(d) + 1]; ++i) {
        if (traits_[static_cast<size_t>(i)].code != Traits::Meeting) continue;
        const ingest::LocalEntity& e = ent(i);
        uint64_t h = mix(date, hs(e.kind));
        h = mix(h, hs(e.name));
        h = mix(h, e.aliases.size());
        for (const auto& a : e.aliases) h = mix(h, hs(a));
        for (const auto& [k, v] : e.attributes) h = mix(mix(h, hs(k)), hs(v));
        if (!force_leaders_.empty()) {
          for (uint32_t l : force_leaders_[static_cast<size_t>(i)]) h = mix(h, l);
        }
        rank[static_cast<size_t>(i)] = in_doc[h]++;
        hash[static_cast<size_t>(i)] = mix(h, rank[static_cast<size_t>(i)]);
      }
    }
    // hash -> the first item met under it. Two items that are not alike under one hash (64
    // bits: never seen) are left to the lists, as every item was before.
    std::unordered_map<uint64_t, int> first;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      if (traits_[static_cast<size_t>(i)].code != Traits::Meeting) continue;
      const auto [at, fresh] = first.try_emplace(hash[static_cast<size_t>(i)], i);
      const int f = at->second;
      if (!fresh && rank[static_cast<size_t>(f)] == rank[static_cast<size_t>(i)] && alike(f, i) && compatible(f, i)) join(uf, f, i);
    }
  }

  // Whether `name` is one of `places` with only lower-case words around it: a head and its
  // links ("Brussels meeting", "talks in Brussels"), no owner or proper name ("Ukraine Defense
  // Contact Group meeting in Brussels").
  static bool place_only(const std::string& name, const std::vector<std::string>& places) {
    for (const auto& p : places) {
      const size_t at = name.find(p);
      if (p.empty() || at == std::string::npos) continue;
      const std::string rest = name.substr(0, at) + " " + name.substr(at + p.size());
      bool words = false, lower = true;
      for (size_t i = 0; i < rest.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(rest[i]);
        if (c == ' ') continue;
        words = true;
        if ((i == 0 || rest[i - 1] == ' ') && !(c >= 'a' && c <= 'z')) lower = false;
      }
      if (words && lower) return true;
    }
    return false;
  }

  // Days between the articles of two items; 0 when neither has a date (nothing to tell them
  // apart), more than kBareHeadDays when only one has (a dated meeting in Geneva and an undated
  // record of one are not shown to be the same days).
  static constexpr int kBareHeadDays = 3;
  int days_apart(int a, int b) const {
    const auto da = article_day_[static_cast<size_t>(items_[static_cast<size_t>(a)].doc)];
    const auto db = article_day_[static_cast<size_t>(items_[static_cast<size_t>(b)].doc)];
    if (!da && !db) return 0;
    if (!da || !db) return kBareHeadDays + 1;
    return std::abs(*da - *db);
  }
  std::vector<std::optional<int>> article_day_;  // per document: its article's day number

  // ---- pass 2, 3: people

  // Keys under which two family names that may be variants meet: the skeleton and the skeleton
  // with any one letter deleted (one edit away = a shared deletion key).
  static std::vector<std::string> variant_keys(const std::string& surname) {
    const std::string sk = ingest::name_skeleton(surname);
    std::vector<std::string> keys{sk};
    if (sk.size() >= 7) {
      for (size_t i = 1; i < sk.size(); ++i) keys.push_back(sk.substr(0, i) + sk.substr(i + 1));
    }
    return keys;
  }

  void people(UnionFind& uf) {
    // The passes below compare persons pairwise and read only name, surname, first name and
    // office, so persons alike in all four are compared once, through the first of them, and
    // joined to it at the end: a corpus naming the same people in thousands of articles stays
    // fast (the pairwise work grows with distinct people, not with mentions).
    std::vector<int> persons;
    std::vector<std::pair<int, int>> repeats;  // (person, the first one alike)
    std::map<std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>, int> first_alike;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      if (traits_[static_cast<size_t>(i)].code != Traits::Person) continue;
      auto [it, fresh] = first_alike.try_emplace(
          std::tuple(std::string_view(ent(i).name), std::string_view(attr(ent(i), "surname")),
                     std::string_view(*traits_[static_cast<size_t>(i)].first_name), std::string_view(attr(ent(i), "office"))),
          i);
      if (fresh) persons.push_back(i);
      else repeats.emplace_back(i, it->second);
    }
    auto surname = [&](int i) -> const std::string& {
      const std::string& s = attr(ent(i), "surname");
      return s.empty() ? ent(i).name : s;
    };
    auto last_word = [](const std::string& s) {
      const std::string k = name_key(s);
      const size_t sp = k.rfind(' ');
      return sp == std::string::npos ? k : k.substr(sp + 1);
    };
    auto office = [&](int i) -> const std::string& { return key_of(attr(ent(i), "office")); };
    // Index full names by the variant keys of their family name and of its last word.
    std::map<std::string, std::vector<int>> full;
    for (int a : persons) {
      if (attr(ent(a), "first_name").empty()) continue;
      std::set<std::string> keys;
      for (const auto& k : variant_keys(surname(a))) keys.insert(k);
      for (const auto& k : variant_keys(last_word(surname(a)))) keys.insert(k);
      for (const auto& k : keys) full[k].push_back(a);
    }
    // Full names that are variants.
    for (const auto& [key, list] : full) {
      cluster_list(uf, list, [&](int a, int b) {
        const std::string &ga = attr(ent(a), "first_name"), &gb = attr(ent(b), "first_name");
        if (!ingest::surname_variants(surname(a), surname(b))) return false;
        const bool same_surname = key_of(surname(a)) == key_of(surname(b));
        const bool given_backs = key_of(ga) == key_of(gb) || ingest::given_name_compatible(ga, gb);
        const bool office_backs = !office(a).empty() && office(a) == office(b);
        return (same_surname && given_backs) || (!same_surname && (key_of(ga) == key_of(gb) || (given_backs && office_backs)));
      });
    }
    // Family names alone join the one cluster of full names that carries them. Each key keeps
    // the clusters under it, each with the distinct (surname, office) pairs of its members.
    std::map<std::string, std::map<int, std::set<std::pair<std::string, std::string>>>> clusters_by_key;
    for (const auto& [key, list] : full) {
      for (int b : list) clusters_by_key[key][uf.find(b)].insert({surname(b), office(b)});
    }
    for (int a : persons) {
      if (!attr(ent(a), "first_name").empty()) continue;
      std::set<int> roots;
      int backed = -1;
      for (const auto& k : variant_keys(surname(a))) {
        auto it = clusters_by_key.find(k);
        if (it == clusters_by_key.end()) continue;
        for (const auto& [root, forms] : it->second) {
          for (const auto& [sn, off] : forms) {
            if (!ingest::family_name_matches(sn, surname(a))) continue;
            roots.insert(root);
            if (!office(a).empty() && office(a) == off) backed = root;
          }
        }
      }
      if (roots.size() == 1) join(uf, a, *roots.begin());
      else if (backed >= 0) join(uf, a, backed);
    }
    // Single names with no full name anywhere merge with each other by name (pass 1 only
    // merges names of two words or more).
    std::map<int, int> cluster_size;
    for (int a : persons) cluster_size[uf.find(a)] += 1;
    std::map<std::string, int> single;
    for (int a : persons) {
      if (!attr(ent(a), "first_name").empty() || cluster_size[uf.find(a)] > 1) continue;
      const std::string k = name_key(ent(a).name);
      auto [it, fresh] = single.try_emplace(k, a);
      if (!fresh) join(uf, it->second, a);
    }
    for (const auto& [a, first] : repeats) uf.unite(a, first);
  }

  // ---- pass 4: structure

  void by_structure(UnionFind& uf) {
    std::map<int, std::set<std::string>> signers;  // document item -> signing states (name keys)
    std::map<int, std::set<std::string>> leaders;  // force item -> leaders (name keys)
    std::map<int, std::set<int>> producers;        // document item -> producing meeting items
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      for (const auto& r : docs_[static_cast<size_t>(d)]->relations) {
        if (r.start < 0 || r.end < 0) continue;
        const auto& s = docs_[static_cast<size_t>(d)]->entities[static_cast<size_t>(r.start)];
        if (r.type == "SIGNED" && s.kind == "Country") signers[item_of(d, r.end)].insert(key_of(s.name));
        if (r.type == "LEADS" && (s.kind == "Country" || s.kind == "Organization")) leaders[item_of(d, r.end)].insert(key_of(s.name));
        if (r.type == "PRODUCED") producers[item_of(d, r.end)].insert(item_of(d, r.start));
      }
    }
    // Documents with one head signed by the same states (two at least, all of the smaller set):
    // "a trilateral declaration by Peru, Chile and Bolivia" is the declaration their leaders
    // signed. Candidates meet under every pair of signers.
    std::map<std::string, std::vector<int>> by_pair;
    for (const auto& [item, set] : signers) {
      const std::vector<std::string> v(set.begin(), set.end());
      for (size_t x = 0; x < v.size(); ++x) {
        for (size_t y = x + 1; y < v.size(); ++y) by_pair[attr(ent(item), "head") + "|" + v[x] + "|" + v[y]].push_back(item);
      }
    }
    for (const auto& [key, list] : by_pair) {
      for (size_t x = 1; x < list.size(); ++x) {
        std::set<int> tried;
        for (size_t y = 0; y < x; ++y) {
          const int a = list[y], b = list[x];
          if (uf.find(a) == uf.find(b)) break;
          if (!tried.insert(uf.find(a)).second) continue;
          if (!(attr(ent(a), "qualifiers").empty() || attr(ent(b), "qualifiers").empty())) continue;
          const auto& sa = signers[a];
          const auto& sb = signers[b];
          int shared = 0;
          for (const auto& s : sb) shared += sa.count(s) ? 1 : 0;
          if (shared >= 2 && shared == static_cast<int>(std::min(sa.size(), sb.size())) && join(uf, a, b)) break;
        }
      }
    }
    // The closing texts of one meeting are one text (communique, joint statement, "a statement
    // issued after the summit").
    std::map<int, std::vector<int>> texts_by_meeting;  // meeting root -> document items
    for (const auto& [item, meetings] : producers) {
      if (attr(ent(item), "text").empty()) continue;
      for (int m : meetings) texts_by_meeting[uf.find(m)].push_back(item);
    }
    for (const auto& [meeting, list] : texts_by_meeting) {
      int outcome = -1;
      for (int i : list) {
        if (attr(ent(i), "text") == "outcome") outcome = i;
      }
      if (outcome < 0) continue;
      // (not a text with a title of its own beside another: a summit's joint declaration and a
      // visit's joint statement both reported under the summit)
      for (int i : list) {
        if (!titled_apart(outcome, i)) join(uf, outcome, i);
      }
    }
    // Meetings with the same owner and place; forces with one head and one leader.
    std::map<std::string, std::vector<int>> buckets;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
      const auto& e = ent(i);
      if (e.kind == "Meeting") {
        for (const auto& o : split_set(attr(e, "owner"))) {
          for (const auto& p : split_set(attr(e, "place"))) buckets["M|" + o + "|" + p].push_back(i);
        }
      } else if (e.kind == "Force") {
        for (const auto& l : leaders[i]) buckets["F|" + attr(e, "head") + "|" + l].push_back(i);
      }
    }
    for (const auto& [key, list] : buckets) {
      for (size_t x = 1; x < list.size(); ++x) {
        std::set<int> tried;
        for (size_t y = 0; y < x; ++y) {
          const int a = list[y], b = list[x];
          if (uf.find(a) == uf.find(b)) break;
          if (items_[static_cast<size_t>(a)].doc == items_[static_cast<size_t>(b)].doc || !tried.insert(uf.find(a)).second) continue;
          if (compatible(a, b) && join(uf, a, b)) break;
        }
      }
    }
  }

  // ---- nodes

  // The strings sources cite, made once (graph/shared_string.h): per document its file name
  // and each sentence that some evidence cites; each distinct rule once for all documents.
  // Every source then holds pointers to them: making, hashing and freeing the graph's
  // millions of sources copies no sentence (it did: ~37% of resolution's CPU at 100k).
  struct DocStrings {
    SharedString file;
    std::vector<SharedString> sentences;  // by sentence index; empty when never cited
  };
  std::vector<DocStrings> strings_;
  std::unordered_map<std::string_view, SharedString> rules_;

  void make_strings() {
    strings_.resize(docs_.size());
    std::vector<std::vector<std::string_view>> doc_rules(docs_.size());
    parallel_for(docs_.size(), threads_, [&](size_t d) {
      const ingest::DocFacts& f = *docs_[d];
      const ingest::Article& a = f.article;
      DocStrings& out = strings_[d];
      out.file = a.file;
      out.sentences.resize(a.sentences.size());
      std::vector<std::string_view>& rules = doc_rules[d];
      const auto cite = [&](const ingest::Evidence& ev) {
        if (ev.sentence >= 0 && static_cast<size_t>(ev.sentence) < a.sentences.size()) {
          SharedString& text = out.sentences[static_cast<size_t>(ev.sentence)];
          const ingest::Sentence& sen = a.sentences[static_cast<size_t>(ev.sentence)];
          if (text.empty() && sen.end <= a.text.size() && sen.begin <= sen.end)
            text = std::string_view(a.text).substr(sen.begin, sen.end - sen.begin);
        }
        if (std::find(rules.begin(), rules.end(), std::string_view(ev.rule)) == rules.end()) rules.emplace_back(ev.rule);
      };
      for (const auto& e : f.entities) {
        for (const auto& ev : e.mentions) cite(ev);
      }
      for (const auto& q : f.quotes) cite(q.evidence);
      for (const auto& r : f.relations) cite(r.evidence);
    });
    for (const auto& rules : doc_rules) {
      for (std::string_view r : rules) {
        if (!rules_.count(r)) rules_.emplace(r, SharedString(r));
      }
    }
  }

  SharedString rule_of(const std::string& rule) const {
    const auto it = rules_.find(rule);
    return it != rules_.end() ? it->second : SharedString(rule);
  }

  Source source_of(int doc, const ingest::Evidence& ev) const {
    const ingest::Article& a = docs_[static_cast<size_t>(doc)]->article;
    const DocStrings& strings = strings_[static_cast<size_t>(doc)];
    Source s;
    s.file = strings.file;
    s.article = a.index;
    s.sentence = ev.sentence;
    s.begin = a.source_offset(ev.begin);
    s.end = ev.end > ev.begin ? a.source_offset(ev.end - 1) + 1 : s.begin;
    if (ev.sentence >= 0 && static_cast<size_t>(ev.sentence) < a.sentences.size()) {
      s.text = strings.sentences[static_cast<size_t>(ev.sentence)];
    } else if (ev.end <= a.text.size() && ev.begin < ev.end) {
      s.text = std::string_view(a.text).substr(ev.begin, ev.end - ev.begin);
    }
    s.rule = rule_of(ev.rule);
    s.confidence = ev.confidence;
    return s;
  }

  // The name to give a cluster among counted names: the most frequent, ties to the longest,
  // then the first in alphabetical order.
  using Counts = std::unordered_map<std::string_view, int>;
  static std::string pick_counted(const Counts& counts) {
    std::string_view best;
    int best_n = -1;
    for (const auto& [name, n] : counts) {
      if (n > best_n || (n == best_n && (name.size() > best.size() || (name.size() == best.size() && name < best)))) {
        best = name;
        best_n = n;
      }
    }
    return std::string(best);
  }

  struct Pending {
    Node node;
    std::vector<int> members;
  };
  // A cluster's counts, kept between clusters so that their tables are allocated once.
  struct Votes {
    Counts names, full_names, alias_seen;
    std::unordered_map<std::string_view, Counts> attrs;
    std::unordered_map<std::string_view, std::pair<int, std::string_view>> aliases;  // key -> (count, first alias)
  };
  // The node of a cluster (`p.members`): its kind, and its name, aliases and properties by vote.
  void vote(Pending& p, Votes& v) const {
    Node& n = p.node;
    n.kind = ent(p.members.front()).kind;
    v.names.clear();
    v.full_names.clear();
    v.alias_seen.clear();
    v.attrs.clear();
    v.aliases.clear();
    for (int m : p.members) {
      const auto& e = ent(m);
      v.names[e.name] += 1;
      if (n.kind == "Person" && !attr(e, "first_name").empty()) v.full_names[e.name] += 1;
      for (const auto& a : e.aliases) v.alias_seen[a] += 1;
      for (const auto& [k, value] : e.attributes) v.attrs[k][value] += 1;
    }
    n.name = pick_counted(v.full_names.empty() ? v.names : v.full_names);
    // aliases: the name first, then by frequency and alphabet (one per name key: the first
    // in alphabetical order)
    for (const auto& [a, c] : v.alias_seen) {
      const std::string& k = known_key(a);
      if (k.empty()) continue;
      auto [it, fresh] = v.aliases.try_emplace(k, c, a);
      if (fresh) continue;
      it->second.first += c;
      if (a < it->second.second) it->second.second = a;
    }
    std::vector<std::pair<int, std::string_view>> al;
    al.reserve(v.aliases.size());
    for (const auto& [k, entry] : v.aliases) al.emplace_back(-entry.first, entry.second);
    std::sort(al.begin(), al.end());
    n.aliases.push_back(n.name);
    const std::string name_key_of_name = name_key(n.name);
    for (const auto& [c, a] : al) {
      if (known_key(a) != name_key_of_name) n.aliases.emplace_back(a);
    }
    for (const auto& [k, values] : v.attrs) {
      if (k == "merged_into" || k == "match_keys" || k == "contribution") continue;
      n.properties[std::string(k)] = pick_counted(values);
    }
  }
  // key_of() for the threads that may not add to its memo: every name and alias the documents
  // hold was keyed by the name pass, so this only looks up (a string never keyed would be
  // keyed here and kept for the thread's life).
  const std::string& known_key(std::string_view s) const {
    if (const auto it = keys_.find(s); it != keys_.end()) return it->second;
    thread_local std::deque<std::string> unseen;
    return unseen.emplace_back(name_key(s));
  }

  void build_nodes(UnionFind& uf) {
    // Clusters by root, roots in increasing order; members in item order.
    std::vector<std::vector<int>> clusters(items_.size());
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) clusters[static_cast<size_t>(uf.find(i))].push_back(i);
    node_of_.assign(items_.size(), kNoNode);
    std::vector<size_t> roots;
    for (size_t root = 0; root < clusters.size(); ++root) {
      if (!clusters[root].empty()) roots.push_back(root);
    }
    // Each cluster's votes (name, aliases, properties) read only its members: made on every
    // core, a run of clusters per task, each node in its root's place.
    std::vector<Pending> pending(roots.size());
    constexpr size_t kClustersPerTask = 512;
    parallel_for((roots.size() + kClustersPerTask - 1) / kClustersPerTask, threads_, [&](size_t task) {
      Votes votes;
      for (size_t k = task * kClustersPerTask; k < std::min(roots.size(), (task + 1) * kClustersPerTask); ++k) {
        pending[k].members = std::move(clusters[roots[k]]);
        vote(pending[k], votes);
      }
    });
    // Each node's sources, its members' mentions in member order (their strings shared,
    // see make_strings), made on every core (the clusters are independent).
    // Work is cut into runs of about kRun mentions (a country cited by most articles is many
    // runs), so that no thread waits long on another.
    constexpr size_t kRun = 4096;
    struct Run {
      size_t node, member, first_source;  // starts at this member, writing from this source on
    };
    std::vector<Run> runs;
    for (size_t k = 0; k < pending.size(); ++k) {
      size_t total = 0, since = kRun;
      for (size_t j = 0; j < pending[k].members.size(); ++j) {
        if (since >= kRun) {
          runs.push_back({k, j, total});
          since = 0;
        }
        const size_t n = ent(pending[k].members[j]).mentions.size();
        total += n;
        since += n;
      }
      pending[k].node.sources.resize(total);
    }
    parallel_for(runs.size(), threads_, [&](size_t r) {
      const Run& run = runs[r];
      const size_t end_member = r + 1 < runs.size() && runs[r + 1].node == run.node ? runs[r + 1].member : pending[run.node].members.size();
      Pending& p = pending[run.node];
      size_t at = run.first_source;
      for (size_t j = run.member; j < end_member; ++j) {
        const int m = p.members[j];
        for (const auto& ev : ent(m).mentions) p.node.sources[at++] = source_of(items_[static_cast<size_t>(m)].doc, ev);
      }
    });
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

  static constexpr size_t kNoQuote = static_cast<size_t>(-1);

  // A quotation merged from others: its speaker, its longest text, its sources; `first` is the
  // place in document order of the quotation that made it (the order quotes are written in).
  struct Q {
    NodeId speaker;
    std::string text;
    std::vector<Source> sources;
    QuoteWords w;  // of the text
    size_t joined_to = kNoQuote;  // set when a later quotation showed this one is part of another
    size_t first = 0;
  };
  struct QuoteRef {
    int doc;
    const ingest::LocalQuote* quote;
    size_t place;  // in document order
  };

  // Quotes merge only with quotes of the same speaker: each speaker's quotations are merged
  // on a thread of their own (word numbers and name keys kept per speaker: the tests compare
  // words for equality only), and the merged quotes are written in the order one pass over
  // the documents would make them.
  void build_quotes() {
    std::vector<std::vector<QuoteRef>> by_speaker(g_.nodes.size() + 1);  // the last: no speaker
    size_t place = 0;
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      for (const auto& q : docs_[static_cast<size_t>(d)]->quotes) {
        const NodeId sp = node(d, q.speaker);
        by_speaker[sp == kNoNode ? g_.nodes.size() : sp].push_back({d, &q, place++});
      }
    }
    std::vector<std::vector<Q>> merged(by_speaker.size());
    constexpr size_t kSpeakersPerTask = 64;
    parallel_for((by_speaker.size() + kSpeakersPerTask - 1) / kSpeakersPerTask, threads_, [&](size_t task) {
      for (size_t sp = task * kSpeakersPerTask; sp < std::min(by_speaker.size(), (task + 1) * kSpeakersPerTask); ++sp) {
        if (!by_speaker[sp].empty()) merged[sp] = merge_quotes(sp == g_.nodes.size() ? kNoNode : static_cast<NodeId>(sp), by_speaker[sp]);
      }
    });
    std::vector<Q*> quotes;
    for (auto& list : merged) {
      for (Q& q : list) {
        if (q.joined_to == kNoQuote) quotes.push_back(&q);
      }
    }
    std::sort(quotes.begin(), quotes.end(), [](const Q* a, const Q* b) { return a->first < b->first; });
    for (Q* q : quotes) {
      Node n;
      n.kind = "Quote";
      n.name = q->text;
      n.properties["text"] = q->text;
      n.sources = q->sources;
      const NodeId id = static_cast<NodeId>(g_.nodes.size());
      g_.nodes.push_back(std::move(n));
      if (q->speaker != kNoNode) {
        Edge e;
        e.type = "SAID";
        e.source = q->speaker;
        e.target = id;
        e.sources = q->sources;
        g_.edges.push_back(std::move(e));
      }
    }
  }

  // One speaker's quotations (`sp`; kNoNode: quotations with no speaker, never merged) in
  // document order: the quotes they make.
  std::vector<Q> merge_quotes(NodeId sp, const std::vector<QuoteRef>& refs) const {
    // Sources of a quote joined from several: in document order, as they would have come.
    const auto source_order = [](const Source& a, const Source& b) {
      return std::tie(a.file, a.article, a.begin) < std::tie(b.file, b.article, b.begin);
    };
    WordNumbers numbers;
    KeyMemo keys;
    std::vector<Q> quotes;
    std::vector<size_t> candidates;  // the speaker's quotes so far
    std::unordered_map<std::string_view, size_t> exact;  // text key -> quote
    for (size_t r = 0; r < refs.size(); ++r) {
      const int d = refs[r].doc;
      const ingest::LocalQuote& q = *refs[r].quote;
      Source src = source_of(d, q.evidence);
      bool merged = false;
      const std::string& qkey = memo_key(keys, q.text);
      if (sp != kNoNode) {
        auto ex = exact.find(qkey);
        if (ex != exact.end()) {
          size_t at = ex->second;
          while (quotes[at].joined_to != kNoQuote) at = quotes[at].joined_to;
          quotes[at].sources.push_back(src);
          continue;
        }
      }
      QuoteWords qw(qkey, numbers);
      const size_t qwords = qw.words.size();
      // Every quotation of this speaker the new one matches is the same remark: a full
      // quotation joins the two halves another outlet printed apart.
      std::vector<size_t> matched;
      for (size_t xi : candidates) {
        Q& x = quotes[xi];
        if (x.joined_to != kNoQuote) continue;
        if (x.w.key == qkey) {
          if (matched.empty() || x.w.words.size() >= 2) matched.push_back(xi);  // the same words: held whole
          continue;
        }
        // Nearly the same words, or one quotation holding the other whole (a long part only:
        // "robust" inside a longer quotation is a different remark).
        // Outlets that translate or trim the same remark keep most words and a long verbatim
        // run ("the only way to make sure that a truce will hold is ..."): long quotes
        // of one speaker sharing both are one utterance.
        // No word in common: none of the tests below can pass.
        const size_t xwords = x.w.words.size();
        {
          // Bounds from the word bits, before counting: every test below needs a word in
          // common, and F1 >= 0.6 or one quote's words all in the other.
          const auto outside = [](uint64_t a, uint64_t b, size_t n) { return std::min<size_t>(n, static_cast<size_t>(std::popcount(a & ~b))); };
          const size_t q_out = outside(qw.bits, x.w.bits, qwords), x_out = outside(x.w.bits, qw.bits, xwords);
          const size_t most = std::min(qwords - q_out, xwords - x_out);  // words in common, at most
          if (most == 0) continue;
          if (q_out > 0 && x_out > 0 && 10 * most < 3 * (qwords + xwords)) continue;
        }
        const size_t common = common_words(x.w, qw);
        if (common == 0) continue;
        const double f1 = token_f1(x.w, qw, common);
        // Every test below needs F1 >= 0.6 or one quote's words all in the other.
        if (!(f1 >= 0.6) && common != qwords && common != xwords) continue;
        const bool reworded = qwords >= 8 && xwords >= 8 && f1 >= 0.6 && common_run(x.w, qw) >= 6;
        int holds_x = -1;  // contains_words(qw, x.w), computed when first needed
        const auto holds = [&] {
          if (holds_x < 0) holds_x = xwords >= 2 && contains_words(qw, x.w, common) ? 1 : 0;
          return holds_x == 1;
        };
        const bool same = f1 >= 0.8 || reworded || (qwords >= 2 && contains_words(x.w, qw, common)) || holds();
        if (!same) continue;
        // Beyond the first match, only quotes the new one holds whole are joined to it: two
        // quotes that are each merely like a third are not one remark.
        if (matched.empty() || holds()) matched.push_back(xi);
      }
      if (!matched.empty()) {
        Q& x = quotes[matched.front()];
        if (q.text.size() > x.text.size()) {
          x.text = q.text;
          x.w = qw;
        }
        x.sources.push_back(src);
        for (size_t k = 1; k < matched.size(); ++k) {
          Q& y = quotes[matched[k]];
          if (y.text.size() > x.text.size()) {
            x.text = std::move(y.text);
            x.w = std::move(y.w);
          }
          x.sources.insert(x.sources.end(), y.sources.begin(), y.sources.end());
          y.joined_to = matched.front();
        }
        if (matched.size() > 1) std::stable_sort(x.sources.begin(), x.sources.end(), source_order);
        exact[qkey] = matched.front();
        merged = true;
      }
      if (!merged) {
        if (sp != kNoNode) {
          candidates.push_back(quotes.size());
          exact[qkey] = quotes.size();
        }
        quotes.push_back(Q{sp, q.text, {src}, std::move(qw)});
        quotes.back().first = refs[r].place;
      }
    }
    return quotes;
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
    std::map<NodeId, std::vector<EdgeId>> offices;  // person -> HOLDS_OFFICE edges
    for (EdgeId id = 0; id < g_.edges.size(); ++id) {
      if (g_.edges[id].type == "HOLDS_OFFICE") offices[g_.edges[id].source].push_back(id);
    }
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      const auto& facts = *docs_[static_cast<size_t>(d)];
      for (int l = 0; l < static_cast<int>(facts.entities.size()); ++l) {
        const auto& e = facts.entities[static_cast<size_t>(l)];
        if (e.kind != "Person") continue;
        const std::string& title = attr(e, "office");
        if (title.empty()) continue;
        bool has_edge = false;
        for (const auto& r : facts.relations) has_edge = has_edge || (r.type == "HOLDS_OFFICE" && r.start == l);
        if (has_edge) continue;
        const NodeId p = node(d, l);
        EdgeId only = static_cast<EdgeId>(-1);
        int count = 0;
        auto held = offices.find(p);
        if (held == offices.end()) continue;
        for (EdgeId id : held->second) {
          const Edge& x = g_.edges[id];
          auto it = x.properties.find("title");
          if (it == x.properties.end()) continue;
          const auto* t = std::get_if<std::string>(&it->second);
          if (!t || name_key(*t).find(key_of(title)) == std::string::npos) continue;
          only = id;
          ++count;
        }
        if (count != 1) continue;
        for (const auto& ev : e.mentions) {
          static const SharedString kRule("office:same-title-elsewhere");
          Source s = source_of(d, ev);
          s.rule = kRule;
          s.confidence = 0.6;
          g_.edges[only].sources.push_back(s);
          break;
        }
      }
    }
  }

  // The news organisations an article's text names (its outlet, wires, photo agencies) are
  // organisations too; an outlet known only from the URL's host is not among them.
  void outlet(int d, const std::string& name, std::map<std::string, NodeId>& orgs) {
    const ingest::Article& a = docs_[static_cast<size_t>(d)]->article;
    const std::string key = name_key(name);
    static const SharedString kOutlet("organization:outlet"), kCredit("organization:credit");
    Source s;
    s.file = strings_[static_cast<size_t>(d)].file;
    s.article = a.index;
    s.rule = name == a.outlet ? kOutlet : kCredit;
    s.text = name;
    auto it = orgs.find(key);
    if (it != orgs.end()) {
      g_.nodes[it->second].sources.push_back(s);
      return;
    }
    orgs[key] = static_cast<NodeId>(g_.nodes.size());
    Node n;
    n.kind = "Organization";
    n.name = name;
    n.aliases.push_back(name);
    n.properties["type"] = std::string("outlet");
    n.sources.push_back(s);
    g_.nodes.push_back(std::move(n));
  }

  void articles() {
    std::map<std::string, NodeId> orgs;  // name keys of organisation nodes
    for (NodeId id = 0; id < g_.nodes.size(); ++id) {
      const Node& n = g_.nodes[id];
      if (n.kind != "Organization") continue;
      orgs.emplace(name_key(n.name), id);
      for (const auto& al : n.aliases) orgs.emplace(name_key(al), id);
    }
    for (int d = 0; d < static_cast<int>(docs_.size()); ++d) {
      for (const std::string& name : docs_[static_cast<size_t>(d)]->article.outlets_named) outlet(d, name, orgs);
    }
    static const SharedString kRule("article:metadata");
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
      s.file = strings_[static_cast<size_t>(d)].file;
      s.article = a.index;
      s.rule = kRule;
      n.sources.push_back(s);
      g_.nodes.push_back(std::move(n));
    }
  }
};

}  // namespace

GraphData resolve(const std::vector<ingest::DocFacts>& docs) { return Resolver(docs).run(nullptr); }

GraphData resolve(const std::vector<ingest::DocFacts>& docs, std::vector<std::pair<std::string, double>>* steps, unsigned threads) {
  const double t = thread_cpu_seconds();
  Resolver r(docs, threads);
  if (steps) steps->emplace_back("resolve.sort_cpu", thread_cpu_seconds() - t);
  return r.run(steps);
}

}  // namespace kg::graph
