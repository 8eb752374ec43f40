#include "avo/engine/remeasure.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <ctime>

namespace avo {

std::filesystem::path RemeasurePath(const Run& run) { return run.paths().remeasure(); }

Result<Remeasurement> Remeasure(Run& run, Evaluator& evaluator, const RemeasureOptions& o) {
  const TaskSpec& task = run.task();
  const std::string suite = o.suite.empty() ? task.default_suite : o.suite;
  if (task.FindSuite(suite) == nullptr) {
    return Status::InvalidArgument(fmt::format("no suite '{}' in task '{}' (suites: {})", suite,
                                               task.name, fmt::join(task.SuiteNames(), ", ")));
  }
  const int rounds = o.rounds > 0 ? o.rounds : task.gate.rounds;
  if (rounds < 2) return Status::InvalidArgument("--rounds: a paired interval needs at least 2");

  AVO_ASSIGN_OR_RETURN(auto all, run.lineage().Versions());
  std::vector<Version> chosen;
  if (o.versions.empty()) {
    chosen = all;
  } else {
    for (const auto& spec : o.versions) {
      AVO_ASSIGN_OR_RETURN(Version v, run.lineage().Resolve(spec));
      const bool seen = std::any_of(chosen.begin(), chosen.end(),
                                    [&](const Version& c) { return c.number == v.number; });
      if (!seen) chosen.push_back(std::move(v));
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Version& a, const Version& b) { return a.number < b.number; });
  }
  if (chosen.size() < 2) {
    return Status::InvalidArgument(
        fmt::format("a trajectory needs at least two versions; {} given (the lineage has {})",
                    chosen.size(), all.size()));
  }

  std::vector<FileSet> files;
  std::vector<RemeasuredVersion> labels;
  for (const auto& v : chosen) {
    AVO_ASSIGN_OR_RETURN(FileSet f, run.lineage().Files(v.commit));
    files.push_back(std::move(f));
    RemeasuredVersion p;
    p.version = v.number;
    p.commit = v.commit;
    p.summary = v.summary;
    labels.push_back(std::move(p));
  }
  std::vector<const FileSet*> builds;
  builds.reserve(files.size());
  for (const auto& f : files) builds.push_back(&f);
  InterleavedEvaluation measured =
      evaluator.ScoreInterleaved(builds, {suite, false, "remeasure"}, rounds);
  for (const auto& e : measured.evaluations) {
    if (e.outcome == Outcome::kInfraError) return Status::Unavailable(e.reason);
  }
  AVO_ASSIGN_OR_RETURN(Remeasurement t, RemeasurementOf(measured.evaluations, std::move(labels),
                                                        task.direction, task.gate.confidence));
  t.suite = suite;
  t.evaluator = evaluator.Describe();
  t.time = static_cast<std::int64_t>(std::time(nullptr));
  return t;
}

}  // namespace avo
