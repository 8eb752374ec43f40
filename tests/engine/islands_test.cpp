// Populations (Engine::SetIslands, `avo evolve --islands K`): K lineages as branches of one
// repository, steps spread over them, migration in a ring, a count fixed for the run's life.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <set>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/lineage/trailers.h"
#include "avo/operators/mutate.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

class IslandsTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::WriteFakeTask(task_.path()); }

  // Evolves `steps` steps; islands 0 leaves the count to the run.
  Result<EvolveSummary> Evolve(int steps, int islands, int migrate_every = 1,
                               std::uint64_t seed = 17, const std::string& name = "r") {
    const std::filesystem::path dir = runs_.path() / name;
    auto run = Run::Exists(dir) ? Run::Open(dir, true) : Run::Create(task_.path(), dir);
    if (!run.ok()) return run.status();
    LocalEvaluator ev((*run)->task(), testing::EvaluatorOptions((*run)->paths().scratch()));
    MutateOperator op;
    Engine engine(**run, ev, op, nullptr);
    engine.SetIslands(islands, migrate_every, {});
    EvolveOptions o;
    o.steps = steps;
    o.seed = seed;
    return engine.Evolve(o);
  }
  std::filesystem::path dir() const { return runs_.path() / "r"; }

  testing::TempDir task_, runs_;
};

TEST_F(IslandsTest, IslandsEvolveApartAndMigrantsCommitOnTheirNeighbours) {
  auto s = Evolve(16, 2);
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto run = Run::Open(dir(), false);
  ASSERT_TRUE(run.ok());
  ASSERT_EQ((*run)->islands(), 2);
  auto main = *(*run)->lineage(0).Versions();
  auto other = *(*run)->lineage(1).Versions();
  EXPECT_EQ((*run)->lineage(1).branch(), "island-1");
  // Both islands committed past the seed they share, each on its own branch.
  ASSERT_GE(main.size(), 2u);
  ASSERT_GE(other.size(), 2u);
  EXPECT_EQ(main[0].commit, other[0].commit);
  EXPECT_NE(main[1].commit, other[1].commit);
  for (const auto* vs : {&main, &other}) {
    for (std::size_t i = 1; i < vs->size(); ++i) EXPECT_GT((*vs)[i].scalar, (*vs)[i - 1].scalar);
  }
  EXPECT_EQ(other.back().trailers.at(trailer::kIsland), "1");
  // Migration happened, and at least once a migrant won on its new island.
  auto migrations = *(*run)->archive().Events("migration");
  EXPECT_FALSE(migrations.empty());
  auto attempts = *(*run)->archive().Attempts();
  std::set<int> islands_with_attempts;
  bool migrant_committed = false;
  for (const auto& a : attempts) {
    islands_with_attempts.insert(a.island);
    if (a.op == "migration" && a.status == "committed") migrant_committed = true;
  }
  EXPECT_EQ(islands_with_attempts, (std::set<int>{0, 1}));
  // Variation steps went round the islands, migrations between them notwithstanding.
  std::map<int, int> varied;
  for (const auto& a : attempts) varied[a.island] += a.op == "mutate" ? 1 : 0;
  EXPECT_LE(std::abs(varied[0] - varied[1]), 2) << varied[0] << " vs " << varied[1];
  EXPECT_TRUE(migrant_committed);
  bool trailer_seen = false;
  for (const auto* vs : {&main, &other}) {
    for (const auto& v : *vs) trailer_seen |= v.trailers.count(trailer::kMigrant) != 0;
  }
  EXPECT_TRUE(trailer_seen);
  EXPECT_TRUE(CheckAgreement(**run).ok());
}

// A migrant its new island's best kept out still reaches that island's operator as an example:
// the latest such one is in the island's directions. (Runs of several seeds, until one has a
// migrant kept out.)
TEST_F(IslandsTest, AMigrantKeptOutIsAnExampleForTheIslandsOperator) {
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= 30 && checked == 0; ++seed) {
    const std::string name = "s" + std::to_string(seed);
    ASSERT_TRUE(Evolve(12, 3, 1, seed, name).ok());  // two islands in a ring stay level
    auto run = Run::Open(runs_.path() / name, false);
    ASSERT_TRUE(run.ok());
    const auto migrations = *(*run)->archive().Events("migration");
    for (int to = 0; to < 3; ++to) {
      for (const auto& e : migrations) {  // newest first: the latest kept out of `to`
        if (e.data.value("to", -1) != to) continue;
        if (e.data.value("committed", true) || e.data.value("attempt", 0) == 0) continue;
        auto dirs = *(*run)->archive().GetState(to == 0 ? std::string("directions")
                                                        : "directions-" + std::to_string(to));
        ASSERT_TRUE(dirs.has_value());
        EXPECT_NE(dirs->find(fmt::format("Example from another island: island {}'s best v{}",
                                         e.data.value("from", -1), e.data.value("version", -1))),
                  std::string::npos)
            << *dirs;
        ++checked;
        break;
      }
    }
  }
  EXPECT_GE(checked, 1) << "no run of 30 seeds kept a migrant out";
}

TEST_F(IslandsTest, AResumedPopulationKeepsItsIslandsAndRefusesAnotherCount) {
  ASSERT_TRUE(Evolve(6, 3).ok());
  auto more = Evolve(6, 0);  // no count given: the run's three
  ASSERT_TRUE(more.ok()) << more.status().message();
  EXPECT_EQ(more->steps_run, 6);
  auto run = Run::Open(dir(), false);
  EXPECT_EQ((*run)->islands(), 3);
  EXPECT_TRUE(CheckAgreement(**run).ok());
  auto other = Evolve(1, 2);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().message(), "--islands 2: the run has 3 island(s), fixed when it began");
  // Steps went round the islands: 12 steps and the migrations, over three islands.
  std::set<int> seen;
  const auto attempts = *(*run)->archive().Attempts();
  for (const auto& a : attempts) seen.insert(a.island);
  EXPECT_EQ(seen, (std::set<int>{0, 1, 2}));
}

TEST_F(IslandsTest, ASingleLineageStaysTheDefault) {
  ASSERT_TRUE(Evolve(4, 0).ok());
  auto run = Run::Open(dir(), false);
  EXPECT_EQ((*run)->islands(), 1);
  EXPECT_FALSE((*run)->archive().GetState("islands")->has_value());
  const auto versions = *(*run)->lineage().Versions();
  for (const auto& v : versions) EXPECT_EQ(v.trailers.count(trailer::kIsland), 0u);
  EXPECT_TRUE((*run)->archive().Events("migration")->empty());
}

}  // namespace
}  // namespace avo
