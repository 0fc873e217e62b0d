// Relationships between the entities of one article.
//
// Three sources, each rule named in the evidence:
//   phrase structure  what a mention's own words say: "US-led mechanism" (LEADS), "meeting of
//                     the Coalition of the Willing in Paris" (ATTENDED by its owner, HELD_IN),
//                     "a declaration by France, Britain and Ukraine" (SIGNED), "French President
//                     Emmanuel Macron" (HOLDS_OFFICE);
//   verb frames       a frame verb from frames.json with its parties: the subject before the
//                     verb (through auxiliaries, modals, parentheticals and coordinated lists),
//                     the passive agent after "by", and the objects after the verb in its
//                     clause. Modal words become the `modality` property; a negation cue in
//                     the frame cancels it;
//   inference         leading a force commits to it; signing a document a meeting produced
//                     means attending the meeting.
// Troop nouns ("troops", "German forces", "the operation") stand for the article's main force
// when one is named; a contribution noun ("Spain's contribution") commits to it.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <set>
#include <unordered_map>

#include "ingest/analysis.h"
#include "ingest/name_key.h"

namespace kg::ingest::detail {
namespace {

bool party_kind(std::string_view k) { return k == "Country" || k == "Organization"; }

class Relations {
 public:
  explicit Relations(Doc& d) : d_(d), n_(d.size()) {}

  void run() {
    frame_ids();
    offices();
    phrase_structure();
    verb_frames();
    list_items();
    passives();
    packages();
    attendance();
    production();
    venues();
    inference();
    name_meetings();
  }

 private:
  Doc& d_;
  int n_;
  std::map<std::string, int, std::less<>> frame_of_;  // relationship type -> frame id
  // The frame ids of the type literals the rules pass, remembered by the literal's address:
  // frame_at runs at every verb for several types, and a map lookup compares strings.
  mutable std::array<std::pair<const char*, int>, 16> frame_of_literal_{};
  std::set<std::tuple<std::string, int, int>> seen_;
  // Lookups rules make once per mention or frame, over indexes kept up to date as relations are
  // appended (relations are never changed or removed once added): a scan of every relation
  // each time is quadratic in long articles.
  std::unordered_map<int, int> office_country_;          // person -> Country of the first HOLDS_OFFICE
  std::unordered_map<int, std::vector<int>> leaders_of_;  // LEADS end -> starts, in order
  size_t indexed_ = 0;

  void catch_up() {
    for (; indexed_ < d_.relations.size(); ++indexed_) {
      const Relation& r = d_.relations[indexed_];
      if (r.type == "HOLDS_OFFICE" && kind(r.end) == "Country") office_country_.emplace(r.start, r.end);
      if (r.type == "LEADS") leaders_of_[r.end].push_back(r.start);
    }
  }

  int office_country(int person) {
    catch_up();
    auto it = office_country_.find(person);
    return it == office_country_.end() ? -1 : it->second;
  }

  void frame_ids() {
    for (size_t f = 0; f < d_.lex.frames.size(); ++f) frame_of_[d_.lex.frames[f].type] = static_cast<int>(f);
  }

  int entity_of(int mi) const {
    if (mi < 0) return -1;
    const Mention& m = d_.m(mi);
    if (m.dropped || m.entity < 0) return -1;
    return d_.live(m.entity);
  }

  const Label& kind(int e) const { return d_.e(e).kind; }

  // (Types and rules are views: most calls pass literals, which then need no string built.)
  void add(std::string_view type, int a, int b, int tok_first, int tok_last, std::string_view rule, double conf,
           std::map<std::string, std::string> props = {}) {
    if (a < 0 || b < 0 || a == b) return;
    a = d_.live(a);
    b = d_.live(b);
    if (a < 0 || b < 0 || a == b) return;
    if (!seen_.insert({std::string(type), a, b}).second) {
      // keep the first evidence; fill properties the first one lacked
      for (Relation& r : d_.relations) {
        if (r.type == type && r.start == a && r.end == b) {
          for (auto& [k, v] : props) r.properties.emplace(k, v);
        }
      }
      return;
    }
    Relation r;
    r.type = type;
    r.start = a;
    r.end = b;
    r.properties = std::move(props);
    tok_first = std::clamp(tok_first, 0, n_ - 1);
    tok_last = std::clamp(tok_last, tok_first, n_ - 1);
    r.sentence = d_.sentence_of(tok_first);
    r.begin = d_.toks[static_cast<size_t>(tok_first)].begin;
    r.end_off = d_.toks[static_cast<size_t>(tok_last)].end;
    r.rule = rule;
    r.confidence = conf;
    d_.e(a).strong = true;
    d_.e(b).strong = true;
    d_.relations.push_back(std::move(r));
  }

  // An entity for lexicon entry `lex`, created when the article only implied it.
  int lex_entity(int lex) {
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      if (d_.entities[e].lex == lex && !d_.entities[e].removed) return static_cast<int>(e);
    }
    const LexEntity& le = d_.lex.entities[static_cast<size_t>(lex)];
    Entity x;
    x.kind = le.kind;
    x.name = le.name;
    x.lex = lex;
    x.aliases.push_back(le.name);
    d_.entities.push_back(std::move(x));
    return static_cast<int>(d_.entities.size()) - 1;
  }

  // ---- HOLDS_OFFICE

  // The state or body a person's office belongs to, from the mention's title.
  int office_body(const Mention& p, int person_entity) {
    if (p.office_body >= 0) {
      const int b = entity_of(p.office_body);
      if (b >= 0 && party_kind(kind(b))) return b;
    }
    if (p.appointer >= 0) {
      const int boss = entity_of(p.appointer);
      if (boss >= 0 && boss != person_entity) {
        if (const int c = office_country(boss); c >= 0) return c;
        // the appointer's own title in this article
        for (int mi : d_.e(boss).mentions) {
          const Mention& bm = d_.m(mi);
          if (bm.office >= 0 && bm.office_body >= 0) {
            const int b = entity_of(bm.office_body);
            if (b >= 0 && kind(b) == "Country") return b;
          }
        }
      }
    }
    const int def = p.office >= 0 ? d_.lex.offices[static_cast<size_t>(p.office)].default_entity : -1;
    if (def >= 0) return lex_entity(def);
    if (p.office >= 0) return state_with_office(d_.lex.offices[static_cast<size_t>(p.office)].states, p.first);
    return -1;
  }

  // "Emir X" with no state: of the states that have the office, the one the article names
  // nearest to token `at` (most often the only one it names); -1 when it names none.
  int state_with_office(const std::vector<int>& states, int at) const {
    int best = -1, best_dist = 0;
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      const Entity& x = d_.entities[e];
      if (x.removed || x.kind != "Country" || std::find(states.begin(), states.end(), x.lex) == states.end()) continue;
      for (int mi : x.mentions) {
        const int dist = std::abs(d_.m(mi).first - at);
        if (best < 0 || dist < best_dist) {
          best = static_cast<int>(e);
          best_dist = dist;
        }
      }
    }
    return best;
  }

  void offices() {
    // Appointees last: their body may come from the appointer's office.
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
        const Mention& p = d_.mentions[mi];
        if (p.kind != "Person" || p.office < 0 || p.former || p.dropped) continue;
        if ((p.appointer >= 0) != (pass == 1)) continue;
        const int person = entity_of(static_cast<int>(mi));
        if (person < 0) continue;
        const int body = office_body(p, person);
        if (body < 0) {
          d_.e(person).attributes.emplace("office", p.title);
          continue;
        }
        d_.e(person).attributes.emplace("office", p.title);
        add("HOLDS_OFFICE", person, body, std::min(p.first, p.office_token), std::max(p.last - 1, p.office_token), p.office_rule,
            p.office_rule == "office:title-ref" ? 0.8 : 0.9, {{"title", p.title}});
      }
    }
    // "Swedish Prime Minister X and his Polish counterpart, Y": Y holds the title of the
    // person "his" stands for (the nearest titled person before it in the sentence), for the
    // state of the demonym.
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& p = d_.mentions[mi];
      if (p.kind != "Person" || p.form != Form::Name || p.office >= 0 || p.dropped || p.first < 4) continue;
      const int f = p.first;
      if (!d_.key_is(f - 1, ",") || !(d_.key_is(f - 2, "counterpart"))) continue;
      const int dm = d_.atom_at[static_cast<size_t>(f - 3)];
      if (dm < 0 || d_.m(dm).last != f - 2 || d_.m(dm).form != Form::Demonym) continue;
      const int det = d_.m(dm).first - 1;
      if (!(d_.key_is(det, "his") || d_.key_is(det, "her"))) continue;
      const int floor = d_.sentence_first(d_.sentence_of(f));
      int holder = -1;
      for (size_t mj = 0; mj < d_.mentions.size(); ++mj) {
        const Mention& q = d_.mentions[mj];
        if (q.kind != "Person" || q.office < 0 || q.dropped || q.former || q.first < floor || q.last > det) continue;
        if (holder < 0 || q.first > d_.m(holder).first) holder = static_cast<int>(mj);
      }
      const int person = entity_of(static_cast<int>(mi)), state = entity_of(dm);
      if (holder < 0 || person < 0 || state < 0 || kind(state) != "Country") continue;
      d_.e(person).attributes.emplace("office", d_.m(holder).title);
      add("HOLDS_OFFICE", person, state, d_.m(dm).first, p.last - 1, "office:counterpart", 0.75, {{"title", d_.m(holder).title}});
    }
    // "European Council António Costa": a body right before a name in a list of office holders.
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& p = d_.mentions[mi];
      if (p.kind != "Person" || p.form != Form::Name || p.office >= 0 || p.dropped || p.first == 0) continue;
      const int a = d_.atom_at[static_cast<size_t>(p.first - 1)];
      if (a < 0 || d_.m(a).last != p.first || d_.m(a).kind != "Organization") continue;
      const int lex = d_.m(a).lex;
      if (lex < 0) continue;
      const std::string& type = d_.lex.entities[static_cast<size_t>(lex)].type;
      if (type == "outlet" || type == "company") continue;
      d_.m(a).nested = true;
      add("HOLDS_OFFICE", entity_of(static_cast<int>(mi)), entity_of(a), d_.m(a).first, p.last - 1, "office:body-before-name", 0.6);
    }
  }

  // ---- what phrases say about themselves

  int main_entity(const std::string& k, const std::string& head = {}) const {
    int best = -1;
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      const Entity& x = d_.entities[e];
      if (x.kind != k || x.removed) continue;
      if (!head.empty() && x.head != head) continue;
      if (best < 0 || x.mentions.size() > d_.e(best).mentions.size()) best = static_cast<int>(e);
    }
    return best;
  }

  // Lower-case words of four letters or more: what a pledged capability and a force's name
  // can share ("maritime patrol aircraft", "joint maritime patrol force").
  static std::vector<std::string> content_words(std::string_view text) {
    std::vector<std::string> words;
    for (size_t b = 0; b < text.size();) {
      while (b < text.size() && !std::isalpha(static_cast<unsigned char>(text[b]))) ++b;
      size_t e = b;
      while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      if (e - b >= 4) {
        std::string w(text.substr(b, e - b));
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        words.push_back(std::move(w));
      }
      b = e;
    }
    return words;
  }

  // How many of `words` a force is named with.
  size_t shared_words(int force, const std::vector<std::string>& words) const {
    std::vector<std::string> named = content_words(d_.e(force).name);
    for (const std::string& a : d_.e(force).aliases) {
      for (std::string& w : content_words(a)) named.push_back(std::move(w));
    }
    size_t shared = 0;
    for (const std::string& w : words) shared += std::find(named.begin(), named.end(), w) != named.end() ? 1 : 0;
    return shared;
  }

  // The force a capability pledge goes to when its clause names none: the article's main
  // "force"; else a force named earlier in the pledge's own sentence ("Ghana pledged observers
  // to the mechanism, and Senegal said it would provide helicopters"); else the force named
  // before that shares most words with what is pledged ("Poland could deploy maritime patrol
  // aircraft" after a cable monitoring centre and a maritime patrol force); else the most
  // named force ("sets up the group and a training centre in Nadi. ... New Zealand pledged 60
  // police officers": the group, not the centre named last).
  int implicit_force(int main_force, int at, std::string_view pledged = {}) {
    if (main_force >= 0) return main_force;
    // Force mentions by first token (ties: lower index last, so the walk back meets it first),
    // rebuilt when mentions were added: a scan of every mention per pledge is quadratic.
    if (force_indexed_ != d_.mentions.size()) {
      force_mentions_.clear();
      for (size_t mi = 0; mi < d_.mentions.size(); ++mi)
        if (d_.mentions[mi].kind == "Force") force_mentions_.push_back(static_cast<int>(mi));
      std::sort(force_mentions_.begin(), force_mentions_.end(), [&](int a, int b) {
        const int fa = d_.m(a).first, fb = d_.m(b).first;
        return fa != fb ? fa < fb : a > b;
      });
      force_indexed_ = d_.mentions.size();
    }
    const auto before = std::partition_point(force_mentions_.begin(), force_mentions_.end(), [&](int mi) { return d_.m(mi).first < at; });
    const std::vector<std::string> words = content_words(pledged);
    const int sen = d_.sentence_of(at);
    int nearest = -1, best = -1;
    size_t best_shared = 0;
    std::vector<int> weighed;  // forces already compared: a force named again shares the same words
    for (auto it = before; it != force_mentions_.begin();) {
      const int mi = *--it;
      if (d_.m(mi).dropped) continue;
      const int e = entity_of(mi);
      if (e < 0 || d_.e(e).removed) continue;
      if (nearest < 0) {
        if (d_.sentence_of(d_.m(mi).first) == sen) return e;
        nearest = e;
      }
      if (words.empty()) break;
      if (std::find(weighed.begin(), weighed.end(), e) != weighed.end()) continue;
      weighed.push_back(e);
      if (const size_t shared = shared_words(e, words); shared > best_shared) {
        best = e;
        best_shared = shared;
      }
    }
    if (best >= 0) return best;
    const int most = main_entity("Force");
    return most >= 0 ? most : nearest;
  }
  std::vector<int> force_mentions_;
  size_t force_indexed_ = SIZE_MAX;

  // "The summit was hosted by India at Hyderabad House", "held at the X Convention Center": a
  // building or facility after "at" is where the sentence's meeting was held (the nearest
  // meeting named before it, else after it).
  void venues() {
    for (size_t vi = 0; vi < d_.mentions.size(); ++vi) {
      const Mention& v = d_.mentions[vi];
      if (v.kind != "Place" || v.dropped || d_.in_quote(v.first)) continue;
      if (v.lex >= 0) {
        const std::string& t = d_.lex.entities[static_cast<size_t>(v.lex)].type;
        if (t != "building" && t != "facility") continue;
      }
      const int at = d_.key_is(v.first - 1, "the") ? v.first - 2 : v.first - 1;
      if (at < 0 || !d_.key_is(at, "at")) continue;
      const int venue = entity_of(static_cast<int>(vi));
      if (venue < 0) continue;
      const int s = d_.sentence_of(v.first);
      int before = -1, after = -1;
      for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
        const Mention& m = d_.mentions[mi];
        if (m.kind != "Meeting" || m.dropped || d_.sentence_of(m.first) != s) continue;
        if (m.last <= v.first) before = static_cast<int>(mi);
        else if (m.first >= v.last && after < 0) after = static_cast<int>(mi);
      }
      const int mi = before >= 0 ? before : after;
      const int e = mi >= 0 ? entity_of(mi) : -1;
      if (e >= 0) add("HELD_IN", e, venue, v.first, v.last - 1, "held_in:venue", 0.7);
    }
  }

  void phrase_structure() {
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& m = d_.mentions[mi];
      if (m.form != Form::Phrase || m.dropped) continue;
      const int e = entity_of(static_cast<int>(mi));
      if (e < 0) continue;
      for (int l : m.leaders) {
        const int le = entity_of(l);
        if (le >= 0 && party_kind(kind(le))) add("LEADS", le, e, m.first, m.last - 1, "leads:phrase", 0.9);
      }
      if (m.kind == "Meeting") {
        for (int p : m.places) add("HELD_IN", e, entity_of(p), m.first, m.last - 1, "held_in:phrase", 0.9);
        for (int h : m.hosts) {
          const int he = entity_of(h);
          if (he >= 0 && (kind(he) == "Country" || kind(he) == "Person")) add("HOSTED", he, e, m.first, m.last - 1, "hosted:phrase", 0.85);
        }
        // a body's meeting still to come ("next year's Quad summit") is not attended yet
        if (m.owner >= 0 && !m.future && !d_.e(e).future) {
          const int o = entity_of(m.owner);
          if (o >= 0 && party_kind(kind(o))) add("ATTENDED", o, e, m.first, m.last - 1, "attended:owner", 0.8);
        }
        // "Ecuador-Peru Binational Cabinet", "Ethiopia-Eritrea talks": the states joined by a
        // hyphen in a meeting's name are its sides
        if (!m.future && !d_.e(e).future) {
          for (int t = m.first; t + 2 < m.last; ++t) {
            const int a = d_.atom_at[static_cast<size_t>(t)];
            if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Country" || !d_.is(d_.m(a).last, tok::kHyphen)) continue;
            const int b = d_.atom_at[static_cast<size_t>(d_.m(a).last + 1)];
            if (b < 0 || d_.m(b).kind != "Country" || d_.m(b).first != d_.m(a).last + 1) continue;
            for (int side : {a, b}) {
              const int se = entity_of(side);
              if (se >= 0) add("ATTENDED", se, e, m.first, m.last - 1, "attended:sides", 0.75);
            }
          }
        }
      }
      if (m.kind == "Document" && !m.by.empty() && is_signable(m.head)) {
        for (int b : m.by) add("SIGNED", entity_of(b), e, m.first, m.last - 1, "signed:by", 0.8);
      }
    }
  }

  static bool is_signable(const std::string& head) {
    return head == "declaration" || head == "treaty" || head == "agreement" || head == "accord" || head == "memorandum" ||
           head == "pact" || head == "charter" || head == "letter of intent" || head == "memorandum of understanding" ||
           head == "joint statement" || head == "deal" || head == "ceasefire agreement";
  }

  // ---- verb frames

  const Match* frame_at(int i, Role role, const char* type) const {  // type: a string literal (see frame_id)
    if (i < 0 || i >= n_ || !(d_.starts_with[static_cast<size_t>(i)] & Doc::bit(role))) return nullptr;
    const int frame = frame_id(type);
    if (frame < 0) return nullptr;
    const Match* best = nullptr;
    for (uint32_t x = d_.match_begin[static_cast<size_t>(i)]; x < d_.match_begin[static_cast<size_t>(i) + 1]; ++x) {
      const Match& mt = d_.matches[x];
      if (mt.hit.role == role && mt.hit.id == frame && (!best || mt.len > best->len)) best = &mt;
    }
    return best;
  }

  // The frame of relationship type `type`, or -1. `type` must be a string literal: its address
  // is its key in frame_of_literal_.
  int frame_id(const char* type) const {
    for (auto& [literal, id] : frame_of_literal_) {
      if (literal == type) return id;
      if (!literal) {  // a literal not seen yet: look it up once
        auto it = frame_of_.find(type);
        literal = type;
        id = it == frame_of_.end() ? -1 : it->second;
        return id;
      }
    }
    auto it = frame_of_.find(type);  // more literals than room: the map answers
    return it == frame_of_.end() ? -1 : it->second;
  }

  // Parties written as a list ending right before token `end`: "Britain, France and other
  // European allies", "Macron, British Prime Minister Keir Starmer and Ukrainian leader Volodymyr
  // Zelensky", "the U.K. and France". Walks left over titles and list separators.
  std::vector<int> parties_before(int end, int floor, std::string& modality, bool& negated, bool allow_meeting = false) {
    std::vector<int> out;
    int k = end;
    // modality, auxiliaries, negation between subject and verb
    for (int guard = 0; guard < 10 && k > floor; ++guard) {
      if (const Match* mo = d_.ending_at(k, Role::Modality)) {
        if (modality.empty()) modality = d_.lex.modalities[static_cast<size_t>(mo->hit.id)];
        k = mo->first;
        continue;
      }
      if (const Match* ng = d_.ending_at(k, Role::Negation)) {
        negated = true;
        k = ng->first;
        continue;
      }
      if (const Match* aux = d_.ending_at(k, Role::Auxiliary)) {
        k = aux->first;
        continue;
      }
      const int t = k - 1;
      if (d_.word(t) && !d_.cap(t) && d_.key(t).size() > 4 && d_.key(t).ends_with("ly")) {
        --k;
        continue;
      }
      // "confirmed their intention to", "agreed to", "plans to"
      // "Peru and Bolivia each offered", "both pledged": a distributive word after the subjects
      if (d_.key_is(t, "to") || d_.key_is(t, "their") || d_.key_is(t, "its") || d_.key_is(t, "intention") ||
          d_.key_is(t, "confirmed") || d_.key_is(t, "have") || d_.key_is(t, "has") || d_.key_is(t, "each") ||
          d_.key_is(t, "both") || d_.key_is(t, "also")) {
        --k;
        continue;
      }
      break;
    }
    // Parentheticals between subject and verb: "Turkey, he said, would join", "Alexus
    // Grynkewich, the Supreme Allied Commander Europe (SACEUR), who is ..., participated".
    {
      int kk = k;  // exclusive end of what is left to read
      for (int guard = 0; guard < 3 && kk - 1 > floor && (d_.key_is(kk - 1, ",") || d_.is(kk - 1, tok::kDash)); ++guard) {
        const int close = kk - 1;
        int j = close - 1;
        while (j > floor && !d_.key_is(j, ",") && !d_.is(j, tok::kDash) && close - j < 30) --j;
        if (!(d_.key_is(j, ",") || d_.is(j, tok::kDash))) break;
        bool speech = false;
        for (int t = j + 1; t < close; ++t) speech = speech || d_.longest(t, Role::SpeechVerb);
        const bool relative = d_.key_is(j + 1, "who") || d_.key_is(j + 1, "which") || d_.key_is(j + 1, "whose");
        const bool appositive = d_.key_is(j + 1, "the") || d_.key_is(j + 1, "a") || d_.key_is(j + 1, "an") ||
                                d_.longest(j + 1, Role::Office) != nullptr || d_.mention_at(j + 1) >= 0;
        if (!((speech && close - j < 7) || relative || appositive)) break;
        // "A and Eritrea's presidential adviser, X, signed": a name apposed to a title is the
        // subject itself
        if (const int pm = d_.mention_at(j + 1);
            pm >= 0 && d_.m(pm).kind == "Person" && d_.m(pm).first == j + 1 && d_.m(pm).last == close &&
            (d_.ending_at(j, Role::Office) || d_.m(pm).office_rule == "office:apposition-before")) {
          k = close;
          break;
        }
        const int before = j > 0 ? d_.mention_at(j - 1) : -1;
        if (before >= 0 && d_.m(before).last == j) {
          k = j;  // a subject right before the parenthetical(s)
          break;
        }
        kk = j + 1;
      }
    }
    bool expect_item = true;
    while (k > floor) {
      const int t = k - 1;
      if (d_.in_quote(t) && !d_.in_quote(end)) break;
      if (d_.key_is(t, ",") || d_.key_is(t, "and") || d_.key_is(t, "or")) {
        if (expect_item) break;
        expect_item = true;
        --k;
        continue;
      }
      const int mi = d_.mention_at(t);
      if (mi >= 0 && d_.m(mi).last == k && !d_.m(mi).dropped) {
        const Mention& m = d_.m(mi);
        if (m.nested && m.kind != "Person") {
          // part of a title: skip over it
          k = m.first;
          continue;
        }
        // only parties make a list of subjects ("After Tuesday's meeting, Merz said")
        if (m.kind != "Person" && m.kind != "Country" && m.kind != "Organization" && !(m.kind == "Meeting" && allow_meeting)) break;
        // "other European allies": the rest of a list, not a party of its own
        if (m.form == Form::Collective) {
          int b = m.first;
          while (b > floor && (d_.is_role(b - 1, Role::Demonym) || d_.cap(b - 1) || d_.is_role(b - 1, Role::QualifyingModifier)) &&
                 !d_.key_is(b - 1, "other") && b > m.first - 3) {
            --b;
          }
          if (d_.key_is(b - 1, "other")) {
            k = b - 1;
            expect_item = false;
            continue;
          }
        }
        // "allies of Ukraine": a name after a preposition is not the subject; the noun before
        // the preposition is ("allies" -> the coalition)
        {
          int b = m.first;
          if (d_.key_is(b - 1, "the")) --b;
          if (d_.key_is(b - 1, "of") || d_.key_is(b - 1, "for") || d_.key_is(b - 1, "from") || d_.key_is(b - 1, "with") ||
              d_.key_is(b - 1, "in") || d_.key_is(b - 1, "to") || d_.key_is(b - 1, "at") || d_.key_is(b - 1, "by")) {
            // "Delegations from Russia and Ukraine met", "Leaders of Australia, ... met": the
            // people stand for the states named after them
            // ("The presidents of Ecuador and Peru signed": a plural office too)
            const Match* plural_office = b >= 2 ? d_.ending_at(b - 1, Role::Office) : nullptr;
            if ((d_.key_is(b - 1, "from") || d_.key_is(b - 1, "of")) && b >= 2 &&
                (d_.ending_at(b - 1, Role::DelegationNoun) || (plural_office != nullptr && plural_office->plural))) {
              const int e = entity_of(mi);
              if (e >= 0) out.push_back(e);
              break;
            }
            const int head = b >= 2 ? d_.mention_at(b - 2) : -1;
            if (head >= 0 && d_.m(head).form == Form::Collective && !d_.m(head).dropped) {
              const int e = entity_of(head);
              if (e >= 0) out.push_back(e);
            }
            break;
          }
        }
        const int e = entity_of(mi);
        if (e >= 0) out.push_back(e);
        expect_item = false;
        k = m.first;
        // the title before a person: "British Prime Minister", "Ukraine's President"
        if (m.kind == "Person" && m.office_token >= 0 && m.office_token < m.first) k = std::min(k, title_first(m));
        if (d_.key_is(k - 1, "the")) --k;
        continue;
      }
      // a troop noun with a demonym: "German forces"
      if (const Match* tn = d_.ending_at(k, Role::TroopNoun)) {
        const int a = tn->first > 0 ? d_.atom_at[static_cast<size_t>(tn->first - 1)] : -1;
        if (a >= 0 && d_.m(a).form == Form::Demonym) {
          out.push_back(entity_of(a));
          expect_item = false;
          k = d_.m(a).first;
          continue;
        }
      }
      // "other European allies", "both": fillers inside a list
      if (!expect_item) break;
      if (d_.is_role(t, Role::CollectiveParty) || d_.longest(t, Role::CollectiveParty)) {
        // "other European allies" with no coalition named: still the tail of a list
        int b = t;
        while (b > floor && (d_.cap(b - 1) || d_.is_role(b - 1, Role::QualifyingModifier)) && b > t - 3) --b;
        if (d_.key_is(b - 1, "other")) {
          k = b - 1;
          expect_item = false;
          continue;
        }
      }
      if (d_.word(t) && !d_.cap(t) && d_.key_is(t, "both")) {
        --k;
        continue;
      }
      if (const Match* pr = d_.ending_at(k, Role::Determiner); pr && d_.key_is(t, "the")) {
        --k;
        continue;
      }
      break;
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

  int title_first(const Mention& p) const {
    int k = p.office_token;
    while (k > 0 && d_.ending_at(k, Role::OfficeModifier)) k = d_.ending_at(k, Role::OfficeModifier)->first;
    const int a = k > 0 ? d_.mention_at(k - 1) : -1;
    if (a >= 0 && d_.m(a).last == k && d_.m(a).nested) return d_.m(a).first;
    if (d_.key_is(k - 1, "'s") && k >= 2) {
      const int b = d_.mention_at(k - 2);
      if (b >= 0) return d_.m(b).first;
    }
    return k;
  }

  // A person standing for their state in a commitment: their head-of-state/government office.
  int as_party(int e) {
    if (e < 0) return -1;
    if (party_kind(kind(e))) return e;
    if (kind(e) != "Person") return -1;
    return office_country(e);
  }

  // Resolves "it" / "he" / "they" used as a subject.
  int pronoun_subject(int t) const {
    auto it = d_.lex.pronouns.find(d_.key(t));
    if (it == d_.lex.pronouns.end()) return -1;
    if (it->second == "male" || it->second == "female") {
      // In the pronoun's own sentence the subject wins ("Zelensky is greeted by Macron as he
      // arrives"); otherwise the nearest person before it.
      for (int k = d_.sentence_first(d_.sentence_of(t)); k < t; ++k) {
        const int mi = d_.atom_at[static_cast<size_t>(k)];
        if (mi < 0 || d_.in_quote(k) || d_.m(mi).dropped || d_.m(mi).nested || d_.m(mi).kind != "Person") continue;
        return entity_of(mi);
      }
    }
    const int floor = std::max(0, d_.sentence_first(d_.sentence_of(t)) - 60);
    for (int k = t - 1; k >= floor; --k) {
      if (d_.in_quote(k)) continue;
      const int mi = d_.atom_at[static_cast<size_t>(k)];
      if (mi < 0 || d_.m(mi).dropped || d_.m(mi).nested) continue;
      const std::string& mk = d_.m(mi).kind;
      if (it->second == "thing" && party_kind(mk)) return entity_of(mi);
      if ((it->second == "male" || it->second == "female") && mk == "Person") return entity_of(mi);
      if (it->second == "plural" && d_.m(mi).form == Form::Collective) return entity_of(mi);
    }
    return -1;
  }

  // The meeting, document or force phrase at token t, or a force named head first
  // ("Operation X", "EUFOR Althea"), which is a name, not a phrase.
  int thing_at(int t) const {
    const int ph = d_.phrase_at[static_cast<size_t>(t)];
    if (ph >= 0) return ph;
    const int a = d_.atom_at[static_cast<size_t>(t)];
    return a >= 0 && d_.m(a).kind == "Force" ? a : -1;
  }

  // Objects of a verb: mentions of `want` kind after token `from` in its clause.
  std::vector<int> objects_after(int from, const std::string& want, int limit) const {
    std::vector<int> out;
    for (int t = from; t < limit; ++t) {
      if (d_.key_is(t, ";") || d_.key_is(t, "but") || d_.key_is(t, "while") || d_.key_is(t, "whereas") ||
          d_.key_is(t, "although") || d_.key_is(t, "which") || d_.key_is(t, "who")) {
        break;
      }
      const int ph = thing_at(t);
      if (ph >= 0 && d_.m(ph).kind == want && !d_.m(ph).dropped && d_.m(ph).first >= from - 1) {
        const int e = entity_of(ph);
        if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
        t = d_.m(ph).last - 1;
      }
    }
    return out;
  }

  int clause_end(int from) const {
    int s_last = d_.sentence_last(d_.sentence_of(from));
    for (int t = from; t < s_last; ++t) {
      if (d_.key_is(t, ";") || d_.key_is(t, "but") || d_.key_is(t, "while") || d_.key_is(t, "whereas")) return t;
    }
    return s_last;
  }

  std::string condition_in(int a, int b) const {
    static const std::vector<std::vector<Token>> cue_tokens = [] {
      std::vector<std::vector<Token>> out;
      for (const char* c : {"after", "following", "once", "if", "in case of", "in the event of", "upon", "provided"}) {
        out.push_back(tokenize(c));
      }
      return out;
    }();
    // The first letters of the cues: a token starting with no such letter starts no cue (one
    // test instead of a key comparison per cue at every token).
    static const std::array<bool, 256> cue_initial = [] {
      std::array<bool, 256> out{};
      for (const std::vector<Token>& ct : cue_tokens) out[static_cast<unsigned char>(ct.front().key.front())] = true;
      return out;
    }();
    for (int t = a; t < b; ++t) {
      const Label& k = d_.key(t);
      if (k.empty() || !cue_initial[static_cast<unsigned char>(k.front())]) continue;
      for (const std::vector<Token>& ct : cue_tokens) {
        bool ok = t + static_cast<int>(ct.size()) <= b;
        for (size_t x = 0; ok && x < ct.size(); ++x) ok = d_.key(t + static_cast<int>(x)) == ct[x].key;
        if (!ok) continue;
        int e = t + static_cast<int>(ct.size());
        while (e < b && e < t + 8 && !d_.key_is(e, ",") && !d_.key_is(e, ".") && !d_.is(e, tok::kDQuote) &&
               !d_.key_is(e, "and")) {
          ++e;
        }
        if (e > t + static_cast<int>(ct.size())) return std::string(d_.span(t, e));
      }
    }
    return {};
  }

  void verb_frames() {
    const int main_force = main_entity("Force", "force");
    const uint64_t wanted = Doc::bit(Role::FrameActive) | Doc::bit(Role::FramePhrase) | Doc::bit(Role::FrameNoun);
    for (int i = 0; i < n_; ++i) {
      if (!(d_.starts_with[static_cast<size_t>(i)] & wanted)) continue;
      // ---- COMMITS / LEADS / SIGNED / HOSTED / ATTENDED / PRODUCED with an active verb
      for (const char* type : {"LEADS", "COMMITS", "SIGNED", "HOSTED", "PRODUCED"}) {
        const Match* v = frame_at(i, Role::FrameActive, type);
        const Match* ph = frame_at(i, Role::FramePhrase, type);
        if (!v && !ph) continue;
        const Match* use = ph && (!v || ph->len > v->len) ? ph : v;
        // "led" after a hyphen is a suffix handled by phrases
        if (d_.is(i - 1, tok::kHyphen)) continue;
        if (d_.phrase_at[static_cast<size_t>(i)] >= 0 && d_.m(d_.phrase_at[static_cast<size_t>(i)]).first < i) continue;
        active_frame(type, i, use->len, main_force);
      }
      // ---- a contribution noun: "Spain's contribution"
      if (const Match* fn = frame_at(i, Role::FrameNoun, "COMMITS"); fn && main_force >= 0) {
        if (d_.key_is(i - 1, "'s") && i >= 2) {
          int a = d_.mention_at(i - 2);
          int e = as_party(entity_of(a));
          // "his country's contribution": the state of the person "his" refers to
          if (a < 0 && i >= 3 && (d_.key_is(i - 2, "country") || d_.key_is(i - 2, "nation") || d_.key_is(i - 2, "government")) &&
              (d_.key_is(i - 3, "his") || d_.key_is(i - 3, "her"))) {
            e = as_party(pronoun_subject(i - 3));
          }
          if (e >= 0) {
            std::map<std::string, std::string> props{{"detail", std::string(d_.span(a >= 0 ? d_.m(a).first : i - 3, i + fn->len))}};
            add("COMMITS", e, main_force, i - 2, i + fn->len - 1, "commits:contribution", 0.6, props);
          }
        }
      }
    }
  }


  // "a promise that Washington would commit ... was not in the communique": a commitment
  // reported by a noun and then denied by the sentence.
  bool reported_and_denied(int verb, int floor) const {
    int that = -1;
    for (int t = verb - 1; t > floor; --t) {
      if (d_.key_is(t, "that") && d_.is_role(t - 1, Role::ReportedNoun)) {
        that = t;
        break;
      }
    }
    if (that < 0) return false;
    const int s_last = d_.sentence_last(d_.sentence_of(verb));
    for (int t = verb + 1; t < s_last; ++t) {
      if (d_.in_quote(t)) continue;
      if (const Match* ng = d_.longest(t, Role::Negation); ng && (d_.key_is(t, "not") || d_.key_is(t, "n't") || d_.key_is(t, "no"))) {
        if (d_.key_is(t - 1, "was") || d_.key_is(t - 1, "were") || d_.key_is(t - 1, "is") || d_.key_is(t - 1, "are")) return true;
      }
    }
    return false;
  }

  // "a rescue centre in Da Nang, which Vietnam offered to staff": the force before an object
  // relative "which"/"that" is what the subject of verb `i` pledges; -1 when the verb is not
  // in such a clause.
  int relative_object(int i, int floor) const {
    int k = i;
    while (k > floor && (d_.ending_at(k, Role::Modality) || d_.ending_at(k, Role::Auxiliary))) {
      k = (d_.ending_at(k, Role::Modality) ? d_.ending_at(k, Role::Modality) : d_.ending_at(k, Role::Auxiliary))->first;
    }
    int t = k - 1;
    while (t >= floor && (d_.mention_at(t) >= 0 || d_.key_is(t, "and") || d_.key_is(t, "the"))) --t;
    if (t < floor || t == k - 1 || !(d_.key_is(t, "which") || d_.key_is(t, "that"))) return -1;
    // The antecedent: a force named just before, maybe located by a short "in/at <place>"
    // ("centre in Da Nang, which"); nothing but its location may stand between.
    int a = t - 1;
    if (a >= floor && d_.key_is(a, ",")) --a;
    for (int steps = 0; a >= floor && steps < 5; ++steps, --a) {
      const int mi = d_.mention_at(a);
      const int e = mi >= 0 ? entity_of(mi) : -1;
      if (e >= 0 && kind(e) == "Force") return e;
      if (d_.key_is(a, "in") || d_.key_is(a, "at")) continue;
      if (!d_.word(a) || !std::isupper(static_cast<unsigned char>(d_.span(a, a + 1)[0]))) return -1;
    }
    return -1;
  }

  // "Tanzania pledged 40 observers. Malawi and Zambia each offered 20 more": a count and "more"
  // with no noun at token t, after troops named in this sentence or the one before.
  bool more_of_troops(int t) const {
    // "20 more", "a further 850", "another 300"
    if (!d_.is(t, tok::kNumber)) return false;
    const bool more = d_.key_is(t + 1, "more");
    const bool further = d_.key_is(t - 1, "further") || d_.key_is(t - 1, "additional") || d_.key_is(t - 1, "another") ||
                         d_.key_is(t - 1, "extra");
    if (!more && !further) return false;
    const int after = more ? t + 2 : t + 1;
    if (d_.word(after) && !d_.key_is(after, "and") && !d_.key_is(after, "to") && !d_.key_is(after, "for")) return false;
    const int s = d_.sentence_of(t);
    for (int k = d_.sentence_first(std::max(0, s - 1)); k < t; ++k) {
      if (d_.longest(k, Role::TroopNoun)) return true;
    }
    return false;
  }

  // "Kenya pledged 60 observers and Uganda committed 40": a bare count right after the verb,
  // with troops named earlier in this sentence or the one before, counts those troops.
  bool elliptical_count(int t) const {
    if (!d_.is(t, tok::kNumber) || d_.key_is(t + 1, "%") || d_.key_is(t + 1, "percent") || d_.key_is(t + 1, "per")) return false;
    if (d_.word(t + 1) && !d_.key_is(t + 1, "and") && !d_.key_is(t + 1, "each")) return false;
    const int s = d_.sentence_of(t);
    for (int k = d_.sentence_first(std::max(0, s - 1)); k < t; ++k) {
      if (d_.longest(k, Role::TroopNoun)) return true;
    }
    return false;
  }

  // "Poland will send two frigates to the group, and Sweden three corvettes": a party and a
  // count of troops with no verb of their own after a commitment share its verb and objects.
  std::vector<std::pair<int, int>> gapped_parties(int from, int end) const {
    std::vector<std::pair<int, int>> out;  // (party mention, token of its count)
    for (int t = from; t + 2 < end; ++t) {
      if (!d_.key_is(t, "and") || d_.in_quote(t)) continue;
      const int mi = d_.mention_at(t + 1);
      if (mi < 0 || d_.m(mi).first != t + 1 || !party_kind(d_.m(mi).kind) || d_.m(mi).dropped) continue;
      const int c = d_.m(mi).last;
      if (!(d_.is(c, tok::kNumber) || d_.is_role(c, Role::Cardinal) || d_.key_is(c, "a") || d_.key_is(c, "an"))) continue;
      bool troop = false;
      for (int k = c + 1; k < end && k <= c + 3 && d_.word(k) && !troop; ++k) troop = d_.longest(k, Role::TroopNoun) != nullptr;
      if (!troop) continue;
      // nothing but the troops' own words up to the clause's end: no verb of its own
      bool verbless = true;
      for (int x = c + 1; x < end && verbless; ++x) {
        if (d_.key_is(x, ",") || d_.key_is(x, "and")) break;
        verbless = !d_.longest(x, Role::FrameActive) && !d_.longest(x, Role::SpeechVerb);
      }
      if (verbless) out.emplace_back(mi, c);
    }
    return out;
  }

  void active_frame(const Label& type, int i, int len, int main_force) {
    const int s = d_.sentence_of(i);
    const int floor = d_.sentence_first(s);
    const int end = clause_end(i + len);
    std::string modality;
    bool negated = false;
    std::vector<int> subjects = parties_before(i, floor, modality, negated, type == "PRODUCED");
    // relative "which/who" subjects: "France and the UK, which would lead"
    if (subjects.empty()) {
      int k = i;
      while (k > floor && (d_.ending_at(k, Role::Modality) || d_.ending_at(k, Role::Auxiliary))) {
        k = (d_.ending_at(k, Role::Modality) ? d_.ending_at(k, Role::Modality) : d_.ending_at(k, Role::Auxiliary))->first;
      }
      if (k - 1 >= floor && (d_.key_is(k - 1, "which") || d_.key_is(k - 1, "who"))) {
        int j = k - 1;
        if (d_.key_is(j - 1, ",")) --j;
        std::string m2;
        bool n2 = false;
        subjects = parties_before(j, floor, m2, n2);
      } else if (k - 1 >= floor) {
        const int p = pronoun_subject(k - 1);
        if (p >= 0) subjects.push_back(p);
      }
    }
    for (int t = std::max(floor, i - 4); t < i; ++t) {
      if (d_.longest(t, Role::Negation) && d_.longest(t, Role::Negation)->first + d_.longest(t, Role::Negation)->len <= i) negated = true;
    }
    if (negated) return;
    // "X met Y in the morning and signed the partnership": a second predicate shares the
    // subject of the verb before its "and"
    if (subjects.empty() && type != "PRODUCED") {
      int amp = -1;
      for (int t = i - 1; t >= floor && t >= i - 8 && amp < 0; --t) {
        if (d_.key_is(t, ",") || d_.key_is(t, ".") || d_.in_quote(t)) break;
        if (d_.key_is(t, "and")) amp = t;
      }
      for (int t = amp - 1; amp > floor && t > floor && t >= amp - 20; --t) {
        if (d_.key_is(t, ";") || d_.in_quote(t)) break;
        const bool verb = d_.longest(t, Role::FrameActive) || d_.longest(t, Role::SpeechVerb);
        if (!verb) continue;
        std::string m2;
        bool n2 = false;
        std::vector<int> shared = parties_before(t, floor, m2, n2);
        // "The EU's foreign policy chief, Elena Moretti, met ...": the person, not her body
        std::vector<int> people;
        for (int e : shared) {
          if (kind(e) == "Person") people.push_back(e);
        }
        // "The EU's foreign policy chief, Elena Moretti, met": the name closing an apposition
        if (people.empty() && t >= 2 && d_.key_is(t - 1, ",")) {
          const int a = d_.atom_at[static_cast<size_t>(t - 2)];
          if (a >= 0 && d_.m(a).kind == "Person" && d_.m(a).last == t - 1 && entity_of(a) >= 0) people.push_back(entity_of(a));
        }
        if (!n2 && people.size() == 1) subjects = people;
        else if (!n2 && shared.size() == 1) subjects = shared;
        break;
      }
    }
    if (subjects.empty()) return;
    if (reported_and_denied(i, floor)) return;

    if (type == "COMMITS" || type == "LEADS") {
      std::vector<int> objects = objects_after(i + len, "Force", end);
      // "in charge of securing transport lanes in the Black Sea": a task named by its gerund
      if (objects.empty() && type == "LEADS" && len > 1 && d_.word(i + len) && d_.key(i + len).ends_with("ing")) {
        const int task = gerund_force(i + len, end);
        if (task >= 0) objects.push_back(task);
      }
      // "Antonio Costa, who chaired the summit": a person leads a meeting
      if (objects.empty() && type == "LEADS") {
        std::vector<int> meetings = objects_after(i + len, "Meeting", std::min(end, i + len + 6));
        for (int subj : subjects) {
          if (kind(subj) == "Person" && !meetings.empty()) add("LEADS", subj, meetings.front(), i, end - 1, "leads:verb", 0.7);
        }
      }
      if (objects.empty() && type == "COMMITS") {
        const int ro = relative_object(i, floor);
        if (ro >= 0) objects.push_back(ro);
      }
      // troop nouns stand for the main force
      bool troops = false;
      std::string detail;
      for (int t = i + len; t < end; ++t) {
        // "Ghana, which runs its own patrols, ... ruled out sending ships": troops after a
        // negation belong to a denied offer, not to this verb
        if (d_.longest(t, Role::Negation)) break;
        if (more_of_troops(t) || (t == i + len && elliptical_count(t))) {
          troops = true;
          detail = d_.key_is(t + 1, "more") ? std::string(d_.span(t, t + 2)) : std::string(d_.span(t - 1, t + 1));
          break;
        }
        if (const Match* tn = d_.longest(t, Role::TroopNoun)) {
          troops = true;
          int a = t;
          while (a > i + len && (d_.word(a - 1) || d_.is(a - 1, tok::kDQuote)) && !d_.longest(a - 1, Role::FrameActive)) --a;
          int b = t + tn->len;
          if (d_.key_is(b, "on") || d_.key_is(b, "to") || d_.key_is(b, "in")) {
            int c = b + 1;
            while (c < end && c < b + 5 && d_.word(c) && !d_.key_is(c, "after")) ++c;
            b = c;
          }
          detail = std::string(d_.span(a, b));
          break;
        }
      }
      const int implicit = troops || objects.empty() ? implicit_force(main_force, i, detail) : main_force;
      if (troops && implicit >= 0 && std::find(objects.begin(), objects.end(), implicit) == objects.end()) {
        objects.push_back(implicit);
      }
      // "German forces could join": the subject was a troop noun, the object is implicit
      if (type == "COMMITS" && objects.empty() && implicit >= 0 && (d_.key_is(i, "join") || d_.key_is(i, "joins"))) {
        objects.push_back(implicit);
      }
      if (objects.empty()) return;
      const std::string cond = condition_in(i + len, end);
      for (int subj : subjects) {
        const int party = type == "LEADS" ? subj : as_party(subj);
        if (party < 0) continue;
        if (type == "LEADS" && !party_kind(kind(party)) && kind(party) != "Person") continue;
        for (int o : objects) {
          std::map<std::string, std::string> props;
          if (!modality.empty()) props["modality"] = modality;
          if (type == "COMMITS") {
            if (!detail.empty() && o == implicit) props["detail"] = detail;
            if (!cond.empty()) props["condition"] = cond;
          }
          add(type, party, o, i, std::min(end, n_) - 1, type == "LEADS" ? "leads:verb" : "commits:verb", 0.75, props);
        }
      }
      if (type == "COMMITS") {
        for (const auto& [pm, count] : gapped_parties(i + len, end)) {
          const int party = entity_of(pm);
          if (party < 0) continue;
          for (int o : objects) {
            std::map<std::string, std::string> props;
            if (!modality.empty()) props["modality"] = modality;
            add("COMMITS", party, o, d_.m(pm).first, std::min(end, n_) - 1, "commits:gapped", 0.65, props);
          }
        }
      }
      return;
    }
    if (type == "SIGNED") {
      std::vector<int> docs = objects_after(i + len, "Document", end);
      if (docs.empty()) return;
      // "alongside Macron and Starmer" co-signers
      std::vector<int> with;
      for (int t = i + len; t < end; ++t) {
        if (d_.key_is(t, "alongside") || (d_.key_is(t, "together") && d_.key_is(t + 1, "with")) || d_.key_is(t, "with")) {
          int k = t + 1 + (d_.key_is(t, "together") ? 1 : 0);
          while (k < end) {
            const int mi = d_.mention_at(k);
            if (mi >= 0 && d_.m(mi).kind == "Person") {
              with.push_back(entity_of(mi));
              k = d_.m(mi).last;
              continue;
            }
            if (d_.key_is(k, "and") || d_.key_is(k, ",")) {
              ++k;
              continue;
            }
            // "with Foreign Minister X": through the co-signer's title
            if (const Match* off = d_.longest(k, Role::Office); off != nullptr && off->first + off->len < end) {
              k += off->len;
              continue;
            }
            break;
          }
        }
      }
      // "signed a defence agreement and a memorandum on ...": every text of the coordinated object
      std::vector<int> signed_docs{docs.front()};
      for (int t = i + len; t < end; ++t) {
        const int ph = d_.phrase_at[static_cast<size_t>(t)];
        if (ph < 0 || d_.m(ph).kind != "Document" || entity_of(ph) != docs.front()) continue;
        int k = d_.m(ph).last;
        while (k + 1 < end && (d_.key_is(k, "and") || d_.key_is(k, ","))) {
          const int nx = d_.phrase_at[static_cast<size_t>(k + 1)];
          if (nx < 0 || d_.m(nx).kind != "Document" || d_.m(nx).first != k + 1 || d_.m(nx).dropped) break;
          const int e = entity_of(nx);
          if (e >= 0 && std::find(signed_docs.begin(), signed_docs.end(), e) == signed_docs.end()) signed_docs.push_back(e);
          k = d_.m(nx).last;
        }
        break;
      }
      for (int subj : subjects) {
        if (kind(subj) != "Person" && kind(subj) != "Country") continue;
        for (int dd : signed_docs) add("SIGNED", subj, dd, i, end - 1, "signed:verb", 0.85);
      }
      for (int w : with) add("SIGNED", w, docs.front(), i, end - 1, "signed:alongside", 0.75);
      return;
    }
    if (type == "HOSTED") {
      std::vector<int> meetings = objects_after(i + len, "Meeting", end);
      // "..., which Peru will host", "Qatar will host that round", "when Chile hosts the first
      // review": no meeting after the verb; the meeting named last before it in the sentence,
      // else a meeting to come of the sentence before
      if (meetings.empty()) {
        const int hs = d_.sentence_of(i);
        int best = -1;
        for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
          const Mention& mm = d_.mentions[mi];
          if (mm.kind != "Meeting" || mm.dropped || mm.first >= i || entity_of(static_cast<int>(mi)) < 0) continue;
          const int ms = d_.sentence_of(mm.first);
          if (ms != hs && !(ms == hs - 1 && d_.e(entity_of(static_cast<int>(mi))).future)) continue;
          if (best < 0 || mm.first > d_.m(best).first) best = static_cast<int>(mi);
        }
        if (best >= 0) meetings.push_back(entity_of(best));
      }
      if (meetings.empty()) return;
      for (int subj : subjects) {
        if (kind(subj) == "Person" || kind(subj) == "Country") add("HOSTED", subj, meetings.front(), i, end - 1, "hosted:verb", 0.85);
      }
      // "X hosted his counterpart, Y, for the summit": host and guest were both there
      for (int t = i + len + 1; t + 1 < end; ++t) {
        if (!(d_.key_is(t, "for") || d_.key_is(t, "at"))) continue;
        int ph = -1;
        for (int k = t + 1; k < end && k <= t + 4 && ph < 0; ++k) ph = d_.phrase_at[static_cast<size_t>(k)];
        if (ph < 0 || d_.m(ph).kind != "Meeting" || entity_of(ph) != meetings.front()) break;
        int g0 = i + len;
        if (d_.key_is(g0, "his") || d_.key_is(g0, "her") || d_.key_is(g0, "their") || d_.key_is(g0, "its")) ++g0;
        std::vector<int> guests = agents_after(g0, t);
        if (guests.empty()) break;
        for (int subj : subjects) guests.push_back(subj);
        for (int g : guests) {
          if (kind(g) == "Person" || party_kind(kind(g))) add("ATTENDED", g, meetings.front(), i, end - 1, "attended:hosted-guest", 0.75);
        }
        break;
      }
      return;
    }
    if (type == "PRODUCED") {
      std::vector<int> docs = objects_after(i + len, "Document", end);
      for (int subj : subjects) {
        if (kind(subj) != "Meeting") continue;
        for (int dd : docs) add("PRODUCED", subj, dd, i, end - 1, "produced:verb", 0.8);
      }
    }
  }


  // A force named by a gerund phrase ("securing transport lanes in the Black Sea"), up to the
  // end of its clause; returns its entity, -1 when too short or too long to be a name.
  int gerund_force(int from, int end) {
    int e = from;
    while (e < end && e < from + 10 && !d_.key_is(e, ",") && !d_.key_is(e, ".") && !d_.key_is(e, ";") && !d_.is(e, tok::kDQuote) &&
           !d_.key_is(e, "while") && !d_.key_is(e, "and") && !d_.key_is(e, "but")) {
      ++e;
    }
    if (e - from < 2 || e - from > 9) return -1;
    Mention m;
    m.first = from;
    m.last = e;
    m.kind = "Force";
    m.form = Form::Phrase;
    m.head = d_.key(from);
    m.specific = true;
    m.surface = std::string(d_.span(from, e));
    m.aliases.push_back(m.surface);
    const int mi = d_.add_mention(m);
    Entity x;
    x.kind = "Force";
    x.name = d_.m(mi).surface;
    x.head = m.head;
    x.aliases.push_back(x.name);
    x.mentions.push_back(mi);
    x.attributes["head"] = m.head;
    d_.entities.push_back(std::move(x));
    const int ei = static_cast<int>(d_.entities.size()) - 1;
    d_.m(mi).entity = ei;
    return ei;
  }

  // ---- list items
  //
  // A lead-in ending in a colon hands its predicate to each item of the list after it: "The
  // following heads of state attended the session:" then one line per attendee ("H.E. Mr. X,
  // President of Y;"), "Contributions announced on Tuesday:" then "Brazil: 220 troops" lines,
  // or lettered items inside the sentence ("welcomed the offers made by member states, namely:
  // a) Chad: one battalion; b) ..."). Items are the lines after the lead-in (the reader has
  // taken their bullets off) up to a paragraph break after the first item or an item that ends
  // with a full stop; or, when the sentence goes on after the colon, its ';'-separated parts.
  bool line_start(int i) const {
    const Token& tk = d_.toks[static_cast<size_t>(i)];
    return tk.begin > 0 && d_.article.text[tk.begin - 1] == '\n';
  }

  // (`need_colon`: each item is "Party: what it gives", the pledge lists.)
  std::vector<std::pair<int, int>> list_after(int colon, bool need_colon) const {
    std::vector<std::pair<int, int>> items;
    const int s = d_.sentence_of(colon);
    const int s_last = d_.sentence_last(s);
    if (colon + 1 < s_last) {
      int from = colon + 1;
      for (int t = colon + 1; t <= s_last; ++t) {
        if (t < s_last && !d_.key_is(t, ";")) continue;
        int f = from;
        // "a )", "(b)", "1." markers
        if (f + 1 < t && d_.key(f).size() <= 2 && (d_.key_is(f + 1, ")") || d_.key_is(f + 1, "."))) f += 2;
        if (d_.key_is(f, "and")) ++f;
        if (f < t) items.emplace_back(f, t);
        from = t + 1;
      }
      return items.size() >= 2 ? items : std::vector<std::pair<int, int>>{};
    }
    for (int sn = s + 1; sn < static_cast<int>(d_.sentences.size()); ++sn) {
      int f = d_.sentence_first(sn);
      const int l = d_.sentence_last(sn);
      if (f >= l || !line_start(f) || l - f > 40 || d_.in_quote(f)) break;
      // a bullet the reader left ("- ", "• ")
      if (f + 1 < l && (d_.key_is(f, "-") || d_.key_is(f, "*") || d_.text(f) == "\u2022" || d_.text(f) == "\u2013")) ++f;
      if (need_colon) {
        int sep = f;
        while (sep < l && sep < f + 9 && !d_.key_is(sep, ":")) ++sep;
        if (!d_.key_is(sep, ":")) break;
      }
      items.emplace_back(f, l);
      if (d_.key_is(l - 1, ".")) break;
    }
    return items.size() >= 2 ? items : std::vector<std::pair<int, int>>{};
  }

  void list_items() {
    static const std::vector<std::string_view> attend_cues = {"attended", "participated", "present"};
    static const std::vector<std::string_view> pledge_cues = {"contributions", "contribution", "offers", "pledges", "commitments",
                                                             "pledged", "offered", "committed", "contributed"};
    const int main_force = main_entity("Force", "force");
    const int main_meeting = main_entity("Meeting");
    for (int colon = 1; colon < n_; ++colon) {
      if (!d_.key_is(colon, ":") || d_.in_quote(colon)) continue;
      const int s = d_.sentence_of(colon);
      const int floor = d_.sentence_first(s);
      bool first_colon = true;
      for (int t = floor; t < colon && first_colon; ++t) first_colon = !d_.key_is(t, ":");
      if (!first_colon) continue;
      bool attend = false, pledge = false, negated = false;
      int meeting = -1, force = -1;
      for (int t = floor; t < colon; ++t) {
        for (std::string_view c : attend_cues) attend = attend || d_.key_is(t, c);
        for (std::string_view c : pledge_cues) pledge = pledge || d_.key_is(t, c);
        negated = negated || d_.key_is(t, "not") || d_.key_is(t, "declined") || d_.key_is(t, "no");
        const int mi = d_.mention_at(t);
        if (mi >= 0 && d_.m(mi).kind == "Meeting" && meeting < 0) meeting = entity_of(mi);
        if (mi >= 0 && d_.m(mi).kind == "Force" && force < 0) force = entity_of(mi);
      }
      if (negated || (!attend && !pledge)) continue;
      const std::vector<std::pair<int, int>> items = list_after(colon, !attend);
      if (items.empty()) continue;
      if (attend) {
        if (meeting < 0) meeting = main_meeting;
        if (meeting < 0) continue;
        for (const auto& [f, l] : items) {
          for (int t = f; t < l; ++t) {
            const int mi = d_.atom_at[static_cast<size_t>(t)];
            if (mi < 0 || d_.m(mi).first != t) continue;
            const int e = entity_of(mi);
            if (e >= 0 && (kind(e) == "Person" || party_kind(kind(e)))) add("ATTENDED", e, meeting, floor, l - 1, "attended:list", 0.7);
          }
        }
        continue;
      }
      // a pledge: the party opening the item, before the item's own colon
      for (const auto& [f, l] : items) {
        int sep = -1;
        for (int t = f; t < l && sep < 0; ++t) {
          if (d_.key_is(t, ":")) sep = t;
        }
        if (sep < 0 || sep - f > 8) continue;
        int party = -1;
        for (int t = f; t < sep && party < 0; ++t) {
          const int mi = d_.atom_at[static_cast<size_t>(t)];
          if (mi >= 0 && party_kind(d_.m(mi).kind)) party = entity_of(mi);
        }
        if (party < 0) continue;
        int e = l;
        while (e > sep + 1 && (d_.key_is(e - 1, ";") || d_.key_is(e - 1, ".") || d_.key_is(e - 1, ","))) --e;
        if (e <= sep + 1) continue;
        const int to = force >= 0 ? force : implicit_force(main_force, f, d_.span(sep + 1, e));
        if (to < 0) continue;
        add("COMMITS", party, to, f, l - 1, "commits:list", 0.7, {{"detail", std::string(d_.span(sep + 1, e))}});
      }
    }
  }

  // ---- attendance

  void attendance() {
    const int main_meeting = main_entity("Meeting");
    for (int i = 0; i < n_; ++i) {
      if (d_.in_quote(i)) continue;
      const Match* v = frame_at(i, Role::FrameActive, "ATTENDED");
      if (!v) continue;
      const int s = d_.sentence_of(i);
      const int floor = d_.sentence_first(s);
      const int end = clause_end(i + v->len);
      // the meeting: an object in the clause, the verb itself ("met in Paris"), or a place that
      // is the main meeting's place
      std::vector<int> meetings = objects_after(i + v->len, "Meeting", end);
      if (meetings.empty()) {
        const int own = d_.phrase_at[static_cast<size_t>(i)];
        if (own >= 0 && d_.m(own).kind == "Meeting" && d_.m(own).first == i && entity_of(own) >= 0) meetings.push_back(entity_of(own));
      }
      // "X also attended": no object, the article's meeting
      // "Chile and Peru took part as observers", "X took part for the first time as a full member"
      const int nx = i + v->len;
      bool as_role = d_.key_is(nx, "as") || (d_.key_is(nx, "for") && d_.key_is(nx + 1, "the") && d_.key_is(nx + 3, "time"));
      // "joined the second day as dialogue partners", "sat in on the talks as observers": a
      // participant's role a few words on
      for (int t = nx + 1; !as_role && t < std::min(end, nx + 6); ++t) {
        if (!d_.key_is(t, "as")) continue;
        for (int r = t + 1; r <= t + 2 && !as_role; ++r) {
          static const char* const roles[] = {"observer", "observers", "partner", "partners", "guest", "guests", "witness",
                                              "witnesses", "mediator", "mediators", "delegate", "delegates"};
          for (const char* role : roles) as_role = as_role || d_.key_is(r, role);
        }
        break;
      }
      // "joined by video link", "took part remotely"
      const bool remote = (d_.key_is(nx, "by") || d_.key_is(nx, "via")) &&
                          (d_.key_is(nx + 1, "video") || d_.key_is(nx + 1, "videoconference") || d_.key_is(nx + 1, "videolink") ||
                           d_.key_is(nx + 1, "video-link") || d_.key_is(nx + 1, "teleconference"));
      const bool intransitive = (d_.key_is(nx, ",") || d_.key_is(nx, ".") || d_.key_is(nx, "too") || as_role || remote ||
                                 d_.key_is(nx, "remotely") || d_.key_is(nx, "online") ||
                                 (d_.key_is(nx, "along") && d_.key_is(nx + 1, "with"))) &&
                                (d_.key_is(i, "attended") || d_.key_is(i, "participated") || d_.key_is(i, "joined") ||
                                 // "Leaders from A and B took part."
                                 (v->len == 2 && d_.key_is(i + 1, "part") && !d_.key_is(nx, ",")) ||
                                 (as_role && (d_.key_is(i, "took") || d_.key_is(i, "take") || d_.key_is(i, "takes") || d_.key_is(i, "sat") ||
                                              d_.key_is(i, "joining") || d_.key_is(i, "joins") ||
                                              d_.key_is(i, "taking") || d_.key_is(i, "attending") || d_.key_is(i, "participating"))));
      // "held talks with Y on the sidelines": the sidelines of the article's meeting
      bool sidelines = false;
      for (int t = nx; t + 2 < end && !sidelines; ++t) {
        sidelines = (d_.key_is(t, "on") || d_.key_is(t, "in")) && d_.key_is(t + 1, "the") &&
                    (d_.key_is(t + 2, "sidelines") || d_.key_is(t + 2, "margins")) && !d_.key_is(t + 3, "of");
      }
      if (meetings.empty() && main_meeting >= 0 && (intransitive || sidelines)) meetings.push_back(main_meeting);
      if (meetings.empty() && main_meeting >= 0) {
        for (int t = i + v->len; t < std::min(end, i + v->len + 4); ++t) {
          const int a = d_.atom_at[static_cast<size_t>(t)];
          if (a >= 0 && d_.m(a).kind == "Place") {
            const int pe = entity_of(a);
            const auto& pl = d_.e(main_meeting).places;
            if (std::find(pl.begin(), pl.end(), pe) != pl.end()) meetings.push_back(main_meeting);
            break;
          }
        }
      }
      if (meetings.empty()) continue;
      std::string modality;
      bool negated = false;
      std::vector<int> who = parties_before(i, floor, modality, negated);
      if (negated) continue;
      // "X, who was present at the talks"
      if (who.empty()) {
        int k = i;
        while (k > floor && d_.ending_at(k, Role::Auxiliary)) k = d_.ending_at(k, Role::Auxiliary)->first;
        if (d_.key_is(k - 1, "who")) {
          int j = k - 1;
          if (d_.key_is(j - 1, ",")) --j;
          std::string m2;
          bool n2 = false;
          who = parties_before(j, floor, m2, n2);
          if (who.size() > 1) who.erase(who.begin(), who.end() - 1);
        } else if (k - 1 >= floor) {
          const int p = pronoun_subject(k - 1);
          if (p >= 0) who.push_back(p);
        }
      }
      // "Also present in Paris were A, B and C"
      if (who.empty()) {
        for (int t = i + v->len; t < end; ++t) {
          if (d_.key_is(t, "were") || d_.key_is(t, "was")) {
            for (int k = t + 1; k < end; ++k) {
              const int mi = d_.mention_at(k);
              if (mi < 0 || d_.m(mi).dropped || d_.m(mi).nested) continue;
              const int e = entity_of(mi);
              if (e >= 0 && (kind(e) == "Person" || party_kind(kind(e)))) who.push_back(e);
              k = d_.m(mi).last - 1;
            }
            break;
          }
        }
      }
      // "With Zelenskyy, along Witkoff and Kushner, ... at the table during the talks": everyone
      // named in the clause before a verbless attendance phrase
      if (who.empty() && (d_.key_is(i, "at") || d_.key_is(i, "present") || d_.key_is(i, "in"))) {
        for (int t = floor; t < i; ++t) {
          const int mi = d_.atom_at[static_cast<size_t>(t)];
          if (mi < 0 || d_.m(mi).first != t || d_.m(mi).dropped || d_.m(mi).nested || d_.in_quote(t)) continue;
          if (d_.m(mi).kind == "Person" && !d_.key_is(d_.m(mi).last, "'s")) who.push_back(entity_of(mi));
          t = d_.m(mi).last - 1;
        }
      }
      // "Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh": whom one meets is there too
      if (d_.key_is(i, "met") || d_.key_is(i, "meets") || d_.key_is(i, "meet")) {
        for (int a : agents_after(i + v->len, end)) who.push_back(a);
      }
      // "X held talks with Y", "attended a meeting with Y": whom the meeting was with is there too
      for (int t = i + v->len + 1; t + 1 < end && t < i + v->len + 8; ++t) {
        if (!d_.key_is(t, "with") || d_.key_is(t - 1, "along")) continue;
        const int ph = d_.phrase_at[static_cast<size_t>(t - 1)];
        if ((ph >= 0 && d_.m(ph).kind == "Meeting") || d_.ending_at(t, Role::MeetingHead)) {
          for (int a : agents_after(t + 1, end)) who.push_back(a);
        }
        break;
      }
      // "..., along with A and B": they were there too
      for (int t = i + v->len; t + 1 < end; ++t) {
        if (!(d_.key_is(t, "along") && d_.key_is(t + 1, "with")) && !d_.key_is(t, "alongside")) continue;
        for (int a : agents_after(t + (d_.key_is(t, "along") ? 2 : 1), end)) who.push_back(a);
        break;
      }
      for (int w : who) {
        if (w < 0 || (kind(w) != "Person" && !party_kind(kind(w)))) continue;
        add("ATTENDED", w, meetings.front(), std::max(floor, i - 1), end - 1, "attended:verb", 0.8);
      }
    }
    spoke_at(main_meeting);
    acted_at();
    delegates(main_meeting);
    their_meetings();
    represented(main_meeting);
    // "Tuesday's gathering saw leaders from ... come together": parties in the clause.
    for (int i = 0; i < n_; ++i) {
      const Match* g = frame_at(i, Role::GatheringVerb, "ATTENDED");
      if (!g || d_.in_quote(i)) continue;
      const int before = d_.phrase_at[static_cast<size_t>(std::max(0, i - 1))];
      int meeting = -1;
      if (before >= 0 && d_.m(before).kind == "Meeting") meeting = entity_of(before);
      if (meeting < 0 && d_.key_is(i - 1, "which")) {
        const int b2 = d_.phrase_at[static_cast<size_t>(std::max(0, i - 2))];
        if (b2 >= 0 && d_.m(b2).kind == "Meeting") meeting = entity_of(b2);
      }
      // "It brought together ...": a sentence opened by "it" and a verb of gathering people
      // is about the article's meeting
      if (meeting < 0 && i >= 1 && i - 1 == d_.sentence_first(d_.sentence_of(i)) && d_.key_is(i - 1, "it") &&
          (d_.key_is(i, "brought") || d_.key_is(i, "brings") || d_.key_is(i, "gathered") || d_.key_is(i, "drew"))) {
        meeting = main_meeting;
      }
      if (meeting < 0) continue;
      const int end = d_.sentence_last(d_.sentence_of(i));
      for (int k = i + g->len; k < end; ++k) {
        const int mi = d_.atom_at[static_cast<size_t>(k)];
        if (mi < 0 || d_.m(mi).dropped || d_.m(mi).nested || d_.m(mi).form == Form::Demonym) continue;
        const int e = entity_of(mi);
        if (e >= 0 && (kind(e) == "Person" || party_kind(kind(e)))) add("ATTENDED", e, meeting, i, end - 1, "attended:gathering", 0.75);
        k = d_.m(mi).last - 1;
      }
    }
  }



  // "Leaders of the Pacific Islands Forum ... at their annual summit": the body the clause is
  // about holds the meeting its possessive names.
  void their_meetings() {
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& m = d_.mentions[mi];
      if (m.kind != "Meeting" || m.form != Form::Phrase || m.dropped || (m.det != "their" && m.det != "its")) continue;
      const int meeting = entity_of(static_cast<int>(mi));
      if (meeting < 0 || d_.e(meeting).owner >= 0) continue;
      const int floor = d_.sentence_first(d_.sentence_of(m.first));
      for (int t = floor; t < m.first; ++t) {
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a < 0 || d_.m(a).dropped || d_.in_quote(t)) continue;
        const int e = entity_of(a);
        if (e >= 0 && kind(e) == "Organization") {
          d_.e(meeting).owner = e;
          add("ATTENDED", e, meeting, t, m.last - 1, "attended:owner", 0.7);
        }
        break;
      }
    }
  }

  // "Armenia and Azerbaijan declared a ceasefire at the close of the talks", "Ramos signed the
  // accord at the summit": the parties that open a sentence and act, in that clause, at a
  // meeting that has taken place were there. Not the host (HOSTED), not a negated verb, not
  // across a relative clause or a contrast.
  void acted_at() {
    for (int i = 0; i < n_; ++i) {
      const int floor = d_.sentence_first(d_.sentence_of(i));
      if (i != floor || d_.in_quote(i)) continue;
      const int s_last = d_.sentence_last(d_.sentence_of(i));
      // the subject: party names joined by "and" or commas
      std::vector<int> who;
      int t = i;
      while (t < s_last) {
        if (d_.key_is(t, "and") || d_.key_is(t, ",") || d_.key_is(t, "the")) {
          ++t;
          continue;
        }
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a < 0 || d_.m(a).first != t || d_.m(a).dropped) break;
        const int e = entity_of(a);
        if (e < 0 || (kind(e) != "Person" && !party_kind(kind(e)))) break;
        if (std::find(who.begin(), who.end(), e) == who.end()) who.push_back(e);
        t = d_.m(a).last;
      }
      const int verb = t;
      if (who.empty() || verb >= s_last || !d_.word(verb) || !d_.is(verb, tok::kLower)) continue;
      if (frame_at(verb, Role::FrameActive, "HOSTED")) continue;
      int meeting = -1;
      for (int k = verb; k < s_last && meeting < 0; ++k) {
        if (d_.in_quote(k) || d_.key_is(k, ";") || d_.key_is(k, "but") || d_.key_is(k, "which") || d_.key_is(k, "who") ||
            d_.key_is(k, "while") || d_.key_is(k, "after") || d_.key_is(k, "before")) {
          break;
        }
        if (d_.longest(k, Role::Negation)) break;
        const bool margin = d_.key_is(k, "on") && d_.key_is(k + 1, "the") && d_.key_is(k + 2, "sidelines");
        if (!d_.key_is(k, "at") && !margin) continue;
        const int ph = meeting_after_preposition(k, k + 1);
        if (ph >= 0 && !d_.m(ph).future) meeting = entity_of(ph);
      }
      if (meeting < 0 || d_.e(meeting).future) continue;
      for (int w : who) add("ATTENDED", w, meeting, i, s_last - 1, "attended:acted-at", 0.6);
    }
  }

  // "Macron said after the meeting", "After Tuesday's meeting, Merz said", "he said in Paris":
  // a person speaking at or right after a meeting was there.
  void spoke_at(int main_meeting) {
    for (int i = 0; i < n_; ++i) {
      const Match* v = d_.longest(i, Role::SpeechVerb);
      if (!v || d_.in_quote(i)) continue;
      const int floor = d_.sentence_first(d_.sentence_of(i));
      const int s_last = d_.sentence_last(d_.sentence_of(i));
      std::string modality;
      bool negated = false;
      std::vector<int> who = parties_before(i, floor, modality, negated);
      if (who.empty() && i - 1 > floor && d_.key_is(i - 1, ",")) who = parties_before(i - 1, floor, modality, negated);  // "X, speaking to reporters"
      if (who.empty() && i > floor) {
        const int p = pronoun_subject(i - 1);
        if (p >= 0) who.push_back(p);
      }
      if (who.size() != 1 || kind(who.front()) != "Person" || negated) continue;
      int meeting = -1;
      // a meeting right after the verb or opening the sentence
      // "told reporters on the sidelines of the meeting": the window covers a short object
      int m1 = meeting_after_preposition(i + v->len, std::min(s_last, i + v->len + 4));
      if (m1 < 0) m1 = meeting_after_preposition(floor, std::min(floor + 1, i));
      // "told the summit that ...", "told the session": the meeting as the one spoken to
      if (m1 < 0) {
        int k = i + v->len;
        if (d_.key_is(k, "the")) ++k;
        const int ph = k < s_last ? d_.phrase_at[static_cast<size_t>(k)] : -1;
        if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).future && (d_.m(ph).first == k || d_.m(ph).first == k - 1)) m1 = ph;
      }
      if (m1 >= 0) meeting = entity_of(m1);
      // "told reporters after the signing": the signing is the article's meeting
      if (meeting < 0 && main_meeting >= 0) {
        for (int t = i + v->len; t + 2 < std::min(s_last, i + v->len + 5); ++t) {
          if ((d_.key_is(t, "after") || d_.key_is(t, "at")) && d_.key_is(t + 1, "the") && d_.key_is(t + 2, "signing")) meeting = main_meeting;
        }
      }
      // "said in Paris" where the main meeting was held
      if (meeting < 0 && main_meeting >= 0 && d_.key_is(i + v->len, "in")) {
        const int a = d_.atom_at[static_cast<size_t>(std::min(n_ - 1, i + v->len + 1))];
        const auto& pl = d_.e(main_meeting).places;
        if (a >= 0 && d_.m(a).kind == "Place" && std::find(pl.begin(), pl.end(), entity_of(a)) != pl.end()) meeting = main_meeting;
      }
      if (meeting >= 0) add("ATTENDED", who.front(), meeting, floor, s_last - 1, "attended:spoke-at", 0.6);
    }
  }

  // "top diplomats from the G7 nations during a phone call", "the US delegation was led by
  // Witkoff and Kushner": the body sending people, and the people leading its delegation.
  void delegates(int main_meeting) {
    for (int i = 0; i < n_; ++i) {
      const Match* dn = frame_at(i, Role::DelegationNoun, "ATTENDED");
      if (!dn || d_.in_quote(i)) continue;
      const int s_last = d_.sentence_last(d_.sentence_of(i));
      const int after = i + dn->len;
      // "<people> from <party> ... during/at <meeting>"
      if (d_.key_is(after, "from")) {
        int k = after + 1;
        if (d_.key_is(k, "the")) ++k;
        const int a = d_.atom_at[static_cast<size_t>(std::min(n_ - 1, k))];
        const int party = a >= 0 && d_.m(a).first == k ? entity_of(a) : -1;
        if (party >= 0 && party_kind(kind(party))) {
          const int m = meeting_after_preposition(d_.m(a).last, std::min(s_last, d_.m(a).last + 14));
          if (m >= 0) add("ATTENDED", party, entity_of(m), i, d_.m(m).last - 1, "attended:delegates", 0.7);
        }
      }
      // "<Country> delegation was led by X and Y", "Nauru's delegation was led by its foreign
      // minister, X"
      const int owner_end = i > 1 && d_.key_is(i - 1, "'s") ? i - 2 : i - 1;
      const int c = owner_end >= 0 ? d_.atom_at[static_cast<size_t>(owner_end)] : -1;
      if (c < 0 || main_meeting < 0) continue;
      const int country = entity_of(c);
      if (country < 0 || kind(country) != "Country") continue;
      int k = after;
      if (d_.key_is(k, "was") || d_.key_is(k, "is")) ++k;
      if (!((d_.key_is(k, "led") || d_.key_is(k, "headed")) && d_.key_is(k + 1, "by"))) continue;
      add("ATTENDED", country, main_meeting, c, k + 1, "attended:delegation", 0.6);
      for (int t = k + 2; t < s_last; ++t) {
        const int mi = d_.atom_at[static_cast<size_t>(t)];
        if (mi >= 0 && d_.m(mi).first == t && d_.m(mi).nested) {
          t = d_.m(mi).last - 1;  // a title's state or body
          continue;
        }
        if (d_.longest(t, Role::Office) || d_.is_role(t, Role::OfficeModifier)) {
          t += d_.longest(t, Role::Office) ? d_.longest(t, Role::Office)->len - 1 : 0;
          continue;
        }
        if (mi >= 0 && d_.m(mi).first == t && d_.m(mi).kind == "Person" && !d_.m(mi).nested) {
          add("ATTENDED", entity_of(mi), main_meeting, c, d_.m(mi).last - 1, "attended:delegation", 0.6);
          t = d_.m(mi).last - 1;
          continue;
        }
        if (d_.key_is(t, "and") || d_.key_is(t, ",") || d_.key_is(t, "its") || d_.key_is(t, "the")) continue;
        break;
      }
    }
  }

  // Attendance said without an attend verb, for the article's meeting: "X was represented by
  // its prime minister, Y" (and, in the same sentence, "and Z by its deputy secretary general,
  // W"), "X sent observers / a delegation / its deputy foreign minister", "X followed the talks
  // as an observer"; and hosting: "the emir was received by President Y" (Y hosted, the emir
  // attended).
  void represented(int main_meeting) {
    if (main_meeting < 0) return;
    auto skip_possessive = [&](int t) {
      while (d_.key_is(t, "its") || d_.key_is(t, "their") || d_.key_is(t, "the")) ++t;
      return t;
    };
    auto attend_all = [&](const std::vector<int>& who, int first, int last, const char* rule) {
      for (int w : who) {
        if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) add("ATTENDED", w, main_meeting, first, last, rule, 0.7);
      }
    };
    for (int i = 0; i + 1 < n_; ++i) {
      if (d_.in_quote(i)) continue;
      const int s = d_.sentence_of(i);
      const int floor = d_.sentence_first(s);
      const int s_last = d_.sentence_last(s);
      std::string modality;
      bool negated = false;
      if (d_.key_is(i, "represented") && d_.key_is(i + 1, "by")) {
        const std::vector<int> who = parties_before(i, floor, modality, negated);
        if (negated || who.empty()) continue;
        const int end = clause_end(i + 2);
        attend_all(who, floor, end - 1, "attended:represented-by");
        attend_all(agents_after(skip_possessive(i + 2), end), floor, end - 1, "attended:represented-by");
        // ", and the East African Community (EAC) by its deputy secretary general, W"
        for (int t = i + 2; t + 1 < end; ++t) {
          if (!d_.key_is(t, "and")) continue;
          int k = skip_possessive(t + 1);
          const int a = d_.atom_at[static_cast<size_t>(k)];
          if (a < 0 || d_.m(a).first != k || !party_kind(d_.m(a).kind)) continue;
          k = d_.m(a).last;
          if (d_.key_is(k, "(")) {
            while (k < end && !d_.key_is(k, ")")) ++k;
            ++k;
          }
          if (!d_.key_is(k, "by")) continue;
          attend_all({entity_of(a)}, t, end - 1, "attended:represented-by");
          attend_all(agents_after(skip_possessive(k + 1), end), t, end - 1, "attended:represented-by");
        }
        continue;
      }
      // "X sent observers", "X sent a delegation", "X sent its deputy foreign minister, Y"
      if (d_.key_is(i, "sent") || d_.key_is(i, "send") || d_.key_is(i, "sends")) {
        int k = i + 1;
        while (d_.key_is(k, "a") || d_.key_is(k, "an") || d_.key_is(k, "its") || d_.key_is(k, "their") ||
               d_.key_is(k, "high-level") || d_.key_is(k, "senior") || d_.key_is(k, "small")) {
          ++k;
        }
        const bool observers = d_.key_is(k, "observers") || d_.key_is(k, "observer");
        const bool delegation = d_.is_role(k, Role::DelegationNoun) && !d_.key_is(k, "leaders");
        const bool office = d_.longest(k, Role::Office) != nullptr || d_.is_role(k, Role::OfficeModifier);
        if (!observers && !delegation && !office) continue;
        const int end = clause_end(i + 1);
        // "sent observers to the summit": the meeting named; else the article's
        const std::vector<int> named = objects_after(k, "Meeting", end);
        if (!named.empty() && named.front() != main_meeting) continue;
        const std::vector<int> who = parties_before(i, floor, modality, negated);
        if (negated) continue;
        attend_all(who, floor, end - 1, "attended:sent");
        if (office) attend_all(agents_after(k, end), floor, end - 1, "attended:sent");
        continue;
      }
      // "X joined by video link" (the passive frame "joined by" takes the verb elsewhere)
      if ((d_.key_is(i, "joined") || d_.key_is(i, "participated") || d_.key_is(i, "attended")) &&
          (d_.key_is(i + 1, "by") || d_.key_is(i + 1, "via")) &&
          (d_.key_is(i + 2, "video") || d_.key_is(i + 2, "videoconference") || d_.key_is(i + 2, "videolink") ||
           d_.key_is(i + 2, "teleconference"))) {
        std::vector<int> who = parties_before(i, floor, modality, negated);
        if (who.empty() && i - 1 > floor && d_.key_is(i - 1, ",")) who = parties_before(i - 1, floor, modality, negated);
        if (!negated) attend_all(who, floor, clause_end(i + 1) - 1, "attended:remote");
        continue;
      }
      // "X witnessed the signing", "witnessed the ceremony": a witness is at the meeting where
      // it happened (the one named, else the article's)
      if (d_.key_is(i, "witnessed") || d_.key_is(i, "witnesses") || d_.key_is(i, "witness")) {
        int k = i + 1;
        while (d_.key_is(k, "the") || d_.key_is(k, "a") || d_.key_is(k, "its") || d_.key_is(k, "their")) ++k;
        const int ph = k < n_ ? d_.phrase_at[static_cast<size_t>(k)] : -1;
        const bool meeting = ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped && entity_of(ph) >= 0;
        const bool signing = d_.key_is(k, "signing") || (ph >= 0 && d_.m(ph).kind == "Document");
        if (!meeting && !signing) continue;
        const std::vector<int> who = parties_before(i, floor, modality, negated);
        if (negated) continue;
        const int end = clause_end(i + 1);
        for (int w : who) {
          if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) {
            add("ATTENDED", w, meeting ? entity_of(ph) : main_meeting, floor, end - 1, "attended:witness", 0.7);
          }
        }
        continue;
      }
      // "X followed the talks as an observer"
      if (d_.key_is(i, "followed") || d_.key_is(i, "follows") || d_.key_is(i, "follow")) {
        const int end = clause_end(i + 1);
        int as = -1;
        for (int t = i + 1; t < std::min(end, i + 8); ++t) {
          if (d_.key_is(t, "as") && (d_.key_is(t + 1, "observers") || (d_.key_is(t + 1, "an") && d_.key_is(t + 2, "observer")))) as = t;
        }
        if (as < 0) continue;
        const std::vector<int> named = objects_after(i + 1, "Meeting", as);
        const std::vector<int> who = parties_before(i, floor, modality, negated);
        if (negated) continue;
        for (int w : who) {
          if (w >= 0 && (kind(w) == "Person" || party_kind(kind(w)))) {
            add("ATTENDED", w, named.empty() ? main_meeting : named.front(), floor, end - 1, "attended:observer", 0.7);
          }
        }
        continue;
      }
      // "the emir was received by President Y at the palace": Y hosted, the guest attended
      if ((d_.key_is(i, "received") || d_.key_is(i, "welcomed")) && d_.key_is(i + 1, "by") && d_.key_is(i - 1, "was")) {
        std::vector<int> guest = parties_before(i, floor, modality, negated);
        // "The visiting minister, X, was received by"
        if (guest.empty() && i - 2 > floor && d_.key_is(i - 2, ",")) guest = parties_before(i - 2, floor, modality, negated);
        if (guest.size() > 1) guest.erase(guest.begin(), guest.end() - 1);
        if (negated || guest.size() != 1 || kind(guest.front()) != "Person") continue;
        const int end = clause_end(i + 2);
        const std::vector<int> host = agents_after(i + 2, end);
        if (host.size() != 1 || kind(host.front()) != "Person") continue;
        add("HOSTED", host.front(), main_meeting, floor, end - 1, "hosted:received", 0.6);
        add("ATTENDED", host.front(), main_meeting, floor, end - 1, "hosted:received", 0.6);
        add("ATTENDED", guest.front(), main_meeting, floor, end - 1, "hosted:received", 0.6);
      }
      (void)s_last;
    }
  }

  // ---- passives: "The conference was co-hosted by Switzerland and the African Union"

  // Parties listed from token k on, through titles ("by French President Emmanuel Macron,
  // British ..."); returns their entities.
  // A relative clause after an agent (", who headed the army delegation,") is skipped, and so
  // is an office's complement ("Mali's minister of national reconciliation, General X"); "and
  // by" goes on with the list ("signed by A, who ..., and by B").
  std::vector<int> agents_after(int k, int limit) const {
    std::vector<int> out;
    bool after_office = false;
    for (int t = k; t < limit; ++t) {
      if (d_.key_is(t, "by") && t > k && d_.key_is(t - 1, "and")) continue;
      // "attended by ministers and, as a witness, by X": a role set off by commas before "by"
      if (d_.key_is(t, ",") && d_.key_is(t + 1, "as") && t > k) {
        int c = t + 2;
        while (c < limit && c < t + 6 && d_.word(c)) ++c;
        if (d_.key_is(c, ",") && d_.key_is(c + 1, "by")) {
          t = c + 1;
          continue;
        }
      }
      if (d_.key_is(t, ",") && (d_.key_is(t + 1, "who") || d_.key_is(t + 1, "whose")) && !out.empty()) {
        int c = t + 2;
        while (c < limit && !d_.key_is(c, ",")) ++c;
        if (c >= limit) break;
        t = c - 1;
        continue;
      }
      if (after_office && (d_.key_is(t, "of") || d_.key_is(t, "for")) && d_.word(t + 1) && !d_.cap(t + 1)) {
        int c = t + 1;
        while (c < limit && c < t + 6 && d_.word(c) && !d_.cap(c) && !d_.key_is(c, "and")) ++c;
        if (c < limit && d_.key_is(c, ",")) {
          t = c;
          after_office = false;
          continue;
        }
      }
      after_office = false;
      // "headed by a Finnish officer, Major General X": an indefinite description before the name
      if ((d_.key_is(t, "a") || d_.key_is(t, "an")) && out.empty()) {
        int c = t + 1;
        while (c < limit && c <= t + 4 && d_.word(c) && (d_.mention_at(c) < 0 || d_.m(d_.mention_at(c)).kind == "Country")) ++c;
        if (c > t + 1 && c < limit && d_.key_is(c, ",") && (d_.mention_at(c + 1) >= 0 || d_.longest(c + 1, Role::Office))) {
          t = c;
          continue;
        }
      }
      if (d_.key_is(t, "the") || d_.key_is(t, ",") || d_.key_is(t, "and") || d_.is(t, tok::kDQuote)) continue;
      // "by X and his Polish counterpart, Y"
      if ((d_.key_is(t, "his") || d_.key_is(t, "her")) && !out.empty()) continue;
      // "chaired by its foreign minister, X"
      if ((d_.key_is(t, "its") || d_.key_is(t, "their")) && d_.longest(t + 1, Role::Office)) continue;
      const int mi = d_.mention_at(t);
      if (mi >= 0 && d_.m(mi).first == t && d_.m(mi).nested) {
        t = d_.m(mi).last - 1;
        continue;
      }
      // "attended by ministers from Nigeria, Cameroon and Gabon"
      if ((d_.is_role(t, Role::DelegationNoun) || d_.longest(t, Role::Office)) && t + 1 < limit &&
          (d_.key_is(t + 1, "from") || d_.key_is(t + 1, "of")) &&
          (d_.mention_at(t + 2) >= 0 || (d_.key_is(t + 2, "the") && d_.mention_at(t + 3) >= 0))) {
        ++t;
        continue;
      }
      if (const Match* off = d_.longest(t, Role::Office)) {
        t += off->len - 1;
        after_office = true;
        continue;
      }
      if (const Match* role = d_.longest(t, Role::PersonRole)) {  // "Kremlin aide Yuri Ushakov"
        t += role->len - 1;
        continue;
      }
      if (d_.is_role(t, Role::OfficeModifier) || d_.key_is(t, "'s")) continue;
      // "by Al Marri": a capitalised particle the family name was read without
      if (mi < 0 && d_.is_role(t, Role::NameParticle) && d_.mention_at(t + 1) >= 0 && d_.m(d_.mention_at(t + 1)).kind == "Person") continue;
      if (mi < 0 || d_.m(mi).first != t || d_.m(mi).dropped) break;
      // a state or body right before a title or role qualifies the person after it
      if (d_.m(mi).kind != "Person" &&
          (d_.longest(d_.m(mi).last, Role::Office) || d_.longest(d_.m(mi).last, Role::PersonRole) ||
           d_.is_role(d_.m(mi).last, Role::OfficeModifier))) {
        t = d_.m(mi).last - 1;
        continue;
      }
      const std::string& k2 = d_.m(mi).kind;
      if (k2 != "Person" && k2 != "Country" && k2 != "Organization") break;
      const int e = entity_of(mi);
      if (e >= 0) out.push_back(e);
      t = d_.m(mi).last - 1;
    }
    return out;
  }

  // The phrase a passive participle at token i is about: right before it ("The conference was
  // co-hosted by"), before a comma ("The Luanda Protocol, signed by"), before "which was"
  // ("The summit, which was hosted by"); after "and" or a closing comma, the thing of the
  // previous passive of the sentence ("was chaired by X and attended by Y", "The meeting,
  // hosted by A at B, was chaired by C"). Returns a mention or -1.
  int passive_thing(int i, int prev_thing, int prev_sentence) const {
    int k = i;
    while (k > 0 && d_.ending_at(k, Role::Auxiliary)) k = d_.ending_at(k, Role::Auxiliary)->first;
    if (d_.key_is(k - 1, "which") || d_.key_is(k - 1, "that")) --k;
    const bool same_sentence = prev_thing >= 0 && prev_sentence == d_.sentence_of(i);
    if (d_.key_is(k - 1, "and") && same_sentence) return prev_thing;
    // "the Mechanism, which will be based in Goma and led by Tanzania": the second predicate of
    // a relative clause is about the clause's antecedent
    if (d_.key_is(k - 1, "and")) {
      const int floor = d_.sentence_first(d_.sentence_of(i));
      for (int j = k - 2; j > floor + 1 && k - j < 14; --j) {
        if (d_.in_quote(j)) break;
        if ((d_.key_is(j, "which") || d_.key_is(j, "that")) && d_.key_is(j - 1, ",")) {
          const int ph = thing_at(j - 2);
          if (ph >= 0 && d_.m(ph).last == j - 1 && !d_.m(ph).dropped) return ph;
          break;
        }
        if (d_.key_is(j, ",") || d_.key_is(j, ";")) break;
      }
    }
    if (d_.key_is(k - 1, ",")) {
      const int ph = k >= 2 ? thing_at(k - 2) : -1;
      if (ph >= 0 && d_.m(ph).last == k - 1 && !d_.m(ph).dropped) return ph;
      // "the Malabo Declaration on Security in the North-East Corridor, which was signed by": a
      // place or area complement ("in / for the <Name>") between the thing and its clause
      {
        int j = k - 2;
        while (j > 0 && k - j < 8 && (d_.cap(j) || d_.is(j, tok::kHyphen) || d_.key_is(j, "-") || d_.key_is(j, "the"))) --j;
        if (j > 0 && j < k - 2 && (d_.key_is(j, "in") || d_.key_is(j, "for"))) {
          const int before = thing_at(j - 1);
          if (before >= 0 && d_.m(before).last == j && !d_.m(before).dropped && d_.m(before).kind == "Document") return before;
        }
      }
      if (same_sentence) return prev_thing;
      // "The session, held in the main hall, was chaired by": the phrase before the parenthetical
      const int floor = d_.sentence_first(d_.sentence_of(i));
      for (int j = k - 2; j > floor && k - j < 16; --j) {
        if (d_.in_quote(j) || d_.key_is(j, "\"")) return -1;
        if (!d_.key_is(j, ",")) continue;
        const int before = d_.phrase_at[static_cast<size_t>(j - 1)];
        if (before >= 0 && d_.m(before).last == j && !d_.m(before).dropped && d_.m(before).kind == "Meeting") return before;
        return -1;
      }
      return -1;
    }
    // "The talks, hosted by A, opened on Wednesday. They were chaired by B": a pronoun opening
    // the sentence is the phrase that opened the sentence before
    if (k >= 1 && (d_.key_is(k - 1, "they") || d_.key_is(k - 1, "it")) && k - 1 == d_.sentence_first(d_.sentence_of(k - 1)) &&
        d_.sentence_of(k - 1) > 0) {
      int f = d_.sentence_first(d_.sentence_of(k - 1) - 1);
      if (d_.key_is(f, "the")) ++f;
      const int ph = thing_at(f);
      if (ph >= 0 && d_.m(ph).first <= f && !d_.m(ph).dropped && d_.m(ph).form == Form::Phrase) return ph;
      return -1;
    }
    const int ph = k > 0 ? thing_at(k - 1) : -1;
    if (ph < 0 || d_.m(ph).last != k || d_.m(ph).dropped) return -1;
    return ph;
  }

  // "The declaration was signed late on Wednesday, for Armenia by Foreign Minister X and for
  // Azerbaijan by Foreign Minister Y": each party after "for" and each agent after its "by".
  void signed_for_by() {
    for (int i = 1; i < n_; ++i) {
      if (!d_.key_is(i, "signed") || d_.in_quote(i) || !d_.ending_at(i, Role::Auxiliary) || d_.key_is(i + 1, "by")) continue;
      const int ph = passive_thing(i, -1, -1);
      if (ph < 0 || d_.m(ph).kind != "Document") continue;
      const int doc = entity_of(ph);
      const int s_last = d_.sentence_last(d_.sentence_of(i));
      for (int t = i + 1; t + 2 < s_last; ++t) {
        if (!d_.key_is(t, "for")) continue;
        int k = t + 1;
        if (d_.key_is(k, "the")) ++k;
        const int pm = d_.mention_at(k);
        if (pm < 0 || d_.m(pm).first != k || !party_kind(d_.m(pm).kind) || !d_.key_is(d_.m(pm).last, "by")) continue;
        int limit = d_.m(pm).last + 1;
        while (limit < s_last && !(d_.key_is(limit, "for") && d_.key_is(limit - 1, "and"))) ++limit;
        const std::vector<int> agents = agents_after(d_.m(pm).last + 1, limit);
        if (agents.empty()) continue;
        const int party = entity_of(pm);
        if (party >= 0 && kind(party) == "Country") add("SIGNED", party, doc, d_.m(ph).first, s_last - 1, "signed:for-by", 0.75);
        for (int a : agents) {
          if (kind(a) == "Person" || kind(a) == "Country") add("SIGNED", a, doc, d_.m(ph).first, s_last - 1, "signed:for-by", 0.75);
        }
        t = limit - 1;
      }
    }
  }

  // "signed by the Heads of State of A, B and C, and by the Prime Minister of D", "signed by
  // the foreign ministers of A and B": the states whose officials, named only by their office,
  // signed. From token k (right after "by") to the end of the sentence or a relative clause.
  std::vector<int> states_of_signers(int k) const {
    std::vector<int> out;
    const int end = d_.sentence_last(d_.sentence_of(k));
    bool by_office = false, in_list = false;
    for (int t = k; t < end; ++t) {
      if (d_.key_is(t, "who") || d_.key_is(t, "which") || d_.key_is(t, ";")) break;
      if (t == k || d_.key_is(t - 1, "by")) {
        int w = t;
        while (d_.key_is(w, "the")) ++w;
        by_office = d_.longest(w, Role::Office) != nullptr || d_.key_is(w, "heads") || d_.key_is(w, "leaders") ||
                    d_.key_is(w, "ministers") || d_.key_is(w, "presidents") || d_.key_is(w, "representatives");
        in_list = false;
      }
      if (!by_office) continue;
      const int mi = d_.atom_at[static_cast<size_t>(t)];
      if (mi >= 0 && d_.m(mi).first == t) {
        int before = t - 1;
        while (d_.key_is(before, "the")) --before;
        const bool listed = d_.key_is(before, "of") || (in_list && (d_.key_is(before, ",") || d_.key_is(before, "and")));
        if (d_.m(mi).kind == "Country" && listed) {
          if (const int e = entity_of(mi); e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
          in_list = true;
        } else if (d_.m(mi).kind != "Country") {
          in_list = false;
        }
        t = d_.m(mi).last - 1;
      }
    }
    return out;
  }

  void passives() {
    signed_for_by();
    int prev_thing = -1, prev_sentence = -1;
    for (int i = 0; i < n_; ++i) {
      if (d_.in_quote(i)) continue;
      const bool passive_here = (d_.starts_with[static_cast<size_t>(i)] & Doc::bit(Role::FramePassive)) != 0;
      const bool active_here = (d_.starts_with[static_cast<size_t>(i)] & Doc::bit(Role::FrameActive)) != 0;
      if (!passive_here && !active_here) continue;  // no frame here
      for (const char* type : {"HOSTED", "SIGNED", "LEADS", "ATTENDED"}) {
        const Match* pv = passive_here ? frame_at(i, Role::FramePassive, type) : nullptr;
        // "will be run jointly by X", "to be led at sea by Y": the participle and its "by" apart
        int by = -1;
        if (!pv && active_here && frame_at(i, Role::FrameActive, type) && passive_auxiliary(i - 1)) by = gapped_by(i + 1);
        if (!pv && by < 0) continue;
        const int after = pv ? i + pv->len : by + 1;
        const int ph = passive_thing(i, prev_thing, prev_sentence);
        if (ph < 0) continue;
        prev_thing = ph;
        prev_sentence = d_.sentence_of(i);
        const std::string& want = d_.m(ph).kind;
        const std::string t(type);
        const bool fits = ((t == "HOSTED" || t == "ATTENDED") && want == "Meeting") || (t == "SIGNED" && want == "Document") ||
                          (t == "LEADS" && (want == "Force" || want == "Meeting"));
        if (!fits) continue;
        const int thing = entity_of(ph);
        const int end = clause_end(after);
        for (int a : agents_after(after, end)) {
          if (t == "HOSTED" && kind(a) == "Organization") continue;
          if (t == "SIGNED" && kind(a) == "Organization") continue;
          add(t, a, thing, d_.m(ph).first, end - 1, std::string(t == "HOSTED" ? "hosted" : t == "SIGNED" ? "signed" : t == "LEADS" ? "leads" : "attended") + ":passive", 0.8);
        }
        if (t == "SIGNED") {
          for (int s : states_of_signers(i + pv->len)) add("SIGNED", s, thing, d_.m(ph).first, end - 1, "signed:office-of", 0.7);
        }
      }
    }
  }

  // "be", "been", "is", ... right before a participle: it is passive.
  bool passive_auxiliary(int t) const {
    return d_.key_is(t, "be") || d_.key_is(t, "been") || d_.key_is(t, "is") || d_.key_is(t, "was") || d_.key_is(t, "are") ||
           d_.key_is(t, "were") || d_.key_is(t, "being");
  }

  // The "by" of a passive after a short gap starting at token t: an adverb ("jointly") or a
  // short prepositional phrase ("at sea", "on the ground"); -1 when none.
  int gapped_by(int t) const {
    if (d_.word(t) && d_.key(t).size() > 4 && d_.key(t).ends_with("ly") && d_.key_is(t + 1, "by")) return t + 1;
    if ((d_.key_is(t, "at") || d_.key_is(t, "on") || d_.key_is(t, "in")) && !d_.cap(t + 1)) {
      for (int k = t + 1; k <= t + 3 && k < n_; ++k) {
        if (d_.key_is(k, "by")) return k > t + 1 ? k : -1;
        if (!d_.word(k) || d_.cap(k) || d_.mention_at(k) >= 0) return -1;
      }
    }
    return -1;
  }

  // ---- packages: "guarantees envisioned by X and Y include A, B and C"

  // True when force `o` has leaders in this article and `a` is not one of them.
  bool led_by_others(int o, int a) {
    catch_up();
    auto it = leaders_of_.find(o);
    if (it == leaders_of_.end()) return false;
    return std::find(it->second.begin(), it->second.end(), a) == it->second.end();
  }

  void packages() {
    for (int i = 0; i < n_; ++i) {
      const Match* pv = frame_at(i, Role::PackageVerb, "COMMITS");
      if (!pv || d_.in_quote(i)) continue;
      const int floor = d_.sentence_first(d_.sentence_of(i));
      // the agents: a "by" phrase earlier in the sentence
      std::vector<int> agents;
      for (int t = i - 1; t >= floor && agents.empty(); --t) {
        const Match* by = frame_at(t, Role::FramePassive, "COMMITS");
        if (!by || by->first + by->len > i) continue;
        int k = by->first + by->len;
        for (int guard = 0; guard < 12 && k < i; ++guard) {
          while (d_.is(k, tok::kDQuote) || (d_.key_is(k, "the") && d_.mention_at(k) < 0)) ++k;
          const int mi = d_.mention_at(k);
          if (mi < 0 || d_.m(mi).first != k || d_.m(mi).dropped) break;
          const int e = as_party(entity_of(mi));
          if (e >= 0) agents.push_back(e);
          k = d_.m(mi).last;
          while (d_.is(k, tok::kDQuote)) ++k;
          if (d_.key_is(k, ",") || d_.key_is(k, "and")) {
            ++k;
            if (d_.key_is(k, "and")) ++k;
            continue;
          }
          break;
        }
      }
      if (agents.empty()) continue;
      const int end = clause_end(i + pv->len);
      std::vector<int> objects = objects_after(i + pv->len, "Force", d_.sentence_last(d_.sentence_of(i)));
      (void)end;
      for (int a : agents) {
        for (int o : objects) {
          // "a multinational force led by France and the UK" in the package: a state that is
          // not among the item's own leaders does not commit to it (the coalition still does)
          if (kind(a) == "Country" && led_by_others(o, a)) continue;
          add("COMMITS", a, o, i, d_.sentence_last(d_.sentence_of(i)) - 1, "commits:package", 0.7);
        }
      }
    }
  }

  // ---- documents produced by meetings

  bool producing_cue(int t) const {
    static const char* cues[] = {"issued", "released", "adopted", "signed", "signing", "agreed", "published", "unveiled", "inked", "inking", "endorsed", "approved"};
    for (const char* c : cues) {
      if (d_.key_is(t, c)) return true;
    }
    return false;
  }

  int meeting_after_preposition(int from, int limit) const {
    for (int t = from; t < limit; ++t) {
      // "on the sidelines of", "in the margins of" place a speaker at the meeting too
      const bool margin = (d_.key_is(t, "on") || d_.key_is(t, "in")) && d_.key_is(t + 1, "the") &&
                          (d_.key_is(t + 2, "sidelines") || d_.key_is(t + 2, "margins") || d_.key_is(t + 2, "margin")) && d_.key_is(t + 3, "of");
      if (!(margin || d_.key_is(t, "after") || d_.key_is(t, "at") || d_.key_is(t, "during") || d_.key_is(t, "following"))) continue;
      int k = t + 1;
      // "at the end / close / conclusion / sidelines / start of the summit"
      if (d_.key_is(k, "the") && d_.key_is(k + 2, "of") &&
          (d_.key_is(k + 1, "end") || d_.key_is(k + 1, "close") || d_.key_is(k + 1, "conclusion") || d_.key_is(k + 1, "sidelines") ||
           d_.key_is(k + 1, "margins") || d_.key_is(k + 1, "margin") || d_.key_is(k + 1, "start") || d_.key_is(k + 1, "opening"))) {
        k += 3;
      }
      // "after eleven days of talks", "after two rounds of negotiations"
      if (d_.key_is(k + 2, "of") && (d_.key_is(k + 1, "days") || d_.key_is(k + 1, "weeks") || d_.key_is(k + 1, "hours") ||
                                     d_.key_is(k + 1, "months") || d_.key_is(k + 1, "day") || d_.key_is(k + 1, "rounds"))) {
        k += 3;
      }
      const int ph = k < n_ ? d_.phrase_at[static_cast<size_t>(k)] : -1;
      if (ph >= 0 && d_.m(ph).kind == "Meeting" && !d_.m(ph).dropped) return ph;
    }
    return -1;
  }

  // The meeting a clause ended "with" the document starting at token `doc`: "ended / closed /
  // concluded [their annual] meeting [in Manila on Monday] with a joint communique"; -1 when none.
  int meeting_ended_with(int doc, int floor) const {
    int w = doc;
    while (w > floor && d_.ending_at(w, Role::Determiner)) --w;
    if (!d_.key_is(w - 1, "with")) return -1;
    for (int t = w - 2; t >= floor && t >= w - 10; --t) {
      const int ph = d_.phrase_at[static_cast<size_t>(t)];
      if (ph < 0 || d_.m(ph).kind != "Meeting" || d_.m(ph).dropped || entity_of(ph) < 0) continue;
      for (int v = d_.m(ph).first - 1; v >= floor && v >= d_.m(ph).first - 3; --v) {
        if (d_.key_is(v, "ended") || d_.key_is(v, "closed") || d_.key_is(v, "concluded") || d_.key_is(v, "wrapped") ||
            d_.key_is(v, "end") || d_.key_is(v, "ends") || d_.key_is(v, "close") || d_.key_is(v, "closes")) {
          return ph;
        }
      }
      return -1;
    }
    return -1;
  }

  // Is the verb at token v a participle or passive about the thing ending at token `end`
  // (", adopted late on Tuesday", "was issued on Friday")? Only commas and auxiliaries between.
  bool participle_of(int end, int v) const {
    for (int t = end; t < v; ++t) {
      if (!(d_.key_is(t, ",") || d_.is_role(t, Role::Auxiliary))) return false;
    }
    return true;
  }

  void production() {
    const int main_meeting = main_entity("Meeting");
    std::set<int> produced;
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& m = d_.mentions[mi];
      if (m.kind != "Document" || m.form != Form::Phrase || m.dropped) continue;
      const int doc = entity_of(static_cast<int>(mi));
      if (doc < 0) continue;
      const int s_last = d_.sentence_last(d_.sentence_of(m.first));
      const int s_first = d_.sentence_first(d_.sentence_of(m.first));
      // "ended their annual meeting in Manila on Monday with a joint communique"
      if (const int ended = meeting_ended_with(m.first, s_first); ended >= 0) {
        add("PRODUCED", entity_of(ended), doc, d_.m(ended).first, m.last - 1, "produced:ended-with", 0.75);
        produced.insert(doc);
        continue;
      }
      bool cue = false;
      for (int t = std::max(s_first, m.first - 4); t < std::min(s_last, m.last + 4); ++t) cue = cue || producing_cue(t);
      if (!cue) continue;
      int meeting = meeting_after_preposition(m.first, s_last);
      // "At the end of the talks, Peru and Chile signed ...": the phrase opens the sentence
      if (meeting < 0) meeting = meeting_after_preposition(s_first, s_first + 1);
      if (meeting >= 0) {
        add("PRODUCED", entity_of(meeting), doc, m.first, d_.m(meeting).last - 1, "produced:issued-at", 0.8);
        produced.insert(doc);
        continue;
      }
      // "the communique released on Tuesday evening": released with no producer named, in an
      // article about a meeting
      // "the communique released on Tuesday", "the leaders adopted the Riga Declaration"
      bool release = false;
      // ..., or after it: "The Riga communique, adopted on Tuesday", "was issued on Friday"
      for (int t = std::max(s_first, m.first - 3); t < std::min(s_last, m.last + 4) && !release; ++t) {
        release = producing_cue(t) && !d_.key_is(t, "signed") && (t < m.last || participle_of(m.last, t));
      }
      const std::string& h = m.head;
      if (release && main_meeting >= 0 && (h == "communique" || h == "communiqué" || h == "statement" || h == "joint statement" || h == "declaration")) {
        bool other_meeting = false;
        for (int t = s_first; t < s_last; ++t) {
          const int ph = d_.phrase_at[static_cast<size_t>(t)];
          other_meeting = other_meeting || (ph >= 0 && d_.m(ph).kind == "Meeting");
        }
        if (!other_meeting) {
          add("PRODUCED", main_meeting, doc, m.first, m.last, "produced:released", 0.5);
          produced.insert(doc);
        }
      }
    }
    // A document signed by several parties, in an article about one meeting, came out of it.
    if (main_meeting >= 0) {
      std::map<int, int> signers;
      for (const Relation& r : d_.relations) {
        if (r.type == "SIGNED") signers[r.end] += 1;
      }
      for (const auto& [doc, n] : signers) {
        bool has = false;
        for (const Relation& r : d_.relations) has = has || (r.type == "PRODUCED" && r.end == doc);
        if (n >= 2 && !has) {
          const Entity& x = d_.e(doc);
          const Mention& first = d_.m(x.mentions.front());
          add("PRODUCED", main_meeting, doc, first.first, first.last - 1, "produced:signed-in-article", 0.5);
        }
      }
    }
  }

  // ---- naming meetings by who held them and where

  void name_meetings() {
    for (size_t ei = 0; ei < d_.entities.size(); ++ei) {
      Entity& x = d_.entities[ei];
      if (x.kind != "Meeting" || x.removed) continue;
      int owner = x.owner >= 0 ? d_.live(x.owner) : -1;
      if (owner < 0) {
        // the only body recorded as attending it
        int only = -1, count = 0;
        bool sides = false;  // "Chile-Argentina talks": the states named are its parties, a body is no owner
        for (const Relation& r : d_.relations) {
          sides = sides || (r.end == static_cast<int>(ei) && r.rule == "attended:sides");
          // a body that only sent someone or watched is a guest, not the meeting's owner
          const bool guest = r.rule == "attended:represented-by" || r.rule == "attended:sent" ||
                             r.rule == "attended:observer" || r.rule == "attended:remote" || r.rule == "attended:witness";
          if (r.type == "ATTENDED" && r.end == static_cast<int>(ei) && kind(r.start) == "Organization" && !guest) {
            if (only != r.start) ++count;
            only = r.start;
          }
        }
        if (count == 1 && !sides) owner = only;
      }
      std::string head = x.head;
      if (head == "talk" || head.ends_with(" talk")) head += "s";  // "round of talks"
      const std::string owner_name = owner >= 0 ? d_.e(owner).name : std::string();
      // The place that names it: a city or region before a building ("in Paris", not "in the
      // Elysee Palace"); buildings get "at the ...".
      std::string place_name, building;
      for (int p : x.places) {
        const Entity& pe = d_.e(d_.live(p));
        // a place no lexicon knows is a building unless it was found as a town ("in Osaka")
        const bool settlement = std::any_of(pe.mentions.begin(), pe.mentions.end(), [&](int mi) { return d_.m(mi).head == kSettlement; });
        const std::string type = pe.lex >= 0 ? d_.lex.entities[static_cast<size_t>(pe.lex)].type : std::string(settlement ? "city" : "building");
        const bool is_building = type == "seat" || type == "building" || type == "facility";
        if (is_building) {
          if (building.empty()) building = pe.name;
        } else if (place_name.empty()) {
          place_name = pe.name;
        }
      }
      auto alias = [&](const std::string& a) {
        const std::string ka = name_key(a);
        for (const std::string& b : x.aliases) {
          if (ka == name_key(b)) return;
        }
        x.aliases.push_back(a);
      };
      std::vector<std::string> heads;
      for (std::string h : x.heads) heads.push_back(h == "talk" || h.ends_with(" talk") ? h + "s" : h);
      if (heads.empty()) heads.push_back(head);
      if (x.future && !place_name.empty()) {
        // A meeting to come is told from the reported one by its place: "NATO summit" alone
        // would name both.
        const std::string own = owner_name.empty() ? std::string() : owner_name + " ";
        x.name = own + head + " in " + place_name;
        x.aliases.clear();
        alias(x.name);
        x.attributes["future"] = "true";
        if (!owner_name.empty()) x.attributes["owner"] = owner_name;
      } else if (!owner_name.empty()) {
        // "NATO meeting" without its place would name every meeting the body holds, and join
        // another article's one across the corpus; a placed meeting is named with its place
        // (resolution still joins two reports of one body's meeting in one place).
        if (place_name.empty() && building.empty()) {
          for (const std::string& h : heads) {
            alias(owner_name + " " + h);
            alias(h + " of the " + owner_name);
          }
        }
        x.attributes["owner"] = owner_name;
      }
      for (const std::string& h : heads) {
        if (!building.empty()) alias(h + " at " + building);
        if (!place_name.empty()) {
          alias(h + " in " + place_name);
          alias(place_name + " " + h);
        }
      }
      if (!place_name.empty() || !building.empty()) {
        std::string places;
        for (int p : x.places) places += (places.empty() ? "" : "|") + d_.e(d_.live(p)).name;
        x.attributes["place"] = places;
      }
      if (!x.group.empty()) alias(head + " of " + x.group);
      if (!owner_name.empty() && !place_name.empty()) x.name = owner_name + " " + head + " in " + place_name;
      else if (!owner_name.empty() && !building.empty()) x.name = owner_name + " " + head + " at " + building;
      else if (!owner_name.empty()) x.name = owner_name + " " + head;
      else if (!x.group.empty()) x.name = head + " of " + x.group;
      else if (!place_name.empty()) x.name = place_name + " " + head;
      else if (!building.empty()) x.name = head + " at " + building;
    }
  }

  // ---- inference

  // Adds a relationship that another one implies, with that one's evidence.
  void add_like(const std::string& type, int a, int b, const Relation& because, const std::string& rule, double conf) {
    const size_t before = d_.relations.size();
    add(type, a, b, 0, 0, rule, conf);
    if (d_.relations.size() > before) {
      Relation& added = d_.relations.back();
      added.sentence = because.sentence;
      added.begin = because.begin;
      added.end_off = because.end_off;
    }
  }

  static bool has(const std::vector<Relation>& rels, const char* type, int a, int b) {
    for (const Relation& r : rels) {
      if (r.type == type && r.start == a && r.end == b) return true;
    }
    return false;
  }

  void inference() {
    const std::vector<Relation> rels = d_.relations;
    for (const Relation& r : rels) {
      // A state leading a force commits to it (it provides the lead nation's troops); an
      // organisation leading or chairing a force runs it without contributing to it.
      if (r.type == "LEADS" && kind(r.end) == "Force" && kind(r.start) == "Country") {
        add_like("COMMITS", r.start, r.end, r, "commits:leads", 0.7);
      }
      // A head of state or government, or a foreign minister, signing signs for the state.
      if (r.type == "SIGNED" && kind(r.start) == "Person") {
        for (const Relation& h : rels) {
          if (h.type != "HOLDS_OFFICE" || h.start != r.start || kind(h.end) != "Country") continue;
          for (size_t mi : d_.e(r.start).mentions) {
            const Mention& pm = d_.m(static_cast<int>(mi));
            if (pm.office >= 0 && d_.lex.offices[static_cast<size_t>(pm.office)].signs_for_state && entity_of(pm.office_body) == h.end) {
              add_like("SIGNED", h.end, r.end, r, "signed:for-state", 0.6);
              break;
            }
          }
        }
      }
      // Signing what a meeting produced means being at the meeting (a person: a state that
      // signs may have signed elsewhere, and its host is there as host).
      if (r.type == "SIGNED" && kind(r.start) == "Person") {
        for (const Relation& p : rels) {
          if (p.type != "PRODUCED" || p.end != r.end || has(rels, "HOSTED", r.start, p.start)) continue;
          add_like("ATTENDED", r.start, p.start, r, "attended:signed-there", 0.6);
        }
      }
      // Chairing a meeting means being at it.
      if (r.type == "LEADS" && kind(r.start) == "Person" && kind(r.end) == "Meeting") {
        add_like("ATTENDED", r.start, r.end, r, "attended:chaired", 0.7);
      }
    }
    // An envoy or negotiator at a meeting means their state is there.
    const std::vector<Relation> now = d_.relations;
    for (const Relation& a : now) {
      if (a.type != "ATTENDED" || kind(a.start) != "Person") continue;
      for (const Relation& h : now) {
        if (h.type != "HOLDS_OFFICE" || h.start != a.start || kind(h.end) != "Country") continue;
        auto t = h.properties.find("title");
        if (t == h.properties.end()) continue;
        for (const Office& o : d_.lex.offices) {
          if (o.represents && name_key(o.title) == name_key(t->second)) {
            add_like("ATTENDED", h.end, a.end, a, "attended:represented", 0.6);
          }
        }
      }
    }
  }
};

}  // namespace

void find_relations(Doc& doc) { Relations(doc).run(); }

}  // namespace kg::ingest::detail
