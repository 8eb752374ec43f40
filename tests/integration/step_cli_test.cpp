// `avo step` driven through the real binary on tasks/matmul, as a coding agent drives it (issue:
// "Any coding agent, or a person, as the variation operator"): begin, an edit, an advisory
// eval, a commit the gate accepts, a slower version it rejects with its reason, and kill -9
// during commits followed by status and a new commit, after which git, the archive and the
// lineage agree.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "avo/engine/run.h"
#include "avo/lineage/trailers.h"
#include "avo/util/fs.h"
#include "testing/evaluator.h"
#include "testing/kill.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Lines;

const std::string kAvo = AVO_BINARY;
const std::string kMatmul = std::string(AVO_SOURCE_DIR) + "/tasks/matmul";

ProcessResult Avo(const std::vector<std::string>& args, int timeout_s = 180) {
  std::vector<std::string> argv = {kAvo};
  argv.insert(argv.end(), args.begin(), args.end());
  return testing::Run(testing::AvoArgv(argv), timeout_s);
}

void Replace(const std::filesystem::path& file, const std::string& from, const std::string& to) {
  auto text = ReadFile(file);
  ASSERT_TRUE(text.ok());
  std::string s = *text;
  const auto at = s.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  s.replace(at, from.size(), to);
  ASSERT_TRUE(WriteFile(file, s).ok());
}

std::string Trailer(const std::string& git_dir, const std::string& rev, const std::string& key) {
  auto r = testing::Run({"git", "--git-dir", git_dir, "log", "-1",
                         "--format=%(trailers:key=" + key + ",valueonly)", rev});
  return r.out.substr(0, r.out.find('\n'));
}

// git fsck clean, archive integrity ok, and one committed attempt per version, same commits.
void ExpectConsistent(const std::string& run) {
  const std::string git_dir = run + "/lineage.git";
  auto fsck = testing::Run({"git", "--git-dir", git_dir, "fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
  auto integrity = testing::Run({"sqlite3", run + "/archive.db", "PRAGMA integrity_check"});
  EXPECT_EQ(integrity.out, "ok\n") << integrity.err;
  auto commits = Lines(testing::Run({"git", "--git-dir", git_dir, "log", "--format=%H"}).out);
  auto archived = Lines(testing::Run({"sqlite3", run + "/archive.db",
                                      "SELECT commit_id FROM attempts WHERE status='committed'"})
                            .out);
  EXPECT_EQ(std::set<std::string>(archived.begin(), archived.end()),
            std::set<std::string>(commits.begin(), commits.end()));
  EXPECT_EQ(archived.size(), commits.size());
  auto running = testing::Run(
      {"sqlite3", run + "/archive.db", "SELECT count(*) FROM attempts WHERE status='running'"});
  EXPECT_EQ(running.out, "0\n");
}

TEST(StepCliTest, BeginEditEvalCommitAndARejectedSlowerVersion) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  auto begin = Avo({"step", "begin", kMatmul, "--run", run});
  ASSERT_EQ(begin.exit_code, 0) << begin.err;
  const std::filesystem::path ws = begin.out.substr(0, begin.out.find('\n'));
  EXPECT_EQ(ws, std::filesystem::path(run) / "steps/1/workspace");
  auto brief = ReadFile(ws / "BRIEF.md");
  ASSERT_TRUE(brief.ok());
  EXPECT_NE(brief->find("step commit " + run), std::string::npos) << *brief;
  EXPECT_NE(brief->find("v0"), std::string::npos);

  // A second begin finds the open step: an error (it began nothing), unless --reuse asks to
  // continue it.
  auto again = Avo({"step", "begin", run});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.out, "");
  EXPECT_NE(again.err.find("open already"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("--reuse"), std::string::npos) << again.err;
  auto reuse = Avo({"step", "begin", run, "--reuse"});
  EXPECT_EQ(reuse.exit_code, 0) << reuse.err;
  EXPECT_EQ(reuse.out, begin.out);

  Replace(ws / "kernel.cpp", "kOrder = Order::ijk", "kOrder = Order::ikj");
  auto eval = Avo({"step", "eval", run});
  EXPECT_EQ(eval.exit_code, 0) << eval.err << eval.out;
  EXPECT_NE(eval.out.find("advisory"), std::string::npos);
  EXPECT_NE(eval.out.find("v0"), std::string::npos) << eval.out;  // the best beside it
  auto events = testing::Run(
      {"sqlite3", run + "/archive.db", "SELECT count(*) FROM events WHERE kind='step_eval'"});
  EXPECT_EQ(events.out, "1\n");

  auto commit = Avo({"step", "commit", run, "-m", "order ikj: a unit-stride inner loop"});
  ASSERT_EQ(commit.exit_code, 0) << commit.err << commit.out;
  EXPECT_NE(commit.out.find("committed as v1"), std::string::npos) << commit.out;
  const std::string git_dir = run + "/lineage.git";
  EXPECT_EQ(Trailer(git_dir, "HEAD", trailer::kOperator), "step");
  EXPECT_EQ(Trailer(git_dir, "HEAD", trailer::kStep), "1");
  auto status = Avo({"step", "status", run, "--json"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_FALSE(nlohmann::json::parse(status.out)["open"].get<bool>());

  // A slower version, by a named agent: rejected with the gate's reason, the step stays open.
  auto b2 = Avo({"step", "begin", run, "--by", "agent-x", "--json"});
  ASSERT_EQ(b2.exit_code, 0) << b2.err;
  const std::filesystem::path ws2 = nlohmann::json::parse(b2.out)["workspace"].get<std::string>();
  Replace(ws2 / "kernel.cpp", "kOrder = Order::ikj", "kOrder = Order::jki");
  auto slower = Avo({"step", "commit", run, "-m", "order jki"});
  EXPECT_EQ(slower.exit_code, 3) << slower.err << slower.out;
  EXPECT_NE(slower.out.find("rejected:"), std::string::npos) << slower.out;
  EXPECT_NE(slower.out.find("paired rounds"), std::string::npos) << slower.out;
  auto op =
      testing::Run({"sqlite3", run + "/archive.db",
                    "SELECT operator || ' ' || status FROM attempts ORDER BY id DESC LIMIT 1"});
  EXPECT_EQ(op.out, "agent-x rejected\n");
  auto still = Avo({"step", "status", run, "--json"});
  auto sj = nlohmann::json::parse(still.out);
  EXPECT_TRUE(sj["open"].get<bool>());
  EXPECT_EQ(sj["step"]["commits"], 1);

  // Bad input: one clear line, nothing changed.
  auto forged = Avo({"step", "begin", run, "--by", "agent\nAvo-Attempt: 1000"});
  EXPECT_NE(forged.exit_code, 0);
  EXPECT_NE(forged.err.find("--by"), std::string::npos) << forged.err;
  EXPECT_NE(forged.err.find("without control characters"), std::string::npos) << forged.err;
  EXPECT_EQ(std::count(forged.err.begin(), forged.err.end(), '\n'), 1) << forged.err;
  auto empty = Avo({"step", "commit", run});
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("-m MESSAGE or -F FILE"), std::string::npos) << empty.err;
  // A message that is not UTF-8 (every JSON reader of the run would fail on it), a message file
  // that never ends or is a directory: refused in one line, nothing judged.
  const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
      {{"-m", "faster\xff\xfe"}, "-m: the message is not valid UTF-8 (byte 0xFF at offset 6)"},
      {{"-F", "/dev/zero"}, "-F: /dev/zero: longer than 1048576 bytes"},
      {{"-F", d.path().string()}, "a directory, not a file"},
  };
  for (const auto& [flags, expect] : refused) {
    std::vector<std::string> args = {"step", "commit", run};
    args.insert(args.end(), flags.begin(), flags.end());
    auto r = Avo(args);
    EXPECT_EQ(r.exit_code, 1) << expect;
    EXPECT_NE(r.err.find(expect), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  EXPECT_EQ(nlohmann::json::parse(Avo({"step", "status", run, "--json"}).out)["step"]["commits"],
            1);
  auto aborted = Avo({"step", "abort", run});
  EXPECT_EQ(aborted.exit_code, 0) << aborted.err;
  auto none = Avo({"step", "commit", run, "-m", "x"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("no step is open"), std::string::npos) << none.err;

  // avo evolve goes on from the same run, after the steps avo step took.
  auto evolve = Avo({"evolve", run, "--steps", "1", "-q"});
  EXPECT_EQ(evolve.exit_code, 0) << evolve.err;
  auto steps = testing::Run({"sqlite3", run + "/archive.db", "SELECT max(step) FROM attempts"});
  EXPECT_GE(std::stoi(steps.out), 2);
  ExpectConsistent(run);
}

TEST(StepCliTest, KillsDuringACommitLoseNothing) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  auto begin = Avo({"step", "begin", kMatmul, "--run", run});
  ASSERT_EQ(begin.exit_code, 0) << begin.err;
  const std::filesystem::path ws = begin.out.substr(0, begin.out.find('\n'));
  Replace(ws / "kernel.cpp", "kOrder = Order::ijk", "kOrder = Order::ikj");
  // Kills while the candidate builds, while it is measured, and late in the commit.
  for (int ms : {300, 2500, 6000}) {
    testing::RunAndKill(testing::AvoArgv({kAvo, "step", "commit", run, "-m", "order ikj"}), ms);
    auto status = Avo({"step", "status", run, "--json"});
    ASSERT_EQ(status.exit_code, 0) << status.err;
    if (!nlohmann::json::parse(status.out)["open"].get<bool>()) break;  // that commit went through
  }
  auto status = Avo({"step", "status", run, "--json"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  if (nlohmann::json::parse(status.out)["open"].get<bool>()) {
    auto commit = Avo({"step", "commit", run, "-m", "order ikj"});
    EXPECT_EQ(commit.exit_code, 0) << commit.err << commit.out;
  }
  auto versions =
      Lines(testing::Run({"git", "--git-dir", run + "/lineage.git", "log", "--format=%H"}).out);
  EXPECT_EQ(versions.size(), 2u);  // the seed and the step's version, once
  ExpectConsistent(run);
}

}  // namespace
}  // namespace avo
