// HOLDS_OFFICE: a person's title and the state or body the office belongs to ("French
// President X", "X, NATO's secretary general", "Emir X" with the state the article names).
#include <algorithm>
#include <cstdlib>

#include "ingest/relations.h"
#include "ingest/name_key.h"

namespace kg::ingest::detail {

int Relations::office_body(const Mention& p, int person_entity) {
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
  // "our Minister of Foreign Affairs, X" in a transcript turn: the speaker's state
  if (p.office_token >= 0) {
    int k = p.office_token;
    while (k > 0 && d_.ending_at(k, Role::OfficeModifier)) k = d_.ending_at(k, Role::OfficeModifier)->first;
    const int speakers = k > 0 ? first_person(k - 1) : -1;
    if (speakers >= 0 && kind(speakers) == "Country") return speakers;
    // "my hon. Friend the Trade Minister, X", "my colleague, the Minister for Trade, X": a
    // colleague of the speaker holds the office for the speaker's state
    int b = d_.key_is(k - 1, "the") ? k - 2 : k - 1;
    const int words_end = b;
    while (b > 0 && words_end - b < 6 && (d_.cue(b, Cue::ColleagueWord) || d_.key_is(b, ".") || d_.key_is(b, ","))) --b;
    if (b < words_end && d_.cue(b + 1, Cue::ColleagueWord)) {
      const int speaker = first_person(b);
      if (speaker >= 0 && kind(speaker) == "Person") {
        if (const int st = state_of_person(speaker); st >= 0) return st;
      }
    }
  }
  const int def = p.office >= 0 ? d_.lex.offices[static_cast<size_t>(p.office)].default_entity : -1;
  if (def >= 0) return lex_entity(def);
  if (p.office < 0) return -1;
  const Office& office = d_.lex.offices[static_cast<size_t>(p.office)];
  if (!office.states.empty()) return state_with_office(office.states, p.first);
  if (!office.head && !office.signs_for_state) return -1;

  // "Norway, which does not belong to the bloc, might help fund it, Foreign Minister X said": a
  // state's office with no state named, held by the speaker for the state the sentence opens with
  if (d_.longest(p.last, Role::SpeechVerb)) {
    const int floor = d_.sentence_first(d_.sentence_of(p.first));
    const int a = d_.atom_at[static_cast<size_t>(floor)];
    if (a >= 0 && d_.m(a).first == floor && d_.m(a).kind == "Country" && entity_of(a) >= 0) return entity_of(a);
  }
  // "the President of the Republic, X" in a release under its government's letterhead
  // ("MINISTRY OF DEFENCE OF THE REPUBLIC OF X"): the state the letterhead names. Only
  // "the <office>" before the name: "its minister, X" is the office of what "its" stands for,
  // "Minister X" a later reference to someone titled elsewhere.
  if (p.office_token < 1 || p.office_token >= p.first || !d_.key_is(p.office_token - 1, "the")) return -1;
  return letterhead_state();
}

int Relations::letterhead_state() {
  // The leading words in capitals of the title (where the reader may have put the letterhead)
  // or of the text; three at least.
  auto caps_words = [](std::string_view text) {
    std::vector<std::string> words;
    size_t b = 0;
    while (b < text.size()) {
      while (b < text.size() && (text[b] == ' ' || text[b] == '\n')) ++b;
      size_t e = b;
      while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
      if (e == b) break;
      const std::string_view w = text.substr(b, e - b);
      bool upper = false, lower = false;
      for (char c : w) {
        upper = upper || (c >= 'A' && c <= 'Z');
        lower = lower || (c >= 'a' && c <= 'z');
      }
      if (!upper || lower) break;
      words.emplace_back(w);
      b = e;
    }
    return words;
  };
  for (std::string_view opening : {std::string_view(d_.article.title), std::string_view(d_.article.text)}) {
    const std::vector<std::string> words = caps_words(opening);
    if (words.size() < 3) continue;
    for (size_t len = std::min<size_t>(4, words.size()); len >= 1; --len) {
      for (size_t a = 0; a + len <= words.size(); ++a) {
        std::string name;
        for (size_t w = a; w < a + len; ++w) name += (w > a ? " " : "") + words[w];
        const int id = d_.lex.entity_named(name);
        if (id >= 0 && d_.lex.entities[static_cast<size_t>(id)].kind == "Country") return lex_entity(id);
      }
    }
  }
  return -1;
}

int Relations::state_with_office(const std::vector<int>& states, int at) const {
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

int Relations::armed_forces_of(int state) {
  if (d_.e(state).lex < 0) return state;
  const LexEntity& st = d_.lex.entities[static_cast<size_t>(d_.e(state).lex)];
  const std::string demonym = st.demonyms.empty() ? st.name : st.demonyms.front();
  const std::vector<std::string> names = {demonym + " Armed Forces", demonym + " army", "Armed Forces of " + st.name,
                                          st.name + "'s army", st.name + "'s armed forces"};
  std::vector<std::string> keys;
  for (const std::string& n : names) keys.push_back(name_key(n));
  // named in the article ("the conference in support of the Malian Armed Forces")
  for (size_t e = 0; e < d_.entities.size(); ++e) {
    const Entity& x = d_.entities[e];
    if (x.removed || x.kind != "Organization") continue;
    for (const std::string& a : x.aliases) {
      if (std::find(keys.begin(), keys.end(), name_key(a)) != keys.end()) return static_cast<int>(e);
    }
    if (std::find(keys.begin(), keys.end(), name_key(x.name)) != keys.end()) return static_cast<int>(e);
  }
  // known by one of those names ("Ukrainian Armed Forces", "German armed forces")
  for (const std::string& n : names) {
    const int id = d_.lex.entity_named(n);
    if (id >= 0 && d_.lex.entities[static_cast<size_t>(id)].kind == "Organization") return lex_entity(id);
  }
  Entity x;
  x.kind = "Organization";
  x.name = names.front();
  x.aliases.push_back(x.name);
  d_.entities.push_back(std::move(x));
  return static_cast<int>(d_.entities.size()) - 1;
}

bool Relations::bodiless_title_before(const Mention& p) const {
  if (p.office < 0 || p.office_body >= 0 || p.appointer >= 0 || p.office_rule != "office:title-before") return false;
  const Office& o = d_.lex.offices[static_cast<size_t>(p.office)];
  return o.default_entity < 0 && o.states.empty() && !o.head && !o.signs_for_state;
}

bool Relations::bodiless_title_after(const Mention& p) const {
  if (p.office < 0 || p.office_body >= 0 || p.appointer >= 0 || p.office_rule != "office:apposition" || p.office_token < p.last) return false;
  const Office& o = d_.lex.offices[static_cast<size_t>(p.office)];
  return o.default_entity < 0 && o.states.empty() && !o.head;
}

void Relations::offices() {
  // Appointees last: their body may come from the appointer's office.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const Mention& p = d_.mentions[mi];
      if (p.kind != "Person" || p.office < 0 || p.dropped) continue;
      if (p.former) {
        // "a former Uruguayan foreign minister": no office now, but the state is named
        const int was = pass == 0 && p.office_body >= 0 ? entity_of(p.office_body) : -1;
        if (was >= 0) d_.e(was).strong = true;
        continue;
      }
      if ((p.appointer >= 0) != (pass == 1)) continue;
      const int person = entity_of(static_cast<int>(mi));
      if (person < 0) continue;
      int body = office_body(p, person);
      if (body < 0) {
        d_.e(person).attributes.emplace("office", p.title);
        continue;
      }
      d_.e(person).attributes.emplace("office", p.title);
      if (d_.lex.offices[static_cast<size_t>(p.office)].armed_forces && kind(body) == "Country") body = armed_forces_of(body);
      add("HOLDS_OFFICE", person, body, std::min(p.first, p.office_token), std::max(p.last - 1, p.office_token), p.office_rule,
          p.office_rule == "office:title-ref" ? 0.8 : 0.9, {{"title", p.title}});
    }
  }
  // "Swedish Prime Minister X and his Polish counterpart, Y": Y holds the title of the
  // person "his" stands for (the nearest titled person before it in the sentence), for the
  // state of the demonym; also over a rank of no body before the name ("his Peruvian
  // counterpart, General Y"). A title of no body apposed after the name is the counterpart's
  // own, for that state ("her Chilean counterpart, Y, Minister Delegate for Defence,").
  for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
    const Mention& p = d_.mentions[mi];
    if (p.kind != "Person" || p.form != Form::Name || p.dropped || p.first < 4) continue;
    const bool own_title = bodiless_title_after(p);
    if (p.office >= 0 && !bodiless_title_before(p) && !own_title) continue;
    const int f = p.office >= 0 && !own_title ? p.office_token : p.first;
    if (!d_.key_is(f - 1, ",") || !(d_.key_is(f - 2, "counterpart"))) continue;
    const int dm = d_.atom_at[static_cast<size_t>(f - 3)];
    if (dm < 0 || d_.m(dm).last != f - 2 || d_.m(dm).form != Form::Demonym) continue;
    const int det = d_.m(dm).first - 1;
    if (!(d_.key_is(det, "his") || d_.key_is(det, "her"))) continue;
    const int floor = d_.sentence_first(d_.sentence_of(f));
    // the nearest titled person before "his"; else the nearest person before it whose title
    // an earlier sentence gave ("Varga and his Polish counterpart, Y, signed")
    int holder = -1, named = -1;
    for (size_t mj = 0; mj < d_.mentions.size(); ++mj) {
      const Mention& q = d_.mentions[mj];
      if (q.kind != "Person" || q.dropped || q.former || q.first < floor || q.last > det) continue;
      if (q.office >= 0 && (holder < 0 || q.first > d_.m(holder).first)) holder = static_cast<int>(mj);
      if (named < 0 || q.first > d_.m(named).first) named = static_cast<int>(mj);
    }
    std::string title = own_title ? p.title : holder >= 0 ? d_.m(holder).title : "";
    if (!own_title && holder < 0 && named >= 0 && entity_of(named) >= 0) {
      const auto& attrs = d_.e(entity_of(named)).attributes;
      if (auto it = attrs.find("office"); it != attrs.end()) title = it->second;
    }
    const int person = entity_of(static_cast<int>(mi)), state = entity_of(dm);
    if (title.empty() || person < 0 || state < 0 || kind(state) != "Country") continue;
    d_.e(person).attributes.emplace("office", title);
    add("HOLDS_OFFICE", person, state, d_.m(dm).first, p.last - 1, "office:counterpart", 0.75, {{"title", title}});
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

void Relations::caption_offices() {
  for (int i = 0; i < d_.size(); ++i) {
    if (i > 0 && d_.paragraph_of(i - 1) == d_.paragraph_of(i)) continue;
    // "CAPTION:", then the name in capitals up to the bar
    int k = i;
    while (k < d_.size() && d_.word(k) && d_.is(k, tok::kUpper)) ++k;
    if (k == i || !d_.key_is(k, ":")) continue;
    int bar = k + 1, words = 0;
    for (; bar < d_.size() && d_.paragraph_of(bar) == d_.paragraph_of(i) && !d_.key_is(bar, "|"); ++bar) {
      if (d_.word(bar) && !d_.is(bar, tok::kUpper)) break;
      words += d_.word(bar) ? 1 : 0;
    }
    if (words < 2 || !d_.key_is(bar, "|")) continue;
    const int person = label_person(d_, bar - 1);
    if (person < 0) continue;
    // the office after the bar, and the state or body named in the rest of the caption
    int office = -1, body = -1, end = bar + 1;
    for (; end < d_.size() && d_.paragraph_of(end) == d_.paragraph_of(i); ++end) {
      if (office < 0 && d_.longest(end, Role::Office)) office = end;
      const int mi = d_.atom_at[static_cast<size_t>(end)];
      const int e = mi >= 0 && office >= 0 && d_.m(mi).first == end ? entity_of(mi) : -1;
      if (body < 0 && e >= 0 && (kind(e) == "Country" || kind(e) == "Organization")) body = e;
    }
    if (office < 0 || body < 0) continue;
    const int last = office + d_.longest(office, Role::Office)->len - 1;
    while (office > bar + 1 && d_.ending_at(office, Role::OfficeModifier)) office = d_.ending_at(office, Role::OfficeModifier)->first;  // "Deputy"
    const uint32_t from = d_.toks[static_cast<size_t>(office)].begin;
    const std::string title(d_.article.text.substr(from, d_.toks[static_cast<size_t>(last)].end - from));
    add("HOLDS_OFFICE", person, body, i, end - 1, "office:caption", 0.8, {{"title", title}});
  }
}

void Relations::turn_offices() {
  for (int i = 0; i + 3 < d_.size(); ++i) {
    const auto fp = d_.lex.first_person.find(d_.key(i));
    if (fp == d_.lex.first_person.end() || fp->second != "singular" || !d_.key_is(i, "i")) continue;
    const int speaker = turn_speaker_at(i);
    if (speaker < 0 || kind(speaker) != "Person") continue;
    // "I speak as", "I am here today as": "as" within the clause, a few words on
    int as = i + 1;
    while (as < i + 5 && as < d_.size() && d_.word(as) && !d_.key_is(as, "as")) ++as;
    if (!d_.key_is(as, "as")) continue;
    int office = d_.key_is(as + 1, "the") ? as + 2 : as + 1;
    const Match* o = office < d_.size() ? d_.longest(office, Role::Office) : nullptr;
    if (o == nullptr) continue;
    const int last = office + o->len - 1;
    // the body "of" the office: "of X", "of the X"
    const int at = d_.key_is(last + 2, "the") ? last + 3 : last + 2;
    const int mi = d_.key_is(last + 1, "of") && at < d_.size() ? d_.atom_at[static_cast<size_t>(at)] : -1;
    const int body = mi >= 0 && d_.m(mi).first == at ? entity_of(mi) : -1;
    if (body < 0 || !party_kind(kind(body))) continue;
    const uint32_t from = d_.toks[static_cast<size_t>(office)].begin;
    const std::string title(d_.article.text.substr(from, d_.toks[static_cast<size_t>(last)].end - from));
    d_.e(speaker).attributes.emplace("office", title);
    add("HOLDS_OFFICE", speaker, body, i, d_.m(mi).last - 1, "office:turn", 0.8, {{"title", title}});
  }
}

}  // namespace kg::ingest::detail
