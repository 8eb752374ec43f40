// cudnn_sdpa.h -- the cuDNN baseline: scaled dot-product attention forward through
// cudnn-frontend's graph API, on the harness's own buffers and stream. With the log-sum-exp
// ("stats") output it does what a candidate must do and is checked exactly like one
// ("cudnn"); without it ("cudnn_nolse") it is the figure frameworks see at inference, checked
// on o only. The build of this file is the only one that sees cuDNN headers.
#pragma once

#include <cuda_runtime_api.h>

#include <memory>
#include <string>

#include "config.h"
#include "implementation.h"

namespace avo::attention {

class CudnnSdpa final : public Implementation {
 public:
  explicit CudnnSdpa(bool with_lse);
  ~CudnnSdpa() override;
  CudnnSdpa(const CudnnSdpa&) = delete;
  CudnnSdpa& operator=(const CudnnSdpa&) = delete;

  // The cuDNN library loaded at run time (cudnnGetVersion), e.g. "9.19.1".
  static std::string version();

  // Creates the handle on `stream`. False with a reason if cuDNN cannot be used at all.
  bool init(cudaStream_t stream, std::string* error);

  [[nodiscard]] std::string name() const override { return with_lse_ ? "cudnn" : "cudnn_nolse"; }
  // Builds the execution plan for one shape (causal masks bottom-right aligned, as the
  // contract). Why not, when cuDNN does not support the shape on this GPU.
  std::string prepare(const AttentionShape& s) override;
  [[nodiscard]] uint64_t scratch_bytes() const override { return 0; }
  [[nodiscard]] bool writes_lse() const override { return with_lse_; }
  std::string bind(const AttentionShape& s, const CallBuffers& b) override;
  std::string enqueue(cudaStream_t stream) override;

 private:
  bool build(const AttentionShape& s, float softmax_scale, std::string* error);

  struct Impl;
  std::unique_ptr<Impl> impl_;
  bool with_lse_;
  CallBuffers bound_;
};

}  // namespace avo::attention
