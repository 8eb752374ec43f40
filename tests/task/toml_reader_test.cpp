#include "avo/task/toml_reader.h"

#include <gtest/gtest.h>

namespace avo {
namespace {

toml::table Parse(const std::string& text) { return toml::parse(text); }

TEST(TomlReaderTest, ErrorsNameFileDottedKeyAndWhatCame) {
  const toml::table root =
      Parse("n = \"soon\"\nlist = [1]\n[agent]\nmax_turns = 0\nsub = { a = 1 }\nratio = -1.5\n");
  const TomlReader r("avo.toml", root);
  EXPECT_EQ(r.Int("n", 1).status().message(),
            "avo.toml: key 'n': expected a positive integer, got \"soon\"");
  EXPECT_EQ(r.Strings("list").status().message(),
            "avo.toml: key 'list': expected an array of strings, got 1");
  EXPECT_EQ(r.String("missing").status().message(),
            "avo.toml: key 'missing': expected a string, got nothing");
  const TomlReader agent = r.Table("agent");
  EXPECT_EQ(agent.Int("max_turns", 1).status().message(),
            "avo.toml: key 'agent.max_turns': expected a positive integer, got 0");
  EXPECT_EQ(*agent.Int("max_turns", 0), 0);
  EXPECT_EQ(agent.Bool("sub").status().message(),
            "avo.toml: key 'agent.sub': expected true or false, got a table");
  EXPECT_EQ(agent.Number("ratio", {}, TomlReader::Sign::kNonNegative).status().message(),
            "avo.toml: key 'agent.ratio': expected a non-negative number, got -1.5");
  EXPECT_DOUBLE_EQ(*agent.Number("ratio"), -1.5);
  EXPECT_EQ(agent.OnlyKeys({"max_turns", "sub"}).message(), "avo.toml: unknown key 'agent.ratio'");
  EXPECT_EQ(agent.Error("sub.a", "must be even").message(),
            "avo.toml: key 'agent.sub.a': must be even");
}

TEST(TomlReaderTest, AbsentKeysTakeTheFallback) {
  const toml::table root = Parse("[t]\nx = 1\n");
  const TomlReader r("f.toml", root);
  EXPECT_EQ(*r.Int("t.y", 1, 7), 7);
  EXPECT_EQ(*r.Int("t.x", 1, 7), 1);
  EXPECT_DOUBLE_EQ(*r.Number("t.x", 2.5), 1.0);
  EXPECT_EQ(*r.String("t.s", std::string("d")), "d");
  EXPECT_TRUE(*r.Bool("t.b", true));
  EXPECT_TRUE(r.Strings("t.l", std::vector<std::string>{})->empty());
  EXPECT_EQ(r.NonEmptyString("t.x").status().message(),
            "f.toml: key 't.x': expected a non-empty string, got 1");
}

}  // namespace
}  // namespace avo
