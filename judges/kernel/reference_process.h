// reference_process.h -- the task's reference implementation, run by the kernel judge in a
// process of its own (judges/kernel/reference_runner.py under python3), never in the
// candidate's: the judge sends a configuration's inputs, the runner answers with the outputs
// the reference computed, in the declared dtypes. The protocol is the runner's docstring.
// Every failure (the runner cannot start, the reference raises, returns the wrong shape, dies,
// or takes longer than the deadline) is one line; the process is then stopped.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "decl.h"

namespace avo::kernel_judge {

struct ReferenceSpec {
  std::string python = "python3";
  std::string runner;               // path of reference_runner.py
  std::string task_dir;             // the task's directory: the reference file must lie inside it
  std::string file;                 // kernel.toml's [reference] python, relative to task_dir
  std::string function;             // kernel.toml's [reference] function
  std::string framework = "torch";  // "torch" or "numpy"
};

// One tensor of a call: its declaration and, for inputs, its bytes (row-major, contiguous).
struct ReferenceTensor {
  std::string name;
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
  std::vector<uint8_t> bytes;
};

class ReferenceProcess {
 public:
  ReferenceProcess() = default;
  ~ReferenceProcess();
  ReferenceProcess(const ReferenceProcess&) = delete;
  ReferenceProcess& operator=(const ReferenceProcess&) = delete;

  // Starts the runner and waits (at most `timeout_s`) until it has loaded the reference.
  // "" or one line saying why not.
  std::string start(const ReferenceSpec& spec, double timeout_s);

  // One call: `inputs` with their bytes; `outputs` declared (name, dtype, shape), their bytes
  // filled on return. "" or one line; after a failure other than the reference's own error
  // the process is stopped and start() must be called again.
  std::string run(const std::vector<ReferenceTensor>& inputs, std::vector<ReferenceTensor>* outputs,
                  double timeout_s);

  // Times `function` of the reference's file (a baseline, kernel.toml's [[baseline]]) on these
  // inputs: warm-up calls, then `reps` calls each alone between CUDA events after an L2 flush,
  // on the GPU the runner sees (torch only). Milliseconds per call into *ms; "" or one line.
  std::string time(const std::string& function, const std::vector<ReferenceTensor>& inputs,
                   int reps, double timeout_s, std::vector<double>* ms);
  [[nodiscard]] bool running() const { return pid_ > 0; }

 private:
  std::string read_frame(std::string* header, double deadline);
  // Writes one request (its JSON, then the inputs' bytes) and reads the answer's header.
  std::string send(const nlohmann::json& request, const std::vector<ReferenceTensor>& inputs,
                   double deadline, std::string* answer);
  std::string fail(const std::string& why);
  void stop();

  pid_t pid_ = -1;
  int to_child_ = -1, from_child_ = -1;
};

}  // namespace avo::kernel_judge
