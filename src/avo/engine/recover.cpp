#include "avo/engine/recover.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "avo/engine/commit_message.h"

namespace avo {

Result<Recovered> RecoverRun(Run& run, std::int64_t next_step) {
  AVO_ASSIGN_OR_RETURN(auto interrupted, run.archive().InterruptRunning());
  Recovered out{interrupted.size(), 0};
  // Every version whose attempt the archive does not record as committed is reconciled: an
  // attempt still running when avo was killed, and one whose commit failed after git had already
  // moved the branch (an fsync error on the ref's directory), which the judge recorded as "not
  // committed (infra error)" although the version is in the lineage.
  std::vector<std::pair<int, Version>> versions;  // every island's, with its island
  for (int island = 0; island < run.islands(); ++island) {
    AVO_ASSIGN_OR_RETURN(auto vs, run.lineage(island).Versions());
    for (auto& v : vs) versions.emplace_back(island, std::move(v));
  }
  for (const auto& [island, v] : versions) {
    if (island > 0 && v.number == 0) continue;  // island 0's seed, met there
    const auto id = AttemptOf(v);
    if (!id) continue;
    auto attempt = run.archive().Attempt(*id);
    if (!attempt.ok() || attempt->status == "committed") continue;  // (CheckAgreement: missing)
    auto ev = Evaluation::FromJson(v.score);
    AttemptEnd end;
    end.status = AttemptStatus::kCommitted;
    end.reason = "committed (reconciled after an interrupted run)";
    end.evaluation = ev.ok() ? &ev.value() : nullptr;
    end.commit = v.commit;
    end.version = v.number;
    auto files = run.lineage().Files(v.commit);
    if (files.ok()) end.candidate_hash = HashFileSet(*files);
    AVO_RETURN_IF_ERROR(run.archive().FinishAttempt(*id, end));
    ++out.reconciled;
  }
  if (interrupted.empty() && out.reconciled == 0) return out;
  AVO_RETURN_IF_ERROR(
      run.archive().RecordEvent(next_step, "resume",
                                fmt::format("resumed after an unclean stop: {} attempt(s) "
                                            "interrupted, {} reconciled with the lineage",
                                            interrupted.size(), out.reconciled),
                                {{"interrupted", interrupted}}));
  return out;
}

}  // namespace avo
