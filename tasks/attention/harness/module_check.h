// module_check.h -- the static rules a candidate module (a cubin, contract v2) must pass before
// it is loaded: read from the ELF file nvcc wrote, before any of it reaches the GPU.
//
// Refused (each with a reason naming the section or symbol):
//   - not an ELF64 CUDA object (e_machine EM_CUDA, 190);
//   - a writable device global: any section named .nv.global* (zero-initialised and initialised
//     __device__ variables, __device__ const objects, __managed__ variables), since state kept
//     in them would let a later call depend on an earlier one;
//   - an undefined symbol other than the linker's own .nv.* placeholders: device malloc/free,
//     printf (vprintf), device-side launches, anything the module expects from outside;
//   - machine code that reads a timer (%globaltimer, %clock, %clock64; sass_scan.h): behaviour
//     that depends on when a kernel runs can pass while judged and change later;
//   - no `avo_attention_launch` object, or one outside a __constant__ bank (.nv.constant3), or of
//     the wrong size for this contract's AvoAttentionLaunch.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace avo::attention {

struct ModuleCheck {
  bool ok = false;
  std::string reason;                // why it was refused; empty when ok
  std::vector<std::string> kernels;  // names of the global FUNC symbols (entry kernels)
};

// Checks the bytes of a cubin. `launch_bytes` is sizeof(AvoAttentionLaunch).
ModuleCheck check_module(const std::vector<uint8_t>& image, uint64_t launch_bytes);

}  // namespace avo::attention
