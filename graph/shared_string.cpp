#include "graph/shared_string.h"

#include <ostream>

#include "graph/byte_codec.h"

namespace kg::graph {

SharedString::SharedString(std::string s) {
  if (s.empty()) return;
  block_ = new Block;
  block_->text = std::move(s);
}

const std::string& SharedString::empty_string() noexcept {
  static const std::string empty;
  return empty;
}

uint64_t SharedString::checksum() const noexcept {
  if (!block_) return checksum64({});
  uint64_t sum = block_->sum.load(std::memory_order_relaxed);
  if (sum == 0) {
    sum = checksum64(block_->text);
    block_->sum.store(sum, std::memory_order_relaxed);  // a race stores the same value twice
  }
  return sum;
}

std::ostream& operator<<(std::ostream& out, const SharedString& s) { return out << s.str(); }

}  // namespace kg::graph
