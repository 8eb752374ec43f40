#include "launch_desc.h"

#include <algorithm>
#include <cstring>

namespace avo::attention {
namespace {

std::string variant_name(const AvoAttentionVariant& v, int i) {
  const size_t n = strnlen(v.kernel, AVO_ATTN_KERNEL_NAME_BYTES);
  return "variant " + std::to_string(i) + " (" + std::string(v.kernel, n) + ")";
}

bool box_ok(const AvoTmaBox& b, std::string* why) {
  const bool none = b.box[0] == 0 && b.box[1] == 0 && b.box[2] == 0 && b.box[3] == 0;
  if (none) return true;
  for (unsigned e : b.box) {
    if (e < 1 || e > 256) {
      *why = "box extents must be in [1, 256] (the TMA limit)";
      return false;
    }
  }
  if ((b.box[0] * 2) % 16 != 0) {
    *why = "the innermost box extent must span a multiple of 16 bytes";
    return false;
  }
  switch (b.swizzle_bytes) {
    case 0:
      return true;
    case 32:
    case 64:
    case 128:
      if (b.box[0] * 2 > b.swizzle_bytes) {
        *why = "the innermost box extent is wider than its swizzle span";
        return false;
      }
      return true;
    default:
      *why = "swizzle_bytes must be 0, 32, 64 or 128";
      return false;
  }
}

}  // namespace

bool validate_launch(const AvoAttentionLaunch& l, const std::vector<std::string>& kernels,
                     const DeviceLimits& lim, std::string* error) {
  if (l.contract_version != AVO_ATTENTION_CONTRACT_VERSION) {
    *error = "launch description is for contract version " + std::to_string(l.contract_version) +
             ", this judge speaks version " + std::to_string(AVO_ATTENTION_CONTRACT_VERSION);
    return false;
  }
  if (l.num_variants < 1 || l.num_variants > AVO_ATTN_MAX_VARIANTS) {
    *error = "launch description: num_variants must be in [1, " +
             std::to_string(AVO_ATTN_MAX_VARIANTS) + "]";
    return false;
  }
  for (int i = 0; i < l.num_variants; ++i) {
    const AvoAttentionVariant& v = l.variants[i];
    const std::string who = "launch description " + variant_name(v, i) + ": ";
    auto bad = [&](const std::string& what) {
      *error = who + what;
      return false;
    };
    const size_t n = strnlen(v.kernel, AVO_ATTN_KERNEL_NAME_BYTES);
    if (n == 0 || n == AVO_ATTN_KERNEL_NAME_BYTES) return bad("kernel name empty or not NUL-ended");
    if (std::find(kernels.begin(), kernels.end(), std::string(v.kernel, n)) == kernels.end()) {
      return bad("no __global__ kernel of that name in the module");
    }
    if (v.head_dim < 16 || v.head_dim > 256 || v.head_dim % 16 != 0) {
      return bad("head_dim must be a multiple of 16 in [16, 256]");
    }
    if (v.causal < -1 || v.causal > 1) return bad("causal must be 0, 1 or -1");
    if (v.threads_per_block < 32 || v.threads_per_block > lim.max_threads_per_block ||
        v.threads_per_block % 32 != 0) {
      return bad("threads_per_block must be a multiple of 32 in [32, " +
                 std::to_string(lim.max_threads_per_block) + "]");
    }
    if (v.dynamic_smem_bytes < 0 || v.dynamic_smem_bytes > lim.max_dynamic_smem_bytes) {
      return bad("dynamic_smem_bytes must be in [0, " + std::to_string(lim.max_dynamic_smem_bytes) +
                 "]");
    }
    for (int c : v.cluster) {
      if (c < 0 || c > lim.max_cluster_size) return bad("cluster extents must be in [0, 16]");
    }
    if (cluster_size(v) > lim.max_cluster_size) return bad("cluster larger than 16 CTAs");
    if (v.grid != AVO_GRID_TILES && v.grid != AVO_GRID_PERSISTENT) {
      return bad("grid must be AVO_GRID_TILES or AVO_GRID_PERSISTENT");
    }
    if (v.block_m < 1 || v.block_m > 1024) return bad("block_m must be in [1, 1024]");
    if (v.grid == AVO_GRID_PERSISTENT && (v.ctas_per_sm < 1 || v.ctas_per_sm > 32)) {
      return bad("ctas_per_sm must be in [1, 32] for a persistent grid");
    }
    for (int t = 0; t < 4; ++t) {
      std::string why;
      if (!box_ok(v.tma[t], &why)) return bad("tma[" + std::to_string(t) + "]: " + why);
    }
    if (v.scratch_bytes > kMaxScratchBytes) return bad("scratch_bytes above 256 MiB");
  }
  return true;
}

bool check_function_fit(const AvoAttentionVariant& v, int index, const FunctionNeeds& f,
                        const DeviceLimits& lim, std::string* error) {
  const std::string why = gpu_judge::launch_fit_error(launch_shape(v), f, lim);
  if (why.empty()) return true;
  *error = "launch description " + variant_name(v, index) + ": " + why;
  return false;
}

const AvoAttentionVariant* pick_variant(const AvoAttentionLaunch& l, const AttentionShape& s,
                                        std::string* why) {
  for (int i = 0; i < l.num_variants && i < AVO_ATTN_MAX_VARIANTS; ++i) {
    const AvoAttentionVariant& v = l.variants[i];
    if (v.head_dim != s.head_dim) continue;
    if (v.causal != -1 && (v.causal == 1) != s.causal) continue;
    return &v;
  }
  *why = "the candidate has no variant for head_dim " + std::to_string(s.head_dim) +
         (s.causal ? " causal" : " non-causal");
  return nullptr;
}

int cluster_extent(const AvoAttentionVariant& v, int d) { return std::max(v.cluster[d], 1); }

int cluster_size(const AvoAttentionVariant& v) {
  return cluster_extent(v, 0) * cluster_extent(v, 1) * cluster_extent(v, 2);
}

gpu_judge::LaunchShape launch_shape(const AvoAttentionVariant& v) {
  gpu_judge::LaunchShape shape;
  shape.threads_per_block = v.threads_per_block;
  shape.dynamic_smem_bytes = v.dynamic_smem_bytes;
  for (int d = 0; d < 3; ++d) shape.cluster[d] = cluster_extent(v, d);
  return shape;
}

int num_m_tiles(const AvoAttentionVariant& v, const AttentionShape& s) {
  return (s.seqlen_q + v.block_m - 1) / v.block_m;
}

bool grid_for(const AvoAttentionVariant& v, const AttentionShape& s, int sm_count,
              std::array<unsigned, 3>* grid, std::string* why) {
  const long long tiles = num_m_tiles(v, s);
  long long g[3];
  if (v.grid == AVO_GRID_TILES) {
    g[0] = tiles;
    g[1] = s.heads_q;
    g[2] = s.batch;
  } else {
    g[0] = std::min<long long>(static_cast<long long>(sm_count) * v.ctas_per_sm,
                               tiles * s.heads_q * s.batch);
    g[1] = g[2] = 1;
  }
  for (int d = 0; d < 3; ++d) {
    const long long c = cluster_extent(v, d);
    g[d] = (g[d] + c - 1) / c * c;
    if (g[d] > gpu_judge::kMaxGridExtent[d]) {
      *why = "grid extent " + std::to_string(g[d]) + " in dimension " + std::to_string(d) +
             " exceeds the hardware limit";
      return false;
    }
    (*grid)[static_cast<size_t>(d)] = static_cast<unsigned>(g[d]);
  }
  return true;
}

}  // namespace avo::attention
