#include "avo/archive/run_state.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "testing/temp_dir.h"

namespace avo {
namespace {

// A state the run's random engine (std::mt19937_64) reads back, as the engine writes it.
std::string EngineState(std::uint64_t seed) {
  std::ostringstream os;
  os << std::mt19937_64(seed);
  return os.str();
}

std::unique_ptr<Archive> OpenArchive(const testing::TempDir& d) {
  auto a = Archive::Open(d.path() / "archive.db");
  EXPECT_TRUE(a.ok()) << a.status().message();
  return std::move(a).value();
}

// The encodings existing runs hold: a run written before RunState existed resumes with them.
TEST(RunStateTest, KeepsTheEncodingsOfExistingRuns) {
  testing::TempDir d;
  auto a = OpenArchive(d);
  const std::string rng = EngineState(7);
  ASSERT_TRUE(SaveStepCounter(*a, 7, rng, 12.34567).ok());
  ASSERT_TRUE(SaveIslandCount(*a, 3).ok());
  ASSERT_TRUE(SaveDirections(*a, 0, {"a"}).ok());
  ASSERT_TRUE(SaveDirections(*a, 2, {"b", "c"}).ok());
  ASSERT_TRUE(SaveMigration(*a, {4, {1, 0, 2}, {{0, 1}}, 5}).ok());
  EXPECT_EQ(*a->GetState("next_step").value(), "7");
  EXPECT_EQ(*a->GetState("rng").value(), rng);
  EXPECT_EQ(*a->GetState("active_s").value(), "12.346");
  EXPECT_EQ(*a->GetState("islands").value(), "3");
  EXPECT_EQ(*a->GetState("directions").value(), R"(["a"])");
  EXPECT_EQ(*a->GetState("directions-2").value(), R"(["b","c"])");
  EXPECT_EQ(*a->GetState("migration").value(),
            R"({"every":4,"pending":[[0,1]],"since":[1,0,2],"turn":5})");

  auto s = LoadRunState(*a);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->next_step, 7);
  EXPECT_EQ(s->islands, 3);
  EXPECT_NEAR(s->active_s, 12.346, 1e-9);
  EXPECT_EQ(s->directions.at(2), (std::vector<std::string>{"b", "c"}));
  ASSERT_TRUE(s->migration);
  EXPECT_EQ(s->migration->pending, (std::vector<std::pair<int, int>>{{0, 1}}));
  EXPECT_EQ(s->migration->turn, 5);
  EXPECT_FALSE(s->seed);
}

TEST(RunStateTest, ANewRunStartsAtStepOneWithItsSeed) {
  testing::TempDir d;
  auto a = OpenArchive(d);
  auto empty = LoadRunState(*a);
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->next_step);
  EXPECT_FALSE(empty->islands);
  ASSERT_TRUE(SaveFirstState(*a, 42, EngineState(42)).ok());
  auto s = LoadRunState(*a);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->next_step, 1);
  EXPECT_EQ(s->seed, 42U);
  EXPECT_EQ(s->rng, EngineState(42));
  ASSERT_TRUE(SaveOpenStep(*a, R"({"step":3})").ok());
  EXPECT_EQ(LoadRunState(*a)->open_step, R"({"step":3})");
}

TEST(RunStateTest, ADamagedCounterIsOneClearError) {
  testing::TempDir d;
  auto a = OpenArchive(d);
  ASSERT_TRUE(a->SetState({{"next_step", "seven"}}).ok());
  auto s = LoadRunState(*a);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("next_step"), std::string::npos) << s.status().message();
}

// A value no later start could use is an error on load (an import checks it), naming the key:
// a random state the engine cannot read back, or one with more after it, a seed or seconds that
// are not numbers, a population of no island.
TEST(RunStateTest, AStateNoStartCouldUseIsRefusedOnLoad) {
  const std::pair<std::string, std::string> bad[] = {
      {"rng", "1 2 3"},    {"rng", EngineState(1) + " 9"},
      {"seed", "abc"},     {"seed", "-4"},
      {"active_s", "abc"}, {"active_s", "nan"},
      {"islands", "0"},    {"next_step", "7x"},
  };
  for (const auto& [key, value] : bad) {
    SCOPED_TRACE(key + "=" + value);
    testing::TempDir d;
    auto a = OpenArchive(d);
    ASSERT_TRUE(a->SetState({{key, value}}).ok());
    auto s = LoadRunState(*a);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.status().message().find("run state '" + key + "'"), std::string::npos)
        << s.status().message();
  }
}

// docs/archive-schema.md's run_state row names exactly the keys RunState spells.
TEST(RunStateTest, TheSchemaDocumentListsEveryKey) {
  std::ifstream in(std::string(AVO_SOURCE_DIR) + "/docs/archive-schema.md");
  ASSERT_TRUE(in) << "docs/archive-schema.md";
  std::string line, row;
  while (std::getline(in, line)) {
    if (line.rfind("| `run_state` |", 0) == 0) row = line;
  }
  ASSERT_FALSE(row.empty()) << "no run_state row in docs/archive-schema.md";
  const std::string keys_column = row.substr(row.rfind(" | ", row.size() - 3));
  // Keys are the backticked words that open an entry (after "| " or ", "); the words inside an
  // entry's parentheses describe it.
  std::set<std::string> documented;
  const std::regex key(R"((?:\| |, )`([a-z_<>-]+)`)");
  for (std::sregex_iterator it(keys_column.begin(), keys_column.end(), key), end; it != end; ++it)
    documented.insert((*it)[1]);
  const std::set<std::string> spelled(RunStateKeys().begin(), RunStateKeys().end());
  EXPECT_EQ(documented, spelled);
}

}  // namespace
}  // namespace avo
