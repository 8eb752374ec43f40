#include "launch_rules.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace avo::kernel_judge {
namespace {

// The entry name, bounded by its field: a name without a NUL in its 64 bytes is refused.
bool entry_name(const AvoKernelVariant& v, std::string* name) {
  const void* nul = std::memchr(v.kernel, '\0', sizeof v.kernel);
  if (nul == nullptr) return false;
  *name = std::string(v.kernel, static_cast<const char*>(nul));
  return true;
}

int cluster_extent(const AvoKernelVariant& v, int d) {
  return v.cluster[d] == 0 ? 1 : v.cluster[d];
}

// "variant 1 (rms_norm_wide)"
std::string label(int i, const std::string& name) {
  return "variant " + std::to_string(i) + " (" + (name.empty() ? "unnamed" : name) + ")";
}

// "variant 1 (rms_norm_wide): "
std::string where(int i, const std::string& name) { return label(i, name) + ": "; }

bool size_index_ok(int index, const KernelDecl& decl, bool may_be_none) {
  if (index == -1) return may_be_none;
  return index >= 0 && static_cast<size_t>(index) < decl.sizes.size();
}

std::string size_index_error(const char* field, int index, const KernelDecl& decl) {
  return std::string(field) + " " + std::to_string(index) + " is not a size of kernel.toml (it " +
         "declares " + std::to_string(decl.sizes.size()) + ")";
}

// Threads, shared memory and cluster shape of one variant: "" or what is wrong.
std::string check_resources(const AvoKernelVariant& v, const gpu_judge::DeviceLimits& limits) {
  if (v.threads_per_block < 1 || v.threads_per_block > limits.max_threads_per_block)
    return "threads_per_block " + std::to_string(v.threads_per_block) + " is not in 1.." +
           std::to_string(limits.max_threads_per_block);
  if (v.dynamic_smem_bytes < 0 || v.dynamic_smem_bytes > limits.max_dynamic_smem_bytes)
    return "dynamic_smem_bytes " + std::to_string(v.dynamic_smem_bytes) + " is not in 0.." +
           std::to_string(limits.max_dynamic_smem_bytes);
  long long ctas = 1;
  for (int d = 0; d < 3; ++d) {
    if (v.cluster[d] < 0 || v.cluster[d] > limits.max_cluster_size)
      return "cluster[" + std::to_string(d) + "] " + std::to_string(v.cluster[d]) +
             " is not in 0.." + std::to_string(limits.max_cluster_size);
    ctas *= cluster_extent(v, d);
  }
  if (ctas > limits.max_cluster_size)
    return "a cluster of " + std::to_string(ctas) + " CTAs is over the device's " +
           std::to_string(limits.max_cluster_size);
  return "";
}

// Grid rule, dimensions and applicability bounds of one variant: "" or what is wrong.
std::string check_grid(const AvoKernelVariant& v, const KernelDecl& decl) {
  if (v.grid != AVO_KGRID_TILES && v.grid != AVO_KGRID_PERSISTENT)
    return "grid " + std::to_string(v.grid) + " is neither AVO_KGRID_TILES (0) nor " +
           "AVO_KGRID_PERSISTENT (1)";
  for (int d = 0; d < 3; ++d) {
    const std::string field = "dims[" + std::to_string(d) + "]";
    if (!size_index_ok(v.dims[d].size, decl, true))
      return size_index_error((field + ".size").c_str(), v.dims[d].size, decl);
    if (v.dims[d].size >= 0 && v.dims[d].per_cta < 1)
      return field + ".per_cta " + std::to_string(v.dims[d].per_cta) + " is not positive";
  }
  if (v.grid == AVO_KGRID_PERSISTENT && (v.ctas_per_sm < 1 || v.ctas_per_sm > 32))
    return "ctas_per_sm " + std::to_string(v.ctas_per_sm) + " is not in 1..32";
  if (!size_index_ok(v.when_size, decl, true))
    return size_index_error("when_size", v.when_size, decl);
  if (v.when_size >= 0 && v.when_min > v.when_max)
    return "when_min " + std::to_string(v.when_min) + " is above when_max " +
           std::to_string(v.when_max);
  return "";
}

// a * b for non-negative a and b, or INT64_MAX where that overflows (a count of tiles that
// large is capped by the persistent grid's SM bound anyway).
int64_t saturating_product(int64_t a, int64_t b) {
  return a != 0 && b > INT64_MAX / a ? INT64_MAX : a * b;
}

bool applies(const AvoKernelVariant& v, const std::vector<int64_t>& sizes) {
  if (v.when_size < 0) return true;
  const int64_t s = sizes[static_cast<size_t>(v.when_size)];
  return s >= v.when_min && s <= v.when_max;
}

}  // namespace

bool validate_launch(const AvoKernelLaunch& launch, const KernelDecl& decl,
                     const std::vector<std::string>& kernels, const gpu_judge::DeviceLimits& limits,
                     std::string* error) {
  if (launch.contract_version != AVO_KERNEL_CONTRACT_VERSION) {
    *error = "avo_kernel_launch: contract_version " + std::to_string(launch.contract_version) +
             ", this judge takes " + std::to_string(AVO_KERNEL_CONTRACT_VERSION);
    return false;
  }
  if (launch.num_variants < 1 || launch.num_variants > AVO_KERNEL_MAX_VARIANTS) {
    *error = "avo_kernel_launch: num_variants " + std::to_string(launch.num_variants) +
             " is not in 1.." + std::to_string(AVO_KERNEL_MAX_VARIANTS);
    return false;
  }
  for (int i = 0; i < launch.num_variants; ++i) {
    const AvoKernelVariant& v = launch.variants[i];
    std::string name;
    if (!entry_name(v, &name)) {
      *error = where(i, "") + "kernel name has no terminating NUL in its " +
               std::to_string(AVO_KERNEL_NAME_BYTES) + " bytes";
      return false;
    }
    std::string why;
    if (std::find(kernels.begin(), kernels.end(), name) == kernels.end()) {
      why = "no entry kernel of that name in the module";
    } else if (why = check_resources(v, limits); why.empty()) {
      why = check_grid(v, decl);
    }
    if (!why.empty()) {
      *error = where(i, name) + why;
      return false;
    }
  }
  return true;
}

const AvoKernelVariant* pick_variant(const AvoKernelLaunch& launch,
                                     const std::vector<int64_t>& sizes, std::string* why) {
  const int n = std::clamp(launch.num_variants, 0, AVO_KERNEL_MAX_VARIANTS);
  for (int i = 0; i < n; ++i) {
    const AvoKernelVariant& v = launch.variants[i];
    if (v.when_size >= static_cast<int>(sizes.size())) continue;  // validated: never here
    if (applies(v, sizes)) return &v;
  }
  *why =
      "no variant of avo_kernel_launch applies to this configuration (each variant's "
      "when_size bounds exclude it)";
  return nullptr;
}

bool grid_for(const AvoKernelVariant& v, const std::vector<int64_t>& sizes,
              const gpu_judge::DeviceLimits& limits, std::array<unsigned, 3>* grid,
              std::string* why) {
  std::array<int64_t, 3> extent{1, 1, 1};
  for (int d = 0; d < 3; ++d) {
    const AvoKernelGridDim& g = v.dims[d];
    if (g.size < 0) continue;
    if (static_cast<size_t>(g.size) >= sizes.size()) {
      *why = "dims[" + std::to_string(d) + "].size " + std::to_string(g.size) +
             " names no size of this configuration";
      return false;
    }
    const int64_t s = sizes[static_cast<size_t>(g.size)];
    extent[static_cast<size_t>(d)] = s / g.per_cta + (s % g.per_cta != 0 ? 1 : 0);
  }
  if (v.grid == AVO_KGRID_PERSISTENT) {
    const int64_t tiles = saturating_product(saturating_product(extent[0], extent[1]), extent[2]);
    extent = {std::min<int64_t>(tiles, int64_t{limits.sm_count} * v.ctas_per_sm), 1, 1};
  }
  for (int d = 0; d < 3; ++d) {
    const int64_t c = cluster_extent(v, d);
    int64_t e = (extent[static_cast<size_t>(d)] + c - 1) / c * c;
    if (e < 1 || e > gpu_judge::kMaxGridExtent[d]) {
      *why = "grid extent " + std::to_string(e) + " in dimension " + "xyz"[d] + " is outside 1.." +
             std::to_string(gpu_judge::kMaxGridExtent[d]);
      return false;
    }
    (*grid)[static_cast<size_t>(d)] = static_cast<unsigned>(e);
  }
  return true;
}

std::string variant_label(const AvoKernelVariant& v, int index) {
  std::string name;
  if (!entry_name(v, &name)) name.clear();
  return label(index, name);
}

gpu_judge::LaunchShape launch_shape(const AvoKernelVariant& v) {
  gpu_judge::LaunchShape s;
  s.threads_per_block = v.threads_per_block;
  s.dynamic_smem_bytes = v.dynamic_smem_bytes;
  for (int d = 0; d < 3; ++d) s.cluster[d] = cluster_extent(v, d);
  return s;
}

}  // namespace avo::kernel_judge
