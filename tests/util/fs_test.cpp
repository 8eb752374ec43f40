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
// An editable file that is a link (to a file outside the workspace) or a gigabyte of data is
// refused before it is read, naming the file.
TEST(FileSetTest, RefusesALinkOrAnOversizedFile) {
  testing::TempDir d;
  const auto outside = d.Write("outside/secret.txt", "secret");
  d.Write("ws/kernel/a.cu", "a");
  std::filesystem::create_symlink(outside, d.path() / "ws" / "kernel" / "b.cu");
  auto linked = ReadFileSet(d.path() / "ws", {"kernel"});
  ASSERT_FALSE(linked.ok());
  EXPECT_EQ(linked.status().message(),
            "kernel/b.cu: a symbolic link; editable files are regular files");
  std::filesystem::remove(d.path() / "ws" / "kernel" / "b.cu");

  const auto big = d.Write("ws/kernel/big.cu", "");
  std::filesystem::resize_file(big, kMaxEditableFileBytes + 1);  // sparse: costs no disk
  auto huge = ReadFileSet(d.path() / "ws", {"kernel"});
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("kernel/big.cu: 16777217 bytes, above the 16 MiB"),
            std::string::npos)
      << huge.status().message();
  std::filesystem::resize_file(big, kMaxEditableFileBytes);
  for (int i = 0; i < 4; ++i)
    std::filesystem::copy_file(big, d.path() / "ws" / "kernel" / ("c" + std::to_string(i) + ".cu"));
  auto many = ReadFileSet(d.path() / "ws", {"kernel"});
  ASSERT_FALSE(many.ok());
  EXPECT_NE(many.status().message().find("pass 64 MiB in all"), std::string::npos)
      << many.status().message();
}

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
