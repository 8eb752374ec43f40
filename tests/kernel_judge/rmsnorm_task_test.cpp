// The RMSNorm task (tasks/rmsnorm) as avo builds it: its own build command, in a copy of the
// task, makes a cubin that passes the kernel judge's module rules and whose launch description
// fits the task's declaration; its suites' configurations read as kernel requests. Needs nvcc
// (the developer machines have it) for the build; the declaration parts run everywhere.
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <filesystem>

#include "avo/util/process.h"
#include "decl.h"
#include "module_rules.h"
#include "request.h"
#include "testing/temp_dir.h"

namespace avo::kernel_judge {
namespace {

namespace fs = std::filesystem;
const fs::path kTask = fs::path(AVO_SOURCE_DIR) / "tasks" / "rmsnorm";

KernelDecl TaskDecl() {
  KernelDecl d;
  std::string error;
  EXPECT_TRUE(
      parse_kernel_decl(avo::testing::ReadFile(kTask / "kernel.toml"), "kernel.toml", &d, &error))
      << error;
  return d;
}

TEST(RmsNormTaskTest, EverySuiteReadsAsAKernelRequest) {
  const KernelDecl decl = TaskDecl();
  const toml::table task = toml::parse_file((kTask / "task.toml").string());
  const toml::table* suites = task["suites"].as_table();
  ASSERT_NE(suites, nullptr);
  for (const auto& [name, suite] : *suites) {
    // The engine's request: each configuration's keys other than its name are its params.
    std::string request = R"({"suite": ")" + std::string(name.str()) + R"(", "configs": [)";
    const toml::array* configs = suite.as_table()->get_as<toml::array>("configs");
    ASSERT_NE(configs, nullptr) << name;
    for (size_t i = 0; i < configs->size(); ++i) {
      const toml::table& c = *configs->get(i)->as_table();
      request += std::string(i ? "," : "") + R"({"name": ")" + *c["name"].value<std::string>() +
                 R"(", "params": {"rows": )" + std::to_string(*c["rows"].value<int64_t>()) +
                 R"(, "cols": )" + std::to_string(*c["cols"].value<int64_t>()) + "}}";
    }
    request += "]}";
    KernelRequest r;
    std::string error;
    EXPECT_TRUE(parse_kernel_request(request, decl, &r, &error)) << name << ": " << error;
    EXPECT_EQ(r.configs.size(), configs->size());
  }
}

TEST(RmsNormTaskTest, TheSeedBuildsWithTheTasksCommandAndPassesTheModuleRules) {
  if (!avo::testing::HaveProgram("nvcc")) GTEST_SKIP() << "nvcc not installed";
  ProcessOptions o;
  avo::testing::TempDir dir;
  fs::copy(kTask, dir.path(), fs::copy_options::recursive);
  const toml::table task = toml::parse_file((kTask / "task.toml").string());
  const std::string command = *task["build"]["command"].value<std::string>();
  o.argv = {"sh", "-c", command};
  o.cwd = dir.path();
  // avo puts the directory of its own tools first on a task command's PATH.
  const std::string path = std::getenv("PATH") != nullptr ? std::getenv("PATH") : "";
  o.env["PATH"] = fs::path(AVO_KERNEL_PARAMS).parent_path().string() + ":" + path;
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->exit_code, 0) << r->err;
  const std::string cubin = avo::testing::ReadFile(dir.path() / "candidate.cubin");
  KernelModule mod;
  std::string error;
  ASSERT_TRUE(read_kernel_module(std::vector<uint8_t>(cubin.begin(), cubin.end()), TaskDecl(),
                                 gpu_judge::DeviceLimits{}, &mod, &error))
      << error;
  EXPECT_EQ(mod.launch.num_variants, 1);
  EXPECT_STREQ(mod.launch.variants[0].kernel, "rms_norm_rows");
}

}  // namespace
}  // namespace avo::kernel_judge
