// Lexicon names as mentions: states, bodies and places not inside a person's name (a capital
// is a place after a location word, otherwise its state), organisations by their shape, and
// collective parties ("the allies").
#include "ingest/mentions.h"

namespace kg::ingest::detail {

bool MentionFinder::locative_before(int i) const {
  int k = i;
  if (d_.key_is(k - 1, "the")) --k;
  return d_.ending_at(k, Role::LocativePrep) != nullptr;
}

int MentionFinder::water_named_head_first(int i) {
  if (!d_.cap(i) || d_.atom_at[static_cast<size_t>(i)] >= 0 || i + 2 >= n_ || credit_[static_cast<size_t>(i)]) return -1;
  int from = -1;
  // "Sea of", "Gulf of", "Bay of": the name after "of"; "Lake Kivu", "Rio Lempa": right after
  if (d_.is_listed(i, WordList::HeadFirstWater) && d_.key_is(i + 1, "of")) from = i + 2;
  else if (d_.is_listed(i, WordList::HeadFirstRiver)) from = i + 1;
  if (from < 0 || !d_.word(from) || !d_.cap(from)) return -1;
  // "the Sea of Japan", "Lake Chad": a known one-word state or place names the water
  if (const int ai = d_.atom_at[static_cast<size_t>(from)]; ai >= 0) {
    const Mention& a = d_.m(ai);
    const bool named = a.first == from && a.last == from + 1 && (a.kind == "Country" || a.kind == "Place") && a.form == Form::Name;
    if (!named || (from + 1 < n_ && d_.word(from + 1) && d_.cap(from + 1))) return -1;
    absorb(ai);
    return from + 1;
  }
  // otherwise up to three unknown name words, not followed by a name word or a head
  const int e = unknown_place_end(from);
  return e > from ? e : -1;
}

bool MentionFinder::origin_before(int i) const {
  // "flew in from X", "came across the water from X", "sending a rescue tug from X", "by video
  // link from X": a word of travel or sending up to four words before "from", in one clause
  if (!d_.key_is(i - 1, "from")) return false;
  for (int b = i - 2; b >= 0 && b >= i - 6; --b) {
    if (!d_.word(b) || d_.sentence_of(b) != d_.sentence_of(i)) return false;
    if (d_.is_listed(b, WordList::OriginWord)) return true;
  }
  return false;
}

bool MentionFinder::head_follows(int i) const {
  return d_.longest(i, Role::MeetingHead) || d_.longest(i, Role::DocumentHead);
}

void MentionFinder::lexicon_atoms() {
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
    if (credit_[static_cast<size_t>(first)] && !(le.kind == "Organization")) continue;
    Mention& m = d_.new_mention();
    m.first = first;
    m.last = end;
    m.lex = id;
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
      // "the cabinet in Berlin": a capital after a government noun and "in" stands for its state
      const bool seat = first >= 2 && d_.key_is(first - 1, "in") && d_.is_listed(first - 2, WordList::GovernmentNoun);
      const bool locative = (locative_before(first) || origin_before(first)) && !seat;
      // "interviews with officials, Dodoma, May 2027", "Annual Report, Lima, 2026": a city set
      // off by commas before a date in a citation is where something was, no actor
      const bool cited = d_.key_is(first - 1, ",") && d_.key_is(end, ",") &&
                         (d_.is_role(end + 1, Role::Month) || (d_.is(end + 1, tok::kNumber) && d_.key(end + 1).size() == 4));
      if (le.acts_for >= 0 && !locative && !cited && !head_follows(end)) {
        // A capital, seat or city standing for the state or body it hosts.
        m.lex = le.acts_for;
        m.kind = d_.lex.entities[static_cast<size_t>(le.acts_for)].kind;
        m.form = Form::Acting;
      } else if (le.type == "continent" || le.type == "area") {
        d_.drop_new_mention();
        continue;  // a part of the world ("across Africa", "the Sahel"), not where something happened
      } else {
        m.kind = "Place";
        // "the Donbas region", "Kherson oblast": the place head belongs to the name.
        if (const Match* h = d_.longest(end, Role::PlaceHead); h && h->hit.id == 0) m.last = end + h->len;
      }
    } else {
      m.kind = le.kind;
    }
    d_.add_new_mention();
  }
  // Places by shape: a capitalised name before a place head ("Zaporizhzhia nuclear power plant").
  std::vector<std::pair<int, int>> common_word_buildings;  // spans named after "at" ("at State House")
  for (int i = 0; i < n_; ++i) {
    const Match* h = d_.longest(i, Role::PlaceHead);
    if (!h || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
    int s = i;
    while (s > 0 && d_.cap(s - 1) && d_.word(s - 1) && !common(s - 1) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 &&
           !credit_[static_cast<size_t>(s - 1)]) {
      --s;
    }
    // "the Kariba International Convention Centre": a capitalised common word inside a
    // building's name, when a name word still comes before it
    if (h->hit.id == 2) {
      int w = s;
      while (w > 0 && d_.cap(w - 1) && d_.word(w - 1) && common(w - 1) && !d_.is_role(w - 1, Role::Determiner) &&
             !d_.is(w - 1, tok::kNewPara) && d_.atom_at[static_cast<size_t>(w - 1)] < 0 && !credit_[static_cast<size_t>(w - 1)]) {
        --w;
      }
      int n = w;
      while (n > 0 && d_.cap(n - 1) && d_.word(n - 1) && !common(n - 1) && !d_.is(n, tok::kNewPara) &&
             d_.atom_at[static_cast<size_t>(n - 1)] < 0 && !credit_[static_cast<size_t>(n - 1)]) {
        --n;
      }
      if (w < s && n < w) s = n;
      // "the Port Said International Convention Centre": a known town of several words names it
      if (w < s && n == w && w > 0 && d_.atom_at[static_cast<size_t>(w - 1)] >= 0) {
        const int ai = d_.atom_at[static_cast<size_t>(w - 1)];
        const Mention& a = d_.m(ai);
        // ("the Peruvian International Convention Center": a demonym of one word too)
        if (a.last == w && ((a.kind == "Place" && a.form != Form::Acting) || (a.form == Form::Demonym && a.last - a.first == 1))) {
          const int af = a.first;
          absorb(ai);
          s = af;
        }
      }
    }
    // "Riga Castle": a known place name becomes part of the building's name
    if (s > 0 && h->hit.id == 2 && d_.atom_at[static_cast<size_t>(s - 1)] >= 0) {
      const int ai = d_.atom_at[static_cast<size_t>(s - 1)];
      const Mention& a = d_.m(ai);
      if (a.last == s && (a.kind == "Place" || a.form == Form::Acting) && a.last - a.first == 1) {
        absorb(ai);
        s = a.first;
      }
    }
    // "at Government House", "at the State House", "at the Joint Warfare Headquarters":
    // after "at", up to three capitalised common words name the building
    if (s == i && h->hit.id == 2 && d_.cap(i)) {
      int w = i;
      while (w > 0 && w > i - 3 && d_.cap(w - 1) && d_.word(w - 1) && d_.atom_at[static_cast<size_t>(w - 1)] < 0 &&
             !credit_[static_cast<size_t>(w - 1)] && !d_.is_role(w - 1, Role::Determiner)) {
        --w;
      }
      if (w < i && (d_.key_is(w - 1, "at") || (d_.key_is(w - 1, "the") && d_.key_is(w - 2, "at")))) {
        s = w;
        common_word_buildings.emplace_back(w, i + h->len);
      }
    }
    // "the People's Palace": a capitalised word and its possessive before the building head
    if (s == i && h->hit.id == 2 && d_.cap(i) && i >= 3 && d_.is(i - 1, tok::kPossessive) && d_.cap(i - 2) && d_.word(i - 2) &&
        d_.atom_at[static_cast<size_t>(i - 2)] < 0 && d_.key_is(i - 3, "the")) {
      s = i - 2;
    }
    // "NATO headquarters", "the AU headquarters", "the Commonwealth's headquarters": a body's seat,
    // named by the body
    const int owner_end = d_.is(i - 1, tok::kPossessive) ? i - 1 : i;
    if (s == i && h->hit.id == 1 && d_.key_is(i, "headquarters") && owner_end >= 1 && d_.atom_at[static_cast<size_t>(owner_end - 1)] >= 0) {
      const int ai = d_.atom_at[static_cast<size_t>(owner_end - 1)];
      const Mention& a = d_.m(ai);
      if (a.last == owner_end && a.kind == "Organization" && a.form == Form::Name) {
        const int af = a.first;
        absorb(ai);
        s = af;
      }
    }
    // "the Norwegian Sea", "the Andaman Channel": a sea may be named by a demonym or by a state
    if (s == i && h->hit.id == 3 && d_.cap(i) && i >= 1 && d_.atom_at[static_cast<size_t>(i - 1)] >= 0) {
      const int ai = d_.atom_at[static_cast<size_t>(i - 1)];
      const Mention& a = d_.m(ai);
      const bool state_name = a.kind == "Country" && a.form == Form::Name && a.lex >= 0;
      if (a.last == i && (a.form == Form::Demonym || state_name) && a.last - a.first == 1) {
        absorb(ai);
        s = i - 1;
      }
    }
    // "the West Norwegian Sea": a capitalised word after "the" before a sea named by a
    // demonym opens its name
    if (s < i && h->hit.id == 3 && d_.cap(i) && s >= 2 && d_.cap(s - 1) && d_.word(s - 1) && !credit_[static_cast<size_t>(s - 1)] &&
        !d_.is_role(s - 1, Role::Determiner) && d_.atom_at[static_cast<size_t>(s - 1)] < 0 && d_.key_is(s - 2, "the")) {
      --s;
    }
    if (s == i) continue;
    // Only facility, building and water heads make a new place; a region head needs a known
    // place, or a state owning it ("Sweden's Norrbotten county").
    if (h->hit.id == 0) {
      const int owner = s >= 2 && d_.is(s - 1, tok::kPossessive) ? d_.atom_at[static_cast<size_t>(s - 2)] : -1;
      if (owner < 0 || d_.m(owner).kind != "Country" || d_.m(owner).last != s - 1 || d_.m(owner).form == Form::Demonym) continue;
    }
    // "the Ruvuma river", "the Preah Vihear temple": a lower-case head after "the" and a name
    if (h->hit.id >= 2 && !d_.cap(i) && !d_.key_is(s - 1, "the")) continue;
    Mention m;
    m.first = s;
    m.last = i + h->len;
    m.kind = "Place";
    // "the Great Hall of the Nation": a building named before its head goes on through "of
    // [the]" and capitalised words no lexicon knows
    if (h->hit.id == 2 && d_.cap(i) && s < i && d_.key_is(m.last, "of")) {
      int from = m.last + 1;
      if (d_.key_is(from, "the")) ++from;
      int e = from;
      while (e < n_ && e < from + 3 && d_.word(e) && d_.cap(e) && d_.atom_at[static_cast<size_t>(e)] < 0 && !credit_[static_cast<size_t>(e)]) ++e;
      if (e > from && !d_.is(e, tok::kPossessive)) m.last = e;
    }
    d_.add_mention(m);
    i = m.last - 1;
  }
  buildings_named_again(common_word_buildings);
  // "the northern port city of Tobruk", "the town of Osh": an unknown capitalised name
  // after a settlement noun and "of" is a place; "at the Palace of Nations", "at Villa
  // Somalia": a building named head first, after "at".
  auto cap_run = [&](int from, bool building) {
    int e = from;
    // "Villa Somalia": a building may carry a known name
    if (building && e < n_ && d_.atom_at[static_cast<size_t>(e)] >= 0) {
      const int ai = d_.atom_at[static_cast<size_t>(e)];
      const Mention& a = d_.m(ai);
      if (a.first == e && a.kind != "Person" && a.last - a.first == 1) {
        absorb(ai);
        return e + 1;
      }
    }
    while (e < n_ && e < from + 4 && d_.word(e) && d_.atom_at[static_cast<size_t>(e)] < 0 && !credit_[static_cast<size_t>(e)]) {
      // "Hôtel du 2 Février": a building may be named by a date
      if (building && day_in_name(e)) {
        ++e;
        continue;
      }
      // "Vila da Ponte": a lower-case particle between two capitalised words
      if (!d_.cap(e)) {
        if (e > from && particle(e) && e + 1 < n_ && d_.word(e + 1) && (d_.cap(e + 1) || (building && day_in_name(e + 1)))) {
          // "da Praia": a known one-word name after the particle is part of this one
          if (const int a = d_.atom_at[static_cast<size_t>(e + 1)]; a >= 0) {
            const Mention& am = d_.m(a);
            if (am.first != e + 1 || am.last != e + 2 || am.kind == "Person") break;
            absorb(a);
          }
          ++e;
          continue;
        }
        break;
      }
      if (!building && common(e)) break;
      ++e;
    }
    return e;
  };
  for (int i = 1; i + 2 < n_; ++i) {
    if (d_.in_quote(i)) continue;
    // "the Lao province of Champasak", "the districts of Gaza and Inhambane": a region noun too
    const Match* region = d_.longest(i, Role::PlaceHead);
    const bool region_of = region && region->hit.id == 0 && region->len == 1 && (d_.key_is(i - 1, "the") || (i >= 2 && d_.key_is(i - 2, "the")));
    const bool settlement = settlement_of(i) || (region_of && !d_.cap(i) && d_.key_is(i + 1, "of"));
    // "at Villa Somalia", "outside the House of the Republic": a building named head first after
    // "at", or after "the" and a location word or "of"/"from"
    const bool head_first = d_.cap(i) && d_.atom_at[static_cast<size_t>(i)] < 0 && d_.is_listed(i, WordList::HeadFirstBuilding) &&
                            (d_.key_is(i - 1, "at") ||
                             (d_.key_is(i - 1, "the") && i >= 2 &&
                              (d_.ending_at(i - 1, Role::LocativePrep) || d_.key_is(i - 2, "of") || d_.key_is(i - 2, "from"))));
    // "the Sea of Okhotsk", "the Gulf of Bothnia", "the Rio Lempa": a water named head first is a
    // place wherever it appears, as a water named head last is
    if (!settlement && !head_first) {
      if (const int we = water_named_head_first(i); we > i) {
        add_place(i, we, false);
        i = we - 1;
      }
      continue;
    }
    // "Palazzo del Quirinale", "Palácio de Belém": a particle after the head, as "of"
    int from = settlement ? i + 2 : (d_.key_is(i + 1, "of") || (particle(i + 1) && (d_.cap(i + 2) || (head_first && day_in_name(i + 2)))) ? i + 2 : i + 1);
    if (head_first && from == i + 2 && d_.key_is(from, "the") && from + 1 < n_ && d_.cap(from + 1)) ++from;  // "House of the Estates"
    const int e = cap_run(from, head_first);
    if (e == from || (e < n_ && d_.is(e, tok::kPossessive))) continue;
    add_place(settlement ? from : i, e, settlement);
    i = e - 1;
    // "the districts of Vila da Ponte, Chiure and Meluco": the rest of the list
    for (int k = e; settlement && k + 1 < n_;) {
      const bool comma = d_.key_is(k, ",");
      if (!comma && !d_.key_is(k, "and")) break;
      int f = k + 1;
      if (comma && d_.key_is(f, "and")) ++f;
      if (!d_.cap(f) || common(f)) break;
      const int fe = cap_run(f, false);
      if (fe == f || (fe < n_ && d_.is(fe, tok::kPossessive))) break;
      add_place(f, fe, true);
      i = fe - 1;
      if (!comma) break;
      k = fe;
    }
  }
}

bool MentionFinder::force_named_by_last_word(int w) const {
  for (int k = 0; k + 1 < w; ++k) {
    if (!(d_.starts_with[static_cast<size_t>(k)] & Doc::bit(Role::ForceHead))) continue;  // most tokens start no head
    const Match* f = d_.longest(k, Role::ForceHead);
    if (f && f->len > 1 && d_.key(k + f->len - 1) == d_.key(w)) return true;
  }
  return false;
}

bool MentionFinder::qualified_force_head(int h) const {
  for (int k = h - 1; k >= 0 && k >= h - 4 && modifier_word(k); --k) {
    if (d_.is_role(k, Role::QualifyingModifier)) return true;
    if (const Match* q = d_.longest(k, Role::QualifyingModifier); q && q->first + q->len <= h) return true;
  }
  return false;
}

void MentionFinder::collectives() {
  for (int i = 0; i < n_; ++i) {
    const Match* m = d_.longest(i, Role::CollectiveParty);
    if (!m || d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
    bool free = true;
    for (int k = i; k < i + m->len; ++k) free = free && d_.atom_at[static_cast<size_t>(k)] < 0;
    if (!free || credit_[static_cast<size_t>(i)]) continue;
    // "the group" after "a Coastal Monitoring Group" was named: the force again, not a party
    if (force_named_by_last_word(i + m->len - 1)) {
      Mention& g = d_.new_mention();
      g.first = d_.key_is(i, "the") ? i + 1 : i;
      g.last = i + m->len;
      g.kind = "Force";
      g.form = Form::Phrase;
      g.head = d_.key(i + m->len - 1);
      g.definite = d_.key_is(i, "the");
      if (g.definite) g.det = d_.key(i);
      d_.add_new_mention();
      i += m->len - 1;
      continue;
    }
    // "the drone coalition", "the air defence capability coalition": a collective word that is
    // also a force head, after a word that qualifies a force, names a capability coalition
    // (the phrase finder makes the Force), not the parties of the article's coalition
    if (m->len == 1 && i >= 1 && d_.longest(i, Role::ForceHead) && qualified_force_head(i)) continue;
    // "the coalition countries" is still the coalition; "coalition" inside "coordination cell" is not.
    Mention& c = d_.new_mention();
    c.first = i;
    c.last = i + m->len;
    c.kind = "Organization";
    c.form = Form::Collective;
    c.weak = true;
    d_.add_new_mention();
    i += m->len - 1;
  }
}

void MentionFinder::buildings_named_again(const std::vector<std::pair<int, int>>& named) {
  // "talks at Government House ... what reporters dubbed "the Government House talks"": capitalised
  // common words the article has named a building with after "at" name it wherever they stand again
  for (const auto& [first, last] : named) {
    const int len = last - first;
    for (int i = 0; i + len <= n_; ++i) {
      if (i == first) continue;
      bool same = true;
      for (int k = 0; k < len && same; ++k) {
        const int t = i + k;
        same = d_.key(t) == d_.key(first + k) && d_.cap(t) && d_.atom_at[static_cast<size_t>(t)] < 0 && !credit_[static_cast<size_t>(t)];
      }
      if (!same) continue;
      Mention m;
      m.first = i;
      m.last = i + len;
      m.kind = "Place";
      d_.add_mention(m);
      i += len - 1;
    }
  }
}

}  // namespace kg::ingest::detail
