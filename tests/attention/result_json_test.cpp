// The evaluation JSON (docs/evaluation-schema.md) as the harness writes it.
#include "result_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace avo::attention {
namespace {

ConfigMeasurement correct_result() {
  ConfigMeasurement r;
  r.name = "mha_s4096_nc";
  r.correct = true;
  r.value = 412.5;
  r.samples = {410.0, 412.5, 415.0};
  r.errors["o_max_abs"] = 0.002;
  r.baselines["cudnn"] = 598.0;
  return r;
}

TEST(ResultJson, HasTheSchemaShape) {
  const auto j = evaluation_to_json({correct_result()}, {{"device", "H100"}, {"cudnn", "9.19.0"}});
  EXPECT_EQ(j.at("schema"), "avo.evaluation.v1");
  ASSERT_TRUE(j.at("configs").is_array());
  ASSERT_EQ(j.at("configs").size(), 1u);
  const auto& c = j.at("configs")[0];
  EXPECT_EQ(c.at("name"), "mha_s4096_nc");
  EXPECT_EQ(c.at("correct"), true);
  EXPECT_DOUBLE_EQ(c.at("value").get<double>(), 412.5);
  EXPECT_EQ(c.at("unit"), "TFLOPS");
  EXPECT_EQ(c.at("samples").size(), 3u);
  EXPECT_DOUBLE_EQ(c.at("errors").at("o_max_abs").get<double>(), 0.002);
  EXPECT_DOUBLE_EQ(c.at("baselines").at("cudnn").get<double>(), 598.0);
  EXPECT_FALSE(c.contains("message"));
  EXPECT_EQ(j.at("diagnostics").at("device"), "H100");
  EXPECT_EQ(j.at("diagnostics").at("cudnn"), "9.19.0");
}

TEST(ResultJson, IncorrectConfigIsNeverTimed) {
  ConfigMeasurement r = correct_result();
  r.correct = false;
  r.message = "o: 12 of 100 elements outside tolerance";
  r.baselines.clear();
  const auto c = evaluation_to_json({r}, {}).at("configs")[0];
  EXPECT_EQ(c.at("correct"), false);
  EXPECT_DOUBLE_EQ(c.at("value").get<double>(), 0.0);
  EXPECT_TRUE(c.at("samples").empty());
  EXPECT_EQ(c.at("message"), r.message);
  EXPECT_FALSE(c.contains("baselines"));
}

TEST(ResultJson, NonFiniteFiguresAreLeftOut) {
  ConfigMeasurement r = correct_result();
  r.errors["o_rel_l2"] = NAN;
  r.errors["lse_max_abs"] = INFINITY;
  r.samples.push_back(NAN);
  r.baselines["broken"] = NAN;
  const auto j = evaluation_to_json({r}, {});
  const auto& c = j.at("configs")[0];
  EXPECT_FALSE(c.at("errors").contains("o_rel_l2"));
  EXPECT_FALSE(c.at("errors").contains("lse_max_abs"));
  EXPECT_EQ(c.at("samples").size(), 3u);
  EXPECT_FALSE(c.at("baselines").contains("broken"));
  // The text must parse back: JSON has no NaN.
  const auto back = nlohmann::json::parse(j.dump());
  EXPECT_EQ(back.at("configs").size(), 1u);
}

TEST(ResultJson, KeepsConfigOrder) {
  ConfigMeasurement a = correct_result(), b = correct_result();
  a.name = "first";
  b.name = "second";
  const auto j = evaluation_to_json({a, b}, {});
  EXPECT_EQ(j.at("configs")[0].at("name"), "first");
  EXPECT_EQ(j.at("configs")[1].at("name"), "second");
}

TEST(ResultJson, ErrorFiguresUsePrefixedKeys) {
  ErrorStats s;
  s.max_abs = 0.5;
  s.max_tol_ratio = 2.0;
  s.rel_l2 = 0.1;
  s.mismatches = 7;
  s.nonfinite = 3;
  std::map<std::string, double> e;
  add_error_figures("lse", s, &e);
  EXPECT_DOUBLE_EQ(e.at("lse_max_abs"), 0.5);
  EXPECT_DOUBLE_EQ(e.at("lse_tol_ratio"), 2.0);
  EXPECT_DOUBLE_EQ(e.at("lse_rel_l2"), 0.1);
  EXPECT_DOUBLE_EQ(e.at("lse_mismatches"), 7);
  EXPECT_DOUBLE_EQ(e.at("lse_nonfinite"), 3);
}

}  // namespace
}  // namespace avo::attention
