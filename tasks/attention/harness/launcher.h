// launcher.h -- the trusted launcher of contract v2 (../include/avo_attention.h): loads a
// candidate's cubin after module_check.h passed it, reads its launch description out of the
// module's __constant__ bank, makes the TMA descriptors over the judge's buffers, and launches
// the entry kernel on the judge's stream through the CUDA driver API. No candidate host code
// exists; this is the only code that starts candidate work. Used by the harness and by
// the shipped kernel library.
#pragma once

#include <cuda.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "avo_attention.h"
#include "config.h"
#include "constant_bank.h"
#include "driver_api.h"
#include "implementation.h"
#include "launch_desc.h"
#include "module_check.h"

namespace avo::attention {

using gpu_judge::cu_message;
using gpu_judge::PinnedBytes;

class CandidateModule {
 public:
  CandidateModule() = default;
  ~CandidateModule();
  CandidateModule(const CandidateModule&) = delete;
  CandidateModule& operator=(const CandidateModule&) = delete;

  // Reads the cubin at `path`, checks it (module_check.h), loads it into the current context,
  // reads and validates the description. The bytes checked are the bytes loaded. False with
  // one line in *error.
  bool load(const std::string& path, std::string* error);
  // The same for a cubin already in memory (the kernel library embeds its own).
  bool load_image(const std::vector<uint8_t>& image, std::string* error);

  // Selects the variant for a shape and makes its kernel ready (shared-memory opt-in,
  // cluster attributes, one parameter of sizeof(AvoAttentionParams)).
  bool prepare(const AttentionShape& s, std::string* error);

  // The variant prepare() chose; prepared() says whether there is one.
  [[nodiscard]] bool prepared() const { return variant_ != nullptr; }
  [[nodiscard]] const AvoAttentionVariant& variant() const { return *variant_; }

  // Encodes the tensor maps over `b` and packs the parameters and the grid of one call
  // (host work only); softmax_scale 0 is the suites' 1 / sqrt(head_dim). Returns "" or why not.
  std::string bind(const AttentionShape& s, const CallBuffers& b, float softmax_scale = 0.f);

  // Enqueues the call bound last on `stream` (cuLaunchKernelEx). Returns "" or why not.
  std::string enqueue(CUstream stream);

  [[nodiscard]] const AvoAttentionLaunch& description() const { return launch_; }

  // Bytes of local memory (frame and stack) a thread of the module's entry kernels can address:
  // what the judge clears before every call (local_scrub.h).
  [[nodiscard]] size_t local_window_bytes() const { return local_window_; }

  // The module's __constant__ bank (module_check.h) is global memory underneath: a kernel can
  // write it through the generic address of a __constant__ object and so count its calls. Its
  // bytes as loaded, before any of the module's code ran, are what these put back and expect.
  [[nodiscard]] size_t constant_bytes() const { return constants_.bytes(); }
  // Enqueues on `stream` the copy that puts the bank back as loaded. Returns "" or why not.
  std::string restore_constants(CUstream stream);
  // Enqueues on `stream` a copy of the bank into `host`, constant_bytes() of page-locked memory.
  std::string snapshot_constants(CUstream stream, uint8_t* host) const;
  // "" when `snapshot` holds the bank as loaded, else one line naming the first object changed.
  [[nodiscard]] std::string compare_constants(const uint8_t* snapshot) const;

 private:
  CUmodule module_ = nullptr;
  AvoAttentionLaunch launch_{};
  DeviceLimits limits_;
  const AvoAttentionVariant* variant_ = nullptr;
  CUfunction function_ = nullptr;
  size_t local_window_ = 0;
  AvoAttentionParams params_{};
  std::array<unsigned, 3> grid_{};
  bool bound_ = false;
  gpu_judge::ConstantBankKeeper constants_;  // restored before every call, checked after
};

}  // namespace avo::attention
