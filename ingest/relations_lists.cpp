// List lines that take their lead-in's predicate: attendee lists, "Contributions:" lines and
// lettered items inside a sentence.
#include "ingest/relations.h"

namespace kg::ingest::detail {

bool Relations::line_start(int i) const {
  const Token& tk = d_.toks[static_cast<size_t>(i)];
  return tk.begin > 0 && d_.article.text[tk.begin - 1] == '\n';
}

std::vector<std::pair<int, int>> Relations::list_after(int colon, bool need_colon) const {
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

void Relations::list_items() {
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
    // "Members present: A, in the Chair; B": the members of a body at its own sitting
    if (d_.is_listed(floor, WordList::MemberNoun)) continue;
    for (int t = floor; t < colon; ++t) {
      // ("X, who attended the forum in person, wrote this:": a relative clause's verb about
      // the subject leads in no list of attendees)
      attend = attend || (d_.cue(t, Cue::ListAttendance) && !d_.key_is(t - 1, "who") && !d_.key_is(t - 1, "which"));
      pledge = pledge || d_.cue(t, Cue::ListPledge);
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

std::vector<std::pair<int, int>> Relations::table_cells(int first) const {
  std::vector<std::pair<int, int>> cells;
  const int para = d_.paragraph_of(first);
  int from = first + 1;
  for (int t = first + 1; t < n_ && d_.paragraph_of(t) == para; ++t) {
    if (!d_.key_is(t, "|")) continue;
    cells.emplace_back(from, t);
    from = t + 1;
  }
  return cells;
}

void Relations::pledge_tables() {
  const int main_force = main_entity("Force", "force");
  int pledge_col = -1;
  for (int i = 0; i < n_; ++i) {
    if (!d_.key_is(i, "|") || !line_start(i) || d_.in_quote(i)) continue;
    const std::vector<std::pair<int, int>> cells = table_cells(i);
    const int row_end = cells.empty() ? i + 1 : cells.back().second;
    const bool first_row = i == 0 || !d_.key_is(d_.sentence_first(d_.sentence_of(i - 1)), "|");
    if (first_row) {
      // the header: which column holds the pledges
      pledge_col = -1;
      for (size_t c = 0; c < cells.size() && pledge_col < 0; ++c) {
        const auto [a, b] = cells[c];
        if (b == a + 1 && d_.cue(a, Cue::ListPledge)) pledge_col = static_cast<int>(c);
      }
      i = row_end;
      continue;
    }
    if (pledge_col < 0 || static_cast<size_t>(pledge_col) >= cells.size()) {
      i = row_end;
      continue;
    }
    // the party: the first cell a state or body opens
    int party = -1;
    int party_col = -1;
    for (size_t c = 0; c < cells.size() && party < 0; ++c) {
      const int a = d_.atom_at[static_cast<size_t>(cells[c].first)];
      if (static_cast<int>(c) == pledge_col || a < 0 || d_.m(a).dropped || !party_kind(d_.m(a).kind)) continue;
      party = entity_of(a);
      party_col = static_cast<int>(c);
    }
    bool nothing = party < 0;
    for (size_t c = 0; c < cells.size() && !nothing; ++c) {
      const auto [a, b] = cells[c];
      if (static_cast<int>(c) == party_col || a >= b) continue;
      nothing = d_.longest(a, Role::Negation) != nullptr || (b == a + 1 && d_.cue(a, Cue::NothingWord));
    }
    const auto [pa, pb] = cells[static_cast<size_t>(pledge_col)];
    if (!nothing && pa < pb) {
      const std::string what(d_.span(pa, pb));
      const int to = main_force >= 0 ? main_force : implicit_force(main_force, i, what);
      if (to >= 0) add("COMMITS", party, to, i, row_end - 1, "commits:table", 0.7, {{"detail", what}});
    }
    i = row_end;
  }
}

}  // namespace kg::ingest::detail
