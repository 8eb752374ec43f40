// One worker process for one matrix size n, seen from the harness: the shared block
// (protocol.h), the process, and timed calls. Nothing the worker writes is believed but the
// `done` word and C, and C only as far as the harness checks it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "protocol.h"

namespace matmul_harness {

// Why a worker could not be started or a call did not end well.
struct Failure {
  std::string message;
  bool timed_out = false;  // it hung (and was killed), rather than died or never started
};

struct WorkerOptions {
  std::string path;              // the worker binary (./worker)
  std::vector<std::string> env;  // its environment, no AVO_ variable among them
  double timeout_s = 30;         // for starting, and for each call
};

class Worker {
 public:
  // Creates the block for size n, starts the worker and waits until it has mapped the block.
  // nullptr, with `failure` saying why, when that fails (the worker died, hung or never started).
  static std::unique_ptr<Worker> Start(const WorkerOptions& options, int n, Failure* failure);
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;
  // Ends the worker and every process below the harness.
  ~Worker();

  // One call of matmul on A and B (n×n each), C poisoned with NaN before it. Returns the seconds
  // from the start of copying A and B into the block until the worker said done; nullopt, with
  // `failure`, when the worker died, or did not finish within the timeout (then it is killed).
  std::optional<double> Call(const std::vector<float>& A, const std::vector<float>& B,
                             Failure* failure);
  // C in the block, as the worker left it (it may still be writing; read it at once).
  [[nodiscard]] const float* C() const { return C_; }

 private:
  Worker(const WorkerOptions& options, int n) : options_(options), n_(n) {}
  bool Create(Failure* failure);
  // Waits until `word` holds `value`, polling: false, with `failure`, when the worker dies or the
  // timeout passes first.
  bool WaitFor(const std::atomic<std::uint32_t>& word, std::uint32_t value, const std::string& what,
               Failure* failure);
  // Waits, asleep, until the worker says call k is done; false as WaitFor.
  bool WaitDone(std::uint32_t k, const std::string& what, Failure* failure);
  [[nodiscard]] std::chrono::steady_clock::time_point Deadline() const;  // now + the timeout
  bool StillWaiting(std::chrono::steady_clock::time_point deadline, const std::string& what,
                    Failure* failure);
  void KillAll();

  WorkerOptions options_;
  int n_;
  int fd_ = -1;
  void* block_ = nullptr;
  std::size_t bytes_ = 0;
  matmul_protocol::Control* control_ = nullptr;
  float* A_ = nullptr;
  float* B_ = nullptr;
  float* C_ = nullptr;
  pid_t pid_ = -1;    // until reaped
  pid_t group_ = -1;  // its process group
  std::uint32_t call_ = 0;
};

}  // namespace matmul_harness
