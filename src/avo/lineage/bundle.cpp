#include "avo/lineage/bundle.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "avo/util/process.h"

namespace avo {
namespace {

// Runs git with `args`; the error names what was asked and git's last line.
Result<ProcessResult> Git(const std::vector<std::string>& args) {
  ProcessOptions p;
  p.argv = {"git"};
  p.argv.insert(p.argv.end(), args.begin(), args.end());
  // The user's git configuration (hooks, aliases, a global template) has no say here.
  p.env = {{"GIT_CONFIG_NOSYSTEM", "1"}, {"GIT_CONFIG_GLOBAL", "/dev/null"}};
  p.timeout = std::chrono::minutes(10);
  auto r = RunProcess(p);
  if (!r.ok()) return Status::Unavailable("cannot run git: " + r.status().message());
  if (r->exit_code == 127) return Status::Unavailable("cannot run git: not found on PATH");
  return r;
}

std::string LastLine(const std::string& text) {
  std::string t = text;
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
  const auto nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

}  // namespace

Status WriteBundle(const std::filesystem::path& git_dir, const std::filesystem::path& bundle) {
  AVO_ASSIGN_OR_RETURN(ProcessResult refs,
                       Git({"--git-dir", git_dir.string(), "for-each-ref", "--count=1"}));
  if (refs.ok() && refs.out.empty())
    return Status::InvalidArgument(git_dir.string() + ": the lineage has no versions to export");
  AVO_ASSIGN_OR_RETURN(ProcessResult r, Git({"--git-dir", git_dir.string(), "bundle", "create",
                                             "--quiet", bundle.string(), "--all"}));
  if (!r.ok()) {
    return Status::IoError(fmt::format("git bundle create {}: {} ({})", bundle.string(),
                                       LastLine(r.err), r.Describe()));
  }
  return Status::Ok();
}

Status FetchBundle(const std::filesystem::path& bundle, const std::filesystem::path& git_dir) {
  AVO_ASSIGN_OR_RETURN(ProcessResult v, Git({"--git-dir", git_dir.string(), "bundle", "verify",
                                             "--quiet", bundle.string()}));
  if (!v.ok()) {
    return Status::InvalidArgument(
        fmt::format("{}: not a complete git bundle: {}", bundle.string(), LastLine(v.err)));
  }
  AVO_ASSIGN_OR_RETURN(ProcessResult r, Git({"--git-dir", git_dir.string(), "fetch", "--quiet",
                                             bundle.string(), "refs/*:refs/*"}));
  if (!r.ok()) {
    return Status::IoError(
        fmt::format("git fetch {}: {} ({})", bundle.string(), LastLine(r.err), r.Describe()));
  }
  return Status::Ok();
}

}  // namespace avo
