#include "avo/agent/sandbox.h"

#include <mutex>

#include "avo/util/process.h"

namespace avo::agent {

bool SandboxAvailable() {
  static std::once_flag once;
  static bool available = false;
  std::call_once(once, [] {
    ProcessOptions o;
    o.argv = {"bwrap", "--version"};
    o.timeout = std::chrono::milliseconds(5000);
    auto v = RunProcess(o);
    if (!v.ok() || !v->ok()) return;
    o.argv = {"bwrap",         "--ro-bind",         "/",   "/", "--dev", "/dev",
              "--unshare-net", "--die-with-parent", "true"};
    auto t = RunProcess(o);
    available = t.ok() && t->ok();
  });
  return available;
}

std::vector<std::string> SandboxedShell(const std::string& command,
                                        const std::filesystem::path& workspace, bool confine) {
  if (!confine || !SandboxAvailable()) return ShellCommand(command);
  const std::string ws = workspace.string();
  return {"bwrap",
          "--ro-bind",
          "/",
          "/",
          "--dev",
          "/dev",
          "--proc",
          "/proc",
          "--tmpfs",
          "/tmp",
          "--bind",
          ws,
          ws,
          "--chdir",
          ws,
          "--unshare-net",
          "--unshare-ipc",
          "--die-with-parent",
          "--setenv",
          "TMPDIR",
          "/tmp",
          "/bin/sh",
          "-c",
          command};
}

}  // namespace avo::agent
