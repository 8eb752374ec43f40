#include "avo/agent/sandbox.h"

#include "avo/util/confinement.h"
#include "avo/util/process.h"

namespace avo::agent {

bool SandboxAvailable() { return ConfinementAvailable().ok(); }

std::vector<std::string> SandboxedShell(const std::string& command,
                                        const std::filesystem::path& workspace, bool confine) {
  if (!confine || !SandboxAvailable()) return ShellCommand(command);
  Confinement c;
  c.cwd = workspace;
  c.writable = {workspace};
  // Beside the workspace, not in it: nothing there becomes part of a candidate.
  c.private_dir = workspace.parent_path() / (workspace.filename().string() + ".private");
  return ConfinedArgv(c, ShellCommand(command));
}

}  // namespace avo::agent
