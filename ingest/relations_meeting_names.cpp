// Meetings named by who held them and where ("Paris summit", "NATO summit in Ankara"), the
// names an analyst searches for besides the text's own.
#include <algorithm>
#include <cctype>

#include "ingest/relations.h"
#include "ingest/name_key.h"

namespace kg::ingest::detail {

namespace {
// "summit in Ankara", but "visit to Tokyo"
const char* in_place(const std::string& head) { return head.ends_with("visit") ? " to " : " in "; }

// "talks", "consultations", "round of negotiations": a head the lexicon lists only in the
// plural keeps its plural in the meeting's name ("consultations in Lusaka").
std::string as_listed(std::string head, const Lexicon::Data& lex) {
  const size_t space = head.rfind(' ');
  const std::string last = head.substr(space == std::string::npos ? 0 : space + 1);
  if (!lex.word_has_role(last, Role::MeetingHead) && lex.word_has_role(last + "s", Role::MeetingHead)) head += "s";
  return head;
}
}  // namespace

// The month the clause of a meeting's mention names ("is planned in X for May"), as
// written; empty when none.
std::string Relations::month_named(const Entity& x) const {
  for (int mi : x.mentions) {
    const int end = d_.sentence_last(d_.sentence_of(d_.m(mi).first));
    for (int t = d_.m(mi).first; t < end; ++t) {
      if (d_.is_role(t, Role::Month) && d_.cap(t) && d_.text(t).size() >= 3) return std::string(d_.text(t));
    }
  }
  return {};
}

// Whether a mention of meeting x says "next" right before its head ("the next meeting", "the
// next session of the council").
bool Relations::called_next(const Entity& x) const {
  return std::any_of(x.mentions.begin(), x.mentions.end(), [&](int mi) {
    for (int t = std::max(0, d_.m(mi).first - 1); t < d_.m(mi).last; ++t) {
      if (d_.key_is(t, "next")) return true;
    }
    return false;
  });
}

std::string Relations::reported_descriptor() const {
  // the meeting reported: the one not still to come the article names most often
  const Entity* reported = nullptr;
  for (const Entity& x : d_.entities) {
    if (x.kind != "Meeting" || x.removed || x.future) continue;
    if (reported == nullptr || x.mentions.size() > reported->mentions.size()) reported = &x;
  }
  if (reported == nullptr) return {};
  for (const Entity& pe : d_.entities) {
    if (pe.kind != "Place" || pe.removed) continue;
    const std::string place = pe.name + " ";
    for (const std::string& a : reported->aliases) {
      if (!a.starts_with(place) || a.find(' ', place.size()) == std::string::npos) continue;
      std::string rest = a.substr(place.size());
      if (std::isupper(static_cast<unsigned char>(rest.front())) == 0) continue;
      const size_t sp = rest.find(' ');
      const std::string first = rest.substr(0, sp);
      // "Meeting on Border Security": the topic before the head
      if (d_.lex.word_has_role(ascii_lower(first), Role::MeetingHead) && rest.compare(sp, 4, " on ") == 0) {
        return rest.substr(sp + 4) + " " + ascii_lower(first);
      }
      // "Andean Defence Ministers' Meeting": the head last, in lower case as a descriptor
      const size_t last = rest.rfind(' ');
      const std::string head = rest.substr(last + 1);
      if (!d_.lex.word_has_role(ascii_lower(head), Role::MeetingHead)) continue;
      return rest.substr(0, last + 1) + ascii_lower(head);
    }
  }
  return {};
}

// A capitalised name a meeting was called by with its place ("Himalayan Water Ministerial Meeting
// in Dhaka"), not one the place opens ("Dhaka meeting"); the longest, empty when none.
std::string Relations::proper_placed_name(const Entity& x, const std::string& place) const {
  std::string best;
  if (place.empty()) return best;
  const std::string month = month_named(x);  // "the July round in Luanda" is no proper name
  for (const std::string& a : x.aliases) {
    if (a.starts_with(place) || (!month.empty() && a.starts_with(month + " ")) || !a.ends_with(" in " + place) || std::isupper(static_cast<unsigned char>(a.front())) == 0) continue;
    if (a.size() > best.size()) best = a;
  }
  return best;
}

bool Relations::armed_group(int e) const {
  const int lex = d_.e(e).lex;
  return lex >= 0 && d_.lex.entities[static_cast<size_t>(lex)].type == "militant";
}

// "X's government and the <armed group of X> agreed after talks in Y": talks between a state
// and an armed group of its own are named after the state they fight over ("X talks in Y"),
// not after the one party that is a body. Empty unless an attending armed group belongs to an
// attending state.
std::string Relations::fought_over(int meeting) const {
  std::vector<int> states, groups;
  for (const Relation& r : d_.relations) {
    if (r.type != "ATTENDED" || r.end != meeting || r.rule == "attended:observer") continue;
    const int p = d_.live(r.start);
    if (kind(p) == "Country") states.push_back(p);
    else if (armed_group(p)) groups.push_back(p);
  }
  for (int g : groups) {
    const int home = d_.lex.entities[static_cast<size_t>(d_.e(g).lex)].country;
    for (int st : states) {
      if (home >= 0 && d_.e(st).lex == home) return d_.e(st).name;
    }
  }
  return {};
}

std::string Relations::called(int person) const {
  const Entity& p = d_.e(d_.live(person));
  for (const std::string& a : p.aliases) {
    if (a.find(' ') == std::string::npos && a != p.name) return a;  // "Sato", family name first or last
  }
  const size_t sp = p.name.rfind(' ');
  return sp == std::string::npos ? p.name : p.name.substr(sp + 1);
}

void Relations::name_meetings() {
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
        // a body that only sent someone or watched, or is there through its head, is a guest,
        // not the meeting's owner
        const bool guest = r.rule == "attended:represented-by" || r.rule == "attended:sent" || r.rule == "attended:observer" ||
                           r.rule == "attended:remote" || r.rule == "attended:witness" || r.rule == kThroughOfficeRule;
        // an armed group at talks is a party to them, never their owner
        if (r.type == "ATTENDED" && r.end == static_cast<int>(ei) && kind(r.start) == "Organization" && !guest && !armed_group(d_.live(r.start))) {
          if (only != r.start) ++count;
          only = r.start;
        }
      }
      if (count == 1 && !sides && !x.attributes.count("sides")) owner = only;
    }
    // The head the article names it by most often composes its name ("the summit was hosted
    // by ...", "attended the summit" beside one "fourth Annual Meeting": the Quito
    // summit); ties keep the first one seen. A verb ("will meet again in Luanda, when Angola
    // hosts a follow-up round") names no head: the noun does.
    std::string head = x.head;
    {
      std::vector<std::pair<std::string, int>> uses;
      for (int mi : x.mentions) {
        const std::string& h = d_.m(mi).head;
        if (h.empty() || d_.m(mi).verb) continue;
        auto it = std::find_if(uses.begin(), uses.end(), [&](const auto& u) { return u.first == h; });
        if (it == uses.end()) uses.emplace_back(h, 1);
        else ++it->second;
      }
      int best = 0;
      for (const auto& [h, n] : uses) {
        if (h == x.head) best = std::max(best, n);
      }
      if (best == 0 && !uses.empty()) {
        head = uses.front().first;
        best = uses.front().second;
      }
      for (const auto& [h, n] : uses) {
        if (n > best) {
          best = n;
          head = h;
        }
      }
    }
    head = as_listed(head, d_.lex);
    // "A met with B", "A held talks with B": a meeting of two people with no owner is named
    // after them, as the article calls each of them alone ("Karimov-Sato meeting")
    if (owner < 0 && x.partners.size() == 2 && !x.attributes.count("sides")) {
      x.attributes["sides"] = called(x.partners[0]) + "-" + called(x.partners[1]);
      x.name = x.attributes["sides"] + " " + head;
      x.aliases.push_back(x.name);
    }
    const std::string owner_name = owner >= 0 ? d_.e(owner).name : std::string();
    // The place that names it: a city or region before a building ("in Paris", not "in the
    // Elysee Palace"); buildings get "at the ...".
    std::string place_name, building;
    for (int p : x.places) {
      const Entity& pe = d_.e(d_.live(p));
      // a place no lexicon knows is a building unless it was found as a town ("in Fukuoka")
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
    for (const std::string& h : x.heads) heads.push_back(as_listed(h, d_.lex));
    if (heads.empty()) heads.push_back(head);
    if (x.future && !place_name.empty()) {
      // A meeting to come is told from the reported one by its place: "NATO summit" alone
      // would name both.
      const std::string own = owner_name.empty() ? std::string() : owner_name + " ";
      x.name = own + head + in_place(head) + place_name;
      // an edition's numbered name ("the XV Ordinary Session") is its own and stays, and so is a
      // name with its place ("the reconstruction conference in Amman")
      std::erase_if(x.aliases, [&](const std::string& a) {
        return (x.ordinal.empty() || a.find(x.ordinal) == std::string::npos) && a.find(place_name) == std::string::npos;
      });
      alias(x.name);
      // "a second session is scheduled to take place in X": the "second session in X" (an edition
      // in words names none alone, but does with its place)
      if (!x.ordinal.empty() && std::islower(static_cast<unsigned char>(x.ordinal.front())) != 0) {
        alias(x.ordinal + " " + head + in_place(head) + place_name);
      }
      // "Another round is planned in X for May": also the "May round in X"
      if (const std::string month = month_named(x); !month.empty()) alias(month + " " + head + in_place(head) + place_name);
      // "their next session will be held in X": also the "next session in X"
      if (called_next(x)) alias("next " + head + in_place(head) + place_name);
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
    // "the council session" held in Lima is also the "council session in Lima": a head with a
    // lower-case noun before it names the meeting with its place as the bare head does
    if (!place_name.empty()) {
      const std::vector<std::string> named = x.aliases;
      for (const std::string& a : named) {
        const bool lower = std::none_of(a.begin(), a.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
        const bool compound = std::any_of(heads.begin(), heads.end(), [&](const std::string& h) { return a.size() > h.size() + 1 && a.ends_with(" " + h); });
        if (lower && compound) alias(a + in_place(a) + place_name);
      }
    }
    for (const std::string& h : heads) {
      if (!building.empty()) alias(h + " at " + building);
      if (!place_name.empty()) {
        alias(h + in_place(h) + place_name);
        alias(place_name + " " + h);
      }
    }
    if (!place_name.empty() || !building.empty()) {
      std::string places;
      for (int p : x.places) places += (places.empty() ? "" : "|") + d_.e(d_.live(p)).name;
      x.attributes["place"] = places;
    }
    if (!x.group.empty()) alias(head + " of " + x.group);
    if (!x.ordinal.empty()) {
      // "the 167th session": the edition names it among the body's sessions (an edition in
      // words, "the second session", names none: every body has a second one)
      if (std::islower(static_cast<unsigned char>(x.ordinal.front())) == 0) alias(x.ordinal + " " + head);
      x.attributes["ordinal"] = x.ordinal;
    }
    if (!owner_name.empty() && !place_name.empty()) x.name = owner_name + " " + head + " in " + place_name;
    else if (!owner_name.empty() && !building.empty()) x.name = owner_name + " " + head + " at " + building;
    else if (!owner_name.empty()) x.name = owner_name + " " + head;
    else if (!x.group.empty()) x.name = head + " of " + x.group;
    else if (const std::string state = fought_over(static_cast<int>(ei)); !state.empty() && !place_name.empty()) {
      x.name = state + " " + head + " in " + place_name;  // "Iraq talks in Amman"
      alias(x.name);
      alias(place_name + " " + head + " on " + state);  // "Amman talks on Iraq"
    } else if (x.attributes.count("sides")) {
      // named after the two who met ("Karimov-Sato meeting"), wherever it was
    } else if (const std::string proper = proper_placed_name(x, place_name); x.future && !proper.empty()) {
      x.name = proper;  // "the next Himalayan Water Ministerial Meeting in Dhaka": its own name
    } else if (!place_name.empty()) x.name = place_name + " " + head;
    else if (!building.empty()) x.name = head + " at " + building;
    // "XIV Ordinary Session of the Executive Council": an edition numbered in its name
    // keeps only names with its number; "Ordinary Session", "Session of the Executive Council"
    // and "session in Apia" name other editions and meetings, and joined them to it across articles.
    // "the envoys plan to gather again in Quito": the next one of the meeting the
    // article reports, "Next Andean Defence Ministers' meeting in Quito"
    if (x.future && !place_name.empty() && x.ordinal.empty() && owner_name.empty()) {
      if (const std::string descriptor = reported_descriptor(); !descriptor.empty()) {
        alias(x.name);
        x.name = "Next " + descriptor + in_place(descriptor) + place_name;
        alias(x.name);
      }
    }
    if (!x.ordinal.empty() && x.ordinal.find_first_not_of("IVXLC") == std::string::npos) {
      std::erase_if(x.aliases, [&](const std::string& a) {
        return a.find(x.ordinal) == std::string::npos && a != x.name;
      });
    }
  }
}

}  // namespace kg::ingest::detail
