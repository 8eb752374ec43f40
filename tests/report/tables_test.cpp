// The tables avo eval, bench, show and log print (src/avo/report/tables.h).
#include "avo/report/tables.h"

#include <gtest/gtest.h>

namespace avo {
namespace {

Evaluation Flagged() {
  Evaluation e;
  e.outcome = Outcome::kScored;
  e.suite = "mha";
  e.correct = true;
  e.unit = "TFLOPS";
  ConfigResult a;
  a.name = "mha_s4096_nc";
  a.correct = true;
  a.value = 800;
  a.baselines["cudnn"] = 600;
  a.flags.push_back("1.33x the same-process cuDNN (above 1.25x): check this figure by hand");
  ConfigResult b;
  b.name = "mha_s8192_nc";
  b.correct = true;
  b.value = 500;
  e.configs = {a, b};
  e.scalar = Geomean({800, 500});
  return e;
}

TEST(FormatEvaluationTest, ShowsEveryFlagWithItsConfiguration) {
  const std::string out = FormatEvaluation(Flagged(), true);
  EXPECT_NE(out.find("FLAG mha_s4096_nc: 1.33x the same-process cuDNN"), std::string::npos) << out;
  EXPECT_EQ(out.find("FLAG mha_s8192_nc"), std::string::npos) << out;
}

TEST(FormatEvaluationTest, NoFlagNoFlagLine) {
  Evaluation e = Flagged();
  e.configs[0].flags.clear();
  EXPECT_EQ(FormatEvaluation(e, true).find("FLAG"), std::string::npos);
}

TEST(FormatLogTest, MarksAVersionWhoseScoreCarriesFlags) {
  Version v0;
  v0.number = 0;
  v0.commit = "0123456789abcdef";
  v0.summary = "seed";
  v0.scalar = 300;
  v0.score = {{"unit", "TFLOPS"}, {"configs", nlohmann::json::array()}};
  Version v1 = v0;
  v1.number = 1;
  v1.summary = "wgmma";
  v1.scalar = 632;
  v1.score = Flagged().ToJson();
  const std::string out = FormatLog({v0, v1}, {});
  const auto line1 = out.substr(out.find("v1 "));
  EXPECT_NE(line1.find("FLAGGED: 1 figure(s)"), std::string::npos) << out;
  EXPECT_EQ(out.substr(0, out.find("v1 ")).find("FLAGGED"), std::string::npos) << out;
}

}  // namespace
}  // namespace avo
