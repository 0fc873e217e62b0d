// Force match keys (see force_key.h).
#include "ingest/force_key.h"

#include <set>
#include <vector>

#include "ingest/lexicon_data.h"
#include "ingest/name_key.h"
#include "ingest/tokens.h"

namespace kg::ingest {
namespace {

// True when the capitals of tokens [from, from + n) satisfy what the phrase asks for ("US"
// the state needs capitals, "us" is a pronoun).
bool caps_fit(const PhraseHit& h, const std::vector<Token>& toks, size_t from, size_t n) {
  for (size_t k = 0; k < n && k < 16; ++k) {
    const Token& t = toks[from + k];
    if ((h.cap_mask >> k & 1u) && !t.is(tok::kCap)) return false;
    if ((h.upper_mask >> k & 1u) && !t.is(tok::kUpper)) return false;
  }
  return true;
}

// The key, computed.
std::string compute_force_key(const Lexicon::Data& lex, std::string_view name) {
  const std::vector<Token> toks = tokenize(name);
  std::vector<std::string> words;
  for (size_t i = 0; i < toks.size();) {
    const Token& t = toks[i];
    if (!t.is(tok::kWord) || t.is(tok::kPossessive)) {
      ++i;
      continue;
    }
    // The longest lexicon phrase from here that is a state, a state's demonym or a determiner.
    size_t len = 0;
    std::string word;
    int32_t node = 0;
    for (size_t j = i; j < toks.size(); ++j) {
      node = lex.step(node, lex.vocab_id(toks[j].key));
      if (node < 0) break;
      for (const PhraseHit& h : lex.node_hits[static_cast<size_t>(node)]) {
        if (!caps_fit(h, toks, i, j - i + 1)) continue;
        const bool state = (h.role == Role::Demonym) ||
                           (h.role == Role::Entity && lex.entities[static_cast<size_t>(h.id)].kind == "Country");
        if (state) {
          len = j - i + 1;
          word = name_key(lex.entities[static_cast<size_t>(h.id)].name);
        } else if (h.role == Role::Determiner && j == i) {
          len = 1;
          word.clear();
        }
      }
    }
    // A synonym from the heads lexicon, when it is longer.
    std::string phrase;
    for (size_t j = i, n = 1; j < toks.size() && n <= 4; ++j, ++n) {
      if (!toks[j].is(tok::kWord)) break;
      phrase += (phrase.empty() ? "" : " ") + toks[j].key;
      auto it = lex.force_synonyms.find(phrase);
      if (it != lex.force_synonyms.end() && n >= len) {
        len = n;
        word = it->second;
      }
    }
    if (len == 0) {
      len = 1;
      word = t.key;
    }
    if (!word.empty()) words.push_back(word);
    i += len;
  }
  // A word said twice keeps its last place.
  std::set<std::string> seen;
  std::vector<std::string> kept;
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    if (seen.insert(*it).second) kept.push_back(*it);
  }
  std::string key;
  for (auto it = kept.rbegin(); it != kept.rend(); ++it) key += (key.empty() ? "" : " ") + *it;
  return key;
}

}  // namespace

// The same force names come back in article after article ("the Multinational Force Moldova"):
// keys are remembered per thread and per lexicon (by its fingerprint, which changes with its
// content).
std::string force_match_key(const Lexicon::Data& lex, std::string_view name) {
  struct Memo {
    std::string fingerprint;
    StringIds names;
    std::vector<std::string> keys;  // by name id
  };
  thread_local Memo memo;
  if (memo.fingerprint != lex.fingerprint || memo.keys.size() > 4096) {
    memo = Memo{};
    memo.fingerprint = lex.fingerprint;
  }
  if (const int32_t id = memo.names.find(name); id >= 0) return memo.keys[static_cast<size_t>(id)];
  std::string key = compute_force_key(lex, name);
  memo.names.intern(name);
  memo.keys.push_back(key);
  return key;
}

}  // namespace kg::ingest
