// A run of the shipped CPU task (tasks/matmul, paired gate) with its seed committed, and the
// candidates the gate tests judge on it: for tests that link avo_engine.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/operators/mutate.h"
#include "testing/evaluator.h"

namespace avo::testing {

inline const std::filesystem::path kMatmul = std::filesystem::path(AVO_SOURCE_DIR) / "tasks/matmul";

// A run of tasks/matmul with its seed committed, and an evaluator for it.
struct MatmulRun {
  explicit MatmulRun(const std::filesystem::path& dir,
                     std::optional<std::shared_ptr<LocalEvaluator>> shared = std::nullopt) {
    auto r = Run::Create(kMatmul, dir, ToolDirs());
    EXPECT_TRUE(r.ok()) << r.status().message();
    run = std::move(r).value();
    if (shared) {
      evaluator = *shared;
    } else {
      LocalEvaluatorOptions options = EvaluatorOptions(run->paths().scratch());
      options.tool_dirs = ToolDirs();  // where avo-matmul-harness is
      evaluator = std::make_shared<LocalEvaluator>(run->task(), options);
    }
    engine = std::make_unique<Engine>(*run, *evaluator, op, nullptr);
    Status seeded = engine->EnsureSeed(run->task().default_suite);
    EXPECT_TRUE(seeded.ok()) << seeded.message();
  }
  FileSet Seed() {
    auto v = run->lineage().Resolve("seed");
    return *run->lineage().Files(v->commit);
  }
  std::unique_ptr<Run> run;
  std::shared_ptr<LocalEvaluator> evaluator;
  MutateOperator op;
  std::unique_ptr<Engine> engine;
};

inline Submission Candidate(FileSet files, const std::string& message, int parent) {
  Submission s;
  s.files = std::move(files);
  s.message = message;
  s.parent_version = parent;
  return s;
}

// The seed's kernel.cpp with one knob set to another value.
inline FileSet WithKnob(FileSet files, const std::string& from, const std::string& to) {
  std::string& src = files.at("kernel.cpp");
  const auto at = src.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  src.replace(at, from.size(), to);
  return files;
}

}  // namespace avo::testing
