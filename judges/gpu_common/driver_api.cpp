#include "driver_api.h"

#include <cstring>

namespace avo::gpu_judge {

std::string cu_message(CUresult r, const char* what) {
  const char* name = nullptr;
  const char* text = nullptr;
  cuGetErrorName(r, &name);
  cuGetErrorString(r, &text);
  return std::string(what) + " failed: " + (name ? name : "?") + " (" + (text ? text : "?") + ")";
}

PinnedBytes::~PinnedBytes() {
  if (data_ != nullptr) cuMemFreeHost(data_);
}

std::string PinnedBytes::allocate(size_t bytes) {
  if (data_ != nullptr) cuMemFreeHost(data_);
  data_ = nullptr;
  size_ = 0;
  if (bytes == 0) return "";
  void* p = nullptr;
  const CUresult r = cuMemAllocHost(&p, bytes);
  if (r != CUDA_SUCCESS) return cu_message(r, "cuMemAllocHost");
  data_ = static_cast<uint8_t*>(p);
  size_ = bytes;
  std::memset(data_, 0, size_);
  return "";
}

}  // namespace avo::gpu_judge
