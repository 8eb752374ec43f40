#include "reference_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>

namespace avo::kernel_judge {
namespace {

// A frame's JSON is small (names and shapes); anything larger is a broken runner.
constexpr uint64_t kMaxHeaderBytes = 1 << 20;

double now_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Waits until `fd` is ready for `events` or `deadline` passes: "" or "timed out".
std::string wait_ready(int fd, short events, double deadline) {
  for (;;) {
    const double left = deadline - now_s();
    if (left <= 0) return "timed out";
    pollfd p{fd, events, 0};
    const int r = poll(&p, 1, static_cast<int>(left * 1000) + 1);
    if (r > 0) return "";
    if (r < 0 && errno != EINTR) return std::string("poll: ") + std::strerror(errno);
  }
}

// send() with MSG_NOSIGNAL: a runner that died makes this an error, not a SIGPIPE.
std::string write_all(int fd, const uint8_t* data, size_t n, double deadline) {
  while (n > 0) {
    if (std::string why = wait_ready(fd, POLLOUT, deadline); !why.empty()) return why;
    const ssize_t w = send(fd, data, n, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (w < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return "the runner stopped reading";
    }
    data += w;
    n -= static_cast<size_t>(w);
  }
  return "";
}

std::string read_all(int fd, uint8_t* data, size_t n, double deadline) {
  while (n > 0) {
    if (std::string why = wait_ready(fd, POLLIN, deadline); !why.empty()) return why;
    const ssize_t r = recv(fd, data, n, MSG_DONTWAIT);
    if (r == 0) return "the runner exited";
    if (r < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return std::string("reading from the runner: ") + std::strerror(errno);
    }
    data += r;
    n -= static_cast<size_t>(r);
  }
  return "";
}

uint64_t element_count(const std::vector<int64_t>& shape) {
  uint64_t n = 1;
  for (int64_t e : shape) n *= static_cast<uint64_t>(e < 0 ? 0 : e);
  return n;
}

// The runner's answer read without throwing: json::value() throws on a value of another type,
// and a reference that writes to file descriptor 1 itself could put anything there.
bool answer_ok(const nlohmann::json& j) {
  const auto it = j.is_object() ? j.find("ok") : j.end();
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

// {"ok": false, "error": "..."}: the reference's own failure, after which the runner goes on.
bool reference_error(const nlohmann::json& j) {
  const auto ok = j.is_object() ? j.find("ok") : j.end();
  const auto error = j.is_object() ? j.find("error") : j.end();
  return ok != j.end() && ok->is_boolean() && !ok->get<bool>() && error != j.end() &&
         error->is_string();
}

std::string answer_error(const nlohmann::json& j, const char* otherwise) {
  const auto it = j.is_object() ? j.find("error") : j.end();
  return it != j.end() && it->is_string() ? it->get<std::string>() : otherwise;
}

// The byte count the answer gives for one output, or -1.
int64_t listed_bytes(const nlohmann::json& entry) {
  const auto it = entry.is_object() ? entry.find("bytes") : entry.end();
  return it != entry.end() && it->is_number_unsigned() ? it->get<int64_t>() : -1;
}

nlohmann::json describe(const std::vector<ReferenceTensor>& tensors) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : tensors)
    out.push_back({{"name", t.name}, {"dtype", dtype_name(t.dtype)}, {"shape", t.shape}});
  return out;
}

}  // namespace

ReferenceProcess::~ReferenceProcess() { stop(); }

void ReferenceProcess::stop() {
  if (to_child_ >= 0) close(to_child_);
  to_child_ = from_child_ = -1;
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
}

std::string ReferenceProcess::fail(const std::string& why) {
  stop();
  return why;
}

std::string ReferenceProcess::start(const ReferenceSpec& spec, double timeout_s) {
  stop();
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    return std::string("reference: socketpair: ") + std::strerror(errno);
  std::vector<std::string> args = {spec.python, spec.runner,   spec.task_dir,
                                   spec.file,   spec.function, spec.framework};
  // Built before fork(): the child of a threaded process may only make async-signal-safe calls.
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_ = fork();
  if (pid_ == 0) {
    // The child: its stdin and stdout are the socket (dup2 clears close-on-exec on the copies).
    dup2(sv[1], 0);
    dup2(sv[1], 1);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  close(sv[1]);
  if (pid_ < 0) {
    close(sv[0]);
    return std::string("reference: fork: ") + std::strerror(errno);
  }
  to_child_ = from_child_ = sv[0];
  std::string header;
  if (std::string why = read_frame(&header, now_s() + timeout_s); !why.empty())
    return fail("reference runner (" + spec.python + " " + spec.runner + "): " + why +
                " before it was ready");
  const auto j = nlohmann::json::parse(header, nullptr, false);
  if (!answer_ok(j)) return fail(answer_error(j, "reference: the runner refused to start"));
  return "";
}

std::string ReferenceProcess::read_frame(std::string* header, double deadline) {
  uint8_t size[8] = {};
  if (std::string why = read_all(from_child_, size, 8, deadline); !why.empty()) return why;
  uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = n << 8 | size[i];
  if (n > kMaxHeaderBytes) return "a frame of " + std::to_string(n) + " bytes";
  header->assign(n, '\0');
  return read_all(from_child_, reinterpret_cast<uint8_t*>(header->data()), n, deadline);
}

std::string ReferenceProcess::send(const nlohmann::json& request,
                                   const std::vector<ReferenceTensor>& inputs, double deadline,
                                   std::string* answer) {
  if (!running()) return "reference: not running";
  for (const auto& t : inputs) {
    if (t.bytes.size() != element_count(t.shape) * static_cast<uint64_t>(dtype_bytes(t.dtype)))
      return "reference: input '" + t.name + "' has " + std::to_string(t.bytes.size()) +
             " bytes, not what its shape and dtype take";
  }
  const std::string body = request.dump();
  uint8_t size[8] = {};
  for (int i = 0; i < 8; ++i) size[i] = static_cast<uint8_t>(uint64_t{body.size()} >> (8 * i));
  std::string why = write_all(to_child_, size, 8, deadline);
  if (why.empty())
    why =
        write_all(to_child_, reinterpret_cast<const uint8_t*>(body.data()), body.size(), deadline);
  for (size_t i = 0; why.empty() && i < inputs.size(); ++i)
    why = write_all(to_child_, inputs[i].bytes.data(), inputs[i].bytes.size(), deadline);
  if (why.empty()) why = read_frame(answer, deadline);
  return why.empty() ? "" : fail("reference: " + why);
}

std::string ReferenceProcess::run(const std::vector<ReferenceTensor>& inputs,
                                  std::vector<ReferenceTensor>* outputs, double timeout_s) {
  const double deadline = now_s() + timeout_s;
  std::string header;
  const nlohmann::json request = {{"inputs", describe(inputs)}, {"outputs", describe(*outputs)}};
  if (std::string why = send(request, inputs, deadline, &header); !why.empty()) return why;
  const auto j = nlohmann::json::parse(header, nullptr, false);
  if (!j.is_object()) return fail("reference: the runner's answer is not JSON");
  if (reference_error(j)) return answer_error(j, "reference: failed");  // the runner goes on
  if (!answer_ok(j)) return fail("reference: the runner's answer is malformed");
  const auto it = j.find("outputs");
  const nlohmann::json listed = it != j.end() ? *it : nlohmann::json();
  if (!listed.is_array() || listed.size() != outputs->size())
    return fail("reference: the runner answered with another number of outputs");
  for (size_t i = 0; i < outputs->size(); ++i) {
    ReferenceTensor& o = (*outputs)[i];
    const uint64_t want = element_count(o.shape) * static_cast<uint64_t>(dtype_bytes(o.dtype));
    if (listed_bytes(listed[i]) != static_cast<int64_t>(want))
      return fail("reference: output '" + o.name + "' came back with another size");
    o.bytes.assign(want, 0);
    if (std::string why = read_all(from_child_, o.bytes.data(), want, deadline); !why.empty())
      return fail("reference: " + why);
  }
  return "";
}

std::string ReferenceProcess::time(const std::string& function,
                                   const std::vector<ReferenceTensor>& inputs, int reps,
                                   double timeout_s, std::vector<double>* ms) {
  std::string header;
  const nlohmann::json request = {{"inputs", describe(inputs)},
                                  {"outputs", nlohmann::json::array()},
                                  {"time", {{"function", function}, {"reps", reps}}}};
  if (std::string why = send(request, inputs, now_s() + timeout_s, &header); !why.empty())
    return why;
  const auto j = nlohmann::json::parse(header, nullptr, false);
  if (!j.is_object()) return fail("reference: the runner's answer is not JSON");
  if (reference_error(j)) return answer_error(j, "reference: failed");
  const auto it = j.find("ms");
  if (!answer_ok(j) || it == j.end() || !it->is_array() || it->empty())
    return fail("reference: the runner's timing answer is malformed");
  ms->clear();
  for (const auto& v : *it) {
    if (!v.is_number() || v.get<double>() <= 0)
      return fail("reference: the runner's timing answer is malformed");
    ms->push_back(v.get<double>());
  }
  return "";
}

}  // namespace avo::kernel_judge
