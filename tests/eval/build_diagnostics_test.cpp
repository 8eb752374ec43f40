// What of a build's output reaches the operator (src/avo/eval/build_diagnostics.h).
#include "avo/eval/build_diagnostics.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "avo/eval/local_evaluator.h"
#include "avo/task/task.h"
#include "avo/util/fs.h"
#include "testing/evaluator.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

const std::filesystem::path kWs = "/scratch/run/w0000000001-abc";
const std::string kOwn =
    "kernel/attention.cu\n#include \"flash.cuh\"\nint tile_rows = 128;\nfloat scale;\n";

TEST(CutBuildLogTest, KeepsDiagnosticsInTheWorkspaceWithRelativePaths) {
  const std::string log =
      "In file included from /scratch/run/w0000000001-abc/kernel/attention.cu:3:\n"
      "/scratch/run/w0000000001-abc/kernel/attention.cu:12:5: error: 'tile_rows' was not "
      "declared in this scope\n"
      "   12 |     tile_rows = 3;\n"
      "      |     ^~~~~~~~~\n"
      "kernel/attention.cu(40): warning: variable \"scale\" was declared but never referenced\n";
  const BuildLogCut cut = CutBuildLog(log, kWs, kOwn);
  EXPECT_EQ(cut.kept, 2u);
  EXPECT_EQ(cut.dropped, 3u);
  EXPECT_NE(cut.text.find("kernel/attention.cu:12:5: error: 'tile_rows' was not declared"),
            std::string::npos)
      << cut.text;
  EXPECT_NE(cut.text.find("kernel/attention.cu(40): warning: variable \"scale\""),
            std::string::npos)
      << cut.text;
  EXPECT_EQ(cut.text.find("/scratch/run"), std::string::npos) << cut.text;
  EXPECT_EQ(cut.text.find("tile_rows = 3"), std::string::npos) << "source excerpt: " << cut.text;
  EXPECT_NE(cut.text.find("(3 line(s) of build output not shown"), std::string::npos);
}

TEST(CutBuildLogTest, DropsDiagnosticsLocatedOutsideTheWorkspace) {
  const std::string log =
      "/etc/shadow:1:1: error: 'root' does not name a type\n"
      "/home/someone/.config/token(1): error: identifier \"ghp_secret123\" is undefined\n"
      "../../../etc/passwd:1:5: error: expected ';'\n"
      "/scratch/run/w0000000001-abc/../w0000000002-def/kernel/x.cu:1:1: error: other workspace\n";
  const BuildLogCut cut = CutBuildLog(log, kWs, kOwn);
  EXPECT_EQ(cut.kept, 0u);
  EXPECT_EQ(cut.dropped, 4u);
  for (const char* leak : {"root", "ghp_secret123", "shadow", "passwd", "other workspace"})
    EXPECT_EQ(cut.text.find(leak), std::string::npos) << leak << " in " << cut.text;
}

TEST(CutBuildLogTest, MasksQuotedWordsTheWorkspaceDoesNotHold) {
  // A name or value that came from a file outside, quoted in a message located in the
  // workspace (a macro expansion, a static_assert on an included constant, an unresolved
  // extern named after a file's content).
  const std::string log =
      "kernel/attention.cu:7:1: error: static assertion failed: 'tile_rows == 4242'\n"
      "kernel/attention.cu:8:1: error: 'zq_secret_9f3e' was not declared; did you mean "
      "'scale'?\n"
      "ptxas fatal   : Unresolved extern function 'hunter2_host'\n"
      "ptxas info    : Used 168 registers, used 16 barriers\n"
      "nvlink error   : Undefined reference to 'tile_rows' in 'kernel/attention.cu'\n";
  const BuildLogCut cut = CutBuildLog(log, kWs, kOwn);
  EXPECT_EQ(cut.kept, 5u) << cut.text;
  for (const char* leak : {"4242", "zq_secret_9f3e", "hunter2_host"})
    EXPECT_EQ(cut.text.find(leak), std::string::npos) << leak << " in " << cut.text;
  EXPECT_NE(cut.text.find("static assertion failed: '<?>'"), std::string::npos) << cut.text;
  EXPECT_NE(cut.text.find("did you mean 'scale'?"), std::string::npos) << cut.text;
  EXPECT_NE(cut.text.find("Used 168 registers"), std::string::npos) << cut.text;
  EXPECT_NE(cut.text.find("Undefined reference to 'tile_rows' in 'kernel/attention.cu'"),
            std::string::npos)
      << cut.text;
}

TEST(CutBuildLogTest, AQuoteThatDoesNotCloseHidesTheRestOfTheLine) {
  const BuildLogCut cut =
      CutBuildLog("kernel/attention.cu:1:1: error: stray 'tile_rows and then s3cr3t\n", kWs, kOwn);
  EXPECT_EQ(cut.text.find("s3cr3t"), std::string::npos) << cut.text;
  EXPECT_NE(cut.text.find("stray '<?>"), std::string::npos) << cut.text;
}

TEST(CutBuildLogTest, KeepsAtMostMaxLinesOfAtMost400Characters) {
  std::string log;
  for (int i = 0; i < 100; ++i)
    log += "kernel/attention.cu:" + std::to_string(i + 1) + ":1: error: " + std::string(900, 'x') +
           "\n";
  const BuildLogCut cut = CutBuildLog(log, kWs, kOwn, 10);
  EXPECT_EQ(cut.kept, 10u);
  EXPECT_EQ(cut.dropped, 90u);
  std::size_t start = 0, longest = 0;
  while (start < cut.text.size()) {
    const std::size_t nl = cut.text.find('\n', start);
    longest = std::max(longest, nl - start);
    start = nl + 1;
  }
  EXPECT_LE(longest, 420u);
  // A line of a megabyte (a template error) is cut before it is matched.
  const BuildLogCut huge =
      CutBuildLog("kernel/attention.cu:1:1: error: " + std::string(1 << 20, 'y') + "\n", kWs, kOwn);
  EXPECT_EQ(huge.kept, 1u);
}

// The real evaluator on tasks/matmul, unconfined (as on a machine where bwrap cannot work, or
// with --no-sandbox), so that the compiler does read the files outside: a candidate that
// includes them fails to build, and neither the failure's reason nor the build log it carries
// to the operator holds a word of them.
TEST(CutBuildLogTest, AnIncludeOfAFileOutsideTheWorkspaceDoesNotComeBack) {
  testing::TempDir d;
  const std::filesystem::path secret = d.path() / "outside" / "token.txt";
  const std::filesystem::path value = d.path() / "outside" / "value.txt";
  std::filesystem::create_directories(secret.parent_path());
  std::ofstream(secret) << "int zq_secret_9f3e_token = ;\n";  // a syntax error in the file
  std::ofstream(value) << "zq_other_7c1d\n";                  // an undeclared name, quoted
  auto task = LoadTask(std::filesystem::path(AVO_SOURCE_DIR) / "tasks/matmul");
  ASSERT_TRUE(task.ok()) << task.status().message();
  auto files = ReadFileSet(task->dir, task->editable);
  ASSERT_TRUE(files.ok());
  LocalEvaluatorOptions o = testing::EvaluatorOptions(d.path() / "scratch");
  o.no_sandbox = true;
  LocalEvaluator ev(*task, o);
  for (const std::string& prefix :
       {"#include \"" + secret.string() + "\"\n",
        "static int leaked = \n#include \"" + value.string() + "\"\n;\n"}) {
    FileSet f = *files;
    f.at("kernel.cpp") = prefix + f.at("kernel.cpp");
    const Evaluation e = ev.Score(f, {});
    EXPECT_EQ(e.outcome, Outcome::kBuildFailed) << e.reason;
    for (const std::string& text : {e.reason, e.build_log}) {
      EXPECT_EQ(text.find("zq_secret_9f3e_token"), std::string::npos) << text;
      EXPECT_EQ(text.find("zq_other_7c1d"), std::string::npos) << text;
    }
    EXPECT_NE(e.build_log.find("not shown"), std::string::npos) << e.build_log;
  }
}

// A failed build's reason is one line: the first error of the workspace's own diagnostics,
// never a caret line or a source excerpt, and how many more lines the build log holds.
TEST(CutBuildLogTest, AFailedBuildsReasonIsItsFirstErrorOnOneLine) {
  testing::TempDir d;
  auto task = LoadTask(std::filesystem::path(AVO_SOURCE_DIR) / "tasks/matmul");
  ASSERT_TRUE(task.ok()) << task.status().message();
  auto files = ReadFileSet(task->dir, task->editable);
  ASSERT_TRUE(files.ok());
  LocalEvaluatorOptions o = testing::EvaluatorOptions(d.path() / "scratch");
  LocalEvaluator ev(*task, o);
  FileSet f = *files;
  f.at("kernel.cpp") += "\nstatic int broken() { return undeclared_name_a + undeclared_name_b; }\n";
  const Evaluation e = ev.Score(f, {});
  ASSERT_EQ(e.outcome, Outcome::kBuildFailed) << e.reason;
  EXPECT_EQ(e.reason.find('\n'), std::string::npos) << e.reason;
  EXPECT_NE(e.reason.find("error: "), std::string::npos) << e.reason;
  EXPECT_NE(e.reason.find("undeclared_name_a"), std::string::npos) << e.reason;
  EXPECT_EQ(e.reason.find('^'), std::string::npos) << e.reason;
  EXPECT_NE(e.reason.find("more line(s) in the attempt's build log"), std::string::npos)
      << e.reason;
}

}  // namespace
}  // namespace avo
