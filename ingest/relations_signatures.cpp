// The signature block of an issued text (see Relations::signatures in relations.h).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "ingest/name_key.h"
#include "ingest/relations.h"

namespace kg::ingest::detail {

namespace {

// "XIV Ordinary Session of the Executive Council": a meeting's alias written as a proper
// name, every word capitalised but the function words inside it, no place phrase ("session in
// Apia") or generated name.
bool proper_meeting_name(const std::string& alias) {
  if (alias.empty() || !(std::isupper(static_cast<unsigned char>(alias[0])) || std::isdigit(static_cast<unsigned char>(alias[0])))) {
    return false;
  }
  size_t words = 0;
  for (size_t b = 0; b < alias.size();) {
    size_t e = alias.find(' ', b);
    if (e == std::string::npos) e = alias.size();
    const std::string w = alias.substr(b, e - b);
    ++words;
    if (w == "in" || w == "at") return false;
    const bool function_word = w == "of" || w == "the" || w == "and" || w == "for" || w == "on";
    if (!function_word && !std::isupper(static_cast<unsigned char>(w[0])) && !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
    b = e + 1;
  }
  return words >= 3;
}

}  // namespace

int Relations::issued_document(int main_meeting) {
  const std::string& title = d_.article.title;
  const std::string key = name_key(title);
  if (key.empty() || std::count(key.begin(), key.end(), ' ') > 3) return -1;
  const std::string last = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
  int doc = -1;
  for (size_t e = 0; e < d_.entities.size() && doc < 0; ++e) {
    const Entity& x = d_.entities[e];
    if (x.kind == "Document" && !x.removed && name_key(std::string(x.head)) == last) doc = static_cast<int>(e);
  }
  if (doc < 0) return -1;
  // Named by its title line and the meeting it comes from: "Final Communiqué of the XIV
  // Ordinary Session of the Executive Council".
  // The meeting's first proper name in the text (its later names may be shorter or of a
  // merged edition).
  if (main_meeting >= 0) {
    for (int mi : d_.e(main_meeting).mentions) {
      const std::string surface(d_.m(mi).surface);
      if (!proper_meeting_name(surface)) continue;
      Entity& x = d_.e(doc);
      x.name = title + " of the " + surface;
      x.aliases.push_back(x.name);
      break;
    }
  }
  return doc;
}

bool Relations::name_by_heading(int doc) {
  // "Joint Statement of the Ministers of ... on ...": a title opening with the text's name in
  // capitals and going on with "of" is the text's own heading, its full name
  Entity& x = d_.e(doc);
  const std::string& title = d_.article.title;
  // the name's capitalised words ("following Joint Statement": "joint statement")
  size_t cap = 0;
  while (cap < x.name.size() && !std::isupper(static_cast<unsigned char>(x.name[cap]))) {
    const size_t space = x.name.find(' ', cap);
    cap = space == std::string::npos ? x.name.size() : space + 1;
  }
  const std::string head = name_key(x.name.substr(cap));
  const std::string key = name_key(title);
  if (head.empty() || title.empty() || !std::isupper(static_cast<unsigned char>(title[0])) ||
      key.compare(0, head.size() + 4, head + " of ") != 0) {
    return false;
  }
  x.name = title;
  x.aliases.push_back(title);
  return true;
}

void Relations::signatures() {
  const int main_meeting = main_entity("Meeting");
  int doc = -2;  // the issued text, found at the first signature
  for (size_t s = 0; s < d_.sentences.size(); ++s) {
    const int f = d_.sentence_first(static_cast<int>(s)), l = d_.sentence_last(static_cast<int>(s));
    if (!d_.key_is(f, "for") || l - f > 40) continue;
    int t = f + 1;
    if (d_.key_is(t, "the")) ++t;
    // "For the United Republic of X": the name may start a word or two on
    int pm = -1;
    for (int k = t; k < t + 3 && k < l && pm < 0 && d_.cap(k); ++k) {
      const int a = d_.atom_at[static_cast<size_t>(k)];
      if (a >= 0 && d_.m(a).first == k && d_.key_is(d_.m(a).last, ",")) pm = a;
    }
    if (pm < 0) continue;
    const int party = entity_of(pm);
    if (party < 0 || !party_kind(std::string_view(kind(party)))) continue;
    const int comma = d_.m(pm).last;  // found closing the name above
    const int hm = d_.atom_at[static_cast<size_t>(comma + 1)];
    if (hm < 0 || d_.m(hm).first != comma + 1 || d_.m(hm).kind != "Person") continue;
    const int person = entity_of(hm);
    const int after = d_.m(hm).last;
    // the signer's title closes the line: "..., Minister of External Relations."
    if (person < 0 || !d_.key_is(after, ",") || !d_.cap(after + 1)) continue;
    int title_end = l;
    while (title_end > after + 1 && !d_.word(title_end - 1)) --title_end;
    const std::string title(d_.span(after + 1, title_end));
    add("HOLDS_OFFICE", person, party, f, l, "office:signature", 0.85, {{"title", title}});
    if (main_meeting >= 0) {
      add("ATTENDED", person, main_meeting, f, l, "attended:signature", 0.8);
      // the party signed for was at the meeting as a party, unless it was there as the host
      if (!has(d_.relations, "HOSTED", party, main_meeting)) add("ATTENDED", party, main_meeting, f, l, "attended:signature", 0.75);
    }
    if (doc == -2) {
      doc = issued_document(main_meeting);
      // a title that is the heading of a text named last before the block ("Joint Statement of
      // the Ministers of ..." over "This Joint Statement is done in ..."): the block signs that
      // text, named by its heading; a title naming no text leaves the block signing nothing
      if (doc < 0 && (doc = document_named_before(f, 6)) >= 0 && !name_by_heading(doc)) doc = -1;
      if (doc >= 0 && main_meeting >= 0) add("PRODUCED", main_meeting, doc, f, l, "produced:signature", 0.8);
    }
    if (doc < 0) continue;
    add("SIGNED", person, doc, f, l, "signed:signature", 0.85);
    add("SIGNED", party, doc, f, l, "signed:signature", 0.85);
  }
}

int Relations::document_named_before(int i, int sentences) const {
  const int floor = d_.sentence_first(std::max(0, d_.sentence_of(i) - sentences));
  for (int t = i - 1; t >= floor; --t) {
    const int ph = thing_at(t);
    if (ph >= 0 && d_.m(ph).kind == "Document" && !d_.m(ph).dropped && entity_of(ph) >= 0) return entity_of(ph);
  }
  return -1;
}

void Relations::signing_lists() {
  for (int i : d_.starts(Role::FrameActive)) {
    if (!frame_at(i, Role::FrameActive, "SIGNED") || d_.in_quote(i) || d_.key_is(i + 1, "by")) continue;
    // "Five of us signed on Monday night: A for X, B, ... and I for Y": the colon within a
    // few words of the verb, no text named before it
    const int s_last = d_.sentence_last(d_.sentence_of(i));
    int colon = -1;
    for (int t = i + 1; t < s_last && t <= i + 6 && colon < 0; ++t) {
      if (d_.key_is(t, ":")) colon = t;
      if (d_.key_is(t, ",") || d_.key_is(t, ";") || (thing_at(t) >= 0 && d_.m(thing_at(t)).kind == "Document")) break;
    }
    if (colon < 0) continue;
    // the text: the one named last before, in this sentence or the few before it
    const int doc = document_named_before(i, 4);
    if (doc < 0) continue;
    for (int t = colon + 1; t < s_last; ++t) {
      if (d_.key_is(t, ";")) break;
      // ", who represented France,": a relative clause about the signer before it
      if (d_.key_is(t, "who") && d_.key_is(t - 1, ",")) {
        while (t + 1 < s_last && !d_.key_is(t + 1, ",")) ++t;
        continue;
      }
      int signer = -1;
      const int mi = d_.atom_at[static_cast<size_t>(t)];
      if (mi >= 0 && d_.m(mi).first == t && d_.m(mi).kind == "Person" && !d_.m(mi).dropped) {
        signer = entity_of(mi);
        t = d_.m(mi).last - 1;
      } else if (d_.key_is(t, "i") && d_.text(t) == "I") {
        signer = first_person(t);  // the speaker of the turn, when the text has turns
      } else {
        continue;
      }
      // "A for Mauritius": the state a signer signs for, else the state of the signer's office
      int state = -1;
      if (d_.key_is(t + 1, "for")) {
        const int sm = d_.mention_at(d_.key_is(t + 2, "the") ? t + 3 : t + 2);
        if (sm >= 0 && d_.m(sm).kind == "Country" && !d_.m(sm).dropped) state = entity_of(sm);
      }
      if (state < 0 && signer >= 0) state = office_country(signer);
      if (signer >= 0) add("SIGNED", signer, doc, i, s_last - 1, "signed:list", 0.75);
      if (state >= 0) add("SIGNED", state, doc, i, s_last - 1, "signed:list", 0.75);
    }
  }
}

}  // namespace kg::ingest::detail
