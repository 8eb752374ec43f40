#include "avo/operators/mutate.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "avo/task/knobs.h"

namespace avo {

Result<StepReport> MutateOperator::Vary(StepContext& ctx) {
  const TaskSpec& task = *ctx.task;
  if (task.knobs.empty()) {
    return Status::InvalidArgument("operator 'mutate': task '" + task.name +
                                   "' declares no knobs ([knobs.NAME] in task.toml)");
  }
  AVO_ASSIGN_OR_RETURN(auto versions, ctx.lineage->Versions());
  if (versions.empty()) return Status::Internal("mutate: the lineage is empty");
  auto& rng = *ctx.rng;
  std::uniform_real_distribution<double> unit(0, 1);

  constexpr int kTries = 64;
  for (int attempt = 0; attempt < kTries; ++attempt) {
    const Version& parent = selector_->Select(versions, rng);
    AVO_ASSIGN_OR_RETURN(FileSet files, ctx.lineage->Files(parent.commit));
    const double u = unit(rng);
    const std::size_t want = std::min<std::size_t>(task.knobs.size(), u < 0.6   ? 1
                                                                      : u < 0.9 ? 2
                                                                                : 3);
    std::vector<std::size_t> order(task.knobs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);

    std::vector<std::string> changes;
    for (std::size_t k = 0; k < want; ++k) {
      const Knob& knob = task.knobs[order[k]];
      AVO_ASSIGN_OR_RETURN(std::string current, ReadKnob(files, knob));
      std::vector<std::string> others;
      for (const auto& v : knob.values) {
        if (v != current) others.push_back(v);
      }
      const std::string& next =
          others[std::uniform_int_distribution<std::size_t>(0, others.size() - 1)(rng)];
      AVO_ASSIGN_OR_RETURN(files, SetKnob(files, knob, next));
      changes.push_back(fmt::format("{} {} -> {}", knob.name, current, next));
    }
    AVO_ASSIGN_OR_RETURN(bool seen, ctx.archive->SeenCandidate(HashFileSet(files)));
    if (seen) continue;

    Submission s;
    s.files = std::move(files);
    s.parent_version = parent.number;
    s.message = fmt::format("mutate v{}: {}", parent.number, fmt::join(changes, ", "));
    Verdict v = ctx.submit(s);
    StepReport r;
    r.submissions = 1;
    r.committed = v.committed;
    r.summary = s.message + " => " + v.reason;
    return r;
  }
  StepReport r;
  r.summary =
      fmt::format("mutate: every knob setting drawn in {} tries was already evaluated", kTries);
  return r;
}

}  // namespace avo
