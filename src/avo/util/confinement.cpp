#include "avo/util/confinement.h"

#include <mutex>

#include "avo/util/process.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

// The namespace, privilege and lifetime flags every confined command gets. --unshare-pid matters
// beyond tidiness: without it a command that bwrap started survives bwrap being killed on a
// timeout (bwrap drops privileges after setting the parent-death signal, which clears it).
// --cap-drop ALL: run by root, bwrap keeps every capability inside the sandbox, and a command
// with CAP_SYS_ADMIN remounts the read-only view of / read-write and writes the run.
const std::vector<std::string>& NamespaceFlags() {
  static const std::vector<std::string> flags = {
      "--unshare-pid", "--unshare-ipc", "--die-with-parent", "--new-session", "--cap-drop", "ALL"};
  return flags;
}

// /dev/nvidia0, /dev/nvidiactl, /dev/nvidia-uvm, /dev/nvidia-caps...: a CUDA program needs the
// real device nodes, which the fresh /dev of --dev lacks.
std::vector<std::string> GpuDeviceNodes() {
  std::vector<std::string> nodes;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/dev", ec)) {
    if (e.path().filename().string().rfind("nvidia", 0) == 0) nodes.push_back(e.path().string());
  }
  return nodes;
}

}  // namespace

Status ProbeConfinement(const std::string& bwrap) {
  ProcessOptions o;
  o.argv = {bwrap, "--version"};
  o.timeout = std::chrono::milliseconds(5000);
  auto v = RunProcess(o);
  if (!v.ok()) return Status::Unavailable("bwrap unavailable: " + v.status().message());
  if (!v->ok())
    return Status::Unavailable("bwrap unavailable: `" + bwrap + " --version` " + v->Describe());
  o.argv = ConfinedArgv({"/", {}, {}, false}, {"true"});
  o.argv[0] = bwrap;
  auto t = RunProcess(o);
  if (!t.ok()) return Status::Unavailable("bwrap unavailable: " + t.status().message());
  if (!t->ok()) {
    std::string why = t->err.substr(0, t->err.find('\n'));
    return Status::Unavailable("bwrap unavailable: cannot create its namespaces here (" +
                               t->Describe() + (why.empty() ? "" : ": " + why) + ")");
  }
  return Status::Ok();
}

const Status& ConfinementAvailable() {
  static std::once_flag once;
  static Status status;
  std::call_once(once, [] { status = ProbeConfinement(); });
  return status;
}

std::vector<std::string> ConfinedArgv(const Confinement& c, const std::vector<std::string>& argv) {
  std::vector<std::string> a = {"bwrap", "--ro-bind", "/", "/", "--dev", "/dev"};
  for (const auto& node : GpuDeviceNodes()) a.insert(a.end(), {"--dev-bind-try", node, node});
  a.insert(a.end(), {"--proc", "/proc", "--tmpfs", "/tmp"});
  for (const auto& p : c.readable) a.insert(a.end(), {"--ro-bind-try", p.string(), p.string()});
  // Writable binds come last, so a writable path inside a readable one stays writable.
  for (const auto& p : c.writable) a.insert(a.end(), {"--bind", p.string(), p.string()});
  a.insert(a.end(), {"--chdir", c.cwd.string()});
  if (!c.network) a.emplace_back("--unshare-net");
  a.insert(a.end(), NamespaceFlags().begin(), NamespaceFlags().end());
  a.insert(a.end(), {"--setenv", "TMPDIR", "/tmp", "--"});
  a.insert(a.end(), argv.begin(), argv.end());
  return a;
}

}  // namespace avo
