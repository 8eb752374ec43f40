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
//   - no launch description object (LaunchSymbol below: `avo_attention_launch` for the attention
//     contract), or one outside a __constant__ bank (.nv.constant3), or of the wrong size for
//     the contract's type;
//   - a __constant__ bank the judge could not restore (read_constant_bank below): several of
//     them, one over 64 KiB, an object or a relocation past its end.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace avo::gpu_judge {

// A byte range of a __constant__ bank.
struct ByteRange {
  uint64_t offset = 0;
  uint64_t bytes = 0;
};

// One __constant__ object of a module: where it sits in the bank and its value before any call.
struct ConstantSymbol {
  std::string name;
  uint64_t offset = 0;         // from the start of the bank
  std::vector<uint8_t> bytes;  // its st_size bytes as the cubin holds them; zeros if NOBITS
};

// A module's __constant__ bank (.nv.constant3) as the cubin holds it. The memory behind it is
// ordinary global memory that a kernel can write through the generic address of a __constant__
// object, so the judge puts the bank back before every call and checks it after (the attention
// harness's launcher.h).
struct ConstantBank {
  std::vector<uint8_t> bytes;           // the whole section; zeros if NOBITS (uninitialised)
  std::vector<ConstantSymbol> symbols;  // every object defined in it, in symbol-table order
  // Bytes the loader patches (a __constant__ pointer to another object): these take their
  // value only once loaded. 8 bytes from each relocation's offset, as far as the bank goes.
  std::vector<ByteRange> relocated;
};

// The __constant__ bank of a cubin: "" and *out, or why the ELF cannot be read. A module with
// no bank gives an empty one; one with several is refused (a whole-program cubin has one).
std::string read_constant_bank(const std::vector<uint8_t>& image, ConstantBank* out);

struct ModuleCheck {
  bool ok = false;
  std::string reason;                // why it was refused; empty when ok
  std::vector<std::string> kernels;  // names of the global FUNC symbols (entry kernels)
  ConstantBank constants;            // read_constant_bank of the bytes checked
};

// The launch description a contract's modules must define, `extern "C" __constant__ <type>
// <name>`, <type> coming from the contract's <header>: the reasons a module is refused name
// all three.
struct LaunchSymbol {
  const char* name;    // e.g. "avo_attention_launch"
  const char* type;    // e.g. "AvoAttentionLaunch"
  const char* header;  // e.g. "avo_attention.h"
};

// Checks the bytes of a cubin. `launch_bytes` is sizeof(<launch.type>).
ModuleCheck check_module(const std::vector<uint8_t>& image, const LaunchSymbol& launch,
                         uint64_t launch_bytes);

}  // namespace avo::gpu_judge
