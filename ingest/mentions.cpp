// Mentions: every span of the article that names, or stands for, something the graph can hold.
//
// Order matters and each pass respects what earlier ones claimed:
//   1. credit zones ("Photo: AFP / Pool / Ludovic Marin", a short "By ..." byline) are marked:
//      outlets may be named there, people are not reported;
//   2. person names: runs of capitalised words the lexicons do not know, accepted when a given
//      name starts them, a title or role precedes them, a speech verb is next to them, or an
//      apposition or copula gives them a title ("X, the Supreme Allied Commander Europe");
//   3. lexicon names not inside a person's name: states, bodies, places. A capital or seat is a
//      Place after a location word ("in Paris") and otherwise stands for its state ("Paris
//      could deploy" -> France); a continent is only ever a place after a location word;
//   4. family names alone that repeat a person named in the article, allowing transliteration
//      variants ("Zelensky" for "Volodymyr Zelenskyy");
//   5. titles: the office before a name ("German Chancellor Friedrich Merz", "Ukraine's chief
//      negotiator Rustem Umerov", "Trump's envoy Steve Witkoff"), in an apposition after it, or
//      after a copula ("is the Europe editor for RFE/RL"); lone titles ("the Ukrainian leader")
//      become references to whoever holds that office;
//   6. collective parties ("the allies");
//   7. head-noun phrases: meetings, documents and forces with their modifiers and complements.
#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "ingest/analysis.h"
#include "ingest/name_key.h"
#include "ingest/person_names.h"

namespace kg::ingest::detail {
namespace {

class MentionFinder {
 public:
  explicit MentionFinder(Doc& d) : d_(d), n_(d.size()) {
    credit_.assign(static_cast<size_t>(n_), false);
    lex_cover_.assign(static_cast<size_t>(n_), -1);
    office_cover_.assign(static_cast<size_t>(n_), false);
    for (int i = 0; i < n_; ++i) {
      if (const Match* m = d_.longest(i, Role::Office); m && !m->plural) {
        for (int k = i; k < i + m->len; ++k) office_cover_[static_cast<size_t>(k)] = true;
      }
    }
  }

  void run() {
    mark_credits();
    lexicon_candidates();
    person_names();
    lexicon_atoms();
    organizations_by_shape();
    bodies_through_its();
    surnames();
    titles();
    collectives();
    places_after_locatives();
    forces_named_head_first();
    phrases();
    verbal_meetings();
  }

 private:
  Doc& d_;
  int n_;
  std::vector<bool> credit_;
  std::vector<int> lex_cover_;             // token -> index into d_.matches of the entity match covering it
  std::vector<bool> office_cover_;         // token inside a title ("High Representative")
  std::vector<std::pair<int, int>> lex_spans_;  // (first, match index)

  // ---- small predicates

  bool common(int i) const { return d_.is_role(i, Role::Common) || d_.is_role(i, Role::Determiner); }
  bool given(int i) const { return d_.is_role(i, Role::GivenName); }
  bool particle(int i) const { return d_.is_role(i, Role::NameParticle) && d_.is(i, tok::kLower); }
  bool in_or_near(int i) const { return d_.key_is(i, "in") || d_.key_is(i, "near") || d_.key_is(i, "around"); }
  bool closing_bracket(int i) const { return d_.key_is(i, "]") || d_.key_is(i, ")"); }
  bool opening_bracket(int i) const { return d_.key_is(i, "[") || d_.key_is(i, "("); }
  bool lex_covered(int i) const { return i >= 0 && i < n_ && lex_cover_[static_cast<size_t>(i)] >= 0; }
  bool office_at(int i) const { return d_.longest(i, Role::Office) != nullptr; }

  // A capitalised word that may be part of a person's name.
  bool name_part(int i) const {
    if (i < 0 || i >= n_ || credit_[static_cast<size_t>(i)]) return false;
    if (!d_.word(i) || !d_.cap(i) || d_.is(i, tok::kNumber)) return false;
    const std::string& k = d_.key(i);
    if (d_.is(i, tok::kUpper) && k.size() > 1) return false;  // acronyms are not names
    if (common(i) && !given(i)) return false;
    if (d_.is_role(i, Role::Month) || d_.is_role(i, Role::Weekday) || d_.is_role(i, Role::Honorific)) return false;
    if (office_cover_[static_cast<size_t>(i)] && !given(i)) return false;
    return true;
  }

  // ---- 1. credits

  void mark_credits() {
    for (int i = 0; i < n_; ++i) {
      const Match* m = d_.longest(i, Role::CreditCue);
      if (!m) continue;
      const bool para_start = d_.is(i, tok::kNewPara) || (i > 0 && opening_bracket(i - 1));
      if (d_.key_is(i, "by")) {
        // "By X" credits only as a short byline line or inside brackets "(Photo by ...)".
        if (!para_start || !d_.cap(i)) continue;
        int end = i;
        while (end < n_ && d_.paragraph_of(end) == d_.paragraph_of(i)) ++end;
        if (end - i > 24) continue;
      }
      int j = i + m->len;
      while (j < n_ && d_.paragraph_of(j) == d_.paragraph_of(i) && !closing_bracket(j)) {
        credit_[static_cast<size_t>(j)] = true;
        ++j;
      }
    }
  }

  // ---- 2. lexicon names (candidates only: persons may still claim a given name)

  void lexicon_candidates() {
    for (int i = 0; i < n_;) {
      const Match* m = d_.longest_of(i, {Role::Entity, Role::ActingForm, Role::Demonym});
      if (!m) {
        ++i;
        continue;
      }
      const int idx = static_cast<int>(m - d_.matches.data());
      for (int k = i; k < i + m->len; ++k) lex_cover_[static_cast<size_t>(k)] = idx;
      lex_spans_.emplace_back(i, idx);
      i += m->len;
    }
  }

  // ---- 3. person names

  // The office, role or honorific ending right before token s, or -1.
  int title_start_before(int s) const {
    if (const Match* m = d_.ending_at(s, Role::Office)) return m->first;
    if (const Match* m = d_.ending_at(s, Role::PersonRole); m && !m->plural) return m->first;
    if (const Match* m = d_.ending_at(s, Role::Honorific)) return m->first;
    return -1;
  }

  bool speech_after(int e) const {
    int k = e;
    while (k < n_ && (d_.longest(k, Role::Auxiliary) || d_.key_is(k, ","))) {
      if (d_.key_is(k, ",")) break;
      k += d_.longest(k, Role::Auxiliary)->len;
    }
    return d_.longest(k, Role::SpeechVerb) != nullptr || (weak_ok_ && d_.longest(k, Role::WeakSpeechVerb) != nullptr);
  }
  bool weak_ok_ = true;

  bool speech_before(int s) const {
    const Match* m = d_.ending_at(s, Role::SpeechVerb);
    if (!m) return false;
    const int b = m->first - 1;
    return b >= 0 && (d_.key_is(b, ",") || d_.is(b, tok::kDQuote));
  }

  // "the Ghanaian defence minister, X," before a name: the apposition names the holder.
  bool titled_apposition_before(int s, int e) const {
    if (!(d_.key_is(e, ",") || d_.key_is(e, "."))) return false;
    return apposition_office(s) != nullptr;
  }

  // "his counterpart, X,", "her adviser, X.": a singular person noun, a comma, then the name.
  bool role_apposition_before(int s, int e) const {
    if (!(d_.key_is(e, ",") || d_.key_is(e, ".")) || s < 2 || !d_.key_is(s - 1, ",")) return false;
    const Match* m = d_.ending_at(s - 1, Role::PersonRole);
    return m != nullptr && !m->plural;
  }

  // The singular office of an apposition ending in the comma before token s. The office may
  // carry a short complement: "the Canadian ambassador to NATO, X,", "Algeria's envoy to the
  // talks, X,", "the chief negotiator of the movement, X,".
  const Match* apposition_office(int s) const {
    if (s < 2 || !d_.key_is(s - 1, ",")) return nullptr;
    if (const Match* m = d_.ending_at(s - 1, Role::Office)) return m->plural ? nullptr : m;
    // "the secretary general of the Organization of American States (OAS), X,": the
    // abbreviation in brackets sits between the complement and the comma
    if (d_.key_is(s - 2, ")")) {
      int open = s - 3;
      while (open > 0 && open > s - 8 && !d_.key_is(open, "(")) --open;
      if (!d_.key_is(open, "(")) return nullptr;
      s = open + 1;
    }
    for (int k = s - 2, span = 0; k > 0 && span <= 4; --k, ++span) {
      // a name inside the complement counts as one word ("of the Organization of American States")
      if (const int a = d_.atom_at[static_cast<size_t>(k)]; a >= 0 && d_.m(a).last == k + 1 && d_.m(a).first < k) k = d_.m(a).first;
      // "the chairman of Bosnia's tripartite presidency, X,": a possessive inside the complement
      if (d_.is(k, tok::kPossessive) && span < 4) continue;
      if (!d_.word(k) || verbish(k)) return nullptr;
      if (d_.key_is(k, "for") || d_.key_is(k, "to") || d_.key_is(k, "of")) {
        const Match* m = d_.ending_at(k, Role::Office);
        return m != nullptr && !m->plural ? m : nullptr;
      }
    }
    return nullptr;
  }

  // Body of an office from its complement: "of NATO", "at the Commission" name the body;
  // "for Sudan", "to NATO" name a subject or a posting, the body only when nothing before the
  // title named one ("the U.S. special envoy for Sudan" is the United States').
  void complement_body(Mention& p, int y) {
    const bool names_body = d_.key_is(y, "of") || d_.key_is(y, "at");
    if (!names_body && !(d_.key_is(y, "for") || d_.key_is(y, "to"))) return;
    if (!names_body && (p.office_body >= 0 || p.appointer >= 0)) return;
    int z = y + 1;
    if (d_.key_is(z, "the")) ++z;
    const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
    if (a >= 0 && d_.m(a).kind != "Person" && (d_.m(a).kind != "Place" || d_.m(a).form == Form::Acting)) {
      if (p.office_body >= 0 && p.office_body != a) d_.m(p.office_body).nested = false;
      p.office_body = a;
      d_.m(a).nested = true;
    }
  }

  // ", the Supreme Allied Commander Europe" or "is the Europe editor" after a name.
  bool titled_after(int e) const {
    int k = e;
    const bool copula = d_.key_is(k, "is") || d_.key_is(k, "was");
    if (d_.key_is(k, ",")) ++k;
    else if (copula) ++k;
    else return false;
    for (int steps = 0; k < n_ && steps < 6; ++steps, ++k) {
      // "The X Protocol was signed by Colombia's chief negotiator": a verb after the copula,
      // so the title is not X's
      if (copula && (verbish(k) || d_.longest(k, Role::FramePassive) || d_.key_is(k, "by"))) return false;
      // "at the Bestepe Presidential Complex, brought together the leaders", "at the Palace of
      // Independence, was chaired by its foreign minister": a verb after the comma opens a
      // clause, and a title in it is not apposed to the name
      if (!copula && (verbish(k) || d_.longest(k, Role::FramePassive) || d_.key_is(k, "was") || d_.key_is(k, "were"))) return false;
      if (const Match* off = d_.longest(k, Role::Office)) {
        // ", UK Defence Secretary John Healey": the title belongs to the next name
        const int after = off->first + off->len;
        return !(name_part(after) && name_part(after + 1));
      }
      if (d_.key_is(k, ",") || d_.key_is(k, ".") || d_.is(k, tok::kDQuote)) return false;
    }
    return false;
  }

  void person_names() {
    for (int i = 0; i < n_; ++i) {
      if (d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
      // A given name may override a one-word lexicon name ("Chad Smith"); otherwise names the
      // lexicons know are not people.
      if (particle(i - 1)) continue;
      int after_particles = i;
      while (particle(after_particles)) ++after_particles;
      const bool starts_particle = after_particles > i && name_part(after_particles) && !lex_covered(after_particles);
      if (!starts_particle && !name_part(i)) continue;
      if (lex_covered(i) && !(given(i) && lex_span_len(i) == 1 && name_part(i + 1) && !lex_covered(i + 1))) continue;
      if (i > 0 && name_part(i - 1) && !lex_covered(i - 1)) continue;  // not the start of a run
      if (d_.is(i - 1, tok::kHyphen)) continue;                         // "Barrow-in-Furness": a compound

      std::vector<int> words;
      int j = i;
      while (j < n_) {
        if (name_part(j) && (!lex_covered(j) || j == i)) {
          words.push_back(j);
          ++j;
          continue;
        }
        if (particle(j) && !words.empty() && d_.is(j + 1, tok::kHyphen) && name_part(j + 2) && !lex_covered(j + 2) &&
            !d_.is(j + 1, tok::kSpaceBefore)) {  // "Mohammed Osman al-Tayeb"
          words.push_back(j);
          words.push_back(j + 1);
          words.push_back(j + 2);
          j += 3;
          continue;
        }
        if (particle(j)) {  // "von der Leyen"
          int k = j;
          while (particle(k)) ++k;
          if (name_part(k) && !lex_covered(k)) {
            for (int x = j; x < k; ++x) words.push_back(x);
            j = k;
            continue;
          }
          break;
        }
        if (d_.is(j, tok::kHyphen) && !words.empty() && name_part(j + 1) && !lex_covered(j + 1)) {  // "Jean-Claude"
          words.push_back(j);
          ++j;
          continue;
        }
        if (d_.is(j, tok::kHyphen) && !words.empty() && d_.is(j + 1, tok::kLower) && d_.word(j + 1) &&
            !d_.is(j + 1, tok::kSpaceBefore) && !function_word(j + 1) && !common(j + 1)) {
          words.push_back(j);  // "Lee Jae-myung", "Moon Jae-in": a syllable joined in lower case
          words.push_back(j + 1);
          j += 2;
          continue;
        }
        if (closing_bracket(j) && !words.empty() && name_part(j + 1) && !lex_covered(j + 1)) {
          ++j;  // "[Russian President Vladimir] Putin": the bracket sits inside the name
          continue;
        }
        break;
      }
      if (words.empty()) continue;
      const int s = i, e = j;
      int n_words = 0;
      for (int w : words) n_words += d_.word(w) && !particle(w) ? 1 : 0;

      const int t = title_start_before(s);
      const bool titled = t >= 0 || (s > 0 && opening_bracket(s - 1) && title_start_before(s - 1) >= 0);
      const bool has_given = given(s) && n_words >= 2;
      weak_ok_ = n_words >= 2;  // "Donors pledged": a weak verb does not make one word a name
      const bool speech = speech_after(e) || speech_before(s);
      weak_ok_ = true;
      // "its foreign minister, Mariama Ndiaye, said": a title, a comma, then a name closed by a
      // comma is an apposition naming the title's holder, whatever the given name.
      // "his Peruvian counterpart, Rosa Huamán,": a person noun apposed the same way
      const bool appos = titled_after(e) || (n_words >= 2 && (titled_apposition_before(s, e) || role_apposition_before(s, e)));
      bool accept = has_given || titled || ((speech || appos) && (n_words >= 2 || !common(s)));
      // "active in Velmora, the minister said", "around Velmora and Castrejo, ...": one word after
      // "in" or "near" (or joined to such a word) is a town
      const bool town_slot = (s > 0 && in_or_near(s - 1)) ||
                             (s > 2 && (d_.key_is(s - 1, "and") || d_.key_is(s - 1, "or")) && d_.cap(s - 2) && in_or_near(s - 3));
      if (accept && !has_given && !titled && n_words == 1 && town_slot) accept = false;
      // "said Forum Secretary General X", "Council President Y": one word right before an office
      // qualifies the office (a body's short name); the holder's name follows it
      if (accept && !has_given && !titled && n_words == 1 && d_.longest(e, Role::Office)) accept = false;
      if (starts_particle) accept = accept && n_words >= 1 && (speech || titled || appos);
      if (!accept) continue;

      Mention m;
      m.first = s;
      m.last = e;
      m.kind = "Person";
      m.form = Form::Name;
      std::string name;
      for (int w : words) {
        if (!name.empty() && !d_.is(w, tok::kHyphen) && !d_.is(w - 1, tok::kHyphen)) name += ' ';
        name += d_.text(w);
      }
      m.surface = name;
      // Given name = the first word unless the name is a single word or starts with a particle.
      if (n_words >= 2 && !starts_particle) {
        int g_end = 1;
        while (g_end < static_cast<int>(words.size()) && d_.is(words[static_cast<size_t>(g_end)], tok::kHyphen)) g_end += 2;
        std::string g, sn;
        for (int x = 0; x < static_cast<int>(words.size()); ++x) {
          const int w = words[static_cast<size_t>(x)];
          std::string& target = x < g_end ? g : sn;
          if (!target.empty() && !d_.is(w, tok::kHyphen) && !d_.is(w - 1, tok::kHyphen)) target += ' ';
          target += d_.text(w);
        }
        m.given = g;
        m.surname = sn;
      } else {
        m.surname = name;
      }
      d_.add_mention(std::move(m));
      i = e - 1;
    }
  }

  int lex_span_len(int i) const {
    const int idx = lex_cover_[static_cast<size_t>(i)];
    return idx < 0 ? 0 : d_.matches[static_cast<size_t>(idx)].len;
  }

  // ---- 4. lexicon names as mentions

  // The location word ending right before token i ("in", "at", "in the"), if any.
  bool locative_before(int i) const {
    int k = i;
    if (d_.key_is(k - 1, "the")) --k;
    return d_.ending_at(k, Role::LocativePrep) != nullptr;
  }

  bool head_follows(int i) const {
    return d_.longest(i, Role::MeetingHead) || d_.longest(i, Role::DocumentHead);
  }

  void lexicon_atoms() {
    for (const auto& [first, idx] : lex_spans_) {
      const Match& mt = d_.matches[static_cast<size_t>(idx)];
      bool free = true;
      for (int k = first; k < first + mt.len; ++k) {
        if (d_.atom_at[static_cast<size_t>(k)] >= 0) free = false;
      }
      if (!free) continue;
      const int end = first + mt.len;
      const int id = mt.hit.id;
      const LexEntity& le = d_.lex.entities[static_cast<size_t>(id)];
      Mention m;
      m.first = first;
      m.last = end;
      m.lex = id;
      if (credit_[static_cast<size_t>(first)] && !(le.kind == "Organization")) continue;
      if (mt.hit.role == Role::Demonym && d_.key_is(end, "capital") && first_capital(id) >= 0) {
        // "the Latvian capital": the capital of that state, a place
        m.lex = first_capital(id);
        m.kind = "Place";
        m.last = end + 1;
        m.surface = d_.lex.entities[static_cast<size_t>(m.lex)].name;
      } else if (mt.hit.role == Role::Demonym) {
        m.kind = "Country";
        m.form = Form::Demonym;
        m.weak = true;
      } else if (mt.hit.role == Role::ActingForm) {
        m.kind = "Country";
        m.form = Form::Acting;
      } else if (le.kind == "Place") {
        const bool locative = locative_before(first);
        if (le.acts_for >= 0 && !locative && !head_follows(end)) {
          // A capital, seat or city standing for the state or body it hosts.
          m.lex = le.acts_for;
          m.kind = d_.lex.entities[static_cast<size_t>(le.acts_for)].kind;
          m.form = Form::Acting;
        } else if (le.type == "continent" || le.type == "area") {
          continue;  // a part of the world ("across Africa", "the Sahel"), not where something happened
        } else {
          m.kind = "Place";
          // "the Donbas region", "Kherson oblast": the place head belongs to the name.
          if (const Match* h = d_.longest(end, Role::PlaceHead); h && h->hit.id == 0) m.last = end + h->len;
        }
      } else {
        m.kind = le.kind;
      }
      d_.add_mention(std::move(m));
    }
    // Places by shape: a capitalised name before a place head ("Zaporizhzhia nuclear power plant").
    for (int i = 0; i < n_; ++i) {
      const Match* h = d_.longest(i, Role::PlaceHead);
      if (!h || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
      int s = i;
      while (s > 0 && d_.cap(s - 1) && d_.word(s - 1) && !common(s - 1) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 &&
             !credit_[static_cast<size_t>(s - 1)]) {
        --s;
      }
      // "Riga Castle": a known place name becomes part of the building's name
      if (s > 0 && h->hit.id == 2 && d_.atom_at[static_cast<size_t>(s - 1)] >= 0) {
        Mention& a = d_.m(d_.atom_at[static_cast<size_t>(s - 1)]);
        if (a.last == s && (a.kind == "Place" || a.form == Form::Acting) && a.last - a.first == 1) {
          a.dropped = true;
          for (int t = a.first; t < a.last; ++t) d_.atom_at[static_cast<size_t>(t)] = -1;
          s = a.first;
        }
      }
      // "at Government House", "at the State House": after "at", one capitalised common word
      // names the building
      if (s == i && h->hit.id == 2 && d_.cap(i) && i >= 2 && d_.cap(i - 1) && d_.word(i - 1) &&
          d_.atom_at[static_cast<size_t>(i - 1)] < 0 && !credit_[static_cast<size_t>(i - 1)] &&
          (d_.key_is(i - 2, "at") || (d_.key_is(i - 2, "the") && d_.key_is(i - 3, "at")))) {
        s = i - 1;
      }
      // "the Norwegian Sea": a sea may be named by a demonym
      if (s == i && h->hit.id == 3 && d_.cap(i) && i >= 1 && d_.atom_at[static_cast<size_t>(i - 1)] >= 0) {
        Mention& a = d_.m(d_.atom_at[static_cast<size_t>(i - 1)]);
        if (a.last == i && a.form == Form::Demonym && a.last - a.first == 1) {
          a.dropped = true;
          d_.atom_at[static_cast<size_t>(i - 1)] = -1;
          s = i - 1;
        }
      }
      if (s == i) continue;
      // Only facility, building and water heads make a new place; a region head needs a known place.
      if (h->hit.id == 0) continue;
      if (h->hit.id >= 2 && !d_.cap(i)) continue;
      Mention m;
      m.first = s;
      m.last = i + h->len;
      m.kind = "Place";
      d_.add_mention(m);
      i = m.last - 1;
    }
    // "the southern port city of Kismayo", "the town of Batken": an unknown capitalised name
    // after a settlement noun and "of" is a place; "at the Palace of Nations", "at Villa
    // Somalia": a building named head first, after "at".
    auto cap_run = [&](int from, bool building) {
      int e = from;
      // "Villa Somalia": a building may carry a known name
      if (building && e < n_ && d_.atom_at[static_cast<size_t>(e)] >= 0) {
        Mention& a = d_.m(d_.atom_at[static_cast<size_t>(e)]);
        if (a.first == e && a.kind != "Person" && a.last - a.first == 1) {
          a.dropped = true;
          d_.atom_at[static_cast<size_t>(e)] = -1;
          return e + 1;
        }
      }
      while (e < n_ && e < from + 4 && d_.word(e) && d_.cap(e) && d_.atom_at[static_cast<size_t>(e)] < 0 && !credit_[static_cast<size_t>(e)] &&
             (building || !common(e))) {
        ++e;
      }
      return e;
    };
    for (int i = 1; i + 2 < n_; ++i) {
      if (d_.in_quote(i)) continue;
      const bool settlement = (d_.key_is(i, "city") || d_.key_is(i, "town") || d_.key_is(i, "village") || d_.key_is(i, "port")) &&
                              !d_.cap(i) && d_.key_is(i + 1, "of");
      const bool head_first = d_.cap(i) && (d_.key_is(i, "palace") || d_.key_is(i, "villa")) &&
                              (d_.key_is(i - 1, "at") || (d_.key_is(i - 1, "the") && i >= 2 && d_.key_is(i - 2, "at")));
      if (!settlement && !head_first) continue;
      const int from = settlement ? i + 2 : (d_.key_is(i + 1, "of") ? i + 2 : i + 1);
      const int e = cap_run(from, head_first);
      if (e == from || (e < n_ && d_.is(e, tok::kPossessive))) continue;
      Mention m;
      m.first = settlement ? from : i;
      m.last = e;
      m.kind = "Place";
      if (settlement) m.head = kSettlement;
      d_.add_mention(m);
      i = e - 1;
    }
  }

  // ---- places the lexicons do not know: "in Osaka", "near Bergen", "around Kidal and Menaka"
  // An unknown capitalised name of one to three words right after a location word is a place
  // when nothing else claimed it: people are found before by given names and titles, bodies by
  // their heads. Not in headlines, where every word is capitalised ("Allies Meet in Show of
  // Unity"), nor before a possessive, a hyphen or a head noun ("in Havana talks").
  bool unknown_name_word(int t) const {
    return t >= 0 && t < n_ && d_.word(t) && d_.cap(t) && !d_.is(t, tok::kNumber) && !(d_.is(t, tok::kUpper) && d_.key(t).size() > 1) &&
           !common(t) && !given(t) && !d_.is_role(t, Role::Month) && !d_.is_role(t, Role::Weekday) &&
           !d_.is_role(t, Role::Honorific) && !d_.is_role(t, Role::OrgHead) && d_.atom_at[static_cast<size_t>(t)] < 0 &&
           !credit_[static_cast<size_t>(t)] && !office_cover_[static_cast<size_t>(t)] && !lex_covered(t) &&
           !d_.longest_of(t, {Role::MeetingHead, Role::DocumentHead, Role::ForceHead, Role::PlaceHead});
  }

  // Most words of the sentence capitalised, known names and the candidate [from, to) apart: a
  // headline in title case.
  bool title_case_sentence(int s, int from, int to) const {
    int caps = 0, lower = 0;
    for (int t = d_.sentence_first(s) + 1; t < d_.sentence_last(s); ++t) {
      if (t >= from && t < to) continue;
      if (!d_.word(t) || d_.is(t, tok::kNumber) || d_.is_role(t, Role::FunctionWord) || d_.atom_at[static_cast<size_t>(t)] >= 0) continue;
      (d_.cap(t) ? caps : lower) += 1;
    }
    return caps > lower;
  }

  // One past the unknown name starting at `from`, or `from` when there is none there.
  int unknown_place_end(int from) const {
    int e = from;
    while (e < from + 3 && unknown_name_word(e) && (e == from || !d_.is(e, tok::kNewPara))) ++e;
    if (e == from) return from;
    if (e < n_ && (d_.is(e, tok::kPossessive) || d_.is(e, tok::kHyphen) || (d_.word(e) && d_.cap(e)) ||
                   d_.longest_of(e, {Role::MeetingHead, Role::DocumentHead, Role::ForceHead, Role::PlaceHead, Role::OrgHead}))) {
      return from;
    }
    return e;
  }

  void places_after_locatives() {
    int checked_sentence = -1;
    bool headline = false;
    for (int i = 1; i < n_; ++i) {
      if (!d_.ending_at(i, Role::LocativePrep) || !unknown_name_word(i)) continue;
      const int s = d_.sentence_of(i);
      if (s != checked_sentence) {
        checked_sentence = s;
        headline = title_case_sentence(s, i, unknown_place_end(i));
      }
      if (headline) continue;
      int from = i;
      for (;;) {
        const int e = unknown_place_end(from);
        if (e == from) break;
        Mention m;
        m.first = from;
        m.last = e;
        m.kind = "Place";
        m.head = kSettlement;
        d_.add_mention(m);
        i = e - 1;
        // "in Arauca and Catatumbo": a second unknown name joined to the first is a place too
        if (!(d_.key_is(e, "and") || d_.key_is(e, "or")) || !unknown_name_word(e + 1)) break;
        from = e + 1;
      }
    }
  }

  // ---- forces named head first: "Operation Aspides", "Operation Sea Guardian", and the
  // -FOR acronyms of NATO and EU forces with their operation's name ("EUFOR Althea", "KFOR").
  bool for_acronym_at(int i) const { return d_.is(i, tok::kUpper) && d_.key(i).size() >= 4 && d_.key(i).ends_with("for"); }

  void forces_named_head_first() {
    // "EUFOR" alone is the "EUFOR Althea" the article names in full, before or after
    std::unordered_map<std::string, std::string> full_names;
    for (int i = 0; i + 1 < n_; ++i) {
      if (for_acronym_at(i) && unknown_name_word(i + 1) && !unknown_name_word(i + 2)) {
        full_names.emplace(d_.key(i), std::string(d_.span(i, i + 2)));
      }
    }
    for (int i = 0; i < n_; ++i) {
      if (d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
      const std::string& k = d_.key(i);
      const bool operation = d_.cap(i) && !d_.is(i, tok::kUpper) && k == "operation";
      const bool for_acronym = for_acronym_at(i);
      if (!operation && !for_acronym) continue;
      int e = i + 1;
      while (e < i + 4 && unknown_name_word(e) && !d_.is(e, tok::kNewPara)) ++e;
      if (operation && (e == i + 1 || (e < n_ && (d_.is(e, tok::kPossessive) || (d_.word(e) && d_.cap(e)))))) continue;
      if (e < n_ && d_.is(e, tok::kHyphen)) continue;
      // a headline in title case capitalises every word after "Operation"
      if (operation && title_case_sentence(d_.sentence_of(i), i, e)) continue;
      Mention m;
      m.first = i;
      m.last = e;
      m.kind = "Force";
      m.head = operation ? "operation" : "force";
      m.specific = true;
      if (for_acronym && e == i + 1) {
        if (auto it = full_names.find(k); it != full_names.end()) m.surface = it->second;
      }
      d_.add_mention(m);
      i = e - 1;
    }
  }

  int first_capital(int country) const {
    for (size_t e = 0; e < d_.lex.entities.size(); ++e) {
      const LexEntity& x = d_.lex.entities[e];
      if (x.type == "capital" && x.country == country) return static_cast<int>(e);
    }
    return -1;
  }

  // Organisations the lexicons do not know, by shape: capitalised words ending in an
  // organisation head ("Pacific Islands Forum", "European Defence Fund"); and the head word
  // alone for an organisation the article named ("the Forum", "Forum Secretary General").
  void organizations_by_shape() {
    // "Jakarta Forum for Regional Security", "Kuala Lumpur Centre for Maritime Studies": a
    // capitalised name, a head and "for / of / on" with capitalised words is a body (a think
    // tank, a publisher), even when its head could name a meeting or a force.
    for (int i = 1; i + 2 < n_; ++i) {
      const bool head = d_.is_role(i, Role::OrgHead) || d_.key_is(i, "centre") || d_.key_is(i, "center");
      if (!d_.cap(i) || !head || d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
      if (!(d_.key_is(i + 1, "for") || d_.key_is(i + 1, "of") || d_.key_is(i + 1, "on"))) continue;
      // "Response Force on Monday", "Council of Europe": a date or a known name is no tail; a
      // common word opens one only when more capitalised words follow ("Institute of
      // International Affairs", "Institute for Peace and Security Studies")
      if (d_.is_role(i + 2, Role::Weekday) || d_.is_role(i + 2, Role::Month)) continue;
      if (common(i + 2) && !(d_.cap(i + 2) && !d_.is_role(i + 2, Role::Determiner) &&
                             ((d_.word(i + 3) && d_.cap(i + 3)) || (d_.key_is(i + 3, "and") && d_.cap(i + 4))))) {
        continue;
      }
      int e = i + 2;
      while (e < n_ && d_.word(e) && !d_.is(e, tok::kNewPara) && (d_.cap(e) || (d_.key_is(e, "and") && d_.cap(e + 1) && e > i + 2)) &&
             e - i < 7) {
        // a place or state inside the name ("Forum for Pacific Security") is part of it
        const int a = d_.atom_at[static_cast<size_t>(e)];
        if (a >= 0 && (d_.m(a).first != e || (d_.m(a).kind != "Place" && d_.m(a).kind != "Country"))) break;
        e = a >= 0 ? d_.m(a).last : e + 1;
      }
      if (e == i + 2 || d_.key_is(e - 1, "and")) continue;
      int s = i;
      while (s > 0 && i - s < 4 && !d_.is(s, tok::kNewPara)) {
        const int a = d_.atom_at[static_cast<size_t>(s - 1)];
        if (a >= 0 && d_.m(a).last == s && (d_.m(a).kind == "Place" || d_.m(a).kind == "Country")) {
          s = d_.m(a).first;
          continue;
        }
        if (a < 0 && d_.word(s - 1) && d_.cap(s - 1) && !d_.is_role(s - 1, Role::Determiner) && !office_cover_[static_cast<size_t>(s - 1)] &&
            !common(s - 1)) {
          --s;
          continue;
        }
        break;
      }
      if (s == i) continue;
      for (int t = s; t < e; ++t) {
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a < 0) continue;
        Mention& am = d_.m(a);
        am.dropped = true;
        for (int u = am.first; u < am.last; ++u) d_.atom_at[static_cast<size_t>(u)] = -1;
      }
      Mention m;
      m.first = s;
      m.last = e;
      m.kind = "Organization";
      d_.add_mention(std::move(m));
      i = e;
    }
    for (int i = 0; i < n_; ++i) {
      if (!d_.cap(i) || !d_.is_role(i, Role::OrgHead) || d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
      if (d_.longest(i, Role::MeetingHead) || d_.longest(i, Role::DocumentHead)) continue;
      // "Maritime Task Force", "ECOWAS Standby Force": a multi-word force head names a force,
      // not a body ("Fiji Police Force", "Rapid Support Forces" stay organisations).
      if (const Match* fh = d_.ending_at(i + 1, Role::ForceHead); fh && fh->len >= 2 && !fh->plural) continue;
      // "Multinational Force for the North-East Corridor": a force named for where it serves.
      if (d_.key_is(i, "force") && i + 1 < n_ && d_.key_is(i + 1, "for")) continue;
      int s = i;
      while (s > 0 && d_.word(s - 1) && d_.cap(s - 1) && !d_.is_role(s - 1, Role::Determiner) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 &&
             !office_cover_[static_cast<size_t>(s - 1)] && !credit_[static_cast<size_t>(s - 1)] && !d_.is(s, tok::kNewPara) && i - s < 5) {
        --s;
      }
      // a known name inside it ("European Defence Fund", "Ukraine Reconstruction Agency")
      while (s > 0 && d_.atom_at[static_cast<size_t>(s - 1)] >= 0 && d_.m(d_.atom_at[static_cast<size_t>(s - 1)]).last == s &&
             d_.m(d_.atom_at[static_cast<size_t>(s - 1)]).kind != "Person" && i - s < 5) {
        Mention& a = d_.m(d_.atom_at[static_cast<size_t>(s - 1)]);
        a.dropped = true;
        for (int t = a.first; t < a.last; ++t) d_.atom_at[static_cast<size_t>(t)] = -1;
        s = a.first;
      }
      if (s == i) continue;
      if (s > 0 && d_.key_is(s - 1, "the") == false && common(s) && s == d_.sentence_first(d_.sentence_of(s))) ++s;
      if (s == i) continue;
      Mention m;
      m.first = s;
      m.last = i + 1;
      m.kind = "Organization";
      d_.add_mention(std::move(m));
    }
    for (int i = 0; i < n_; ++i) {
      if (!d_.cap(i) || !d_.is_role(i, Role::OrgHead) || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
      int found = -1;
      for (const Mention& m : d_.mentions) {
        if (m.kind == "Organization" && m.form == Form::Name && !m.dropped && m.first < i && m.last - m.first > 1 &&
            d_.key(m.last - 1) == d_.key(i)) {
          found = static_cast<int>(&m - d_.mentions.data());
        }
      }
      if (found < 0) continue;
      Mention m;
      m.first = i;
      m.last = i + 1;
      m.kind = "Organization";
      m.lex = d_.m(found).lex;
      m.surface = d_.m(found).surface;
      m.form = Form::Surname;  // a short form of a name seen before
      m.office_body = found;   // (reused) the full mention it repeats
      d_.add_mention(std::move(m));
    }
  }

  // "Austria will send 150 more troops, its defence ministry said": a body every state has (the
  // lexicon's templates: "Austrian defence ministry") named through the "its" of that state, as
  // a speaker (a speech verb right after it: "its parliament must approve" names no one the
  // article quotes).
  void bodies_through_its() {
    for (int t = 1; t + 1 < n_; ++t) {
      if (!d_.key_is(t, "its") || d_.in_quote(t) || !d_.word(t + 1) || d_.atom_at[static_cast<size_t>(t + 1)] >= 0) continue;
      const int party = subject_party(t);
      if (party < 0 || d_.m(party).lex < 0) continue;
      int state = d_.m(party).lex;
      if (d_.lex.entities[static_cast<size_t>(state)].kind != "Country") state = d_.lex.entities[static_cast<size_t>(state)].acts_for;
      if (state < 0 || d_.lex.entities[static_cast<size_t>(state)].kind != "Country") continue;
      const LexEntity& st = d_.lex.entities[static_cast<size_t>(state)];
      if (st.demonyms.empty()) continue;
      for (int len = std::min(3, n_ - t - 1); len >= 1; --len) {
        bool words = true;
        for (int x = t + 1; x < t + 1 + len; ++x) words = words && d_.word(x) && d_.atom_at[static_cast<size_t>(x)] < 0;
        if (!words) continue;
        const int id = d_.lex.entity_named(st.demonyms.front() + " " + std::string(d_.span(t + 1, t + 1 + len)));
        if (id < 0 || d_.lex.entities[static_cast<size_t>(id)].kind != "Organization" || d_.lex.entities[static_cast<size_t>(id)].country != state) {
          continue;
        }
        if (!d_.longest(t + 1 + len, Role::SpeechVerb)) break;
        Mention m;
        m.first = t + 1;
        m.last = t + 1 + len;
        m.kind = "Organization";
        m.lex = id;
        m.surface = d_.lex.entities[static_cast<size_t>(id)].name;
        d_.add_mention(std::move(m));
        t += len;
        break;
      }
    }
  }

  // ---- 5. family names alone

  void surnames() {
    struct Known {
      std::string surname;
      std::vector<std::string> words;  // keys of the surname's words
      char initial;                    // first letter of its last word: variants share it
      std::string given;               // the first word of the full name
      std::string given_key;
    };
    std::vector<Known> known;
    std::set<std::pair<std::string, std::string>> seen;  // each full name once, however often named
    for (const Mention& m : d_.mentions) {
      if (m.kind != "Person" || m.surname.empty() || m.given.empty()) continue;
      if (!seen.insert({m.given, m.surname}).second) continue;
      Known k{m.surname, {}, 0, m.given, token_key(m.given)};
      for (const Token& t : tokenize(m.surname)) k.words.push_back(t.key);
      if (k.words.empty() || k.words.back().empty()) continue;
      k.initial = k.words.back()[0];
      if (d_.lex.word_has_role(k.given_key, Role::GivenName)) k.given.clear();
      known.push_back(std::move(k));
    }
    if (known.empty()) return;
    for (int i = 0; i < n_; ++i) {
      if (d_.atom_at[static_cast<size_t>(i)] >= 0 || credit_[static_cast<size_t>(i)]) continue;
      if (!d_.word(i) || !(d_.cap(i) || particle(i))) continue;
      const char first = d_.key(i).empty() ? 0 : d_.key(i)[0];
      for (const Known& k : known) {
        if (first != k.initial && first != k.words.front()[0] && (k.given_key.empty() || first != k.given_key[0])) continue;
        int len = static_cast<int>(k.words.size());
        if (i + len > n_) len = 1;
        bool ok = true;
        if (len == 1) {
          ok = d_.word(i) && d_.cap(i) && family_name_matches(k.surname, d_.text(i));
        } else {
          for (int x = 0; x < len && ok; ++x) ok = d_.key(i + x) == k.words[static_cast<size_t>(x)];
          ok = ok && (d_.cap(i) || particle(i));
          if (!ok && d_.word(i) && d_.cap(i) && !particle(i) && family_name_matches(k.surname, d_.text(i))) {
            ok = true;  // "Erdogan" for "Recep Tayyip Erdogan"
            len = 1;
          }
        }
        if (!ok && !k.given.empty() && d_.cap(i) && d_.key(i) == k.given_key && !given(i)) {
          ok = true;  // "Lee said" for "Lee Jae-myung": the family name comes first
          len = 1;
        }
        if (!ok) continue;
        bool free = true;
        for (int x = i; x < i + len; ++x) free = free && d_.atom_at[static_cast<size_t>(x)] < 0;
        if (!free) continue;
        if (len == 1 && lex_covered(i)) continue;
        Mention m;
        m.first = i;
        m.last = i + len;
        m.kind = "Person";
        m.form = Form::Surname;
        m.surname = std::string(d_.span(i, i + len));
        d_.add_mention(std::move(m));
        i += len - 1;
        break;
      }
    }
  }

  // ---- 6. titles

  // The body an office belongs to, written right before the office: "French", "Ukraine's",
  // "NATO", "European Commission". Sets office_body / appointer on `p`; returns the first token.
  int body_before(int t, Mention& p) {
    int k = t;
    if (d_.key_is(k - 1, "'s") || d_.key_is(k - 1, "'")) {
      const int a = d_.atom_at[static_cast<size_t>(std::max(0, k - 2))];
      if (k >= 2 && a >= 0 && d_.m(a).last == k - 1) {
        if (d_.m(a).kind == "Person") p.appointer = a;
        else p.office_body = a;
        d_.m(a).nested = true;
        return d_.m(a).first;
      }
      return k;
    }
    const int a = k > 0 ? d_.atom_at[static_cast<size_t>(k - 1)] : -1;
    if (a >= 0 && d_.m(a).last == k && d_.m(a).kind != "Person" && d_.m(a).kind != "Place") {
      p.office_body = a;
      d_.m(a).nested = true;
      return d_.m(a).first;
    }
    return k;
  }

  // What "its" at token t stands for: the first state or body of its sentence before it
  // ("Senegal could contribute a battalion, its foreign minister, ..."), else of the sentence
  // before ("Ghana ... did not sign. Its deputy foreign minister, ..."). Returns a mention or -1.
  int subject_party(int t) const {
    const int sen = d_.sentence_of(t);
    // "Egypt declined to send observers, and Somalia will not contribute, its defence
    // minister ... said": a clause coordinated after ", and" / ";" has its own subject
    for (int c = t - 1; c > d_.sentence_first(sen); --c) {
      const bool joint = d_.key_is(c, ";") || ((d_.key_is(c, "and") || d_.key_is(c, "but")) && d_.key_is(c - 1, ","));
      if (!joint) continue;
      for (int k = c + 1; k < t; ++k) {
        const int a = d_.atom_at[static_cast<size_t>(k)];
        if (a >= 0 && d_.m(a).first == k && !d_.m(a).dropped && (d_.m(a).kind == "Country" || d_.m(a).kind == "Organization") &&
            !d_.in_quote(k)) {
          return a;
        }
      }
      break;
    }
    for (int s = sen; s >= std::max(0, sen - 1); --s) {
      const int from = d_.sentence_first(s), to = s == sen ? t : d_.sentence_last(s);
      for (int k = from; k < to; ++k) {
        const int a = d_.atom_at[static_cast<size_t>(k)];
        if (a >= 0 && d_.m(a).first == k && !d_.m(a).dropped && (d_.m(a).kind == "Country" || d_.m(a).kind == "Organization") &&
            !d_.in_quote(k)) {
          return a;
        }
      }
    }
    return -1;
  }

  // The state or body whose mention ends at token k, or -1.
  int party_ending_at(int k) const {
    const int a = d_.atom_at[static_cast<size_t>(k)];
    if (a < 0 || d_.m(a).last != k + 1 || d_.m(a).dropped) return -1;
    return d_.m(a).kind == "Country" || d_.m(a).kind == "Organization" ? a : -1;
  }

  // "..., and the Andean Community (CAN) by its deputy secretary general, X": the state or body
  // right before "by" of "by its" at token t (an elliptical "was represented by"). Returns a
  // mention or -1.
  int by_antecedent(int t) const {
    if (!d_.key_is(t - 1, "by")) return -1;
    int k = t - 2;
    if (d_.key_is(k, ")")) {  // a bracketed acronym after the name
      while (k > 0 && !d_.key_is(k, "(") && t - k < 8) --k;
      --k;
    }
    if (k < 0) return -1;
    return party_ending_at(k);
  }

  // "a Chilean delegation that included the deputy minister, X": the state of the delegation
  // whose members the title at token t lists. Returns a mention or -1.
  int delegation_party(int t) const {
    int k = t - 1;
    if (k >= 0 && d_.is_role(k, Role::Determiner)) --k;
    if (!(d_.key_is(k, "included") || d_.key_is(k, "including") || d_.key_is(k, "includes"))) return -1;
    --k;
    if (d_.key_is(k, "that") || d_.key_is(k, "which")) --k;
    if (!(d_.key_is(k, "delegation") || d_.key_is(k, "team"))) return -1;
    --k;
    if (k < 0) return -1;
    return party_ending_at(k);
  }

  // "The OAS was represented by the secretary-general's special envoy, X": the state or body
  // represented by the title starting at token t. Returns a mention or -1.
  int represented_party(int t) const {
    int k = t - 1;
    if (d_.key_is(k, "'s") || d_.key_is(k, "'")) {  // "the secretary-general's": another officer of the body
      const Match* boss = d_.ending_at(k, Role::Office);
      if (boss == nullptr) return -1;
      k = boss->first - 1;
    }
    if (k >= 0 && d_.is_role(k, Role::Determiner)) --k;
    if (!d_.key_is(k, "by") || !d_.key_is(k - 1, "represented")) return -1;
    k -= 2;
    if (d_.key_is(k, "was") || d_.key_is(k, "is") || d_.key_is(k, "were") || d_.key_is(k, "are") || d_.key_is(k, "be")) --k;
    if (d_.key_is(k, "will")) --k;
    if (k < 0) return -1;
    return party_ending_at(k);
  }

  // The state or body a "whose" at token w refers to: the one right before it ("hosted by
  // Turkey, whose foreign minister, X, ..."). Returns a mention or -1.
  int relative_antecedent(int w) const {
    int k = w - 1;
    if (d_.key_is(k, ",")) --k;
    if (k < 0) return -1;
    return party_ending_at(k);
  }

  bool former_before(int k) const {
    if (d_.key_is(k - 1, "the")) --k;
    return d_.ending_at(k, Role::FormerCue) != nullptr || (d_.key_is(k - 1, "-") && d_.ending_at(k - 1, Role::FormerCue));
  }

  // The title text: office modifiers right before the office plus the office words.
  std::string title_text(int mod_first, const Match& office) const {
    std::string t(d_.span(mod_first, office.first + office.len));
    return t;
  }

  int modifiers_before(int k) const {
    while (k > 0 && d_.ending_at(k, Role::OfficeModifier)) k = d_.ending_at(k, Role::OfficeModifier)->first;
    return k;
  }

  void set_office(Mention& p, const Match& office, int mod_first, const std::string& rule) {
    p.office = office.hit.id;
    p.title = office.plural ? d_.lex.offices[static_cast<size_t>(office.hit.id)].title : title_text(mod_first, office);
    if (!office.plural && mod_first == office.first) p.title = d_.lex.offices[static_cast<size_t>(office.hit.id)].title;
    p.office_rule = rule;
    p.office_token = office.first;
  }

  void titles() {
    const size_t count = d_.mentions.size();
    std::vector<bool> office_used(static_cast<size_t>(n_), false);
    for (size_t mi = 0; mi < count; ++mi) {
      if (d_.mentions[mi].kind != "Person" || d_.mentions[mi].form != Form::Name) continue;
      Mention p = d_.mentions[mi];
      int s = p.first;
      if (opening_bracket(s - 1)) --s;
      if (const Match* h = d_.ending_at(s, Role::Honorific)) s = h->first;  // "Foreign Minister Prince Faisal"
      // Before the name: [former] [body] [modifiers] office NAME
      const Match* off = d_.ending_at(s, Role::Office);
      // "its deputy defence minister, Major General X,": a rank between an apposed title and
      // the name; the apposed title is the office
      if (off != nullptr && titled_apposition_before(off->first, p.last)) {
        for (int k = off->first; k < off->first + off->len; ++k) office_used[static_cast<size_t>(k)] = true;
        s = off->first;
        off = nullptr;
      }
      if (off != nullptr) {
        const int mod_first = modifiers_before(off->first);
        set_office(p, *off, mod_first, "office:title-before");
        const int b = body_before(mod_first, p);
        // "signed for Armenia by Foreign Minister X": the state the holder acts for
        if (p.office_body < 0 && p.appointer < 0 && b == mod_first && d_.key_is(b - 1, "by") && b >= 3) {
          const int party = party_ending_at(b - 2);
          if (party >= 0) {
            const int f = d_.key_is(d_.m(party).first - 1, "the") ? d_.m(party).first - 2 : d_.m(party).first - 1;
            if (d_.key_is(f, "for")) p.office_body = party;
          }
        }
        p.former = former_before(b);
        for (int k = off->first; k < off->first + off->len; ++k) office_used[static_cast<size_t>(k)] = true;
      } else if (titled_apposition_before(s, p.last)) {
        // "Estonia's defence minister, Margus Tamm,", "its foreign minister, Mariama Ndiaye, said"
        const Match* ap = apposition_office(s);
        const int mod_first = modifiers_before(ap->first);
        set_office(p, *ap, mod_first, "office:apposition-before");
        const int b = body_before(mod_first, p);
        if (p.office_body < 0 && p.appointer < 0 && (d_.key_is(b - 1, "its") || d_.key_is(b - 1, "their"))) {
          p.office_body = by_antecedent(b - 1);
          if (p.office_body < 0) p.office_body = subject_party(b - 1);
        }
        if (p.office_body < 0 && p.appointer < 0 && d_.key_is(b - 1, "whose")) p.office_body = relative_antecedent(b - 1);
        complement_body(p, ap->first + ap->len);
        if (p.office_body < 0 && p.appointer < 0) p.office_body = delegation_party(b);
        if (p.office_body < 0 && p.appointer < 0) p.office_body = represented_party(b);
        p.former = former_before(b);
        for (int k = ap->first; k < ap->first + ap->len; ++k) office_used[static_cast<size_t>(k)] = true;
      }
      // After the name: ", the two chief negotiators appointed by X", ", US President Donald Trump's
      // chief negotiators", ", the Supreme Allied Commander Europe (SACEUR)", "is the Europe editor for RFE/RL".
      if (p.office < 0) {
        int k = p.last;
        const bool copula = d_.key_is(k, "is") || d_.key_is(k, "was");
        if (d_.key_is(k, ",") || copula) {
          ++k;
          std::vector<size_t> list{mi};
          appositive(p, k, copula, office_used);
        }
      }
      d_.mentions[mi] = std::move(p);
    }
    // Appositions after a coordinated list give their title to each person in it.
    for (size_t mi = 0; mi < count; ++mi) {
      Mention& p = d_.mentions[mi];
      if (p.kind != "Person" || p.form != Form::Name || p.office >= 0) continue;
      // "Steve Witkoff and Jared Kushner, the two chief negotiators": take the next person's title.
      const int a = p.last < n_ && d_.key_is(p.last, "and") ? d_.atom_at[static_cast<size_t>(p.last + 1)] : -1;
      if (a >= 0 && d_.m(a).kind == "Person" && d_.m(a).office >= 0 && d_.m(a).office_rule == "office:apposition" &&
          d_.m(a).office_token > d_.m(a).last) {
        p.office = d_.m(a).office;
        p.title = d_.m(a).title;
        p.office_body = d_.m(a).office_body;
        p.appointer = d_.m(a).appointer;
        p.office_rule = "office:apposition-list";
        p.office_token = d_.m(a).office_token;
      }
    }
    // Lone titles: "the Ukrainian leader", "the French president", "Russia's president".
    for (int i = 0; i < n_; ++i) {
      const Match* off = d_.longest(i, Role::Office);
      if (!off || office_used[static_cast<size_t>(i)] || off->plural || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
      const int end = off->first + off->len;
      if (name_part(end) || (opening_bracket(end) && name_part(end + 1))) {
        // "The president [Donald Trump]": the bracketed name holds the title.
        const int a = d_.atom_at[static_cast<size_t>(opening_bracket(end) ? end + 1 : end)];
        if (a >= 0 && d_.m(a).kind == "Person" && d_.m(a).office < 0) {
          Mention& p = d_.m(a);
          set_office(p, *off, modifiers_before(i), "office:title-before");
        }
        i = end - 1;
        continue;
      }
      Mention r;
      r.kind = "Person";
      r.form = Form::TitleRef;
      const int mod_first = modifiers_before(i);
      set_office(r, *off, mod_first, "office:title-ref");
      const int b = body_before(mod_first, r);
      const bool determined = d_.key_is(b - 1, "the") || r.office_body >= 0 || r.appointer >= 0;
      if (!determined || d_.in_quote(i)) {
        // A stray title ("a president", a quotation) refers to nobody; undo the nesting.
        if (r.office_body >= 0) d_.m(r.office_body).nested = false;
        if (r.appointer >= 0) d_.m(r.appointer).nested = false;
        i = end - 1;
        continue;
      }
      r.first = d_.key_is(b - 1, "the") ? b - 1 : b;
      r.last = end;
      r.former = former_before(b);
      // An office that no person here could hold ("the European Commission president") still
      // refers; coreference decides.
      d_.add_mention(std::move(r));
      i = end - 1;
    }
  }

  // Parses an appositive or predicate title starting at token k for person p: ", the two
  // chief negotiators appointed by X", ", US President Donald Trump's chief negotiators",
  // "is the Europe editor for RFE/RL". A title followed by another person's name belongs to
  // that person ("Macron, British Prime Minister Keir Starmer and ...": no apposition).
  void appositive(Mention& p, int k, bool copula, std::vector<bool>& office_used) {
    const int limit = std::min(n_, k + 12);
    int off_tok = -1;
    for (int x = k; x < limit;) {
      if (d_.key_is(x, ",") || d_.key_is(x, ".") || d_.key_is(x, ";") || d_.is(x, tok::kDQuote) || d_.key_is(x, "who") ||
          d_.key_is(x, "which") || d_.key_is(x, "appointed") || d_.key_is(x, "named") || d_.key_is(x, "and") ||
          d_.key_is(x, "(") || d_.key_is(x, "of") || d_.key_is(x, "for") || d_.key_is(x, "at")) {
        break;
      }
      const int a = d_.atom_at[static_cast<size_t>(x)];
      if (a >= 0 && d_.m(a).first == x) {
        if (d_.m(a).kind == "Person") {
          if (d_.key_is(d_.m(a).last, "'s") || d_.key_is(d_.m(a).last, "'")) {
            x = d_.m(a).last + 1;
            continue;
          }
          return;  // another person: a list, not an apposition
        }
        x = d_.m(a).last;
        continue;
      }
      if (const Match* off = d_.longest(x, Role::Office)) {
        const int after = x + off->len;
        const int b = after < n_ ? d_.atom_at[static_cast<size_t>(after)] : -1;
        if (b >= 0 && d_.m(b).first == after && d_.m(b).kind == "Person" && !d_.key_is(d_.m(b).last, "'s")) return;
        off_tok = x;
        x = after;
        continue;
      }
      if (d_.word(x) && !d_.cap(x) && (verbish(x))) break;
      ++x;
    }
    if (off_tok < 0) return;
    const Match* off = d_.longest(off_tok, Role::Office);
    const int mod_first = modifiers_before(off_tok);
    set_office(p, *off, mod_first, "office:apposition");
    if (copula) p.office_rule = "office:copula";
    body_before(mod_first, p);
    for (int x = off_tok; x < off_tok + off->len; ++x) office_used[static_cast<size_t>(x)] = true;
    int y = off_tok + off->len;
    // "(SACEUR)" after the title
    if (opening_bracket(y)) {
      int z = y + 1;
      while (z < n_ && !closing_bracket(z) && z < y + 5) ++z;
      y = z + 1;
    }
    // "of NATO", "for RFE/RL", "at the European Commission", "appointed by President Donald Trump"
    if (d_.key_is(y, "of") || d_.key_is(y, "for") || d_.key_is(y, "at") || d_.key_is(y, "to")) {
      complement_body(p, y);
    } else if ((d_.key_is(y, "appointed") || d_.key_is(y, "named") || d_.key_is(y, "sent")) && d_.key_is(y + 1, "by")) {
      // "appointed by US President Donald Trump": through the appointer's own title
      int z = y + 2;
      for (int guard = 0; guard < 6 && z < n_; ++guard) {
        const int b = d_.atom_at[static_cast<size_t>(z)];
        if (b >= 0 && d_.m(b).first == z && d_.m(b).kind != "Person") {
          z = d_.m(b).last;
          continue;
        }
        if (office_cover_[static_cast<size_t>(z)] || d_.is_role(z, Role::OfficeModifier)) {
          ++z;
          continue;
        }
        break;
      }
      const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
      if (a >= 0 && d_.m(a).kind == "Person") p.appointer = a;
    }
  }

  // ---- 7. collective parties

  // Does a force head ending in the word at token w ("observer group" for "group") come before w?
  bool force_named_by_last_word(int w) const {
    for (int k = 0; k + 1 < w; ++k) {
      if (!(d_.starts_with[static_cast<size_t>(k)] & Doc::bit(Role::ForceHead))) continue;  // most tokens start no head
      const Match* f = d_.longest(k, Role::ForceHead);
      if (f && f->len > 1 && d_.key(k + f->len - 1) == d_.key(w)) return true;
    }
    return false;
  }

  void collectives() {
    for (int i = 0; i < n_; ++i) {
      const Match* m = d_.longest(i, Role::CollectiveParty);
      if (!m || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
      bool free = true;
      for (int k = i; k < i + m->len; ++k) free = free && d_.atom_at[static_cast<size_t>(k)] < 0;
      if (!free || credit_[static_cast<size_t>(i)]) continue;
      // "the group" after "a Border Observer Group" was named: the force again, not a party
      if (force_named_by_last_word(i + m->len - 1)) {
        Mention g;
        g.first = d_.key_is(i, "the") ? i + 1 : i;
        g.last = i + m->len;
        g.kind = "Force";
        g.form = Form::Phrase;
        g.head = d_.key(i + m->len - 1);
        g.definite = d_.key_is(i, "the");
        if (g.definite) g.det = d_.key(i);
        d_.add_mention(std::move(g));
        i += m->len - 1;
        continue;
      }
      // "the coalition countries" is still the coalition; "coalition" inside "coordination cell" is not.
      Mention c;
      c.first = i;
      c.last = i + m->len;
      c.kind = "Organization";
      c.form = Form::Collective;
      c.weak = true;
      d_.add_mention(std::move(c));
      i += m->len - 1;
    }
  }

  // ---- 8. meetings, documents, forces

  struct HeadInfo {
    const Match* m;
    std::string_view kind;  // a literal: asked at every token, it builds no string
    int id;  // 0 ordinary, 1 specific, 2 needs a qualifying word
  };

  bool excluded(int h0, int h1, int kind_id) const {
    for (int s = std::max(0, h0 - 3); s <= h0; ++s) {
      for (uint32_t x = d_.match_begin[static_cast<size_t>(s)]; x < d_.match_begin[static_cast<size_t>(s) + 1]; ++x) {
        const Match& mt = d_.matches[x];
        if (mt.hit.role != Role::HeadExcluded || mt.hit.id != kind_id) continue;
        const int e = mt.first + mt.len;
        // The excluded phrase covers the head ("press conference") or starts with it ("call for").
        if ((mt.first <= h0 && e >= h1) || (mt.first == h0)) return true;
      }
    }
    return false;
  }

  bool verbish(int i) const {
    return d_.longest(i, Role::FrameActive) || d_.longest(i, Role::SpeechVerb) || d_.longest(i, Role::WeakSpeechVerb) ||
           d_.longest(i, Role::Negation) || d_.longest(i, Role::Modality) || d_.is_role(i, Role::Auxiliary);
  }

  // A lower-case word that can modify a head noun.
  bool modifier_word(int i) const {
    if (!d_.word(i) || d_.is(i, tok::kCap)) return false;
    if (d_.is_role(i, Role::QualifyingModifier) || d_.is_role(i, Role::Qualifier) || d_.is_role(i, Role::GenericModifier)) return true;
    if (d_.is_role(i, Role::FunctionWord) || d_.is_role(i, Role::Determiner)) return false;
    if (d_.longest(i, Role::FrameActive)) return false;  // "deploying post-ceasefire force": a verb, not a modifier
    if (d_.longest(i, Role::SpeechVerb) || d_.longest(i, Role::WeakSpeechVerb)) return false;
    if (d_.longest(i, Role::Negation) || d_.is_role(i, Role::Auxiliary)) return false;
    const std::string& k = d_.key(i);
    if (k.ends_with("ly") && k.size() > 4 && k != "only") return k == "legally" || k == "politically" || k == "militarily";
    return true;
  }

  // "Leaders met in Paris on Tuesday": a meeting named by the verb that reports it.
  // "agreed to meet again in Oslo", "will meet in Lima in May": a meeting still to come.
  void verbal_meetings() {
    for (int i = 0; i < n_; ++i) {
      const bool past = d_.key_is(i, "met") || d_.key_is(i, "convened") || d_.key_is(i, "gathered");
      const bool to_come = (d_.key_is(i, "meet") || d_.key_is(i, "reconvene")) &&
                           (d_.key_is(i - 1, "to") || d_.key_is(i - 1, "will") || d_.key_is(i - 1, "shall"));
      if (!past && !to_come) continue;
      if (d_.phrase_at[static_cast<size_t>(i)] >= 0 || d_.in_quote(i)) continue;
      int k = i + 1;
      if (to_come && (d_.key_is(k, "again") || d_.key_is(k, "next"))) ++k;
      if (!(d_.key_is(k, "in") || d_.key_is(k, "at"))) continue;
      ++k;
      if (d_.key_is(k, "the")) ++k;
      const int a = k < n_ ? d_.atom_at[static_cast<size_t>(k)] : -1;
      if (a < 0 || d_.m(a).first != k || d_.m(a).kind != "Place") continue;
      Mention m;
      m.kind = "Meeting";
      m.form = Form::Phrase;
      m.head = "meeting";
      m.specific = true;
      m.future = to_come;
      m.first = i;
      m.places.push_back(a);
      int e = d_.m(a).last;
      std::string iso;
      int wd = 0;
      int z = d_.key_is(e, "on") ? e + 1 : e;
      if (const int used = parse_date(d_, z, iso, wd)) {
        m.date = iso.empty() ? "wd:" + std::to_string(wd) : iso;
        m.weekday = wd;
        e = z + used;
      }
      m.last = e;
      // the body that met owns the meeting: "The Coalition of the Willing met in Paris"
      int b = i;
      while (b > 0 && d_.is_role(b - 1, Role::Auxiliary)) --b;
      if (const Match* dn = d_.ending_at(b, Role::DelegationNoun)) b = dn->first;  // "NATO leaders met"
      const int owner = b > 0 ? d_.atom_at[static_cast<size_t>(b - 1)] : -1;
      if (owner >= 0 && d_.m(owner).last == b && d_.m(owner).kind == "Organization") m.owner = owner;
      m.surface = "meeting in " + d_.m(a).surface;
      m.aliases.push_back(m.surface);
      if (to_come) {
        // "due to meet again in Nouakchott ..., in a round of talks that ...": a meeting phrase
        // of the same sentence placed there is that meeting, still to come
        const int sn = d_.sentence_of(i);
        for (Mention& o : d_.mentions) {
          if (o.kind != "Meeting" || o.form != Form::Phrase || d_.sentence_of(o.first) != sn) continue;
          if (std::find(o.places.begin(), o.places.end(), a) != o.places.end()) o.future = true;
        }
      }
      d_.add_mention(std::move(m));
    }
  }

  void phrases() {
    const uint64_t heads = Doc::bit(Role::MeetingHead) | Doc::bit(Role::DocumentHead) | Doc::bit(Role::ForceHead) |
                           Doc::bit(Role::ArticleHead);
    for (int i = 0; i < n_; ++i) {
      if (!(d_.starts_with[static_cast<size_t>(i)] & heads)) continue;  // most tokens start no head
      HeadInfo best{nullptr, "", 0};
      const struct {
        Role role;
        const char* kind;
      } kinds[] = {{Role::MeetingHead, "Meeting"}, {Role::DocumentHead, "Document"}, {Role::ForceHead, "Force"}};
      for (const auto& k : kinds) {
        const Match* m = d_.longest(i, k.role);
        if (m && (!best.m || m->len > best.m->len)) best = HeadInfo{m, k.kind, m->hit.id};
      }
      if (const Match* art = d_.longest(i, Role::ArticleHead); art && d_.cap(i) && d_.is(i + 1, tok::kNumber)) {
        article_reference(i);
        continue;
      }
      if (!best.m) continue;
      const int h0 = i, h1 = i + best.m->len;
      // "a defence cooperation agreement", "a support mission plan": a force-like word right
      // before a document head modifies the document, which names the phrase.
      if (best.kind == "Force" && d_.word(h1) && d_.cap(h1) == d_.cap(h0) && d_.longest(h1, Role::DocumentHead) &&
          !excluded(h1, h1 + d_.longest(h1, Role::DocumentHead)->len, 1)) {
        continue;
      }
      // "Riga Summit Declaration": a capitalised head inside a longer name is a modifier
      if (d_.cap(h0) && !d_.is(h0, tok::kNewPara) && h0 != d_.sentence_first(d_.sentence_of(h0)) && d_.word(h1) && d_.cap(h1) &&
          (d_.longest(h1, Role::MeetingHead) || d_.longest(h1, Role::DocumentHead) || d_.longest(h1, Role::ForceHead))) {
        continue;
      }
      // "a round of border talks": the talks name the meeting (their phrase takes "round of" in)
      if (best.kind == "Meeting" && d_.key_is(h1, "of")) {
        int k = h1 + 1;
        while (k < n_ && k <= h1 + 4 && modifier_word(k) && !d_.longest(k, Role::MeetingHead)) ++k;
        if (k > h1 + 1 && d_.longest(k, Role::MeetingHead)) continue;
      }
      const int kind_id = best.kind == "Meeting" ? 0 : best.kind == "Document" ? 1 : 2;
      if (excluded(h0, h1, kind_id)) continue;
      if (d_.atom_at[static_cast<size_t>(h0)] >= 0) continue;  // part of a name
      // A head followed by a capitalised name is part of a bigger name ("Coalition Forces").
      build_phrase(h0, h1, best);
      i = h1 - 1;
    }
  }

  void article_reference(int i) {
    // "Article 5", "NATO's Article 5", "Article 5 of collective defence"
    Mention m;
    m.first = i;
    m.last = i + 2;
    m.kind = "Document";
    m.form = Form::Phrase;
    m.head = "article";
    m.specific = true;
    const std::string core = std::string(d_.text(i)) + " " + std::string(d_.text(i + 1));
    m.surface = core;
    m.aliases.push_back(core);
    if (d_.key_is(i - 1, "'s")) {
      const int a = i >= 2 ? d_.atom_at[static_cast<size_t>(i - 2)] : -1;
      if (a >= 0 && d_.m(a).kind == "Organization") {
        m.owner = a;
        d_.m(a).nested = true;
        m.first = d_.m(a).first;
        m.aliases.push_back(std::string(d_.span(d_.m(a).first, i + 2)));
      }
    }
    // "Article 5-like" is a modifier of something else, still a mention of the article.
    if (d_.key_is(i + 2, "of") && d_.word(i + 3) && !d_.cap(i + 3)) {
      int e = i + 3;
      while (e < n_ && d_.word(e) && !d_.cap(e) && !function_word(e) && e < i + 6) ++e;
      if (e > i + 3) m.aliases.push_back(std::string(d_.span(i, e)));
    }
    d_.add_mention(std::move(m));
  }

  // "would consider sending a medical unit", "pledged a motorised infantry battalion": an
  // indefinite unit a party offers is a capability for the force it joins (the troop rule of
  // relations gives it there), not a force of its own. Named units ("a Patriot air defence
  // unit"), units with a place or owner, and definite ones stay forces.
  bool pledged_unit(const Mention& m, const std::vector<int>& mods, int left) const {
    static const char* const units[] = {"unit", "battalion", "company", "squadron", "platoon"};
    if (m.definite || m.owner >= 0 || !m.leaders.empty() || !m.places.empty() || m.plural) return false;
    if (std::find_if(std::begin(units), std::end(units), [&](const char* u) { return m.head == u; }) == std::end(units)) return false;
    for (int t : mods) {
      if (d_.cap(t)) return false;
    }
    for (int v = left - 1; v >= 0 && v >= left - 4; --v) {
      if (d_.key_is(v, ",") || d_.key_is(v, ".")) return false;
      if (d_.ending_at(v + 1, Role::FrameActive) && !d_.in_quote(v)) return true;
    }
    return false;
  }

  void build_phrase(int h0, int h1, const HeadInfo& hi) {
    Mention m;
    m.kind = hi.kind;
    m.form = Form::Phrase;
    m.head = singular(std::string(d_.span(h0, h1)));
    for (char& c : m.head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    m.plural = hi.m->plural;
    if (m.plural && m.kind != "Force") return;  // "meetings", "declarations": nothing in particular

    // ---- left: modifiers back to a determiner
    int left = h0;
    std::vector<int> mods;   // tokens of modifier words
    bool generic_only = true;
    bool qualifying = false;
    int k = h0 - 1;
    auto take_atom = [&](int a) {
      Mention& am = d_.m(a);
      am.nested = true;
      if (am.kind == "Place") m.places.push_back(a);
      else if (am.kind == "Organization" || am.kind == "Country") {
        if (m.owner < 0) m.owner = a;
      }
      generic_only = false;
      left = am.first;
      k = am.first - 1;
    };
    bool saved = false, ended_on_determiner = false;
    int saved_left = 0, saved_owner = -1;
    size_t saved_mods = 0, saved_leaders = 0, saved_places = 0;
    while (k >= 0 && h0 - k <= 12) {
      if (d_.is(k, tok::kDQuote)) {  // scare quotes around the phrase
        --k;
        continue;
      }
      if (const Match* det = d_.ending_at(k + 1, Role::Determiner); det && det->len == 1) {
        m.definite = det->hit.id == 1;
        m.det = d_.key(k);
        left = k;
        ended_on_determiner = true;
        break;
      }
      if (m.kind == "Meeting" && d_.key_is(k, "'") && k >= 1 && d_.word(k - 1) && d_.cap(k - 1) && d_.key(k - 1).ends_with('s') &&
          d_.atom_at[static_cast<size_t>(k - 1)] < 0) {
        // "ASEAN Defence Ministers' Meeting": a capitalised name going on through a plural
        // possessive (a title in the plural included); its owner is further left. Lower-case
        // "defence ministers' meeting" stays a plain meeting: it names every such meeting.
        int from = k - 1;
        if (const Match* o = d_.ending_at(k, Role::Office)) from = o->first;
        for (int t = from; t < k; ++t) mods.push_back(t);
        generic_only = false;
        left = from;
        k = from - 1;
        continue;
      }
      if (d_.key_is(k, "'s") || d_.key_is(k, "'")) {
        // A possessor: "Tuesday's meeting", "NATO's Article 5", "Spain's contribution"
        std::string iso;
        int wd = 0;
        if (k >= 1 && parse_date(d_, k - 1, iso, wd) == 1) {
          m.date = iso.empty() ? "wd:" + std::to_string(wd) : iso;
          m.weekday = wd;
          m.definite = true;
          left = k - 1;
          break;
        }
        const int a = k >= 1 ? d_.atom_at[static_cast<size_t>(k - 1)] : -1;
        if (a >= 0 && d_.m(a).last == k) {
          if (d_.m(a).kind == "Person") break;  // "Trump's peace plan": keep the person out
          take_atom(a);
          m.definite = true;
          break;
        }
        break;
      }
      // "U.S.-led", "European-led": a leader
      if (d_.is(k, tok::kWord) && k >= 2 && d_.is(k - 1, tok::kHyphen) && d_.is_role(k, Role::FrameSuffix)) {
        const int a = d_.atom_at[static_cast<size_t>(k - 2)];
        if (a >= 0 && d_.m(a).last == k - 1) {
          if (d_.m(a).kind == "Country" || d_.m(a).kind == "Organization") m.leaders.push_back(a);
          d_.m(a).nested = true;
          left = d_.m(a).first;
          k = left - 1;
          generic_only = false;
          continue;
        }
        // "European-led": an adjective leader, kept as a modifier only
        mods.push_back(k);
        mods.push_back(k - 1);
        mods.push_back(k - 2);
        left = k - 2;
        k -= 3;
        generic_only = false;
        continue;
      }
      const int a = d_.atom_at[static_cast<size_t>(k)];
      if (a >= 0 && d_.m(a).last == k + 1 && d_.m(a).kind != "Person") {
        take_atom(a);
        // "U.S.-Ukraine-Coalition": hyphen-joined names
        bool sides = false;  // "Chile-Argentina talks": two states joined are the meeting's sides, not its owner
        while (k >= 1 && d_.is(k, tok::kHyphen)) {
          const int b = d_.atom_at[static_cast<size_t>(k - 1)];
          if (b >= 0) {
            sides = sides || (m.kind == "Meeting" && m.owner == a && d_.m(a).kind == "Country" && d_.m(b).kind == "Country");
            take_atom(b);
            if (sides) m.owner = -1;
          } else if (d_.word(k - 1) && d_.cap(k - 1)) {
            left = k - 1;
            k -= 2;
          } else {
            break;
          }
        }
        continue;
      }
      if (m.kind == "Meeting" && d_.key_is(k, "of") && (d_.key_is(k - 1, "round") || d_.key_is(k - 1, "rounds") || d_.key_is(k - 1, "series"))) {
        // "a new round of indirect talks"
        left = k - 1;
        k -= 2;
        continue;
      }
      if (d_.is(k, tok::kHyphen) && k >= 1 && d_.word(k - 1)) {  // "post-ceasefire", "28-point", "long-term"
        mods.push_back(k);
        mods.push_back(k - 1);
        left = k - 1;
        k -= 2;
        generic_only = false;
        continue;
      }
      if (d_.is(k, tok::kNumber)) {
        std::string iso;
        int wd = 0;
        if (k >= 1 && parse_date(d_, k - 1, iso, wd) == 2) {  // "January 6 talks"
          m.date = iso;
          left = k - 1;
          k -= 2;
          generic_only = false;
          continue;
        }
        break;
      }
      if (d_.is_role(k, Role::Weekday) && d_.cap(k)) {
        std::string iso;
        int wd = 0;
        parse_date(d_, k, iso, wd);
        m.date = iso.empty() ? "wd:" + std::to_string(wd) : iso;
        m.weekday = wd;
        left = k;
        --k;
        continue;
      }
      if (d_.key_is(k, "and") && k >= 1 && !mods.empty() && !saved &&
          (d_.is_role(k - 1, Role::QualifyingModifier) || d_.is_role(k - 1, Role::Qualifier))) {
        // "monitoring and verification mechanism": kept only if the run still ends at a
        // determiner; otherwise everything from the "and" on is rolled back.
        saved = true;
        saved_left = left;
        saved_mods = mods.size();
        saved_leaders = m.leaders.size();
        saved_places = m.places.size();
        saved_owner = m.owner;
        mods.push_back(k);
        --k;
        continue;
      }
      if (modifier_word(k)) {
        mods.push_back(k);
        // Plain words ("continue talks") name nothing; qualifiers and qualifying words do.
        if (d_.is_role(k, Role::Qualifier) || d_.is_role(k, Role::QualifyingModifier) || d_.longest(k, Role::QualifyingModifier)) {
          generic_only = false;
        }
        left = k;
        --k;
        continue;
      }
      const bool proper = d_.cap(h0) && h0 != d_.sentence_first(d_.sentence_of(h0));
      // "Gulf of Guinea Maritime Task Force": "of" inside a capitalised name
      if (proper && d_.key_is(k, "of") && left == k + 1 && d_.cap(k + 1) && k >= 1 && d_.word(k - 1) && d_.cap(k - 1) &&
          !common(k - 1) && d_.atom_at[static_cast<size_t>(k - 1)] < 0 && !office_at(k - 1)) {
        // the name after "of" is part of this name, not its owner ("Guinea")
        if (m.owner >= 0 && d_.m(m.owner).first == k + 1) {
          d_.m(m.owner).dropped = true;
          m.owner = -1;
        }
        mods.push_back(k);
        mods.push_back(k - 1);
        generic_only = false;
        left = k - 1;
        k -= 2;
        continue;
      }
      if (proper && m.kind != "Meeting" && d_.key_is(k, "and") && left == k + 1 && k >= 1 && d_.word(k - 1) && d_.cap(k - 1) &&
          d_.atom_at[static_cast<size_t>(k - 1)] < 0 && !office_at(k - 1) && !d_.is_role(k - 1, Role::Determiner)) {
        // "Security and Defence Partnership": a capitalised name goes on through "and"
        mods.push_back(k);
        left = k;
        --k;
        continue;
      }
      if (d_.word(k) && d_.cap(k) && (!common(k) || proper) && !office_at(k) && d_.atom_at[static_cast<size_t>(k)] < 0 &&
          !d_.is(k, tok::kNewPara) && (m.kind != "Force" || proper) && !d_.is_role(k, Role::Determiner)) {
        // An unknown capitalised name before a meeting or document ("Abraham Accords").
        mods.push_back(k);
        generic_only = false;
        left = k;
        --k;
        continue;
      }
      break;
    }
    if (saved && !ended_on_determiner) {
      left = saved_left;
      mods.resize(saved_mods);
      m.leaders.resize(saved_leaders);
      m.places.resize(saved_places);
      m.owner = saved_owner;
    }
    mods.erase(std::remove_if(mods.begin(), mods.end(), [&](int t) { return d_.key_is(t, "and"); }), mods.end());
    for (int t : mods) {
      if (d_.is_role(t, Role::DomainModifier)) m.mods.push_back(d_.key(t));
    }
    // "communique", "joint declaration": the text a meeting ends with
    for (int t = std::max(left, h0 - 2); t < h0 + 1 && !m.outcome; ++t) {
      const Match* o = d_.longest(t, Role::OutcomeText);
      m.outcome = o && o->first + o->len == h1;
    }
    std::sort(m.mods.begin(), m.mods.end());
    m.mods.erase(std::unique(m.mods.begin(), m.mods.end()), m.mods.end());
    // Qualifying words for heads that need them
    for (int t : mods) {
      if (d_.is_role(t, Role::QualifyingModifier)) qualifying = true;
      if (d_.is_role(t, Role::Qualifier)) m.qualifiers.push_back(d_.key(t));
    }
    for (int t = left; t < h0; ++t) {
      if (const Match* q = d_.longest(t, Role::QualifyingModifier); q && q->first + q->len <= h0) qualifying = true;
    }
    std::sort(m.qualifiers.begin(), m.qualifiers.end());
    m.qualifiers.erase(std::unique(m.qualifiers.begin(), m.qualifiers.end()), m.qualifiers.end());
    // "the next NATO summit", "next year's Quad summit": a meeting still to come, never the
    // one the article reports
    if (m.kind == "Meeting") {
      // a year later than the article's ("the 2027 NATO summit") is a meeting to come too
      const int year = d_.article.date.size() >= 4 ? std::atoi(d_.article.date.substr(0, 4).c_str()) : 0;
      for (int t = std::max(0, left - 3); t < h0; ++t) {
        m.future = m.future || d_.key_is(t, "next") || d_.key_is(t, "upcoming") || d_.key_is(t, "forthcoming");
        // "a follow-up meeting in Bogota": the one after the meeting reported
        m.future = m.future || (d_.key_is(t, "follow") && d_.key_is(t + 1, "-") && d_.key_is(t + 2, "up"));
        const std::string& w = d_.key(t);
        if (year > 0 && w.size() == 4 && std::isdigit(static_cast<unsigned char>(w[0])) && std::atoi(w.c_str()) > year &&
            std::atoi(w.c_str()) < year + 20) {
          m.future = true;
        }
      }
    }

    // ---- right: complements
    int right = h1;
    int complement_end = h1;  // end of the first complement, for the name
    std::string complement_first;  // preposition of the first complement
    bool qualifying_complement = false;
    int j = h1;
    int n_complements = 0;
    int complement_start = -1;
    while (j < n_ && n_complements < 4) {
      if (d_.longest(j, Role::QualifyingComplement) && n_complements == 0) qualifying_complement = true;
      // "the largest meeting yet of ...": a generic word between head and complement
      if (j == h1 && d_.is_role(j, Role::GenericModifier) && !d_.ending_at(j + 1, Role::Determiner)) {
        ++j;
        continue;
      }
      // dates and times: "on January 5", "on Tuesday", "last month", "over the weekend"
      {
        int z = j;
        if (d_.key_is(z, "on")) ++z;
        std::string iso;
        int wd = 0;
        const int used = parse_date(d_, z, iso, wd);
        if (used > 0) {
          if (m.kind == "Meeting") {
            m.date = iso.empty() ? "wd:" + std::to_string(wd) : iso;
            m.weekday = wd;
          }
          j = z + used;
          if (d_.key_is(j, "evening") || d_.key_is(j, "morning") || d_.key_is(j, "night")) ++j;
          right = j;
          continue;
        }
        if ((d_.key_is(j, "last") || d_.key_is(j, "next") || d_.key_is(j, "this")) &&
            (d_.key_is(j + 1, "month") || d_.key_is(j + 1, "week") || d_.key_is(j + 1, "year") || d_.key_is(j + 1, "weekend"))) {
          j += 2;
          continue;
        }
        if ((d_.key_is(j, "over") || d_.key_is(j, "at")) && d_.key_is(j + 1, "the") &&
            (d_.key_is(j + 2, "weekend") || d_.key_is(j + 2, "end"))) {
          j += 3;
          continue;
        }
      }
      // ", at the Elysee Palace in Paris": a place set off by a comma still belongs to a meeting
      if (m.kind == "Meeting" && d_.key_is(j, ",") && (d_.key_is(j + 1, "at") || d_.key_is(j + 1, "in"))) {
        int z = j + 2;
        if (d_.key_is(z, "the")) ++z;
        const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
        if (a >= 0 && d_.m(a).first == z && d_.m(a).kind == "Place") {
          ++j;
          continue;
        }
      }
      const Label& p = d_.key(j);
      if (p == "led" || p == "headed" || p == "chaired") {
        if (d_.key_is(j + 1, "by")) {
          const int e = party_list(j + 2, m.leaders);
          if (e > j + 2) {
            if (complement_first.empty()) {
              complement_first = "led";
              complement_end = e;
            }
            j = right = e;
            ++n_complements;
            continue;
          }
        }
        break;
      }
      if ((p == "hosted" || p == "co-hosted" || p == "convened" || p == "organised" || p == "organized" ||
           (p == "co" && d_.is(j + 1, tok::kHyphen) && d_.key_is(j + 2, "hosted"))) &&
          m.kind == "Meeting") {
        int z = j + (p == "co" ? 3 : 1);
        if (d_.key_is(z, "by")) {
          const int e = party_list(z + 1, m.hosts);
          if (e > z + 1) {
            m.specific = true;
            j = right = e;
            ++n_complements;
            continue;
          }
        }
        break;
      }
      // "talks in Djibouti mediated by Saudi Arabia and IGAD": talks someone mediated are talks
      // in particular (the mediators attend through the passive, which needs the phrase to end
      // before the participle)
      if ((p == "mediated" || p == "co-mediated" || p == "facilitated" || p == "co-facilitated" || p == "brokered") &&
          m.kind == "Meeting" && d_.key_is(j + 1, "by") && d_.atom_at[static_cast<size_t>(j + 2)] >= 0) {
        m.specific = true;
        break;
      }
      if (p == "by" && m.kind == "Document") {
        const int e = party_list(j + 1, m.by);
        if (e > j + 1) {
          if (complement_first.empty()) {
            complement_first = "by";
            complement_end = e;
          }
          j = right = e;
          ++n_complements;
          continue;
        }
        break;
      }
      if (p == "issued" || p == "released" || p == "adopted" || p == "published" || p == "agreed") {
        if (m.kind != "Document") break;
        // a participle: "a statement issued after the meeting"; the head stays the name
        m.specific = true;
        right = j + 1;
        j = j + 1;
        ++n_complements;
        continue;
      }
      if (p == "of" || p == "on" || p == "for" || p == "to" || p == "with" || p == "across" || p == "in" || p == "at") {
        const int e = complement(j, m);
        if (e <= j + 1) break;
        if (qualifies_ && n_complements == 0) qualifying_complement = true;
        if (complement_first.empty()) {
          complement_first = p;
          complement_end = e;
          complement_start = j;
        }
        j = right = e;
        ++n_complements;
        continue;
      }
      break;
    }

    // "returned to Cairo on Sunday for a new round of indirect talks": a meeting with no place of
    // its own is where its clause just went, when the clause names one place
    if (m.kind == "Meeting" && m.places.empty()) {
      const int s_first = d_.sentence_first(d_.sentence_of(h0));
      int found = -1, count = 0;
      for (int t = std::max(s_first, left - 12); t < left; ++t) {
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Place") continue;
        if (locative_before(t)) {
          found = a;
          ++count;
        }
      }
      if (count == 1) m.places.push_back(found);
    }
    // "The next summit will be hosted by Albania in Tirana": a meeting to come is where the
    // rest of its clause puts it
    if (m.kind == "Meeting" && m.future && m.places.empty()) {
      const int s_last = d_.sentence_last(d_.sentence_of(h0));
      for (int t = h1; t < s_last && t < h1 + 12 && !d_.key_is(t, ","); ++t) {
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a >= 0 && d_.m(a).first == t && d_.m(a).kind == "Place" && locative_before(t)) {
          m.places.push_back(a);
          break;
        }
      }
    }

    // ---- is it something in particular?
    const bool has_attrs = m.owner >= 0 || !m.places.empty() || !m.group.empty() || !m.leaders.empty() || !m.by.empty() ||
                           (!m.date.empty() && m.kind == "Meeting");
    const bool has_complement = complement_end > h1;
    if (hi.id == 2) {
      // "a drone production facility", "a regional climate resilience facility": a name of two
      // describing words; or the thing a party funds, builds, leads ("fund a ... facility")
      int plain = 0;
      for (int t : mods) plain += d_.word(t) && !d_.is_role(t, Role::GenericModifier) && !d_.is(t, tok::kNumber) ? 1 : 0;
      int v = left - 1;
      if (d_.key_is(v, "to")) --v;
      const bool committed = v >= 0 && (d_.ending_at(v + 1, Role::FrameActive) != nullptr) && !d_.in_quote(v);
      m.specific = qualifying || qualifying_complement || !m.leaders.empty() || !m.by.empty() || plain >= 2 ||
                   (committed && plain >= 1);
    } else if (hi.id == 1) {
      m.specific = true;
    } else {
      m.specific = m.specific || !generic_only || has_attrs || has_complement;
    }
    if (m.kind == "Force" && pledged_unit(m, mods, left)) return;
    if (m.kind == "Document" && (m.head == "plan" || m.head == "proposal" || m.head == "counterproposal" || m.head == "deal" ||
                                 m.head == "agreement" || m.head == "framework")) {
      // Plans and agreements are things in particular only with a name-like modifier ("20-point",
      // "Minsk") or a maker; "a peace agreement" is any agreement.
      bool named = m.owner >= 0 || !m.by.empty();
      int plain = 0;
      for (int t : mods) {
        named = named || d_.is(t, tok::kNumber) || d_.cap(t);
        plain += d_.word(t) && !d_.is_role(t, Role::GenericModifier) && !d_.is_role(t, Role::Determiner) ? 1 : 0;
      }
      // "a defence cooperation agreement": two describing words name a kind of text in particular
      named = named || plain >= 2;
      m.specific = named;
    }
    if (!m.specific && !m.definite) return;  // "talks", "a meeting": nothing to refer to
    if (hi.id == 2 && !m.specific && !m.definite) return;

    // ---- names
    std::sort(mods.begin(), mods.end());
    int core_first = h0;
    for (int t : mods) core_first = std::min(core_first, t);
    for (int t = left; t < h0; ++t) {
      if (d_.atom_at[static_cast<size_t>(t)] >= 0 || d_.is(t, tok::kHyphen)) core_first = std::min(core_first, t);
    }
    // Drop leading generic words ("largest yet meeting" -> "meeting") and quotation marks, also
    // generic words of several tokens ("two-day meeting" -> "meeting": kept, it joined two
    // articles' different two-day meetings).
    while (core_first < h0) {
      // "New Delhi Declaration": a generic word inside a name the lexicons know stays
      if (const int a = d_.atom_at[static_cast<size_t>(core_first)]; a >= 0 && d_.m(a).first == core_first && d_.m(a).last > core_first + 1) break;
      if (d_.is_role(core_first, Role::GenericModifier) || d_.is(core_first, tok::kDQuote) ||
          d_.ending_at(core_first + 1, Role::Determiner)) {
        ++core_first;
        continue;
      }
      const Match* generic = d_.longest(core_first, Role::GenericModifier);
      if (generic == nullptr || core_first + generic->len > h0) break;
      core_first += generic->len;
    }
    m.first = left;
    m.last = right;
    const std::string head_text(d_.span(h0, h1));
    std::string core = clean(core_first, h1);
    bool person_in_complement = false;
    for (int b : m.by) person_in_complement = person_in_complement || d_.m(b).kind == "Person";
    for (int b : m.leaders) person_in_complement = person_in_complement || d_.m(b).kind == "Person";
    // The complement belongs in the name only when it follows the head directly.
    const bool adjacent = complement_start < 0 || complement_start == h1;
    std::string with_complement = has_complement && !person_in_complement && adjacent ? clean(core_first, complement_end) : std::string();
    // A bare head names nothing ("the force"), unless it is a compound ("monitoring mission").
    // A meeting's or a document's compound head alone ("signing ceremony", "round of talks",
    // "memorandum of understanding", "letter of intent") would still join every other
    // article's ceremony or memorandum: not an alias either.
    const bool compound_head = head_text.find(' ') != std::string::npos && m.kind == "Force";
    thread_local std::string head_key, alias_key;  // compared at every alias: buffers, no strings built
    name_key_into(head_text, head_key);
    auto add_alias = [&](const std::string& a) {
      if (a.empty()) return;
      if (!compound_head) {
        name_key_into(a, alias_key);
        if (alias_key == head_key) return;
      }
      if (std::find(m.aliases.begin(), m.aliases.end(), a) == m.aliases.end()) m.aliases.push_back(a);
    };
    if (m.specific) {
      add_alias(with_complement);
      add_alias(core);
      if (has_complement && !person_in_complement && adjacent) add_alias(clean(h0, complement_end));  // "declaration of intent", "mechanism to monitor a ceasefire"
      // "regional climate resilience facility" -> also "climate resilience facility"
      for (size_t x = 1; x + 1 < mods.size(); ++x) {
        const int from = mods[x];
        if (d_.is(from, tok::kHyphen) || d_.is(from - 1, tok::kHyphen) || d_.is_role(from, Role::GenericModifier)) continue;
        bool contiguous = true;
        for (size_t y = x; y + 1 < mods.size(); ++y) contiguous = contiguous && mods[y + 1] == mods[y] + 1;
        if (contiguous && mods.back() + 1 == h0) add_alias(clean(from, h1));
      }
      // "U.S.-led monitoring mechanism" -> also "monitoring mechanism"
      if (!mods.empty()) {
        const int last_mod = mods.back();
        if (last_mod + 1 == h0 && !d_.is_role(last_mod, Role::GenericModifier) && !d_.is(last_mod - 1, tok::kHyphen)) {
          add_alias(clean(last_mod, h1));
        }
        // qualifying modifiers alone: "monitoring and verification mechanism" -> "verification mechanism"
      }
    }
    m.surface = with_complement.empty() ? core : with_complement;
    if (m.surface.empty()) m.surface = head_text;
    d_.add_mention(std::move(m));
  }

  // The text of tokens [a, b) without quotation marks and with tidy spacing.
  std::string clean(int a, int b) const {
    std::string out;
    for (int t = a; t < b; ++t) {
      if (d_.is(t, tok::kDQuote)) continue;
      const bool glue = d_.is(t, tok::kHyphen) || (t > a && d_.is(t - 1, tok::kHyphen)) || d_.is(t, tok::kPossessive) ||
                        (!d_.is(t, tok::kSpaceBefore) && t > a && !d_.is(t - 1, tok::kDQuote));
      if (!out.empty() && !glue) out += ' ';
      out += d_.text(t);
    }
    return out;
  }

  // A list of parties starting at token k ("France and the UK", "France, Britain, and Ukraine",
  // "French President Emmanuel Macron, British Prime Minister Keir Starmer and ..."). Appends
  // their mentions to `out` and returns the token after the list (k when none).
  int party_list(int k, std::vector<int>& out) {
    int j = k;
    int last_end = k;
    while (j < n_) {
      while (d_.is(j, tok::kDQuote)) ++j;
      if (d_.key_is(j, "the")) ++j;
      while (d_.is(j, tok::kDQuote)) ++j;
      // Through a person's title to the person: nested bodies, title words, "'s".
      int t = j;
      for (int guard = 0; guard < 8 && t < n_; ++guard) {
        const int a = d_.atom_at[static_cast<size_t>(t)];
        if (a >= 0 && d_.m(a).first == t && d_.m(a).nested && d_.m(a).kind != "Person") {
          t = d_.m(a).last;
          continue;
        }
        if (office_cover_[static_cast<size_t>(t)] || d_.is_role(t, Role::OfficeModifier) || d_.key_is(t, "'s")) {
          ++t;
          continue;
        }
        break;
      }
      const int a = t < n_ ? d_.atom_at[static_cast<size_t>(t)] : -1;
      if (a < 0 || d_.m(a).first != t) break;
      const Mention& am = d_.m(a);
      if (t != j && am.kind != "Person") break;
      if (am.kind != "Country" && am.kind != "Organization" && am.kind != "Person" && am.form != Form::Collective) break;
      out.push_back(a);
      j = last_end = am.last;
      while (d_.is(j, tok::kDQuote)) j = last_end = j + 1;
      if (d_.key_is(j, ",") && d_.key_is(j + 1, "and")) j += 2;
      else if (d_.key_is(j, ",") || d_.key_is(j, "and")) ++j;
      else break;
    }
    return last_end;
  }

  bool function_word(int i) const { return d_.is_role(i, Role::FunctionWord); }

  // A meeting, document or force head noun within `span` tokens from i: a second phrase starts.
  bool new_head_within(int i, int span) const {
    for (int t = i; t < std::min(n_, i + span); ++t) {
      if (d_.longest(t, Role::MeetingHead) || d_.longest(t, Role::DocumentHead) || d_.longest(t, Role::ForceHead)) return true;
    }
    return false;
  }

  // One complement after a head, starting at the preposition k; returns its end (k when none).
  // Sets qualifies_ when the complement makes a needs-role head specific.
  int complement(int k, Mention& m) {
    qualifies_ = false;
    const Label& p = d_.key(k);
    int j = k + 1;
    while (d_.is(j, tok::kDQuote)) ++j;
    if (j >= n_) return k;
    // "in Paris", "at the Elysee Palace"
    if (p == "in" || p == "at") {
      int z = j;
      if (d_.key_is(z, "the")) ++z;
      const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
      if (a >= 0 && d_.m(a).kind == "Place" && d_.m(a).first == z) {
        if (m.kind == "Meeting") m.places.push_back(a);
        d_.m(a).nested = m.kind != "Meeting";
        return d_.m(a).last;
      }
      // "talks at the alliance's headquarters in Brussels", "at NATO headquarters in Brussels":
      // a venue the lexicons do not know, then the city the meeting was in
      if (p == "at" && m.kind == "Meeting") {
        for (int v = z; v < n_ && v <= z + 5; ++v) {
          if (d_.key_is(v, "in")) {
            const int c = d_.key_is(v + 1, "the") ? v + 2 : v + 1;
            const int pa = c < n_ ? d_.atom_at[static_cast<size_t>(c)] : -1;
            if (pa >= 0 && d_.m(pa).first == c && d_.m(pa).kind == "Place" && v > z) {
              m.places.push_back(pa);
              return d_.m(pa).last;
            }
            break;
          }
          if (!(d_.word(v) || d_.is(v, tok::kPossessive)) || verbish(v) || (function_word(v) && !d_.key_is(v, "the"))) break;
        }
      }
      // "talks in Djibouti", "a summit in Singapore": a meeting in a state (a city-state, or a
      // state named for where it met) is one in particular; the state stays a party of its own
      if (p == "in" && (m.kind == "Meeting" || m.kind == "Force") && z == j && a >= 0 && d_.m(a).kind == "Country" && d_.m(a).first == z &&
          d_.m(a).form != Form::Demonym) {
        m.specific = true;
        d_.m(a).nested = m.kind == "Force";  // "the battlegroup in Poland": part of its name
        return d_.m(a).last;
      }
      return k;
    }
    // "of the Coalition of the Willing", "of the so-called Coalition"
    if (p == "of") {
      int z = j;
      if (d_.key_is(z, "the")) ++z;
      if (const Match* g = d_.longest(z, Role::GenericModifier)) z += g->len;
      while (d_.is(z, tok::kDQuote)) ++z;
      const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
      if (a >= 0 && d_.m(a).first == z && (d_.m(a).kind == "Organization" || d_.m(a).kind == "Country")) {
        if (m.owner < 0) m.owner = a;
        d_.m(a).nested = true;
        int e = d_.m(a).last;
        while (d_.is(e, tok::kDQuote)) ++e;
        return e;
      }
      if (a >= 0 && d_.m(a).form == Form::Collective) return k;
    }
    if (m.kind == "Meeting" && p != "of" && p != "on") return k;  // "talks with ..." does not name the meeting
    if (m.kind == "Document" && p != "of" && p != "on" && p != "for") return k;
    // A noun phrase: words, names, numbers, hyphens; "and" between nouns; an infinitive after
    // "to", a gerund after "on".
    int e = j;
    bool any = false;
    while (e < n_ && e < j + 10) {
      if (d_.is(e, tok::kHyphen) || d_.is(e, tok::kPossessive)) {
        ++e;
        continue;
      }
      if (!d_.is(e, tok::kWord)) break;
      const bool first = e == j;
      if (const Match* st = d_.longest(e, Role::ComplementStop); st && st->hit.id == 2 && m.kind == "Force" && any) break;
      if (verbish(e) && !(first && (p == "to" || (p == "on" && d_.key(e).ends_with("ing"))))) break;
      if (function_word(e)) {
        const std::string& w = d_.key(e);
        if (w == "the" || w == "a" || w == "an" || (w == "of" && any) || (p == "on" && any && (w == "for" || w == "with"))) {
          ++e;
          continue;
        }
        // "and" inside a capitalised name goes on to the next capitalised word ("Treaty on
        // Border Security and Mutual Assistance"), unless that word is a known name.
        const bool name_and = e + 1 < n_ && d_.cap(e - 1) && d_.word(e + 1) && d_.cap(e + 1) && d_.atom_at[static_cast<size_t>(e + 1)] < 0;
        if (w == "and" && any && e + 1 < n_ && (modifier_word(e + 1) || name_and || d_.atom_at[static_cast<size_t>(e + 1)] >= 0) &&
            !d_.longest(e + 1, Role::FrameActive) && !d_.is_role(e + 1, Role::Determiner) && (name_and || !new_head_within(e + 1, 3))) {
          ++e;
          continue;
        }
        // "mission in the Red Sea"; but a document's capitalised title ends before where it
        // was signed ("Treaty on Border Security in Dushanbe")
        if (w == "in" && any && m.kind != "Meeting" && !(m.kind == "Document" && d_.cap(j)) && e + 1 < n_ &&
            d_.atom_at[static_cast<size_t>(e + 1)] >= 0) {
          const int a = d_.atom_at[static_cast<size_t>(e + 1)];
          const int after = d_.m(a).last;
          if (after >= n_ || !d_.word(after) || function_word(after)) {
            e = after;
            break;
          }
        }
        break;
      }
      any = true;
      ++e;
    }
    while (e > j && (function_word(e - 1) || d_.is(e - 1, tok::kPossessive))) --e;
    if (!any || e <= j) return k;
    for (int t = j; t < e; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a >= 0) d_.m(a).nested = true;
      if (d_.longest(t, Role::QualifyingNoun)) qualifies_ = true;
    }
    if (m.kind == "Meeting" && p == "of") {
      if (d_.cap(j) || d_.key_is(j, "the")) return k;
      m.group = clean(j, e);
    }
    return e;
  }

  bool qualifies_ = false;
};

}  // namespace

void find_mentions(Doc& doc) { MentionFinder(doc).run(); }

}  // namespace kg::ingest::detail
