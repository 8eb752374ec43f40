#include <gtest/gtest.h>

#include <cmath>

#include "avo/score/evaluation.h"
#include "avo/score/gate.h"

namespace avo {
namespace {

TaskSpec Task() {
  TaskSpec t;
  t.unit = "TFLOPS";
  t.suites["s"] = Suite{"s", "", {{"a", {}}, {"b", {}}}};
  t.default_suite = "s";
  return t;
}

TEST(GeomeanTest, IsTheGeometricMean) {
  EXPECT_NEAR(Geomean({2, 8}), 4, 1e-12);
  EXPECT_NEAR(Geomean({5}), 5, 1e-12);
  EXPECT_EQ(Geomean({}), 0);
  EXPECT_EQ(Geomean({3, 0}), 0);
  EXPECT_EQ(Geomean({3, NAN}), 0);
  // An infinite value is no measurement: a geomean over it would make any candidate the best.
  EXPECT_EQ(Geomean({3, INFINITY}), 0);
}

TEST(ParseEvaluationTest, CorrectResultGivesGeomean) {
  auto t = Task();
  auto e = ParseEvaluation(R"({"schema":"avo.evaluation.v1","configs":[
      {"name":"b","correct":true,"value":8,"baselines":{"cudnn":4}},
      {"name":"a","correct":true,"value":2,"errors":{"max_abs":0.001}}]})",
                           t.suites["s"], t);
  EXPECT_EQ(e.outcome, Outcome::kScored);
  EXPECT_TRUE(e.correct);
  EXPECT_NEAR(e.scalar, 4, 1e-12);
  ASSERT_EQ(e.configs.size(), 2u);
  EXPECT_EQ(e.configs[0].name, "a");  // suite order, not file order
  EXPECT_EQ(e.configs[1].baselines.at("cudnn"), 4);
  EXPECT_EQ(e.configs[0].unit, "TFLOPS");
}

TEST(ParseEvaluationTest, FlagsAreKeptAndRoundTripButDoNotScore) {
  auto t = Task();
  auto e = ParseEvaluation(R"({"schema":"avo.evaluation.v1","configs":[
      {"name":"a","correct":true,"value":2,"flags":["1.31x cuDNN: check by hand", 7]},
      {"name":"b","correct":true,"value":8}]})",
                           t.suites["s"], t);
  ASSERT_TRUE(e.correct);
  EXPECT_NEAR(e.scalar, 4, 1e-12);           // a flag never changes the score
  ASSERT_EQ(e.configs[0].flags.size(), 1u);  // non-strings are dropped
  EXPECT_EQ(e.configs[0].flags[0], "1.31x cuDNN: check by hand");
  EXPECT_TRUE(e.configs[1].flags.empty());
  auto back = Evaluation::FromJson(e.ToJson());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->configs[0].flags, e.configs[0].flags);
}

TEST(ParseEvaluationTest, TimingConditionsAreKeptAndRoundTripButDoNotScore) {
  auto t = Task();
  auto e = ParseEvaluation(R"({"schema":"avo.evaluation.v1","configs":[
      {"name":"a","correct":true,"value":2,
       "conditions":{"sm_clock_mhz":1665,"power_capped":0.97,"note":"x","bad":null}},
      {"name":"b","correct":true,"value":8,"conditions":[1,2]}]})",
                           t.suites["s"], t);
  ASSERT_TRUE(e.correct);
  EXPECT_NEAR(e.scalar, 4, 1e-12);
  // Only numbers are kept; a record of another shape is ignored, not fatal.
  EXPECT_EQ(e.configs[0].conditions,
            (std::map<std::string, double>{{"power_capped", 0.97}, {"sm_clock_mhz", 1665}}));
  EXPECT_TRUE(e.configs[1].conditions.empty());
  auto back = Evaluation::FromJson(e.ToJson());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->configs[0].conditions, e.configs[0].conditions);
}

TEST(ParseEvaluationTest, OneIncorrectConfigurationZeroesEverything) {
  auto t = Task();
  auto e = ParseEvaluation(R"({"schema":"avo.evaluation.v1","configs":[
      {"name":"a","correct":true,"value":900},
      {"name":"b","correct":false,"value":1000,"message":"o[3] is NaN"}]})",
                           t.suites["s"], t);
  EXPECT_EQ(e.outcome, Outcome::kScored);
  EXPECT_FALSE(e.correct);
  EXPECT_EQ(e.scalar, 0);
  for (const auto& c : e.configs) EXPECT_EQ(c.value, 0);
  EXPECT_NE(e.reason.find("o[3] is NaN"), std::string::npos);
}

TEST(ParseEvaluationTest, BrokenResultsAreInvalid) {
  auto t = Task();
  const char* cases[] = {
      "not json",
      R"({"configs":[]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1}]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1},{"name":"b","correct":true,"value":-1}]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1},{"name":"b","correct":true}]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1},{"name":"a","correct":true,"value":1}]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":"yes","value":1},{"name":"b","correct":true,"value":1}]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1},{"name":"b","correct":true,"value":1},{"name":"c","correct":true,"value":1}]})",
      // A number beyond a double (nlohmann throws out_of_range, not parse_error).
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1e999},{"name":"b","correct":true,"value":1}]})",
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1,"samples":[1e999]},{"name":"b","correct":true,"value":1}]})",
      // Samples the paired gate would take the logarithm of.
      R"({"schema":"avo.evaluation.v1","configs":[{"name":"a","correct":true,"value":1,"samples":[1,0]},{"name":"b","correct":true,"value":1}]})",
  };
  for (const char* c : cases) {
    auto e = ParseEvaluation(c, t.suites["s"], t);
    EXPECT_EQ(e.outcome, Outcome::kInvalidResult) << c;
    EXPECT_FALSE(e.correct) << c;
    EXPECT_EQ(e.scalar, 0) << c;
    EXPECT_FALSE(e.reason.empty()) << c;
  }
}

TEST(ParseEvaluationTest, AnEvaluatorThatCouldNotJudgeIsAnInfraError) {
  auto t = Task();
  auto e = ParseEvaluation(
      R"({"schema":"avo.evaluation.v1","infra_error":"no CUDA device","configs":[]})",
      t.suites["s"], t);
  EXPECT_EQ(e.outcome, Outcome::kInfraError);
  EXPECT_FALSE(e.correct);
  EXPECT_EQ(e.reason, "evaluator: no CUDA device");
}

TEST(EvaluationTest, RoundTripsThroughJson) {
  auto t = Task();
  auto e = ParseEvaluation(R"({"schema":"avo.evaluation.v1","configs":[
      {"name":"a","correct":true,"value":2,"samples":[1,2,3]},{"name":"b","correct":true,"value":8}]})",
                           t.suites["s"], t);
  auto back = Evaluation::FromJson(e.ToJson());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->scalar, e.scalar);
  EXPECT_EQ(back->configs[0].samples, (std::vector<double>{1, 2, 3}));
}

Evaluation Scored(double scalar, bool correct = true) {
  Evaluation e;
  e.outcome = Outcome::kScored;
  e.correct = correct;
  e.scalar = correct ? scalar : 0;
  return e;
}

TEST(GateTest, AcceptsOnlyCorrectAndAtLeastAsGood) {
  GateConfig g;
  EXPECT_TRUE(Decide(Scored(10), 10.0, g, Direction::kHigher).accept);
  EXPECT_TRUE(Decide(Scored(11), 10.0, g, Direction::kHigher).accept);
  EXPECT_FALSE(Decide(Scored(9.99), 10.0, g, Direction::kHigher).accept);
  EXPECT_FALSE(Decide(Scored(100, false), 10.0, g, Direction::kHigher).accept);
}

TEST(GateTest, MinGainRaisesTheBar) {
  GateConfig g{0.02, false};
  EXPECT_FALSE(Decide(Scored(10.1), 10.0, g, Direction::kHigher).accept);
  EXPECT_TRUE(Decide(Scored(10.2), 10.0, g, Direction::kHigher).accept);
}

TEST(GateTest, LowerIsBetterDirection) {
  GateConfig g;
  EXPECT_TRUE(Decide(Scored(4), 5.0, g, Direction::kLower).accept);
  EXPECT_FALSE(Decide(Scored(6), 5.0, g, Direction::kLower).accept);
}

TEST(GateTest, SeedNeedsOnlyCorrectness) {
  EXPECT_TRUE(Decide(Scored(1), std::nullopt, {}, Direction::kHigher).accept);
  Evaluation failed;
  failed.outcome = Outcome::kBuildFailed;
  failed.reason = "nvcc: error";
  auto d = Decide(failed, std::nullopt, {}, Direction::kHigher);
  EXPECT_FALSE(d.accept);
  EXPECT_NE(d.reason.find("build_failed"), std::string::npos);
}

}  // namespace
}  // namespace avo
