// The data of a run's report (`avo report`, `avo serve`; report/html_report.h draws it): every
// version with its per-configuration values, baselines, rationale and diff; the running-best
// geomean per series of configurations (the AVO paper's Figures 5 and 6); every attempt; the
// supervisor's interventions; and what each step cost. Gathered read-only from a run's task,
// lineage and archive, so it can be rebuilt while an evolve is writing the run.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/lineage/lineage.h"
#include "avo/report/genealogy.h"
#include "avo/report/run_status.h"
#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo {

// A version's diff is cut to this many bytes in the report (a seed's whole source can be large).
inline constexpr std::size_t kReportDiffLimit = std::size_t{64} * 1024;

struct ReportVersion {
  int number = 0;         // 0: the seed
  std::int64_t step = 0;  // the engine step that committed it (Avo-Step; 0 for the seed)
  std::string commit;
  std::string op;         // the operator that proposed it (Avo-Operator), may be empty
  std::string message;    // the whole commit message: the operator's rationale
  std::int64_t time = 0;  // unix seconds
  double scalar = 0;      // geomean over all configurations, in the task's unit
  std::map<std::string, double> values;  // configuration -> value, in the task's unit
  // configuration -> baseline name (e.g. "cudnn") -> value, in the task's unit
  std::map<std::string, std::map<std::string, double>> baselines;
  std::string diff;  // patch against the previous version (the seed's: against nothing)
  bool diff_truncated = false;
  // Where the task has held-out suites: the ratio over the previous version on them, and the
  // gap to the search suite's gain (report/tables.h HeldOutOf).
  std::optional<double> held_out_ratio, held_out_gap;
};

// One point of a series: a version's geomean over the series' configurations, and the best such
// geomean of any version up to it (in the task's direction).
struct ReportPoint {
  int version = 0;
  std::int64_t step = 0;
  double geomean = 0;
  double best = 0;
};

// The configurations drawn as one running-best curve: all of them, or, when the suite has both,
// the non-causal and the causal ones apart (a configuration parameter `causal`).
struct ReportSeries {
  std::string name;  // "all", "non-causal" or "causal"
  std::vector<std::string> configs;
  std::vector<ReportPoint> points;  // one per version, seed first
  // Baseline name -> its geomean over the series' configurations (only baselines every one of
  // them has), measured beside the best version.
  std::map<std::string, double> baselines;
};

// What one step cost: the LLM usage of its attempts and of its "cost" events, and the wall time
// of its attempts in seconds.
struct ReportStep {
  std::int64_t step = 0;
  int attempts = 0;
  AttemptCost cost;
  double wall_s = 0;
};

struct RunReport {
  std::string run;  // the run directory as given
  std::string task;
  std::string unit;
  Direction direction = Direction::kHigher;
  std::string suite;                    // the suite the best version was scored on
  std::vector<ReportVersion> versions;  // seed first; the last is the best
  int island = 0;  // the island of `versions`: the one that holds the best over every island
  std::vector<IslandStatus> islands;       // every island's head (one entry for one lineage)
  std::vector<AttemptRecord> attempts;     // oldest first
  std::vector<EventRecord> interventions;  // oldest first
  std::vector<ReportSeries> series;
  std::vector<ReportStep> steps;  // ascending step
  AttemptCost spent;              // Archive::Spent: every LLM call of the run
  Genealogy genealogy;            // every island's versions and the migrations between them
};

// Reads everything the report shows. Errors are the lineage's or the archive's (a damaged run).
Result<RunReport> BuildRunReport(const std::string& run_name, const TaskSpec& task,
                                 const Lineage& lineage, const Archive& archive);
// The same for a population: `lineages[i]` is island i's; the versions shown are those of the
// island with the best over every island, the attempts every island's.
Result<RunReport> BuildRunReport(const std::string& run_name, const TaskSpec& task,
                                 const std::vector<const Lineage*>& lineages,
                                 const Archive& archive);

// The report as JSON (what `avo serve` answers at /report.json and the HTML page embeds):
// {"run", "task", "unit", "direction", "suite", "versions": [...], "attempts": [...],
//  "interventions": [...], "series": [...], "steps": [...], "spent": {...}, "island",
//  "islands": [{"island", "branch", "versions", "attempts", "best"}]}; attempts as AttemptJson.
nlohmann::json RunReportJson(const RunReport& r);

}  // namespace avo
