#include "avo/eval/launcher.h"

namespace avo {

Result<ProcessResult> LocalLauncher::Run(const ProcessOptions& options,
                                         const std::string& /*label*/) {
  return RunProcess(options);
}

}  // namespace avo
