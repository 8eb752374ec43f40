#include "constant_bank.h"

#include <algorithm>
#include <vector>

namespace avo::gpu_judge {

std::string ConstantBankKeeper::capture(CUmodule module, ConstantBank bank) {
  bank_ = std::move(bank);
  at_ = 0;
  for (const ConstantSymbol& sym : bank_.symbols) {
    CUdeviceptr at = 0;
    size_t bytes = 0;
    const CUresult r = cuModuleGetGlobal(&at, &bytes, module, sym.name.c_str());
    if (r != CUDA_SUCCESS) return cu_message(r, ("cuModuleGetGlobal(" + sym.name + ")").c_str());
    const CUdeviceptr base = at - sym.offset;
    if (bytes != sym.bytes.size() || (&sym != &bank_.symbols.front() && base != at_))
      return "refused: __constant__ object '" + sym.name + "' is not where the cubin places it";
    at_ = base;
  }
  if (at_ == 0) return "";
  const size_t n = bank_.bytes.size();
  if (std::string why = loaded_.allocate(n); !why.empty())
    return "harness: memory for the module's __constant__ bank: " + why;
  const CUresult r = cuMemcpyDtoH(loaded_.data(), at_, n);
  if (r != CUDA_SUCCESS) return cu_message(r, "reading the module's __constant__ bank");
  std::vector<uint8_t> expected(loaded_.data(), loaded_.data() + n);
  for (const ByteRange& range : bank_.relocated) {
    std::copy_n(bank_.bytes.begin() + static_cast<std::ptrdiff_t>(range.offset), range.bytes,
                expected.begin() + static_cast<std::ptrdiff_t>(range.offset));
  }
  if (expected != bank_.bytes) {
    const auto at = std::mismatch(expected.begin(), expected.end(), bank_.bytes.begin());
    return "harness: the module's __constant__ bank as loaded differs from the cubin's at byte " +
           std::to_string(at.first - expected.begin());
  }
  return "";
}

std::string ConstantBankKeeper::restore(CUstream stream) {
  if (at_ == 0) return "";
  const CUresult r = cuMemcpyHtoDAsync(at_, loaded_.data(), loaded_.size(), stream);
  return r == CUDA_SUCCESS ? "" : cu_message(r, "restoring the module's __constant__ bank");
}

std::string ConstantBankKeeper::snapshot(CUstream stream, uint8_t* host) const {
  if (at_ == 0) return "";
  const CUresult r = cuMemcpyDtoHAsync(host, at_, loaded_.size(), stream);
  return r == CUDA_SUCCESS ? "" : cu_message(r, "copying the module's __constant__ bank");
}

std::string ConstantBankKeeper::compare(const uint8_t* snapshot) const {
  const uint8_t* loaded = loaded_.data();
  const size_t n = loaded_.size();
  const size_t at = static_cast<size_t>(std::mismatch(loaded, loaded + n, snapshot).first - loaded);
  if (at == n) return "";
  std::string where = "byte " + std::to_string(at) + " of the __constant__ bank, between objects";
  for (const ConstantSymbol& sym : bank_.symbols) {
    if (at >= sym.offset && at - sym.offset < sym.bytes.size()) {
      where = "__constant__ '" + sym.name + "', byte " + std::to_string(at - sym.offset);
      break;
    }
  }
  return "constant data changed during the call (" + where +
         "): a kernel may keep no state between calls except the scratch buffer";
}

}  // namespace avo::gpu_judge
