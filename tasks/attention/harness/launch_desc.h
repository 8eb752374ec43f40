// launch_desc.h -- the candidate's launch description (AvoAttentionLaunch, contract v2) checked
// and applied: which variant runs a problem, and with which grid. Host logic only, no CUDA
// calls, so the CPU tests exercise every rule.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "avo_attention.h"
#include "config.h"
#include "device_limits.h"
#include "launch_fit.h"
#include "module_check.h"

namespace avo::attention {

// The object in which every module of contract v2 gives its launch description
// (gpu_judge::check_module refuses a module without it).
inline constexpr gpu_judge::LaunchSymbol kLaunchSymbol{AVO_ATTENTION_LAUNCH_SYMBOL,
                                                       "AvoAttentionLaunch", "avo_attention.h"};

// Limits of the device the description is checked against (every GPU judge's).
using gpu_judge::DeviceLimits;

// What the compiled entry kernel needs and how many of its CTAs fit (every GPU judge's).
using gpu_judge::FunctionNeeds;

inline constexpr unsigned long long kMaxScratchBytes = 256ull << 20;

// Every variant must name an entry kernel present in `kernels` and have sane fields (threads,
// shared memory, cluster, grid rule, block_m, TMA boxes and swizzles, scratch). False with one
// line naming the variant and the field in *error.
bool validate_launch(const AvoAttentionLaunch& launch, const std::vector<std::string>& kernels,
                     const DeviceLimits& limits, std::string* error);

// Whether the variant at `index` launches its entry kernel as the kernel can run: no more threads
// than its launch bounds and registers allow, static plus dynamic shared memory within the
// device's, its registers within the SM's, at least one CTA resident on an SM and, for a
// cluster, at least one cluster co-schedulable. A launch that disagrees would fail (or, worse,
// poison the context) at its first call: false with one line naming the variant and the field.
bool check_function_fit(const AvoAttentionVariant& v, int index, const FunctionNeeds& f,
                        const DeviceLimits& limits, std::string* error);

// The first variant for the shape's head dim and causality, or null (with the reason).
const AvoAttentionVariant* pick_variant(const AvoAttentionLaunch& launch, const AttentionShape& s,
                                        std::string* why);

// The grid of the variant's rule for a shape (avo_attention.h, "Grid rules"), each extent
// rounded up to the cluster shape; false when an extent exceeds the hardware's limits.
bool grid_for(const AvoAttentionVariant& v, const AttentionShape& s, int sm_count,
              std::array<unsigned, 3>* grid, std::string* why);

// The variant's cluster extent in dimension d (0, 1, 2); a 0 in the description means 1.
int cluster_extent(const AvoAttentionVariant& v, int d);
// CTAs per cluster: the product of the three extents.
int cluster_size(const AvoAttentionVariant& v);
// The variant's threads, dynamic shared memory and cluster, as gpu_common's launch checks take them.
gpu_judge::LaunchShape launch_shape(const AvoAttentionVariant& v);

// ceil(seqlen_q / block_m).
int num_m_tiles(const AvoAttentionVariant& v, const AttentionShape& s);

}  // namespace avo::attention
