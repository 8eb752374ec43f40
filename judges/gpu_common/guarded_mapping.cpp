#include "guarded_mapping.h"

#include <utility>

namespace avo::gpu_judge {
namespace {

size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

CUmemAllocationProp device_memory(int device) {
  CUmemAllocationProp prop{};
  prop.type = CU_MEM_ALLOCATION_TYPE_PINNED;
  prop.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
  prop.location.id = device;
  return prop;
}

}  // namespace

size_t mapping_granularity(int device) {
  const CUmemAllocationProp prop = device_memory(device);
  size_t g = 0;
  if (cuMemGetAllocationGranularity(&g, &prop, CU_MEM_ALLOC_GRANULARITY_MINIMUM) != CUDA_SUCCESS)
    return 0;
  return g;
}

size_t guarded_footprint(size_t bytes, size_t granularity) {
  return round_up(kGuardBytes + round_up(bytes, 256) + kGuardBytes, granularity);
}

GuardedMapping::GuardedMapping(GuardedMapping&& o) noexcept { *this = std::move(o); }

GuardedMapping& GuardedMapping::operator=(GuardedMapping&& o) noexcept {
  if (this != &o) {
    release();
    va_ = std::exchange(o.va_, 0);
    va_bytes_ = std::exchange(o.va_bytes_, 0);
    gap_ = std::exchange(o.gap_, 0);
    mapped_bytes_ = std::exchange(o.mapped_bytes_, 0);
    after_ = std::exchange(o.after_, 0);
    handle_ = std::exchange(o.handle_, 0);
    mapped_ = std::exchange(o.mapped_, false);
  }
  return *this;
}

std::string GuardedMapping::map(int device, size_t bytes, size_t granularity) {
  release();
  const CUmemAllocationProp prop = device_memory(device);
  const size_t mapped = guarded_footprint(bytes, granularity);
  gap_ = round_up(kGapBytes, granularity);
  va_bytes_ = gap_ + mapped + gap_;
  if (cuMemAddressReserve(&va_, va_bytes_, 0, 0, 0) != CUDA_SUCCESS) {
    va_ = 0;
    return "reserving address space";
  }
  if (cuMemCreate(&handle_, mapped, &prop, 0) != CUDA_SUCCESS) {
    handle_ = 0;
    return "allocating device memory";
  }
  if (cuMemMap(va_ + gap_, mapped, 0, handle_, 0) != CUDA_SUCCESS) return "mapping it";
  mapped_ = true;
  mapped_bytes_ = mapped;
  after_ = kGuardBytes + round_up(bytes, 4);
  CUmemAccessDesc access{};
  access.location = prop.location;
  access.flags = CU_MEM_ACCESS_FLAGS_PROT_READWRITE;
  if (cuMemSetAccess(va_ + gap_, mapped, &access, 1) != CUDA_SUCCESS) return "granting access";
  return "";
}

void GuardedMapping::release() {
  if (mapped_) cuMemUnmap(va_ + gap_, mapped_bytes_);
  if (handle_ != 0) cuMemRelease(handle_);
  if (va_ != 0) cuMemAddressFree(va_, va_bytes_);
  va_ = 0;
  va_bytes_ = gap_ = mapped_bytes_ = after_ = 0;
  handle_ = 0;
  mapped_ = false;
}

}  // namespace avo::gpu_judge
