// The peer benchmark's JSON (kernels/attention/python/benchmarks/peers.py --json) as the report
// shows it: per configuration, every backend's TFLOPS measured in one process on the same
// inputs as users run them (L2 flushed, back to back, the power cap as it came), with the device,
// clocks, date and versions it was measured with. Kept apart from the run's own figures, which
// the judge measured in another regime (idle GPU): the report draws the two in separate charts.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct PeerRow {
  std::string name;                      // configuration, e.g. "mha_s4096_nc"
  std::map<std::string, double> tflops;  // backend -> TFLOPS, measured and correct only
};

struct PeerTable {
  std::string caption;                // device; date; clocks; versions, one line
  std::vector<std::string> backends;  // in the order the file lists them
  std::vector<PeerRow> rows;
};

// Reads and checks `path`: a JSON object with a non-empty "rows" array of objects, each with a
// string "name" and a "tflops" object of finite positive numbers (a backend whose "status" is not
// "ok" is left out). InvalidArgument naming the file and what was wrong.
Result<PeerTable> ReadPeerTable(const std::filesystem::path& path);

// {"caption", "backends", "rows": [{"name", "tflops": {...}}]} for the page's script.
nlohmann::json PeerTableJson(const PeerTable& t);

}  // namespace avo
