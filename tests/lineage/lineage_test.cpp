#include "avo/lineage/lineage.h"

#include <gtest/gtest.h>

#include "avo/lineage/trailers.h"
#include "avo/util/process.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(LineageTest, CommitsVersionsWithFilesScoresAndTrailers) {
  testing::TempDir d;
  auto l = Lineage::Open(d.path() / "lineage.git", true);
  ASSERT_TRUE(l.ok()) << l.status().message();
  auto empty = (*l)->Versions();
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());

  auto c0 =
      (*l)->Commit({{"kernel.cu", "v0"}, {"sub/helper.h", "h"}}, {{"scalar", 1.5}, {"suite", "s"}},
                   "v0: seed\n\nbody", {{trailer::kAttempt, "1"}});
  ASSERT_TRUE(c0.ok()) << c0.status().message();
  auto c1 = (*l)->Commit({{"kernel.cu", "v1"}, {"sub/helper.h", "h"}}, {{"scalar", 2.5}},
                         "v1: faster", {{trailer::kAttempt, "4"}});
  ASSERT_TRUE(c1.ok());

  auto vs = (*l)->Versions();
  ASSERT_TRUE(vs.ok());
  ASSERT_EQ(vs->size(), 2u);
  EXPECT_EQ((*vs)[0].number, 0);
  EXPECT_EQ((*vs)[0].commit, *c0);
  EXPECT_EQ((*vs)[1].summary, "v1: faster");
  EXPECT_DOUBLE_EQ((*vs)[1].scalar, 2.5);
  EXPECT_EQ((*vs)[1].trailers.at(trailer::kAttempt), "4");

  auto files = (*l)->Files(*c1);
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files->size(), 2u);  // the score file is not a candidate file
  EXPECT_EQ(files->at("sub/helper.h"), "h");

  auto diff = (*l)->Diff(*c0, *c1);
  ASSERT_TRUE(diff.ok());
  EXPECT_NE(diff->find("-v0"), std::string::npos);
  EXPECT_NE(diff->find("+v1"), std::string::npos);
  EXPECT_EQ(diff->find("helper"), std::string::npos);

  // Plain git reads it, and finds nothing wrong.
  auto fsck =
      testing::Run({"git", "--git-dir", (d.path() / "lineage.git").string(), "fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.err;
  auto log =
      testing::Run({"git", "--git-dir", (d.path() / "lineage.git").string(), "log", "--format=%s"});
  EXPECT_EQ(log.out, "v1: faster\nv0: seed\n");
}

// A message or label cannot forge or cut avo's trailers: a NUL in the message (git stores a C
// string), a line of the message that looks like a trailer, a label holding a newline and a
// trailer of its own.
TEST(LineageTest, AMessageOrLabelCannotForgeOrCutTheTrailers) {
  testing::TempDir d;
  auto l = Lineage::Open(d.path() / "lineage.git", true);
  ASSERT_TRUE(l.ok()) << l.status().message();
  const std::string message =
      std::string("v1: faster\n\nbefore\0after\nAvo-Attempt: 99\n\nAvo-Step: 77\n", 55);
  auto c = (*l)->Commit({{"a", "1"}}, {{"scalar", 2}}, message,
                        {{trailer::kAttempt, "4"},
                         {trailer::kStep, "5"},
                         {trailer::kOperator, "claude\nAvo-Attempt: 1000"}});
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto vs = (*l)->Versions();
  ASSERT_TRUE(vs.ok()) << vs.status().message();
  ASSERT_EQ(vs->size(), 1u);
  const Version& v = vs->front();
  EXPECT_EQ(v.trailers.at(trailer::kAttempt), "4");
  EXPECT_EQ(v.trailers.at(trailer::kStep), "5");
  EXPECT_EQ(v.trailers.at(trailer::kOperator), "claude\\x0aAvo-Attempt: 1000");
  EXPECT_EQ(v.trailers.size(), 3u);
  // The message is whole, the NUL visible as \0, the forged lines indented as text.
  EXPECT_NE(v.message.find("before\\0after"), std::string::npos) << v.message;
  EXPECT_NE(v.message.find("\n  Avo-Attempt: 99"), std::string::npos) << v.message;
  EXPECT_NE(v.message.find("\n  Avo-Step: 77"), std::string::npos) << v.message;
}

TEST(LineageTest, ResolvesVersionNames) {
  testing::TempDir d;
  auto l = Lineage::Open(d.path() / "l.git", true);
  EXPECT_FALSE((*l)->Resolve("head").ok());
  auto c0 = (*l)->Commit({{"a", "0"}}, {{"scalar", 1}}, "v0", {});
  auto c1 = (*l)->Commit({{"a", "1"}}, {{"scalar", 2}}, "v1", {});
  EXPECT_EQ((*l)->Resolve("seed")->commit, *c0);
  EXPECT_EQ((*l)->Resolve("head")->commit, *c1);
  EXPECT_EQ((*l)->Resolve("v1")->commit, *c1);
  EXPECT_EQ((*l)->Resolve("0")->commit, *c0);
  EXPECT_EQ((*l)->Resolve(c1->substr(0, 8))->commit, *c1);
  auto missing = (*l)->Resolve("v7");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("v0..v1"), std::string::npos);
}

TEST(LineageTest, ReopensAndRefusesTheReservedName) {
  testing::TempDir d;
  {
    auto l = Lineage::Open(d.path() / "l.git", true);
    ASSERT_TRUE((*l)->Commit({{"a", "0"}}, {}, "v0", {}).ok());
    EXPECT_FALSE((*l)->Commit({{kScoreFile, "x"}}, {}, "bad", {}).ok());
  }
  auto again = Lineage::Open(d.path() / "l.git", false);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->Versions()->size(), 1u);
  EXPECT_FALSE(Lineage::Open(d.path() / "none.git", false).ok());
}

// A version whose score cannot be read (its object lost) is a damaged lineage: an error, never a
// version that silently has no score.
TEST(LineageTest, AVersionWhoseScoreIsLostIsAnError) {
  testing::TempDir d;
  const auto dir = d.path() / "l.git";
  {
    auto l = Lineage::Open(dir, true);
    ASSERT_TRUE(l.ok());
    ASSERT_TRUE((*l)->Commit({{"a", "0"}}, {{"scalar", 1.25}}, "v0", {}).ok());
  }
  auto blob = testing::Run({"git", "--git-dir", dir.string(), "rev-parse",
                            std::string("refs/heads/main:") + kScoreFile});
  ASSERT_EQ(blob.exit_code, 0) << blob.err;
  const std::string hex = blob.out.substr(0, 40);
  std::filesystem::remove(dir / "objects" / hex.substr(0, 2) / hex.substr(2));
  auto l = Lineage::Open(dir, false);
  ASSERT_TRUE(l.ok());
  auto versions = (*l)->Versions();
  ASSERT_FALSE(versions.ok());
  EXPECT_NE(versions.status().message().find(kScoreFile), std::string::npos)
      << versions.status().message();
}

// A tree made elsewhere (git mktree takes any name) may name "..", "." or ".git": its files would
// be written outside the folder a version is exported or checked out to, so none is returned.
TEST(LineageTest, AVersionWithAnEntryLeadingOutOfItsFolderIsRefused) {
  for (const std::string name : {"..", ".", ".git"}) {
    SCOPED_TRACE(name);
    testing::TempDir d;
    const auto dir = d.path() / "l.git";
    {
      auto l = Lineage::Open(dir, true);
      ASSERT_TRUE(l.ok());
      ASSERT_TRUE((*l)->Commit({{"a", "0"}}, {{"scalar", 1.25}}, "v0", {}).ok());
    }
    // main's tree with a subtree of that name holding one file, committed on top of main.
    auto r = testing::Sh(
        "set -e; export GIT_DIR=" + dir.string() +
        " GIT_AUTHOR_NAME=x GIT_AUTHOR_EMAIL=x@x GIT_COMMITTER_NAME=x GIT_COMMITTER_EMAIL=x@x; "
        "b=$(echo out | git hash-object -w --stdin); "
        "s=$(printf '100644 blob %s\\tPLANTED\\n' $b | git mktree); "
        "t=$( (git ls-tree refs/heads/main; printf '040000 tree %s\\t" +
        name +
        "\\n' $s) | git mktree); "
        "c=$(git log -1 --format=%B refs/heads/main | git commit-tree $t -p refs/heads/main); "
        "git update-ref refs/heads/main $c; echo $c");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string commit = r.out.substr(0, 40);
    auto l = Lineage::Open(dir, false);
    ASSERT_TRUE(l.ok());
    auto files = (*l)->Files(commit);
    ASSERT_FALSE(files.ok());
    EXPECT_NE(files.status().message().find("named '" + name + "'"), std::string::npos)
        << files.status().message();
  }
}

TEST(DiffFileSetsTest, ShowsAddedRemovedAndChangedFiles) {
  std::string d = DiffFileSets({{"a", "1\n"}, {"b", "same\n"}, {"c", "gone\n"}},
                               {{"a", "2\n"}, {"b", "same\n"}, {"n", "new\n"}});
  EXPECT_NE(d.find("-1"), std::string::npos);
  EXPECT_NE(d.find("+2"), std::string::npos);
  EXPECT_NE(d.find("-gone"), std::string::npos);
  EXPECT_NE(d.find("+new"), std::string::npos);
  EXPECT_EQ(d.find("same"), std::string::npos);
  EXPECT_EQ(DiffFileSets({{"a", "x"}}, {{"a", "x"}}), "");
}

}  // namespace
}  // namespace avo
