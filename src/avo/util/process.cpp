#include "avo/util/process.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

extern char** environ;

namespace avo {
namespace {

using Clock = std::chrono::steady_clock;

// Keeps the first and the last half of the cap; what falls between is counted and dropped.
class CappedBuffer {
 public:
  explicit CappedBuffer(std::size_t cap) : half_(std::max<std::size_t>(cap / 2, 1)) {}
  void Append(const char* data, std::size_t n) {
    total_ += n;
    std::size_t take = std::min(n, half_ - std::min(half_, head_.size()));
    head_.append(data, take);
    data += take;
    n -= take;
    if (n == 0) return;
    tail_.append(data, n);
    if (tail_.size() > 2 * half_) tail_.erase(0, tail_.size() - half_);
  }
  [[nodiscard]] std::string Str() const {
    std::string tail = tail_.size() > half_ ? tail_.substr(tail_.size() - half_) : tail_;
    std::uint64_t dropped = total_ - head_.size() - tail.size();
    if (dropped == 0) return head_ + tail;
    return head_ + fmt::format("\n[... {} bytes dropped ...]\n", dropped) + tail;
  }
  [[nodiscard]] std::uint64_t total() const { return total_; }

 private:
  std::size_t half_;
  std::string head_, tail_;
  std::uint64_t total_ = 0;
};

std::mutex g_children_mu;
std::set<pid_t> g_children;  // direct children started by RunProcess and not yet reaped
std::atomic<bool> g_reaping{false};

std::string ResolveOnPath(const std::string& name, const std::string& path_env) {
  if (name.find('/') != std::string::npos) return name;
  std::size_t start = 0;
  while (start <= path_env.size()) {
    std::size_t end = path_env.find(':', start);
    if (end == std::string::npos) end = path_env.size();
    std::string dir = path_env.substr(start, end - start);
    if (dir.empty()) dir = ".";
    std::string cand = dir + "/" + name;
    if (access(cand.c_str(), X_OK) == 0) return cand;
    start = end + 1;
  }
  return name;
}

void SetNonBlocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

// Reads what is available; returns false at EOF or error.
bool Drain(int fd, CappedBuffer& buf) {
  char chunk[65536];
  while (true) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n > 0) {
      buf.Append(chunk, static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0) return false;
    if (errno == EINTR) continue;
    return errno == EAGAIN || errno == EWOULDBLOCK;
  }
}

// Non-blocking reap with a deadline; true when the child was reaped.
bool ReapBy(pid_t pid, int* status, Clock::time_point deadline) {
  while (true) {
    pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid) return true;
    if (r < 0 && errno != EINTR) return true;  // already gone
    if (Clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// Kills and reaps descendants that were reparented to us after escaping their process group.
int KillOrphans() {
  if (!g_reaping.load()) return 0;
  int killed = 0;
  const pid_t self = getpid();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit)) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    // Fields after the command (which may hold spaces) start after the last ')'.
    auto rp = line.rfind(')');
    if (rp == std::string::npos) continue;
    // "... ) S 1234 ...": the state, then the parent's pid.
    const char* fields = line.c_str() + rp + 1;
    char* end = nullptr;
    if (std::strlen(fields) < 4) continue;
    const long ppid = std::strtol(fields + 3, &end, 10);
    if (end == fields + 3 || ppid != self) continue;
    const pid_t pid = static_cast<pid_t>(std::stoi(name));
    {
      std::lock_guard<std::mutex> lock(g_children_mu);
      if (g_children.count(pid) != 0) continue;  // a live child of another RunProcess call
    }
    const pid_t pgid = getpgid(pid);
    if (pgid > 0 && pgid != getpgrp()) killpg(pgid, SIGKILL);
    kill(pid, SIGKILL);
    int st = 0;
    ReapBy(pid, &st, Clock::now() + std::chrono::seconds(2));
    ++killed;
  }
  return killed;
}

const char* SignalName(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGABRT:
      return "SIGABRT";
    case SIGKILL:
      return "SIGKILL";
    case SIGTERM:
      return "SIGTERM";
    case SIGBUS:
      return "SIGBUS";
    case SIGFPE:
      return "SIGFPE";
    case SIGILL:
      return "SIGILL";
    case SIGXCPU:
      return "SIGXCPU";
    case SIGXFSZ:
      return "SIGXFSZ";
    case SIGPIPE:
      return "SIGPIPE";
    default:
      return nullptr;
  }
}

// argv and envp for execve, built before fork: after fork only async-signal-safe calls. The
// pointer vectors point into the string vectors, so an ExecArgs is filled in place, never copied.
struct ExecArgs {
  std::vector<std::string> env_strings;
  std::vector<char*> envp;
  std::vector<std::string> args;
  std::vector<char*> argv;
  std::string cwd;
  cpu_set_t cpus;  // built before fork; applied only when any_cpus
  bool any_cpus = false;
};

void BuildExecArgs(const ProcessOptions& o, ExecArgs& x) {
  std::map<std::string, std::string> env;
  for (char** e = environ; o.inherit_env && *e != nullptr; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  for (const auto& name : o.env_remove) env.erase(name);
  for (const auto& [k, v] : o.env) env[k] = v;
  x.env_strings.reserve(env.size());
  for (const auto& [k, v] : env) x.env_strings.push_back(k + "=" + v);
  x.envp.reserve(x.env_strings.size() + 1);
  for (auto& s : x.env_strings) x.envp.push_back(s.data());
  x.envp.push_back(nullptr);
  x.args = o.argv;
  x.args[0] = ResolveOnPath(x.args[0], env.count("PATH") != 0 ? env["PATH"] : "/usr/bin:/bin");
  x.argv.reserve(x.args.size() + 1);
  for (auto& a : x.args) x.argv.push_back(a.data());
  x.argv.push_back(nullptr);
  x.cwd = o.cwd.string();
  CPU_ZERO(&x.cpus);
  for (int c : o.cpus) {
    if (c >= 0 && c < CPU_SETSIZE) {
      CPU_SET(c, &x.cpus);
      x.any_cpus = true;
    }
  }
}

struct Pipes {
  int out[2] = {-1, -1};
  int err[2] = {-1, -1};
  int in[2] = {-1, -1};

  void CloseAll() {
    for (int* fd : {&out[0], &out[1], &err[0], &err[1], &in[0], &in[1]}) {
      if (*fd >= 0) close(*fd);
      *fd = -1;
    }
  }
};

Status OpenPipes(Pipes& p) {
  for (int* fds : {p.out, p.err, p.in}) {
    if (pipe2(fds, O_CLOEXEC) != 0) {
      Status error = Status::IoError(std::string("pipe: ") + strerror(errno));
      p.CloseAll();
      return error;
    }
  }
  return Status::Ok();
}

// The command's side of the second fork: limits, default signals, exec.
[[noreturn]] void ExecCommand(const ProcessOptions& o, const ExecArgs& x) {
  // Best effort: a core that went offline leaves the command on the cores it may use.
  if (x.any_cpus) sched_setaffinity(0, sizeof x.cpus, &x.cpus);
  signal(SIGPIPE, SIG_DFL);
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGUSR1, SIG_DFL);
  if (o.memory_limit_bytes > 0) {
    rlimit rl{o.memory_limit_bytes, o.memory_limit_bytes};
    setrlimit(RLIMIT_AS, &rl);
  }
  if (o.cpu_limit_s > 0) {
    rlimit rl{o.cpu_limit_s, o.cpu_limit_s + 1};
    setrlimit(RLIMIT_CPU, &rl);
  }
  if (o.file_size_limit_bytes > 0) {
    rlimit rl{o.file_size_limit_bytes, o.file_size_limit_bytes};
    setrlimit(RLIMIT_FSIZE, &rl);
  }
  execve(x.argv[0], x.argv.data(), x.envp.data());
  const char msg[] = "avo: exec failed\n";
  ssize_t ignored = write(2, msg, sizeof msg - 1);
  (void)ignored;
  _exit(127);
}

// avo died (the guard's parent-death signal): the whole process group goes, the guard with it.
void KillOwnGroup(int) { kill(0, SIGKILL); }

// Ends the guard the way its command ended, so the parent reads the command's own status.
[[noreturn]] void ExitLike(int status) {
  if (WIFEXITED(status)) _exit(WEXITSTATUS(status));
  const int sig = WIFSIGNALED(status) ? WTERMSIG(status) : SIGKILL;
  rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  signal(sig, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
  kill(getpid(), sig);
  _exit(128 + sig);
}

// The child's side of fork. It becomes a session and process-group leader and stays as the
// command's guard: when avo dies, even by SIGKILL, the kernel sends the guard SIGUSR1
// (PR_SET_PDEATHSIG) and the guard kills the group, so no candidate outlives avo and its own
// deadline. The guard ignores SIGTERM (a timeout's first signal reaches the command through the
// group) and passes the command's exit status or signal on as its own. Only async-signal-safe
// calls: the parent may have threads.
[[noreturn]] void ExecChild(const ProcessOptions& o, const ExecArgs& x, const Pipes& p,
                            pid_t parent) {
  setsid();
  struct sigaction on_parent_death {};
  on_parent_death.sa_handler = KillOwnGroup;
  sigaction(SIGUSR1, &on_parent_death, nullptr);
  prctl(PR_SET_PDEATHSIG, SIGUSR1);
  if (getppid() != parent) kill(0, SIGKILL);  // avo died before the signal was armed
  signal(SIGTERM, SIG_IGN);
  signal(SIGINT, SIG_IGN);
  if (!x.cwd.empty() && chdir(x.cwd.c_str()) != 0) _exit(126);
  dup2(p.in[0], 0);
  dup2(p.out[1], 1);
  dup2(p.err[1], 2);
  const pid_t command = fork();
  if (command < 0) _exit(126);
  if (command == 0) ExecCommand(o, x);
  // The guard keeps no copy of the pipes, so the parent sees end-of-file when the command's
  // side closes.
  for (int fd : {0, 1, 2, p.out[0], p.out[1], p.err[0], p.err[1], p.in[0], p.in[1]}) close(fd);
  int status = 0;
  while (waitpid(command, &status, 0) < 0) {
    if (errno != EINTR) _exit(126);
  }
  ExitLike(status);
}

// Forks the child; in the parent, closes the child's pipe ends and hands over stdin.
Result<pid_t> Spawn(const ProcessOptions& o, const ExecArgs& x, Pipes& p) {
  pid_t pid = 0;
  const pid_t self = getpid();
  {
    // Registered before the child can exist, so a concurrent orphan sweep never mistakes it.
    std::lock_guard<std::mutex> lock(g_children_mu);
    pid = fork();
    if (pid > 0) g_children.insert(pid);
  }
  if (pid < 0) {
    const Status error = Status::IoError(std::string("fork: ") + strerror(errno));
    p.CloseAll();
    return error;
  }
  if (pid == 0) ExecChild(o, x, p, self);
  close(p.out[1]);
  close(p.err[1]);
  close(p.in[0]);
  p.out[1] = p.err[1] = p.in[0] = -1;
  if (o.stdin_data && !o.stdin_data->empty()) {
    // Small inputs only (prompts, briefs); a full pipe would block, so write without blocking.
    SetNonBlocking(p.in[1]);
    ssize_t ignored = write(p.in[1], o.stdin_data->data(), o.stdin_data->size());
    (void)ignored;
  }
  close(p.in[1]);
  p.in[1] = -1;
  SetNonBlocking(p.out[0]);
  SetNonBlocking(p.err[0]);
  return pid;
}

// One output pipe of the child and what came through it.
struct Stream {
  Stream(int read_fd, std::size_t cap) : fd(read_fd), buf(cap) {}
  int fd;
  bool open = true;
  CappedBuffer buf;
};

// What the parent knows about the running child.
struct Child {
  pid_t pid = 0;
  int status = 0;
  bool exited = false, timed_out = false, term_sent = false, swept = false;
  int orphans_killed = 0;
  Clock::time_point deadline{}, kill_at{}, exit_time{};
};

// Notices the exit, and past the deadline sends SIGTERM, then SIGKILL after the grace period.
void EnforceDeadline(Child& c, Clock::duration kill_grace, Clock::time_point now) {
  if (!c.exited && waitpid(c.pid, &c.status, WNOHANG) == c.pid) {
    c.exited = true;
    c.exit_time = now;
    // The child's own descendants die with it: nothing of a finished candidate may linger,
    // and a grandchild holding the pipes open must not keep us reading.
    killpg(c.pid, SIGKILL);
  }
  if (!c.exited && !c.timed_out && now >= c.deadline) {
    c.timed_out = true;
    c.term_sent = true;
    killpg(c.pid, SIGTERM);
    c.kill_at = now + kill_grace;
  }
  if (c.term_sent && !c.exited && now >= c.kill_at) {
    killpg(c.pid, SIGKILL);
    kill(c.pid, SIGKILL);
  }
}

// Whether to stop reading: the child is gone and its pipes closed, or waiting longer is futile.
bool DonePumping(Child& c, bool pipes_open, Clock::time_point now) {
  if (c.exited && !pipes_open) return true;
  // Pipes still open after the group died: a descendant escaped into its own session.
  if (c.exited && !c.swept && now - c.exit_time > std::chrono::milliseconds(200)) {
    c.orphans_killed += KillOrphans();
    c.swept = true;
  }
  if (c.exited && now - c.exit_time > std::chrono::seconds(3)) return true;
  return c.timed_out && now >= c.kill_at + std::chrono::seconds(5);  // unkillable (D state)
}

// Waits up to 20 ms for output and drains it; false when poll itself fails.
bool PumpOutput(Stream& out, Stream& err) {
  pollfd fds[2];
  nfds_t nfds = 0;
  if (out.open) fds[nfds++] = {out.fd, POLLIN, 0};
  if (err.open) fds[nfds++] = {err.fd, POLLIN, 0};
  if (nfds == 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return true;
  }
  if (poll(fds, nfds, 20) < 0 && errno != EINTR) return false;
  for (nfds_t i = 0; i < nfds; ++i) {
    if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
    if (fds[i].fd == out.fd) out.open = Drain(out.fd, out.buf);
    if (fds[i].fd == err.fd) err.open = Drain(err.fd, err.buf);
  }
  return true;
}

// Reaps the child if the loop gave up on it, forgets it, and sweeps escaped descendants.
void Reap(Child& c) {
  if (!c.exited) c.exited = ReapBy(c.pid, &c.status, Clock::now() + std::chrono::seconds(2));
  {
    std::lock_guard<std::mutex> lock(g_children_mu);
    if (c.exited) g_children.erase(c.pid);
  }
  c.orphans_killed += KillOrphans();
}

ProcessResult Collect(const Child& c, const Stream& out, const Stream& err,
                      Clock::time_point start) {
  ProcessResult r;
  r.timed_out = c.timed_out;
  r.orphans_killed = c.orphans_killed;
  r.wall_s = std::chrono::duration<double>(Clock::now() - start).count();
  r.out = out.buf.Str();
  r.err = err.buf.Str();
  r.out_bytes = out.buf.total();
  r.err_bytes = err.buf.total();
  if (c.exited) {
    if (WIFEXITED(c.status)) r.exit_code = WEXITSTATUS(c.status);
    if (WIFSIGNALED(c.status)) r.term_signal = WTERMSIG(c.status);
  } else {
    r.term_signal = SIGKILL;  // could not be reaped in time; reported as killed
  }
  if (r.timed_out) r.exit_code = -1;
  return r;
}

}  // namespace

std::string ProcessResult::Describe() const {
  if (cancelled) return fmt::format("stopped on request after {:.1f} s", wall_s);
  if (timed_out) return fmt::format("timed out after {:.1f} s", wall_s);
  if (term_signal != 0) {
    const char* n = SignalName(term_signal);
    return n != nullptr ? fmt::format("killed by {}", n)
                        : fmt::format("killed by signal {}", term_signal);
  }
  // A shell reports a child killed by signal N as exit 128+N: say which signal.
  if (exit_code > 128 && exit_code < 128 + 65) {
    const char* n = SignalName(exit_code - 128);
    if (n != nullptr) return fmt::format("exit {} (killed by {})", exit_code, n);
  }
  return fmt::format("exit {}", exit_code);
}

std::vector<std::string> ShellCommand(const std::string& command) {
  return {"/bin/sh", "-c", command};
}

void EnableOrphanReaping() {
  if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0) g_reaping.store(true);
}

Result<ProcessResult> RunProcess(const ProcessOptions& o) {
  if (o.argv.empty()) return Status::InvalidArgument("RunProcess: empty argv");
  ExecArgs exec;
  BuildExecArgs(o, exec);
  Pipes pipes;
  AVO_RETURN_IF_ERROR(OpenPipes(pipes));

  const auto start = Clock::now();
  Child child;
  AVO_ASSIGN_OR_RETURN(child.pid, Spawn(o, exec, pipes));
  child.deadline = start + o.timeout;
  Stream out(pipes.out[0], o.output_cap_bytes), err(pipes.err[0], o.output_cap_bytes);
  bool cancelled = false;
  while (true) {
    const auto now = Clock::now();
    if (o.cancelled && !cancelled && !child.exited && !child.timed_out && o.cancelled()) {
      cancelled = true;
      child.deadline = now;  // stopped the way a deadline stops it
    }
    EnforceDeadline(child, o.kill_grace, now);
    if (DonePumping(child, out.open || err.open, now)) break;
    if (!PumpOutput(out, err)) break;
  }
  pipes.CloseAll();
  Reap(child);
  ProcessResult r = Collect(child, out, err, start);
  r.cancelled = cancelled;
  return r;
}

std::string LastLine(std::string output) {
  while (!output.empty() && (output.back() == '\n' || output.back() == ' ')) output.pop_back();
  const auto eol = output.rfind('\n');
  if (eol != std::string::npos) output.erase(0, eol + 1);
  return output;
}

}  // namespace avo
