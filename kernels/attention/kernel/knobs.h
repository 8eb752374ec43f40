// knobs.h -- the seed's tuning parameters, declared as knobs in ../task.toml.
//
// Each value's line ends with the knob marker comment of docs/task-format.md: the mutate
// operator rewrites the value on that line to another allowed value. Every combination of allowed
// values compiles and is correct (scripts/gpu-check.sh checks all of them); the values below are
// deliberately not the fastest ones, so that a search over knobs alone has somewhere to go.
#pragma once

namespace avo_seed {

// Warps per thread block. Each warp owns kMTilesPerWarp * 16 query rows of the block's tile.
constexpr int kWarps = 8;  // avo:knob warps

// 16-row MMA tiles per warp: more rows per warp reuse each K/V fragment from shared memory more
// often, at the cost of registers (S and O accumulators grow with it).
constexpr int kMTilesPerWarp = 1;  // avo:knob m_tiles

// Keys per K/V tile (the inner loop's step). Larger tiles mean fewer barriers and softmax
// rescales per key, but a larger S accumulator in registers.
constexpr int kBlockN = 128;  // avo:knob block_n

// Shared-memory buffers for K/V tiles: 1 loads and computes in turn; 2 prefetches the next tile
// with cp.async while the current one is used.
constexpr int kStages = 2;  // avo:knob stages

}  // namespace avo_seed
