// `avo init NAME --gpu`'s skeleton (avo/task/gpu_skeleton.h): a task avo loads, whose kernel.toml
// the judge reads, whose own build command makes a cubin that passes the module rules (where
// nvcc is installed), and which is never written over an existing directory or under a name
// that is no task name.
#include "avo/task/gpu_skeleton.h"

#include <gtest/gtest.h>

#include <fstream>

#include "avo/task/task.h"
#include "avo/util/process.h"
#include "decl.h"
#include "module_rules.h"
#include "testing/temp_dir.h"

namespace avo::kernel_judge {
namespace {

namespace fs = std::filesystem;

TEST(GpuSkeletonTest, TheSkeletonIsATaskAndADeclaration) {
  avo::testing::TempDir tmp;
  const fs::path dir = tmp.path() / "demo";
  ASSERT_TRUE(WriteGpuTaskSkeleton(dir).ok());
  auto task = LoadTask(dir);
  ASSERT_TRUE(task.ok()) << task.status().message();
  EXPECT_EQ(task->name, "demo");
  EXPECT_EQ(task->default_suite, "main");
  KernelDecl decl;
  std::string error;
  ASSERT_TRUE(
      parse_kernel_decl(avo::testing::ReadFile(dir / "kernel.toml"), "kernel.toml", &decl, &error))
      << error;
  EXPECT_EQ(decl.sizes, std::vector<std::string>{"n"});
  EXPECT_NE(avo::testing::ReadFile(dir / "reference.py").find("def add(x, y)"), std::string::npos);
}

TEST(GpuSkeletonTest, NeverOverAnExistingDirectoryNorUnderABadName) {
  avo::testing::TempDir tmp;
  const fs::path dir = tmp.path() / "taken";
  fs::create_directories(dir);
  std::ofstream(dir / "mine.txt") << "keep";
  const Status st = WriteGpuTaskSkeleton(dir);
  EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(st.message().find("exists and is not an empty directory"), std::string::npos);
  EXPECT_EQ(avo::testing::ReadFile(dir / "mine.txt"), "keep");
  EXPECT_FALSE(fs::exists(dir / "task.toml"));
  const Status bad = WriteGpuTaskSkeleton(tmp.path() / "bad name");
  EXPECT_EQ(bad.code(), Status::Code::kInvalidArgument);
  EXPECT_FALSE(fs::exists(tmp.path() / "bad name"));
  // An empty directory is fine.
  fs::create_directories(tmp.path() / "empty");
  EXPECT_TRUE(WriteGpuTaskSkeleton(tmp.path() / "empty").ok());
}

TEST(GpuSkeletonTest, TheSeedBuildsWithTheTasksOwnCommandAndPassesTheModuleRules) {
  if (!avo::testing::HaveProgram("nvcc")) GTEST_SKIP() << "nvcc not installed";
  ProcessOptions o;
  avo::testing::TempDir tmp;
  const fs::path dir = tmp.path() / "demo";
  ASSERT_TRUE(WriteGpuTaskSkeleton(dir).ok());
  auto task = LoadTask(dir);
  ASSERT_TRUE(task.ok()) << task.status().message();
  ASSERT_TRUE(task->build.has_value());
  o.argv = {"sh", "-c", task->build->command};
  o.cwd = dir;
  const char* path = std::getenv("PATH");
  o.env["PATH"] = fs::path(AVO_KERNEL_PARAMS).parent_path().string() + ":" + (path ? path : "");
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->exit_code, 0) << r->err;
  KernelDecl decl;
  std::string error;
  ASSERT_TRUE(
      parse_kernel_decl(avo::testing::ReadFile(dir / "kernel.toml"), "kernel.toml", &decl, &error));
  const std::string cubin = avo::testing::ReadFile(dir / "candidate.cubin");
  KernelModule mod;
  EXPECT_TRUE(read_kernel_module(std::vector<uint8_t>(cubin.begin(), cubin.end()), decl,
                                 gpu_judge::DeviceLimits{}, &mod, &error))
      << error;
}

}  // namespace
}  // namespace avo::kernel_judge
