// constant_bank.h -- a loaded candidate module's __constant__ bank kept as it was loaded. The
// bank is ordinary global memory underneath: a kernel can write it through the generic address
// of a __constant__ object and so count its calls. The judge puts the bank back before every
// call (restore) and, once the call is done, checks a copy taken after it (snapshot, compare),
// so that no state survives from one call to the next (issue #24).
#pragma once

#include <cuda.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "driver_api.h"
#include "module_check.h"

namespace avo::gpu_judge {

class ConstantBankKeeper {
 public:
  // Finds `bank` (read_constant_bank of the cubin `module` was loaded from) in the loaded module,
  // every object where the cubin places it, so that one copy covers the whole bank, the padding
  // between objects too, and keeps its bytes as loaded. Only the words the loader relocates may
  // differ from the cubin's bytes. "" or one line; "refused: ..." when the module is at fault.
  std::string capture(CUmodule module, ConstantBank bank);

  // Bytes of the bank; 0 when the module has no __constant__ object.
  [[nodiscard]] size_t bytes() const { return loaded_.size(); }
  // Enqueues on `stream` the copy that puts the bank back as loaded. "" or why not.
  std::string restore(CUstream stream);
  // Enqueues on `stream` a copy of the bank into `host`, bytes() of page-locked memory.
  std::string snapshot(CUstream stream, uint8_t* host) const;
  // "" when `snapshot` holds the bank as loaded, else one line naming the first object changed.
  [[nodiscard]] std::string compare(const uint8_t* snapshot) const;

 private:
  ConstantBank bank_;   // the cubin's bank: its objects, its bytes, what is relocated
  CUdeviceptr at_ = 0;  // where the bank was loaded; 0 when it has no object
  PinnedBytes loaded_;  // the bank as loaded: the source of every restore
};

}  // namespace avo::gpu_judge
