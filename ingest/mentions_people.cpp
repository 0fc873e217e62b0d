// People: runs of capitalised words the lexicons do not know, accepted on a given name, a title,
// a speech verb or an apposition; and family names alone that repeat a person named earlier
// (transliteration variants allowed: "Zelensky" for "Volodymyr Zelenskyy").
#include <set>

#include "ingest/mentions.h"
#include "ingest/name_key.h"
#include "ingest/person_names.h"

namespace kg::ingest::detail {

const Match* MentionFinder::office_with_fields_ending_at(int s) const {
  if (s <= 0 || !portfolio_cover_[static_cast<size_t>(s - 1)]) return nullptr;
  for (int t = s - 1; t > 0 && t >= s - 16; --t) {
    const Match* m = d_.ending_at(t, Role::Office);
    if (m != nullptr && !m->plural && d_.portfolio_end(t) == s) return m;
  }
  return nullptr;
}

const Match* MentionFinder::office_before(int s, int* of_token) const {
  if (of_token != nullptr) *of_token = -1;
  if (const Match* m = d_.ending_at(s, Role::Office)) return m;
  if (s > 0 && portfolio_cover_[static_cast<size_t>(s - 1)]) return office_with_fields_ending_at(s);
  // the body's name, its acronym in brackets after it, between "of [the]" and the name
  int k = s;
  const bool bracketed = d_.key_is(k - 1, ")");
  if (bracketed) {
    int open = k - 2;
    while (open > 0 && open > k - 6 && !d_.key_is(open, "(")) --open;
    if (!d_.key_is(open, "(")) return nullptr;
    k = open;
  }
  int b = k;
  if (lex_covered(k - 1)) {
    // a name the lexicon knows ("the Libyan Observatory": a demonym opens a name, it is none)
    const Match& known = d_.matches[static_cast<size_t>(lex_cover_[static_cast<size_t>(k - 1)])];
    if (known.hit.role != Role::Entity) return nullptr;
    b = known.first;
  } else if (bracketed) {
    // a body no lexicon knows, written in capitalised words ("of" and "and" inside it)
    while (b > 0 && k - b < 8 && !office_cover_[static_cast<size_t>(b - 1)]) {
      if (d_.word(b - 1) && d_.cap(b - 1)) --b;
      else if ((d_.key_is(b - 1, "of") || d_.key_is(b - 1, "and")) && b >= 2 && d_.cap(b - 2) && !office_cover_[static_cast<size_t>(b - 2)]) --b;
      else break;
    }
  }
  if (b == k || b < 1) return nullptr;
  if (d_.key_is(b - 1, "the")) --b;
  if (!d_.key_is(b - 1, "of")) return nullptr;
  const Match* m = d_.ending_at(b - 1, Role::Office);
  if (m == nullptr) m = office_with_fields_ending_at(b - 1);
  if (m == nullptr || m->plural) return nullptr;
  if (of_token != nullptr) *of_token = b - 1;
  return m;
}

int MentionFinder::title_start_before(int s) const {
  if (const Match* m = office_before(s)) return m->first;
  if (const Match* m = d_.ending_at(s, Role::PersonRole); m && !m->plural) return m->first;
  if (const int h = d_.honorifics_start(s); h < s) return h;
  return -1;
}

bool MentionFinder::speech_after(int e) const {
  int k = e;
  while (k < n_ && (d_.longest(k, Role::Auxiliary) || d_.key_is(k, ","))) {
    if (d_.key_is(k, ",")) break;
    k += d_.longest(k, Role::Auxiliary)->len;
  }
  return d_.longest(k, Role::SpeechVerb) != nullptr || (weak_ok_ && d_.longest(k, Role::WeakSpeechVerb) != nullptr);
}

bool MentionFinder::speech_before(int s) const {
  const Match* m = d_.ending_at(s, Role::SpeechVerb);
  if (!m) return false;
  const int b = m->first - 1;
  return b >= 0 && (d_.key_is(b, ",") || d_.is(b, tok::kDQuote));
}

bool MentionFinder::labelled_speaker(int s, int e) const {
  if (s > 0 && d_.paragraph_of(s - 1) == d_.paragraph_of(s)) return false;
  int k = e;
  while (d_.key_is(k, "(")) {
    k = after_bracket_note(d_, k);
    if (k < 0) return false;
  }
  return k > e && d_.key_is(k, ":") && d_.paragraph_of(k) == d_.paragraph_of(s);
}

// Does token `e` close an apposition's name? A comma, a full stop, or a semicolon before the
// next clause ("represented by its foreign minister, X; Y sent ...").
bool MentionFinder::closes_apposition(int e) const { return d_.key_is(e, ",") || d_.key_is(e, ".") || d_.key_is(e, ";"); }

bool MentionFinder::titled_apposition_before(int s, int e) const {
  if (!closes_apposition(e)) return false;
  return apposition_office(s) != nullptr;
}

bool MentionFinder::role_apposition_before(int s, int e) const {
  if (!closes_apposition(e) || s < 2 || !d_.key_is(s - 1, ",")) return false;
  const Match* m = d_.ending_at(s - 1, Role::PersonRole);
  return m != nullptr && !m->plural;
}

const Match* MentionFinder::apposition_office(int s) const {
  if (s < 2 || !d_.key_is(s - 1, ",")) return nullptr;
  if (const Match* m = d_.ending_at(s - 1, Role::Office)) return m->plural ? nullptr : m;
  // "the secretary general of the Community of Sahel-Saharan States (CEN-SAD), X,": the
  // abbreviation in brackets sits between the complement and the comma
  if (d_.key_is(s - 2, ")")) {
    int open = s - 3;
    while (open > 0 && open > s - 8 && !d_.key_is(open, "(")) --open;
    if (!d_.key_is(open, "(")) return nullptr;
    s = open + 1;
  }
  bool listed = false;  // an "and" seen: the complement may be a list ("for trade, peace and security")
  for (int k = s - 2, span = 0; k > 0 && span <= 6; --k, ++span) {
    // a name inside the complement counts as one word ("of the Community of Sahel-Saharan States")
    if (const int a = d_.atom_at[static_cast<size_t>(k)]; a >= 0 && d_.m(a).last == k + 1 && d_.m(a).first < k) k = d_.m(a).first;
    // ... and so does a name the lexicons know, not an atom yet when people are read ("of the
    // Organisation of Eastern Caribbean States, X,": its own "of" is not the office's)
    if (const int c = lex_cover_[static_cast<size_t>(k)]; c >= 0) {
      const Match& lex = d_.matches[static_cast<size_t>(c)];
      if (lex.first < k && lex.first + lex.len == k + 1) k = lex.first;
    }
    // "the chairman of Nepal's constituent assembly, X,": a possessive inside the complement
    if (d_.is(k, tok::kPossessive) && span < 4) continue;
    listed = listed || d_.key_is(k, "and");
    // "the commissioner for trade, peace and security, X,": a comma of the list
    if (listed && d_.key_is(k, ",") && d_.word(k - 1) && !d_.cap(k - 1)) continue;
    // "its special envoy for the Juba–Khartoum talks, X,": two names joined by a dash
    if (d_.key_is(k, "-") && d_.cap(k - 1) && d_.cap(k + 1)) continue;
    if (!d_.word(k) || verbish(k)) return nullptr;
    // ("its ambassador in Lima, X": where the office holder is posted)
    if (d_.key_is(k, "for") || d_.key_is(k, "to") || d_.key_is(k, "of") || d_.key_is(k, "in")) {
      const Match* m = d_.ending_at(k, Role::Office);
      // ("the director of the Institute for Peace Studies in Nairobi, X": where the body sits)
      const int at = d_.key_is(k, "in") && m == nullptr ? d_.atom_at[static_cast<size_t>(k + 1)] : -1;
      if (at >= 0 && d_.m(at).kind == "Place" && d_.m(at).last == s - 1) continue;
      // ("the Minister of Foreign Affairs and International Cooperation of Mali, X": the office's
      // fields between it and "of")
      if (m == nullptr) m = office_with_fields_ending_at(k);
      return m != nullptr && !m->plural ? m : nullptr;
    }
  }
  return nullptr;
}

int MentionFinder::past_organs(int z) const {
  auto organ_end = [&](int t) {
    const int a = t < n_ ? d_.atom_at[static_cast<size_t>(t)] : -1;
    if (a >= 0) return d_.m(a).first == t && d_.m(a).kind == "Organization" && d_.m(a).lex < 0 ? d_.m(a).last : -1;
    return d_.cap(t) && d_.is_role(t, Role::OrgHead) ? t + 1 : -1;
  };
  int at = z;
  for (int end = organ_end(at); end >= 0 && d_.key_is(end, "of"); end = organ_end(at)) {
    int w = end + 1;
    if (d_.key_is(w, "the")) ++w;
    const int outer = w < n_ ? d_.atom_at[static_cast<size_t>(w)] : -1;
    const bool body = outer >= 0 ? d_.m(outer).first == w && (d_.m(outer).kind == "Organization" || d_.m(outer).kind == "Country")
                                 : organ_end(w) >= 0;
    if (!body) break;
    at = w;
  }
  return at;
}

void MentionFinder::complement_body(Mention& p, int y) {
  const bool names_body = d_.key_is(y, "of") || d_.key_is(y, "at");
  if (!names_body && !(d_.key_is(y, "for") || d_.key_is(y, "to"))) return;
  // ("the Special Representative of the Secretary-General for Sudan": an office only one body
  // has is posted "for" a state, not held there)
  if (!names_body && (p.office_body >= 0 || p.appointer >= 0 || (p.office >= 0 && d_.lex.offices[static_cast<size_t>(p.office)].default_entity >= 0))) return;
  int z = y + 1;
  if (d_.key_is(z, "the")) ++z;
  int a = z < n_ ? d_.atom_at[static_cast<size_t>(z)] : -1;
  if (names_body) {
    const int body = past_organs(z);
    if (body != z && body < n_ && d_.atom_at[static_cast<size_t>(body)] >= 0) {
      for (int t = z; t < body; ++t) {
        if (const int organ = d_.atom_at[static_cast<size_t>(t)]; organ >= 0) absorb(organ);
      }
      a = d_.atom_at[static_cast<size_t>(body)];
    }
  }
  if (a >= 0 && d_.m(a).kind != "Person" && (d_.m(a).kind != "Place" || d_.m(a).form == Form::Acting)) {
    if (p.office_body >= 0 && p.office_body != a) d_.m(p.office_body).nested = false;
    p.office_body = a;
    d_.m(a).nested = true;
  }
}

bool MentionFinder::titled_after(int e) const {
  int k = e;
  const bool copula = d_.key_is(k, "is") || d_.key_is(k, "was");
  if (d_.key_is(k, ",")) ++k;
  else if (copula) ++k;
  else return false;
  if (!copula && d_.key_is(k, "then")) ++k;  // "X, then Chilean foreign minister,"
  for (int steps = 0; k < n_ && steps < 6; ++steps, ++k) {
    // "The X Accord was signed by Peru's chief negotiator": a verb after the copula,
    // so the title is not X's
    if (copula && (verbish(k) || d_.longest(k, Role::FramePassive) || d_.key_is(k, "by"))) return false;
    // "at the Mariinsky Palace, brought together the leaders", "at the House of
    // Friendship, was chaired by its interior minister": a verb after the comma opens a
    // clause, and a title in it is not apposed to the name
    if (!copula && (verbish(k) || d_.longest(k, Role::FramePassive) || d_.key_is(k, "was") || d_.key_is(k, "were"))) return false;
    // "Anna Berg, an analyst at the Baltic Institute,": an indefinite person noun apposed
    if (!copula && (d_.key_is(k, "a") || d_.key_is(k, "an"))) {
      if (const Match* r = d_.longest(k + 1, Role::PersonRole); r && !r->plural) return true;
    }
    if (const Match* off = d_.longest(k, Role::Office)) {
      // ", UK Defence Secretary John Healey": the title belongs to the next name
      const int after = off->first + off->len;
      // ", the prime minister's office complex": the office owns what the apposition names
      if (d_.is(after, tok::kPossessive)) return false;
      return !(name_part(after) && name_part(after + 1));
    }
    if (d_.key_is(k, ",") || d_.key_is(k, ".") || d_.is(k, tok::kDQuote)) return false;
  }
  return false;
}

// "T" of "Ricardo T. Olmedo": one capital letter and a full stop right after it.
bool MentionFinder::initial(int i) const {
  if (!d_.word(i) || !d_.cap(i) || d_.text(i).size() != 1) return false;
  return d_.key_is(i + 1, ".") && !d_.is(i + 1, tok::kSpaceBefore);
}

void MentionFinder::person_names() {
  for (int i = 0; i < n_; ++i) {
    if (d_.atom_at[static_cast<size_t>(i)] >= 0) continue;
    // A given name may override a one-word lexicon name ("Chad Smith"); otherwise names the
    // lexicons know are not people.
    if (particle(i - 1)) continue;
    int after_particles = i;
    while (particle(after_particles)) ++after_particles;
    const bool starts_particle = after_particles > i && name_part(after_particles) && !lex_covered(after_particles);
    if (!starts_particle && !name_part(i)) continue;
    // So may a one-word lexicon name right after a title ("President Sofia Mensah", "its
    // envoy, Sofia Adewale,"): a title names a person, and a town does not hold an office.
    const bool first_name_slot = given(i) || title_start_before(i) >= 0 || apposition_office(i) != nullptr;
    if (lex_covered(i) && !(first_name_slot && lex_span_len(i) == 1 && name_part(i + 1) && !lex_covered(i + 1))) continue;
    if (i > 0 && name_part(i - 1) && !lex_covered(i - 1)) continue;  // not the start of a run
    if (d_.is(i - 1, tok::kHyphen)) continue;                         // "Barrow-in-Furness": a compound

    std::vector<int> words;
    int j = i;
    while (j < n_) {
      if (!words.empty() && initial(j) && name_part(j + 2) && !lex_covered(j + 2)) {
        words.push_back(j);  // "Ricardo T. Olmedo": a middle initial and its full stop
        words.push_back(j + 1);
        j += 2;
        continue;
      }
      if (name_part(j) && (!lex_covered(j) || j == i)) {
        words.push_back(j);
        ++j;
        continue;
      }
      if (particle(j) && !words.empty() && d_.is(j + 1, tok::kHyphen) && name_part(j + 2) && !lex_covered(j + 2) &&
          !d_.is(j + 1, tok::kSpaceBefore)) {  // "Ahmed Yusuf al-Hassan"
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
    // "Jane Roe MP said": letters after the name belong to its mention, not to the name
    const bool lettered = d_.is_listed(j, WordList::PostNominal) && d_.is(j, tok::kUpper) && d_.paragraph_of(j) == d_.paragraph_of(i);
    if (lettered) ++j;
    const int s = i, e = j;
    int n_words = 0;
    for (int w : words) n_words += d_.word(w) && !particle(w) ? 1 : 0;

    const int t = title_start_before(s);
    const bool titled = t >= 0 || (s > 0 && opening_bracket(s - 1) && title_start_before(s - 1) >= 0);
    const bool has_given = given(s) && n_words >= 2;
    weak_ok_ = n_words >= 2;  // "Donors pledged": a weak verb does not make one word a name
    const bool speech = speech_after(e) || speech_before(s) || (n_words >= 2 && labelled_speaker(s, e));
    weak_ok_ = true;
    // "its foreign minister, Awa Diallo, said": a title, a comma, then a name closed by a
    // comma is an apposition naming the title's holder, whatever the given name.
    // "his Bolivian counterpart, Inés Quispe,": a person noun apposed the same way
    const bool appos = titled_after(e) || (n_words >= 2 && (titled_apposition_before(s, e) || role_apposition_before(s, e)));
    // "Contributions announced on Tuesday:": a word of the rules' cue lists is a common noun,
    // which a speech verb after it does not make a name
    const bool one_word_name = !common(s) && !d_.is_role(s, Role::Cue);
    // "see Quoc Van Binh and Samuel Adeyemi": a name of two words or more coordinated with a
    // person's name that opens with a given name is a person's too
    const bool paired = n_words >= 2 && d_.key_is(e, "and") && given(e + 1) && name_part(e + 2);
    // "Owen Price MP": letters after a name of two words or more mark a person, whatever the given name
    bool accept = has_given || titled || paired || ((speech || appos) && (n_words >= 2 || one_word_name)) || (lettered && n_words >= 2);
    // "active in Velmora, the minister said", "around Velmora and Castrejo, ...": one word after
    // "in" or "near" (or joined to such a word) is a town; so is an origin ("sending a tug from
    // Velmora, the envoy said")
    const bool town_slot = (s > 0 && (in_or_near(s - 1) || origin_before(s))) ||
                           (s > 2 && (d_.key_is(s - 1, "and") || d_.key_is(s - 1, "or")) && d_.cap(s - 2) && in_or_near(s - 3));
    if (accept && !has_given && !titled && n_words == 1 && town_slot) accept = false;
    // "said Forum Secretary General X", "Council President Y": one word right before an office
    // qualifies the office (a body's short name); the holder's name follows it
    if (accept && !has_given && !titled && n_words == 1 && d_.longest(e, Role::Office)) accept = false;
    // "the pledges to the Mission announced today": a capitalised head noun after
    // "the" is the force, meeting or text it heads, however a speech verb follows it
    if (accept && !has_given && !titled && n_words == 1 && d_.key_is(s - 1, "the") &&
        (d_.is_role(s, Role::ForceHead) || d_.is_role(s, Role::MeetingHead) || d_.is_role(s, Role::DocumentHead))) {
      accept = false;
    }
    // "the Andaman Channel, the minister said": a water's head after a capitalised word ends the
    // water's name, however an apposition follows it
    if (accept && !has_given && !titled && n_words == 1 && s > 0 && d_.cap(s - 1) && d_.word(s - 1)) {
      if (const Match* h = d_.longest(s, Role::PlaceHead); h && h->hit.id == 3 && h->len == 1) accept = false;
    }
    // "the two states' General Boundary Committee": a rank before a name that ends in a body's
    // head ("Committee", "Council") is part of the body's name, no person
    // ("director of the General Office": a body's head alone after a rank is no name either)
    if (accept && !has_given && d_.is_role(words.back(), Role::OrgHead)) accept = false;
    if (starts_particle) accept = accept && n_words >= 1 && (speech || titled || appos);
    if (!accept) continue;

    Mention& m = d_.new_mention();
    m.first = s;
    m.last = e;
    m.kind = "Person";
    m.form = Form::Name;
    std::string name;
    for (int w : words) {
      if (!name.empty() && !d_.is(w, tok::kHyphen) && !d_.is(w - 1, tok::kHyphen) && !d_.key_is(w, ".")) name += ' ';
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
        if (initial(w) || d_.key_is(w, ".")) continue;  // a middle initial is neither
        std::string& target = x < g_end ? g : sn;
        if (!target.empty() && !d_.is(w, tok::kHyphen) && !d_.is(w - 1, tok::kHyphen)) target += ' ';
        target += d_.text(w);
      }
      m.given = g;
      m.surname = sn;
    } else {
      m.surname = name;
    }
    d_.add_new_mention();
    i = e - 1;
  }
}

void MentionFinder::writer_of_signed_piece() {
  // (an interview's byline is its interviewer's, whose answers are the interviewee's)
  if (d_.article.authors.size() != 1 || n_ == 0 || !d_.article.questions.empty()) return;
  const std::string& author = d_.article.authors.front();
  const size_t space = author.find(' ');
  if (space == std::string::npos) return;  // a one-word byline names a desk, not a writer
  const auto copula = [&](int k) { return d_.key_is(k, "is") || d_.key_is(k, "was"); };
  // the closing lines: the last three paragraphs (a copyright line or a link may follow)
  int paragraphs = 0;
  for (int p = n_ - 1; p >= 0 && paragraphs < 3; --p) {
    if (p > 0 && d_.paragraph_of(p - 1) == d_.paragraph_of(p)) continue;
    ++paragraphs;
    // ("— The author is ...": a dash may open the line)
    const int first = d_.is(p, tok::kDash) || d_.key_is(p, "-") ? p + 1 : p;
    const int noun = d_.key_is(first, "the") ? first + 1 : first;
    if (d_.is_listed(noun, WordList::WriterNoun) && copula(noun + 1) && d_.atom_at[static_cast<size_t>(noun)] < 0) {
      Mention m;
      m.first = first;
      m.last = noun + 1;
      m.kind = "Person";
      m.form = Form::Name;
      m.surface = author;
      m.given = author.substr(0, space);
      m.surname = author.substr(space + 1);
      d_.writer_mention = d_.add_mention(std::move(m));
      return;
    }
    // "Ana Ruiz is Peru's foreign minister": the author named at the line's start
    const int a = first < n_ ? d_.atom_at[static_cast<size_t>(first)] : -1;
    if (a < 0 || d_.m(a).first != first || d_.m(a).kind != "Person" || !copula(d_.m(a).last)) continue;
    if (family_name_matches(author.substr(space + 1), d_.m(a).surname)) {
      d_.writer_mention = a;
      return;
    }
  }
}

void MentionFinder::authors_in_text() {
  for (const std::string& author : d_.article.authors) {
    const std::string key = name_key(author);
    // "Our correspondent Ana Ruiz was there ... Ana, what did they say?": the author's given
    // name or family name alone is the author too
    const size_t space = author.find(' ');
    const std::string given = space == std::string::npos ? std::string() : name_key(author.substr(0, space));
    const std::string family = space == std::string::npos ? std::string() : name_key(author.substr(author.rfind(' ') + 1));
    for (size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      Mention& m = d_.mentions[mi];
      if (m.kind != "Person" || m.dropped || static_cast<int>(mi) == d_.writer_mention) continue;
      const std::string k = name_key(m.surface);
      if (m.form == Form::Name && k == key) m.weak = true;
      if (m.form == Form::Surname && !given.empty() && (k == given || k == family)) m.weak = true;
    }
  }
}

int MentionFinder::lex_span_len(int i) const {
  const int idx = lex_cover_[static_cast<size_t>(i)];
  return idx < 0 ? 0 : d_.matches[static_cast<size_t>(idx)].len;
}

void MentionFinder::surnames() {
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
      Mention& m = d_.new_mention();
      m.first = i;
      m.last = i + len;
      m.kind = "Person";
      m.form = Form::Surname;
      m.surname = std::string(d_.span(i, i + len));
      d_.add_new_mention();
      i += len - 1;
      break;
    }
  }
}

}  // namespace kg::ingest::detail
