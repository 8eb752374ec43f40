#include "avo/operators/mutate.h"

#include <gtest/gtest.h>

#include "avo/engine/run.h"
#include "avo/task/knobs.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(MutateTest, SubmitsACandidateWithChangedKnobsAndSaysWhich) {
  testing::TempDir task, runs;
  testing::WriteFakeTask(task.path());
  auto run = Run::Create(task.path(), runs.path() / "r");
  ASSERT_TRUE(run.ok());
  FileSet seed = *ReadFileSet(task.path(), {"params.txt"});
  ASSERT_TRUE((*run)->lineage().Commit(seed, {{"scalar", 11}}, "v0", {}).ok());

  std::mt19937_64 rng(1);
  std::vector<Submission> got;
  StepContext ctx;
  ctx.task = &(*run)->task();
  ctx.lineage = &(*run)->lineage();
  ctx.archive = &(*run)->archive();
  ctx.rng = &rng;
  ctx.submit = [&](const Submission& s) {
    got.push_back(s);
    return Verdict{};
  };
  MutateOperator op;
  for (int i = 0; i < 20; ++i) {
    auto r = op.Vary(ctx);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->submissions, 1);
  }
  ASSERT_EQ(got.size(), 20u);
  for (const auto& s : got) {
    EXPECT_NE(s.files, seed);
    EXPECT_EQ(s.parent_version, 0);
    EXPECT_EQ(s.message.rfind("mutate v0: ", 0), 0u) << s.message;
    auto knobs = ReadKnobs(s.files, (*run)->task());
    ASSERT_TRUE(knobs.ok());
    EXPECT_TRUE(knobs->at("x") != "1" || knobs->at("y") != "1");
    EXPECT_NE(s.message.find("->"), std::string::npos);
  }
}

TEST(MutateTest, ATaskWithoutKnobsIsAnError) {
  testing::TempDir task, runs;
  testing::WriteFakeTask(task.path());
  std::string toml = testing::ReadFile(task.path() / "task.toml");
  toml = toml.substr(0, toml.find("[knobs.x]"));
  task.Write("task.toml", toml);
  auto run = Run::Create(task.path(), runs.path() / "r");
  ASSERT_TRUE(run.ok()) << run.status().message();
  std::mt19937_64 rng(1);
  StepContext ctx;
  ctx.task = &(*run)->task();
  ctx.lineage = &(*run)->lineage();
  ctx.archive = &(*run)->archive();
  ctx.rng = &rng;
  MutateOperator op;
  auto r = op.Vary(ctx);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("declares no knobs"), std::string::npos);
}

}  // namespace
}  // namespace avo
