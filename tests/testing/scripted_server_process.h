// The scripted LLM server (avo-scripted-llm) as a child process, for tests that run the real
// avo binary against it; killed when the object goes, and with the test process (it exits when
// its stdin closes). Header-only: AVO_SCRIPTED_LLM is defined for the test binaries.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace avo::testing {

// Serves `script` (ParseScript's JSON), appending every request to `requests` as it arrives.
class ScriptedServerProcess {
 public:
  ScriptedServerProcess(const std::filesystem::path& script,
                        const std::filesystem::path& requests) {
    int out[2];
    int in[2];
    if (pipe(out) != 0 || pipe(in) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      dup2(in[0], STDIN_FILENO);
      close(out[0]);
      close(in[1]);
      execl(AVO_SCRIPTED_LLM, AVO_SCRIPTED_LLM, script.c_str(), "--requests", requests.c_str(),
            "--exit-on-stdin-eof", nullptr);
      _exit(127);
    }
    close(out[1]);
    close(in[0]);
    stdin_ = in[1];
    std::string line;
    char c = 0;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    if (line.rfind("port ", 0) == 0) port_ = std::stoi(line.substr(5));
  }
  ~ScriptedServerProcess() {
    if (stdin_ >= 0) close(stdin_);
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  [[nodiscard]] int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int stdin_ = -1;
  int port_ = 0;
};

}  // namespace avo::testing
