#include "avo/lineage/bundle.h"

#include <fmt/format.h>
#include <unistd.h>  // environ

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "avo/util/process.h"

namespace avo {
namespace {

// Runs git with `args`; the error names what was asked and git's last line.
Result<ProcessResult> Git(const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {}) {
  ProcessOptions p;
  p.argv = {"git"};
  p.argv.insert(p.argv.end(), args.begin(), args.end());
  // The user's git configuration (hooks, aliases, a global template) has no say here.
  p.env = {{"GIT_CONFIG_NOSYSTEM", "1"}, {"GIT_CONFIG_GLOBAL", "/dev/null"}};
  // Nor does the caller's GIT_DIR, GIT_OBJECT_DIRECTORY, GIT_INDEX_FILE... (a git hook sets them).
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string var(*e);
    if (var.rfind("GIT_", 0) == 0) p.env_remove.push_back(var.substr(0, var.find('=')));
  }
  p.env.insert(env.begin(), env.end());
  p.timeout = std::chrono::minutes(10);
  auto r = RunProcess(p);
  if (!r.ok()) return Status::Unavailable("cannot run git: " + r.status().message());
  if (r->exit_code == 127) return Status::Unavailable("cannot run git: not found on PATH");
  return r;
}

}  // namespace

namespace {

// A scratch bare repository with the lineage's refs and `tree` committed as kTaskRef.
Status StageTree(const std::filesystem::path& git_dir, const std::filesystem::path& tree,
                 const std::filesystem::path& stage) {
  const std::string g = stage.string();
  auto step = [&](std::vector<std::string> args,
                  const std::map<std::string, std::string>& env = {}) -> Result<std::string> {
    AVO_ASSIGN_OR_RETURN(ProcessResult r, Git(args, env));
    if (!r.ok())
      return Status::IoError(fmt::format("git {}: {} ({})", args[args[0] == "--git-dir" ? 2 : 0],
                                         LastLine(r.err), r.Describe()));
    return LastLine(r.out);
  };
  AVO_RETURN_IF_ERROR(step({"init", "--quiet", "--bare", g}).status());
  AVO_RETURN_IF_ERROR(
      step({"--git-dir", g, "fetch", "--quiet", git_dir.string(), "refs/*:refs/*"}).status());
  const std::map<std::string, std::string> index = {{"GIT_INDEX_FILE", g + "/task.index"}};
  AVO_RETURN_IF_ERROR(
      step({"--git-dir", g, "--work-tree", tree.string(), "add", "--all", "--force", "."}, index)
          .status());
  AVO_ASSIGN_OR_RETURN(std::string id, step({"--git-dir", g, "write-tree"}, index));
  const std::map<std::string, std::string> who = {
      {"GIT_AUTHOR_NAME", "avo"},      {"GIT_AUTHOR_EMAIL", "avo@localhost"},
      {"GIT_COMMITTER_NAME", "avo"},   {"GIT_COMMITTER_EMAIL", "avo@localhost"},
      {"GIT_AUTHOR_DATE", "@0 +0000"}, {"GIT_COMMITTER_DATE", "@0 +0000"}};
  AVO_ASSIGN_OR_RETURN(std::string commit, step({"--git-dir", g, "commit-tree", id, "-m",
                                                 "the task as the run froze it (RUN/task)"},
                                                who));
  return step({"--git-dir", g, "update-ref", kTaskRef, commit}).status();
}

}  // namespace

Status WriteBundle(const std::filesystem::path& git_dir_in, const std::filesystem::path& bundle_in,
                   const std::filesystem::path& tree_in) {
  // git resolves relative paths against the work tree it is given: all absolute from here.
  const std::filesystem::path git_dir = std::filesystem::absolute(git_dir_in);
  const std::filesystem::path bundle = std::filesystem::absolute(bundle_in);
  const std::filesystem::path tree = tree_in.empty() ? tree_in : std::filesystem::absolute(tree_in);
  AVO_ASSIGN_OR_RETURN(ProcessResult refs,
                       Git({"--git-dir", git_dir.string(), "for-each-ref", "--count=1"}));
  if (refs.ok() && refs.out.empty())
    return Status::InvalidArgument(git_dir.string() + ": the lineage has no versions to export");
  std::filesystem::path source = git_dir;
  const std::filesystem::path stage = bundle.string() + ".stage.git";
  std::error_code ec;
  std::filesystem::remove_all(stage, ec);
  if (!tree.empty()) {
    if (Status st = StageTree(git_dir, tree, stage); !st.ok()) {
      std::filesystem::remove_all(stage, ec);
      return st;
    }
    source = stage;
  }
  auto r =
      Git({"--git-dir", source.string(), "bundle", "create", "--quiet", bundle.string(), "--all"});
  std::filesystem::remove_all(stage, ec);
  if (!r.ok()) return r.status();
  if (!r->ok()) {
    return Status::IoError(fmt::format("git bundle create {}: {} ({})", bundle.string(),
                                       LastLine(r->err), r->Describe()));
  }
  return Status::Ok();
}

Status ExtractTree(const std::filesystem::path& git_dir_in, const std::string& ref,
                   const std::filesystem::path& out_in) {
  const std::filesystem::path git_dir = std::filesystem::absolute(git_dir_in);
  const std::filesystem::path out = std::filesystem::absolute(out_in);
  AVO_ASSIGN_OR_RETURN(ProcessResult has, Git({"--git-dir", git_dir.string(), "rev-parse",
                                               "--verify", "--quiet", ref + "^{tree}"}));
  if (!has.ok()) return Status::NotFound(fmt::format("{}: no {}", git_dir.string(), ref));
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  const std::map<std::string, std::string> index = {
      {"GIT_INDEX_FILE",
       (out.parent_path() / ("." + out.filename().string() + ".index")).string()}};
  AVO_ASSIGN_OR_RETURN(ProcessResult r, Git({"--git-dir", git_dir.string(), "--work-tree",
                                             out.string(), "checkout", ref, "--", "."},
                                            index));
  std::filesystem::remove(index.at("GIT_INDEX_FILE"), ec);
  if (!r.ok()) {
    return Status::IoError(
        fmt::format("git checkout {}: {} ({})", ref, LastLine(r.err), r.Describe()));
  }
  return Status::Ok();
}

Result<std::vector<std::string>> ListRefs(const std::filesystem::path& git_dir) {
  AVO_ASSIGN_OR_RETURN(ProcessResult r,
                       Git({"--git-dir", std::filesystem::absolute(git_dir).string(),
                            "for-each-ref", "--format=%(refname)"}));
  if (!r.ok()) {
    return Status::IoError(
        fmt::format("git for-each-ref in {}: {}", git_dir.string(), LastLine(r.err)));
  }
  std::vector<std::string> refs;
  std::stringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) refs.push_back(line);
  }
  std::sort(refs.begin(), refs.end());
  return refs;
}

Status FetchBundle(const std::filesystem::path& bundle_in,
                   const std::filesystem::path& git_dir_in) {
  const std::filesystem::path bundle = std::filesystem::absolute(bundle_in);
  const std::filesystem::path git_dir = std::filesystem::absolute(git_dir_in);
  AVO_ASSIGN_OR_RETURN(ProcessResult v, Git({"--git-dir", git_dir.string(), "bundle", "verify",
                                             "--quiet", bundle.string()}));
  if (!v.ok()) {
    return Status::InvalidArgument(
        fmt::format("{}: not a complete git bundle: {}", bundle.string(), LastLine(v.err)));
  }
  AVO_ASSIGN_OR_RETURN(ProcessResult r, Git({"--git-dir", git_dir.string(), "fetch", "--quiet",
                                             bundle.string(), "refs/*:refs/*"}));
  if (!r.ok()) {  // verify reads the header only: a pack cut short fails here
    return Status::InvalidArgument(fmt::format("{}: not a complete git bundle: {} ({})",
                                               bundle.string(), LastLine(r.err), r.Describe()));
  }
  // Fetching from a bundle checks no object (fetch.fsckObjects does not apply to it): a tree
  // naming "..", ".git" or a path, or a malformed commit, would otherwise reach the lineage.
  AVO_ASSIGN_OR_RETURN(ProcessResult fsck, Git({"--git-dir", git_dir.string(), "fsck", "--strict",
                                                "--no-dangling", "--no-progress"}));
  if (!fsck.ok()) {
    std::string first;
    std::stringstream lines(fsck.err + fsck.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("error", 0) == 0 || line.rfind("warning", 0) == 0 ||
          line.rfind("fatal", 0) == 0) {
        first = line;
        break;
      }
    }
    return Status::InvalidArgument(fmt::format("{}: its git objects fail git fsck --strict: {}",
                                               bundle.string(),
                                               first.empty() ? LastLine(fsck.err) : first));
  }
  return Status::Ok();
}

}  // namespace avo
