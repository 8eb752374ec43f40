#include "avo/report/run_status.h"

#include <algorithm>

#include "avo/archive/run_state.h"

namespace avo {

const Version* BestOf(const std::vector<Version>& versions, Direction direction) {
  const Version* best = nullptr;
  for (const Version& v : versions) {
    if (best == nullptr ||
        (direction == Direction::kHigher ? v.scalar > best->scalar : v.scalar < best->scalar))
      best = &v;
  }
  return best;
}

Result<RunStatus> ReadRunStatus(const std::string& run, const TaskSpec& task,
                                const std::vector<const Lineage*>& lineages,
                                const Archive& archive) {
  RunStatus s;
  s.run = run;
  s.task = task.name;
  s.unit = task.unit;
  AVO_ASSIGN_OR_RETURN(s.attempts, archive.Attempts());
  AVO_ASSIGN_OR_RETURN(auto interventions, archive.Events("intervention"));
  s.interventions = interventions.size();
  AVO_ASSIGN_OR_RETURN(s.spent, archive.Spent());
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(archive));
  s.next_step = state.next_step.value_or(1);
  s.active_s = state.active_s;
  std::vector<Version> heads;
  std::vector<int> head_island;
  for (std::size_t i = 0; i < lineages.size(); ++i) {
    AVO_ASSIGN_OR_RETURN(auto vs, lineages[i]->Versions());
    const int island = static_cast<int>(i);
    IslandStatus is{island, lineages[i]->branch(), vs.size(), 0, std::nullopt};
    is.attempts = std::count_if(s.attempts.begin(), s.attempts.end(),
                                [island](const AttemptRecord& a) { return a.island == island; });
    if (!vs.empty()) {
      is.head = vs.back();
      heads.push_back(vs.back());
      head_island.push_back(island);
    }
    if (i == 0) {
      s.versions = vs.size();
      if (!vs.empty()) s.seed_scalar = vs.front().scalar;
    }
    s.islands.push_back(std::move(is));
  }
  if (const Version* best = BestOf(heads, task.direction)) {
    s.best = *best;
    s.best_island = head_island[static_cast<std::size_t>(best - heads.data())];
  }
  return s;
}

nlohmann::json RunStatusJson(const RunStatus& s) {
  std::map<std::string, int> by_status;
  for (const auto& a : s.attempts) ++by_status[a.status];
  nlohmann::json j = {{"run", s.run},
                      {"task", s.task},
                      {"versions", s.versions},
                      {"next_step", std::to_string(s.next_step)},
                      {"attempts", s.attempts.size()},
                      {"attempts_by_status", by_status},
                      {"interventions", s.interventions},
                      {"tokens_in", s.spent.tokens_in},
                      {"tokens_out", s.spent.tokens_out},
                      {"cost_usd", s.spent.cost_usd},
                      {"active_s", s.active_s}};
  if (s.best) {
    j["best"] = {
        {"version", s.best->number}, {"scalar", s.best->scalar},     {"unit", s.unit},
        {"commit", s.best->commit},  {"seed_scalar", s.seed_scalar}, {"island", s.best_island}};
  }
  if (s.islands.size() > 1) {
    nlohmann::json islands = nlohmann::json::array();
    for (const IslandStatus& is : s.islands) islands.push_back(IslandJson(is));
    j["islands"] = islands;
  }
  if (!s.attempts.empty()) {
    const AttemptRecord& last = s.attempts.front();
    j["last_attempt"] = {{"id", last.id}, {"status", last.status}, {"reason", last.reason}};
  }
  return j;
}

nlohmann::json IslandJson(const IslandStatus& is) {
  nlohmann::json j = {{"island", is.island},
                      {"branch", is.branch},
                      {"versions", is.versions},
                      {"attempts", is.attempts}};
  if (is.head) j["best"] = {{"version", is.head->number}, {"scalar", is.head->scalar}};
  return j;
}

nlohmann::json AttemptJson(const AttemptRecord& a) {
  return {{"id", a.id},
          {"step", a.step},
          {"island", a.island},
          {"operator", a.op},
          {"parent_version", a.parent_version},
          {"status", a.status},
          {"outcome", a.outcome},
          {"correct", a.correct},
          {"scalar", a.scalar},
          {"reason", a.reason},
          {"message", a.message},
          {"version", a.version},
          {"duration_s", a.duration_s},
          {"cost", CostToJson(a.cost)},
          {"started_at", a.started_at}};
}

}  // namespace avo
