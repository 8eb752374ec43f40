#include "avo/task/task.h"

#include <gtest/gtest.h>

#include <fstream>

#include "avo/task/knobs.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(TaskTest, LoadsTheFakeTask) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path());
  auto t = LoadTask(d.path());
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->name, "fake");
  EXPECT_EQ(t->unit, "ops/s");
  EXPECT_EQ(t->direction, Direction::kHigher);
  EXPECT_EQ(t->default_suite, "s");
  ASSERT_NE(t->FindSuite(""), nullptr);
  EXPECT_EQ(t->FindSuite("")->configs.size(), 2u);
  EXPECT_EQ(t->knobs.size(), 2u);
  EXPECT_FALSE(t->build.has_value());
  EXPECT_EQ(t->evaluate.timeout_s, 20);
}

TEST(TaskTest, LoadsTheShippedMatmulTask) {
  auto t = LoadTask(std::string(AVO_SOURCE_DIR) + "/tasks/matmul");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->default_suite, "small");
  EXPECT_TRUE(t->build.has_value());
  EXPECT_EQ(t->FindSuite("large")->configs[0].params["n"], 512);
  EXPECT_EQ(t->build->memory_mb, kDefaultBuildMemoryMb);  // bounded without a word in task.toml
}

TEST(TaskTest, ABuildsMemoryBoundIsReadAndChecked) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path(), "", 20, "[build]\ncommand = \"true\"\nmemory_mb = 300\n");
  auto t = LoadTask(d.path());
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->build->memory_mb, 300U);
  testing::WriteFakeTask(d.path(), "", 20, "[build]\ncommand = \"true\"\nmemory_mb = -1\n");
  auto bad = LoadTask(d.path());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("build.memory_mb"), std::string::npos)
      << bad.status().message();
}

// A held-out suite is read, kept out of the suites the search may use, and cannot be the default.
TEST(TaskTest, HeldOutSuitesAreReadAndKeptFromTheSearch) {
  auto t = LoadTask(std::string(AVO_SOURCE_DIR) + "/tasks/matmul");
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_NE(t->FindSuite("held_out"), nullptr);
  EXPECT_TRUE(t->FindSuite("held_out")->held_out);
  EXPECT_FALSE(t->FindSuite("small")->held_out);
  EXPECT_EQ(t->HeldOutSuiteNames(), std::vector<std::string>{"held_out"});
  EXPECT_EQ(t->SearchSuiteNames(), (std::vector<std::string>{"large", "small"}));
  EXPECT_TRUE(t->CheckSearchSuite("small").ok());
  EXPECT_TRUE(t->CheckSearchSuite("").ok());  // the default suite
  const Status held = t->CheckSearchSuite("held_out");
  ASSERT_FALSE(held.ok());
  // Refused as a missing suite is: what an operator is told names no held-out suite.
  EXPECT_NE(held.message().find("has no suite 'held_out' the search may use (suites: large, "
                                "small)"),
            std::string::npos)
      << held.message();

  testing::TempDir d;
  testing::WriteFakeTask(d.path(), "", 20,
                         "[suites.h]\nheld_out = true\nconfigs = [{ name = \"c\" }]\n");
  std::string toml = testing::ReadFile(d.path() / "task.toml");
  const std::string was = "default_suite = \"s\"";
  toml.replace(toml.find(was), was.size(), "default_suite = \"h\"");
  std::ofstream(d.path() / "task.toml", std::ios::trunc) << toml;
  auto bad = LoadTask(d.path());
  ASSERT_FALSE(bad.ok()) << toml;
  EXPECT_NE(bad.status().message().find("default_suite"), std::string::npos)
      << bad.status().message();
  EXPECT_NE(bad.status().message().find("not a held-out one"), std::string::npos)
      << bad.status().message();
}

// A path that is not a task says so, not which key it lacks; without default_suite the first
// suite the search may see is the default, never a held-out one.
TEST(TaskTest, ANonTaskPathIsNamedAndTheDefaultSuiteIsNeverHeldOut) {
  testing::TempDir d;
  std::filesystem::create_directories(d.path() / "dir" / "task.toml");
  auto dir = LoadTask(d.path() / "dir");
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("task.toml: a directory, not a file"), std::string::npos)
      << dir.status().message();
  d.Write("settings.toml", "threads = 4\n");  // TOML, but not a task's
  auto other = LoadTask(d.path() / "settings.toml");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("settings.toml: not a task.toml"), std::string::npos)
      << other.status().message();

  testing::TempDir t;
  testing::WriteFakeTask(t.path(), "", 20,
                         "[suites.a0]\nheld_out = true\nconfigs = [{ name = \"c\" }]\n");
  std::string toml = testing::ReadFile(t.path() / "task.toml");
  const std::string was = "default_suite = \"s\"\n";
  ASSERT_NE(toml.find(was), std::string::npos);
  toml.erase(toml.find(was), was.size());
  std::ofstream(t.path() / "task.toml", std::ios::trunc) << toml;
  auto task = LoadTask(t.path());
  ASSERT_TRUE(task.ok()) << task.status().message();
  EXPECT_EQ(task->default_suite, "s");  // "a0" sorts first but is held out
}

// Each bad file must be refused with one line that names the file, the key and the expectation.
struct BadCase {
  std::string replace, with, expect;
};

class BadTaskTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadTaskTest, IsRefusedWithOneLineNamingTheKey) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path());
  std::string toml = testing::ReadFile(d.path() / "task.toml");
  const auto& c = GetParam();
  auto pos = toml.find(c.replace);
  ASSERT_NE(pos, std::string::npos) << c.replace;
  toml.replace(pos, c.replace.size(), c.with);
  d.Write("task.toml", toml);
  auto t = LoadTask(d.path());
  ASSERT_FALSE(t.ok());
  const std::string& m = t.status().message();
  EXPECT_NE(m.find("task.toml"), std::string::npos) << m;
  EXPECT_NE(m.find(c.expect), std::string::npos) << m;
  EXPECT_EQ(m.find('\n'), std::string::npos) << m;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadTaskTest,
    ::testing::Values(
        BadCase{"timeout_s = 20", "timeout_s = \"soon\"",
                "key 'evaluate.timeout_s': expected a positive integer, got \"soon\""},
        BadCase{"format = 1", "format = 2", "key 'format': version 2 is not supported"},
        // Would wrap around in an int (a negative, instantly expiring timeout).
        BadCase{"timeout_s = 20", "timeout_s = 4294967297",
                "key 'evaluate.timeout_s': expected an integer of at most 2147483647"},
        BadCase{"direction = \"higher\"", "direction = \"up\"", "key 'metric.direction'"},
        BadCase{"editable = [\"params.txt\"]", "editable = [\"nothing.txt\"]",
                "key 'files.editable'"},
        BadCase{"editable = [\"params.txt\"]", "editable = [\"../x\"]", "without '..'"},
        BadCase{"default_suite = \"s\"", "default_suite = \"t\"", "key 'default_suite'"},
        // A configuration name is printed one per line in tables: no control character.
        BadCase{"{ name = \"a\" }", "{ name = \"a\\nb\" }",
                "key 'suites.s.configs[0].name': expected a string of 1 to 100 bytes without "
                "control characters"},
        BadCase{"name = \"fake\"", "name = \"" + std::string(101, 'f') + "\"",
                "key 'name': expected a name of at most 100"},
        BadCase{"[metric]", "[metric]\nunits = \"x\"", "key 'metric.units': unknown key"},
        BadCase{"values = [1, 2, 3, 4]", "values = [7, 8]", "key 'knobs.x'"},
        BadCase{"name = \"fake\"", "name = \"fake task\"", "key 'name'"},
        BadCase{"configs = [{ name = \"a\" }, { name = \"b\" }]",
                "configs = [{ name = \"a\" }, { name = \"a\" }]", "'a' repeats"},
        BadCase{"command = \"sh evaluate.sh\"", "command = [1]",
                "key 'evaluate.command': expected a string"},
        BadCase{"[suites.s]", "[suites.s]\n[suites.s.x", "task.toml:"},
        BadCase{"command = \"sh evaluate.sh\"", "command = \"sh evaluate.sh\"\npass_seed = 1",
                "key 'evaluate.pass_seed': expected true or false, got 1"},
        BadCase{"[metric]", "[build]\ncommand = \"true\"\npass_seed = true\n[metric]",
                "key 'build.pass_seed': unknown key"},
        BadCase{"[metric]", "[sandbox]\nenabled = \"no\"\n[metric]",
                "key 'sandbox.enabled': expected true or false, got \"no\""},
        BadCase{"[metric]", "[sandbox]\nnetwork = 0\n[metric]",
                "key 'sandbox.network': expected true or false"},
        BadCase{"[metric]", "[sandbox]\nenv = \"HF_HOME\"\n[metric]",
                "key 'sandbox.env': expected an array of strings"},
        BadCase{"[metric]", "[sandbox]\nenv = [\"NOT A NAME\"]\n[metric]",
                "key 'sandbox.env': names of environment variables"},
        BadCase{"[metric]", "[sandbox]\nenv = [\"AVO_RESULT\"]\n[metric]",
                "key 'sandbox.env': no AVO_ variable"},
        BadCase{"[metric]", "[sandbox]\nwritable = [\"/\"]\n[metric]",
                "key 'sandbox.writable': unknown key"},
        BadCase{"[metric]", "sandbox = true\n[metric]", "key 'limits.sandbox': unknown key"}));

TEST(TaskTest, SandboxAndSeedDefaultToConfinedWithoutTheSeed) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path());
  auto t = LoadTask(d.path());
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_TRUE(t->sandbox.enabled);
  EXPECT_FALSE(t->sandbox.network);
  EXPECT_TRUE(t->sandbox.env.empty());
  EXPECT_FALSE(t->evaluate.pass_seed);
}

TEST(TaskTest, ReadsTheSandboxTableAndPassSeed) {
  testing::TempDir d;
  testing::WriteFakeTask(
      d.path(), "", 20,
      "[sandbox]\nenabled = false\nnetwork = true\nenv = [\"HF_HOME\", \"OMP_NUM_THREADS\"]\n");
  std::string toml = testing::ReadFile(d.path() / "task.toml");
  const std::string cmd = "command = \"sh evaluate.sh\"";
  toml.replace(toml.find(cmd), cmd.size(), cmd + "\npass_seed = true");
  d.Write("task.toml", toml);
  auto t = LoadTask(d.path());
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_FALSE(t->sandbox.enabled);
  EXPECT_TRUE(t->sandbox.network);
  EXPECT_EQ(t->sandbox.env, (std::vector<std::string>{"HF_HOME", "OMP_NUM_THREADS"}));
  EXPECT_TRUE(t->evaluate.pass_seed);
}

TEST(TaskTest, MissingFileIsNotFound) {
  auto t = LoadTask("/nonexistent/task");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kNotFound);
}

TEST(KnobTest, ReadsAndSetsTheValueBeforeTheMarker) {
  Knob k{"block", "k.cpp", {"16", "32", "64"}};
  FileSet f{{"k.cpp", "int a = 1;\nconstexpr int kBlock = 32;  // avo:knob block\nint b = 64;\n"}};
  auto v = ReadKnob(f, k);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, "32");
  auto g = SetKnob(f, k, "64");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->at("k.cpp"),
            "int a = 1;\nconstexpr int kBlock = 64;  // avo:knob block\nint b = 64;\n");
  EXPECT_FALSE(SetKnob(f, k, "48").ok());
}

TEST(KnobTest, MarkerNameMustMatchWholeWord) {
  Knob k{"block", "k.cpp", {"1", "2"}};
  FileSet f{{"k.cpp", "int x = 2;  // avo:knob block_m\n"}};
  EXPECT_FALSE(ReadKnob(f, k).ok());
}

TEST(KnobTest, MissingMarkerOrValueIsNotFound) {
  Knob k{"order", "k.cpp", {"ijk", "ikj"}};
  EXPECT_FALSE(ReadKnob({{"k.cpp", "no marker here\n"}}, k).ok());
  EXPECT_FALSE(ReadKnob({{"k.cpp", "Order o = jki;  // avo:knob order\n"}}, k).ok());
  EXPECT_FALSE(ReadKnob({{"other.cpp", ""}}, k).ok());
  auto v = ReadKnob({{"k.cpp", "auto o = Order::ikj;  // avo:knob order\n"}}, k);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, "ikj");
}

}  // namespace
}  // namespace avo
