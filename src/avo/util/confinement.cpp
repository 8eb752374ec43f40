#include "avo/util/confinement.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

#include "avo/util/landlock.h"
#include "avo/util/process.h"
#include "avo/util/unprivileged.h"

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

std::vector<std::string> UserToolchainDirs();

bool Under(const fs::path& p, const fs::path& dir) {
  auto [d, q] = std::mismatch(dir.begin(), dir.end(), p.begin(), p.end());
  return d == dir.end();
}

}  // namespace

namespace {
// The user's toolchain prefixes of this process's environment (ToolchainDirs).
std::vector<std::string> UserToolchainDirs() {
  auto env = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v != nullptr ? v : "");
  };
  std::vector<std::string> out;
  for (const auto& d :
       ToolchainDirs(env("PATH"), env("LD_LIBRARY_PATH"), env("AVO_SANDBOX_READ"), env("HOME")))
    out.push_back(d.string());
  return out;
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

Status ProbeConfinement(const std::string& bwrap) { return BwrapConfiner(bwrap).Probe(); }

Status BwrapConfiner::Probe() const {
  ProcessOptions o;
  o.argv = {bwrap_, "--version"};
  o.timeout = std::chrono::milliseconds(5000);
  auto v = RunProcess(o);
  if (!v.ok()) return Status::Unavailable("bwrap unavailable: " + v.status().message());
  if (!v->ok())
    return Status::Unavailable("bwrap unavailable: `" + bwrap_ + " --version` " + v->Describe());
  o.argv = Argv({"/", {}, {}, false, {}}, {"true"});
  auto t = RunProcess(o);
  if (!t.ok()) return Status::Unavailable("bwrap unavailable: " + t.status().message());
  if (!t->ok()) {
    std::string why = t->err.substr(0, t->err.find('\n'));
    return Status::Unavailable("bwrap unavailable: cannot create its namespaces here (" +
                               t->Describe() + (why.empty() ? "" : ": " + why) + ")");
  }
  return Status::Ok();
}

std::vector<std::string> BwrapConfiner::Argv(const Confinement& c,
                                             const std::vector<std::string>& argv) const {
  std::vector<std::string> a = {bwrap_};
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
  for (const auto& d : UserToolchainDirs()) a.insert(a.end(), {"--ro-bind-try", d, d});
  a.insert(a.end(), {"--dev", "/dev"});
  for (const auto& node : GpuDeviceNodes()) a.insert(a.end(), {"--dev-bind-try", node, node});
  // A fresh /proc in a fresh PID namespace: the command's own processes, nobody else's.
  a.insert(a.end(), {"--proc", "/proc", "--tmpfs", "/tmp", "--dir", "/tmp/home"});
  // The kernel's settings in the fresh /proc are still the host's, and bwrap run by root leaves
  // them writable: a command without capabilities, as root (even in a user namespace of its
  // own), rewrote kernel.domainname and vm.drop_caches. Read-only views of them instead.
  for (const char* k : {"sys", "sysrq-trigger", "irq", "bus", "fs", "driver", "acpi"}) {
    const std::string p = std::string("/proc/") + k;
    a.insert(a.end(), {"--ro-bind-try", p, p});
  }
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

LandlockConfiner::LandlockConfiner(fs::path helper) : helper_(std::move(helper)) {
  if (!helper_.empty()) return;
  std::error_code ec;
  fs::path beside = fs::read_symlink("/proc/self/exe", ec).parent_path() / "avo-confine";
  if (!ec && access(beside.c_str(), X_OK) == 0) {
    helper_ = std::move(beside);
    return;
  }
  const char* path = std::getenv("PATH");
  std::stringstream ss(path != nullptr ? path : "");
  for (std::string dir; std::getline(ss, dir, ':');) {
    fs::path p = fs::path(dir) / "avo-confine";
    if (!dir.empty() && access(p.c_str(), X_OK) == 0) {
      helper_ = std::move(p);
      return;
    }
  }
  helper_ = "avo-confine";
}

Status LandlockConfiner::Probe() const {
  if (LandlockAbi() < 1) return Status::Unavailable("landlock unavailable: not in this kernel");
  ProcessOptions o;
  o.argv = {helper_.string(), "--probe"};
  o.timeout = std::chrono::milliseconds(5000);
  auto r = RunProcess(o);
  if (!r.ok()) return Status::Unavailable("landlock unavailable: " + r.status().message());
  if (!r->ok()) {
    const std::string why = r->err.substr(0, r->err.find('\n'));
    return Status::Unavailable("landlock unavailable: `" + o.argv[0] + " --probe` " +
                               r->Describe() + (why.empty() ? "" : ": " + why));
  }
  return Status::Ok();
}

namespace {

// Whether the command will run as a user without privileges: avo's own user when it is not
// root; when it is, the unprivileged user (unprivileged.h), given the writable paths and named
// by --user in *argv, provided every path the command needs is reachable by it. Otherwise it
// runs as root without capabilities, as before, and says so once.
bool RunsUnprivileged(const Confinement& c, std::vector<std::string>* argv) {
  if (geteuid() != 0) return true;
  const UserIds u = UnprivilegedUser();
  std::vector<fs::path> needed = c.readable;
  needed.insert(needed.end(), c.writable.begin(), c.writable.end());
  needed.push_back(c.private_dir);
  std::string why;
  if (auto bad = FirstUnreachable(needed, u)) {
    why = bad->string() + " is not reachable by uid " + std::to_string(u.uid);
  } else {
    for (const auto& p : c.writable) {
      if (Status s = GiveTo(p, u); !s.ok() && why.empty()) why = s.message();
    }
    if (Status s = GiveTo(c.private_dir, u); !s.ok() && why.empty()) why = s.message();
  }
  if (!why.empty()) {
    static std::once_flag said;
    std::call_once(said, [&] {
      std::fprintf(stderr,
                   "avo: task commands run as root without capabilities under Landlock (%s); "
                   "CUDA programs fail there: set AVO_CONFINE_USER=UID:GID or run avo as a "
                   "non-root user\n",
                   why.c_str());
    });
    return false;
  }
  argv->insert(argv->end(), {"--user", std::to_string(u.uid) + ":" + std::to_string(u.gid)});
  return true;
}

}  // namespace

std::vector<std::string> LandlockConfiner::Argv(const Confinement& c,
                                                const std::vector<std::string>& argv) const {
  std::error_code ec;
  const fs::path tmp = c.private_dir / "tmp", home = c.private_dir / "home";
  fs::create_directories(tmp, ec);
  fs::create_directories(home, ec);
  std::vector<std::string> a = {helper_.string()};
  auto add = [&](const char* flag, const std::string& p) { a.insert(a.end(), {flag, p}); };
  const bool unprivileged = RunsUnprivileged(c, &a);
  for (const auto& root : SystemRoots()) add("--read", root);
  for (const auto& f : EtcFiles()) add("--read", "/etc/" + f);
  for (const auto& d : UserToolchainDirs()) {
    // A prefix in root's home is of no use to the unprivileged uid (and its rule could not be
    // made as it): left out, and said once.
    if (unprivileged && geteuid() == 0 && FirstUnreachable({d}, UnprivilegedUser())) {
      static std::once_flag said;
      std::call_once(said, [&] {
        std::fprintf(stderr,
                     "avo: %s (on PATH) is not reachable by uid %u, which task commands run as "
                     "under Landlock: left out of their view\n",
                     d.c_str(), static_cast<unsigned>(UnprivilegedUser().uid));
      });
      continue;
    }
    add("--read", d);
  }
  // /proc as a whole: what guards other processes' entries is Landlock's ptrace scope. Writable
  // only for an unprivileged command: CUDA names its threads under /proc/self/task
  // (unprivileged.h), and the file modes keep such a command to its own entries.
  add(unprivileged ? "--write" : "--read", "/proc");
  for (const char* node : {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"})
    add("--device", node);
  for (const auto& node : GpuDeviceNodes()) add("--device", node);
  for (const auto& p : c.readable) add("--read", p.string());
  for (const auto& p : c.writable) add("--write", p.string());
  add("--write", tmp.string());
  add("--write", home.string());
  if (c.network) a.emplace_back("--network");
  a.insert(a.end(), {"--setenv", "TMPDIR", tmp.string(), "--setenv", "HOME", home.string()});
  a.insert(a.end(), {"--chdir", c.cwd.string(), "--"});
  a.insert(a.end(), argv.begin(), argv.end());
  return a;
}

namespace {

struct Probed {
  std::unique_ptr<Confiner> confiner;
  Status status = Status::Ok();
};

// Each confiner probed once, on first use.
template <class C>
const Probed& ProbedOnce() {
  static const Probed p = [] {
    Probed out{std::make_unique<C>()};
    out.status = out.confiner->Probe();
    return out;
  }();
  return p;
}

const Probed& Bwrap() { return ProbedOnce<BwrapConfiner>(); }
const Probed& Landlock() { return ProbedOnce<LandlockConfiner>(); }

// The confiner $AVO_CONFINE or the machine gives, and its status.
const Probed& Chosen() {
  const char* asked = std::getenv("AVO_CONFINE");
  const std::string want = asked != nullptr ? asked : "";
  if (!want.empty() && want != "bwrap" && want != "landlock") {
    thread_local Probed unknown;  // written on every call: one per thread, no race
    unknown.status = Status::Unavailable("AVO_CONFINE is '" + want +
                                         "'; it names a confiner: bwrap or landlock");
    return unknown;
  }
  if (want == "landlock") return Landlock();
  if (want == "bwrap" || Bwrap().status.ok()) return Bwrap();
  if (Landlock().status.ok()) return Landlock();
  static const Probed neither = [] {
    Probed out;
    out.status = Status::Unavailable(Bwrap().status.message() + "; " + Landlock().status.message());
    return out;
  }();
  return neither;
}

}  // namespace

const Confiner* ChosenConfiner() {
  const Probed& p = Chosen();
  return p.status.ok() ? p.confiner.get() : nullptr;
}

Status ConfinementAvailable() { return Chosen().status; }

std::string ConfinerFailure(int exit_code, const std::string& err) {
  constexpr std::string_view kPrefix = "avo-confine: ";
  if (exit_code != 125 || err.rfind(kPrefix, 0) != 0) return "";
  return err.substr(0, err.find('\n'));
}

std::vector<std::string> ConfinedArgv(const Confinement& c, const std::vector<std::string>& argv) {
  const Confiner* confiner = ChosenConfiner();
  return confiner != nullptr ? confiner->Argv(c, argv) : BwrapConfiner().Argv(c, argv);
}

}  // namespace avo
