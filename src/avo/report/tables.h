// Text and JSON renderings of evaluations, the lineage and the run's state, for the CLI's reading
// commands (`avo eval`, `bench`, `log`, `status`, `show`). Each has a --json twin for scripting.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
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

// A version's gain over its predecessor (score/gain.h: the gate's paired ratio, else the
// scalars on one suite); nullopt where they do not compare.
std::optional<double> GainOver(const Version& v, const Version& prev);

// What the held-out suites say of a version (its Avo-Held-Out trailer, engine/held_out.h): the
// geomean ratio over its predecessor on configurations the search never saw, and the gap: the
// search suite's gain over that ratio (1: the gain carried over). nullopt without the trailer.
struct HeldOutView {
  double ratio = 0;
  std::optional<double> gap;  // nullopt when the search gain is not known
};
std::optional<HeldOutView> HeldOutOf(const Version& v, const Version* prev);

// One line per version (number, scalar, gain over its predecessor, age, summary), with the
// supervisor's interventions placed between the versions they fell between.
std::string FormatLog(const std::vector<Version>& versions,
                      const std::vector<EventRecord>& interventions);
nlohmann::json LogJson(const std::vector<Version>& versions,
                       const std::vector<EventRecord>& interventions);

// Seconds as "1h02m", "3m05s", "12.3s".
std::string FormatDuration(double seconds);

}  // namespace avo
