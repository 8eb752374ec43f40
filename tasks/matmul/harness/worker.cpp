#include "worker.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <limits>
#include <new>
#include <sstream>

#include "process.h"

namespace matmul_harness {
namespace mp = matmul_protocol;
using Clock = std::chrono::steady_clock;

std::unique_ptr<Worker> Worker::Start(const WorkerOptions& options, int n, Failure* failure) {
  std::unique_ptr<Worker> w(new Worker(options, n));
  if (!w->Create(failure)) return nullptr;
  w->pid_ = SpawnWorker(options.path, w->fd_, options.env, &failure->message);
  if (w->pid_ < 0) return nullptr;
  w->group_ = w->pid_;
  if (!w->WaitFor(w->control_->attached, 1, "was ready", failure)) return nullptr;
  return w;
}

// A sealed memfd: the worker can write its bytes but neither shrink it (which would make the
// harness's next read a SIGBUS) nor grow it.
bool Worker::Create(Failure* failure) {
  const mp::Layout layout = mp::LayoutFor(static_cast<std::uint32_t>(n_));
  bytes_ = layout.bytes;
  fd_ = memfd_create("avo-matmul", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd_ < 0 || ftruncate(fd_, static_cast<off_t>(bytes_)) != 0 ||
      fcntl(fd_, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) != 0) {
    failure->message = std::string("harness: shared memory: ") + std::strerror(errno);
    return false;
  }
  block_ = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, 0);
  if (block_ == MAP_FAILED) {
    block_ = nullptr;
    failure->message = std::string("harness: mmap: ") + std::strerror(errno);
    return false;
  }
  control_ = new (block_) mp::Control{};
  control_->magic = mp::kMagic;
  control_->n = static_cast<std::uint32_t>(n_);
  char* base = static_cast<char*>(block_);
  A_ = reinterpret_cast<float*>(base + layout.a);
  B_ = reinterpret_cast<float*>(base + layout.b);
  C_ = reinterpret_cast<float*>(base + layout.c);
  return true;
}

Worker::~Worker() {
  KillAll();
  if (block_ != nullptr) munmap(block_, bytes_);
  if (fd_ >= 0) close(fd_);
}

void Worker::KillAll() {
  // A process the harness cannot end in ten seconds (one stuck in the kernel) would outlive the
  // result: main() checks again before writing and fails instead.
  if (!KillAllDescendants(group_, 10)) return;
  pid_ = -1;
}

Clock::time_point Worker::Deadline() const {
  return Clock::now() + std::chrono::duration_cast<Clock::duration>(
                            std::chrono::duration<double>(options_.timeout_s));
}

// False, with `failure`, when the worker has died or `deadline` has passed (then it is killed).
bool Worker::StillWaiting(Clock::time_point deadline, const std::string& what, Failure* failure) {
  int status = 0;
  if (pid_ > 0 && waitpid(pid_, &status, WNOHANG) == pid_) {
    pid_ = -1;
    failure->message = "the worker " + DescribeStatus(status) + " before it " + what;
    KillAll();
    return false;
  }
  if (Clock::now() > deadline) {
    std::ostringstream after;
    after << options_.timeout_s;
    failure->message = "the worker had not " + what + " after " + after.str() + " s (killed)";
    failure->timed_out = true;
    KillAll();
    return false;
  }
  return true;
}

bool Worker::WaitFor(const std::atomic<std::uint32_t>& word, std::uint32_t value,
                     const std::string& what, Failure* failure) {
  const Clock::time_point deadline = Deadline();
  mp::Backoff backoff(true);
  while (word.load(std::memory_order_acquire) != value) {
    backoff.Pause();
    if (backoff.rounds() % 256 == 0 && !StillWaiting(deadline, what, failure)) return false;
  }
  return true;
}

// Asleep on `done` (a futex the worker wakes), so the harness takes no core from the worker or
// from anything else on the machine while a call runs: spinning here instead halved the measured
// speed when two evaluations shared the two cores of a CI machine, while the wake-up costs tens
// of microseconds, alike for every candidate. A worker that never wakes the harness is seen
// within 10 ms, at its own cost.
bool Worker::WaitDone(std::uint32_t k, const std::string& what, Failure* failure) {
  const Clock::time_point deadline = Deadline();
  const timespec slice{0, 10000000};
  for (;;) {
    control_->sleeping.store(1);  // seq_cst, as the worker's store of done and load of this
    const std::uint32_t seen = control_->done.load();
    if (seen != k) mp::FutexWait(control_->done, seen, &slice);
    control_->sleeping.store(0);
    if (seen == k || control_->done.load() == k) return true;
    if (!StillWaiting(deadline, what, failure)) return false;
  }
}

std::optional<double> Worker::Call(const std::vector<float>& A, const std::vector<float>& B,
                                   Failure* failure) {
  if (pid_ < 0) {
    failure->message = "the worker is gone";
    return std::nullopt;
  }
  const std::size_t nn = static_cast<std::size_t>(n_) * static_cast<std::size_t>(n_);
  std::fill(C_, C_ + nn, std::numeric_limits<float>::quiet_NaN());
  const std::uint32_t k = ++call_;
  control_->arm.store(k, std::memory_order_release);
  const std::string nth = "call " + std::to_string(k);
  const std::string finished = "finished " + nth;  // made here, outside the timed interval
  if (!WaitFor(control_->ready, k, "was ready for " + nth, failure)) return std::nullopt;
  // The inputs reach the block only after the clock starts: the worker cannot begin early.
  const auto t0 = Clock::now();
  std::memcpy(A_, A.data(), nn * sizeof(float));
  std::memcpy(B_, B.data(), nn * sizeof(float));
  control_->go.store(k, std::memory_order_release);
  if (!WaitDone(k, finished, failure)) return std::nullopt;
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace matmul_harness
