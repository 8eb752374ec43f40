// The trusted harness of the matmul task (not editable by candidates).
//
// For every configuration of the suite in $AVO_CONFIGS: fresh random inputs from $AVO_SEED,
// C poisoned with NaN before the call, every element checked against a float64 reference with
// |c - ref| <= atol + rtol * |ref|; then, only if correct, the median of repeated timed calls on
// rotated input sets. Writes the evaluation JSON (docs/evaluation-schema.md) to $AVO_RESULT.
// Metric: GFLOPS = 2·n³ / seconds / 1e9.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "matmul.h"

namespace {

using json = nlohmann::json;

struct Check {
  bool correct = true;
  double max_abs = 0, max_rel = 0;
  std::string message;
};

Check Verify(const std::vector<float>& A, const std::vector<float>& B, const std::vector<float>& C,
             int n, double atol, double rtol) {
  Check c;
  std::vector<double> row(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    std::fill(row.begin(), row.end(), 0.0);
    for (int k = 0; k < n; ++k) {
      const double a = A[static_cast<std::size_t>(i) * n + k];
      for (int j = 0; j < n; ++j) row[j] += a * B[static_cast<std::size_t>(k) * n + j];
    }
    for (int j = 0; j < n; ++j) {
      const double got = C[static_cast<std::size_t>(i) * n + j];
      const double err = std::fabs(got - row[j]);
      if (!std::isfinite(got) || err > atol + rtol * std::fabs(row[j])) {
        if (c.correct)
          c.message = "C[" + std::to_string(i) + "][" + std::to_string(j) +
                      "] = " + std::to_string(got) + ", expected " + std::to_string(row[j]);
        c.correct = false;
      }
      if (std::isfinite(got)) {
        c.max_abs = std::max(c.max_abs, err);
        c.max_rel = std::max(c.max_rel, err / std::max(std::fabs(row[j]), 1e-30));
      }
    }
  }
  return c;
}

json RunConfig(const json& cfg, double atol, double rtol, std::mt19937_64& rng) {
  const std::string name = cfg.at("name");
  const int n = cfg.at("params").at("n");
  const int reps = cfg.at("params").value("reps", 7);
  json out = {{"name", name}, {"unit", "GFLOPS"}};
  constexpr int kSets = 3;  // inputs rotated so no repetition runs on cache-warm data alone
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<std::vector<float>> As(kSets), Bs(kSets);
  const std::size_t nn = static_cast<std::size_t>(n) * n;
  for (int s = 0; s < kSets; ++s) {
    As[s].resize(nn);
    Bs[s].resize(nn);
    for (auto& x : As[s]) x = dist(rng);
    for (auto& x : Bs[s]) x = dist(rng);
  }
  std::vector<float> C(nn, std::numeric_limits<float>::quiet_NaN());
  matmul(As[0].data(), Bs[0].data(), C.data(), n);
  Check check = Verify(As[0], Bs[0], C, n, atol, rtol);
  out["errors"] = {{"max_abs", check.max_abs}, {"max_rel", check.max_rel}};
  out["correct"] = check.correct;
  if (!check.correct) {
    out["message"] = check.message;
    out["value"] = 0;
    return out;
  }
  std::vector<double> samples;
  for (int r = 0; r < reps; ++r) {
    const int s = r % kSets;
    std::fill(C.begin(), C.end(), std::numeric_limits<float>::quiet_NaN());
    const auto t0 = std::chrono::steady_clock::now();
    matmul(As[s].data(), Bs[s].data(), C.data(), n);
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    samples.push_back(2.0 * n * static_cast<double>(n) * n / sec / 1e9);
  }
  // The last timed call is checked too: a candidate must not be fast only after the check.
  Check again = Verify(As[(reps - 1) % kSets], Bs[(reps - 1) % kSets], C, n, atol, rtol);
  if (!again.correct) {
    out["correct"] = false;
    out["message"] = "wrong result in a timed call: " + again.message;
    out["value"] = 0;
    return out;
  }
  std::vector<double> sorted = samples;
  std::sort(sorted.begin(), sorted.end());
  out["value"] = sorted[sorted.size() / 2];
  out["samples"] = samples;
  return out;
}

}  // namespace

int main() {
  const char* configs_path = std::getenv("AVO_CONFIGS");
  const char* result_path = std::getenv("AVO_RESULT");
  const char* seed = std::getenv("AVO_SEED");
  if (configs_path == nullptr || result_path == nullptr) {
    std::cerr << "harness: AVO_CONFIGS and AVO_RESULT must be set (run me through avo)\n";
    return 2;
  }
  std::ifstream in(configs_path);
  json doc = json::parse(in, nullptr, false);
  if (doc.is_discarded()) {
    std::cerr << "harness: " << configs_path << " is not JSON\n";
    return 2;
  }
  const double atol = doc["tolerance"].value("atol", 1e-3);
  const double rtol = doc["tolerance"].value("rtol", 1e-3);
  std::mt19937_64 rng(seed != nullptr ? std::strtoull(seed, nullptr, 10) : 1);
  json result = {{"schema", "avo.evaluation.v1"}, {"configs", json::array()}};
  for (const auto& cfg : doc.at("configs"))
    result["configs"].push_back(RunConfig(cfg, atol, rtol, rng));
  std::ofstream(result_path) << result.dump(2) << "\n";
  return 0;
}
