// self_test.h -- `avo-attention-harness --self-test`: checks the GPU reference kernel against
// the double-precision CPU reference on small shapes that cover GQA, causal masks with
// seqlen_q <, = and > seqlen_k (rows that see no key), ragged lengths and every head dim the
// reference supports. The CPU tests cannot run the GPU; this is how its math is validated.
#pragma once

#include <cstdint>

namespace avo::attention {

// Prints one line per shape to stderr; returns true if every shape matched.
bool run_self_test(uint64_t seed);

}  // namespace avo::attention
