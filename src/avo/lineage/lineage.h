// The lineage P_t of AVO (§2): the committed versions x_0..x_t, each a git commit (libgit2) in the
// run's bare repository `lineage.git`, holding the candidate's editable files, its score file
// `avo-score.json` and a message saying what changed. The lineage is linear: every committed
// version scores at least as well as all before it, so each commit's parent is the previous best.
//
// A person reads it with plain git: `git --git-dir RUN/lineage.git log --stat`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/util/fs.h"
#include "avo/util/status.h"

namespace avo {

inline constexpr const char* kScoreFile = "avo-score.json";

struct Version {
  int number = 0;         // 0 is the seed x_0
  std::string commit;     // 40 hex digits
  std::string summary;    // first line of the message
  std::string message;    // whole message
  std::int64_t time = 0;  // unix seconds
  nlohmann::json score;   // contents of avo-score.json (Evaluation::ToJson form)
  double scalar = 0;      // score["scalar"]
  std::map<std::string, std::string> trailers;  // "Avo-Attempt: 17" -> {"Avo-Attempt", "17"}
};

class Lineage {
 public:
  // Opens RUN/lineage.git, creating an empty bare repository when `create` is set. `branch` is
  // the lineage's branch: "main" for the run's one lineage, "island-<i>" for island i > 0 of a
  // population (engine.h, islands), all of them in the one repository.
  static Result<std::unique_ptr<Lineage>> Open(const std::filesystem::path& git_dir, bool create,
                                               const std::string& branch = "main");
  // Makes the branch start at `commit` (an island starts from the seed) unless it exists.
  Status StartFrom(const std::string& commit);
  [[nodiscard]] std::string branch() const {
    return ref_.substr(std::string("refs/heads/").size());
  }
  ~Lineage();
  Lineage(const Lineage&) = delete;
  Lineage& operator=(const Lineage&) = delete;

  // Every version, seed first (first-parent chain of the branch).
  [[nodiscard]] Result<std::vector<Version>> Versions() const;
  // The newest version (the best), nullopt when the lineage is empty.
  [[nodiscard]] Result<std::optional<Version>> Head() const;
  // The candidate's files of a commit (the score file excluded).
  [[nodiscard]] Result<FileSet> Files(const std::string& commit) const;
  // Commits files + score as a new version on top of the head. Trailers are appended to the
  // message as "Key: value" lines. Returns the new commit id.
  Result<std::string> Commit(const FileSet& files, const nlohmann::json& score,
                             const std::string& message,
                             const std::map<std::string, std::string>& trailers);
  // "v3", "3", "head", "seed", or a commit id prefix (at least 4 hex digits) -> the version.
  [[nodiscard]] Result<Version> Resolve(const std::string& spec) const;
  // Patch text between two versions' files.
  [[nodiscard]] Result<std::string> Diff(const std::string& commit_a,
                                         const std::string& commit_b) const;

  [[nodiscard]] const std::filesystem::path& git_dir() const { return git_dir_; }

 private:
  Lineage() = default;
  struct Repo;
  std::unique_ptr<Repo> repo_;
  std::filesystem::path git_dir_;
  std::string ref_ = "refs/heads/main";
};

// A unified patch between two file sets (libgit2's buffer diff), for attempts that never became
// commits. Empty when they are equal.
std::string DiffFileSets(const FileSet& before, const FileSet& after);

}  // namespace avo
