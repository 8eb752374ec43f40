// config.h -- what the harness is asked to evaluate: the $AVO_CONFIGS request
// ({"suite", "configs": [{"name", "params"}], "tolerance", "baselines"}, docs/task-format.md,
// and "workspaces" for --interleaved) parsed and validated into plain structs.
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace avo::attention {

// One attention problem. Tensor shapes are in ../include/avo_attention.h.
struct AttentionShape {
  int batch = 0;
  int heads_q = 0;
  int heads_kv = 0;
  int seqlen_q = 0;
  int seqlen_k = 0;
  int head_dim = 0;
  bool causal = false;

  [[nodiscard]] int64_t q_elems() const { return int64_t{batch} * seqlen_q * heads_q * head_dim; }
  [[nodiscard]] int64_t kv_elems() const { return int64_t{batch} * seqlen_k * heads_kv * head_dim; }
  [[nodiscard]] int64_t lse_elems() const { return int64_t{batch} * heads_q * seqlen_q; }
  [[nodiscard]] std::string describe() const;  // "b8 hq16 hkv16 sq4096 sk4096 d128 causal"
};

// The correctness rule (compare.h). o elements pass when |x - ref| <= atol + rtol * (|ref| +
// sigma), lse elements when |x - ref| <= lse_atol + lse_rtol * |ref|; o must also have
// ||o - ref||_2 / ||ref||_2 <= max_rel_l2.
struct Tolerance {
  double atol = 1e-4;
  double rtol = 1e-2;
  double lse_atol = 2e-4;
  double lse_rtol = 2e-5;
  double max_rel_l2 = 1e-2;
};

struct NamedConfig {
  std::string name;
  AttentionShape shape;
};

struct EvalRequest {
  std::string suite;
  std::vector<NamedConfig> configs;
  Tolerance tolerance;
  bool baselines = false;
  // The builds measured side by side (--interleaved): absolute directories, the command's own
  // first. Empty when the request has none.
  std::vector<std::string> workspaces;
};

// The softmax scale every implementation is called with: 1 / sqrt(head_dim), in fp32.
inline float softmax_scale_for(int head_dim) {
  return 1.0f / std::sqrt(static_cast<float>(head_dim));
}

// Head dims the GPU reference is instantiated for.
bool reference_supports_head_dim(int head_dim);

// Parses one config's "params" object. Every key is required: batch, heads_q, heads_kv,
// seqlen_q, seqlen_k, head_dim (integers) and causal (bool, or 0/1). Returns false with a
// one-line reason in *error when a key is missing, mistyped or out of range.
bool parse_shape(const nlohmann::json& params, AttentionShape* out, std::string* error);

// Parses the whole request. Tolerance keys are optional (defaults above); unknown keys in
// "tolerance" are ignored so that a task may carry more than this harness reads. "workspaces",
// when present, must be a non-empty array of absolute paths.
bool parse_request(const nlohmann::json& request, EvalRequest* out, std::string* error);

}  // namespace avo::attention
