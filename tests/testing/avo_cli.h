// The `avo` binary under test (AVO_BINARY, defined for the integration tests) run as a user runs
// it, with --no-sandbox where bwrap cannot work here (AvoArgv, testing/evaluator.h).
#pragma once

#include <string>
#include <vector>

#include "testing/evaluator.h"
#include "testing/temp_dir.h"

namespace avo::testing {

inline ProcessResult Avo(const std::vector<std::string>& args, int timeout_s = 120) {
  std::vector<std::string> argv = {AVO_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return Run(AvoArgv(argv), timeout_s);
}

}  // namespace avo::testing
