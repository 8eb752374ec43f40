// How avo-matmul-harness (trusted, built by avo) and the worker (worker.cpp, trusted, linked with
// the candidate's kernel.cpp into ./worker by the task's build command) talk: one shared memory
// block (a sealed memfd the harness creates and the worker inherits as fd kShmFd) holding a
// control page and the matrices A, B and C of one size n.
//
// The harness times and checks; the worker only multiplies. Call k (k = 1, 2, ...):
//   harness: C := NaN, arm := k            worker: sees arm == k, ready := k, spins on go
//   harness: waits for ready == k, starts the clock, copies fresh A and B in, go := k
//   worker:  matmul(A, B, C, n), done := k, and a futex wake on done if `sleeping`
//   harness: sees done == k, stops the clock, reads C (all of it, or sampled elements)
// While a call runs the harness sleeps on `done` (a futex), taking no core from the worker.
// Everything in this block is writable by the worker and so untrusted to the harness, which keeps
// its own copies of n, A and B and reads only the control words and C from here.
//
// C++17: the worker is compiled by the task's build command.
#pragma once

#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace matmul_protocol {

constexpr std::uint32_t kMagic = 0x314d4d41;  // "AMM1"
constexpr int kShmFd = 3;                     // where the worker finds the block
constexpr std::size_t kPage = 4096;

// Each word on its own cache line: the two sides spin on different ones.
struct Control {
  std::uint32_t magic;
  std::uint32_t n;
  alignas(64) std::atomic<std::uint32_t> attached;  // worker: 1 once mapped
  alignas(64) std::atomic<std::uint32_t> arm;       // harness: call k comes next
  alignas(64) std::atomic<std::uint32_t> ready;     // worker: k, waiting for go
  alignas(64) std::atomic<std::uint32_t> go;        // harness: k, A and B are in place
  alignas(64) std::atomic<std::uint32_t> done;      // worker: k, C is written
  alignas(64) std::atomic<std::uint32_t> sleeping;  // harness: 1 while asleep on done
};
static_assert(std::atomic<std::uint32_t>::is_always_lock_free, "shared atomics must be lock-free");
static_assert(sizeof(Control) <= kPage, "the control block fits its page");

// Byte offsets of A, B and C, each page-aligned, and the block's size.
struct Layout {
  std::size_t a, b, c, bytes;
};

inline Layout LayoutFor(std::uint32_t n) {
  const std::size_t matrix = (std::size_t{n} * n * sizeof(float) + kPage - 1) / kPage * kPage;
  return {kPage, kPage + matrix, kPage + 2 * matrix, kPage + 3 * matrix};
}

// Futexes on the shared block (not FUTEX_PRIVATE: two processes).
inline void FutexWait(const std::atomic<std::uint32_t>& word, std::uint32_t seen,
                      const timespec* timeout) {
  syscall(SYS_futex, reinterpret_cast<const std::uint32_t*>(&word), FUTEX_WAIT, seen, timeout,
          nullptr, 0);
}
inline void FutexWake(std::atomic<std::uint32_t>& word) {
  syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(&word), FUTEX_WAKE, 1, nullptr, nullptr, 0);
}

inline void CpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Waiting on a word the other side writes: a short hot spin, then yielding the core, then (only
// where `may_sleep`, outside any timed interval) sleeping 200 µs at a time.
class Backoff {
 public:
  explicit Backoff(bool may_sleep) : may_sleep_(may_sleep) {}
  void Pause() {
    ++rounds_;
    if (rounds_ < 2000) {
      CpuRelax();
    } else if (!may_sleep_ || rounds_ < 4000) {
      sched_yield();
    } else {
      const timespec t{0, 200000};
      nanosleep(&t, nullptr);
    }
  }
  [[nodiscard]] unsigned long rounds() const { return rounds_; }

 private:
  bool may_sleep_;
  unsigned long rounds_ = 0;
};

}  // namespace matmul_protocol
