#include "testing/kill.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <sstream>
#include <thread>

namespace avo::testing {

namespace {

pid_t Start(const std::vector<std::string>& args) {
  std::vector<std::string> copy = args;  // execv wants mutable strings
  std::vector<char*> argv;
  argv.reserve(copy.size() + 1);
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

}  // namespace

bool RunAndKillWhen(const std::vector<std::string>& args, const std::function<bool()>& ready,
                    int timeout_ms) {
  const pid_t pid = Start(args);
  if (pid < 0) return false;
  bool seen = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) return false;  // ended by itself
    if (ready()) {
      seen = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return seen;
}

int RunAndSignalWhen(const std::vector<std::string>& args, const std::function<bool()>& ready,
                     int sig, int timeout_ms, int grace_ms) {
  const pid_t pid = Start(args);
  if (pid < 0) return -1;
  auto exit_status = [](int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  };
  auto wait_until = [&](std::chrono::steady_clock::time_point deadline, const auto& done) {
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) return std::optional<int>(exit_status(status));
      if (done()) return std::optional<int>();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return std::optional<int>(-1);
  };
  const auto now = std::chrono::steady_clock::now;
  if (wait_until(now() + std::chrono::milliseconds(timeout_ms), ready)) return -1;  // never ready
  kill(pid, sig);
  auto ended = wait_until(now() + std::chrono::milliseconds(grace_ms), [] { return false; });
  return ended.value_or(-1);
}

void RunAndKill(const std::vector<std::string>& args, int ms) {
  const pid_t pid = Start(args);
  if (pid < 0) return;
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) {
    if (!l.empty()) out.push_back(l);
  }
  return out;
}

}  // namespace avo::testing
