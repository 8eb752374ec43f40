#include "device_tensors.h"

#include <cstring>

#include "guards.h"
#include "tensor_draw.h"

namespace avo::kernel_judge {

namespace {

// Seeds of one call: tensor i's draw, and its two guard regions.
uint64_t draw_seed(uint64_t seed, size_t i) { return gpu_judge::mix_seed(seed, 1, i); }
uint64_t guard_seed(uint64_t seed, size_t i, int side) {
  return gpu_judge::mix_seed(seed, 2, i, static_cast<uint64_t>(side));
}

}  // namespace

std::string TensorSet::allocate(const KernelDecl& decl, const KernelConfig& config, int device,
                                size_t granularity) {
  std::vector<std::vector<int64_t>> shapes;
  std::string error;
  if (!tensor_shapes(decl, config.sizes, &shapes, &error)) return error;
  tensors_.clear();
  tensors_.resize(decl.tensors.size());
  for (size_t i = 0; i < decl.tensors.size(); ++i) {
    DeviceTensor& t = tensors_[i];
    t.decl = &decl.tensors[i];
    t.shape = shapes[i];
    t.bytes = config.tensor_bytes[i];
    t.elements = t.bytes / static_cast<uint64_t>(dtype_bytes(t.decl->dtype));
    const std::string why = t.mapping.map(device, t.bytes, granularity);
    if (!why.empty()) return "tensor " + t.decl->name + ": " + why;
  }
  return "";
}

cudaError_t TensorSet::prepare(uint64_t seed, cudaStream_t stream) {
  cudaError_t e = cudaSuccess;
  for (size_t i = 0; i < tensors_.size() && e == cudaSuccess; ++i) {
    DeviceTensor& t = tensors_[i];
    void* data = t.mapping.buffer();
    switch (t.decl->role) {
      case Role::kInput:
        e = draw_tensor(data, t.decl->dtype, t.decl->draw, t.elements, draw_seed(seed, i), stream);
        break;
      case Role::kOutput:
        e = poison_tensor(data, t.decl->dtype, t.elements, stream);
        break;
      case Role::kScratch:
        e = cudaMemsetAsync(data, 0, t.bytes, stream);
        break;
    }
    if (e == cudaSuccess)
      e = gpu_judge::fill_guard(t.mapping.guard_before(), t.mapping.guard_before_words(),
                                guard_seed(seed, i, 0), stream);
    if (e == cudaSuccess)
      e = gpu_judge::fill_guard(t.mapping.guard_after(), t.mapping.guard_after_words(),
                                guard_seed(seed, i, 1), stream);
  }
  return e;
}

cudaError_t TensorSet::check(uint64_t seed, unsigned long long* counts, cudaStream_t stream) const {
  cudaError_t e = cudaSuccess;
  for (size_t i = 0; i < tensors_.size() && e == cudaSuccess; ++i) {
    const DeviceTensor& t = tensors_[i];
    e = gpu_judge::count_guard_changes(t.mapping.guard_before(), t.mapping.guard_before_words(),
                                       guard_seed(seed, i, 0), &counts[0], stream);
    if (e == cudaSuccess)
      e = gpu_judge::count_guard_changes(t.mapping.guard_after(), t.mapping.guard_after_words(),
                                         guard_seed(seed, i, 1), &counts[0], stream);
    if (e == cudaSuccess && t.decl->role == Role::kInput)
      e = count_draw_changes(t.mapping.buffer(), t.decl->dtype, t.decl->draw, t.elements,
                             draw_seed(seed, i), &counts[1], stream);
  }
  return e;
}

std::vector<uint8_t> TensorSet::params(const KernelDecl& decl,
                                       const std::vector<int64_t>& sizes) const {
  size_t total = 0;
  const std::vector<ParamField> fields = layout(decl, &total);
  std::vector<uint8_t> block(total, 0);
  size_t tensor = 0, size = 0;
  for (const ParamField& f : fields) {
    if (f.pointer) {
      const void* p = tensor < tensors_.size() ? tensors_[tensor].mapping.buffer() : nullptr;
      std::memcpy(block.data() + f.offset, &p, sizeof(p));
      ++tensor;
    } else {
      const int64_t v = size < sizes.size() ? sizes[size] : 0;
      std::memcpy(block.data() + f.offset, &v, sizeof(v));
      ++size;
    }
  }
  return block;
}

cudaError_t TensorSet::copy_out(size_t i, uint8_t* host, cudaStream_t stream) const {
  const DeviceTensor& t = tensors_[i];
  return cudaMemcpyAsync(host, t.mapping.buffer(), t.bytes, cudaMemcpyDeviceToHost, stream);
}

size_t TensorSet::footprint(size_t granularity) const {
  size_t total = 0;
  for (const DeviceTensor& t : tensors_)
    total += gpu_judge::guarded_footprint(t.bytes, granularity);
  return total;
}

}  // namespace avo::kernel_judge
