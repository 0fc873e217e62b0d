// KeySet: the set of distinct keys DISTINCT and count(DISTINCT x) keep.
//
// A key is a fixed number of Values (the projected columns). Keys live in one flat arena and
// an open-addressing table of (hash, position) finds them, so adding a row allocates nothing
// but the amortised growth of two arrays. Keys are compared with `same` (null equals null,
// 1 equals 1.0). Single-column keys that are nodes (the common `count(DISTINCT b)`) take a
// faster path: a table of node ids alone, until the first key that is not a node. Its tables
// come from a per-thread pool of freed ones: every query grows its sets through the same sizes,
// and fresh memory for each would cost page faults and cache misses.
#pragma once

#include <cstdint>
#include <vector>

#include "query/value.h"

namespace kg::query {

class KeySet {
 public:
  explicit KeySet(size_t width) : width_(width), ids_mode_(width == 1) {}
  ~KeySet();
  KeySet(const KeySet&) = default;
  KeySet(KeySet&&) noexcept = default;
  KeySet& operator=(const KeySet&) = default;
  KeySet& operator=(KeySet&&) noexcept = default;
  // Adds the key made of the `width` values get(0) ... get(width - 1) (each returned as a
  // const Value&); true when it was new.
  template <typename Get>
  bool insert(Get&& get) {
    if (ids_mode_) {
      const Value& v = get(0);
      if (v.type() == Value::Type::Node) return insert_id(v.as_node());
      leave_ids_mode();
    }
    key_.clear();
    for (size_t i = 0; i < width_; ++i) key_.push_back(&get(i));
    return insert_key();
  }
  size_t size() const { return count_; }

 private:
  struct Slot {
    uint32_t hash = 0;  // 0 = empty
    uint32_t pos = 0;   // the key's index in the arena
  };

  bool insert_id(uint32_t id);
  void leave_ids_mode();
  bool insert_key();
  void grow_slots();

  size_t width_;
  bool ids_mode_;
  size_t count_ = 0;
  std::vector<uint32_t> ids_;  // ids mode: id + 1 per slot, 0 = empty
  std::vector<Value> arena_;   // count_ * width_ values, key after key
  std::vector<Slot> slots_;
  std::vector<const Value*> key_;
};

}  // namespace kg::query
