// A run whose seed was refused holds no version: given the task directory again after the user
// fixed the task, it judges the task as it is now (Run::RetakeTask), not the broken snapshot it
// took first. Once a version exists the snapshot is fixed: the lineage was judged against it.
#include <gtest/gtest.h>

#include "avo/engine/run.h"
#include "testing/avo_cli.h"
#include "testing/fake_task.h"

namespace avo {
namespace {

class SeedRetakeTest : public ::testing::Test {
 protected:
  ProcessResult Evolve() {
    return testing::Avo({"evolve", task_.path().string(), "--run", run_dir().string(), "--steps",
                         "1", "--seed", "3"});
  }
  std::size_t Retakes() {
    auto run = Run::Open(run_dir(), false);
    EXPECT_TRUE(run.ok()) << run.status().message();
    auto events = (*run)->archive().Events("task_retaken");
    EXPECT_TRUE(events.ok()) << events.status().message();
    return events->size();
  }
  std::filesystem::path run_dir() const { return runs_.path() / "r"; }
  testing::TempDir task_, runs_;
};

TEST_F(SeedRetakeTest, ARunWhoseSeedFailedJudgesTheTaskAsTheUserFixedIt) {
  testing::WriteFakeTask(task_.path(), "echo 'evaluator broken' >&2; exit 3\n");
  const ProcessResult refused = Evolve();
  ASSERT_NE(refused.exit_code, 0) << refused.out;
  EXPECT_NE(refused.err.find("was not accepted"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("takes its task afresh"), std::string::npos) << refused.err;
  ASSERT_TRUE(Run::Exists(run_dir()));

  // The same broken task again: nothing to retake.
  ASSERT_NE(Evolve().exit_code, 0);
  EXPECT_EQ(Retakes(), 0u);

  testing::WriteFakeTask(task_.path());  // fixed
  const ProcessResult fixed = Evolve();
  ASSERT_EQ(fixed.exit_code, 0) << fixed.err;
  EXPECT_EQ(Retakes(), 1u);
  auto run = Run::Open(run_dir(), false);
  ASSERT_TRUE(run.ok()) << run.status().message();
  auto seed = (*run)->lineage().Head();
  ASSERT_TRUE(seed.ok() && seed->has_value());
  run->reset();

  // With a version in the lineage, a changed task directory leaves the snapshot as it was.
  testing::WriteFakeTask(task_.path(), "exit 4\n");
  const ProcessResult kept = Evolve();
  EXPECT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_EQ(Retakes(), 1u);
}

TEST_F(SeedRetakeTest, ARunGivenByItsOwnDirectoryKeepsItsSnapshot) {
  testing::WriteFakeTask(task_.path(), "exit 3\n");
  ASSERT_NE(Evolve().exit_code, 0);
  testing::WriteFakeTask(task_.path());
  // Named by the run directory, the task's source is not consulted.
  const ProcessResult r =
      testing::Avo({"evolve", run_dir().string(), "--steps", "1", "--seed", "3"});
  EXPECT_NE(r.exit_code, 0) << r.out;
  EXPECT_EQ(Retakes(), 0u);
}

}  // namespace
}  // namespace avo
