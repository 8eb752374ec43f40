// SuitesAdded: a newer task.toml may add suites to a run's task and change nothing that judges.
#include "avo/task/suites_added.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace avo {
namespace {

const char kBase[] = R"toml(format = 1
name = "t"
description = "first words"
default_suite = "s"
[files]
editable = ["k.txt"]
[evaluate]
command = "sh eval.sh"
timeout_s = 10
[tolerance]
atol = 1e-4
[suites.s]
configs = [{ name = "a", n = 1 }]
)toml";

class SuitesAddedTest : public ::testing::Test {
 protected:
  std::filesystem::path Write(const std::string& name, const std::string& text) {
    return dir_.Write(name, text);
  }
  testing::TempDir dir_;
};

TEST_F(SuitesAddedTest, NamesTheNewSuitesSorted) {
  auto was = Write("was.toml", kBase);
  auto now = Write("now.toml", std::string(kBase) +
                                   "[suites.z]\nconfigs = [{ name = \"z1\" }]\n"
                                   "[suites.m]\nconfigs = [{ name = \"m1\" }]\n");
  auto added = SuitesAdded(was, now);
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(*added, (std::vector<std::string>{"m", "z"}));
}

TEST_F(SuitesAddedTest, ProseMayChangeButNotWhatJudges) {
  auto was = Write("was.toml", kBase);
  std::string prose = kBase;
  prose.replace(prose.find("first words"), 11, "other words");
  prose.replace(prose.find("timeout_s = 10"), 14, "timeout_s = 10\nneeds = \"a GPU\"");
  auto ok =
      SuitesAdded(was, Write("prose.toml", prose + "[suites.n]\nconfigs = [{ name = \"x\" }]\n"));
  ASSERT_TRUE(ok.ok()) << ok.status().message();

  struct Case {
    std::string from, to, names;
  };
  const Case cases[] = {
      {"atol = 1e-4", "atol = 1e-3", "'tolerance'"},
      {"sh eval.sh", "sh other.sh", "'evaluate'"},
      {"timeout_s = 10", "timeout_s = 11", "'evaluate'"},
      {"n = 1", "n = 2", "[suites.s]"},
      {"default_suite = \"s\"", "default_suite = \"n\"", "'default_suite'"},
      {"[files]", "[gate]\npaired = true\n[files]", "'gate'"},
  };
  for (const auto& c : cases) {
    std::string text = kBase;
    text.replace(text.find(c.from), c.from.size(), c.to);
    auto now = Write("now.toml", text + "[suites.n]\nconfigs = [{ name = \"x\" }]\n");
    auto r = SuitesAdded(was, now);
    ASSERT_FALSE(r.ok()) << c.to;
    EXPECT_NE(r.status().message().find(c.names), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find(now.string()), std::string::npos);
  }
}

TEST_F(SuitesAddedTest, ASuiteRemovedOrNothingAddedIsRefused) {
  auto was = Write("was.toml", std::string(kBase) + "[suites.t]\nconfigs = [{ name = \"t\" }]\n");
  auto gone = SuitesAdded(
      was, Write("gone.toml", std::string(kBase) + "[suites.u]\nconfigs = [{ name = \"u\" }]\n"));
  ASSERT_FALSE(gone.ok());
  EXPECT_NE(gone.status().message().find("[suites.t]"), std::string::npos);
  auto same = SuitesAdded(was, was);
  ASSERT_FALSE(same.ok());
  EXPECT_NE(same.status().message().find("adds no suite"), std::string::npos);
}

TEST_F(SuitesAddedTest, AParseErrorNamesFileAndLine) {
  auto was = Write("was.toml", kBase);
  auto bad = Write("bad.toml", "format = 1\nname = \n");
  auto r = SuitesAdded(was, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(bad.string() + ":2:"), std::string::npos)
      << r.status().message();
}

}  // namespace
}  // namespace avo
