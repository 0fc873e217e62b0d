// libFuzzer target: query text -> query::execute on the fixed test graph, then render.
// Built only with clang and -DKG_FUZZ=ON (scripts/fuzz); docs/HARDENING.md explains how to run it.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tests/fuzz/query_harness.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kg::test::fixture();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  const std::string problem = kg::fuzz::check_query(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_query: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
