// Force match keys: one spelling for force names that say the same thing in other words.
//
// "military support for the Moldovan army" and "support for Moldova's armed forces" name one
// commitment, and resolution (graph/resolve.cpp) compares forces across articles by this key as
// well as by their name keys. The key keeps the words of the name in their order, with
//   - a state's demonym or possessive name replaced by the state ("Moldovan" = "Moldova's"),
//   - words the heads lexicon lists as synonyms of a force name word replaced by their canonical
//     word ("armed forces" / "military" -> "army", "defense" -> "defence"),
//   - determiners dropped, and a word said twice kept at its last place only ("military support
//     for the army" is "support for the army": the domain is in the complement already).
// Heads and states stay in the key, so "the Polish army" and "Lithuania's armed forces" differ.
#pragma once

#include <string>
#include <string_view>

#include "ingest/lexicon.h"

namespace kg::ingest {

// The match key of a force's name: words separated by single spaces, "" when none is left.
std::string force_match_key(const Lexicon::Data& lex, std::string_view name);

}  // namespace kg::ingest
