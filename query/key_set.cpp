#include "query/key_set.h"

namespace kg::query {

namespace {

uint32_t mix32(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  auto r = static_cast<uint32_t>(h);
  return r ? r : 1;  // never 0, which marks an empty slot
}

// Id tables of finished sets, handed to the next ones.
class TablePool {
 public:
  std::vector<uint32_t> take(size_t n) {
    for (auto it = free_.begin(); it != free_.end(); ++it) {
      if (it->capacity() >= n) {
        std::vector<uint32_t> v = std::move(*it);
        free_.erase(it);
        bytes_ -= v.capacity() * sizeof(uint32_t);
        v.assign(n, 0);
        return v;
      }
    }
    return std::vector<uint32_t>(n, 0);
  }
  void give(std::vector<uint32_t>&& v) {
    const size_t size = v.capacity() * sizeof(uint32_t);
    if (size == 0 || bytes_ + size > kMaxBytes || free_.size() >= kMaxTables) return;
    bytes_ += size;
    free_.push_back(std::move(v));
  }

 private:
  static constexpr size_t kMaxBytes = 64u << 20;
  static constexpr size_t kMaxTables = 16;
  std::vector<std::vector<uint32_t>> free_;
  size_t bytes_ = 0;
};

TablePool& pool() {
  thread_local TablePool p;
  return p;
}

}  // namespace

KeySet::~KeySet() { pool().give(std::move(ids_)); }

bool KeySet::insert_id(uint32_t id) {
  if ((count_ + 1) * 2 > ids_.size()) {
    std::vector<uint32_t> old;
    old.swap(ids_);
    ids_ = pool().take(old.empty() ? 64 : old.size() * 2);
    const size_t mask = ids_.size() - 1;
    for (uint32_t stored : old) {
      if (!stored) continue;
      size_t i = mix32(stored) & mask;
      while (ids_[i]) i = (i + 1) & mask;
      ids_[i] = stored;
    }
    pool().give(std::move(old));
  }
  const uint32_t stored = id + 1;
  const size_t mask = ids_.size() - 1;
  for (size_t i = mix32(stored) & mask;; i = (i + 1) & mask) {
    if (ids_[i] == stored) return false;
    if (!ids_[i]) {
      ids_[i] = stored;
      ++count_;
      return true;
    }
  }
}

void KeySet::leave_ids_mode() {
  ids_mode_ = false;
  std::vector<uint32_t> old;
  old.swap(ids_);
  count_ = 0;
  for (uint32_t stored : old) {
    if (!stored) continue;
    Value v(NodeRef{stored - 1});
    key_.assign(1, &v);
    insert_key();
  }
  pool().give(std::move(old));
}

void KeySet::grow_slots() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.hash) continue;
    size_t i = s.hash & mask;
    while (slots_[i].hash) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

bool KeySet::insert_key() {
  if ((count_ + 1) * 2 > slots_.size()) grow_slots();
  uint64_t h = 0x84222325cbf29ce4ULL;
  for (const Value* v : key_) h = (h ^ ValueHash{}(*v)) * 0x100000001b3ULL;
  const uint32_t hash = mix32(h);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (!s.hash) {
      s.hash = hash;
      s.pos = static_cast<uint32_t>(count_);
      for (const Value* v : key_) arena_.push_back(*v);
      ++count_;
      return true;
    }
    if (s.hash != hash) continue;
    const Value* stored = arena_.data() + static_cast<size_t>(s.pos) * width_;
    bool equal = true;
    for (size_t k = 0; k < width_ && equal; ++k) equal = same(stored[k], *key_[k]);
    if (equal) return false;
  }
}

}  // namespace kg::query
