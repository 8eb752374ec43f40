// kernel_result.h: the kernel judge's evaluation JSON, as the engine reads it
// (docs/evaluation-schema.md): an incorrect or unmeasured configuration is never timed.
#include "kernel_result.h"

#include <gtest/gtest.h>

#include <cmath>

#include "fresh_workers.h"

namespace avo::kernel_judge {
namespace {

TEST(KernelResultTest, CorrectConfigurationsCarryTheirFiguresAndOthersNone) {
  ConfigRecord ok{"r4096_c4096", {}, true, {}, {}};
  ok.measurement.correct = true;
  ok.measurement.samples = {2900.0, 3000.0, 3100.0};
  ok.measurement.value = 3000.0;
  ok.measurement.calls = 5;
  ok.measurement.errors = {{"y_tol_ratio", 0.4}, {"y_max_abs", NAN}};
  ConfigRecord wrong{"r8192_c1024", {}, true, {}, {}};
  wrong.measurement.message = "call 3: y: 12 of 8388608 elements off the tolerance";
  wrong.measurement.samples = {1.0};  // never reported: not correct
  ConfigRecord unmeasured{"r1000_c1000", {}, false, {}, {}};
  unmeasured.measurement.message = "not measured";
  unmeasured.measurement.correct = true;  // a record not reached is never correct
  const auto j = evaluation_json({ok, wrong, unmeasured}, "GB/s", {{"judge", "avo-kernel-judge"}});
  EXPECT_EQ(j["schema"], "avo.evaluation.v1");
  EXPECT_EQ(j["unit"], "GB/s");
  ASSERT_EQ(j["configs"].size(), 3u);
  EXPECT_TRUE(j["configs"][0]["correct"]);
  EXPECT_DOUBLE_EQ(j["configs"][0]["value"], 3000.0);
  EXPECT_EQ(j["configs"][0]["samples"].size(), 3u);
  EXPECT_DOUBLE_EQ(j["configs"][0]["errors"]["y_tol_ratio"], 0.4);
  EXPECT_FALSE(j["configs"][0]["errors"].contains("y_max_abs"));  // NaN is left out
  EXPECT_FALSE(j["configs"][0].contains("message"));
  EXPECT_FALSE(j["configs"][1]["correct"]);
  EXPECT_DOUBLE_EQ(j["configs"][1]["value"], 0.0);
  EXPECT_TRUE(j["configs"][1]["samples"].empty());
  EXPECT_EQ(j["configs"][1]["message"], wrong.measurement.message);
  EXPECT_FALSE(j["configs"][2]["correct"]);
  EXPECT_EQ(j["configs"][2]["message"], "not measured");
  EXPECT_EQ(j["diagnostics"]["judge"], "avo-kernel-judge");
  EXPECT_FALSE(j["configs"][0].contains("interleaved"));
  EXPECT_FALSE(j["configs"][0].contains("baselines"));
}

TEST(KernelResultTest, BaselinesAreReportedBesideTheCandidate) {
  ConfigRecord rec{"r4096_c4096", {}, true, {}, {{"torch", 1850.5}}};
  rec.measurement.correct = true;
  rec.measurement.value = 2900;
  rec.measurement.samples = {2900};
  const auto j = evaluation_json({rec}, "GB/s", nlohmann::json::object());
  EXPECT_DOUBLE_EQ(j["configs"][0]["baselines"]["torch"], 1850.5);
}

TEST(KernelResultTest, BuildsMeasuredSideBySideEachKeepTheirOwnFigures) {
  ConfigRecord both{"r4096_c4096", {}, true, {}, {}};
  KernelMeasurement a, b;
  a.correct = true;
  a.samples = {3000.0, 3010.0};
  a.value = 3005.0;
  b.message = "call 4: 1 guard words around its buffers changed (a write out of bounds)";
  b.samples = {9000.0};
  both.measurement = a;
  both.interleaved = {a, b};
  const auto j = evaluation_json({both}, "GB/s", nlohmann::json::object());
  const auto& rec = j["configs"][0];
  EXPECT_TRUE(rec["correct"]);
  ASSERT_EQ(rec["interleaved"].size(), 2u);
  EXPECT_DOUBLE_EQ(rec["interleaved"][0]["value"], 3005.0);
  EXPECT_EQ(rec["interleaved"][0]["samples"].size(), 2u);
  EXPECT_FALSE(rec["interleaved"][1]["correct"]);
  EXPECT_TRUE(rec["interleaved"][1]["samples"].empty());
  EXPECT_EQ(rec["interleaved"][1]["message"], b.message);
}

}  // namespace
}  // namespace avo::kernel_judge

namespace avo::kernel_judge {
namespace {

TEST(FreshWorkersTest, TheNextWorkerStartsAtTheFirstConfigurationNotMeasured) {
  ConfigRecord done{"a", {}, true, {}, {}};
  done.measurement.correct = true;
  done.measurement.value = 1;
  done.measurement.samples = {1};
  ConfigRecord fault{"b", {}, true, {}, {}};
  fault.measurement.message = "warm-up call 0: cudaErrorIllegalAddress (an illegal memory access)";
  ConfigRecord rest{"c", {}, false, {}, {}};
  rest.measurement.message = "not measured: the CUDA context was lost at b";
  const auto j = evaluation_json({done, fault, rest}, "GB/s", nlohmann::json::object());
  EXPECT_EQ(first_unmeasured(j, 0), 2);
  EXPECT_EQ(first_unmeasured(j, 2), 2);
  const auto all = evaluation_json({done, fault}, "GB/s", nlohmann::json::object());
  EXPECT_EQ(first_unmeasured(all, 0), -1);
  EXPECT_EQ(first_unmeasured(nlohmann::json::parse("[1, 2]"), 0), -1);
}

}  // namespace
}  // namespace avo::kernel_judge
