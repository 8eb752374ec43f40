// The worker's main (trusted, not editable; protocol.h): linked with the candidate's kernel.cpp
// into ./worker by the task's build command and started by avo-matmul-harness, which alone times
// the calls, checks C and writes the result. This process holds candidate code, so nothing here
// is believed by the harness: it only runs matmul() on the inputs the harness puts in the shared
// block and says when it is done. It runs until the harness kills it.
#include <sys/mman.h>
#include <sys/stat.h>

#include <cstdio>

#include "matmul.h"
#include "protocol.h"

namespace mp = matmul_protocol;

int main() {
  struct stat st {};
  if (fstat(mp::kShmFd, &st) != 0 || st.st_size < static_cast<off_t>(mp::kPage)) {
    std::fprintf(stderr, "worker: no shared block on fd %d (start me through the harness)\n",
                 mp::kShmFd);
    return 2;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  void* block = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, mp::kShmFd, 0);
  if (block == MAP_FAILED) {
    std::perror("worker: mmap");
    return 2;
  }
  auto* control = static_cast<mp::Control*>(block);
  const std::uint32_t n = control->n;
  const mp::Layout layout = mp::LayoutFor(n);
  if (control->magic != mp::kMagic || layout.bytes > size) {
    std::fprintf(stderr, "worker: the shared block is not the harness's\n");
    return 2;
  }
  char* base = static_cast<char*>(block);
  const auto* A = reinterpret_cast<const float*>(base + layout.a);
  const auto* B = reinterpret_cast<const float*>(base + layout.b);
  auto* C = reinterpret_cast<float*>(base + layout.c);
  control->attached.store(1, std::memory_order_release);
  for (std::uint32_t k = 1;; ++k) {
    mp::Backoff idle(true);
    while (control->arm.load(std::memory_order_acquire) != k) idle.Pause();
    control->ready.store(k, std::memory_order_release);
    mp::Backoff hot(false);
    while (control->go.load(std::memory_order_acquire) != k) hot.Pause();
    matmul(A, B, C, static_cast<int>(n));
    control->done.store(k);  // seq_cst with the load below: the harness's sleep is never missed
    if (control->sleeping.load() != 0) mp::FutexWake(control->done);
  }
}
