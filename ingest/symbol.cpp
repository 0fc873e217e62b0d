#include "ingest/symbol.h"

#include <array>
#include <mutex>
#include <ostream>
#include <unordered_set>

#include "ingest/flat_index.h"

namespace kg::ingest {
namespace {

struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(word_hash(s)); }
};
struct Equal {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

// The process's texts. Nodes of an unordered_set never move, so a Symbol may point at its key.
// Made once and never destroyed: Symbols in static objects may outlive any destruction order.
struct Table {
  std::mutex mutex;
  std::unordered_set<std::string, Hash, Equal> texts;
};
Table& table() {
  static Table* const t = new Table;
  return *t;
}

}  // namespace

const std::string* Symbol::intern(std::string_view s) {
  if (s.empty()) return &empty_symbol_text();
  // A direct-mapped cache per thread answers a repeat without the lock.
  constexpr size_t kSlots = 256;
  thread_local std::array<const std::string*, kSlots> cache{};
  const uint64_t h = word_hash(s);
  const std::string*& slot = cache[h & (kSlots - 1)];
  if (slot != nullptr && *slot == s) return slot;
  Table& t = table();
  const std::lock_guard lock(t.mutex);
  auto it = t.texts.find(s);
  if (it == t.texts.end()) it = t.texts.emplace(s).first;
  slot = &*it;
  return slot;
}

std::ostream& operator<<(std::ostream& out, const Symbol& s) { return out << s.str(); }

}  // namespace kg::ingest
