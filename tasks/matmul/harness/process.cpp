#include "process.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <thread>

#include "protocol.h"

namespace matmul_harness {
namespace {

#if defined(__x86_64__)
constexpr std::uint32_t kAuditArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr std::uint32_t kAuditArch = AUDIT_ARCH_AARCH64;
#endif

// In the forked child, before exec: async-signal-safe calls only.
void DropPrivileges() {
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  // Errors are expected and harmless: without CAP_SETPCAP there is nothing to drop here, and
  // past the last capability PR_CAPBSET_DROP says EINVAL.
  for (unsigned long cap = 0; cap < 64; ++cap) prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
  syscall(SYS_capset, &header, data);
}

// ptrace, process_vm_readv/writev and pidfd_getfd fail with EPERM; so does any system call of
// another ABI (32-bit, x32), whose numbers the filter does not know.
void DenyTracing() {
#if defined(__x86_64__) || defined(__aarch64__)
  constexpr std::uint32_t kDeny = SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA);
  sock_filter filter[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, kAuditArch, 1, 0),
    BPF_STMT(BPF_RET | BPF_K, kDeny),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
#if defined(__x86_64__)
    BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000U /* __X32_SYSCALL_BIT */, 4, 0),
#else
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ptrace, 4, 0),
#endif
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ptrace, 3, 0),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_process_vm_readv, 2, 0),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_process_vm_writev, 1, 0),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 438 /* __NR_pidfd_getfd, both ABIs */, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, kDeny),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  sock_fprog program{static_cast<unsigned short>(sizeof filter / sizeof filter[0]), filter};
  prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program, 0, 0);
#endif
}

[[noreturn]] void BecomeWorker(const std::string& path, int shm_fd, char* const argv[],
                               char* const envp[], pid_t harness, int report_fd) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (getppid() != harness) _exit(127);  // the harness died before the line above
  int err = 0;
  if (shm_fd == matmul_protocol::kShmFd) {
    if (fcntl(shm_fd, F_SETFD, 0) != 0) err = errno;
  } else if (dup2(shm_fd, matmul_protocol::kShmFd) < 0) {
    err = errno;
  }
  if (err == 0) {
    // Every other descriptor closes at exec (the report pipe too, which tells the harness that
    // exec succeeded). Kernels before 5.11 lack close_range: the harness opens its own O_CLOEXEC.
    syscall(SYS_close_range, matmul_protocol::kShmFd + 1, ~0U, 4U /* CLOSE_RANGE_CLOEXEC */);
    DropPrivileges();
    DenyTracing();
    execve(path.c_str(), argv, envp);
    err = errno;
  }
  if (write(report_fd, &err, sizeof err) < 0) _exit(126);
  _exit(127);
}

// The children of `parent`, from /proc/*/stat (the field after the command's closing paren).
std::vector<pid_t> ChildrenOf(pid_t parent) {
  std::vector<pid_t> out;
  DIR* proc = opendir("/proc");
  if (proc == nullptr) return out;
  while (dirent* e = readdir(proc)) {
    char* end = nullptr;
    const long pid = std::strtol(e->d_name, &end, 10);
    if (pid <= 0 || *end != '\0') continue;
    std::ifstream in(std::string("/proc/") + e->d_name + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto paren = stat.rfind(')');
    if (paren == std::string::npos || paren + 4 >= stat.size()) continue;
    const long ppid = std::strtol(stat.c_str() + paren + 4, nullptr, 10);  // ") S PPID"
    if (ppid == parent) out.push_back(static_cast<pid_t>(pid));
  }
  closedir(proc);
  return out;
}

}  // namespace

pid_t SpawnWorker(const std::string& path, int shm_fd, const std::vector<std::string>& env,
                  std::string* error) {
  // Everything the child needs is allocated before fork.
  std::vector<char*> argv = {const_cast<char*>(path.c_str()), nullptr};
  std::vector<char*> envp;
  envp.reserve(env.size() + 1);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) {
    *error = std::string("pipe: ") + std::strerror(errno);
    return -1;
  }
  const pid_t harness = getpid();
  const pid_t pid = fork();
  if (pid == 0) BecomeWorker(path, shm_fd, argv.data(), envp.data(), harness, report[1]);
  close(report[1]);
  if (pid < 0) {
    *error = std::string("fork: ") + std::strerror(errno);
    close(report[0]);
    return -1;
  }
  setpgid(pid, pid);  // also here, so the group exists whichever side runs first
  int exec_errno = 0;
  ssize_t got = 0;
  do {
    got = read(report[0], &exec_errno, sizeof exec_errno);
  } while (got < 0 && errno == EINTR);
  close(report[0]);
  if (got == 0) return pid;  // the pipe closed at exec
  int status = 0;
  waitpid(pid, &status, 0);
  *error = "cannot start " + path + ": " +
           (got == sizeof exec_errno ? std::strerror(exec_errno) : "the child failed before exec");
  return -1;
}

bool KillAllDescendants(pid_t group, double limit_s) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(limit_s);
  if (group > 0) kill(-group, SIGKILL);
  for (;;) {
    for (pid_t child : ChildrenOf(getpid())) kill(child, SIGKILL);
    for (;;) {
      int status = 0;
      const pid_t r = waitpid(-1, &status, WNOHANG);
      if (r > 0 || (r < 0 && errno == EINTR)) continue;
      if (r < 0 && errno == ECHILD) return true;
      break;  // children remain that have not ended yet (or were just inherited)
    }
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

std::string DescribeStatus(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return "was killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  return "stopped (wait status " + std::to_string(status) + ")";
}

}  // namespace matmul_harness
