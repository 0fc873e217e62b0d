// Person names: when two spellings of a name are the same name.
//
// News transliterates names differently (Zelensky / Zelenskyy / Zelenskiy, Sánchez / Sanchez,
// Grynkevich / Grynkewich). A name is folded to a skeleton that forgets what transliteration
// systems disagree on: accents, the endings -y/-iy/-yy/-ii/-yi, doubled letters, w/v, j/y,
// ks/x, ph/f, kh/h, and a final -e. Two names are variants when their skeletons are equal or
// within one edit of each other and long enough for that edit to be noise. Used inside an
// article (surnames) and across articles (graph/resolve), never with a list of known people.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingest {

// The skeleton of one name word or a multi-word surname ("von der Leyen" -> "vonderleyen").
std::string name_skeleton(std::string_view name);

// True when two family names are spellings of the same name.
bool surname_variants(std::string_view a, std::string_view b);

// True when `name` (one or more words) is `surname` or its last word, allowing variants:
// "Erdogan" names "Recep Tayyip Erdogan", whose family name reads "Tayyip Erdogan".
bool family_name_matches(std::string_view surname, std::string_view name);

// True when two given names may be the same person's (equal, variants, or one is an initial
// or a short form of the other: "Steve" / "Steven", "V." / "Volodymyr").
bool given_name_compatible(std::string_view a, std::string_view b);

// Levenshtein distance, capped at `cap` + 1 (cheap early exit).
int edit_distance(std::string_view a, std::string_view b, int cap);

}  // namespace kg::ingest
