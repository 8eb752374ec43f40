#include "workspace.h"

#include <algorithm>

#include "csprng.h"
#include "device_fill.h"

namespace avo::attention {
namespace {

size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

void buffer_sizes(const AttentionShape& s, uint64_t scratch_bytes, size_t (&sizes)[kNumBuffers]) {
  sizes[kBufQ] = 2 * static_cast<size_t>(s.q_elems());
  sizes[kBufK] = 2 * static_cast<size_t>(s.kv_elems());
  sizes[kBufV] = 2 * static_cast<size_t>(s.kv_elems());
  sizes[kBufO] = 2 * static_cast<size_t>(s.q_elems());
  sizes[kBufLse] = 4 * static_cast<size_t>(s.lse_elems());
  sizes[kBufScratch] = static_cast<size_t>(scratch_bytes);
}

// The granularity every mapping is a multiple of (2 MiB on Hopper); 0 when unknown.
size_t granularity(int device) {
  CUmemAllocationProp prop{};
  prop.type = CU_MEM_ALLOCATION_TYPE_PINNED;
  prop.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
  prop.location.id = device;
  size_t g = 0;
  if (cuMemGetAllocationGranularity(&g, &prop, CU_MEM_ALLOC_GRANULARITY_MINIMUM) != CUDA_SUCCESS)
    return 0;
  return g;
}

// The mapped bytes of a buffer of `bytes`: a guard, the buffer (256-byte aligned), a guard of
// at least kGuardBytes running to the end of the last page, so no byte a kernel can write in
// the mapping goes unchecked (a counter once survived in an unguarded page tail).
size_t mapped_bytes(size_t bytes, size_t gran) {
  return round_up(kGuardBytes + round_up(bytes, 256) + kGuardBytes, gran);
}

// Reserves gap + mapped + gap bytes of address space and backs the middle with device memory
// that only this device may read and write. "" or why not.
std::string map_buffer(int device, size_t mapped, size_t gap, Mapping* m) {
  CUmemAllocationProp prop{};
  prop.type = CU_MEM_ALLOCATION_TYPE_PINNED;
  prop.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
  prop.location.id = device;
  m->gap = gap;
  m->va_bytes = gap + mapped + gap;
  CUresult r = cuMemAddressReserve(&m->va, m->va_bytes, 0, 0, 0);
  if (r != CUDA_SUCCESS) return "reserving address space";
  r = cuMemCreate(&m->handle, mapped, &prop, 0);
  if (r != CUDA_SUCCESS) {
    m->handle = 0;
    return "allocating device memory";
  }
  m->mapped = mapped;
  if (cuMemMap(m->va + gap, mapped, 0, m->handle, 0) != CUDA_SUCCESS) return "mapping it";
  m->is_mapped = true;
  CUmemAccessDesc access{};
  access.location = prop.location;
  access.flags = CU_MEM_ACCESS_FLAGS_PROT_READWRITE;
  if (cuMemSetAccess(m->va + gap, mapped, &access, 1) != CUDA_SUCCESS) return "granting access";
  return "";
}

void unmap_buffer(Mapping* m) {
  if (m->is_mapped) cuMemUnmap(m->va + m->gap, m->mapped);
  if (m->handle != 0) cuMemRelease(m->handle);
  if (m->va != 0) cuMemAddressFree(m->va, m->va_bytes);
  *m = Mapping{};
}

}  // namespace

Workspace::~Workspace() {
  // Unmapping does not wait for the GPU: work still queued on these buffers (a batch cut short)
  // would fault and be blamed on the next configuration. A lost context returns at once.
  if (cudaDeviceSynchronize() != cudaSuccess) cudaGetLastError();
  for (auto& s : sets_) {
    for (auto& m : s.maps) unmap_buffer(&m);
  }
}

size_t Workspace::set_bytes(const AttentionShape& s, uint64_t scratch_bytes) {
  size_t sizes[kNumBuffers];
  buffer_sizes(s, scratch_bytes, sizes);
  int device = 0;
  if (cudaGetDevice(&device) != cudaSuccess) cudaGetLastError();
  const size_t gran = std::max<size_t>(granularity(device), size_t{2} << 20);
  size_t total = 0;
  for (size_t b : sizes) total += b > 0 ? mapped_bytes(b, gran) : 0;
  return total;
}

bool Workspace::create(const AttentionShape& s, uint64_t scratch_bytes, int sets,
                       cudaStream_t stream, std::string* error) {
  size_t sizes[kNumBuffers];
  buffer_sizes(s, scratch_bytes, sizes);
  int device = 0;
  if (cudaGetDevice(&device) != cudaSuccess || granularity(device) == 0) {
    cudaGetLastError();
    *error = "harness: the device does not support CUDA's virtual memory management";
    return false;
  }
  const size_t gran = granularity(device);
  // Address space costs nothing: gaps of 1 GiB put every buffer's neighbours far beyond the
  // reach of an index or offset a kernel could get slightly wrong or deliberately push.
  const size_t gap = round_up(size_t{1} << 30, gran);
  sets_.resize(static_cast<size_t>(std::max(sets, kMinSets)));
  for (auto& set : sets_) {
    set.guard_seed = gpu_judge::secure_random_u64();
    for (int b = 0; b < kNumBuffers; ++b) {
      set.buf_bytes[b] = sizes[b];
      if (sizes[b] == 0) continue;  // no scratch: no buffer, no guards
      Mapping& m = set.maps[b];
      const size_t mapped = mapped_bytes(sizes[b], gran);
      if (std::string why = map_buffer(device, mapped, gap, &m); !why.empty()) {
        *error = "harness: cannot map " + std::to_string(mapped >> 20) + " MiB for buffer " +
                 std::to_string(b) + ": " + why;
        return false;
      }
      auto* const base = reinterpret_cast<unsigned char*>(m.va + m.gap);
      set.buf[b] = base + kGuardBytes;
      set.guard[2 * b] = base;
      set.guard_words[2 * b] = static_cast<int64_t>(kGuardBytes / 4);
      const size_t after = kGuardBytes + round_up(sizes[b], 4);
      set.guard[2 * b + 1] = base + after;
      set.guard_words[2 * b + 1] = static_cast<int64_t>((mapped - after) / 4);
    }
    for (int g = 0; g < kGuardsPerSet; ++g) {
      if (set.guard_words[g] == 0) continue;
      const cudaError_t fe = fill_guard(set.guard[g], set.guard_words[g],
                                        mix_seed(set.guard_seed, static_cast<uint64_t>(g)), stream);
      if (fe != cudaSuccess) {
        *error = std::string("harness: filling guards: ") + cudaGetErrorString(fe);
        return false;
      }
    }
  }
  return true;
}

}  // namespace avo::attention
