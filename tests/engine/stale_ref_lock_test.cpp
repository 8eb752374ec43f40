// A kill -9 while a commit moves the branch leaves the ref's lock file behind (the branch did not
// move). The next writer to take the run's lock removes it, so the resumed run can commit again.
#include <gtest/gtest.h>

#include <fstream>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/operators/mutate.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

Result<EvolveSummary> Evolve(const std::filesystem::path& task, const std::filesystem::path& dir,
                             int steps) {
  auto run = Run::Exists(dir) ? Run::Open(dir, true) : Run::Create(task, dir);
  if (!run.ok()) return run.status();
  LocalEvaluator ev((*run)->task(), testing::EvaluatorOptions((*run)->paths().scratch()));
  MutateOperator op;
  Engine engine(**run, ev, op, nullptr);
  EvolveOptions o;
  o.steps = steps;
  o.seed = 3;
  return engine.Evolve(o);
}

TEST(StaleRefLockTest, AWriterRemovesALockLeftByAKilledCommit) {
  testing::TempDir task, runs;
  testing::WriteFakeTask(task.path());
  const auto dir = runs.path() / "r";
  ASSERT_TRUE(Evolve(task.path(), dir, 1).ok());
  const auto lock = dir / "lineage.git" / "refs" / "heads" / "main.lock";
  std::ofstream(lock) << "0000000000000000000000000000000000000000\n";
  {  // A reader leaves it alone: a writer may hold the run.
    auto reader = Run::Open(dir, false);
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE(std::filesystem::exists(lock));
  }
  auto s = Evolve(task.path(), dir, 12);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_FALSE(std::filesystem::exists(lock));
  EXPECT_GT(s->commits, 0);
}

}  // namespace
}  // namespace avo
