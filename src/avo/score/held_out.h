// Held-out results as a lineage records them (the Avo-Held-Out trailer) and readers show them:
// per held-out suite, a version's ratio over the version it was judged against on configurations
// the search never saw (engine/held_out.h measures it), and the gap between the search suite's
// gain and that ratio.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace avo {

struct HeldOutResult {
  std::string suite;
  bool correct = false;  // the candidate's evaluation was scored and correct
  double ratio = 0;      // candidate / previous, geomean over configurations; > 1 is better
  bool infra_error = false;
  std::string reason;  // why not correct, or the infra error; empty otherwise
};

// The Avo-Held-Out trailer's value: "SUITE RATIO" per suite, "; "-separated ("mha_ho 1.0123").
std::string HeldOutTrailer(const std::vector<HeldOutResult>& results);
// The trailer read back: suite and ratio per entry; entries that do not parse are skipped.
std::vector<HeldOutResult> ParseHeldOutTrailer(const std::string& value);

// The geomean of the held-out ratios (nullopt when there are none): one figure per version.
std::optional<double> HeldOutRatio(const std::vector<HeldOutResult>& results);

// How much more the search suite gained than the held-out ones: search gain / held-out ratio.
// 1.0: the gain carried over; above 1: part of it was the search suite's alone.
double HeldOutGap(double search_gain, double held_out_ratio);

}  // namespace avo
