// Wall-clock helpers: ISO-8601 timestamps for records people read, a monotonic stopwatch for
// durations.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace avo {

std::string NowIso8601();  // "2026-11-21T14:03:07Z", UTC
std::int64_t NowUnixSeconds();

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  [[nodiscard]] double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

}  // namespace avo
