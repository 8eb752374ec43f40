#include "avo/engine/run_transfer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "avo/archive/sql_text.h"
#include "avo/engine/run.h"
#include "avo/lineage/bundle.h"
#include "avo/util/fs.h"
#include "avo/util/time.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

constexpr int kExportFormat = 1;
// Files of a run copied as they are, when present.
const char* const kRunFiles[] = {"run.json", "trusted.json", "avo.toml", "notes.md",
                                 "remeasure.json"};
// Files of RUN/steps/N/ copied (the workspace is not: the lineage holds every version).
const char* const kStepFiles[] = {"transcript.jsonl", "message.txt", "exec.log"};

Status CopyFileTo(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) return Status::IoError(fmt::format("copy {}: {}", from.string(), ec.message()));
  return Status::Ok();
}

// The plain files of a run (or of an export: the layout is the same), from `from` to `to`. The
// task snapshot travels inside the bundle (lineage/bundle.h, kTaskRef), not as files.
Status CopyRunFiles(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  for (const char* name : kRunFiles) {
    if (fs::exists(from / name, ec)) AVO_RETURN_IF_ERROR(CopyFileTo(from / name, to / name));
  }
  if (!fs::is_directory(from / "steps", ec)) return Status::Ok();
  for (const auto& step : fs::directory_iterator(from / "steps", ec)) {
    for (const char* name : kStepFiles) {
      const fs::path file = step.path() / name;
      if (fs::is_regular_file(file, ec))
        AVO_RETURN_IF_ERROR(CopyFileTo(file, to / "steps" / step.path().filename() / name));
    }
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

// Replaces `to` (absent, or an earlier export) by the finished `partial`.
Status MoveIntoPlace(const fs::path& partial, const fs::path& to) {
  std::error_code ec;
  const fs::path old = to.string() + ".old";
  fs::remove_all(old, ec);
  if (fs::exists(to, ec)) fs::rename(to, old, ec);
  if (!ec) fs::rename(partial, to, ec);
  if (ec)
    return Status::IoError(fmt::format("move the export to {}: {}", to.string(), ec.message()));
  fs::remove_all(old, ec);
  return Status::Ok();
}

Status WriteExport(Run& run, const fs::path& dir, const ExportSummary& s) {
  AVO_RETURN_IF_ERROR(CopyRunFiles(run.dir(), dir));
  AVO_RETURN_IF_ERROR(
      WriteBundle(run.paths().lineage(), dir / "lineage.bundle", run.paths().task()));
  AVO_ASSIGN_OR_RETURN(std::string sql, DumpSqlText(run.paths().archive()));
  AVO_RETURN_IF_ERROR(WriteFileAtomic(dir / "archive.sql", sql));
  const nlohmann::json meta = {{"format", kExportFormat},
                               {"exported", NowIso8601()},
                               {"versions", s.versions},
                               {"attempts", s.attempts},
                               {"head", s.head}};
  return WriteFileAtomic(dir / "export.json", meta.dump(2) + "\n");
}

}  // namespace

Result<ExportSummary> ExportRun(const fs::path& run_dir, const fs::path& out_dir) {
  std::error_code ec;
  if (fs::exists(out_dir, ec) && !fs::is_empty(out_dir, ec) &&
      !fs::exists(out_dir / "export.json", ec)) {
    return Status::InvalidArgument(out_dir.string() +
                                   ": exists and is not an avo export; name a new directory");
  }
  if (Run::IsBusy(run_dir)) {
    return Status::Unavailable(run_dir.string() +
                               ": an avo process is working on this run; export it when it stops");
  }
  AVO_ASSIGN_OR_RETURN(auto run, Run::Open(run_dir, false));
  AVO_ASSIGN_OR_RETURN(ExportSummary s, Summarize(*run));
  const fs::path partial = out_dir.string() + ".partial";
  fs::remove_all(partial, ec);
  Status st = WriteExport(*run, partial, s);
  if (st.ok()) st = MoveIntoPlace(partial, out_dir);
  if (!st.ok()) {
    fs::remove_all(partial, ec);
    return st;
  }
  return s;
}

namespace {

// The export's files, loaded into the new run directory `dir`.
Status Restore(const fs::path& from, const fs::path& dir) {
  std::error_code ec;
  for (const char* need : {"export.json", "lineage.bundle", "archive.sql", "run.json"}) {
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

}  // namespace

Result<ImportSummary> ImportRun(const fs::path& from, const fs::path& run_dir,
                                const ImportOptions& options) {
  std::error_code ec;
  if (fs::exists(run_dir, ec))
    return Status::InvalidArgument(run_dir.string() + ": already exists; import into a new path");
  const fs::path abs = fs::absolute(run_dir, ec).lexically_normal();
  const fs::path tmp = abs.parent_path() / ("." + abs.filename().string() + ".import");
  fs::remove_all(tmp, ec);  // left by an import that was killed
  ImportSummary summary;
  Status st = Restore(from, tmp);
  if (st.ok()) {
    auto run = Run::Open(tmp, true, options.tool_dirs);
    st = run.status();
    if (st.ok()) st = CheckAgreement(**run);
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
  }  // the run (and its lock) is closed before the directory moves
  if (st.ok()) {
    fs::rename(tmp, abs, ec);
    if (ec) st = Status::IoError(fmt::format("move the run to {}: {}", abs.string(), ec.message()));
  }
  if (!st.ok()) {
    fs::remove_all(tmp, ec);
    return st;
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
          {"summary", v.summary},
          {"suite", v.score.value("suite", "")},
          {"score", v.scalar},
          {"unit", v.score.value("unit", "")},
          {"configs", configs},
          {"device", diagnostics.is_object() ? diagnostics.value("device", "") : ""},
          {"exported", NowIso8601()}};
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
