#include "avo/eval/slurm_launcher.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/stat.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

#include "avo/util/fs.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// The Slurm client programs with avo's own environment (SLURM_CONF and the like), briefly.
ProcessResult Client(const std::vector<std::string>& argv, int timeout_s = 60) {
  ProcessOptions p;
  p.argv = argv;
  p.timeout = std::chrono::seconds(timeout_s);
  auto r = RunProcess(p);
  if (r.ok()) return *r;
  ProcessResult failed;
  failed.err = r.status().message();
  return failed;
}

// A file's content cut to `cap` bytes as RunProcess cuts output: the first and the last half.
std::string ReadCapped(const fs::path& path, std::size_t cap, std::uint64_t* total) {
  auto text = ReadFile(path);
  if (!text.ok()) {
    *total = 0;
    return "";
  }
  *total = text->size();
  const std::size_t half = std::max<std::size_t>(cap / 2, 1);
  if (text->size() <= 2 * half) return *text;
  return text->substr(0, half) +
         fmt::format("\n[... {} bytes dropped ...]\n", text->size() - 2 * half) +
         text->substr(text->size() - half);
}

// A job's state as squeue, then sacct, tell it; "" when neither knows the job (purged from the
// controller's memory and no accounting) or the controller cannot be reached.
std::string JobState(const std::string& id, bool* known) {
  // -a: jobs of hidden partitions too (a running job must never look gone).
  ProcessResult q = Client({"squeue", "-a", "-h", "-j", id, "--states=all", "-o", "%T"}, 30);
  std::string state = q.out.substr(0, q.out.find('\n'));
  if (q.ok() && !state.empty()) {
    *known = true;
    return state;
  }
  const bool controller_up = q.ok() || q.err.find("Invalid job id") != std::string::npos;
  ProcessResult a = Client({"sacct", "-n", "-X", "-P", "-j", id, "-o", "State"}, 30);
  state = a.out.substr(0, a.out.find('\n'));
  if (a.ok() && !state.empty()) {
    *known = true;
    return state.substr(0, state.find(' '));  // "CANCELLED by 0" -> CANCELLED
  }
  // squeue answered and does not know the job: it ended long enough ago to be purged.
  *known = controller_up;
  return "";
}

bool StillAlive(const std::string& state) {
  for (const char* s :
       {"PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "SUSPENDED", "REQUEUED", "REQUEUE_HOLD",
        "REQUEUE_FED", "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED"}) {
    if (state == s) return true;
  }
  return false;
}

void Cancel(const std::string& id) {
  // Best effort: a job that cannot be cancelled now ends itself once its heartbeat is stale.
  (void)Client({"scancel", id}, 30);
}

// Sets the file's time to now as its file system sees it (utimensat with no times: on NFS the
// server's clock, the one the job's node compares with), so that clocks apart do not matter.
void Touch(const fs::path& p) {
  if (utimensat(AT_FDCWD, p.c_str(), nullptr, 0) != 0) std::ofstream(p).put('\n');
}

// Touches a job's heartbeat every 2 s from a thread of its own while avo waits for the job, so
// that nothing the waiting does (a squeue that takes a minute) makes a healthy job look
// abandoned.
class Heartbeat {
 public:
  explicit Heartbeat(fs::path file) : file_(std::move(file)), thread_([this] { Beat(); }) {}
  ~Heartbeat() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  Heartbeat(const Heartbeat&) = delete;
  Heartbeat& operator=(const Heartbeat&) = delete;

 private:
  void Beat() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stop_) {
      Touch(file_);
      cv_.wait_for(lock, std::chrono::seconds(2), [this] { return stop_; });
    }
  }
  fs::path file_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;  // last: started once the members it uses exist
};

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

std::string SlurmJobScript(const ProcessOptions& o, const fs::path& dir, double heartbeat_s) {
  const std::string d = Quote(dir.string());
  std::string env;
  for (const auto& [k, v] : o.env) env += " " + Quote(k + "=" + v);
  if (o.env.count("CUDA_VISIBLE_DEVICES") == 0) {
    // The GPUs Slurm gave the job (--gres) reach the command when avo named none.
    env += " ${CUDA_VISIBLE_DEVICES+\"CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES\"}";
  }
  std::string argv;
  for (const auto& a : o.argv) argv += " " + Quote(a);
  std::string limits;
  if (o.memory_limit_bytes > 0) limits += fmt::format("ulimit -v {}; ", o.memory_limit_bytes >> 10);
  if (o.cpu_limit_s > 0) limits += fmt::format("ulimit -t {}; ", o.cpu_limit_s);
  if (o.file_size_limit_bytes > 0) {
    limits += fmt::format("ulimit -f {}; ", (o.file_size_limit_bytes + 511) / 512);
  }
  const long hb = std::lround(std::max(heartbeat_s, 2.0));
  std::ostringstream s;
  s << "#!/bin/sh\n"
    << "# avo: one command of an evaluation, as a Slurm job (eval/slurm_launcher.h)\n"
    << "D=" << d << "\n"
    << "date +%s.%N > \"$D/started\"\n"
    << "finish() { echo \"$1 $2 $3\" > \"$D/exit.tmp\" && mv \"$D/exit.tmp\" \"$D/exit\"; }\n"
    << "# avo touches the heartbeat while it waits; once it goes stale, the job ends itself.\n"
    << "(while sleep 2; do\n"
    << "   age=$(( $(date +%s) - $(stat -c %Y \"$D/heartbeat\" 2>/dev/null || echo 0) ))\n"
    << "   if [ \"$age\" -gt " << hb << " ]; then\n"
    << "     echo \"avo stopped touching $D/heartbeat ${age}s ago\" > \"$D/orphaned\"\n"
    << "     scancel \"$SLURM_JOB_ID\" 2>/dev/null || kill -KILL 0\n"
    << "   fi\n"
    << " done) &\n"
    << "W=$!\n"
    << "cd " << Quote(o.cwd.empty() ? dir.string() : o.cwd.string())
    << " || { kill $W; finish 126 0 0; exit 0; }\n"
    << "T0=$(date +%s.%N)\n"
    << "(" << limits << "exec env -i" << env << argv << ") < "
    << (o.stdin_data ? "\"$D/stdin\"" : "/dev/null") << " > \"$D/out\" 2> \"$D/err\"\n"
    << "RC=$?\n"
    << "T1=$(date +%s.%N)\n"
    << "kill $W 2>/dev/null\n"
    << "finish \"$RC\" \"$T0\" \"$T1\"\n";
  return s.str();
}

SlurmLauncher::SlurmLauncher(SlurmSettings settings, fs::path jobs_dir)
    : settings_(std::move(settings)), jobs_dir_(std::move(jobs_dir)) {}

std::string SlurmLauncher::Describe() const {
  return settings_.partition.empty() ? "slurm" : "slurm:" + settings_.partition;
}

std::vector<std::string> SlurmLauncher::SbatchArgv(const fs::path& dir, const std::string& label,
                                                   double timeout_s) const {
  std::string time = settings_.time;
  if (time.empty()) {
    // Slurm's own limit is a backstop behind avo's deadline (which cancels the job first).
    time = std::to_string(static_cast<long>(std::ceil((timeout_s + 120) / 60)));
  }
  std::vector<std::string> argv = {"sbatch",
                                   "--parsable",
                                   "--job-name=avo-" + (label.empty() ? "eval" : label),
                                   "--output=" + (dir / "slurm.out").string(),
                                   "--chdir=" + dir.string(),
                                   "--time=" + time};
  if (!settings_.partition.empty()) argv.push_back("--partition=" + settings_.partition);
  if (!settings_.account.empty()) argv.push_back("--account=" + settings_.account);
  if (!settings_.gres.empty()) argv.push_back("--gres=" + settings_.gres);
  argv.insert(argv.end(), settings_.sbatch_args.begin(), settings_.sbatch_args.end());
  argv.push_back((dir / "job.sh").string());
  return argv;
}

Result<fs::path> SlurmLauncher::PrepareJob(const ProcessOptions& o) {
  std::random_device rd;
  const fs::path dir =
      jobs_dir_ / fmt::format("j{:06}-{:08x}", counter_++ % 1000000, rd() & 0xffffffffu);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    return Status::IoError(fmt::format("slurm: cannot make {}: {}", dir.string(), ec.message()));
  }
  Touch(dir / "heartbeat");
  if (o.stdin_data) AVO_RETURN_IF_ERROR(WriteFile(dir / "stdin", *o.stdin_data));
  AVO_RETURN_IF_ERROR(WriteFile(dir / "job.sh", SlurmJobScript(o, dir, settings_.heartbeat_s)));
  return dir;
}

Result<std::string> SlurmLauncher::Submit(const fs::path& dir, const std::string& label,
                                          double timeout_s) const {
  ProcessResult sub = Client(SbatchArgv(dir, label, timeout_s));
  const std::string id = sub.out.substr(0, sub.out.find_first_of(";\n"));
  if (!sub.ok() || id.empty() || id.find_first_not_of("0123456789_") != std::string::npos) {
    return Status::Unavailable(fmt::format("slurm: sbatch {}: {}", sub.Describe(),
                                           LastLine(sub.err.empty() ? sub.out : sub.err)));
  }
  // Best effort: without it a resumed run cannot cancel the job, which still ends itself.
  IgnoreError(WriteFile(dir / "jobid", id + "\n"));
  return id;
}

Result<ProcessResult> SlurmLauncher::Run(const ProcessOptions& o, const std::string& label) {
  AVO_ASSIGN_OR_RETURN(const fs::path dir, PrepareJob(o));
  std::error_code ec;
  auto id = Submit(dir, label, std::chrono::duration<double>(o.timeout).count());
  if (!id.ok()) {
    fs::remove_all(dir, ec);
    return id.status();
  }
  Result<ProcessResult> r = [&] {
    const Heartbeat beat(dir / "heartbeat");
    return Wait(o, dir, *id);
  }();
  // What the job wrote is in the result now; its directory would only fill the shared disk.
  fs::remove_all(dir, ec);
  return r;
}

ProcessResult SlurmLauncher::Collect(const ProcessOptions& o, const fs::path& dir) {
  ProcessResult r;
  r.out = ReadCapped(dir / "out", o.output_cap_bytes, &r.out_bytes);
  r.err = ReadCapped(dir / "err", o.output_cap_bytes, &r.err_bytes);
  return r;
}

Result<ProcessResult> SlurmLauncher::Wait(const ProcessOptions& o, const fs::path& dir,
                                          const std::string& id) const {
  const double timeout_s = std::chrono::duration<double>(o.timeout).count();
  const auto submitted = Clock::now();
  double started = -1;  // seconds after submission when the job was seen to start
  double ended = -1;    // ... and to have ended without a sentinel
  double last_state = 0;
  std::string state;
  std::error_code ec;
  while (true) {
    const double t = Since(submitted);
    if (auto text = ReadFile(dir / "exit"); text.ok()) {
      std::istringstream in(*text);
      int status = -1;
      double t0 = 0, t1 = 0;
      in >> status >> t0 >> t1;
      ProcessResult r = Collect(o, dir);
      if (status > 128 && status < 160) {
        r.term_signal = status - 128;  // how the shell reports a command killed by a signal
      } else {
        r.exit_code = status;
      }
      r.wall_s = t1 > t0 ? t1 - t0 : (started >= 0 ? t - started : 0);
      return r;
    }
    if (started < 0 && fs::exists(dir / "started", ec)) started = t;
    const bool cancelled = o.cancelled && o.cancelled();
    if (cancelled || (started >= 0 && t - started > timeout_s)) {
      // Only a job the cluster says is running has run out its own time; one the cluster
      // cannot account for was lost with its node.
      bool known = false;
      state = cancelled ? "" : JobState(id, &known);
      if (fs::exists(dir / "exit", ec)) continue;  // it ended just now
      Cancel(id);
      if (!cancelled && !(known && StillAlive(state))) {
        return Status::Unavailable(fmt::format(
            "slurm: job {} passed its timeout while the cluster reported it '{}': lost, not the "
            "candidate's failure",
            id, known ? state : "unreachable"));
      }
      ProcessResult r = Collect(o, dir);
      r.timed_out = true;
      r.cancelled = cancelled;
      r.wall_s = started >= 0 ? t - started : 0;
      return r;
    }
    if (started < 0 && t > settings_.queue_timeout_s) {
      Cancel(id);
      return Status::Unavailable(
          fmt::format("slurm: job {} waited in the queue for more than {:.0f} s", id,
                      settings_.queue_timeout_s));
    }
    if (t - last_state >= std::max(5.0, 4 * settings_.poll_s)) {
      last_state = t;
      bool known = false;
      state = JobState(id, &known);
      if (known && state == "PENDING" && started >= 0) {
        // Requeued (preempted, a node failed): its time in the queue again is not the
        // candidate's; the job writes `started` anew when it runs.
        started = -1;
        fs::remove(dir / "started", ec);
      }
      ended = known && !StillAlive(state) ? (ended < 0 ? t : ended) : -1;
    }
    if (ended >= 0 && t - ended > settings_.lost_grace_s && !fs::exists(dir / "exit", ec)) {
      if (state == "TIMEOUT") {  // Slurm's own time limit ([eval] time): the candidate's time
        ProcessResult r = Collect(o, dir);
        r.timed_out = true;
        r.wall_s = started >= 0 ? t - started : 0;
        return r;
      }
      std::string why = state.empty() ? "is no longer known to the cluster" : "ended " + state;
      if (auto note = ReadFile(dir / "orphaned"); note.ok()) why += " (" + LastLine(*note) + ")";
      return Status::Unavailable(
          fmt::format("slurm: job {} {} without writing its result: lost by the cluster, not the "
                      "candidate's failure",
                      id, why));
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(settings_.poll_s));
  }
}

int CancelLeftoverJobs(const fs::path& jobs_dir) {
  std::error_code ec;
  std::vector<std::string> argv = {"scancel"};
  for (const auto& entry : fs::directory_iterator(jobs_dir, ec)) {
    auto id = ReadFile(entry.path() / "jobid");
    if (!id.ok() || fs::exists(entry.path() / "exit", ec)) continue;
    argv.push_back(id->substr(0, id->find('\n')));
  }
  if (argv.size() == 1) return 0;
  // One call for all of them: a controller that cannot be reached costs one timeout, not one
  // per job (and the jobs end themselves once their heartbeats are stale).
  return Client(argv, 30).ok() ? static_cast<int>(argv.size() - 1) : 0;
}

}  // namespace avo
