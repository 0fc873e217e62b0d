// Head-noun phrases: meetings, documents and forces with their modifiers and complements
// ("the European-led multinational force for Ukraine"), meetings named by the verb that reports
// them ("Leaders met in Paris"), and references to the article itself.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "ingest/mentions.h"
#include "ingest/name_key.h"

namespace kg::ingest::detail {

namespace {

// A meeting a verb describes from token `first`, placed at the Place mention `place` ("met in
// X", "to visit X").
Mention placed_meeting(int first, int place, const char* head, bool future) {
  Mention m;
  m.kind = "Meeting";
  m.form = Form::Phrase;
  m.head = head;
  m.specific = true;
  m.future = future;
  m.first = first;
  m.places.push_back(place);
  return m;
}

// "167th", "21st", "2nd", "3rd": digits and an ordinal suffix
bool ordinal_number(const std::string& k) {
  if (k.size() < 3) return false;
  const std::string suffix = k.substr(k.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  for (size_t i = 0; i + 2 < k.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(k[i]))) return false;
  }
  return true;
}

// "XXIV", "XIV": an edition's number in Roman numerals, written in capitals (two letters at
// least: "I" and "V" alone are a pronoun and an initial far more often).
bool roman_numeral(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return false;
  for (char c : text) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  }
  return true;
}

}  // namespace

bool MentionFinder::excluded(int h0, int h1, int kind_id) const {
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

bool MentionFinder::verbish(int i) const {
  return d_.longest(i, Role::FrameActive) || d_.longest(i, Role::SpeechVerb) || d_.longest(i, Role::WeakSpeechVerb) ||
         d_.longest(i, Role::Negation) || d_.longest(i, Role::Modality) || d_.is_role(i, Role::Auxiliary);
}

bool MentionFinder::counted_parties(int j, int e) const {
  if (e <= j || !d_.cue(e - 1, Cue::CountedParty)) return false;
  for (int t = j; t < e - 1; ++t) {
    if (d_.is(t, tok::kNumber) || d_.is_role(t, Role::Cardinal)) return true;
  }
  return false;
}

bool MentionFinder::modifier_word(int i) const {
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

// A meeting phrase that cannot be the one reported: "A second session is scheduled in X" (a
// schedule), "Another round is planned in X" (the
// article's talks are never "another" round of themselves), "the session in X, which Y will
// host" (a host still to come).
bool MentionFinder::announced_meeting(int left, int h0, int right) const {
  for (int t = std::max(0, left - 1); t < h0; ++t) {
    if (d_.key_is(t, "another")) return true;
  }
  // "A second session is scheduled to take place in X": the subject of a schedule
  if ((d_.key_is(right, "is") || d_.key_is(right, "are")) && d_.cue(right + 1, Cue::SchedulingWord)) return true;
  const int s_last = d_.sentence_last(d_.sentence_of(h0));
  // (past a month the phrase left out: "in Apia in March, which")
  while (right < s_last && (d_.key_is(right, "in") || d_.is_role(right, Role::Month) || d_.is(right, tok::kNumber))) ++right;
  if (!d_.key_is(right, ",") || !d_.key_is(right + 1, "which")) return false;
  for (int t = right + 2; t + 1 <= s_last && t < right + 8 && !d_.key_is(t, ","); ++t) {
    if ((d_.key_is(t, "will") || d_.key_is(t, "shall")) && (d_.key_is(t + 1, "host") || d_.key_is(t + 1, "hold"))) return true;
  }
  return false;
}

void MentionFinder::verbal_meetings() {
  for (int i = 0; i < n_; ++i) {
    // ("sat down at the palace in Quito": met there; "sat down together at", "met together in")
    const bool past = d_.key_is(i, "met") || d_.key_is(i, "convened") || d_.key_is(i, "gathered") ||
                      (d_.key_is(i, "down") && d_.key_is(i - 1, "sat"));
    const bool to_come = (d_.key_is(i, "meet") || d_.key_is(i, "reconvene")) &&
                         (d_.key_is(i - 1, "to") || d_.key_is(i - 1, "will") || d_.key_is(i - 1, "shall"));
    // "The Nordic Council closed in Reykjavik": a body's session that opened or closed
    // somewhere met there (the body named right before the verb)
    const bool session = (d_.key_is(i, "closed") || d_.key_is(i, "opened")) && i > 0 && d_.atom_at[static_cast<size_t>(i - 1)] >= 0 &&
                         d_.m(d_.atom_at[static_cast<size_t>(i - 1)]).kind == "Organization" &&
                         d_.m(d_.atom_at[static_cast<size_t>(i - 1)]).last == i;
    // "invited the president to visit Tokyo next year": a visit still to come
    const bool visit = d_.key_is(i, "visit") && (d_.key_is(i - 1, "to") || d_.key_is(i - 1, "will")) && !d_.in_quote(i);
    if (visit && d_.phrase_at[static_cast<size_t>(i)] < 0) {
      const int a = i + 1 < n_ ? d_.atom_at[static_cast<size_t>(i + 1)] : -1;
      if (a >= 0 && d_.m(a).first == i + 1 && d_.m(a).kind == "Place") {
        Mention m = placed_meeting(i, a, "visit", true);
        m.last = d_.m(a).last;
        m.surface = "visit to " + d_.m(a).surface;
        m.aliases.push_back(m.surface);
        d_.add_mention(std::move(m));
      }
      continue;
    }
    if (!past && !to_come && !session) continue;
    if (d_.phrase_at[static_cast<size_t>(i)] >= 0 || d_.in_quote(i)) continue;
    int k = d_.key_is(i + 1, "together") ? i + 2 : i + 1;
    if (to_come && (d_.key_is(k, "again") || d_.key_is(k, "next"))) ++k;
    // "the envoys will meet again next spring in Oslo": the time said before the place
    if (to_come && d_.key_is(k, "next") && d_.word(k + 1) && !d_.cap(k + 1) && (d_.key_is(k + 2, "in") || d_.key_is(k + 2, "at"))) k += 2;
    // "A met with B at the palace": a meeting of the two, where it was held
    std::vector<int> partners;
    if (d_.key_is(i, "met") && d_.key_is(k, "with")) {
      const int a = person_ending_before(i);
      k = party_list(k + 1, partners);
      std::erase_if(partners, [&](int w) { return d_.m(w).kind != "Person"; });
      if (a < 0 || partners.empty()) continue;
      partners.insert(partners.begin(), a);
    }
    if (!(d_.key_is(k, "in") || d_.key_is(k, "at"))) continue;
    ++k;
    if (d_.key_is(k, "the")) ++k;
    const int a = k < n_ ? d_.atom_at[static_cast<size_t>(k)] : -1;
    if (a < 0 || d_.m(a).first != k || d_.m(a).kind != "Place") continue;
    Mention m = placed_meeting(i, a, "meeting", to_come);
    m.verb = true;
    m.partners = partners;
    int e = d_.m(a).last;
    // "met at the Joint Warfare Headquarters in Stavanger": the venue, then its town
    if (d_.key_is(e, "in") && e + 1 < n_) {
      const int c = d_.key_is(e + 1, "the") ? e + 2 : e + 1;
      const int town = c < n_ ? d_.atom_at[static_cast<size_t>(c)] : -1;
      if (town >= 0 && d_.m(town).first == c && d_.m(town).kind == "Place") {
        m.places.push_back(town);
        e = d_.m(town).last;
      }
    }
    std::string iso;
    int wd = 0;
    int z = d_.key_is(e, "on") ? e + 1 : e;
    if (const int used = parse_date(d_, z, iso, wd)) {
      m.date = iso.empty() ? "wd:" + std::to_string(wd) : iso;
      m.weekday = wd;
      e = z + used;
    }
    m.last = e;
    // the body that met owns the meeting: "The Contact Group met in Nairobi"
    int b = i;
    while (b > 0 && d_.is_role(b - 1, Role::Auxiliary)) --b;
    if (const Match* dn = d_.ending_at(b, Role::DelegationNoun)) b = dn->first;  // "NATO leaders met"
    const int owner = b > 0 ? d_.atom_at[static_cast<size_t>(b - 1)] : -1;
    if (owner >= 0 && d_.m(owner).last == b && d_.m(owner).kind == "Organization") m.owner = owner;
    m.surface = "meeting in " + d_.m(a).surface;
    m.aliases.push_back(m.surface);
    // "The foreign ministers of A, B and C met in Seoul": an analyst calls it by who met, the
    // "foreign ministers' meeting in Seoul"
    const int s0 = d_.sentence_first(d_.sentence_of(i));
    const int o0 = d_.key_is(s0, "the") ? s0 + 1 : s0;
    if (const Match* om = d_.longest(o0, Role::Office); om && om->plural && d_.key_is(o0 + om->len, "of") && o0 + om->len < b) {
      const std::string who = clean(o0, o0 + om->len);
      m.aliases.push_back(who + "' meeting in " + d_.m(a).surface);
      m.aliases.push_back(d_.m(a).surface + " " + who + "' meeting");
    }
    if (to_come) {
      // "due to meet again in Niamey ..., at a round of talks that ...": a meeting phrase
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

bool MentionFinder::consent_before(int det) const {
  for (int k = std::max(0, det - 4); k < det; ++k) {
    if (d_.cue_length(k, Cue::ConsentOpener) == det - k) return true;
  }
  return false;
}

void MentionFinder::phrases() {
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
    // ("resolution 3012 (2027)": UN texts cite their resolutions in lower case)
    if (const Match* art = d_.longest(i, Role::ArticleHead); art && d_.is(i + 1, tok::kNumber)) {
      article_reference(i);
      continue;
    }
    if (!best.m) continue;
    // "the Agreement on Maritime Security Cooperation": a capitalised head inside a titled
    // text's name is a word of the title
    // ("the Memorandum of Cooperation on ...": also the first word after a small word of it)
    if (const int ph = d_.phrase_at[static_cast<size_t>(i)];
        ph >= 0 && d_.m(ph).kind == "Document" && d_.m(ph).first < i && d_.cap(i) &&
        ((d_.cap(i - 1) && d_.word(i - 1)) || d_.key_is(i - 1, "of") || d_.key_is(i - 1, "on") || d_.key_is(i - 1, "for"))) {
      continue;
    }
    const int h0 = i, h1 = i + best.m->len;
    // "we call on others to do the same", "they meet again in May": a verb after its subject
    if (best.kind == "Meeting" && !d_.cap(h0) && h0 > 0 && d_.cue(h0 - 1, Cue::SubjectPronoun)) continue;
    // "pending the agreement of the host authorities": a consent still to be given, no text
    if (best.kind == "Document" && !d_.cap(h0) && d_.key_is(h0 - 1, "the") && consent_before(h0 - 1)) continue;
    // "the logistics component" is a capability for the force in question, "security arrangements"
    // a common noun; "a Coastal Early Warning Component", "the Component", "the Kivu Ceasefire
    // Arrangements" name a force and a text
    if (!d_.cap(h0) && best.m->len == 1 &&
        (d_.lex.named_only_heads.count(d_.key(h0)) != 0 || d_.lex.named_only_heads.count(singular(d_.key(h0))) != 0)) {
      continue;
    }
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
    // "a two-day ministerial parley": a meeting head right before another modifies it
    if (best.kind == "Meeting" && !d_.cap(h0) && d_.word(h1) && !d_.cap(h1) && d_.longest(h1, Role::MeetingHead) &&
        !excluded(h1, h1 + d_.longest(h1, Role::MeetingHead)->len, 0)) {
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
    if (best.kind == "Force" && in_portfolio(h0)) continue;
    if (d_.atom_at[static_cast<size_t>(h0)] >= 0) continue;  // part of a name
    // A head followed by a capitalised name is part of a bigger name ("Coalition Forces").
    build_phrase(h0, h1, best);
    i = h1 - 1;
  }
  titles_over_forces();
}

void MentionFinder::titles_over_forces() {
  for (Mention& doc : d_.mentions) {
    if (doc.kind != "Document" || doc.form != Form::Phrase || doc.dropped) continue;
    // a titled text: a capitalised head and "on"/"for" its subject ("the Agreement on the ...")
    bool titled = false;
    for (int t = doc.first; t < doc.last && !titled; ++t) {
      const Match* h = d_.cap(t) ? d_.longest(t, Role::DocumentHead) : nullptr;
      titled = h != nullptr && (d_.key_is(t + h->len, "on") || d_.key_is(t + h->len, "for"));
    }
    if (!titled) continue;
    for (const Mention& force : d_.mentions) {
      if (force.kind != "Force" || force.form != Form::Phrase || force.dropped) continue;
      if (force.first <= doc.first || force.first > doc.last || force.last <= doc.last) continue;
      const int from = d_.is_role(doc.first, Role::Determiner) ? doc.first + 1 : doc.first;
      doc.last = force.last;
      doc.surface = std::string(d_.span(from, doc.last));
      doc.aliases.push_back(doc.surface);
      doc.specific = true;
      break;
    }
  }
}

void MentionFinder::article_reference(int i) {
  // "Article 5", "NATO's Article 5", "Article 5 of the treaty", "resolution 3012"
  Mention m;
  m.first = i;
  m.last = i + 2;
  m.kind = "Document";
  m.form = Form::Phrase;
  m.head = d_.key(i);  // "article", "resolution": "the resolution" refers back to the latter
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

int MentionFinder::organ_body(int z) const {
  const Match* sit = d_.longest(z, Role::DelegationNoun);
  if (sit == nullptr) return -1;
  int w = z + sit->len;
  // "and Government": more of those who sit in it, capitalised
  while (w < n_ && w < z + sit->len + 3 && (d_.key_is(w, "and") || (d_.word(w) && d_.cap(w)))) ++w;
  if (!d_.key_is(w, "of")) return -1;
  const int o = d_.key_is(w + 1, "the") ? w + 2 : w + 1;
  const int a = o < n_ ? d_.atom_at[static_cast<size_t>(o)] : -1;
  return a >= 0 && d_.m(a).first == o && d_.m(a).kind == "Organization" ? a : -1;
}

bool MentionFinder::pledged_unit(const Mention& m, const std::vector<int>& mods, int left, bool placed) const {
  // (a state it is in, "a battalion in Latvia", leaves it a unit pledged to the force there)
  const bool at_place = std::any_of(m.places.begin(), m.places.end(), [&](int p) { return d_.m(p).kind == "Place"; });
  if (m.definite || m.owner >= 0 || !m.leaders.empty() || at_place || placed) return false;
  if (d_.lex.pledged_unit_heads.count(m.head) == 0) return false;
  for (int t : mods) {
    if (d_.cap(t)) return false;
  }
  // "the operation would grow by a third, with a new unit to secure the ports": a unit a force
  // named before it in the sentence is given "with" is a part of that force
  if (d_.key_is(left - 1, "with") && (m.det == "a" || m.det == "an")) {
    for (int t = d_.sentence_first(d_.sentence_of(left)); t < left - 1; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      const int ph = a >= 0 ? a : d_.phrase_at[static_cast<size_t>(t)];
      if (ph >= 0 && d_.m(ph).kind == "Force" && !d_.m(ph).dropped) return true;
    }
  }
  // (a second object coordinated after the verb's first: "will send 80 military
  // instructors and a signals unit")
  int reach = 4;
  for (int v = left - 1; v >= 0 && v >= left - reach; --v) {
    if (d_.key_is(v, ",") || d_.key_is(v, ".") || d_.key_is(v, ";")) return false;
    // "c) the Republic of X: one mechanised battalion of 640 troops": a list item's pledge (also
    // its second unit, "...: one squadron of 90 troops and a field hospital unit")
    if (d_.key_is(v, ":") && !d_.in_quote(v)) return true;
    if (d_.key_is(v, "and") && reach == 4) reach = left - v + 8;
    if (d_.ending_at(v + 1, Role::FrameActive) && !d_.in_quote(v)) return true;
  }
  return false;
}

// A sea, a continent or an area of several states before a meeting's head says what the
// meeting is about, not where it met ("Baltic Sea Security Summit", "Arctic ministerial").
bool MentionFinder::names_a_region(const Mention& place) const {
  if (place.lex < 0) return false;
  const std::string& type = d_.lex.entities[static_cast<size_t>(place.lex)].type;
  return type == "sea" || type == "water" || type == "continent" || type == "area";
}

void MentionFinder::build_phrase(int h0, int h1, const HeadInfo& hi) {
  Doc::MentionDraft draft(d_);  // built in place; dropped on the early returns
  Mention& m = draft.m;
  m.kind = hi.kind;
  m.form = Form::Phrase;
  m.head = ascii_lower(singular(std::string(d_.span(h0, h1))));
  // "meetings", "declarations": nothing in particular; nor do "observer teams" or "border units"
  // name one force (a set of forces is told by its members or by a name of its own)
  if (hi.m->plural) return;

  // ---- left: modifiers back to a determiner
  int left = h0;
  std::vector<int> mods;   // tokens of modifier words
  bool generic_only = true;
  bool qualifying = false;
  int k = h0 - 1;
  auto take_atom = [&](int a) {
    Mention& am = d_.m(a);
    am.nested = true;
    // ("the Bamako Declaration" cited: a place only inside a text's name is none, unless a fact
    // needs it, the meeting held there)
    // (so is a sea or region inside a force's name, "the Coral Sea Joint Patrol Group")
    am.weak = am.weak || (am.kind == "Place" && (m.kind == "Document" || (m.kind == "Force" && names_a_region(am))));
    // ("the Juba–Khartoum dialogue": a place joined by a dash to another name is a side of the
    // talks, not where they are held)
    const bool paired = (d_.key_is(am.first - 1, "-") && d_.word(am.first - 2) && d_.cap(am.first - 2)) ||
                        (d_.key_is(am.last, "-") && d_.word(am.last + 1) && d_.cap(am.last + 1));
    if (am.kind == "Place") {
      if (m.kind != "Meeting" || (!names_a_region(am) && !paired)) m.places.push_back(a);
    } else if (am.kind == "Organization" || am.kind == "Country") {
      if (m.owner < 0) m.owner = a;
    }
    generic_only = false;
    left = am.first;
    k = am.first - 1;
  };
  // a meeting's edition ("the 12th", "the second"): one session of a series told from the next
  auto take_edition = [&](int at) {
    m.ordinal = d_.key(at);
    mods.push_back(at);
    left = at;
    generic_only = false;
  };
  int led_end = -1;  // the token after "US-led": a capitalised name there starts the name
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
    // "the communique of that meeting", "at that summit": a demonstrative after a preposition
    // points back like "the" ("that" elsewhere is mostly a conjunction)
    if (m.kind == "Meeting" && d_.key_is(k, "that") && k >= 1 && (d_.key_is(k - 1, "of") || d_.key_is(k - 1, "at"))) {
      m.definite = true;
      m.det = "the";
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
    // "the first leaders' meeting": a lower-case plural possessive names no owner, and the
    // determiner before it makes the phrase definite (its words name nothing in particular, so
    // they stay out of its names)
    if (m.kind == "Meeting" && d_.key_is(k, "'") && k >= 1 && d_.word(k - 1) && !d_.cap(k - 1) && d_.key(k - 1).ends_with('s') &&
        d_.atom_at[static_cast<size_t>(k - 1)] < 0 && left == h0) {
      int v = k - 2;
      while (v >= 0 && v > k - 5 && modifier_word(v) && !d_.ending_at(v + 1, Role::Determiner)) --v;
      if (const Match* det = v >= 0 ? d_.ending_at(v + 1, Role::Determiner) : nullptr; det && det->len == 1) {
        m.definite = det->hit.id == 1;
        m.det = d_.key(v);
      }
      break;
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
        if (d_.m(a).kind == "Country" || d_.m(a).kind == "Organization") {
          m.leaders.push_back(a);
          if (led_end < 0) led_end = k + 1;
        }
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
    // "the XIV Regular Session" and "the XV Regular Session" are two editions
    if (m.kind == "Meeting" && d_.word(k) && roman_numeral(d_.text(k))) {
      m.ordinal = std::string(d_.text(k));
      mods.push_back(k);
      left = k;
      k -= 1;
      generic_only = false;
      continue;
    }
    // "the second session" and "the third session" too, in words
    if (m.kind == "Meeting" && d_.is_role(k, Role::Ordinal)) {
      take_edition(k--);
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
      // "its 167th session", "the 12th Andean Ministers' Meeting": the edition's number tells one
      // session of a body, or one meeting of a series, from the next
      if (m.kind == "Meeting" && ordinal_number(d_.key(k))) {
        take_edition(k--);
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
    // "Bay of Bengal Maritime Task Force": "of" inside a capitalised name
    // ("Head of Mission", "Chief of Mission": a leader's post, not the force's name)
    if (proper && d_.key_is(k, "of") && left == k + 1 && d_.cap(k + 1) && k >= 1 && d_.word(k - 1) && d_.cap(k - 1) &&
        !common(k - 1) && d_.atom_at[static_cast<size_t>(k - 1)] < 0 && !office_at(k - 1) && !d_.cue(k - 1, Cue::LeaderNoun)) {
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
      // "the assembly will hold its 52nd session in Banjul", "Chile will host the 10th summit",
      // "X would host a meeting in Y"
      const bool holds = d_.key_is(t, "hold") || d_.key_is(t, "host");
      m.future = m.future || (holds && (d_.key_is(t - 1, "will") || d_.key_is(t - 1, "would") || d_.key_is(t - 1, "shall") ||
                                        d_.key_is(t - 1, "to")));
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
  int parenthetical_end = -1;  // where the phrase ended before a ", held in ..." parenthetical
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
        // "the pledging conference in Amman next month": a meeting to come
        if (m.kind == "Meeting" && d_.key_is(j, "next")) m.future = true;
        j += 2;
        continue;
      }
      if ((d_.key_is(j, "over") || d_.key_is(j, "at")) && d_.key_is(j + 1, "the") &&
          (d_.key_is(j + 2, "weekend") || d_.key_is(j + 2, "end"))) {
        j += 3;
        continue;
      }
    }
    // ", at the State House in Nairobi": a place set off by a comma still belongs to a meeting
    if (m.kind == "Meeting" && d_.key_is(j, ",") && (d_.key_is(j + 1, "at") || d_.key_is(j + 1, "in"))) {
      int z = j + 2;
      if (d_.key_is(z, "the")) ++z;
      const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
      if (a >= 0 && d_.m(a).first == z && d_.m(a).kind == "Place") {
        ++j;
        continue;
      }
    }
    // "The meeting, hosted by Chile and chaired by ...": a meeting its host names is one in
    // particular, even before the article names it otherwise (the passives read the host and
    // chair off the phrase, which ends at the comma)
    if (m.kind == "Meeting" && d_.key_is(j, ",") && j == h1 && (d_.key_is(j + 1, "hosted") || d_.key_is(j + 1, "co-hosted")) &&
        d_.key_is(j + 2, "by")) {
      m.specific = true;
    }
    if (m.kind == "Meeting") {
      // "an extraordinary meeting of ECCAS defence and interior ministers held at ...": the
      // owner's delegation belongs to the phrase, and where it met may still follow
      if (m.owner >= 0 && d_.m(m.owner).last == j) {
        int z = j;
        while (z < n_ && z < j + 5 && !d_.longest(z, Role::DelegationNoun) && (modifier_word(z) || d_.key_is(z, "and"))) ++z;
        if (const Match* dn = z < n_ ? d_.longest(z, Role::DelegationNoun) : nullptr) {
          j = right = z + dn->len;
          continue;
        }
      }
      if (const int z = held_at(j, m); z > j) {
        // ", held in X," is a parenthetical: its places are the meeting's, but the phrase ends
        // before it ("The session, held in X, was chaired by Y")
        if (d_.key_is(j, ",") && parenthetical_end < 0) parenthetical_end = right;
        j = z;
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
    // "talks in Kampala mediated by Qatar and the EAC": talks someone mediated are talks
    // in particular (the mediators attend through the passive, which needs the phrase to end
    // before the participle)
    if ((p == "mediated" || p == "co-mediated" || p == "facilitated" || p == "co-facilitated" || p == "brokered") &&
        m.kind == "Meeting" && d_.key_is(j + 1, "by") && d_.atom_at[static_cast<size_t>(j + 2)] >= 0) {
      m.specific = true;
      break;
    }
    if (p == "by" && m.kind == "Document") {
      int e = party_list(j + 1, m.by);
      // "a declaration by the Director-General": a maker named by the office alone
      const Match* office = e > j + 1 || !d_.key_is(j + 1, "the") ? nullptr : d_.longest(j + 2, Role::Office);
      if (office != nullptr && !office->plural) {
        e = j + 2 + office->len;
        m.specific = true;
      }
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
      // a participle: "a statement issued after the summit"; the head stays the name
      m.specific = true;
      right = j + 1;
      j = j + 1;
      ++n_complements;
      continue;
    }
    // "X held talks with Y at the palace": the people who met are the meeting's partners, and
    // where it was held may follow them
    // ("held a welcome ceremony for Y": the one it was held for)
    if ((p == "with" || p == "for") && m.kind == "Meeting" && m.partners.empty()) {
      if (const int holder = holder_before(left); holder >= 0) {
        std::vector<int> with;
        const int e = party_list(j + 1, with);
        std::erase_if(with, [&](int w) { return d_.m(w).kind != "Person"; });
        // "held talks with Y on the sidelines": part of the meeting whose sidelines they were
        bool sidelines = false;
        for (int t = e; t < e + 3 && !sidelines; ++t) sidelines = d_.key_is(t + 1, "the") && d_.cue(t + 2, Cue::Sidelines);
        if (!with.empty() && !sidelines) {
          m.partners.push_back(holder);
          m.partners.insert(m.partners.end(), with.begin(), with.end());
          m.specific = true;
          j = right = e;
          ++n_complements;
          continue;
        }
      }
    }
    // "an agreement to reopen three border markets in the valley": a text's purpose in an
    // infinitive, up to the first comma or preposition, names it
    if (p == "to" && m.kind == "Document" && complement_first.empty() && d_.word(j + 1) && !d_.cap(j + 1) &&
        !d_.is_role(j + 1, Role::Determiner) && !d_.is_role(j + 1, Role::FunctionWord)) {
      int e = j + 1;
      while (e < n_ && e < j + 9 && (d_.word(e) || d_.is(e, tok::kNumber)) && !d_.cap(e) && !d_.is_role(e, Role::FunctionWord)) ++e;
      if (e - j >= 3) {
        complement_first = p;
        complement_start = j;
        complement_end = right = e;
        ++n_complements;
      }
      break;
    }
    if (p == "of" || p == "on" || p == "for" || p == "to" || p == "with" || p == "across" || p == "in" || p == "at") {
      // "leads the air-defence coalition with Norway", "the coalition it leads with Chile": after
      // a lead verb, "with" names a co-leader, no part of the force's name
      if (p == "with" && m.kind == "Force" && lead_verb_near(left, j)) break;
      const int e = complement(j, m);
      if (e <= j + 1) break;
      if (qualifies_ && n_complements == 0) qualifying_complement = true;
      if (complement_first.empty()) {
        complement_first = p;
        complement_end = e;
        complement_start = j;
      } else if (m.kind == "Document" && d_.cap(h0) && complement_end == j && d_.cap(e - 1) && (p == "of" || p == "on" || p == "for")) {
        complement_end = e;  // "Memorandum of Cooperation on the Establishment of ...": a title goes on
      }
      j = right = e;
      ++n_complements;
      continue;
    }
    break;
  }
  if (parenthetical_end >= 0) right = parenthetical_end;

  // "returned to Cairo on Sunday for a new round of indirect talks": a meeting with no place of
  // its own is where its clause just went, when the clause names one place
  // (not talks a span of time counts, "at his residence and chaired all three days of talks": those
  // are the text's own)
  const bool spanned = m.kind == "Meeting" && left == h0 && d_.key_is(h0 - 1, "of") && d_.cue(h0 - 2, Cue::TimeSpan);
  if (m.kind == "Meeting" && m.places.empty() && !spanned) {
    // (within a dozen tokens, or two dozen inside its clause: "flew to X late on Tuesday,
    // leading a large delegation, for a working visit" has a comma; "flew to X late on Tuesday
    // with a large delegation of ministers and officials for a working visit" does not)
    const int s_first = d_.sentence_first(d_.sentence_of(h0));
    int clause_first = std::max(s_first, left - 24);
    for (int t = left - 1; t > clause_first; --t) {
      if (d_.key_is(t, ",") || d_.key_is(t, ";")) clause_first = std::min(t + 1, std::max(s_first, left - 12));
    }
    int found = -1, count = 0;
    for (int t = clause_first; t < left; ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t)];
      if (a < 0 || d_.m(a).first != t || d_.m(a).kind != "Place") continue;
      if (locative_before(t)) {
        found = a;
        ++count;
      }
    }
    if (count == 1) m.places.push_back(found);
  }
  if (m.kind == "Meeting" && !m.future) m.future = announced_meeting(left, h0, right);
  // "The next summit will be hosted by Chile in Santiago": a meeting to come is where the
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
  // "the informal meeting on X, which I attended in Geneva": a relative clause after the
  // meeting that attends or holds it in one place puts it there
  if (m.kind == "Meeting" && m.places.empty() && d_.key_is(right, ",") && d_.key_is(right + 1, "which")) {
    const int s_last = d_.sentence_last(d_.sentence_of(h0));
    for (int t = right + 2; t + 1 < s_last && t < right + 8 && !d_.key_is(t, ","); ++t) {
      const int a = d_.atom_at[static_cast<size_t>(t + 1)];
      if (!d_.key_is(t, "in") || !d_.longest(t - 1, Role::FrameActive) || a < 0 || d_.m(a).first != t + 1) continue;
      if (d_.m(a).kind == "Place") m.places.push_back(a);
      break;
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
    // "the OSCE Mission to Moldova", "the UN Mission in Liberia": a capitalised head mid-sentence
    // sent to a state names one mission in particular
    bool named_for_state = false;
    if (d_.cap(h0) && !d_.is(h0, tok::kUpper) && h0 != d_.sentence_first(d_.sentence_of(h0)) && complement_start == h1 &&
        (complement_first == "to" || complement_first == "in" || complement_first == "for")) {
      const int a = d_.atom_at[static_cast<size_t>(h1 + 1)];
      named_for_state = a >= 0 && d_.m(a).first == h1 + 1 && d_.m(a).kind == "Country";
    }
    // "the brigade in Latvia": a definite one placed in a state is the one there
    bool definite_in_state = false;
    if (m.definite && complement_start == h1 && complement_first == "in") {
      const int a = d_.atom_at[static_cast<size_t>(h1 + 1)];
      definite_in_state = a >= 0 && d_.m(a).first == h1 + 1 && d_.m(a).kind == "Country";
    }
    m.specific = qualifying || qualifying_complement || !m.leaders.empty() || !m.by.empty() || plain >= 2 ||
                 (committed && plain >= 1) || named_for_state || definite_in_state;
  } else if (hi.id == 1) {
    m.specific = true;
  } else {
    m.specific = m.specific || !generic_only || has_attrs || has_complement;
  }
  // ("in the port city of X", "at the base": a unit placed where it is built is a thing of its own)
  const int placed_at = h1 + 1 < n_ && (d_.key_is(h1, "in") || d_.key_is(h1, "at")) ? d_.atom_at[static_cast<size_t>(h1 + 1)] : -1;
  const bool placed = (d_.key_is(h1, "in") || d_.key_is(h1, "at")) &&
                      (d_.key_is(h1 + 1, "the") || (placed_at >= 0 && d_.m(placed_at).kind == "Place"));
  if (m.kind == "Force" && pledged_unit(m, mods, left, placed)) return;
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
    // "the prime ministers signed an agreement to reopen three border markets": a text signed is one in
    // particular
    if (const Match* v = left > 0 && (m.det == "a" || m.det == "an") ? d_.ending_at(left, Role::FrameActive) : nullptr;
        v != nullptr && d_.lex.frames[static_cast<size_t>(v->hit.id)].type == "SIGNED" && !d_.in_quote(left)) {
      named = true;
    }
    // "the Agreement on Maritime Security Cooperation": a capitalised head and a capitalised
    // subject after it are the text's title
    // ("on the Status of ...": the article before the subject's name too)
    const int subject = complement_start >= 0 && d_.key_is(complement_start + 1, "the") ? complement_start + 2 : complement_start + 1;
    named = named || (d_.cap(h0) && !d_.is(h0, tok::kNewPara) && h0 != d_.sentence_first(d_.sentence_of(h0)) && complement_start >= 0 &&
                      (complement_first == "on" || complement_first == "for") && d_.cap(subject));
    m.specific = named;
  }
  // "willing to work with any navy that shares our aims": with anyone at all, nothing
  // in particular
  if (m.kind == "Force" && complement_first == "with" && complement_start >= 0 &&
      (d_.key_is(complement_start + 1, "any") || d_.key_is(complement_start + 1, "every"))) {
    return;
  }
  // "the second meeting in the 3+2 format": the format a meeting is held in is no meeting (nor
  // the one states took part "in", "observers, just as in the five-party format of 2011")
  if (m.kind == "Meeting" && m.head == "format") {
    if (left > 0 && d_.key_is(left - 1, "in")) return;
    for (int t = h0 - 1; t >= 1 && t >= h0 - 6; --t) {
      if (d_.key_is(t, "in") && d_.is_role(t - 1, Role::MeetingHead)) return;
      if (d_.key_is(t, ",") || d_.key_is(t, ".")) break;
    }
  }
  // "I shall make a statement to the press": a statement one makes is a speech, no text
  if (m.kind == "Document" && m.head == "statement" && left > 0 &&
      (d_.key_is(left - 1, "make") || d_.key_is(left - 1, "makes") || d_.key_is(left - 1, "made") || d_.key_is(left - 1, "making"))) {
    return;
  }
  // "chaired both days of talks", "after eleven days of talks": the talks a span of time
  // counts are the ones the text is about
  if (m.kind == "Meeting" && !m.specific && !m.definite && spanned) m.definite = true;
  if (!m.specific && !m.definite) return;  // "talks", "a meeting": nothing to refer to
  if (hi.id == 2 && !m.specific && !m.definite) return;
  if (m.kind == "Meeting") {
    // "any breach would be answered with a video call": a meeting a quotation imagines
    if (!m.definite && (m.det == "a" || m.det == "an") && d_.in_quote(h0)) return;
    // "several rounds of talks", "a series of meetings": many meetings, none in particular
    for (int t = std::max(0, std::min(left, h0) - 1); t < h0; ++t) {
      if (d_.cue(t, Cue::QuantityWord)) return;
    }
    // "commits both navies to regular consultations": meetings held at intervals are a practice,
    // none in particular (unless a determiner or a capital points at one)
    if (!m.definite && !d_.cap(h0)) {
      for (int t = left; t < h0; ++t) {
        if (d_.is_listed(t, WordList::RecurrenceModifier)) return;  // heads.json meeting/recurrence_modifiers
      }
    }
  }

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
  // "a US-led Haiti Border Monitoring Mission": the leader is a LEADS fact, not part of the
  // proper name after it ("the US-led monitoring mechanism" keeps it: no name follows)
  if (led_end > core_first && led_end < h0 && d_.cap(led_end) && !m.leaders.empty()) core_first = led_end;
  m.first = left;
  m.last = right;
  const std::string head_text(d_.span(h0, h1));
  std::string core = clean(core_first, h1);
  // ("a declaration by Macron" is no name; "the Memorandum on X, signed by A and B": the
  // people come after the name)
  bool person_in_complement = false;
  if (complement_first == "by" || complement_first == "led") {
    for (int b : m.by) person_in_complement = person_in_complement || d_.m(b).kind == "Person";
    for (int b : m.leaders) person_in_complement = person_in_complement || d_.m(b).kind == "Person";
  }
  // The complement belongs in the name only when it follows the head directly.
  // ("the communique of that meeting": a pointer back, no name)
  const bool pointer = m.kind == "Document" && complement_start == h1 && d_.key_is(h1, "of") && d_.key_is(h1 + 1, "that");
  const bool adjacent = (complement_start < 0 || complement_start == h1) && !pointer;
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
    // "the 12th Andean Ministers' Meeting" is also the Andean Ministers' Meeting, by its name
    if (!m.ordinal.empty() && d_.key_is(core_first, m.ordinal) && d_.cap(core_first + 1)) add_alias(clean(core_first + 1, h1));
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
      // but not "Ministerial Meeting": a head before the head is still a bare head, shared by
      // every ministerial meeting of the year
      const bool head_before_head = m.kind == "Meeting" && d_.is_role(last_mod, Role::MeetingHead);
      if (last_mod + 1 == h0 && !d_.is_role(last_mod, Role::GenericModifier) && !d_.is(last_mod - 1, tok::kHyphen) &&
          !head_before_head) {
        add_alias(clean(last_mod, h1));
      }
      // qualifying modifiers alone: "monitoring and verification mechanism" -> "verification mechanism"
    }
  }
  // "the EU's Sahel Ammunition Requirements List (SARL)": an acronym in brackets right after
  // a named force whose letters are the initials of the name's last capitalised words
  if (m.specific && m.kind == "Force" && d_.key_is(right, "(") && d_.is(right + 1, tok::kUpper) && d_.key_is(right + 2, ")")) {
    std::string initials, letters;
    for (int t = left; t < right; ++t) {
      if (d_.word(t) && d_.cap(t) && !d_.is(t, tok::kUpper)) initials += d_.span(t, t + 1).front();
    }
    for (char c : d_.span(right + 1, right + 2)) {
      if (std::isupper(static_cast<unsigned char>(c))) letters += c;
    }
    if (letters.size() >= 2 && initials.ends_with(letters)) add_alias(std::string(d_.span(right + 1, right + 2)));
  }
  m.surface = with_complement.empty() ? core : with_complement;
  if (m.surface.empty()) m.surface = head_text;
  // "invites a foreign armed presence in new helmets", "lost in the next communique", in a
  // quotation: a figure of speech, named only when something outside the quotation names it
  // too or a fact needs it; a quoted phrase with a name, a qualifier, an owner, signers, leaders
  // or a place ("a joint declaration by the partner states") still names its thing
  bool named = m.owner >= 0 || !m.by.empty() || !m.leaders.empty() || !m.places.empty() || !m.qualifiers.empty() || d_.cap(h0);
  for (int t : mods) named = named || d_.cap(t);
  m.weak = d_.in_quote(h0) && !named;
  // "would not sign anything resembling a treaty", "opposed any treaty": a kind of text, no text
  // in particular (a bare head in lower case)
  if (m.kind == "Document" && !d_.cap(h0) && mods.empty() && !has_attrs && !has_complement) {
    const int det = d_.key_is(left, "a") || d_.key_is(left, "an") || d_.key_is(left, "any") ? left : left - 1;
    const bool indefinite = d_.key_is(det, "a") || d_.key_is(det, "an");
    if (d_.key_is(det, "any") || (indefinite && (d_.key_is(det - 1, "resembling") || d_.key_is(det - 1, "like")))) return;
  }
  // "the First Andean Dialogue on River Navigation": capitalised words after the "on" of a
  // capitalised name are its subject, no force (a text's title takes them in: titles_over_forces)
  if (m.kind == "Force" && d_.cap(h0) && d_.key_is(left - 1, "on") && d_.word(left - 2) && d_.cap(left - 2) &&
      !d_.ending_at(left - 1, Role::DocumentHead)) {
    return;
  }
  // "The council closed without a joint declaration": a text never adopted names none; nor
  // does a text or force denied ("the accord has no arbitration mechanism", "it is not a
  // grand bargain")
  if ((m.kind == "Document" || m.kind == "Force") && negated_before(left)) return;
  // "called the accord the most ambitious fisheries agreement in a decade": a lower-case
  // superlative ranks a text or force the article names otherwise; it is none of its own
  if ((m.kind == "Document" || m.kind == "Force") && !d_.cap(h0) && (d_.key_is(core_first, "most") || d_.key_is(core_first, "least"))) {
    return;
  }
  draft.add();
}

// A phrase from token `left` denied or never had: "without a ...", "not a ...", "no ...".
bool MentionFinder::negated_before(int left) const {
  if (d_.key_is(left, "no")) return true;
  const bool indefinite = d_.key_is(left, "a") || d_.key_is(left, "an") || d_.key_is(left, "any");
  return d_.key_is(left - 1, "without") || d_.key_is(left - 1, indefinite ? "not" : "no");
}

int MentionFinder::person_ending_before(int t) const {
  while (t > 0 && d_.ending_at(t, Role::Auxiliary)) t = d_.ending_at(t, Role::Auxiliary)->first;
  const int a = t > 0 ? d_.atom_at[static_cast<size_t>(t - 1)] : -1;
  return a >= 0 && d_.m(a).last == t && d_.m(a).kind == "Person" && !d_.m(a).dropped ? a : -1;
}

int MentionFinder::holder_before(int left) const {
  int v = left - 1;
  while (v > 0 && d_.is_role(v, Role::Determiner)) --v;
  const bool hold = d_.key_is(v, "held") || d_.key_is(v, "hold") || d_.key_is(v, "holds") || d_.key_is(v, "holding") || d_.key_is(v, "had");
  return hold ? person_ending_before(v) : -1;
}

bool MentionFinder::lead_verb_near(int left, int with) const {
  int frame = -1;
  for (size_t f = 0; f < d_.lex.frames.size(); ++f) {
    if (d_.lex.frames[f].type == "LEADS") frame = static_cast<int>(f);
  }
  auto leads = [&](int t) {
    if (t < 0 || frame < 0 || !(d_.starts_with[static_cast<size_t>(t)] & Doc::bit(Role::FrameActive))) return false;
    for (uint32_t x = d_.match_begin[static_cast<size_t>(t)]; x < d_.match_begin[static_cast<size_t>(t) + 1]; ++x) {
      const Match& mt = d_.matches[x];
      if (mt.hit.role == Role::FrameActive && mt.hit.id == frame) return true;
    }
    return false;
  };
  // the verb before the phrase ("leads the drone coalition with") or between it and "with"
  // ("the coalition it leads with")
  for (int t = left - 1; t >= 0 && t >= left - 2; --t) {
    if (leads(t)) return true;
  }
  for (int t = with - 1; t > with - 3 && t >= left; --t) {
    if (leads(t)) return true;
  }
  return false;
}

std::string MentionFinder::clean(int a, int b) const {
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

int MentionFinder::party_list(int k, std::vector<int>& out) {
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
      // "Minister of Oceans and Fisheries X": the ministry's fields after the title
      if (const int pe = d_.portfolio_end(t); t > j && office_cover_[static_cast<size_t>(t - 1)] && pe > t) {
        t = pe;
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

// "Minister of Foreign Affairs and Trade", "Minister of Foreign Affairs, Regional
// Integration and Diaspora": a capitalised head in the list of fields after an office title
// is a word of the title, not a force (and so in the fields of a body's name, "the X Organ on
// Politics, Defence and Security Cooperation"); so is a field with no article right after a title and
// "for" or "of" ("the deputy minister for defence cooperation").
bool MentionFinder::in_portfolio(int h0) const {
  if (!d_.cap(h0)) {
    int t = h0;
    while (t > 0 && t > h0 - 4 && d_.word(t - 1) && !d_.cap(t - 1) && !d_.key_is(t - 1, "for") && !d_.key_is(t - 1, "of") &&
           !d_.is_role(t - 1, Role::Determiner)) {
      --t;
    }
    return (d_.key_is(t - 1, "for") || d_.key_is(t - 1, "of")) && d_.ending_at(t - 1, Role::Office) != nullptr;
  }
  bool listed = false;  // a list of fields ("X and Cooperation"); "the commander of Joint Task Force 7" is none
  for (int t = h0; t > 0 && t > h0 - 10; --t) {
    if (d_.ending_at(t, Role::Office)) return listed;
    listed = listed || d_.key_is(t - 1, "and") || d_.key_is(t - 1, ",");
    const int p = t - 1;
    // "the X Organ on Peace and Security Cooperation": the fields of a body's name
    if (p >= 1 && (d_.key_is(p, "on") || d_.key_is(p, "for") || d_.key_is(p, "of"))) {
      const int body = d_.atom_at[static_cast<size_t>(p - 1)];
      if (body >= 0 && d_.m(body).kind == "Organization" && d_.m(body).last == p) return listed;
    }
    if (!((d_.word(p) && d_.cap(p)) || d_.key_is(p, "and") || d_.key_is(p, ",") || d_.key_is(p, "of"))) return false;
    // "Defence Minister Anna Berg and Joint Task Force 7": a name ends the title before it
    if (const int a = d_.atom_at[static_cast<size_t>(p)]; a >= 0 && d_.m(a).kind == "Person") return false;
  }
  return false;
}

bool MentionFinder::new_head_within(int i, int span) const {
  for (int t = i; t < std::min(n_, i + span); ++t) {
    if (d_.longest(t, Role::MeetingHead) || d_.longest(t, Role::DocumentHead) || d_.longest(t, Role::ForceHead)) return true;
  }
  return false;
}

int MentionFinder::held_at(int j, Mention& m) const {
  int z = j;
  bool to_come = false;
  // ", which will be held in Apia": a relative clause placing the meeting named before it
  if (d_.key_is(z, ",") && (d_.key_is(z + 1, "which") || d_.key_is(z + 1, "that"))) z += 2;
  else if (d_.key_is(z, "which")) ++z;
  const bool relative = z > j;
  if (d_.key_is(z, ",") && !relative) {
    ++z;
  } else if (relative && (d_.key_is(z, "was") || d_.key_is(z, "were"))) {
    ++z;
  } else if ((d_.key_is(z, "will") || d_.key_is(z, "shall")) && d_.key_is(z + 1, "be")) {
    z += 2;
    to_come = true;
  } else if ((d_.key_is(z, "is") || d_.key_is(z, "are")) && d_.key_is(z + 1, "to") && d_.key_is(z + 2, "be")) {
    z += 3;
    to_come = true;
  }
  if (d_.key_is(z, "held")) {
    ++z;
  } else if (d_.key_is(z, "taking") && d_.key_is(z + 1, "place") && !to_come) {
    z += 2;
  } else {
    return j;
  }
  // "held over two days", "held on Thursday": how long or when, before where
  if (d_.key_is(z, "over") && z + 2 < n_) {
    for (int w = z + 1; w <= z + 3 && w < n_; ++w) {
      if (d_.key_is(w, "days") || d_.key_is(w, "weeks")) {
        z = w + 1;
        break;
      }
    }
  }
  if (!(d_.key_is(z, "in") || d_.key_is(z, "at"))) return j;
  int c = z + 1;
  if (d_.key_is(c, "the")) ++c;
  // only a place: "held in high regard", "held in check" name none
  if (d_.key_is(z, "in") && !(c < n_ && d_.atom_at[static_cast<size_t>(c)] >= 0 && d_.m(d_.atom_at[static_cast<size_t>(c)]).kind == "Place")) {
    return j;
  }
  if (to_come) m.future = true;
  return z;
}

int MentionFinder::settlement_after(int z) const {
  // up to three lower-case modifiers or a demonym ("northern", "Xian", "port") before the noun
  for (int t = z; t < n_ && t <= z + 3; ++t) {
    if (settlement_of(t)) {
      const int c = d_.key_is(t + 2, "the") ? t + 3 : t + 2;
      const int pa = c < n_ ? d_.atom_at[static_cast<size_t>(c)] : -1;
      return pa >= 0 && d_.m(pa).first == c && d_.m(pa).kind == "Place" ? pa : -1;
    }
    const int a = d_.atom_at[static_cast<size_t>(t)];
    const bool demonym = a >= 0 && d_.m(a).form == Form::Demonym && d_.m(a).first == t && d_.m(a).last == t + 1;
    if (!demonym && !(d_.word(t) && !d_.cap(t) && !verbish(t) && !function_word(t))) return -1;
  }
  return -1;
}

int MentionFinder::title_goes_on(int e, bool past_in) const {
  int z = e;
  if (d_.key_is(z, "and") && past_in && (d_.key_is(z + 1, "on") || d_.key_is(z + 1, "in"))) ++z;
  if (!d_.key_is(z, "in") && !(z > e && d_.key_is(z, "on"))) return e;
  ++z;
  if (d_.key_is(z, "the")) ++z;
  if (z >= n_ || !d_.word(z) || !d_.cap(z) || d_.is(z, tok::kUpper) || function_word(z)) return e;
  if (!past_in && d_.atom_at[static_cast<size_t>(z)] >= 0) return e;
  return z;
}

int MentionFinder::complement(int k, Mention& m) {
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
    // "a summit in the northern town of X", "talks in the Xian port city of Y": the settlement
    if (p == "in" && m.kind == "Meeting" && z > j) {
      if (const int pa = settlement_after(z); pa >= 0) {
        m.places.push_back(pa);
        return d_.m(pa).last;
      }
    }
    // "talks at the bloc's headquarters in Jakarta", "at AU headquarters in Addis Ababa":
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
      if (m.kind == "Force") m.places.push_back(a);  // and where it is: another state's is another
      const int lex = d_.m(a).lex;
      if (m.kind == "Meeting" && lex >= 0 && d_.lex.entities[static_cast<size_t>(lex)].city_state) m.city_state = a;
      return d_.m(a).last;
    }
    // "the Ministerial Conference in Support of Sahel Security", "Conference in Solidarity
    // with X": a capitalised word after "in" that names no place goes on a name in capitals
    if (p == "in" && m.kind == "Meeting" && z == j && a < 0 && d_.word(k - 1) && d_.cap(k - 1) && !d_.is(k - 1, tok::kUpper) &&
        d_.word(j) && d_.cap(j) && !d_.is(j, tok::kUpper) && !function_word(j) &&
        (d_.key_is(j + 1, "of") || d_.key_is(j + 1, "with"))) {
      int t = d_.key_is(j + 2, "the") ? j + 3 : j + 2;
      int e = -1;
      while (t < n_ && t < j + 12) {
        if (d_.word(t) && d_.cap(t) && !function_word(t)) {
          const int at = d_.atom_at[static_cast<size_t>(t)];
          if (at >= 0) d_.m(at).nested = true;
          e = t = at >= 0 && d_.m(at).first == t ? d_.m(at).last : t + 1;
          continue;
        }
        // "of the Republic of X", "Peace and Security"
        if ((d_.key_is(t, "of") || d_.key_is(t, "and")) && e == t && d_.word(t + 1) && d_.cap(t + 1)) {
          ++t;
          continue;
        }
        break;
      }
      if (e > 0) return e;
    }
    return k;
  }
  // "the Arrangements of 14 April": a date, no name
  if (p == "of") {
    std::string iso;
    int wd = 0;
    if (const int used = parse_date(d_, j, iso, wd); used > 0 && wd == 0) {
      if (m.kind == "Meeting" && m.date.empty()) m.date = iso;
      return j + used;
    }
  }
  // "of the Contact Group on Somalia", "of the so-called Quartet"
  if (p == "of") {
    // "the communique of that meeting": the text of the meeting pointed back to
    if (m.kind == "Document" && d_.key_is(j, "that")) {
      if (const Match* h = d_.longest(j + 1, Role::MeetingHead)) return j + 1 + h->len;
    }
    int z = j;
    if (d_.key_is(z, "the")) ++z;
    // "of the two states' General Boundary Committee": a possessive before the owner
    if (d_.key_is(j, "the") && m.kind == "Meeting") {
      for (int w = z; w < z + 3 && w < n_ && d_.word(w) && !d_.cap(w); ++w) {
        if (d_.is(w + 1, tok::kPossessive) && d_.cap(w + 2)) {
          z = w + 2;
          break;
        }
      }
    }
    // "the Conference of Heads of State and Government of the Andean Community": an organ named
    // by those who sit in it, then the body it is an organ of, which holds the meeting
    if (m.kind == "Meeting" && z == j && d_.cap(z)) {
      if (const int body = organ_body(z); body >= 0) {
        if (m.owner < 0) m.owner = body;
        d_.m(body).nested = true;
        return d_.m(body).last;
      }
    }
    // "a meeting of the Mission's troop-contributing countries" (frames.json cues contributor_nouns):
    // the contributors of a force meet; they name the meeting
    if (m.kind == "Meeting") {
      int w = z;
      while (w < n_ && w < z + 4 && d_.word(w) && d_.cap(w)) ++w;
      const int len = w > z && d_.is(w, tok::kPossessive) ? d_.cue_length(w + 1, Cue::ContributorNoun) : 0;
      if (len > 0) {
        m.group = clean(j, w + 1 + len);
        return w + 1 + len;
      }
    }
    // "the fourth session of its Board of Governors": the body "its" stands for holds
    // the meeting of its organ named after it
    if (m.kind == "Meeting" && z == j && (d_.key_is(z, "its") || d_.key_is(z, "their")) && d_.word(z + 1) && d_.cap(z + 1)) {
      const int body = subject_party(z);
      int e = z + 1;
      while (e < n_ && d_.word(e) && (d_.cap(e) || (d_.key_is(e, "of") && d_.word(e + 1) && d_.cap(e + 1)))) ++e;
      if (body >= 0 && d_.m(body).kind == "Organization") {
        if (m.owner < 0) m.owner = body;
        return e;
      }
    }
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
  // "her first official visit to Vietnam", "a state visit to Peru": where a visit
  // went names it (the state stays a party of its own, and hosts the visit)
  if (m.kind == "Meeting" && p == "to" && m.head.ends_with("visit")) {
    const int z = d_.key_is(j, "the") ? j + 1 : j;
    const int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
    if (a >= 0 && d_.m(a).first == z && (d_.m(a).kind == "Country" || d_.m(a).kind == "Place") && d_.m(a).form != Form::Demonym) {
      if (d_.m(a).kind == "Place") m.places.push_back(a);  // "a return visit to Doha" is held there
      if (d_.m(a).kind == "Country" && d_.m(a).form == Form::Name) m.hosts.push_back(a);  // "a state visit to Peru": Peru hosts it
      return d_.m(a).last;
    }
    return k;
  }
  if (m.kind == "Meeting" && p != "of" && p != "on") return k;  // "talks with ..." does not name the meeting
  if (m.kind == "Document" && p != "of" && p != "on" && p != "for") return k;
  // "a unit of up to 90 monitors": a size, not a name
  if (d_.key_is(j, "up") && d_.key_is(j + 1, "to")) return k;
  // A noun phrase: words, names, numbers, hyphens; "and" between nouns; an infinitive after
  // "to", a gerund after "on".
  int e = j;
  bool any = false;
  // a title in capitals may run longer ("Memorandum of Cooperation on the Establishment of a
  // Joint Search and Rescue Coordination Mechanism")
  const bool title = m.kind == "Document" && d_.word(k - 1) && d_.cap(k - 1);
  bool title_past_in = false;  // the title went on past "in" ("Cooperation in Mine Clearance")
  while (e < n_ && e < j + (title ? 16 : 10)) {
    if (d_.is(e, tok::kHyphen) || d_.is(e, tok::kPossessive)) {
      ++e;
      continue;
    }
    if (!d_.is(e, tok::kWord)) break;
    const bool first = e == j;
    // (a force's stops; a document's subject ends before where it happens: "a memorandum on
    // clearing mines along the border" is the memorandum on clearing mines)
    if (const Match* st = d_.longest(e, Role::ComplementStop);
        st && any && ((st->hit.id == 2 && m.kind == "Force") || (st->hit.id == 1 && m.kind == "Document"))) {
      break;
    }
    // (a capitalised word inside a meeting's body's name is no verb: "the Board of Heads of
    // Mission"; in a text's title it still ends the complement, before a force named in it)
    if (verbish(e) && !(m.kind == "Meeting" && d_.cap(e)) && !(first && (p == "to" || (p == "on" && d_.key(e).ends_with("ing"))))) break;
    if (function_word(e)) {
      const std::string& w = d_.key(e);
      if (w == "the" || w == "a" || w == "an" || (w == "of" && any) || (p == "on" && any && (w == "for" || w == "with"))) {
        ++e;
        continue;
      }
      // "the Accord on Cooperation in Mine Clearance in the Northern Adriatic and on the Lower
      // Sava": a title in capitals goes on past "in" (or "and on"/"and in") while its words stay
      // capitalised; the first "in" must lead to a word that names no place, or the title ends
      // where it was signed ("Treaty on Coastal Security in Maputo")
      if (const int next = title && any ? title_goes_on(e, title_past_in) : e; next > e) {
        title_past_in = true;
        e = next;
        continue;
      }
      // "and" inside a capitalised name goes on to the next capitalised word ("Treaty on
      // Coastal Security and Joint Patrols"), unless that word is a known name.
      const bool name_and = e + 1 < n_ && d_.cap(e - 1) && d_.word(e + 1) && d_.cap(e + 1) && d_.atom_at[static_cast<size_t>(e + 1)] < 0;
      if (w == "and" && any && e + 1 < n_ && (modifier_word(e + 1) || name_and || d_.atom_at[static_cast<size_t>(e + 1)] >= 0) &&
          !d_.longest(e + 1, Role::FrameActive) && !d_.is_role(e + 1, Role::Determiner) && (name_and || !new_head_within(e + 1, 3))) {
        ++e;
        continue;
      }
      // "mission in the Red Sea"; but a document's subject ends before where it was signed
      // ("Treaty on Coastal Security in Maputo") or where its subject happens ("a memorandum
      // on the joint development of naval drones in Toulon"), unless "in" places a site the
      // document is about ("a memorandum on a supply base in Kindu": words.json site_nouns)
      const bool placed_site = m.kind == "Document" && d_.is_listed(e - 1, WordList::SiteNoun);
      if (w == "in" && any && m.kind != "Meeting" && (m.kind != "Document" || placed_site) && e + 1 < n_ &&
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
    // "the fourth session of the Board of Governors": a lower-case edition's body, named in
    // capitals, is part of its name (a capitalised one, "the XIV Extraordinary Meeting", is a
    // name of its own)
    const int named = d_.key_is(j, "the") ? j + 1 : j;
    if (!m.ordinal.empty() && !d_.cap(k - 1) && named < e && d_.cap(named) && d_.cap(e - 1)) return e;
    if (d_.cap(j) || d_.key_is(j, "the")) return k;
    // "the meeting of some 40 nations": how many took part, which tells no meeting apart
    if (counted_parties(j, e)) return e;
    m.group = clean(j, e);
  }
  return e;
}

}  // namespace kg::ingest::detail
