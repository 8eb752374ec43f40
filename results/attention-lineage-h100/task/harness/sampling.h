// sampling.h -- which rows of a call's output the judge checks exactly (evaluate.h): groups of
// rows of one (batch, query head), drawn after the call returned from the host's CSPRNG, so
// that no kernel can know them while it runs.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "config.h"

namespace avo::attention {

// Rows per group: one block of the sampled GPU reference (gpu_reference.h).
inline constexpr int kSampleGroupRows = 32;

struct SampleGroup {
  int batch = 0;
  int head = 0;
  int rows[kSampleGroupRows];  // distinct query rows, ascending; -1 pads a short group
};

// `groups` groups over distinct (batch, head) pairs where there are enough, each with
// min(kSampleGroupRows, seqlen_q) distinct rows. `random` returns uniform 64-bit values.
std::vector<SampleGroup> draw_sample_groups(const AttentionShape& s, int groups,
                                            const std::function<uint64_t()>& random);

// Valid (non-padding) rows over all groups.
int64_t sampled_rows(const std::vector<SampleGroup>& groups);

}  // namespace avo::attention
