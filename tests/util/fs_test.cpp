#include "avo/util/fs.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(GlobTest, StarStaysInOneComponent) {
  EXPECT_TRUE(GlobMatch("*.cu", "kernel.cu"));
  EXPECT_FALSE(GlobMatch("*.cu", "kernel/a.cu"));
  EXPECT_TRUE(GlobMatch("kernel/*.cu", "kernel/a.cu"));
  EXPECT_FALSE(GlobMatch("kernel/*.cu", "kernel/a.cuh"));
}

TEST(GlobTest, DoubleStarSpansComponents) {
  EXPECT_TRUE(GlobMatch("**/*.h", "a/b/c.h"));
  EXPECT_TRUE(GlobMatch("**/*.h", "c.h"));
  EXPECT_FALSE(GlobMatch("**/*.h", "c.hpp"));
}

TEST(GlobTest, ADirectorySelectsItsTree) {
  EXPECT_TRUE(GlobMatch("src", "src/a/b.cpp"));
  EXPECT_TRUE(GlobMatch("src/", "src/b.cpp"));
  EXPECT_FALSE(GlobMatch("src", "srcx/b.cpp"));
  EXPECT_TRUE(GlobMatch("k?.cu", "k1.cu"));
}

TEST(FileSetTest, ReadsSelectedFilesAndWritesThemBack) {
  testing::TempDir a, b;
  a.Write("kernel/x.cu", "x");
  a.Write("kernel/y.cu", "y");
  a.Write("harness.cu", "h");
  auto set = ReadFileSet(a.path(), {"kernel"});
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->size(), 2u);
  EXPECT_EQ(set->at("kernel/x.cu"), "x");
  ASSERT_TRUE(WriteFileSet(b.path(), *set).ok());
  EXPECT_EQ(testing::ReadFile(b.path() / "kernel/y.cu"), "y");
}

TEST(FileSetTest, HashChangesWithPathOrContent) {
  FileSet a{{"a", "bc"}}, b{{"ab", "c"}}, c{{"a", "bd"}};
  EXPECT_NE(HashFileSet(a), HashFileSet(b));
  EXPECT_NE(HashFileSet(a), HashFileSet(c));
  EXPECT_EQ(HashFileSet(a), HashFileSet(FileSet{{"a", "bc"}}));
}

// A symbolic link where avo writes (BRIEF.md in a workspace pointed at the run's archive, or
// the atomic writer's temporary name planted in advance) is replaced, never written through.
TEST(FileTest, WritesNeverFollowASymbolicLink) {
  testing::TempDir d;
  const auto target = d.Write("archive.db", "precious");
  std::filesystem::create_symlink(target, d.path() / "BRIEF.md");
  ASSERT_TRUE(WriteFile(d.path() / "BRIEF.md", "brief").ok());
  EXPECT_EQ(testing::ReadFile(target), "precious");
  EXPECT_FALSE(std::filesystem::is_symlink(d.path() / "BRIEF.md"));
  EXPECT_EQ(testing::ReadFile(d.path() / "BRIEF.md"), "brief");

  const auto tmp = d.path() / ("state.json.tmp." + std::to_string(getpid()));
  std::filesystem::create_symlink(target, tmp);
  std::filesystem::create_symlink(target, d.path() / "state.json");
  ASSERT_TRUE(WriteFileAtomic(d.path() / "state.json", "{}").ok());
  EXPECT_EQ(testing::ReadFile(target), "precious");
  EXPECT_FALSE(std::filesystem::is_symlink(d.path() / "state.json"));
  EXPECT_EQ(testing::ReadFile(d.path() / "state.json"), "{}");
}

TEST(FileTest, AtomicWriteReplacesContent) {
  testing::TempDir d;
  auto p = d.path() / "sub" / "f.json";
  ASSERT_TRUE(WriteFileAtomic(p, "one").ok());
  ASSERT_TRUE(WriteFileAtomic(p, "two").ok());
  EXPECT_EQ(*ReadFile(p), "two");
  EXPECT_FALSE(ReadFile(d.path() / "missing").ok());
}

}  // namespace
}  // namespace avo
