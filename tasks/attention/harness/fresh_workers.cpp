#include "fresh_workers.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "result_json.h"

namespace avo::attention {
namespace {

bool read_text(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return static_cast<bool>(in) || in.eof();
}

nlohmann::json failed_figures(const std::string& why) {
  return {{"correct", false},
          {"value", 0},
          {"samples", nlohmann::json::array()},
          {"errors", nlohmann::json::object()},
          {"message", why}};
}

// Fails configuration `index` of the result at `path` for `why`, with as many interleaved
// records as the configurations around it carry, so that the result keeps one shape.
bool fail_config(const std::string& path, size_t index, const std::string& why) {
  std::string text;
  if (!read_text(path, &text)) return false;
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (!doc.is_object() || !doc["configs"].is_array() || index >= doc["configs"].size())
    return false;
  nlohmann::json& configs = doc["configs"];
  size_t modules = 0;
  for (const auto& c : configs) {
    if (c.contains("interleaved") && c["interleaved"].is_array())
      modules = std::max(modules, c["interleaved"].size());
  }
  nlohmann::json entry = failed_figures(why);
  entry["name"] = configs[index].value("name", "");
  entry["unit"] = kUnit;
  if (modules > 0) {
    entry["interleaved"] = nlohmann::json::array();
    for (size_t k = 0; k < modules; ++k) entry["interleaved"].push_back(failed_figures(why));
  }
  configs[index] = std::move(entry);
  return write_result_atomically(path, doc);
}

// Starts the worker; it dies with this process (a killed harness leaves no GPU work behind). An
// exec that fails is reported through a close-on-exec pipe: a worker that never ran says
// nothing about the candidate.
pid_t start_worker(const std::vector<std::string>& argv, std::string* error) {
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) {
    *error = std::string("cannot start a worker: ") + std::strerror(errno);
    return -1;
  }
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    *error = std::string("cannot start a worker: ") + std::strerror(errno);
    close(report[0]);
    close(report[1]);
    return -1;
  }
  if (pid == 0) {
    close(report[0]);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);  // the parent died before the line above
    execv(args[0], args.data());
    const int err = errno;
    ssize_t ignored = write(report[1], &err, sizeof err);
    (void)ignored;
    _exit(127);
  }
  close(report[1]);
  int err = 0;
  ssize_t got = 0;
  while ((got = read(report[0], &err, sizeof err)) < 0 && errno == EINTR) {
  }
  close(report[0]);
  if (got == static_cast<ssize_t>(sizeof err)) {
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
    *error = "cannot run the worker " + argv[0] + ": " + std::strerror(err);
    return -1;
  }
  return pid;
}

long first_not_measured_in(const nlohmann::json& doc);

// How far the result at `path` is: its first configuration not measured, and how many it has
// (next = -1 when it cannot be read as an evaluation).
struct Progress {
  long next = -1;
  long total = 0;
};

Progress read_progress(const std::string& path) {
  Progress p;
  std::string text;
  if (!read_text(path, &text)) return p;
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  p.next = first_not_measured_in(doc);
  if (p.next >= 0) p.total = static_cast<long>(doc["configs"].size());
  return p;
}

WorkerExit wait_worker(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  WorkerExit out;
  if (WIFEXITED(status)) out.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
  return out;
}

}  // namespace

std::string WorkerExit::describe() const {
  if (signal != 0) {
    // strsignal, not sigabbrev_np: the harness also runs where glibc is older than 2.32.
    const char* name = strsignal(signal);
    return "killed by signal " + std::to_string(signal) +
           (name != nullptr ? std::string(", ") + name : "");
  }
  return "exit status " + std::to_string(exit_code);
}

long first_not_measured(const std::string& result) {
  return first_not_measured_in(nlohmann::json::parse(result, nullptr, false));
}

namespace {

long first_not_measured_in(const nlohmann::json& doc) {
  if (!doc.is_object() || !doc.contains("configs") || !doc["configs"].is_array()) return -1;
  const nlohmann::json& configs = doc["configs"];
  for (size_t i = 0; i < configs.size(); ++i) {
    const nlohmann::json& c = configs[i];
    if (!c.is_object()) return -1;
    const auto m = c.find("message");
    if (m != c.end() && m->is_string() && m->get<std::string>().rfind(kNotMeasured, 0) == 0)
      return static_cast<long>(i);
  }
  return static_cast<long>(configs.size());
}

}  // namespace

bool write_unmeasured(const std::string& path, const std::vector<std::string>& names) {
  nlohmann::json doc = {{"schema", kSchema},
                        {"configs", nlohmann::json::array()},
                        {"diagnostics", nlohmann::json::object()}};
  for (const std::string& n : names) {
    nlohmann::json c = failed_figures(std::string(kNotMeasured) + ": no worker has reached it");
    c["name"] = n;
    c["unit"] = kUnit;
    doc["configs"].push_back(std::move(c));
  }
  return write_result_atomically(path, doc);
}

int run_in_fresh_workers(const std::vector<std::string>& worker_argv,
                         const std::string& result_path, std::string* error) {
  Progress at = read_progress(result_path);
  if (at.next < 0) {
    *error = "the result file " + result_path + " is not an evaluation";
    return 2;
  }
  // Each worker measures at least the configuration it starts at, or it is failed below: no
  // more workers than configurations.
  while (at.next < at.total) {
    const long from = at.next;
    std::vector<std::string> argv = worker_argv;
    argv.insert(argv.end(), {"--from", std::to_string(from)});
    const pid_t pid = start_worker(argv, error);
    if (pid < 0) return 2;
    const WorkerExit how = wait_worker(pid);
    if (how.signal == 0 && how.exit_code == 2) return 2;  // the request itself is bad
    at = read_progress(result_path);
    if (at.next < 0) {
      *error = "a worker (" + how.describe() + ") left " + result_path + " unreadable";
      return 2;
    }
    if (at.next >= at.total) break;
    // A worker that ends on its own says so by its status; any other end (a crash, a signal)
    // happened inside the first configuration it had not written, as did a stop with no
    // progress.
    const bool announced =
        how.signal == 0 && (how.exit_code == 0 || how.exit_code == kWorkerStoppedEarly);
    if (announced && at.next > from) continue;
    const std::string why = "the harness's worker process ended in this configuration (" +
                            how.describe() + "); the configurations after it run in a new one";
    if (!fail_config(result_path, static_cast<size_t>(at.next), why)) {
      *error = "cannot record the failure of configuration " + std::to_string(at.next) + " in " +
               result_path;
      return 2;
    }
    ++at.next;
  }
  return 0;
}

}  // namespace avo::attention
