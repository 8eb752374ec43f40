// guarded_mapping.h -- one buffer a candidate kernel receives, alone in a virtual address range
// of its own (CUDA's virtual memory management: reserve, map the middle, leave both ends
// unmapped), between two guard regions the judge fills with seeded words and checks after every
// call. A stray access just past the buffer lands in a guard and is seen; one further out
// reaches an unmapped page and faults (that configuration fails) instead of landing in the
// judge's memory or another buffer. The guard after the buffer runs to the end of the mapping's
// last page, so no byte a kernel can reach in the mapping goes unchecked.
//
//   [ gap, unmapped ][ guard | buffer (256-byte aligned) | guard to the page end ][ gap, unmapped ]
#pragma once

#include <cuda.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace avo::gpu_judge {

// Bytes of the guard before the buffer, and the least after it (a multiple of 256).
inline constexpr size_t kGuardBytes = size_t{1} << 20;
// Unmapped address space on each side of a mapping: far beyond an index or offset a kernel could
// get slightly wrong or deliberately push.
inline constexpr size_t kGapBytes = size_t{1} << 30;

// The granularity mappings on `device` are made of (2 MiB on Hopper); 0 when the device has no
// virtual memory management.
size_t mapping_granularity(int device);

// Device memory a buffer of `bytes` takes with its guards (the gaps cost address space only).
size_t guarded_footprint(size_t bytes, size_t granularity);

class GuardedMapping {
 public:
  GuardedMapping() = default;
  ~GuardedMapping() { release(); }
  GuardedMapping(const GuardedMapping&) = delete;
  GuardedMapping& operator=(const GuardedMapping&) = delete;
  GuardedMapping(GuardedMapping&& o) noexcept;
  GuardedMapping& operator=(GuardedMapping&& o) noexcept;

  // Maps a buffer of `bytes` (> 0) on `device`, readable and writable by it only. "" or why not
  // ("reserving address space", "allocating device memory", ...). The guards are not filled.
  std::string map(int device, size_t bytes, size_t granularity);
  // Unmaps and frees; the caller has made sure no work on it is still queued.
  void release();

  [[nodiscard]] void* buffer() const { return at(kGuardBytes); }
  [[nodiscard]] void* guard_before() const { return at(0); }
  [[nodiscard]] int64_t guard_before_words() const {
    return mapped_ ? static_cast<int64_t>(kGuardBytes / 4) : 0;
  }
  [[nodiscard]] void* guard_after() const { return at(after_); }
  [[nodiscard]] int64_t guard_after_words() const {
    return mapped_ ? static_cast<int64_t>((mapped_bytes_ - after_) / 4) : 0;
  }

 private:
  [[nodiscard]] void* at(size_t offset) const {
    return mapped_ ? reinterpret_cast<unsigned char*>(va_ + gap_) + offset : nullptr;
  }

  CUdeviceptr va_ = 0;
  size_t va_bytes_ = 0, gap_ = 0, mapped_bytes_ = 0, after_ = 0;
  CUmemGenericAllocationHandle handle_ = 0;
  bool mapped_ = false;
};

}  // namespace avo::gpu_judge
