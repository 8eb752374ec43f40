#include "cudnn_sdpa.h"

#include <cudnn.h>
#include <cudnn_frontend.h>

#include <unordered_map>

namespace avo::attention {

namespace fe = cudnn_frontend;

namespace {
constexpr int64_t kQ = 1, kK = 2, kV = 3, kO = 4, kStats = 5;
}  // namespace

struct CudnnSdpa::Impl {
  cudnnHandle_t handle = nullptr;
  cudaStream_t stream = nullptr;
  std::shared_ptr<fe::graph::Graph> graph;
  void* workspace = nullptr;
  int64_t workspace_bytes = 0;

  ~Impl() {
    if (workspace) cudaFree(workspace);
    if (handle) cudnnDestroy(handle);
  }
};

CudnnSdpa::CudnnSdpa(bool with_lse) : impl_(std::make_unique<Impl>()), with_lse_(with_lse) {}
CudnnSdpa::~CudnnSdpa() = default;

std::string CudnnSdpa::version() {
  // cudnnGetVersion() is major * 10000 + minor * 100 + patch since cuDNN 9.
  const size_t v = cudnnGetVersion();
  return std::to_string(v / 10000) + "." + std::to_string((v % 10000) / 100) + "." +
         std::to_string(v % 100);
}

bool CudnnSdpa::init(cudaStream_t stream, std::string* error) {
  if (cudnnStatus_t st = cudnnCreate(&impl_->handle); st != CUDNN_STATUS_SUCCESS) {
    impl_->handle = nullptr;
    *error = std::string("cudnnCreate: ") + cudnnGetErrorString(st);
    return false;
  }
  if (cudnnStatus_t st = cudnnSetStream(impl_->handle, stream); st != CUDNN_STATUS_SUCCESS) {
    *error = std::string("cudnnSetStream: ") + cudnnGetErrorString(st);
    return false;
  }
  impl_->stream = stream;
  return true;
}

std::string CudnnSdpa::prepare(const AttentionShape& s) {
  std::string why;
  return build(s, softmax_scale_for(s.head_dim), &why) ? "" : why;
}

bool CudnnSdpa::build(const AttentionShape& s, float softmax_scale, std::string* error) {
  if (!impl_->handle) {
    *error = "cuDNN not initialised";
    return false;
  }
  impl_->graph.reset();
  const int64_t b = s.batch, hq = s.heads_q, hk = s.heads_kv, sq = s.seqlen_q, sk = s.seqlen_k,
                d = s.head_dim;
  auto g = std::make_shared<fe::graph::Graph>();
  g->set_io_data_type(fe::DataType_t::BFLOAT16)
      .set_intermediate_data_type(fe::DataType_t::FLOAT)
      .set_compute_data_type(fe::DataType_t::FLOAT);
  // cuDNN's logical order is [b, h, s, d]; the strides express the BSHD memory layout.
  auto q = g->tensor(fe::graph::Tensor_attributes()
                         .set_name("Q")
                         .set_uid(kQ)
                         .set_dim({b, hq, sq, d})
                         .set_stride({sq * hq * d, d, hq * d, 1}));
  auto k = g->tensor(fe::graph::Tensor_attributes()
                         .set_name("K")
                         .set_uid(kK)
                         .set_dim({b, hk, sk, d})
                         .set_stride({sk * hk * d, d, hk * d, 1}));
  auto v = g->tensor(fe::graph::Tensor_attributes()
                         .set_name("V")
                         .set_uid(kV)
                         .set_dim({b, hk, sk, d})
                         .set_stride({sk * hk * d, d, hk * d, 1}));
  auto opts =
      fe::graph::SDPA_attributes().set_name("sdpa").set_generate_stats(with_lse_).set_attn_scale(
          softmax_scale);
  if (s.causal) {
    // Equal lengths: the usual lower triangle; otherwise the ABI's bottom-right alignment.
    if (sq == sk) {
      opts.set_causal_mask(true);
    } else {
      opts.set_causal_mask_bottom_right(true);
    }
  }
  auto [o, stats] = g->sdpa(q, k, v, opts);
  o->set_output(true).set_uid(kO).set_dim({b, hq, sq, d}).set_stride({sq * hq * d, d, hq * d, 1});
  if (with_lse_) {
    stats->set_output(true)
        .set_uid(kStats)
        .set_data_type(fe::DataType_t::FLOAT)
        .set_dim({b, hq, sq, 1})
        .set_stride({hq * sq, sq, 1, 1});
  }

  auto check = [&](fe::error_t st, const char* step) {
    if (st.is_good()) return true;
    *error = std::string("cuDNN ") + step + ": " + st.get_message();
    return false;
  };
  if (!check(g->validate(), "validate") ||
      !check(g->build_operation_graph(impl_->handle), "build_operation_graph") ||
      !check(g->create_execution_plans({fe::HeurMode_t::A}), "create_execution_plans") ||
      !check(g->check_support(impl_->handle), "check_support") ||
      !check(g->build_plans(impl_->handle), "build_plans")) {
    return false;
  }
  int64_t ws = 0;
  if (!check(g->get_workspace_size(ws), "get_workspace_size")) return false;
  if (ws > impl_->workspace_bytes) {
    if (impl_->workspace) cudaFree(impl_->workspace);
    impl_->workspace = nullptr;
    impl_->workspace_bytes = 0;
    if (cudaMalloc(&impl_->workspace, static_cast<size_t>(ws)) != cudaSuccess) {
      *error = "cannot allocate cuDNN workspace of " + std::to_string(ws) + " bytes";
      return false;
    }
    impl_->workspace_bytes = ws;
  }
  impl_->graph = std::move(g);
  return true;
}

std::string CudnnSdpa::bind(const AttentionShape&, const CallBuffers& b) {
  if (!impl_->graph) return "cuDNN graph not prepared";
  bound_ = b;
  return "";
}

std::string CudnnSdpa::enqueue(cudaStream_t stream) {
  if (stream != impl_->stream) {
    if (cudnnStatus_t st = cudnnSetStream(impl_->handle, stream); st != CUDNN_STATUS_SUCCESS) {
      return std::string("cudnnSetStream: ") + cudnnGetErrorString(st);
    }
    impl_->stream = stream;
  }
  std::unordered_map<int64_t, void*> ptrs = {{kQ, const_cast<void*>(bound_.q)},
                                             {kK, const_cast<void*>(bound_.k)},
                                             {kV, const_cast<void*>(bound_.v)},
                                             {kO, bound_.o}};
  if (with_lse_) ptrs[kStats] = bound_.lse;
  auto st = impl_->graph->execute(impl_->handle, ptrs, impl_->workspace);
  if (!st.is_good()) return std::string("cuDNN execute: ") + st.get_message();
  return "";
}

}  // namespace avo::attention
