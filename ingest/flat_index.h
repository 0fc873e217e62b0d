// Flat hash tables for the lexicon's phrase trie: every token of every article is looked up in
// the vocabulary and most take a step in the trie, so these lookups are on the hot path of
// extraction. Open addressing over power-of-two tables (linear probing, at most half full)
// keeps a lookup to one hash and, usually, one cache line, where std::unordered_map takes a
// division and a chain of nodes.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::ingest {

// A hash for short strings (words, names): eight bytes at a time, multiplied and folded, the last
// (partial) block read as overlapping loads. Inline, where std::hash is an out-of-line call of a
// general-purpose hash.
inline uint64_t word_hash(std::string_view key) {
  const auto load = [](const char* p, size_t n) {  // n = 4 or 8
    uint64_t w = 0;
    if (n == 8) {
      std::memcpy(&w, p, 8);
    } else {
      uint32_t v = 0;
      std::memcpy(&v, p, 4);
      w = v;
    }
    return w;
  };
  const char* p = key.data();
  const size_t n = key.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
  uint64_t w = 0;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      h = (h ^ load(p + i, 8)) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
    }
    w = load(p + n - 8, 8);
  } else if (n >= 4) {
    w = load(p, 4) | (load(p + n - 4, 4) << 32);
  } else if (n > 0) {
    w = uint64_t{static_cast<unsigned char>(p[0])} | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
        uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
  }
  h = (h ^ w) * 0x94D049BB133111EBULL;
  return h ^ (h >> 29);
}

// Whether n bytes at a and b are the same, inline: words are short, and a call of memcmp (with
// the registers it makes the caller save) cost more than the comparison on the vocabulary's
// hot path. Up to 16 bytes in at most two overlapping loads per side.
inline bool same_bytes(const char* a, const char* b, size_t n) {
  const auto load8 = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  const auto load4 = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
  }
  if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Interned strings: each distinct key gets the next id (0, 1, 2, ...).
class StringIds {
 public:
  // The id of `key`, or -1 when it was never interned.
  int32_t find(std::string_view key) const {
    if (slots_.empty()) return -1;
    const uint64_t h = hash(key);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id < 0) return -1;
      if (s.tag != tag) continue;
      const std::string& k = keys_[static_cast<size_t>(s.id)];
      if (k.size() == key.size() && same_bytes(k.data(), key.data(), key.size())) return s.id;
    }
  }
  // The id of `key`, interning it first when it is new.
  int32_t intern(std::string_view key) {
    if (const int32_t id = find(key); id >= 0) return id;
    if ((keys_.size() + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    const int32_t id = static_cast<int32_t>(keys_.size());
    keys_.emplace_back(key);
    place(hash(key), id);
    return id;
  }
  size_t size() const { return keys_.size(); }
  const std::string& key(int32_t id) const { return keys_[static_cast<size_t>(id)]; }

 private:
  struct Slot {
    uint32_t tag = 0;  // high half of the hash: most mismatches end without comparing strings
    int32_t id = -1;   // -1: empty
  };
  static uint64_t hash(std::string_view key) { return word_hash(key); }
  void place(uint64_t h, int32_t id) {
    size_t i = h & mask_;
    while (slots_[i].id >= 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32), id};
  }
  void rehash(size_t capacity) {
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (size_t id = 0; id < keys_.size(); ++id) place(hash(keys_[id]), static_cast<int32_t>(id));
  }
  std::vector<std::string> keys_;  // by id
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

// A map from words to strings with the lookup interface of a standard map (`find`, `end`,
// `->second`), for small tables consulted at every token (pronouns).
class WordMap {
 public:
  using Entry = std::pair<std::string, std::string>;
  // The value at `key`, inserted empty first when it is new.
  std::string& operator[](std::string_view key) {
    const int32_t id = ids_.intern(key);
    if (static_cast<size_t>(id) == entries_.size()) entries_.emplace_back(std::string(key), std::string());
    return entries_[static_cast<size_t>(id)].second;
  }
  // The entry of `key`, or end().
  const Entry* find(std::string_view key) const {
    const int32_t id = ids_.find(key);
    return id < 0 ? end() : &entries_[static_cast<size_t>(id)];
  }
  const Entry* end() const { return nullptr; }
  size_t size() const { return entries_.size(); }

 private:
  StringIds ids_;
  std::vector<Entry> entries_;  // by id
};

// A map from 64-bit keys (never ~0) to 32-bit values.
class U64Map {
 public:
  static constexpr uint64_t kEmpty = ~uint64_t{0};

  // The value at `key`, or -1 when there is none.
  int32_t find(uint64_t key) const {
    if (slots_.empty()) return -1;
    for (size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == kEmpty) return -1;
    }
  }
  // Sets the value at `key` (a new key or an existing one).
  void set(uint64_t key, int32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    size_t i = hash(key) & mask_;
    while (slots_[i].key != kEmpty && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].key == kEmpty) ++size_;
    slots_[i] = Slot{key, value};
  }
  size_t size() const { return size_; }
  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.key != kEmpty) f(s.key, s.value);
    }
  }

 private:
  struct Slot {
    uint64_t key = kEmpty;
    int32_t value = -1;
  };
  static uint64_t hash(uint64_t key) {
    key ^= key >> 29;
    key *= 0x9E3779B97F4A7C15ULL;
    return key ^ (key >> 32);
  }
  void rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key != kEmpty) set(s.key, s.value);
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace kg::ingest
