// Small helpers the benchmarks share: timing, memory, machine description, size lists.
#pragma once

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace kg::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Peak resident memory of this process so far, in MB (getrusage).
inline double peak_rss_mb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// CPU time (user + system) this process has used so far, in seconds: unlike wall-clock time
// it does not grow when other processes compete for the cores.
inline double cpu_seconds() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(ru.ru_utime) + s(ru.ru_stime);
}

// Current resident memory, in MB (/proc/self/statm).
inline double rss_mb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

inline std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  }
  return "unknown";
}

inline std::string machine() {
  return std::to_string(std::thread::hardware_concurrency()) + " cores (nproc), " + cpu_model();
}

// "1000,10000" -> {1000, 10000}; `fallback` when `text` is empty.
inline std::vector<uint64_t> sizes(const char* text, std::vector<uint64_t> fallback) {
  if (!text || !*text) return fallback;
  std::vector<uint64_t> out;
  std::string s(text);
  size_t from = 0;
  while (from < s.size()) {
    const size_t comma = s.find(',', from);
    const std::string part = s.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    if (!part.empty()) out.push_back(std::stoull(part));
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  return out;
}

// Median and 95th percentile of a sample (sorted in place).
struct Percentiles {
  double median = 0, p95 = 0;
};
inline Percentiles percentiles(std::vector<double>& xs) {
  if (xs.empty()) return {};
  std::sort(xs.begin(), xs.end());
  auto at = [&](double q) { return xs[std::min(xs.size() - 1, static_cast<size_t>(q * static_cast<double>(xs.size() - 1) + 0.5))]; };
  return {at(0.5), at(0.95)};
}

}  // namespace kg::bench
