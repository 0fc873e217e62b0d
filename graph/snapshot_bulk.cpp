// Layout (integers are varints, byte_codec.h; "u64[]"/"u32[]" raw little-endian arrays):
//   bucket      "KGSB" version map(0 item_sources, 1 source_texts) bucket n keys:u64[n]
//               counts:u32[n] ends:u32[n] bytes, sealed; keys ascending, each key % kBulkBuckets
//               == bucket; value i is bytes[ends[i - 1], ends[i])
//   item value  nstrings string_keys:u64[nstrings] nsources (file article sentence begin end
//               text rule* confidence)*, file and text indexes into string_keys, rule a
//               per-value symbol
#include "graph/snapshot_bulk.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <span>
#include <unordered_map>

#include "graph/byte_codec.h"
#include "graph/parallel_for.h"

namespace kg::graph {
namespace {

uint32_t bucket_of(uint64_t key) { return static_cast<uint32_t>(key % kBulkBuckets); }

uint8_t map_code(const std::string& section) {
  if (section == kSourcesSection) return 0;
  if (section == kTextsSection) return 1;
  throw CodecError("snapshot: '" + section + "' is not a bulk section");
}

// One entry of a bucket being encoded: the value is viewed, not copied.
struct BulkEntry {
  uint64_t key;
  uint32_t count;
  std::string_view value;
};

std::string encode_bucket(const std::string& section, uint32_t bucket, std::span<const BulkEntry> entries) {
  ByteWriter w;
  w.bytes("KGSB");
  w.varint(kSnapshotVersion);
  w.u8(map_code(section));
  w.varint(bucket);
  w.varint(entries.size());
  std::vector<uint32_t> counts(entries.size()), ends(entries.size());
  uint64_t end = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    w.raw(&entries[i].key, sizeof entries[i].key);
    counts[i] = entries[i].count;
    end += entries[i].value.size();
    if (end >= UINT32_MAX) throw CodecError("snapshot: one bulk bucket exceeds 4 GB");
    ends[i] = static_cast<uint32_t>(end);
  }
  w.raw(counts.data(), counts.size() * sizeof(uint32_t));
  w.raw(ends.data(), ends.size() * sizeof(uint32_t));
  for (const BulkEntry& e : entries) w.bytes(e.value);
  return seal(w);
}

std::string encode_bucket(const std::string& section, uint32_t bucket, const BulkBucket& entries) {
  std::vector<BulkEntry> list;
  list.reserve(entries.size());
  for (const auto& [key, entry] : entries) list.push_back({key, entry.first, entry.second});
  return encode_bucket(section, bucket, list);
}

// A stored bucket, checked: its number, keys, counts and values (views into `blob`).
struct BucketView {
  uint32_t bucket = 0;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<std::string_view> values;
};

BucketView read_bucket(std::string_view blob, const std::string& section) {
  const std::string what = "snapshot " + section + " chunk";
  ByteReader r(unseal(blob, what), what);
  if (r.take(4) != "KGSB") r.fail("not a snapshot bulk chunk");
  const uint64_t version = r.varint();
  if (version != kSnapshotVersion) r.fail("snapshot format " + std::to_string(version) + " is not " + std::to_string(kSnapshotVersion));
  if (r.u8() != map_code(section)) r.fail("a bucket of another map");
  BucketView v;
  v.bucket = static_cast<uint32_t>(r.uint_in(kBulkBuckets - 1, "bucket"));
  const size_t n = r.count("bucket entries", 2 * sizeof(uint32_t) + sizeof(uint64_t));
  v.keys.resize(n);
  v.counts.resize(n);
  std::vector<uint32_t> ends(n);
  if (n) {
    std::memcpy(v.keys.data(), r.take(n * sizeof(uint64_t)).data(), n * sizeof(uint64_t));
    std::memcpy(v.counts.data(), r.take(n * sizeof(uint32_t)).data(), n * sizeof(uint32_t));
    std::memcpy(ends.data(), r.take(n * sizeof(uint32_t)).data(), n * sizeof(uint32_t));
  }
  const std::string_view bytes = r.take(r.remaining());
  uint32_t begin = 0;
  for (size_t i = 0; i < n; ++i) {
    if ((i > 0 && v.keys[i] <= v.keys[i - 1]) || bucket_of(v.keys[i]) != v.bucket) r.fail("keys out of order or bucket");
    if (v.counts[i] == 0) r.fail("an entry no item uses");
    if (ends[i] < begin || ends[i] > bytes.size()) r.fail("value ends out of order or range");
    v.values.push_back(bytes.substr(begin, ends[i] - begin));
    begin = ends[i];
  }
  if (begin != bytes.size()) r.fail("value ends do not cover the values");
  return v;
}

// An item's sources as stored: the keys of the strings they cite (texts and file names), each
// once, then the sources, which name their file and text by position in that list.
std::string encode_item_sources(const std::vector<Source>& sources) {
  std::vector<uint64_t> keys;
  std::unordered_map<uint64_t, uint32_t> index;
  const auto number = [&](const SharedString& s) {
    auto [it, fresh] = index.try_emplace(s.checksum(), static_cast<uint32_t>(keys.size()));
    if (fresh) keys.push_back(it->first);
    return it->second;
  };
  std::vector<std::pair<uint32_t, uint32_t>> file_text(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    // Sources come file by file: a file name like the one before needs no lookup.
    file_text[i].first = i > 0 && sources[i].file.same_object(sources[i - 1].file) ? file_text[i - 1].first : number(sources[i].file);
    file_text[i].second = number(sources[i].text);
  }
  ByteWriter w;
  w.varint(keys.size());
  w.raw(keys.data(), keys.size() * sizeof(uint64_t));
  w.varint(sources.size());
  SymbolWriter rules;
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    w.varint(file_text[i].first);
    w.svarint(s.article);
    w.svarint(s.sentence);
    w.varint(s.begin);
    w.varint(s.end);
    w.varint(file_text[i].second);
    rules.write(w, s.rule);
    w.f64(s.confidence);
  }
  return w.take();
}

std::vector<uint64_t> read_text_keys(ByteReader& r) {
  std::vector<uint64_t> keys(r.count("text keys", sizeof(uint64_t)));
  if (!keys.empty()) std::memcpy(keys.data(), r.take(keys.size() * sizeof(uint64_t)).data(), keys.size() * sizeof(uint64_t));
  return keys;
}

// The distinct strings (texts and file names) an item's sources cite, by key, sorted.
std::vector<std::pair<uint64_t, const SharedString*>> strings_of(const std::vector<Source>& sources) {
  std::vector<std::pair<uint64_t, const SharedString*>> out;
  out.reserve(2 * sources.size());
  for (const Source& s : sources) {
    out.emplace_back(s.text.checksum(), &s.text);
    out.emplace_back(s.file.checksum(), &s.file);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 1; i < out.size(); ++i) {
    const SharedString& a = *out[i - 1].second;
    const SharedString& b = *out[i].second;
    if (out[i - 1].first == out[i].first && !a.same_object(b) && a != b)
      throw CodecError("snapshot: two different source strings share the checksum " + std::to_string(out[i].first));
  }
  out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), out.end());
  return out;
}

// The buckets of one map that a write touches, read from the store when first touched.
class EditedMap {
 public:
  EditedMap(std::string section, const BucketReader& read) : section_(std::move(section)), read_(read) {}

  BulkBucket& bucket(uint64_t key) {
    const uint32_t b = bucket_of(key);
    auto [it, fresh] = buckets_.try_emplace(b);
    if (fresh && read_) {
      const std::string blob = read_(section_, b);
      if (!blob.empty()) {
        const BucketView v = read_bucket(blob, section_);
        if (v.bucket != b) throw CodecError("snapshot " + section_ + " chunk " + std::to_string(b) + " holds bucket " + std::to_string(v.bucket));
        for (size_t i = 0; i < v.keys.size(); ++i) it->second.emplace_hint(it->second.end(), v.keys[i], std::pair{v.counts[i], std::string(v.values[i])});
      }
    }
    return it->second;
  }
  const std::string* find(uint64_t key) {
    BulkBucket& b = bucket(key);
    const auto it = b.find(key);
    return it == b.end() ? nullptr : &it->second.second;
  }
  // Adds one use of `key`; `value` makes its value when the key is new, `same` tells whether a
  // stored value is the one meant (false: two values share a key).
  template <typename Value, typename Same>
  void add(uint64_t key, Value value, Same same) {
    BulkBucket& b = bucket(key);
    auto [it, fresh] = b.try_emplace(key, 0u, std::string());
    if (fresh) it->second.second = value();
    else if (!same(it->second.second)) throw CodecError("snapshot " + section_ + ": two different values share the key " + std::to_string(key));
    ++it->second.first;
  }
  void remove(uint64_t key) {
    BulkBucket& b = bucket(key);
    const auto it = b.find(key);
    if (it == b.end()) throw CodecError("snapshot " + section_ + ": a stored item uses the key " + std::to_string(key) + ", which is not stored");
    if (--it->second.first == 0) b.erase(it);
  }
  // The touched buckets, encoded on `threads` threads.
  void finish(BulkWrite& out, unsigned threads) {
    std::vector<std::pair<uint32_t, const BulkBucket*>> touched;
    for (const auto& [b, entries] : buckets_) {
      if (entries.empty()) out.erased.emplace_back(section_, b);
      else touched.emplace_back(b, &entries);
    }
    const size_t first = out.put.size();
    out.put.resize(first + touched.size());
    parallel_for(touched.size(), threads, [&](size_t i) {
      out.put[first + i] = {section_, touched[i].first, encode_bucket(section_, touched[i].first, *touched[i].second)};
    });
  }

 private:
  std::string section_;
  const BucketReader& read_;
  std::unordered_map<uint32_t, BulkBucket> buckets_;
};

// A stored item whose key changed: its key before (if its sources were stored) and now.
struct ChangedItem {
  const std::vector<Source>* sources = nullptr;  // now; nullptr when the item is gone
  bool had = false, has = false;
  uint64_t before = 0, now = 0;
};

void changed_items(std::span<const uint64_t> now, std::span<const uint64_t> before, std::span<const uint32_t> stored_id,
                   const std::function<const std::vector<Source>&(size_t)>& sources_of, std::vector<ChangedItem>& out) {
  std::vector<uint32_t> position(now.size(), UINT32_MAX);
  for (size_t r = 0; r < stored_id.size(); ++r) position[stored_id[r]] = static_cast<uint32_t>(r);
  for (size_t s = 0; s < std::max(now.size(), before.size()); ++s) {
    if (s < now.size() && s < before.size() && now[s] == before[s]) continue;
    ChangedItem c;
    c.had = s < before.size();
    if (c.had) c.before = before[s];
    if (s < now.size()) {
      if (position[s] == UINT32_MAX) throw CodecError("snapshot: stored id " + std::to_string(s) + " has no item");
      c.sources = &sources_of(position[s]);
      c.has = !c.sources->empty();
      c.now = now[s];
    }
    out.push_back(c);
  }
}

// One use of a bulk key by a changed item: in item_sources the item's own key (`text` null), in
// source_texts the key of a string its sources cite (an item may list one string twice).
struct KeyUse {
  uint64_t key;
  uint32_t item;
  const SharedString* text;
};

// `uses` grouped by bucket (a counting sort): bucket b's are at [start[b], start[b + 1]).
struct UsesByBucket {
  std::vector<KeyUse> uses;
  std::vector<size_t> start;
};

UsesByBucket group_by_bucket(const std::vector<KeyUse>& uses) {
  UsesByBucket out;
  out.start.assign(kBulkBuckets + 1, 0);
  for (const KeyUse& u : uses) ++out.start[bucket_of(u.key) + 1];
  for (uint32_t b = 0; b < kBulkBuckets; ++b) out.start[b + 1] += out.start[b];
  std::vector<size_t> next(out.start.begin(), out.start.end() - 1);
  out.uses.resize(uses.size());
  for (const KeyUse& u : uses) out.uses[next[bucket_of(u.key)]++] = u;
  return out;
}

// Every string use of the changed items that have sources (text and file of each source), filled
// on `threads` threads; computes each string's checksum (kept by the string) on the way.
std::vector<KeyUse> string_uses(const std::vector<ChangedItem>& changed, unsigned threads) {
  std::vector<size_t> at(changed.size() + 1, 0);
  for (size_t i = 0; i < changed.size(); ++i) at[i + 1] = at[i] + (changed[i].has ? 2 * changed[i].sources->size() : 0);
  std::vector<KeyUse> uses(at.back());
  parallel_for(changed.size(), threads, [&](size_t i) {
    if (!changed[i].has) return;
    KeyUse* out = uses.data() + at[i];
    for (const Source& s : *changed[i].sources) {
      *out++ = {s.text.checksum(), static_cast<uint32_t>(i), &s.text};
      *out++ = {s.file.checksum(), static_cast<uint32_t>(i), &s.file};
    }
  });
  return uses;
}

// The buckets of one map made whole from its uses: per key, its count is the number of distinct
// items using it and its value `value_of(first use)`; encoded bucket by bucket on `threads`.
template <typename ValueOf>
void put_whole(const std::string& section, UsesByBucket by, ValueOf value_of, unsigned threads, BulkWrite& out) {
  std::vector<std::string> encoded(kBulkBuckets);
  parallel_for(kBulkBuckets, threads, [&](size_t b) {
    const std::span<KeyUse> uses(by.uses.data() + by.start[b], by.start[b + 1] - by.start[b]);
    if (uses.empty()) return;
    std::sort(uses.begin(), uses.end(), [](const KeyUse& x, const KeyUse& y) { return x.key != y.key ? x.key < y.key : x.item < y.item; });
    std::vector<BulkEntry> entries;
    std::vector<std::string> values;  // item values made here (string values are viewed)
    values.reserve(uses.size());
    for (size_t i = 0; i < uses.size();) {
      size_t j = i + 1;
      uint32_t count = 1;
      for (; j < uses.size() && uses[j].key == uses[i].key; ++j) {
        if (uses[j].item != uses[j - 1].item) ++count;
        if (uses[i].text && !uses[i].text->same_object(*uses[j].text) && *uses[i].text != *uses[j].text)
          throw CodecError("snapshot: two different source strings share the checksum " + std::to_string(uses[i].key));
      }
      entries.push_back({uses[i].key, count, value_of(uses[i], values)});
      i = j;
    }
    encoded[b] = encode_bucket(section, static_cast<uint32_t>(b), entries);
  });
  for (uint32_t b = 0; b < kBulkBuckets; ++b)
    if (!encoded[b].empty()) out.put.push_back({section, b, std::move(encoded[b])});
}

// The bulk written whole (nothing stored to edit against): no bucket is read or edited entry by
// entry, each item's sources are encoded once in the bucket that holds them and each string is
// viewed in place, not copied.
BulkWrite write_whole(const std::vector<ChangedItem>& changed, unsigned threads) {
  std::vector<KeyUse> items;
  for (size_t i = 0; i < changed.size(); ++i)
    if (changed[i].has) items.push_back({changed[i].now, static_cast<uint32_t>(i), nullptr});
  BulkWrite out;
  put_whole(kSourcesSection, group_by_bucket(items),
            [&](const KeyUse& u, std::vector<std::string>& values) -> std::string_view {
              values.push_back(encode_item_sources(*changed[u.item].sources));
              return values.back();
            },
            threads, out);
  items = {};
  put_whole(kTextsSection, group_by_bucket(string_uses(changed, threads)),
            [](const KeyUse& u, std::vector<std::string>&) -> std::string_view { return u.text->str(); }, threads, out);
  return out;
}

}  // namespace

BulkMap::BulkMap(std::vector<std::string> blobs, const std::string& section) : blobs_(std::move(blobs)), buckets_(kBulkBuckets) {
  // Checked on every core (each checksum reads a whole bucket), then put in place.
  std::vector<BucketView> views(blobs_.size());
  parallel_for(blobs_.size(), 0, [&](size_t i) { views[i] = read_bucket(blobs_[i], section); });
  std::vector<bool> seen(kBulkBuckets);
  for (BucketView& v : views) {
    if (seen[v.bucket]) throw CodecError("snapshot " + section + ": bucket " + std::to_string(v.bucket) + " stored twice");
    seen[v.bucket] = true;
    buckets_[v.bucket] = {std::move(v.keys), std::move(v.values)};
  }
}

const std::string_view* BulkMap::find(uint64_t key) const {
  if (buckets_.empty()) return nullptr;
  const Bucket& b = buckets_[bucket_of(key)];
  const auto it = std::lower_bound(b.keys.begin(), b.keys.end(), key);
  if (it == b.keys.end() || *it != key) return nullptr;
  return &b.values[static_cast<size_t>(it - b.keys.begin())];
}

std::vector<Source> decode_item_sources(std::string_view blob, const BulkMap& strings, const std::string& what) {
  ByteReader r(blob, what);
  const std::vector<uint64_t> keys = read_text_keys(r);
  std::vector<SharedString> cited(keys.size());  // one object per string, shared by the item's sources
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string_view* s = strings.find(keys[i]);
    if (!s) r.fail("source string " + std::to_string(keys[i]) + " is not stored");
    cited[i] = *s;
  }
  const auto string = [&](const char* field) -> const SharedString& {
    const uint64_t n = r.varint();
    if (n >= cited.size()) r.fail(std::string(field) + " " + std::to_string(n) + " is not listed");
    return cited[n];
  };
  std::vector<Source> out(r.count("sources", 14));
  SymbolReader sym;
  std::vector<SharedString> rules;  // one object per distinct rule of the item
  for (Source& s : out) {
    s.file = string("source file");
    s.article = static_cast<int>(r.sint_in(INT32_MIN, INT32_MAX, "source article"));
    s.sentence = static_cast<int>(r.sint_in(INT32_MIN, INT32_MAX, "source sentence"));
    s.begin = r.u32v("source begin");
    s.end = r.u32v("source end");
    s.text = string("source text");
    const size_t rule = sym.read_index(r);
    if (rule == rules.size()) rules.emplace_back(sym.at(rule));
    s.rule = rules[rule];
    s.confidence = r.f64();
  }
  r.expect_end();
  return out;
}

BulkWrite write_bulk(const GraphData& g, const SnapshotKeys& keys, const BucketReader& read, unsigned threads) {
  std::vector<ChangedItem> changed;
  const std::span<const uint64_t> none;
  changed_items(keys.nodes, read ? keys.nodes_before : none, keys.node_id,
                [&](size_t r) -> const std::vector<Source>& { return g.nodes[r].sources; }, changed);
  changed_items(keys.edges, read ? keys.edges_before : none, keys.edge_id,
                [&](size_t r) -> const std::vector<Source>& { return g.edges[r].sources; }, changed);
  if (!read) return write_whole(changed, threads);
  EditedMap items(kSourcesSection, read), texts(kTextsSection, read);
  // Per changed item: the strings it cited (from its stored value) and cites now.
  std::vector<std::vector<uint64_t>> before(changed.size());
  for (size_t i = 0; i < changed.size(); ++i) {
    if (!changed[i].had) continue;
    if (const std::string* value = items.find(changed[i].before)) {
      ByteReader r(*value, "snapshot item sources");
      before[i] = read_text_keys(r);
      std::sort(before[i].begin(), before[i].end());
    } else {
      changed[i].had = false;  // it had no sources
    }
  }
  std::vector<std::vector<std::pair<uint64_t, const SharedString*>>> now(changed.size());
  std::vector<std::string> encoded(changed.size());
  parallel_for(changed.size(), threads, [&](size_t i) {
    if (!changed[i].has) return;
    now[i] = strings_of(*changed[i].sources);
    encoded[i] = encode_item_sources(*changed[i].sources);
  });
  for (size_t i = 0; i < changed.size(); ++i) {
    if (changed[i].had) items.remove(changed[i].before);
    if (changed[i].has) items.add(changed[i].now, [&] { return std::move(encoded[i]); }, [](const std::string&) { return true; });
    // Counts move for the strings the item cites now and did not, or did and does not.
    auto b = before[i].begin();
    for (const auto& [key, cited] : now[i]) {
      while (b != before[i].end() && *b < key) texts.remove(*b++);
      if (b != before[i].end() && *b == key) {
        ++b;
        continue;
      }
      const std::string& text = *cited;
      texts.add(key, [&] { return text; }, [&](const std::string& stored) { return stored == text; });
    }
    while (b != before[i].end()) texts.remove(*b++);
  }
  BulkWrite out;
  items.finish(out, threads);
  texts.finish(out, threads);
  return out;
}

}  // namespace kg::graph
