#include "avo/engine/export_checks.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

#include "avo/engine/run.h"
#include "avo/lineage/bundle.h"
#include "avo/lineage/trailers.h"
#include "avo/util/fs.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;

bool Close(double a, double b, double relative) {
  return std::fabs(a - b) <= relative * std::max(1.0, std::fabs(b));
}

// How a version and the attempt that committed it disagree, or "".
std::string Disagreement(const AttemptRecord& a, const Version& v,
                         const std::map<std::string, double>& configs) {
  if (a.version != v.number) return fmt::format("it names v{}", a.version);
  if (!Close(a.scalar, v.scalar, 1e-9))
    return fmt::format("its score is {:.6g}, the commit's avo-score.json says {:.6g}", a.scalar,
                       v.scalar);
  std::set<std::string> named;
  for (const auto& c : v.score.value("configs", nlohmann::json::array())) {
    if (!c.is_object()) continue;
    const std::string name = c.value("name", "");
    named.insert(name);
    auto it = configs.find(name);
    const double value = c.value("value", 0.0);
    if (it == configs.end() || !Close(it->second, value, 1e-9))
      return fmt::format("configuration '{}' is {} in the archive, {:.6g} in avo-score.json", name,
                         it == configs.end() ? "missing" : fmt::format("{:.6g}", it->second),
                         value);
  }
  if (named.size() != configs.size())
    return fmt::format("the archive holds {} configurations, avo-score.json {}", configs.size(),
                       named.size());
  // The trailers avo wrote with the commit, where it wrote them.
  auto trailer = [&v](const char* key) -> const std::string* {
    auto it = v.trailers.find(key);
    return it == v.trailers.end() ? nullptr : &it->second;
  };
  if (const std::string* t = trailer(trailer::kAttempt); t && *t != std::to_string(a.id))
    return fmt::format("the commit's {} trailer says {}", trailer::kAttempt, *t);
  if (const std::string* t = trailer(trailer::kStep); t && *t != std::to_string(a.step))
    return fmt::format("the commit's {} trailer says {}, the archive step {}", trailer::kStep, *t,
                       a.step);
  if (const std::string* t = trailer(trailer::kOperator); t && *t != a.op)
    return fmt::format("the commit's {} trailer says {}, the archive {}", trailer::kOperator, *t,
                       a.op);
  if (const std::string* t = trailer(trailer::kScalar);
      t && !Close(std::strtod(t->c_str(), nullptr), a.scalar, 5e-6))
    return fmt::format("the commit's {} trailer says {}, the archive {:.6g}", trailer::kScalar, *t,
                       a.scalar);
  return "";
}

}  // namespace

std::uint64_t ExportFileCap(const std::string& name) {
  if (name == "lineage.bundle") return 8192 * kMiB;
  if (name == "archive.sql") return 2048 * kMiB;
  if (name == "transcript.jsonl" || name == "exec.log") return 256 * kMiB;
  return 16 * kMiB;  // export.json, run.json, trusted.json, avo.toml, notes.md, message.txt...
}

Status CheckPlainFile(const fs::path& path, std::uint64_t cap, bool optional) {
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0) {
    if (errno == ENOENT && optional) return Status::Ok();
    return Status::InvalidArgument(fmt::format("{}: {}", path.string(), std::strerror(errno)));
  }
  if (S_ISLNK(st.st_mode))
    return Status::InvalidArgument(path.string() +
                                   ": a symbolic link; an export holds only plain files");
  if (!S_ISREG(st.st_mode)) return Status::InvalidArgument(path.string() + ": not a regular file");
  if (static_cast<std::uint64_t>(st.st_size) > cap)
    return Status::InvalidArgument(fmt::format("{}: {} MiB, above the {} MiB an import reads",
                                               path.string(), st.st_size >> 20, cap >> 20));
  return Status::Ok();
}

Status CheckPlainDirectory(const fs::path& path) {
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0)
    return Status::InvalidArgument(fmt::format("{}: {}", path.string(), std::strerror(errno)));
  if (S_ISLNK(st.st_mode))
    return Status::InvalidArgument(path.string() +
                                   ": a symbolic link; an export holds only plain directories");
  if (!S_ISDIR(st.st_mode)) return Status::InvalidArgument(path.string() + ": not a directory");
  return Status::Ok();
}

Status CopyPlainFile(const fs::path& from, const fs::path& to, std::uint64_t cap) {
  AVO_RETURN_IF_ERROR(CheckPlainFile(from, cap, false));
  // Opened without following a link, so a link swapped in after the check is refused too.
  const int fd = open(from.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return Status::InvalidArgument(fmt::format("{}: {}", from.string(), std::strerror(errno)));
  std::string content;
  char buf[65536];
  ssize_t got = 0;
  while ((got = read(fd, buf, sizeof buf)) > 0 || (got < 0 && errno == EINTR)) {
    if (got > 0) content.append(buf, static_cast<std::size_t>(got));
    if (content.size() > cap) break;
  }
  close(fd);
  if (got < 0)
    return Status::IoError(fmt::format("read {}: {}", from.string(), std::strerror(errno)));
  if (content.size() > cap)
    return Status::InvalidArgument(from.string() + ": grew beyond its bound while read");
  return WriteFile(to, content);
}

Status CheckPlainTree(const fs::path& dir) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; it != end && !ec; it.increment(ec)) {
    const fs::file_status st = it->symlink_status(ec);
    if (ec) break;
    if (fs::is_directory(st) || fs::is_regular_file(st)) continue;
    return Status::InvalidArgument(
        fmt::format("{}: {} in the export's task snapshot; a task holds only files and directories",
                    it->path().lexically_relative(dir.parent_path()).string(),
                    fs::is_symlink(st) ? "a symbolic link" : "a special file"));
  }
  if (ec) return Status::IoError(fmt::format("read {}: {}", dir.string(), ec.message()));
  return Status::Ok();
}

Status CheckRunRefs(const fs::path& git_dir, int islands) {
  std::set<std::string> allowed = {"refs/heads/main", kTaskRef};
  for (int i = 1; i < islands; ++i) allowed.insert("refs/heads/" + IslandBranch(i));
  AVO_ASSIGN_OR_RETURN(std::vector<std::string> refs, ListRefs(git_dir));
  for (const std::string& ref : refs) {
    if (allowed.count(ref) != 0) continue;
    return Status::InvalidArgument(fmt::format(
        "lineage.bundle carries {}, not a ref of this run; an avo export carries refs/heads/main, "
        "refs/heads/island-<i> for each of the run's {} island(s) and {}",
        ref, islands, kTaskRef));
  }
  return Status::Ok();
}

Status CheckClaims(Run& run) {
  AVO_ASSIGN_OR_RETURN(auto attempts, run.archive().Attempts());
  for (int island = 0; island < run.islands(); ++island) {
    AVO_ASSIGN_OR_RETURN(auto versions, run.lineage(island).Versions());
    std::map<std::string, const Version*> by_commit;
    for (const auto& v : versions) by_commit[v.commit] = &v;
    for (const auto& a : attempts) {
      if (a.status != "committed" || a.island != island) continue;
      auto it = by_commit.find(a.commit);
      if (it == by_commit.end()) continue;  // CheckAgreement names a missing version
      AVO_ASSIGN_OR_RETURN(auto configs, run.archive().ConfigValues(a.id));
      const std::string why = Disagreement(a, *it->second, configs);
      if (why.empty()) continue;
      return Status::InvalidArgument(fmt::format(
          "the archive's attempt {} does not match the lineage's v{} (commit {}): {}; the "
          "archive or the lineage was edited",
          a.id, it->second->number, a.commit.substr(0, 12), why));
    }
  }
  return Status::Ok();
}

void RemoveStaleStaging(const fs::path& target) {
  const std::string prefix = "." + target.filename().string() + ".";
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(target.parent_path(), ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    // ".NAME.WHAT-PID-RANDOM": the PID of the process that made it.
    const auto last = name.rfind('-');
    if (last == std::string::npos || last == 0) continue;
    const auto before = name.rfind('-', last - 1);
    if (before == std::string::npos || before < prefix.size()) continue;
    const std::string pid_text = name.substr(before + 1, last - before - 1);
    if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos ||
        pid_text.size() > 9)
      continue;
    const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
    if (pid <= 0 || pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH) continue;
    fs::remove_all(e.path(), ec);
  }
}

}  // namespace avo
