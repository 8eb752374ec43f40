// Text and JSON renderings of evaluations, the lineage and the run's state, for the CLI's reading
// commands (`avo eval`, `bench`, `log`, `status`, `show`). Each has a --json twin for scripting.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/lineage/lineage.h"
#include "avo/score/evaluation.h"

namespace avo {

// Per configuration: value, error figures, and with `baselines` each baseline's value and the
// ratio candidate/baseline; a last row with the geometric means.
std::string FormatEvaluation(const Evaluation& e, bool baselines);
nlohmann::json EvaluationJson(const Evaluation& e);

// One line per version (number, scalar, gain over its predecessor, age, summary), with the
// supervisor's interventions placed between the versions they fell between.
std::string FormatLog(const std::vector<Version>& versions,
                      const std::vector<EventRecord>& interventions);
nlohmann::json LogJson(const std::vector<Version>& versions,
                       const std::vector<EventRecord>& interventions);

// Seconds as "1h02m", "3m05s", "12.3s".
std::string FormatDuration(double seconds);

}  // namespace avo
