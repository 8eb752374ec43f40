// Operator text reaches the terminal escaped (app/terminal_safe.h): a version whose message holds
// escape sequences (recolour, retitle, carriage return over an earlier line, an 8-bit CSI) is
// shown by `avo log`, `avo show` and `avo status` with none of them raw, each as \xHH, and
// newlines and UTF-8 text kept. A label holding a control character is refused where it is taken.
#include <gtest/gtest.h>

#include "avo/util/fs.h"
#include "testing/avo_cli.h"
#include "testing/fake_task.h"

namespace avo {
namespace {

using testing::Avo;

bool HasRawControl(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) return true;
    if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9f)
      return true;
  }
  return false;
}

TEST(TerminalSafeTest, OperatorTextIsPrintedEscaped) {
  testing::TempDir dir;
  const auto task = dir.path() / "task";
  const auto run = dir.path() / "run";
  testing::WriteFakeTask(task);
  ASSERT_EQ(Avo({"init", task.string(), "--run", run.string()}).exit_code, 0);
  auto belled = Avo({"step", "begin", run.string(), "--by", "agent\a"});
  EXPECT_NE(belled.exit_code, 0);
  EXPECT_FALSE(HasRawControl(belled.err)) << belled.err;
  auto begin = Avo({"step", "begin", run.string(), "--by", "agent"});
  ASSERT_EQ(begin.exit_code, 0) << begin.err;
  const std::string ws = begin.out.substr(0, begin.out.find('\n'));
  ASSERT_TRUE(WriteFile(ws + "/params.txt", "x = 2  # avo:knob x\ny = 1  # avo:knob y\n").ok());
  const std::string message =
      "x = 2 \x1b[31mred\x1b[0m \x1b]0;owned\a\rover \xc2\x9b"
      "2J \xc3\xa9t\xc3\xa9\n\nline two";
  ASSERT_TRUE(WriteFile(dir.path() / "m", message).ok());
  auto commit = Avo({"step", "commit", run.string(), "-F", (dir.path() / "m").string()});
  ASSERT_EQ(commit.exit_code, 0) << commit.out << commit.err;

  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"log", run.string()},
        std::vector<std::string>{"log", run.string(), "--attempts"},
        std::vector<std::string>{"show", run.string(), "v1"},
        std::vector<std::string>{"status", run.string()}}) {
    auto r = Avo(args);
    ASSERT_EQ(r.exit_code, 0) << args[0] << ": " << r.err;
    EXPECT_FALSE(HasRawControl(r.out)) << args[0] << ":\n" << r.out;
  }
  auto show = Avo({"show", run.string(), "v1"});
  EXPECT_NE(show.out.find("\\x1b[31mred\\x1b[0m"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("\\x07\\x0dover \\xc2\\x9b2J"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("\xc3\xa9t\xc3\xa9\n\nline two"), std::string::npos) << show.out;
  // JSON output carries the exact text, escaped the JSON way.
  auto json = Avo({"show", run.string(), "v1", "--json"});
  EXPECT_NE(json.out.find("\\u001b[31mred"), std::string::npos) << json.out;
}

}  // namespace
}  // namespace avo
