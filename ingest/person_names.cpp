#include "ingest/person_names.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "ingest/flat_index.h"
#include "ingest/name_key.h"

namespace kg::ingest {

namespace {

std::string skeleton_of(std::string_view name);

// Skeletons are asked for the same few names over and over: remember them (per thread), looked
// up by the name without copying it.
void skeleton_into(std::string_view name, std::string& out) {
  struct Memo {
    StringIds names;
    std::vector<std::string> skeletons;  // by name id
  };
  thread_local Memo memo;
  if (const int32_t id = memo.names.find(name); id >= 0) {
    out.assign(memo.skeletons[static_cast<size_t>(id)]);
    return;
  }
  if (memo.skeletons.size() > 4096) memo = Memo{};
  out = skeleton_of(name);
  memo.names.intern(name);
  memo.skeletons.push_back(out);
}

}  // namespace

std::string name_skeleton(std::string_view name) {
  std::string s;
  skeleton_into(name, s);
  return s;
}

namespace {
std::string skeleton_of(std::string_view name) {
  std::string k = name_key(name);
  std::string s;
  s.reserve(k.size());
  for (char c : k) {
    if (c >= 'a' && c <= 'z') s.push_back(c);
  }
  auto replace = [&](const std::string& from, const std::string& to) {
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
      s.replace(pos, from.size(), to);
      pos += to.size();
    }
  };
  // Endings first: -skyy / -skiy / -skii / -sky all end in one 'i'.
  auto strip_end = [&](const char* end, const char* to) {
    const std::string e(end);
    if (s.size() > e.size() + 2 && s.compare(s.size() - e.size(), e.size(), e) == 0) {
      s.resize(s.size() - e.size());
      s.append(to);
      return true;
    }
    return false;
  };
  if (!strip_end("yy", "i") && !strip_end("iy", "i") && !strip_end("ii", "i") && !strip_end("yi", "i") && !strip_end("ij", "i")) {
    strip_end("y", "i");
  }
  replace("kh", "h");
  replace("ph", "f");
  replace("ks", "x");
  replace("w", "v");
  replace("j", "y");
  replace("dzh", "j");
  replace("zh", "j");
  replace("ck", "k");
  // Collapse doubled letters and drop a final -e.
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  if (out.size() > 4 && out.back() == 'e') out.pop_back();
  return out;
}
}  // namespace

int edit_distance(std::string_view a, std::string_view b, int cap) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > cap) return cap + 1;
  std::vector<int> prev(static_cast<size_t>(m) + 1), cur(static_cast<size_t>(m) + 1);
  for (int j = 0; j <= m; ++j) prev[static_cast<size_t>(j)] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int sub = prev[static_cast<size_t>(j) - 1] + (a[static_cast<size_t>(i) - 1] == b[static_cast<size_t>(j) - 1] ? 0 : 1);
      cur[static_cast<size_t>(j)] = std::min({prev[static_cast<size_t>(j)] + 1, cur[static_cast<size_t>(j) - 1] + 1, sub});
      row_min = std::min(row_min, cur[static_cast<size_t>(j)]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return prev[static_cast<size_t>(m)];
}

namespace {

// Surnames and coreference ask the same pairs of names again and again (every capitalised word
// of an article against each known person's family name): the answer of a pure test of two
// names is kept in a small direct-mapped memo per thread, one per test, found by both names.
template <bool (*Test)(std::string_view, std::string_view)>
bool memo_pair(std::string_view a, std::string_view b) {
  struct Slot {
    std::string a, b;
    bool used = false, value = false;
  };
  constexpr size_t kSlots = 1024;
  thread_local std::array<Slot, kSlots> memo;
  const uint64_t h = word_hash(a) + 0x9E3779B97F4A7C15ULL * word_hash(b);
  Slot& s = memo[static_cast<size_t>(h >> 54) & (kSlots - 1)];
  if (s.used && s.a.size() == a.size() && s.b.size() == b.size() && same_bytes(s.a.data(), a.data(), a.size()) &&
      same_bytes(s.b.data(), b.data(), b.size())) {
    return s.value;
  }
  s.value = Test(a, b);
  s.a.assign(a);
  s.b.assign(b);
  s.used = true;
  return s.value;
}

// The comparisons below run pair by pair over an article's names (and a corpus's in
// resolution): keys and skeletons go into buffers kept per thread, one set per function (they
// call one another), so a comparison allocates nothing.
bool surname_variants_of(std::string_view a, std::string_view b) {
  const KeyComparison keys = compare_name_keys(a, b);
  if (keys.a_empty || keys.b_empty) return false;
  if (keys.same) return true;
  thread_local std::string sa, sb;
  skeleton_into(a, sa);
  skeleton_into(b, sb);
  if (sa.empty() || sb.empty()) return false;
  if (sa == sb) return sa.size() >= 4;
  // One edit is noise only in a long name, and never in its first letter.
  if (sa[0] != sb[0] || std::min(sa.size(), sb.size()) < 7) return false;
  return edit_distance(sa, sb, 1) <= 1;
}

bool family_name_matches_of(std::string_view surname, std::string_view name) {
  if (surname_variants_of(surname, name)) return true;
  thread_local std::string k, kn;
  name_key_into(surname, k);
  const size_t sp = k.rfind(' ');
  if (sp == std::string::npos) return false;
  name_key_into(name, kn);
  if (kn.find(' ') != std::string::npos) return false;
  return surname_variants(std::string_view(k).substr(sp + 1), name);
}

}  // namespace

bool surname_variants(std::string_view a, std::string_view b) { return memo_pair<surname_variants_of>(a, b); }

bool family_name_matches(std::string_view surname, std::string_view name) {
  return memo_pair<family_name_matches_of>(surname, name);
}

bool given_name_compatible(std::string_view a, std::string_view b) {
  thread_local std::string ka, kb, sa, sb;
  name_key_into(a, ka);
  name_key_into(b, kb);
  if (ka.empty() || kb.empty()) return true;  // one side does not say
  if (ka == kb) return true;
  if (ka.size() == 1 || kb.size() == 1) return ka[0] == kb[0];  // an initial
  skeleton_into(a, sa);
  skeleton_into(b, sb);
  if (sa == sb) return true;
  // Ukrainian and Russian spellings of one name: "Oleh" / "Oleg", "Ihor" / "Igor" (h for g)
  if (sa.size() == sb.size() && sa.size() >= 4) {
    bool same = true;
    for (size_t k = 0; k < sa.size() && same; ++k) {
      same = sa[k] == sb[k] || ((sa[k] == 'g' || sa[k] == 'h') && (sb[k] == 'g' || sb[k] == 'h'));
    }
    if (same) return true;
  }
  // A short form: "Steve" / "Steven", "Alex" / "Alexander" (a prefix of at least 3 letters).
  const std::string& shorter = ka.size() < kb.size() ? ka : kb;
  const std::string& longer = ka.size() < kb.size() ? kb : ka;
  if (shorter.size() >= 3 && longer.compare(0, shorter.size(), shorter) == 0) return true;
  return sa.size() >= 5 && sb.size() >= 5 && sa[0] == sb[0] && edit_distance(sa, sb, 1) <= 1;
}

}  // namespace kg::ingest
