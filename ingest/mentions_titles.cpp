// Titles: the office before a name ("German Chancellor Friedrich Merz"), in an apposition after
// it, or after a copula; lone titles ("the Ukrainian leader") refer to whoever holds the office.
#include <algorithm>

#include "ingest/mentions.h"

namespace kg::ingest::detail {

int MentionFinder::body_before(int t, Mention& p) {
  int k = d_.honorifics_start(t);  // "the Honourable Minister of ...": a courtesy before the title
  if (d_.key_is(k - 1, "'s") || d_.key_is(k - 1, "'")) {
    const int a = d_.atom_at[static_cast<size_t>(std::max(0, k - 2))];
    if (k >= 2 && a >= 0 && d_.m(a).last == k - 1) {
      if (d_.m(a).kind == "Person") p.appointer = a;
      else p.office_body = a;
      d_.m(a).nested = true;
      return d_.m(a).first;
    }
    // "the OSCE secretary-general's special envoy": the officer of an office serves the body
    // named before that office
    if (const Match* boss = k >= 2 ? d_.ending_at(k - 1, Role::Office) : nullptr; boss != nullptr && !boss->plural) {
      const int before = body_before(modifiers_before(boss->first), p);
      if (p.office_body >= 0) return before;
    }
    return k;
  }
  const int a = k > 0 ? d_.atom_at[static_cast<size_t>(k - 1)] : -1;
  if (a >= 0 && d_.m(a).last == k && d_.m(a).kind != "Person" && d_.m(a).kind != "Place") {
    // "the Turkish Cypriot leader", "a Bosnian Serb official": two nationality words name a
    // community, not the state of the second
    const int before = d_.m(a).first > 0 ? d_.atom_at[static_cast<size_t>(d_.m(a).first - 1)] : -1;
    if (d_.m(a).form == Form::Demonym && before >= 0 && d_.m(before).form == Form::Demonym && d_.m(before).last == d_.m(a).first) {
      return k;
    }
    p.office_body = a;
    d_.m(a).nested = true;
    return d_.m(a).first;
  }
  // "National Intelligence Agency (NIA) Director X": the body's acronym in brackets
  // between the body and the title
  if (k >= 4 && d_.key_is(k - 1, ")") && d_.is(k - 2, tok::kUpper) && d_.key_is(k - 3, "(")) {
    const int b = d_.atom_at[static_cast<size_t>(k - 4)];
    if (b >= 0 && d_.m(b).last == k - 3 && d_.m(b).kind == "Organization") {
      p.office_body = b;
      d_.m(b).nested = true;
      return d_.m(b).first;
    }
  }
  return k;
}

int MentionFinder::subject_party(int t) const {
  const int sen = d_.sentence_of(t);
  // "Libya declined to send monitors, and Chad will not contribute, its defence
  // minister ... said": a clause coordinated after ", and" / ";" has its own subject ("A was
  // represented by its envoy, while B sent its deputy minister, X": so has one after ", while")
  for (int c = t - 1; c > d_.sentence_first(sen); --c) {
    const bool joint = d_.key_is(c, ";") || ((d_.key_is(c, "and") || d_.key_is(c, "but") || d_.key_is(c, "while") ||
                                              d_.key_is(c, "whereas")) && d_.key_is(c - 1, ","));
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

int MentionFinder::party_ending_at(int k) const {
  const int a = d_.atom_at[static_cast<size_t>(k)];
  if (a < 0 || d_.m(a).last != k + 1 || d_.m(a).dropped) return -1;
  return d_.m(a).kind == "Country" || d_.m(a).kind == "Organization" ? a : -1;
}

int MentionFinder::by_antecedent(int t) const {
  if (!d_.key_is(t - 1, "by")) return -1;
  int k = t - 2;
  // "hosted by Peru and chaired by its prime minister": the agent of the participle before
  // "and"
  if (k >= 3 && d_.word(k) && d_.key(k).ends_with("ed") && d_.key_is(k - 1, "and")) {
    const int party = party_ending_at(k - 2);
    return party >= 0 && d_.key_is(d_.m(party).first - 1, "by") ? party : -1;
  }
  if (d_.key_is(k, ")")) {  // a bracketed acronym after the name
    while (k > 0 && !d_.key_is(k, "(") && t - k < 8) --k;
    --k;
  }
  if (k < 0) return -1;
  return party_ending_at(k);
}

int MentionFinder::epithet_body(int t) const {
  // "the pan-African body's commissioner", "the regional bloc's envoy": "the", lower-case
  // modifiers, a body epithet and a possessive right before the office
  if (t < 3 || !d_.is(t - 1, tok::kPossessive) || !d_.is_listed(t - 2, WordList::BodyEpithet)) return -1;
  int k = t - 3;
  while (k > 0 && t - k < 7 && !d_.key_is(k, "the") && (d_.is(k, tok::kHyphen) || (d_.word(k) && (!d_.cap(k) || d_.is(k - 1, tok::kHyphen) || d_.is(k + 1, tok::kHyphen))))) --k;
  if (!d_.key_is(k, "the")) return -1;
  // the organisation named last before, in this sentence or the one before
  const int s = d_.sentence_of(k);
  const int floor = d_.sentence_first(s > 0 ? s - 1 : s);
  for (int j = k - 1; j >= floor; --j) {
    const int a = d_.atom_at[static_cast<size_t>(j)];
    if (a >= 0 && d_.m(a).kind == "Organization" && d_.m(a).last == j + 1) return a;
  }
  return -1;
}

int MentionFinder::delegation_party(int t) const {
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

int MentionFinder::represented_party(int t) const {
  int k = t - 1;
  if (d_.key_is(k, "'s") || d_.key_is(k, "'")) {  // "the secretary-general's": another officer of the body
    const Match* boss = d_.ending_at(k, Role::Office);
    if (boss == nullptr) return -1;
    k = boss->first - 1;
  }
  if (k >= 0 && d_.is_role(k, Role::Determiner)) --k;
  // "represented by Foreign Minister X and the army chief, General Y": the second of the
  // list represents the same party as the first
  if (d_.key_is(k, "and") && k >= 1) {
    const int a = d_.atom_at[static_cast<size_t>(k - 1)];
    if (a < 0 || d_.m(a).last != k || d_.m(a).kind != "Person" || d_.m(a).office_body < 0) return -1;
    const int first = d_.m(a).office_token >= 0 ? std::min(d_.m(a).first, d_.m(a).office_token) : d_.m(a).first;
    return represented_party(modifiers_before(first)) == d_.m(a).office_body ? d_.m(a).office_body : -1;
  }
  if (!d_.key_is(k, "by") || !d_.key_is(k - 1, "represented")) return -1;
  k -= 2;
  if (d_.key_is(k, "was") || d_.key_is(k, "is") || d_.key_is(k, "were") || d_.key_is(k, "are") || d_.key_is(k, "be")) --k;
  if (d_.key_is(k, "will")) --k;
  if (k < 0) return -1;
  return party_ending_at(k);
}

int MentionFinder::state_from(int t) const {
  if (!d_.key_is(t, "from")) return -1;
  const int k = d_.key_is(t + 1, "the") ? t + 2 : t + 1;
  const int a = k < n_ ? d_.atom_at[static_cast<size_t>(k)] : -1;
  return a >= 0 && d_.m(a).first == k && d_.m(a).kind == "Country" ? a : -1;
}

int MentionFinder::body_apposed_after(int after, bool state_office) const {
  // "President X of the Republic of Y," with no comma before "of": a state only, for an office
  // that binds a state (not a rank: "Lieutenant General X of Sierra Leone" tells where he is from)
  const bool comma = d_.key_is(after, ",");
  if (!comma && !state_office) return -1;
  const int of = comma ? after + 1 : after;
  if (!d_.key_is(of, "of")) return -1;
  const int k = d_.key_is(of + 1, "the") ? of + 2 : of + 1;
  const int a = k < n_ ? d_.atom_at[static_cast<size_t>(k)] : -1;
  if (a < 0 || d_.m(a).first != k || (!comma && d_.m(a).kind != "Country")) return -1;
  const int close = d_.m(a).last;
  return d_.key_is(close, ",") || d_.key_is(close, ".") || (!comma && d_.key_is(close, "and")) ? a : -1;
}

int MentionFinder::led_delegation_party(int t) const {
  int k = t - 1;
  if (k >= 0 && d_.is_role(k, Role::Determiner)) --k;
  if (!d_.key_is(k, "by")) return -1;
  if (d_.key_is(k - 1, "led") || d_.key_is(k - 1, "headed")) {
    k -= 2;
    if (d_.key_is(k, "was") || d_.key_is(k, "is") || d_.key_is(k, "were") || d_.key_is(k, "will")) --k;
    if (d_.key_is(k, "be")) k -= d_.key_is(k - 1, "will") ? 2 : 1;
    if (!(d_.key_is(k, "delegation") || d_.key_is(k, "team"))) return -1;
    --k;
    if (d_.key_is(k, "'s") || d_.key_is(k, "'")) --k;
    return k < 0 ? -1 : party_ending_at(k);
  }
  // the gapped second of "A was represented by X, and B by Y"
  const int party = k >= 1 ? party_ending_at(k - 1) : -1;
  if (party < 0 || !d_.key_is(d_.m(party).first - 1, "and")) return -1;
  const int s_first = d_.sentence_first(d_.sentence_of(t));
  for (int x = d_.m(party).first - 2; x > s_first; --x) {
    if (d_.key_is(x, "represented") && d_.key_is(x + 1, "by")) return party;
  }
  return -1;
}

int MentionFinder::accompanied_party(int t) const {
  int k = t - 1;
  if (k >= 0 && d_.is_role(k, Role::Determiner)) --k;
  if (!d_.key_is(k, "by") || !d_.key_is(k - 1, "accompanied")) return -1;
  k -= 2;
  if (d_.key_is(k, "was") || d_.key_is(k, "is") || d_.key_is(k, "were")) --k;
  if (!d_.key_is(k, "who") || !d_.key_is(k - 1, ",")) return -1;
  const int a = d_.atom_at[static_cast<size_t>(std::max(0, k - 2))];
  if (a < 0 || d_.m(a).last != k - 1 || d_.m(a).kind != "Person" || d_.m(a).office_body < 0) return -1;
  return d_.m(d_.m(a).office_body).kind == "Country" ? d_.m(a).office_body : -1;
}

int MentionFinder::relative_antecedent(int w) const {
  int k = w - 1;
  if (d_.key_is(k, ",")) --k;
  if (k < 0) return -1;
  return party_ending_at(k);
}

bool MentionFinder::former_before(int k) const {
  if (d_.key_is(k - 1, "the")) --k;
  return d_.ending_at(k, Role::FormerCue) != nullptr || (d_.key_is(k - 1, "-") && d_.ending_at(k - 1, Role::FormerCue));
}

std::string MentionFinder::title_text(int mod_first, const Match& office) const {
  std::string t(d_.span(mod_first, office.first + office.len));
  return t;
}

int MentionFinder::modifiers_before(int k) const {
  while (k > 0 && d_.ending_at(k, Role::OfficeModifier)) k = d_.ending_at(k, Role::OfficeModifier)->first;
  return k;
}

int MentionFinder::offices_held_together(int mod_first) const {
  const Match* first = d_.key_is(mod_first - 1, "and") ? d_.ending_at(mod_first - 1, Role::Office) : nullptr;
  return first != nullptr && !first->plural ? modifiers_before(first->first) : mod_first;
}

void MentionFinder::set_office(Mention& p, const Match& office, int mod_first, const std::string& rule) {
  p.office = office.hit.id;
  p.title = office.plural ? d_.lex.offices[static_cast<size_t>(office.hit.id)].title : title_text(mod_first, office);
  if (!office.plural && mod_first == office.first) p.title = d_.lex.offices[static_cast<size_t>(office.hit.id)].title;
  p.office_rule = rule;
  p.office_token = office.first;
  // "the chief of the Chilean defence staff": a nationality word inside the title names its state
  for (int k = office.first + 1; k < office.first + office.len && p.office_body < 0; ++k) {
    const int a = d_.atom_at[static_cast<size_t>(k)];
    if (a < 0 || d_.m(a).form != Form::Demonym) continue;
    p.office_body = a;
    d_.m(a).nested = true;
  }
}

void MentionFinder::titles() {
  const size_t count = d_.mentions.size();
  std::vector<bool> office_used(static_cast<size_t>(n_), false);
  for (size_t mi = 0; mi < count; ++mi) {
    if (d_.mentions[mi].kind != "Person" || d_.mentions[mi].form != Form::Name) continue;
    Mention p = d_.mentions[mi];
    int s = p.first;
    if (opening_bracket(s - 1)) --s;
    const int named = s;
    s = d_.honorifics_start(s);  // "Foreign Minister Prince Faisal", "the minister, Amb. (Dr.) X"
    // "the Home Secretary, the Rt Hon X": the article of a courtesy title goes with it
    if (s < named && d_.key_is(s - 1, "the")) --s;
    // Before the name: [former] [body] [modifiers] office [fields | of BODY] NAME
    int of_body = -1;
    const Match* off = office_before(s, &of_body);
    // "its deputy interior minister, Brigadier General X,": a rank between an apposed title and
    // the name; the apposed title is the office
    if (off != nullptr && titled_apposition_before(off->first, p.last)) {
      for (int k = off->first; k < off->first + off->len; ++k) office_used[static_cast<size_t>(k)] = true;
      s = off->first;
      off = nullptr;
    }
    if (off != nullptr) {
      // "Peruvian Deputy Prime Minister and Foreign Minister X": the body before the first of two
      // offices held together is the holder's
      const int mod_first = offices_held_together(modifiers_before(off->first));
      set_office(p, *off, mod_first, "office:title-before");
      // "Minister of Oceans and Fisheries": the fields name the office
      if (const int office_end = off->first + off->len; of_body < 0 && office_end < s) p.title += " " + clean(office_end, s);
      const int b = body_before(mod_first, p);
      if (of_body >= 0) complement_body(p, of_body);
      // "signed for Armenia by Foreign Minister X": the state the holder acts for
      if (p.office_body < 0 && p.appointer < 0 && b == mod_first && d_.key_is(b - 1, "by") && b >= 3) {
        const int party = party_ending_at(b - 2);
        if (party >= 0) {
          const int f = d_.key_is(d_.m(party).first - 1, "the") ? d_.m(party).first - 2 : d_.m(party).first - 1;
          if (d_.key_is(f, "for")) p.office_body = party;
        }
      }
      if (p.office_body < 0 && p.appointer < 0) p.office_body = led_delegation_party(b);
      // "Nepal was represented by Prime Minister X": the state the holder represents
      if (p.office_body < 0 && p.appointer < 0) p.office_body = represented_party(b);
      // "Brigadier General X, of the Kenya Defence Forces,": the body apposed after the name (a
      // state or body as it is; any other mention as an "of" complement of the title)
      if (p.office_body < 0 && p.appointer < 0) {
        const Office& o = d_.lex.offices[static_cast<size_t>(p.office)];
        if (const int a = body_apposed_after(p.last, (o.head || o.signs_for_state) && !o.armed_forces); a >= 0) {
          if (d_.m(a).kind == "Organization" || d_.m(a).kind == "Country") p.office_body = a;
          // ("President X of the Republic of Y": the state is part of the title, as before it)
          if (d_.key_is(p.last, "of")) d_.m(a).nested = true;
          else complement_body(p, p.last + 1);
        }
      }
      p.former = former_before(b);
      for (int k = off->first; k < off->first + off->len; ++k) office_used[static_cast<size_t>(k)] = true;
    } else if (titled_apposition_before(s, p.last)) {
      // "Latvia's defence minister, Jānis Ozols,", "its foreign minister, Awa Diallo, said"
      const Match* ap = apposition_office(s);
      // "Kuwait's prime minister and defence minister, X,": two offices held together; the
      // body before the first is the holder's
      const int mod_first = offices_held_together(modifiers_before(ap->first));
      set_office(p, *ap, mod_first, "office:apposition-before");
      const int b = body_before(mod_first, p);
      if (p.office_body < 0 && p.appointer < 0 && (d_.key_is(b - 1, "its") || d_.key_is(b - 1, "their"))) {
        p.office_body = by_antecedent(b - 1);
        if (p.office_body < 0) p.office_body = subject_party(b - 1);
      }
      if (p.office_body < 0 && p.appointer < 0 && d_.key_is(b - 1, "whose")) p.office_body = relative_antecedent(b - 1);
      if (p.office_body < 0 && p.appointer < 0) p.office_body = epithet_body(b);
      complement_body(p, d_.portfolio_end(ap->first + ap->len));
      if (p.office_body < 0 && p.appointer < 0) p.office_body = delegation_party(b);
      if (p.office_body < 0 && p.appointer < 0) p.office_body = represented_party(b);
      if (p.office_body < 0 && p.appointer < 0) p.office_body = led_delegation_party(b);
      if (p.office_body < 0 && p.appointer < 0) p.office_body = accompanied_party(b);
      p.former = former_before(b);
      for (int k = ap->first; k < ap->first + ap->len; ++k) office_used[static_cast<size_t>(k)] = true;
    }
    // "Major General X of the Armed Forces of Ukraine": a title before the name that names no
    // body, and "of" a body right after the name ("General X of Mali" is his nationality, no office)
    if (p.office >= 0 && p.office_body < 0 && p.appointer < 0 && p.office_token < p.first && d_.key_is(p.last, "of")) {
      const int z = d_.key_is(p.last + 1, "the") ? p.last + 2 : p.last + 1;
      const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
      if (a >= 0 && d_.m(a).first == z && d_.m(a).kind == "Organization") complement_body(p, p.last);
    }
    // After the name: ", the two chief negotiators named by X", ", Chilean President Ana Duarte's
    // chief negotiators", ", the Supreme Allied Commander Europe (SACEUR)", "is the Africa editor for the BBC".
    // ("General X, Mauritania's head of state,": a rank before the name names no body; an apposed
    // office with one is the office held)
    const bool bodiless_rank = p.office >= 0 && p.office_body < 0 && p.appointer < 0 && p.office_token < p.first;
    if (p.office < 0 || bodiless_rank) {
      int k = p.last;
      const bool copula = d_.key_is(k, "is") || d_.key_is(k, "was");
      if (d_.key_is(k, ",") || copula) {
        ++k;
        Mention apposed = p;
        appositive(apposed, k, copula, office_used);
        if (p.office < 0 || apposed.office_body >= 0 || apposed.appointer >= 0) p = std::move(apposed);
      }
    }
    if (p.office < 0) bracketed_office(p, office_used);
    d_.mentions[mi] = std::move(p);
  }
  // Appositions after a coordinated list give their title to each person in it.
  for (size_t mi = 0; mi < count; ++mi) {
    Mention& p = d_.mentions[mi];
    if (p.kind != "Person" || p.form != Form::Name || p.office >= 0) continue;
    // "Tomas Quiroga and Ada Tembo, the two chief negotiators": take the next person's title.
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
    // "the minister from Santiago", "the minister from Chile": the state the holder comes from
    if (r.office_body < 0 && r.appointer < 0) {
      if (const int from = state_from(end); from >= 0) {
        r.office_body = from;
        d_.m(from).nested = true;
        r.last = d_.m(from).last;
      }
    }
    r.former = former_before(b);
    // An office that no person here could hold ("the European Commission president") still
    // refers; coreference decides.
    const int from_first = r.last > end ? d_.m(r.office_body).first : -1;
    const int title = d_.add_mention(std::move(r));
    // (the words after "from" are the title's too: a subject ending there is its holder)
    for (int t = from_first; t >= 0 && t < d_.m(title).last; ++t) d_.atom_at[static_cast<size_t>(t)] = title;
    i = end - 1;
  }
}

// "Current membership: X MP (Chair); Y MP": an office alone in brackets right after a name is
// the holder's, at the body its sentence, or the one before, names first (the committee whose
// members are listed).
void MentionFinder::bracketed_office(Mention& p, std::vector<bool>& office_used) {
  if (!opening_bracket(p.last)) return;
  const Match* off = d_.longest(p.last + 1, Role::Office);
  if (off == nullptr || off->plural || !closing_bracket(p.last + 1 + off->len)) return;
  set_office(p, *off, off->first, "office:bracketed");
  if (p.office_body < 0 && p.appointer < 0) p.office_body = subject_party(p.first);
  for (int x = off->first; x < off->first + off->len; ++x) office_used[static_cast<size_t>(x)] = true;
}

void MentionFinder::appositive(Mention& p, int k, bool copula, std::vector<bool>& office_used) {
  // "X, then Chilean foreign minister, spoke at the 2026 meeting": the office held at the time
  // of the event told, not a former one
  if (!copula && d_.key_is(k, "then")) ++k;
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
  // "X, a former Uruguayan foreign minister": the office is no longer held
  for (int x = k; x < off_tok && !p.former; ++x) p.former = d_.longest(x, Role::FormerCue) != nullptr;
  body_before(mod_first, p);
  for (int x = off_tok; x < off_tok + off->len; ++x) office_used[static_cast<size_t>(x)] = true;
  // "Minister of Foreign Affairs and International Cooperation of Mali": past the office's fields
  int y = d_.portfolio_end(off_tok + off->len);
  // "Crown Prince and Deputy Prime Minister of X": a second office joined by "and" that a body closes;
  // the body is the first office's too
  if (d_.key_is(y, "and")) {
    if (const Match* second = d_.longest(y + 1, Role::Office)) {
      const int z = d_.portfolio_end(y + 1 + second->len);
      if (d_.key_is(z, "of") || d_.key_is(z, "for")) y = z;
    }
  }
  // "(SACEUR)" after the title
  if (opening_bracket(y)) {
    int z = y + 1;
    while (z < n_ && !closing_bracket(z) && z < y + 5) ++z;
    y = z + 1;
  }
  // "a fellow in the border studies programme at the X Institute": the body after a lower-case
  // part of it the holder works in
  if (d_.key_is(y, "in") && d_.key_is(y + 1, "the")) {
    int z = y + 2;
    while (z < n_ && z < y + 8 && d_.word(z) && !d_.cap(z) && !d_.key_is(z, "at")) ++z;
    if (z > y + 2 && d_.key_is(z, "at")) y = z;
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

}  // namespace kg::ingest::detail
