// libFuzzer target: arbitrary bytes -> read_articles -> extract -> resolve.
// Built only with clang and -DKG_FUZZ=ON (scripts/fuzz); docs/HARDENING.md explains how to run it.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tests/fuzz/ingest_harness.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kg::fuzz::reader_rules();
  kg::fuzz::lexicon();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  const std::string problem = kg::fuzz::check_extract(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_extract: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
