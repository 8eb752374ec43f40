// driver_api.h -- small pieces of the CUDA driver API every GPU judge uses: errors as one line,
// and page-locked host memory.
#pragma once

#include <cuda.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace avo::gpu_judge {

// "cuXxx failed: CUDA_ERROR_NAME (text)", `what` naming the call.
std::string cu_message(CUresult r, const char* what);

// Page-locked host memory: an asynchronous copy to or from it neither waits for the stream (a
// batch of calls runs back to back) nor reads the host's bytes after the call that enqueues it.
class PinnedBytes {
 public:
  PinnedBytes() = default;
  ~PinnedBytes();
  PinnedBytes(const PinnedBytes&) = delete;
  PinnedBytes& operator=(const PinnedBytes&) = delete;

  // `bytes` of zeros in the current context, replacing any earlier ones. "" or why not.
  std::string allocate(size_t bytes);
  [[nodiscard]] uint8_t* data() const { return data_; }
  [[nodiscard]] size_t size() const { return size_; }

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace avo::gpu_judge
