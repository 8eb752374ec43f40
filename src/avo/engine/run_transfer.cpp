#include "avo/engine/run_transfer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>  // renameat2, RENAME_NOREPLACE
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "avo/archive/run_state.h"
#include "avo/archive/sql_text.h"
#include "avo/engine/export_checks.h"
#include "avo/engine/export_signature.h"
#include "avo/engine/run.h"
#include "avo/engine/run_config.h"
#include "avo/lineage/bundle.h"
#include "avo/lineage/trailers.h"
#include "avo/util/fs.h"
#include "avo/util/sha256.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

constexpr int kExportFormat = 1;
// Files of a run copied as they are, when present (their names as RunPaths spells them).
std::vector<std::string> RunFiles() {
  const RunPaths p("");
  return {p.run_json().filename(), p.trusted().filename(), p.run_config().filename(),
          p.notes().filename(), p.remeasure().filename()};
}
// Files whose SHA-256 export.json records and import checks before reading them.
const char* const kChecksummed[] = {"lineage.bundle", "archive.sql", "run.json", "trusted.json"};
// Files of RUN/steps/N/ copied (the workspace is not: the lineage holds every version).
std::vector<std::string> StepFiles() {
  const StepPaths p("");
  return {p.transcript().filename(), p.exec_message().filename(), p.exec_log().filename()};
}

// What a user typed, absolute and without a trailing separator ("exp/" names exp).
fs::path Normalized(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec).lexically_normal();
  if (!a.has_filename() && a.has_parent_path() && a != a.root_path()) a = a.parent_path();
  return a;
}

// A fresh hidden sibling of `target` for staging: unique per process and call, so that two avo
// processes working on one target never share (or delete) each other's staging.
fs::path StagingFor(const fs::path& target, const char* what) {
  std::random_device rd;
  return target.parent_path() /
         fmt::format(".{}.{}-{}-{:08x}", target.filename().string(), what, getpid(), rd());
}

// rename(2) that never replaces: EEXIST/ENOTEMPTY when something is already at `to`.
Status RenameNoReplace(const fs::path& from, const fs::path& to) {
  if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
    return Status::Ok();
  if (errno == EEXIST || errno == ENOTEMPTY)
    return Status::InvalidArgument(to.string() + ": already exists; import into a new path");
  return Status::IoError(fmt::format("move to {}: {}", to.string(), std::strerror(errno)));
}

// A key of export.json's checksums: a plain relative path inside the export.
bool PlainRelative(const std::string& key) {
  const fs::path p(key);
  if (key.empty() || p.is_absolute() || p.lexically_normal().generic_string() != key) return false;
  return std::none_of(p.begin(), p.end(), [](const fs::path& part) {
    return part == ".." || part == "." || part.empty();
  });
}

bool StepName(const std::string& n) {
  return !n.empty() && n.size() <= 12 && n.find_first_not_of("0123456789") == std::string::npos;
}

// The plain files of a run (or of an export) besides the bundle and the archive: its RunFiles
// and each RUN/steps/<number>/'s StepFiles, as relative paths, wherever they exist (as found: a
// link is listed, for the copy to refuse).
Result<std::vector<std::string>> FilesOfExport(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& name : RunFiles()) {
    if (fs::exists(fs::symlink_status(dir / name, ec))) out.push_back(name);
  }
  const fs::path steps = RunPaths(dir).steps();
  if (!fs::exists(fs::symlink_status(steps, ec))) return out;
  AVO_RETURN_IF_ERROR(CheckPlainDirectory(steps));
  for (const auto& step : fs::directory_iterator(steps, ec)) {
    const std::string n = step.path().filename().string();
    if (!StepName(n)) continue;
    for (const auto& name : StepFiles()) {
      if (fs::exists(fs::symlink_status(step.path() / name, ec)))
        out.push_back((fs::path("steps") / n / name).generic_string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The plain files of a run (or of an export: the layout is the same), from `from` to `to`, none
// of them through a symbolic link and each within its bound (export_checks.h): an export comes
// from someone else, and a link in it must not bring in a file of this machine. The task
// snapshot travels inside the bundle (lineage/bundle.h, kTaskRef), not as files.
Status CopyRunFiles(const fs::path& from, const fs::path& to) {
  AVO_ASSIGN_OR_RETURN(std::vector<std::string> files, FilesOfExport(from));
  for (const auto& f : files) {
    const fs::path rel(f);
    if (rel.has_parent_path()) AVO_RETURN_IF_ERROR(CheckPlainDirectory(from / rel.parent_path()));
    AVO_RETURN_IF_ERROR(
        CopyPlainFile(from / rel, to / rel, ExportFileCap(rel.filename().string())));
  }
  return Status::Ok();
}

Result<ExportSummary> Summarize(Run& run) {
  AVO_ASSIGN_OR_RETURN(auto versions, run.lineage().Versions());
  AVO_ASSIGN_OR_RETURN(auto attempts, run.archive().Attempts());
  ExportSummary s;
  s.versions = static_cast<int>(versions.size());
  s.attempts = static_cast<int>(attempts.size());
  if (!versions.empty()) s.head = versions.back().commit;
  return s;
}

// Moves the finished export in `partial` into `to` entry by entry: each file is replaced
// atomically, entries of an earlier export that this one lacks are removed, anything else (a
// README, a .git) stays. export.json goes last: an interrupted move leaves counts and checksums
// that disagree with the files, which import refuses.
Status MoveIntoPlace(const fs::path& partial, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to, ec);
  std::vector<std::string> owned = RunFiles();
  owned.insert(owned.end(),
               {"steps", "lineage.bundle", "archive.sql", kExportSignature, "export.json"});
  for (const auto& name : owned) {
    const fs::path from = partial / name;
    const fs::path dest = to / name;
    if (!fs::exists(from, ec)) {
      fs::remove_all(dest, ec);
      continue;
    }
    if (fs::is_directory(from, ec)) fs::remove_all(dest, ec);  // rename replaces files only
    fs::rename(from, dest, ec);
    if (ec)
      return Status::IoError(fmt::format("move the export to {}: {}", dest.string(), ec.message()));
  }
  fs::remove_all(partial, ec);
  return Status::Ok();
}

Status WriteExport(Run& run, const fs::path& dir, const ExportSummary& s) {
  AVO_RETURN_IF_ERROR(CopyRunFiles(run.dir(), dir));
  AVO_RETURN_IF_ERROR(
      WriteBundle(run.paths().lineage(), dir / "lineage.bundle", run.paths().task()));
  AVO_ASSIGN_OR_RETURN(std::string sql, DumpSqlText(run.paths().archive()));
  AVO_RETURN_IF_ERROR(WriteFileAtomic(dir / "archive.sql", sql));
  // No timestamp: exporting an unchanged run again gives the same bytes (git sees no change).
  nlohmann::json meta = {{"format", kExportFormat},
                         {"versions", s.versions},
                         {"attempts", s.attempts},
                         {"head", s.head},
                         {"sha256", nlohmann::json::object()}};
  // Every file the export holds: a signature of export.json then vouches for all of them.
  AVO_ASSIGN_OR_RETURN(std::vector<std::string> files, FilesOfExport(dir));
  files.insert(files.end(), std::begin(kChecksummed), std::end(kChecksummed));
  for (const auto& name : files) {
    AVO_ASSIGN_OR_RETURN(std::string sum, Sha256File(dir / name));
    meta["sha256"][name] = sum;
  }
  return WriteFileAtomic(dir / "export.json", meta.dump(2) + "\n");
}

}  // namespace

Result<ExportSummary> ExportRun(const fs::path& run_dir, const fs::path& out_dir_in,
                                const ExportOptions& options) {
  std::error_code ec;
  const fs::path out_dir = Normalized(out_dir_in);
  if (fs::exists(out_dir, ec) &&
      (!fs::is_directory(out_dir, ec) ||
       (!fs::is_empty(out_dir, ec) && !fs::exists(out_dir / "export.json", ec)))) {
    return Status::InvalidArgument(out_dir.string() +
                                   ": exists and is not an avo export; name a new directory");
  }
  const fs::path run_abs = Normalized(run_dir);
  if (out_dir == run_abs || out_dir.string().rfind(run_abs.string() + "/", 0) == 0)
    return Status::InvalidArgument(out_dir.string() + ": inside the run; export it elsewhere");
  // The run's lock for the whole export: its archive and lineage are read as one state, and no
  // evolve starts half-way. A run that cannot be written cannot change either: read it as is.
  int lock = -1;
  if (Run::Exists(run_dir)) {
    auto taken = TakeRunLock(RunPaths(run_dir));
    if (taken.ok()) {
      lock = *taken;
    } else if (taken.status().code() == Status::Code::kUnavailable) {
      return Status::Unavailable(
          run_dir.string() + ": an avo process is working on this run; export it when it stops");
    }
  }
  auto run = Run::Open(run_dir, false);
  Result<ExportSummary> s = run.ok() ? Summarize(**run) : Result<ExportSummary>(run.status());
  if (s.ok()) {
    RemoveStaleStaging(out_dir);
    const fs::path partial = StagingFor(out_dir, "partial");
    Status st = WriteExport(**run, partial, *s);
    if (st.ok() && !options.sign_key.empty()) st = SignExport(partial, options.sign_key);
    if (st.ok()) st = MoveIntoPlace(partial, out_dir);
    fs::remove_all(partial, ec);
    if (!st.ok()) s = st;
  }
  if (lock >= 0) close(lock);
  return s;
}

namespace {

// The export's files against the SHA-256 export.json records: a file cut short in transfer or
// edited is refused by name before anything is read from it.
Status CheckChecksums(const fs::path& from, bool every_file_covered) {
  if (Status st = CheckPlainFile(from / "export.json", ExportFileCap("export.json"), false);
      !st.ok()) {
    return CheckPlainFile(from / "export.json", ExportFileCap("export.json"), true).ok()
               ? Status::InvalidArgument(from.string() +
                                         ": not a complete avo export (no export.json)")
               : st;
  }
  for (const char* name : kChecksummed) {
    AVO_RETURN_IF_ERROR(CheckPlainFile(from / name, ExportFileCap(name), true));
  }
  auto text = ReadFile(from / "export.json");
  if (!text.ok())
    return Status::InvalidArgument(from.string() + ": not a complete avo export (no export.json)");
  const auto meta = nlohmann::json::parse(*text, nullptr, false);
  if (!meta.is_object() || !meta.contains("sha256") || !meta["sha256"].is_object())
    return Status::InvalidArgument((from / "export.json").string() + ": no checksums (sha256)");
  for (const char* name : kChecksummed) {
    auto sum = Sha256File(from / name);
    if (!sum.ok()) {
      return Status::InvalidArgument(
          fmt::format("{}: not a complete avo export (no {})", from.string(), name));
    }
  }
  // Every file export.json names (an export of this avo names each one it holds), each a plain
  // file of the export whose content is what was written.
  std::set<std::string> covered;
  for (const auto& [key, sum] : meta["sha256"].items()) {
    if (!PlainRelative(key) || !sum.is_string())
      return Status::InvalidArgument(fmt::format("{}: names '{}', not a file of the export",
                                                 (from / "export.json").string(), key));
    AVO_RETURN_IF_ERROR(
        CheckPlainFile(from / key, ExportFileCap(fs::path(key).filename().string()), false));
    AVO_ASSIGN_OR_RETURN(std::string got, Sha256File(from / key));
    if (got != sum.get<std::string>()) {
      return Status::InvalidArgument(fmt::format(
          "{}: does not match the checksum in export.json (changed or cut short in transfer)",
          (from / key).string()));
    }
    covered.insert(key);
  }
  for (const char* name : kChecksummed) {
    if (covered.count(name) == 0)
      return Status::InvalidArgument(
          fmt::format("{}: does not match the checksum in export.json (none recorded)",
                      (from / name).string()));
  }
  if (!every_file_covered) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(std::vector<std::string> read, FilesOfExport(from));
  for (const auto& f : read) {
    if (covered.count(f) == 0)
      return Status::InvalidArgument(
          fmt::format("{}: not among the files export.json's checksums cover (and its signature "
                      "vouches for)",
                      (from / f).string()));
  }
  return Status::Ok();
}

// The export's files, loaded into the new run directory `dir`.
Status Restore(const fs::path& from, const fs::path& dir) {
  std::error_code ec;
  for (const char* need :
       {"export.json", "lineage.bundle", "archive.sql", "run.json", "trusted.json"}) {
    if (!fs::exists(from / need, ec)) {
      return Status::InvalidArgument(
          fmt::format("{}: not a complete avo export (no {})", from.string(), need));
    }
  }
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError(fmt::format("create {}: {}", dir.string(), ec.message()));
  AVO_RETURN_IF_ERROR(CopyRunFiles(from, dir));
  const RunPaths paths(dir);
  AVO_RETURN_IF_ERROR(Lineage::Open(paths.lineage(), true).status());
  AVO_RETURN_IF_ERROR(FetchBundle(from / "lineage.bundle", paths.lineage()));
  if (Status st = ExtractTree(paths.lineage(), kTaskRef, paths.task()); !st.ok()) {
    return st.code() == Status::Code::kNotFound
               ? Status::InvalidArgument((from / "lineage.bundle").string() +
                                         ": carries no task snapshot (" + kTaskRef +
                                         "): not an avo export")
               : st;
  }
  AVO_RETURN_IF_ERROR(CheckPlainTree(paths.task()));
  AVO_ASSIGN_OR_RETURN(std::string sql, ReadFile(from / "archive.sql"));
  return LoadSqlText(sql, paths.archive());
}

// The export's own account of itself, compared with what was rebuilt.
Status CheckAgainstExport(const fs::path& from, const ExportSummary& got) {
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(from / "export.json"));
  const auto meta = nlohmann::json::parse(text, nullptr, false);
  if (!meta.is_object() || meta.value("format", 0) != kExportFormat) {
    return Status::InvalidArgument(fmt::format("{}: not an export of format {}",
                                               (from / "export.json").string(), kExportFormat));
  }
  if (!meta.contains("sha256") || !meta["sha256"].is_object())
    return Status::InvalidArgument((from / "export.json").string() + ": no checksums");
  const int versions = meta.value("versions", -1);
  const int attempts = meta.value("attempts", -1);
  const std::string head = meta.value("head", "");
  if (versions != got.versions || attempts != got.attempts || head != got.head) {
    return Status::InvalidArgument(fmt::format(
        "{}: the export says {} versions, {} attempts, head {}; its files hold {}, {}, {}",
        from.string(), versions, attempts, head, got.versions, got.attempts, got.head));
  }
  return Status::Ok();
}

// Why one trusted file differs here, or "" when the difference is this machine's build of a
// program and `retrust` accepts it.
std::string JudgeDifference(const std::string& key, const TrustedFile& was, const TrustedFile* now,
                            bool retrust) {
  const bool tool = key.rfind("tool/", 0) == 0;
  if (now == nullptr) {
    return tool ? fmt::format("{}: the task's program is not in avo's tool directories here",
                              key.substr(5))
                : fmt::format("{}: missing from the export's task snapshot", key);
  }
  const std::string hashes =
      fmt::format("sha256 was {}, now {}", was.sha256.substr(0, 12), now->sha256.substr(0, 12));
  if (!tool)
    return fmt::format("{} differs from the export's trusted.json ({}): the export is damaged",
                       now->path, hashes);
  if (retrust) return "";
  return fmt::format(
      "{} here is not the build that judged this run ({}): pass --retrust-tools to judge with "
      "this machine's build from now on (recorded in the archive)",
      now->path, hashes);
}

// Compares the judge's files with trusted.json; with options.retrust_tools, takes this
// machine's build of the task's programs (only those) and records that in the archive.
Result<std::vector<std::string>> CheckJudge(Run& run, const ImportOptions& options) {
  if (!run.trusted()) return Status::InvalidArgument("the export has no trusted.json");
  const TrustedFiles& was = *run.trusted();
  AVO_ASSIGN_OR_RETURN(TrustedFiles now, HashTrustedFiles(run.task(), options.tool_dirs));
  for (const auto& [key, file] : now) {
    if (was.count(key) == 0)
      return Status::InvalidArgument(key +
                                     ": not in the export's trusted.json: the export is damaged");
  }
  std::vector<std::string> tools;
  nlohmann::json data = nlohmann::json::object();
  for (const auto& [key, file] : was) {
    auto it = now.find(key);
    if (it != now.end() && it->second.sha256 == file.sha256) continue;
    const std::string why =
        JudgeDifference(key, file, it == now.end() ? nullptr : &it->second, options.retrust_tools);
    if (!why.empty()) return Status::InvalidArgument(why);
    tools.push_back(key);
    data[key] = {{"was", file.sha256}, {"now", it->second.sha256}};
  }
  if (tools.empty()) return tools;
  AVO_RETURN_IF_ERROR(WriteTrustedFiles(run.paths().trusted(), now));
  AVO_RETURN_IF_ERROR(run.archive().RecordEvent(
      0, "retrust", fmt::format("imported; judged from now on by this machine's {}", tools[0]),
      data));
  return tools;
}

// The imported avo.toml names two things of the exporter's choosing: an [exec] command (a program
// line) and an [llm] endpoint (a server, and the environment variable whose key goes to it, so a
// run taken as it came could hand this user's key to the exporter's server). Each is kept and
// marked as awaiting the user's acceptance unless `options` trusts it; `summary` says which.
Status HoldImportedConfig(Run& run, const ImportOptions& options, ImportSummary& summary) {
  std::error_code ec;
  if (!fs::exists(RunConfigPath(run.dir()), ec)) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(const RunConfig config, LoadRunConfig(RunConfigPath(run.dir())));
  if (!options.trust_exec && !config.exec.command.empty()) {
    AVO_RETURN_IF_ERROR(SaveExecPending(run.archive(), config.exec.command));
    summary.exec_pending = config.exec.command;
  }
  if (!options.trust_llm && config.provider) {
    summary.llm_pending = llm::DescribeEndpoint(*config.provider);
    AVO_RETURN_IF_ERROR(SaveLlmPending(run.archive(), summary.llm_pending));
  }
  return Status::Ok();
}

// An error found in the staged copy names the export's files, which the user has, not the
// staging directory, which is gone by the time they read it; one that names no file names the
// export.
Status InExportTerms(const Status& st, const fs::path& staged, const fs::path& from) {
  if (st.ok()) return st;
  const std::string base = staged.string();
  const std::string bundle = (from / "lineage.bundle").string();
  const std::pair<std::string, std::string> names[] = {
      {base + "/archive.db", (from / "archive.sql").string()},
      {base + "/lineage.git", bundle},
      {base + "/task/", bundle + ":task/"},  // the task snapshot travels in the bundle
      {base, from.string()}};
  std::string m = st.message();
  for (const auto& [was, now] : names) {
    for (std::size_t at = m.find(was); at != std::string::npos; at = m.find(was, at + now.size()))
      m.replace(at, was.size(), now);
  }
  if (m.find(from.string()) == std::string::npos) m = from.string() + ": " + m;
  return st.WithMessage(std::move(m));
}

}  // namespace

Result<ImportSummary> ImportRun(const fs::path& from_in, const fs::path& run_dir,
                                const ImportOptions& options) {
  std::error_code ec;
  const fs::path from = Normalized(from_in);
  const fs::path abs = Normalized(run_dir);
  if (fs::exists(abs, ec))
    return Status::InvalidArgument(abs.string() + ": already exists; import into a new path");
  RemoveStaleStaging(abs);
  ImportSummary summary;
  if (!options.allowed_signers.empty()) {
    AVO_ASSIGN_OR_RETURN(summary.signed_by, VerifyExport(from, options.allowed_signers));
  }
  AVO_RETURN_IF_ERROR(CheckChecksums(from, !options.allowed_signers.empty()));
  const fs::path tmp = StagingFor(abs, "import");
  Status st = Restore(from, tmp);
  if (st.ok()) {
    auto run = Run::Open(tmp, true, options.tool_dirs);
    st = run.status();
    if (st.ok()) st = CheckRunRefs((*run)->paths().lineage(), (*run)->islands());
    if (st.ok()) st = CheckAgreement(**run);
    if (st.ok()) st = CheckClaims(**run);
    if (st.ok()) st = LoadRunState((*run)->archive()).status();  // a resumable state
    if (st.ok()) {
      auto got = Summarize(**run);
      st = got.ok() ? CheckAgainstExport(from, *got) : got.status();
      if (got.ok()) summary.run = *got;
    }
    if (st.ok()) {
      auto tools = CheckJudge(**run, options);
      st = tools.status();
      if (tools.ok()) summary.retrusted = *tools;
    }
    if (st.ok()) st = HoldImportedConfig(**run, options, summary);
  }  // the run (and its lock) is closed before the directory moves
  if (st.ok()) {
    fs::create_directories(abs.parent_path(), ec);
    st = RenameNoReplace(tmp, abs);  // a concurrent import of the same target loses here
  }
  if (!st.ok()) {
    fs::remove_all(tmp, ec);
    return InExportTerms(st, tmp, from);
  }
  return summary;
}

namespace {

nlohmann::json Provenance(const fs::path& run_dir, const Run& run, const Version& v) {
  nlohmann::json configs = nlohmann::json::array();
  for (const auto& c : v.score.value("configs", nlohmann::json::array())) {
    if (c.is_object())
      configs.push_back({{"name", c.value("name", "")}, {"value", c.value("value", 0.0)}});
  }
  const nlohmann::json diagnostics = v.score.value("diagnostics", nlohmann::json::object());
  // The run's identity beside its path: where a run lies changes, when it was created does not.
  auto meta = ReadFile(run.paths().run_json());
  const auto run_json = meta.ok() ? nlohmann::json::parse(*meta, nullptr, false) : nlohmann::json();
  return {{"run", run_dir.string()},
          {"run_created", run_json.is_object() ? run_json.value("created", "") : ""},
          {"task", run.task().name},
          {"version", "v" + std::to_string(v.number)},
          {"commit", v.commit},
          {"summary", v.summary},  // the commit's title as the lineage has it
          {"suite", v.score.value("suite", "")},
          {"score", v.scalar},
          {"unit", v.score.value("unit", "")},
          {"configs", configs},
          {"device", diagnostics.is_object() ? diagnostics.value("device", "") : ""},
          {"gate", v.trailers.count(trailer::kPairedRatio) != 0
                       ? "paired ratio " + v.trailers.at(trailer::kPairedRatio)
                       : ""}};
}

}  // namespace

Result<VersionExport> ExportVersion(const fs::path& run_dir, const std::string& spec,
                                    const fs::path& out_dir) {
  AVO_ASSIGN_OR_RETURN(auto run, Run::Open(run_dir, false));
  AVO_ASSIGN_OR_RETURN(Version v, run->lineage().Resolve(spec));
  AVO_ASSIGN_OR_RETURN(FileSet files, run->lineage().Files(v.commit));
  std::error_code ec;
  const fs::path to = fs::absolute(out_dir, ec).lexically_normal();
  // Each editable path is replaced as a whole: a file the version dropped must not linger.
  for (const auto& editable : run->task().editable) {
    const fs::path target = (to / editable).lexically_normal();
    const fs::path rel = target.lexically_relative(to);
    if (rel.empty() || rel == "." || *rel.begin() == "..")
      return Status::InvalidArgument(editable + ": an editable path outside " + to.string());
    fs::remove_all(target, ec);
  }
  VersionExport out;
  out.version = v.number;
  out.commit = v.commit;
  for (const auto& [rel, content] : files) {
    AVO_RETURN_IF_ERROR(WriteFileAtomic(to / rel, content));
    out.files.push_back(rel);
  }
  AVO_RETURN_IF_ERROR(
      WriteFileAtomic(to / "PROVENANCE.json", Provenance(run_dir, *run, v).dump(2) + "\n"));
  return out;
}

}  // namespace avo
