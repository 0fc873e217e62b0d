// Coreference inside one article: which mentions are the same thing.
//
//   states, bodies, places   one entity per lexicon entry (a capital acting for its state is
//                            the state);
//   people                   full names merge when their family names are spellings of one name
//                            and their given names agree; a family name alone joins the person
//                            it names (the most recent one when several share it); a lone title
//                            ("the Ukrainian leader") joins the person holding that office for
//                            that state; single names nobody else carries stay on their own;
//   collective parties       "the allies", "the coalition" are the article's coalition: the
//                            coalition, alliance or group it names most;
//   meetings                 merge when nothing tells them apart (place, participants, date) and
//                            something ties them (a shared place, owner, date or alias); a bare
//                            "the meeting" / "Tuesday's talks" is the article's main meeting;
//                            calls never merge with in-person meetings;
//   documents, forces        merge when the head noun and the qualifiers ("joint", "draft") agree
//                            and nothing tells them apart; "the declaration" is the latest one.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/analysis.h"
#include "ingest/name_key.h"
#include "ingest/person_names.h"

namespace kg::ingest::detail {
namespace {

// Does title `full` end with the word(s) of title `tail` ("Foreign Minister" ends with
// "Minister"), ignoring case?
bool ends_with_word(const std::string& full, const std::string& tail) {
  if (full.size() <= tail.size() + 1 || full[full.size() - tail.size() - 1] != ' ') return false;
  for (size_t i = 0; i < tail.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(full[full.size() - tail.size() + i])) != std::tolower(static_cast<unsigned char>(tail[i]))) {
      return false;
    }
  }
  return true;
}

// Does family name `surname` end with the words of `name` ("bin Khalid Al Sayegh" with "Al
// Sayegh")? Only names of two words or more: one word is family_name_matches' job.
bool ends_with_name(const std::string& surname, const std::string& name) {
  thread_local std::string theirs, whole;  // compared pair by pair: buffers reused, no allocation
  name_key_into(surname, theirs);
  name_key_into(name, whole);
  if (whole.find(' ') == std::string::npos || theirs.size() < whole.size()) return false;
  if (theirs.compare(theirs.size() - whole.size(), whole.size(), whole) != 0) return false;
  return theirs.size() == whole.size() || theirs[theirs.size() - whole.size() - 1] == ' ';
}

// Does family name `longer` add one word after the whole of `shorter` ("Diallo Keita" after
// "Diallo")? A full name may close with a father's or grandfather's name the shorter form leaves out.
bool extends_name(const std::string& longer, const std::string& shorter) {
  thread_local std::string lk, sk;
  name_key_into(longer, lk);
  name_key_into(shorter, sk);
  if (sk.empty() || lk.size() <= sk.size() + 1 || lk.compare(0, sk.size(), sk) != 0 || lk[sk.size()] != ' ') return false;
  return lk.find(' ', sk.size() + 1) == std::string::npos;
}

// Does family name `longer` go on past the whole of `shorter`, which opens with a particle
// ("bin Khalid Al Sayegh" after "bin Khalid")? A name of father's names ("Faisal bin Khalid")
// is the full name with its closing family name left out.
bool continues_lineage(const std::string& longer, const std::string& shorter) {
  thread_local std::string lk, sk;
  name_key_into(longer, lk);
  name_key_into(shorter, sk);
  return sk.find(' ') != std::string::npos && lk.size() > sk.size() + 1 && lk.compare(0, sk.size(), sk) == 0 && lk[sk.size()] == ' ';
}

// Is `name` (one word) the first of two family names closing the full name `given surname`
// ("Ortega" of "Lucía Ortega Vidal", "Prado" of "José Manuel Prado Ruiz")? Spanish and
// Portuguese names carry the father's family name first, and the shorter reference uses it.
bool first_of_two_surnames(const std::string& given, const std::string& surname, const std::string& name) {
  thread_local std::string full, one;
  name_key_into(given + " " + surname, full);
  name_key_into(name, one);
  if (one.empty() || one.find(' ') != std::string::npos) return false;
  const size_t last = full.rfind(' ');
  if (last == std::string::npos) return false;
  const size_t before = full.rfind(' ', last - 1);
  if (before == std::string::npos) return false;  // two words: a given name and one family name
  return full.compare(before + 1, last - before - 1, one) == 0;
}

// True when two names have the same name key (compared in the per-thread key cache).
bool same_name_key(std::string_view a, std::string_view b) { return compare_name_keys(a, b).same; }

bool is_call(const std::string& head) {
  return head.find("call") != std::string::npos || head.find("video") != std::string::npos || head.find("phone") != std::string::npos;
}

class Coref {
 public:
  explicit Coref(Doc& d) : d_(d) {}

  void run() {
    for (size_t i = 0; i < d_.mentions.size(); ++i) {
      Mention& m = d_.mentions[i];
      if (m.dropped) continue;
      if (m.kind == "Person") continue;
      if (m.form == Form::Phrase || m.form == Form::Collective) continue;
      if (m.form == Form::Surname && m.office_body >= 0 && d_.m(m.office_body).entity >= 0) {
        attach(static_cast<int>(i), d_.m(m.office_body).entity);  // "the Forum" for the Pacific Islands Forum
        continue;
      }
      if (m.lex >= 0) {
        const int e = lex_entity(m.lex);
        // "the Force" after a force the lexicon knows: the force takes its name's last word as
        // its head, as a force the lexicon does not know does, so a bare head can refer to it
        if (m.kind == "Force" && d_.e(e).head.empty()) d_.e(e).head = d_.key(m.last - 1);
        attach(static_cast<int>(i), e);
      } else {
        // names the lexicons do not know: one entity per name
        thread_local std::string surface_key, key;  // one entity per name: looked up without building strings
        name_key_into(m.surface, surface_key);
        key.assign(m.kind).append(":").append(surface_key);
        auto it = by_name_.find(key);
        if (it == by_name_.end()) {
          it = by_name_.emplace(key, new_entity(m.kind, m.surface)).first;
          d_.e(it->second).head = m.head;  // "Operation Irini": a force named head first
        }
        attach(static_cast<int>(i), it->second);
      }
    }
    people();
    collectives();
    phrases();
    finish();
  }

 private:
  Doc& d_;
  std::map<int, int> by_lex_;
  std::map<std::string, int> by_name_;

  // (Built in place: the arguments are a mention's or the lexicon's strings, never an entity's,
  // which growing the list could move.)
  int new_entity(const std::string& kind, const std::string& name) {
    Entity& e = d_.entities.emplace_back();
    e.kind = kind;
    e.name = name;
    e.mentions.reserve(4);  // one allocation for most entities' mentions instead of several
    return static_cast<int>(d_.entities.size()) - 1;
  }

  int lex_entity(int lex) {
    auto it = by_lex_.find(lex);
    if (it != by_lex_.end()) return it->second;
    const LexEntity& le = d_.lex.entities[static_cast<size_t>(lex)];
    const int e = new_entity(le.kind, le.name);
    d_.e(e).lex = lex;
    by_lex_[lex] = e;
    return e;
  }

  void attach(int mi, int e) {
    Mention& m = d_.m(mi);
    m.entity = e;
    Entity& x = d_.e(e);
    x.mentions.push_back(mi);
    if (!m.weak && !m.nested) x.strong = true;
    if (!m.weak && m.nested && m.kind != "Country") x.strong = true;
  }

  // ---- people

  bool starts_with_given_name(const std::string& given) const {
    thread_local std::string key;  // asked once per person mention: no string built
    name_key_into(given, key);
    return d_.lex.word_has_role(token_key(std::string_view(key).substr(0, key.find(' '))), Role::GivenName);
  }

  // "Ortega" for "Lucía Ortega Vidal": `surname`, read alone and no given name, is the
  // first of the two family names closing person e's full name.
  bool first_surname_of(const Entity& e, const std::string& surname) const {
    return !e.given.empty() && !d_.lex.word_has_role(token_key(surname), Role::GivenName) &&
           first_of_two_surnames(e.given, e.surname, surname);
  }

  // "Yonas" after "Yonatan Wolde-Mikael" and "Yonas Woldemikael", one person spelt two ways:
  // the first word of another full name the person was written under.
  bool given_of_other_spelling(const Entity& e, const std::string& word) const {
    return std::any_of(e.mentions.begin(), e.mentions.end(), [&](int pm) {
      const Mention& o = d_.m(pm);
      return o.form == Form::Name && !o.given.empty() && same_name_key(o.given, word);
    });
  }

  // "Lee" for "Lee Jae-myung": `word` is the first word the person was written under (in any
  // spelling), and that word is no known given name, so it is a family name written first.
  bool first_word_as_family(const Entity& e, const std::string& word) const {
    return !e.given.empty() && (same_name_key(e.given, word) || given_of_other_spelling(e, word)) &&
           !d_.lex.word_has_role(token_key(e.given), Role::GivenName);
  }

  void people() {
    std::vector<int> persons;  // entities
    for (size_t i = 0; i < d_.mentions.size(); ++i) {
      Mention& m = d_.mentions[i];
      if (m.kind != "Person" || m.form != Form::Name || m.dropped) continue;
      int found = -1;
      // What the comparisons ask of the mention's own name, worked out once for all persons.
      const bool m_full_name = !m.given.empty() && !persons.empty();
      const bool m_particle = m_full_name && d_.lex.word_has_role(token_key(m.given), Role::NameParticle);
      const bool m_given_first = m_full_name && starts_with_given_name(m.given);
      const std::string m_name = m_full_name ? m.given + " " + m.surname : std::string();
      const bool m_lineage = m_full_name && d_.lex.word_has_role(token_key(std::string_view(m.surname).substr(0, m.surname.find(' '))), Role::NameParticle);
      for (int p : persons) {
        const Entity& e = d_.e(p);
        // "Lee" for "Lee Jae-myung": a first word that is no given name is a family name
        const bool family_first = m.given.empty() && first_word_as_family(e, m.surname);
        // "Al Sayegh" after "Faisal bin Khalid Al Sayegh": a capitalised particle opens a family name
        if (!m.given.empty() && !e.given.empty() && m_particle && ends_with_name(e.surname, m_name)) {
          found = p;
          break;
        }
        // "Ilunga Mwamba" after "Cécile Ilunga Mwamba": the last words of a full name, the first of
        // them no given name ("John Smith" is not "Mary John Smith"), name that person
        if (!m.given.empty() && !e.given.empty() && !m_given_first && ends_with_name(e.given + " " + e.surname, m_name)) {
          found = p;
          break;
        }
        // "Amara Diallo Keita" after "Amara Diallo": the same person with one more family name
        if (!m.given.empty() && !e.given.empty() && same_name_key(m.given, e.given) && extends_name(m.surname, e.surname)) {
          found = p;
          break;
        }
        // "Faisal bin Khalid" after "Faisal bin Khalid Al Sayegh": the father's names without the family name
        if (!m.given.empty() && same_name_key(m.given, e.given) && m_lineage && continues_lineage(e.surname, m.surname)) {
          found = p;
          break;
        }
        const bool family = surname_variants(e.surname, m.surname) ||
                            (m.given.empty() && family_name_matches(e.surname, m.surname)) ||
                            (e.given.empty() && family_name_matches(m.surname, e.surname)) || family_first;
        if (family && given_name_compatible(e.given, m.given)) {
          found = p;
          break;
        }
        // "Steve Witkoff" after "Witkoff said": the single name joins the full one
      }
      // "Minister Ortega" after "Lucía Ortega Vidal": the first of two family names, when
      // it is no given name and no one else's
      if (found < 0 && m.given.empty()) {
        int only = -1, count = 0;
        for (int p : persons) {
          if (first_surname_of(d_.e(p), m.surname)) {
            only = p;
            ++count;
          }
        }
        if (count == 1) found = only;
      }
      if (found < 0) {
        found = new_entity("Person", m.surface);
        d_.e(found).given = m.given;
        d_.e(found).surname = m.surname;
        persons.push_back(found);
      } else if (d_.e(found).given.empty() && !m.given.empty()) {
        d_.e(found).given = m.given;
        d_.e(found).surname = m.surname;
        d_.e(found).name = m.surface;
      }
      attach(static_cast<int>(i), found);
    }
    // Family names alone.
    for (size_t i = 0; i < d_.mentions.size(); ++i) {
      Mention& m = d_.mentions[i];
      if (m.kind != "Person" || m.form != Form::Surname || m.dropped) continue;
      int best = -1, best_pos = -1;
      for (int p : persons) {
        const Entity& e = d_.e(p);
        const bool family_first = first_word_as_family(e, m.surname);
        // "Al" of "Al Sayegh" read on its own: the particle and the word after it
        const bool particle_first = d_.lex.word_has_role(token_key(m.surname), Role::NameParticle) && m.last < d_.size() &&
                                    ends_with_name(e.surname, m.surname + " " + std::string(d_.text(m.last)));
        const bool first_surname = first_surname_of(e, m.surname);
        if (!family_name_matches(e.surname, m.surname) && !family_first && !ends_with_name(e.surname, m.surname) && !particle_first &&
            !first_surname) {
          continue;
        }
        // the most recent holder of the name before this mention, else the first after it
        int last_before = -1;
        for (int pm : e.mentions) {
          if (d_.m(pm).first < m.first) last_before = std::max(last_before, d_.m(pm).first);
        }
        const int pos = last_before >= 0 ? last_before : -1000000 + d_.m(e.mentions.front()).first * -1;
        if (best < 0 || pos > best_pos) {
          best = p;
          best_pos = pos;
        }
      }
      if (best >= 0) attach(static_cast<int>(i), best);
      else m.dropped = true;
    }
    // Lone titles.
    for (size_t i = 0; i < d_.mentions.size(); ++i) {
      Mention& m = d_.mentions[i];
      if (m.kind != "Person" || m.form != Form::TitleRef || m.dropped) continue;
      int best = lone_title_holder(m, persons, false);
      // ("Otieno said ... \"...,\" the minister said": with no holder of that very title, one of
      // a fuller title who spoke in the sentence or two before)
      if (best < 0 && m.office_body < 0) best = lone_title_holder(m, persons, true);
      // ("Soto, who led the delegation, said ... \"...,\" the minister said", a minister of state
      // named only later: a lone title looks back, to a holder of a fuller title just named)
      if (m.office_body < 0 && best >= 0 && !named_before(best, m.first)) {
        if (const int back = recent_fuller_holder(m, persons); back >= 0) best = back;
      }
      if (best >= 0) attach(static_cast<int>(i), best);
      else m.dropped = true;
    }
  }

  bool named_before(int person, int token) const {
    for (int pm : d_.e(person).mentions) {
      if (d_.m(pm).first < token) return true;
    }
    return false;
  }

  // The person last named, in the three sentences before lone title `m`, who holds a fuller
  // title ending in it ("Foreign Minister" for "the minister"); -1 when none.
  int recent_fuller_holder(const Mention& m, const std::vector<int>& persons) const {
    const std::string& title = d_.lex.offices[static_cast<size_t>(m.office)].title;
    int best = -1, best_pos = -1;
    for (int p : persons) {
      int latest = -1;
      bool fuller = false;
      for (int pm : d_.e(p).mentions) {
        const Mention& x = d_.m(pm);
        if (x.first < m.first) latest = std::max(latest, x.first);
        if (x.office >= 0 && !x.former && ends_with_word(d_.lex.offices[static_cast<size_t>(x.office)].title, title)) fuller = true;
      }
      if (!fuller || latest < 0 || d_.sentence_of(m.first) - d_.sentence_of(latest) > 3) continue;
      if (latest > best_pos) {
        best = p;
        best_pos = latest;
      }
    }
    return best;
  }

  // The person a lone title ("the minister", "the Peruvian minister") stands for, -1 when none;
  // `near`: also a holder of a fuller title named, as a speech verb's subject, in the sentence
  // or two before.
  int lone_title_holder(const Mention& m, const std::vector<int>& persons, bool near) const {
    const int body = m.office_body >= 0 ? d_.m(m.office_body).entity : -1;
    const bool head = d_.lex.offices[static_cast<size_t>(m.office)].head;
    int best = -1, best_pos = -1;
    for (int p : persons) {
      int latest = -1, latest_end = -1;
      for (int pm : d_.e(p).mentions) {
        if (d_.m(pm).first < m.first && d_.m(pm).first > latest) {
          latest = d_.m(pm).first;
          latest_end = d_.m(pm).last;
        }
      }
      // (the holder spoke last: "Otieno said ...")
      const bool close = near && latest >= 0 && d_.sentence_of(m.first) - d_.sentence_of(latest) <= 2 &&
                         d_.longest(latest_end, Role::SpeechVerb) != nullptr;
      if (near && !close) continue;
      for (int pm : d_.e(p).mentions) {
        const Mention& x = d_.m(pm);
        if (x.office < 0 || x.former) continue;
        // "the Peruvian minister" is the Peruvian foreign minister: a lone generic title joins a
        // holder of a fuller title ending in it, for the state or body the title names
        const bool fuller = (body >= 0 || close) && ends_with_word(d_.lex.offices[static_cast<size_t>(x.office)].title,
                                                                   d_.lex.offices[static_cast<size_t>(m.office)].title);
        const bool office_ok = x.office == m.office || fuller || (head && d_.lex.offices[static_cast<size_t>(x.office)].head);
        if (!office_ok) continue;
        const int xb = x.office_body >= 0 ? d_.m(x.office_body).entity : -1;
        if (body >= 0 && xb != body) continue;
        if (body < 0 && m.office_body < 0 && x.office != m.office && !close) continue;
        const int pos = close ? latest : x.first < m.first ? x.first : -x.first;
        if (best < 0 || pos > best_pos) {
          best = p;
          best_pos = pos;
        }
      }
    }
    return best;
  }

  // ---- collectives

  void collectives() {
    int best = -1, best_score = -1;
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      const Entity& x = d_.entities[e];
      if (x.kind != "Organization" || x.lex < 0 || !x.strong) continue;
      const std::string& type = d_.lex.entities[static_cast<size_t>(x.lex)].type;
      // A coalition named as such wins over alliances and blocs however often they are named.
      const int weight = type == "coalition" ? 1000 : (type == "alliance" || type == "group" || type == "bloc") ? 1 : 0;
      if (weight == 0) continue;
      const int score = weight * (1 + static_cast<int>(x.mentions.size()));
      if (score > best_score) {
        best = static_cast<int>(e);
        best_score = score;
      }
    }
    for (size_t i = 0; i < d_.mentions.size(); ++i) {
      Mention& m = d_.mentions[i];
      if (m.form != Form::Collective || m.dropped) continue;
      if (best < 0) {
        m.dropped = true;
        continue;
      }
      m.entity = best;
      d_.e(best).mentions.push_back(static_cast<int>(i));
    }
  }

  // ---- meetings, documents, forces

  std::vector<int> entities_of(const std::vector<int>& mentions) const {
    std::vector<int> out;
    for (int m : mentions) {
      if (d_.m(m).entity >= 0) out.push_back(d_.m(m).entity);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  static bool disjoint(const std::vector<int>& a, const std::vector<int>& b) {
    for (int x : a) {
      if (std::find(b.begin(), b.end(), x) != b.end()) return false;
    }
    return true;
  }

  // "consultations", "talks": a group that is one word the lexicon lists as a meeting head.
  bool is_meeting_noun(const std::string& group) const {
    return !group.empty() && group.find(' ') == std::string::npos && d_.lex.word_has_role(name_key(group), Role::MeetingHead);
  }

  // "the Cabinet session", "the weekly cabinet meeting": a state's government organ named before
  // a meeting head (heads.json meeting/government_sittings).
  bool government_sitting(const Mention& m) const {
    if (m.kind != "Meeting") return false;
    for (int t = m.first; t + 1 < m.last; ++t) {
      if (d_.is_listed(t, WordList::GovernmentSitting) && d_.longest(t + 1, Role::MeetingHead)) return true;
    }
    return false;
  }

  // The government's own sitting is a meeting of its own: never the summit it welcomed or
  // discussed, even at one place on one day; a bare "the session" may still point back to it.
  bool sitting_apart(const Mention& m, const Entity& e) const {
    const bool sitting = government_sitting(m);
    return sitting != e.sitting && (sitting || m.specific);
  }

  // 1 = ties (compatible and something shared), 0 = compatible, -1 = conflict.
  int agreement(const Mention& m, const Entity& e) const {
    if (m.kind == "Meeting" && is_call(m.head) != is_call(e.head)) return -1;
    if (m.kind == "Meeting" && m.future != e.future) return -1;
    if (m.kind == "Meeting" && sitting_apart(m, e)) return -1;
    if (!m.ordinal.empty() && !e.ordinal.empty() && m.ordinal != e.ordinal) return -1;  // "167th" and "168th session"
    // "A met with B" and "C held talks with D": meetings of other people; and talks some people
    // held with each other are theirs, not a meeting named before without them
    if (m.kind == "Meeting" && !m.partners.empty() && (e.partners.empty() || disjoint(entities_of(m.partners), e.partners))) return -1;
    // A communique is the meeting's joint declaration: outcome texts agree whatever their head.
    const bool outcomes = m.kind == "Document" && m.outcome && e.outcome;
    // "the mission" refers to a "monitoring mission": a bare head matches a compound's last word
    auto last_word = [](const std::string& h) {
      const size_t sp = h.rfind(' ');
      return sp == std::string::npos ? h : h.substr(sp + 1);
    };
    // and "the memorandum" a "memorandum of understanding" (the word before "of")
    auto before_of = [](const std::string& h) {
      const size_t of = h.find(" of ");
      return of == std::string::npos ? std::string() : h.substr(0, of);
    };
    const bool bare = !m.specific || (m.definite && same_name_key(m.surface, m.head));
    const bool anaphor = (!m.specific && last_word(e.head) == m.head) || (bare && before_of(e.head) == m.head);
    if (m.kind != "Meeting" && m.head != e.head && !outcomes && !anaphor) return -1;
    if (m.kind == "Document" && m.qualifiers != e.qualifiers && !outcomes) return -1;
    if (m.kind == "Document" && document_titles_apart(m.aliases, m.head, e.aliases)) return -1;
    if (m.kind == "Force") {
      for (const std::string& q : m.qualifiers) {
        if (q == "draft" && std::find(e.qualifiers.begin(), e.qualifiers.end(), q) == e.qualifiers.end()) return -1;
      }
    }
    int ties = 0;
    const std::vector<int> places = entities_of(m.places);
    if (!places.empty() && !e.places.empty()) {
      // Only two different cities or regions tell meetings apart; a building may be inside
      // either ("at the State House in Nairobi" and "in Nairobi" agree).
      auto area = [&](int p) {
        const int lp = d_.e(p).lex;
        if (lp < 0) return false;  // a place known only by its shape: a building
        const std::string& t = d_.lex.entities[static_cast<size_t>(lp)].type;
        return t == "city" || t == "capital" || t == "region" || t == "territory" || t == "continent" || t == "area";
      };
      // Forces are told apart by two states too ("the brigade in Latvia" is not "the brigade in
      // Lithuania")
      auto state = [&](int p) { return m.kind == "Force" && d_.e(p).kind == "Country"; };
      if (disjoint(places, e.places)) {
        bool conflict = false;
        for (int p : places) {
          for (int q : e.places) conflict = conflict || (area(p) && area(q)) || (state(p) && state(q));
        }
        if (conflict) return -1;
      }
      // "After the signing, X received Y for a closed-door meeting in his office": a
      // meeting introduced as a new one ("a", "an") under another head is not the earlier
      // meeting at the same place
      // a building: a lexicon one, or a name no lexicon knows that was not found as a town
      auto building = [&](int p) {
        const Entity& pe = d_.e(p);
        if (pe.lex >= 0) {
          const std::string& t = d_.lex.entities[static_cast<size_t>(pe.lex)].type;
          return t == "building" || t == "seat" || t == "facility";
        }
        return std::none_of(pe.mentions.begin(), pe.mentions.end(), [&](int mi) { return d_.m(mi).head == kSettlement; });
      };
      bool in_building = true;
      for (int p : places) in_building = in_building && building(p);
      const bool introduced = in_building && m.kind == "Meeting" && !m.definite && (m.det == "a" || m.det == "an") &&
                              std::find(e.heads.begin(), e.heads.end(), m.head) == e.heads.end() && e.head != m.head;
      if (!introduced) ++ties;
    }
    const int owner = m.owner >= 0 ? d_.m(m.owner).entity : -1;
    if (owner >= 0 && e.owner >= 0) {
      if (owner != e.owner) return -1;
      ++ties;
    }
    if (m.kind == "Force" && owner >= 0 && e.owner < 0 && placed_elsewhere(e, owner)) return -1;
    // "the next round of consultations" names no body in its group, only the kind of meeting:
    // it agrees with a meeting named without a group ("the talks' next session")
    const bool kind_only_group = m.kind == "Meeting" && (m.group.empty() ? is_meeting_noun(e.group) : e.group.empty() && is_meeting_noun(m.group));
    if ((!m.group.empty() || !e.group.empty()) && !kind_only_group) {
      if (!same_name_key(m.group, e.group)) return -1;
      ++ties;
    }
    if (!m.date.empty() && !e.date.empty()) {
      if (m.date[0] != 'w' && e.date[0] != 'w' && m.date != e.date) return -1;
      if (m.date == e.date) ++ties;
    }
    const std::vector<int> leaders = entities_of(m.leaders);
    bool same_leader = false;
    if (!leaders.empty() && !e.leaders.empty()) {
      if (disjoint(leaders, e.leaders)) return -1;
      same_leader = true;
      ++ties;
    }
    if (m.kind == "Force" && !same_leader && !m.mods.empty() && !e.mods.empty()) {
      // "maritime support" is not "military support"
      bool shared = false;
      for (const std::string& a : m.mods) shared = shared || std::find(e.mods.begin(), e.mods.end(), a) != e.mods.end();
      if (!shared) return -1;
      ++ties;
    }
    for (const std::string& a : m.aliases) {
      for (const std::string& b : e.aliases) {
        if (same_name_key(a, b)) ++ties;
      }
    }
    return ties > 0 ? 1 : 0;
  }

  // "the Council's draft resolution was then adopted as resolution 4100 (2031)": the text adopted is the
  // draft put to the vote, no longer a draft. The draft's entity (its "draft" dropped), else -1.
  int adopted_draft(const Mention& m) {
    if (m.kind != "Document" || m.first < 3 || !d_.key_is(m.first - 1, "as") || d_.cue_length(m.first - 2, Cue::ProducingVerb) == 0) return -1;
    for (int t = m.first - 3; t >= d_.sentence_first(d_.sentence_of(m.first)); --t) {
      const int a = d_.phrase_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).kind != "Document" || d_.m(a).dropped || d_.m(a).entity < 0) continue;
      Entity& x = d_.e(d_.m(a).entity);
      if (x.head != m.head || std::find(x.qualifiers.begin(), x.qualifiers.end(), "draft") == x.qualifiers.end()) return -1;
      std::erase(x.qualifiers, "draft");
      return d_.m(a).entity;
    }
    return -1;
  }

  // "the Lithuanian brigade" is the brigade in Lithuania, or the one Lithuania leads, not the
  // brigade in Latvia that Canada leads: a force placed in a state neither the owner state of a
  // mention is, nor leads.
  bool placed_elsewhere(const Entity& e, int owner) const {
    if (d_.e(owner).kind != "Country") return false;
    bool in_state = false;
    for (int p : e.places) {
      if (d_.e(p).kind != "Country") continue;
      if (p == owner) return false;
      in_state = true;
    }
    return in_state && std::find(e.leaders.begin(), e.leaders.end(), owner) == e.leaders.end();
  }

  // "UNMISS, the UN peacekeeping mission in South Sudan, said" and "the UN peacekeeping mission
  // in South Sudan, UNMISS, said": a definite force phrase set off by commas beside a force's
  // proper name describes that force. The named force's entity, else -1.
  int apposed_force_name(const Mention& m) const {
    if (!m.definite) return -1;
    const int open = d_.key_is(m.first - 1, "the") ? m.first - 1 : m.first;
    const auto named_force = [&](int t) {
      const int a = t >= 0 && t < static_cast<int>(d_.atom_at.size()) ? d_.atom_at[static_cast<size_t>(t)] : -1;
      return a >= 0 && d_.m(a).kind == "Force" && !d_.m(a).dropped ? a : -1;
    };
    const bool closed = d_.key_is(m.last, ",") || d_.key_is(m.last, ".");
    if (const int a = named_force(open - 2); a >= 0 && d_.key_is(open - 1, ",") && d_.m(a).last == open - 1 && closed) {
      return d_.m(a).entity;
    }
    if (const int a = named_force(m.last + 1); a >= 0 && d_.key_is(m.last, ",") && d_.m(a).first == m.last + 1 &&
        d_.key_is(d_.m(a).last, ",")) {
      return d_.m(a).entity;
    }
    return -1;
  }

  void absorb(int e, const Mention& m, int mi) {
    Entity& x = d_.e(e);
    const bool fresh = x.head.empty();
    if (x.head.empty()) x.head = m.head;
    if (std::find(x.heads.begin(), x.heads.end(), m.head) == x.heads.end()) x.heads.push_back(m.head);
    x.outcome = x.outcome || m.outcome;
    x.sitting = x.sitting || government_sitting(m);
    for (const std::string& w : m.mods) {
      if (std::find(x.mods.begin(), x.mods.end(), w) == x.mods.end()) x.mods.push_back(w);
    }
    for (const std::string& a : m.aliases) {
      bool have = false;
      for (const std::string& b : x.aliases) have = have || same_name_key(a, b);
      if (!have) x.aliases.push_back(a);
    }
    if (x.owner < 0 && m.owner >= 0) x.owner = d_.m(m.owner).entity;
    if (x.group.empty() && (fresh || !is_meeting_noun(m.group))) x.group = m.group;  // a kind-only group names no body
    if (x.ordinal.empty()) x.ordinal = m.ordinal;
    if ((x.date.empty() || x.date[0] == 'w') && !m.date.empty() && (x.date.empty() || m.date[0] != 'w')) x.date = m.date;
    for (int p : entities_of(m.places)) {
      if (std::find(x.places.begin(), x.places.end(), p) == x.places.end()) x.places.push_back(p);
    }
    for (int p : entities_of(m.leaders)) {
      if (std::find(x.leaders.begin(), x.leaders.end(), p) == x.leaders.end()) x.leaders.push_back(p);
    }
    for (int p : entities_of(m.by)) {
      if (std::find(x.by.begin(), x.by.end(), p) == x.by.end()) x.by.push_back(p);
    }
    for (int pm : m.partners) {  // in the order named: the one who held it first
      const int p = d_.m(pm).entity;
      if (p >= 0 && std::find(x.partners.begin(), x.partners.end(), p) == x.partners.end()) x.partners.push_back(p);
    }
    x.main_score += 1;
    attach(mi, e);
  }

  static bool named_by(const Entity& x, const std::string& head) {
    return x.head == head || std::find(x.heads.begin(), x.heads.end(), head) != x.heads.end();
  }

  // "A held talks with B at the palace. B is paying a state visit to ...": a visit by one who
  // just held talks (in this sentence or the one before) is the visit those talks were part
  // of; so is an event held by and for those who met ("A held a welcome ceremony for B").
  // Returns the talks' entity, or -1.
  int visit_of_partner(const Mention& m, int last_meeting, int last_sentence) const {
    if (last_meeting < 0 || d_.e(last_meeting).partners.empty()) return -1;
    const int here = d_.sentence_of(m.first);
    if (here - last_sentence > 1 || d_.e(last_meeting).future) return -1;
    const std::vector<int>& partners = d_.e(last_meeting).partners;
    // "Prior to the talks, A held a welcome ceremony for B": held by and for those who met
    if (!m.partners.empty()) {
      for (int p : entities_of(m.partners)) {
        if (std::find(partners.begin(), partners.end(), p) == partners.end()) return -1;
      }
      return last_meeting;
    }
    if (!m.head.ends_with("visit")) return -1;
    for (int t = d_.sentence_first(here); t < m.first; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).kind != "Person" || d_.m(a).entity < 0) continue;
      if (std::find(partners.begin(), partners.end(), d_.m(a).entity) != partners.end()) return last_meeting;
    }
    return -1;
  }

  int main_meeting(bool call) const {
    int best = -1;
    for (size_t e = 0; e < d_.entities.size(); ++e) {
      const Entity& x = d_.entities[e];
      if (x.kind != "Meeting" || x.removed || x.future || is_call(x.head) != call) continue;
      if (best < 0 || x.main_score > d_.e(best).main_score) best = static_cast<int>(e);
    }
    return best;
  }

  // The meeting named last, in which sentence and whether by its verb alone, and the last
  // sentence naming the main meeting.
  struct RecentMeeting {
    int meeting = -1;
    int sentence = -1;
    bool verb = false;
    int main_sentence = -1;
  };

  // "the <head>" in the sentence right after another meeting of that head than the main one,
  // told by its name, or by its verb in a sentence of its own (not "at the X meeting, a day after
  // officials met in Y": a meeting told in passing beside the main one).
  bool follows_other_meeting(const Mention& m, int main, const RecentMeeting& r) const {
    return m.definite && m.det == "the" && r.meeting >= 0 && r.meeting != main && !(r.verb && r.sentence == r.main_sentence) &&
           d_.sentence_of(m.first) - r.sentence <= 1 && d_.e(r.meeting).head == m.head && !d_.e(r.meeting).future;
  }

  // The meeting phrase a document's own words name after "of" ("the communique of the Quito
  // meeting", "the communique of that meeting"); -1 when none.
  int meeting_named_in(const Mention& doc) const {
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& mm = d_.mentions[mi];
      if (mm.kind != "Meeting" || mm.form != Form::Phrase || mm.first <= doc.first || mm.last > doc.last) continue;
      if (d_.key_is(mm.first - 1, "of")) return static_cast<int>(mi);
    }
    return -1;
  }

  // Does a document entity have a mention naming the meeting called `surface` after "of"? A text
  // "of" one meeting is not the text of another ("the communique of that meeting" after the
  // article's joint statement).
  bool names_meeting(const Entity& x, const std::string& surface) const {
    for (int xm : x.mentions) {
      const int named = meeting_named_in(d_.m(xm));
      if (named >= 0 && same_name_key(d_.m(named).surface, surface)) return true;
    }
    return false;
  }

  void phrases() {
    // In text order: "the talks" refers back to the meeting named before it.
    std::vector<int> order;
    for (size_t i = 0; i < d_.mentions.size(); ++i) {
      if (d_.mentions[i].form == Form::Phrase && !d_.mentions[i].dropped) order.push_back(static_cast<int>(i));
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return d_.m(a).first < d_.m(b).first; });
    RecentMeeting recent;
    for (int mi : order) {
      Mention& m = d_.m(mi);
      int target = -1;
      if (m.kind == "Meeting") {
        const int main = main_meeting(is_call(m.head));
        if (m.future) {
          // a meeting to come is its own, or the same next meeting named again
          for (size_t e = 0; e < d_.entities.size() && target < 0; ++e) {
            const Entity& x = d_.entities[e];
            if (x.kind == "Meeting" && !x.removed && x.future && agreement(m, x) >= 0) target = static_cast<int>(e);
          }
          if (target < 0 && !m.specific) {
            m.dropped = true;
            continue;
          }
        } else if (!m.specific) {
          target = main;
          // "Tembo received Quiroga for a closed-door meeting ... Present at the meeting as well
          // were ...": "the meeting" right after another meeting of that head is that one
          if (follows_other_meeting(m, main, recent)) target = recent.meeting;
          // "the talks", when the article's meeting was never called talks but another meeting
          // was: that one, the latest of them
          if (m.definite && m.det == "the" && target == main && main >= 0 && !named_by(d_.e(main), m.head)) {
            for (size_t e = 0; e < d_.entities.size(); ++e) {
              const Entity& x = d_.entities[e];
              if (x.kind == "Meeting" && !x.removed && !x.future && named_by(x, m.head)) target = static_cast<int>(e);
            }
          }
        } else if (const int talks = visit_of_partner(m, recent.meeting, recent.sentence); talks >= 0) {
          target = talks;
        } else {
          int tie = -1;
          bool main_ok = false;
          for (size_t e = 0; e < d_.entities.size(); ++e) {
            const Entity& x = d_.entities[e];
            if (x.kind != "Meeting" || x.removed) continue;
            const int a = agreement(m, x);
            if (a == 1 && tie < 0) tie = static_cast<int>(e);
            if (static_cast<int>(e) == main && a >= 0) main_ok = true;
          }
          if (tie >= 0) target = tie;
          // "Engineers met in X on Tuesday. The meeting, hosted by Y, was chaired by Z": what the
          // phrase adds ties it to no meeting, and the one told right before is meant
          else if (follows_other_meeting(m, main, recent) && agreement(m, d_.e(recent.meeting)) >= 0) target = recent.meeting;
          else if (m.definite && main_ok) target = main;  // "the largest yet meeting" adds to the main one
          // "for a summit in the resort town of X": the place of the article's unplaced main meeting
          else if (main_ok && !m.places.empty() && d_.e(main).places.empty() && d_.e(main).head == m.head) target = main;
        }
        if (target < 0 && !m.specific) {
          m.dropped = true;
          continue;
        }
      } else {
        // Documents and forces: the latest entity with this head whose qualifiers agree.
        int latest = -1, latest_pos = -1;
        const int own_meeting = m.kind == "Document" ? meeting_named_in(m) : -1;
        for (size_t e = 0; e < d_.entities.size(); ++e) {
          const Entity& x = d_.entities[e];
          if (x.kind != m.kind || x.removed) continue;
          if (agreement(m, x) < 0) continue;
          if (own_meeting >= 0 && !names_meeting(x, d_.m(own_meeting).surface)) continue;
          const int pos = d_.m(x.mentions.back()).first;
          if (pos > latest_pos) {
            latest = static_cast<int>(e);
            latest_pos = pos;
          }
        }
        target = latest;
        if (const int draft = adopted_draft(m); draft >= 0) target = draft;
        // (a description, not another naming: the force gets its words as aliases only, so it
        // counts no more mentions nor takes a head that later bare heads would join)
        if (const int named = m.kind == "Force" ? apposed_force_name(m) : -1; named >= 0) {
          for (const std::string& a : m.aliases) {
            Entity& x = d_.e(named);
            if (std::none_of(x.aliases.begin(), x.aliases.end(), [&](const std::string& b) { return same_name_key(a, b); })) {
              x.aliases.push_back(a);
            }
          }
          m.dropped = true;
          continue;
        }
        // (a text named after its meeting is that meeting's, even under a generic head)
        if (target < 0 && !m.specific && own_meeting < 0) {
          m.dropped = true;
          continue;
        }
      }
      if (target < 0) {
        target = new_entity(m.kind, m.surface);
        d_.e(target).head = m.head;
        d_.e(target).qualifiers = m.qualifiers;
        d_.e(target).outcome = m.outcome;
        d_.e(target).future = m.future;
      }
      absorb(target, m, mi);
      if (m.kind == "Meeting") {
        recent.meeting = target;
        recent.sentence = d_.sentence_of(m.first);
        recent.verb = m.verb;
        if (target == main_meeting(is_call(m.head))) recent.main_sentence = recent.sentence;
      }
    }
  }

  // ---- names and attributes

  void finish() {
    for (size_t ei = 0; ei < d_.entities.size(); ++ei) {
      Entity& x = d_.entities[ei];
      if (x.removed) continue;
      if (x.kind == "Person") {
        // The fullest name seen; surface forms as aliases.
        for (int mi : x.mentions) {
          const Mention& m = d_.m(mi);
          if (m.form == Form::Name || m.form == Form::Surname) add_alias(x, m.surface);
          if (m.form == Form::Name && !m.given.empty() && x.name.find(' ') == std::string::npos) x.name = m.surface;
        }
        if (!x.given.empty()) x.attributes["first_name"] = x.given;
        if (!x.surname.empty()) x.attributes["surname"] = x.surname;
      } else if (x.lex >= 0) {
        add_alias(x, d_.lex.entities[static_cast<size_t>(x.lex)].name);
        for (int mi : x.mentions) {
          const Mention& m = d_.m(mi);
          if (m.form == Form::Name || m.form == Form::Acting) add_alias(x, m.surface);
        }
        const LexEntity& le = d_.lex.entities[static_cast<size_t>(x.lex)];
        if (!le.type.empty()) x.attributes["type"] = le.type;
        // "the Chinese embassy in Manila": an embassy is told from the state's other embassies by
        // the city it is in
        if (le.type == "embassy") {
          for (int mi : x.mentions) {
            const Mention& m = d_.m(mi);
            const int a = d_.key_is(m.last, "in") && m.last + 1 < d_.size() ? d_.atom_at[static_cast<size_t>(m.last + 1)] : -1;
            if (a < 0 || d_.m(a).first != m.last + 1 || d_.m(a).kind != "Place" || d_.m(a).entity < 0) continue;
            // the bare "Chinese Embassy" would join it to the state's embassy elsewhere
            x.name = m.surface + " in " + d_.e(d_.live(d_.m(a).entity)).name;
            x.aliases = {x.name};
            break;
          }
        }
      } else if (x.kind == "Meeting" || x.kind == "Document" || x.kind == "Force") {
        x.attributes["head"] = x.head;
        std::string q;
        for (const std::string& s : x.qualifiers) q += (q.empty() ? "" : "|") + s;
        if (!q.empty()) x.attributes["qualifiers"] = q;
        if (!x.date.empty() && x.date[0] != 'w') x.attributes["date"] = x.date;
        if (!x.group.empty()) x.attributes["group"] = x.group;
        if (x.kind == "Document" && (x.outcome || (x.head == "statement" && x.qualifiers.empty()))) x.attributes["text"] = x.outcome ? "outcome" : "statement";
        // A proper name the article gives ("Bay of Bengal Maritime Task Force") names it; else
        // the alias seen most often, ties to the longest.
        std::map<std::string, int> counts;
        for (int mi : x.mentions) {
          for (const std::string& a : d_.m(mi).aliases) counts[a] += 1;
        }
        int best = -1;
        bool best_proper = false;
        // (a proper name that is only the last words of a longer one, "Task Force" beside the
        // "Baltic Mine Countermeasures Task Force", refers back to it: it names nothing)
        auto tail_of_longer = [&](const std::string& a) {
          const std::string k = " " + name_key(a);
          for (const auto& [b, n] : counts) {
            if (b.size() > a.size() && proper_name(b) && name_key(b).ends_with(k)) return true;
          }
          return false;
        };
        for (const auto& [a, c] : counts) {
          const bool proper = x.kind == "Force" && proper_name(a) && !tail_of_longer(a);
          if (proper != best_proper) {
            if (!proper) continue;
            best_proper = true;
            best = c;
            x.name = a;
            continue;
          }
          if (c > best || (c == best && a.size() > x.name.size())) {
            best = c;
            x.name = a;
          }
        }
        // "bilateral meeting" beside the "official visit to the Philippines" it was: a qualifier
        // and the head alone name every such meeting, and as an alias would join another
        // article's bilateral meeting
        if (x.kind == "Meeting") {
          for (const std::string& qual : x.qualifiers) {
            for (const std::string& h : x.heads) {
              const std::string generic = name_key(qual + " " + h);
              if (name_key(x.name) == generic) continue;
              std::erase_if(x.aliases, [&](const std::string& a) { return name_key(a) == generic; });
            }
          }
        }
        // The last words of a proper name alone ("the task force", "Maritime Task Group" for the
        // "Western Approaches Maritime Task Group") only refer back to it: as an alias they would join
        // another article's task force or task group.
        if (best_proper) {
          std::vector<std::string> proper;
          for (const std::string& a : x.aliases) {
            if (proper_name(a)) proper.push_back(name_key(a));
          }
          proper.push_back(name_key(x.name));
          for (const std::string& a : std::vector<std::string>(x.aliases)) {
            const std::string k = name_key(a);
            const bool tail = std::any_of(proper.begin(), proper.end(), [&](const std::string& full) {
              return k.size() < full.size() && full.ends_with(" " + k);
            });
            if (tail) {
              x.aliases.erase(std::find(x.aliases.begin(), x.aliases.end(), a));
            }
          }
        }
      } else {
        for (int mi : x.mentions) add_alias(x, d_.m(mi).surface);
      }
    }
  }

  static void add_alias(Entity& x, const std::string& a) {
    if (a.empty() || !has_name_key(a)) return;
    for (const std::string& b : x.aliases) {
      if (b == a) return;
    }
    x.aliases.push_back(a);
  }
};

}  // namespace

void resolve_coreference(Doc& doc) { Coref(doc).run(); }

}  // namespace kg::ingest::detail
