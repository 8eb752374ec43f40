// The harness's supervisor (fresh_workers.h) with real worker processes: a fake worker in Python
// that follows the protocol and misbehaves on the configurations it is told to, as a hung call,
// a sticky error or a crash of the real harness would.
#include "fresh_workers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "testing/temp_dir.h"

namespace avo::attention {
namespace {

namespace fs = std::filesystem;

// argv: worker.py BEHAVIOUR_FILE LOG --result PATH --from K. BEHAVIOUR_FILE maps a config index
// to "hang" (written as failed, exit 3, as after a watchdog), "segv" (killed before writing
// anything of it), "exit1" (exits 1 before writing it) or nothing (measured, correct). Every
// start is logged as its K.
constexpr const char* kWorker = R"PY(
import json, os, signal, sys
behaviour = json.load(open(sys.argv[1]))
with open(sys.argv[2], "a") as log:
    log.write(sys.argv[sys.argv.index("--from") + 1] + "\n")
path = sys.argv[sys.argv.index("--result") + 1]
first = int(sys.argv[sys.argv.index("--from") + 1])
doc = json.load(open(path))
def write():
    with open(path + ".part", "w") as f:
        json.dump(doc, f)
    os.rename(path + ".part", path)
for i in range(first, len(doc["configs"])):
    what = behaviour.get(str(i), "")
    if what == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    if what == "exit1":
        sys.exit(1)
    name = doc["configs"][i]["name"]
    if what == "hang":
        doc["configs"][i] = {"name": name, "correct": False, "value": 0, "message": "hang: test"}
        write()
        sys.exit(3)
    doc["configs"][i] = {"name": name, "correct": True, "value": 100 + i, "samples": [100 + i]}
    write()
)PY";

class FreshWorkersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(dir_.path() / "worker.py") << kWorker;
    result_ = (dir_.path() / "result.json").string();
  }

  // Runs a request of `n` configs with the worker misbehaving as `behaviour` says.
  int Run(int n, const nlohmann::json& behaviour) {
    std::ofstream(dir_.path() / "behaviour.json") << behaviour.dump();
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) names.push_back("c" + std::to_string(i));
    EXPECT_TRUE(write_unmeasured(result_, names));
    const std::vector<std::string> argv = {"/usr/bin/env",
                                           "python3",
                                           (dir_.path() / "worker.py").string(),
                                           (dir_.path() / "behaviour.json").string(),
                                           (dir_.path() / "starts.log").string(),
                                           "--result",
                                           result_};
    return run_in_fresh_workers(argv, result_, &error_);
  }

  nlohmann::json Result() const {
    std::ifstream in(result_);
    return nlohmann::json::parse(in);
  }

  std::vector<std::string> Starts() const {
    std::ifstream in(dir_.path() / "starts.log");
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }

  avo::testing::TempDir dir_;
  std::string result_;
  std::string error_;
};

TEST_F(FreshWorkersTest, OneWorkerMeasuresEverythingWhenNothingGoesWrong) {
  ASSERT_EQ(Run(3, nlohmann::json::object()), 0) << error_;
  EXPECT_EQ(Starts(), std::vector<std::string>({"0"}));
  const nlohmann::json r = Result();
  ASSERT_EQ(r["configs"].size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(r["configs"][i]["correct"].get<bool>()) << i;
    EXPECT_EQ(r["configs"][i]["value"].get<int>(), 100 + i);
  }
  EXPECT_EQ(first_not_measured(r.dump()), 3);
}

TEST_F(FreshWorkersTest, AHangCostsItsConfigurationAndAFreshWorkerDoesTheRest) {
  ASSERT_EQ(Run(4, {{"1", "hang"}}), 0) << error_;
  EXPECT_EQ(Starts(), std::vector<std::string>({"0", "2"}));
  const nlohmann::json r = Result();
  EXPECT_TRUE(r["configs"][0]["correct"].get<bool>());
  EXPECT_FALSE(r["configs"][1]["correct"].get<bool>());
  EXPECT_EQ(r["configs"][1]["message"], "hang: test");
  EXPECT_TRUE(r["configs"][2]["correct"].get<bool>());
  EXPECT_TRUE(r["configs"][3]["correct"].get<bool>());
}

TEST_F(FreshWorkersTest, AWorkerThatDiesUnannouncedFailsTheConfigurationItWasIn) {
  ASSERT_EQ(Run(4, {{"0", "segv"}, {"2", "exit1"}}), 0) << error_;
  EXPECT_EQ(Starts(), std::vector<std::string>({"0", "1", "3"}));
  const nlohmann::json r = Result();
  const std::string m0 = r["configs"][0]["message"];
  EXPECT_NE(m0.find("signal 11"), std::string::npos) << m0;
  EXPECT_EQ(r["configs"][0]["name"], "c0");
  EXPECT_TRUE(r["configs"][1]["correct"].get<bool>());
  const std::string m2 = r["configs"][2]["message"];
  EXPECT_NE(m2.find("exit status 1"), std::string::npos) << m2;
  EXPECT_TRUE(r["configs"][3]["correct"].get<bool>());
  EXPECT_EQ(first_not_measured(r.dump()), 4);
}

TEST_F(FreshWorkersTest, EveryConfigurationFailingStillEndsWithOneWorkerEach) {
  ASSERT_EQ(Run(3, {{"0", "hang"}, {"1", "segv"}, {"2", "hang"}}), 0) << error_;
  EXPECT_EQ(Starts(), std::vector<std::string>({"0", "1", "2"}));
  const nlohmann::json r = Result();  // a temporary's member would die before the loop ran
  for (const auto& c : r["configs"]) EXPECT_FALSE(c["correct"].get<bool>());
}

TEST_F(FreshWorkersTest, AWorkerThatCannotStartIsAnErrorNotAResult) {
  ASSERT_TRUE(write_unmeasured(result_, {"c0"}));
  const std::string missing = (dir_.path() / "missing").string();
  EXPECT_EQ(run_in_fresh_workers({missing}, result_, &error_), 2);
  EXPECT_NE(error_.find("cannot run the worker " + missing), std::string::npos) << error_;
  // Nothing is charged to the candidate: the configuration is still not measured.
  EXPECT_EQ(first_not_measured(Result().dump()), 0);
}

TEST_F(FreshWorkersTest, ABadRequestStopsAtTheFirstWorker) {
  std::ofstream(dir_.path() / "bad.sh") << "#!/bin/sh\nexit 2\n";
  fs::permissions(dir_.path() / "bad.sh", fs::perms::owner_all);
  ASSERT_TRUE(write_unmeasured(result_, {"c0", "c1"}));
  EXPECT_EQ(run_in_fresh_workers({(dir_.path() / "bad.sh").string()}, result_, &error_), 2);
}

TEST(FirstNotMeasuredTest, ReadsTheMessagesNotTheVerdicts) {
  EXPECT_EQ(first_not_measured(R"({"configs": []})"), 0);
  EXPECT_EQ(first_not_measured(R"({"configs": [{"message": "not measured: x"}]})"), 0);
  EXPECT_EQ(
      first_not_measured(
          R"({"configs": [{"correct": false, "message": "hang"}, {"message": "not measured"}]})"),
      1);
  EXPECT_EQ(first_not_measured(R"({"configs": [{"correct": false, "message": "not run: x"}]})"), 1);
  EXPECT_EQ(first_not_measured("not json"), -1);
  EXPECT_EQ(first_not_measured(R"({"configs": 3})"), -1);
  EXPECT_EQ(first_not_measured(R"({"configs": [1]})"), -1);
}

}  // namespace
}  // namespace avo::attention
