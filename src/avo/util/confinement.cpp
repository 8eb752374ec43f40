#include "avo/util/confinement.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <set>
#include <sstream>

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

// The top-level system directories a toolchain runs from. On a merged-/usr system /bin, /lib...
// are symlinks into /usr: recreated as symlinks, not bound, so the view matches the host's.
const std::vector<std::string>& SystemRoots() {
  static const std::vector<std::string> roots = {"/usr",   "/bin",    "/sbin", "/lib", "/lib32",
                                                 "/lib64", "/libx32", "/opt",  "/sys"};
  return roots;
}

// What of /etc compilers, interpreters and the dynamic loader read; nothing with secrets (no
// shadow, ssh, or credentials) and nothing the host's administrator adds.
const std::vector<std::string>& EtcFiles() {
  static const std::vector<std::string> files = {
      "ld.so.cache", "ld.so.conf",    "ld.so.conf.d", "alternatives", "passwd",
      "group",       "nsswitch.conf", "localtime",    "timezone",     "hosts",
      "host.conf",   "resolv.conf",   "gai.conf",     "ssl",          "ca-certificates",
      "protocols",   "services",      "mime.types",   "os-release"};
  return files;
}

bool Under(const fs::path& p, const fs::path& dir) {
  auto [d, q] = std::mismatch(dir.begin(), dir.end(), p.begin(), p.end());
  return d == dir.end();
}

}  // namespace

std::vector<fs::path> ToolchainDirs(const std::string& path, const std::string& ld_library_path,
                                    const std::string& extra, const fs::path& home) {
  std::set<fs::path> dirs;
  auto add = [&](const std::string& list, bool prefix_of_bin) {
    std::stringstream ss(list);
    std::string entry;
    while (std::getline(ss, entry, ':')) {
      fs::path p = fs::path(entry).lexically_normal();
      if (!p.is_absolute() || p == "/" || (!home.empty() && p == home)) continue;
      std::error_code ec;
      if (!fs::is_directory(p, ec)) continue;
      if (p.filename().empty()) p = p.parent_path();
      // A prefix's bin/ (or pyenv's shims/) is useless without the prefix: its lib/, its
      // interpreter's standard library. Never a whole home or /, though.
      const std::string leaf = p.filename().string();
      const fs::path parent = p.parent_path();
      if (prefix_of_bin && (leaf == "bin" || leaf == "sbin" || leaf == "shims") && parent != "/" &&
          (home.empty() || parent != home))
        p = parent;
      bool covered = false;
      for (const auto& root : SystemRoots()) covered = covered || Under(p, root);
      if (!covered) dirs.insert(p);
    }
  };
  add(path, true);
  add(ld_library_path, false);
  add(extra, false);
  // Drop what another entry already holds.
  std::vector<fs::path> out;
  for (const auto& d : dirs) {
    if (!out.empty() && Under(d, out.back())) continue;
    out.push_back(d);
  }
  return out;
}

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
  std::vector<std::string> a = {"bwrap"};
  // An allow-list, not the host's /: the system's toolchain directories, a few files of /etc, the
  // user's toolchain (PATH and LD_LIBRARY_PATH prefixes, $AVO_SANDBOX_READ) and what the caller
  // lists. Homes, /root, /var, /srv, /mnt and the rest of /etc are simply not there.
  for (const auto& root : SystemRoots()) {
    std::error_code ec;
    if (fs::is_symlink(root, ec))
      a.insert(a.end(), {"--symlink", fs::read_symlink(root, ec).string(), root});
    else
      a.insert(a.end(), {"--ro-bind-try", root, root});
  }
  for (const auto& f : EtcFiles()) a.insert(a.end(), {"--ro-bind-try", "/etc/" + f, "/etc/" + f});
  auto env = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v != nullptr ? v : "");
  };
  for (const auto& d :
       ToolchainDirs(env("PATH"), env("LD_LIBRARY_PATH"), env("AVO_SANDBOX_READ"), env("HOME")))
    a.insert(a.end(), {"--ro-bind-try", d.string(), d.string()});
  a.insert(a.end(), {"--dev", "/dev"});
  for (const auto& node : GpuDeviceNodes()) a.insert(a.end(), {"--dev-bind-try", node, node});
  // A fresh /proc in a fresh PID namespace: the command's own processes, nobody else's.
  a.insert(a.end(), {"--proc", "/proc", "--tmpfs", "/tmp", "--dir", "/tmp/home"});
  for (const auto& p : c.readable) a.insert(a.end(), {"--ro-bind-try", p.string(), p.string()});
  // Writable binds come last, so a writable path inside a readable one stays writable.
  for (const auto& p : c.writable) a.insert(a.end(), {"--bind", p.string(), p.string()});
  a.insert(a.end(), {"--chdir", c.cwd.string()});
  if (!c.network) a.emplace_back("--unshare-net");
  a.insert(a.end(), NamespaceFlags().begin(), NamespaceFlags().end());
  a.insert(a.end(), {"--setenv", "TMPDIR", "/tmp", "--setenv", "HOME", "/tmp/home", "--"});
  a.insert(a.end(), argv.begin(), argv.end());
  return a;
}

}  // namespace avo
