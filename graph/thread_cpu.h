// thread_cpu: CPU time of the calling thread, for timing a step by what it costs whatever
// else runs on the machine (the build's extraction workers, resolution's passes, benchmarks).
#pragma once

#include <cstdint>
#include <ctime>

namespace kg::graph {

inline int64_t thread_cpu_ns() {
  timespec ts{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

inline double thread_cpu_seconds() { return static_cast<double>(thread_cpu_ns()) / 1e9; }

}  // namespace kg::graph
