#include "sass_scan.h"

#include <cstring>

namespace avo::gpu_judge {
namespace {

constexpr uint64_t kOpcodeMask = 0xfff;
constexpr uint64_t kS2R = 0x919;
constexpr uint64_t kS2UR = 0x9c3;
constexpr uint64_t kCS2R = 0x805;
constexpr unsigned kClockLo = 0x50;
constexpr unsigned kClockHi = 0x51;
constexpr unsigned kGlobalTimerLo = 0x52;
constexpr unsigned kGlobalTimerHi = 0x53;

}  // namespace

TimerRead find_timer_read(const std::string& section, const uint8_t* code, uint64_t size) {
  for (uint64_t at = 0; at + 16 <= size; at += 16) {
    uint64_t lo = 0;
    uint64_t hi = 0;
    std::memcpy(&lo, code + at, 8);
    std::memcpy(&hi, code + at + 8, 8);
    const uint64_t op = lo & kOpcodeMask;
    if (op != kS2R && op != kS2UR && op != kCS2R) continue;
    const unsigned sr = static_cast<unsigned>((hi >> 8) & 0xff);
    if (sr == kGlobalTimerLo || sr == kGlobalTimerHi) return {section, at, "%globaltimer"};
    if (sr == kClockLo || sr == kClockHi) return {section, at, "%clock"};
  }
  return {};
}

}  // namespace avo::gpu_judge
