// cuda_check.h -- turning CUDA runtime errors into messages instead of crashes: a judge must
// write a result even when a candidate faults.
#pragma once

#include <cuda_runtime_api.h>

#include <string>

namespace avo::gpu_judge {

inline std::string cuda_message(cudaError_t e, const char* what) {
  return std::string(what) + ": " + cudaGetErrorName(e) + " (" + cudaGetErrorString(e) + ")";
}

// Errors after which the CUDA context is unusable for the rest of the process (the "sticky"
// ones: a kernel faulted). Later configurations cannot be evaluated.
inline bool cuda_error_is_sticky(cudaError_t e) {
  switch (e) {
    case cudaErrorIllegalAddress:
    case cudaErrorLaunchFailure:
    case cudaErrorIllegalInstruction:
    case cudaErrorMisalignedAddress:
    case cudaErrorInvalidAddressSpace:
    case cudaErrorInvalidPc:
    case cudaErrorHardwareStackError:
    case cudaErrorAssert:
    case cudaErrorLaunchTimeout:
    case cudaErrorECCUncorrectable:
    case cudaErrorUnknown:
      return true;
    default:
      return false;
  }
}

}  // namespace avo::gpu_judge
