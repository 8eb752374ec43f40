// cudnn_sdpa.h -- the cuDNN baseline: scaled dot-product attention forward through
// cudnn-frontend's graph API, on the harness's own buffers and stream, with the log-sum-exp
// ("stats") output so that it is checked against the reference exactly like a candidate.
// The build of this file is the only one that sees cuDNN headers.
#pragma once

#include <cuda_runtime_api.h>

#include <memory>
#include <string>

#include "config.h"

namespace avo::attention {

class CudnnSdpa {
 public:
  CudnnSdpa();
  ~CudnnSdpa();
  CudnnSdpa(const CudnnSdpa&) = delete;
  CudnnSdpa& operator=(const CudnnSdpa&) = delete;

  // The cuDNN library loaded at run time (cudnnGetVersion), e.g. "9.19.1".
  static std::string version();

  // Creates the handle on `stream`. False with a reason if cuDNN cannot be used at all.
  bool init(cudaStream_t stream, std::string* error);

  // Builds the execution plan for one shape (causal masks bottom-right aligned, as the ABI).
  // False with a reason when cuDNN does not support the shape on this GPU.
  bool prepare(const AttentionShape& shape, float softmax_scale, std::string* error);

  // Enqueues one forward on the stream given to init(). Same layouts as the candidate ABI.
  bool run(const void* q, const void* k, const void* v, void* o, float* lse, std::string* error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace avo::attention
