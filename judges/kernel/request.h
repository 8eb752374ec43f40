// request.h -- what the kernel judge is asked to measure: the $AVO_CONFIGS request ({"suite",
// "configs": [{"name", "params"}], "baselines"}, docs/task-format.md) read against the task's
// declaration (decl.h): each configuration's params give every declared size, and nothing else,
// as a positive integer, and every tensor's size in bytes is computed exactly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "decl.h"

namespace avo::kernel_judge {

// The most bytes one tensor of a configuration may take (16 GiB): a shape whose count
// overflows, or that no GPU holds, is refused when the request is read.
inline constexpr uint64_t kMaxTensorBytes = uint64_t{16} << 30;

struct KernelConfig {
  std::string name;
  std::vector<int64_t> sizes;          // in the declaration's order
  std::vector<uint64_t> tensor_bytes;  // per declared tensor, in its order
};

struct KernelRequest {
  std::string suite;
  std::vector<KernelConfig> configs;
  bool baselines = false;
};

// Parses the request's text. False with one line naming the configuration and the key
// ("configs[1] (rms_wide): params.cols: missing"); unknown top-level keys are ignored, so a
// task may carry more than this judge reads.
bool parse_kernel_request(const std::string& text, const KernelDecl& decl, KernelRequest* out,
                          std::string* error);

}  // namespace avo::kernel_judge
