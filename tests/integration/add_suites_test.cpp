// `avo add-suites RUN --from TASK` through the real binary: a run gains a suite its task got
// later and is judged on it, a changed judge is refused with nothing changed, and a process
// killed between the trusted.json write and the task.toml write is completed by a second call.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "avo/util/fs.h"
#include "avo/util/sha256.h"
#include "testing/avo_cli.h"
#include "testing/fake_task.h"

namespace avo {
namespace {

using testing::Avo;

// The fake task's evaluator answers configurations a and b: the new suite asks for them anew.
const char kNewSuite[] =
    "\n[suites.wide]\nconfigs = [{ name = \"a\", size = 2 }, { name = \"b\", size = 2 }]\n";

class AddSuitesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::WriteFakeTask(task_);
    auto init = Avo({"init", task_.string(), "--run", run_.string()});
    ASSERT_EQ(init.exit_code, 0) << init.err;
  }
  void AppendToTask(const std::string& text) {
    auto toml = ReadFile(task_ / "task.toml");
    ASSERT_TRUE(toml.ok());
    ASSERT_TRUE(WriteFile(task_ / "task.toml", *toml + text).ok());
  }
  std::string Snapshot() { return testing::ReadFile(run_ / "task" / "task.toml"); }
  testing::TempDir dir_;
  std::filesystem::path task_ = dir_.path() / "task", run_ = dir_.path() / "run";
};

TEST_F(AddSuitesTest, TheRunIsJudgedOnTheNewSuite) {
  auto before = Avo({"step", "begin", run_.string(), "--suite", "wide"});
  EXPECT_NE(before.exit_code, 0);
  EXPECT_NE(before.err.find("no suite 'wide'"), std::string::npos) << before.err;

  AppendToTask(kNewSuite);
  auto added = Avo({"add-suites", run_.string(), "--from", task_.string(), "--json"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(nlohmann::json::parse(added.out)["added"], nlohmann::json::array({"wide"}));

  auto begin = Avo({"step", "begin", run_.string(), "--suite", "wide", "--by", "test"});
  ASSERT_EQ(begin.exit_code, 0) << begin.err;
  auto eval = Avo({"step", "eval", run_.string(), "--json"});
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  auto e = nlohmann::json::parse(eval.out);
  EXPECT_EQ(e["suite"], "wide");
  EXPECT_EQ(e["configs"].size(), 2U);

  auto events = testing::Run({"sqlite3", (run_ / "archive.db").string(),
                              "SELECT message FROM events WHERE kind = 'add_suites'"});
  EXPECT_NE(events.out.find("wide"), std::string::npos) << events.out;
  auto again = Avo({"add-suites", run_.string(), "--from", task_.string()});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("adds no suite"), std::string::npos) << again.err;
}

TEST_F(AddSuitesTest, AChangedJudgeIsRefusedAndNothingChanges) {
  const std::string snapshot = Snapshot();
  const std::string trusted = testing::ReadFile(run_ / "trusted.json");
  AppendToTask(std::string(kNewSuite) + "\n[tolerance]\natol = 0.5\n");
  auto r = Avo({"add-suites", run_.string(), "--from", task_.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("'tolerance' differs from the run's task"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  EXPECT_EQ(Snapshot(), snapshot);
  EXPECT_EQ(testing::ReadFile(run_ / "trusted.json"), trusted);
}

TEST_F(AddSuitesTest, ATamperedSnapshotIsNotBlessed) {
  // The run's own task.toml changed behind avo's back: add-suites names it and refuses.
  ASSERT_TRUE(WriteFile(run_ / "task" / "task.toml", Snapshot() + "\n# edited\n").ok());
  AppendToTask(kNewSuite);
  auto r = Avo({"add-suites", run_.string(), "--from", task_.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("trusted file changed"), std::string::npos) << r.err;
}

TEST_F(AddSuitesTest, ASecondCallCompletesOneKilledHalfWay) {
  AppendToTask(kNewSuite);
  // The state a kill between the two writes leaves: trusted.json already vouches for the new
  // task.toml, the snapshot still holds the old one, and evaluations are refused.
  auto text = ReadFile(task_ / "task.toml");
  ASSERT_TRUE(text.ok());
  auto trusted = nlohmann::json::parse(testing::ReadFile(run_ / "trusted.json"));
  trusted["files"]["task/task.toml"]["sha256"] = Sha256Hex(*text);
  ASSERT_TRUE(WriteFile(run_ / "trusted.json", trusted.dump(2)).ok());
  auto refused = Avo({"eval", run_.string()});
  EXPECT_NE(refused.exit_code, 0);

  auto r = Avo({"add-suites", run_.string(), "--from", task_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Snapshot(), *text);
  auto eval = Avo({"eval", run_.string(), "--suite", "wide"});
  EXPECT_EQ(eval.exit_code, 0) << eval.err;
}

// A kill while the staged task.toml or a temporary file of the atomic writes was on disk left
// it in the snapshot, where the trusted-file check took it for tampering and refused the run and
// the repeated command alike. The next avo to open the run removes them.
TEST_F(AddSuitesTest, FilesOfAKilledAddSuitesDoNotBlockTheRun) {
  AppendToTask(kNewSuite);
  const auto text = ReadFile(task_ / "task.toml");
  ASSERT_TRUE(text.ok());
  for (const char* leftover :
       {".task.toml.add-suites", ".task.toml.add-suites.tmp.4242", "task.toml.tmp.4243"})
    ASSERT_TRUE(WriteFile(run_ / "task" / leftover, *text).ok());
  auto r = Avo({"add-suites", run_.string(), "--from", task_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto eval = Avo({"eval", run_.string(), "--suite", "wide"});
  EXPECT_EQ(eval.exit_code, 0) << eval.err;
  for (const char* leftover :
       {".task.toml.add-suites", ".task.toml.add-suites.tmp.4242", "task.toml.tmp.4243"})
    EXPECT_FALSE(std::filesystem::exists(run_ / "task" / leftover)) << leftover;
}

}  // namespace
}  // namespace avo
