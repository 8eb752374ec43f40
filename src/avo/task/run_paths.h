// Where each file of a run directory lives (what each holds: the layout in engine/run.h). The
// names are spelled once, here, because a run is read by more than this code: `avo` commands,
// exec operators (AVO_RUN), people with ordinary tools. One is not: the slot board's is spelled
// beside its only writer and reader (eval/slots.h, SlotBoard::Path).
//
// It sits in task/ (a run is one task's search) because every layer above names a run's files:
// kb/ (RUN/kb.db), operators/, agent/, engine/. Header-only: it is names, nothing to link.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>

namespace avo {

// RUN/steps/N/: the files of one step.
class StepPaths {
 public:
  explicit StepPaths(std::filesystem::path dir) : dir_(std::move(dir)) {}

  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }
  [[nodiscard]] std::filesystem::path workspace() const { return dir_ / "workspace"; }
  [[nodiscard]] std::filesystem::path transcript() const { return dir_ / "transcript.jsonl"; }
  // An exec operator's commit message and its output (operators/exec_operator.h).
  [[nodiscard]] std::filesystem::path exec_message() const { return dir_ / "message.txt"; }
  [[nodiscard]] std::filesystem::path exec_log() const { return dir_ / "exec.log"; }

 private:
  std::filesystem::path dir_;
};

class RunPaths {
 public:
  explicit RunPaths(std::filesystem::path dir) : dir_(std::move(dir)) {}

  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }
  [[nodiscard]] std::filesystem::path run_json() const { return dir_ / "run.json"; }
  [[nodiscard]] std::filesystem::path task() const { return dir_ / "task"; }
  [[nodiscard]] std::filesystem::path trusted() const { return dir_ / "trusted.json"; }
  [[nodiscard]] std::filesystem::path lineage() const { return dir_ / "lineage.git"; }
  [[nodiscard]] std::filesystem::path archive() const { return dir_ / "archive.db"; }
  [[nodiscard]] std::filesystem::path notes() const { return dir_ / "notes.md"; }
  [[nodiscard]] std::filesystem::path run_config() const { return dir_ / "avo.toml"; }
  [[nodiscard]] std::filesystem::path kb() const { return dir_ / "kb.db"; }
  [[nodiscard]] std::filesystem::path remeasure() const { return dir_ / "remeasure.json"; }
  [[nodiscard]] std::filesystem::path steps() const { return dir_ / "steps"; }
  [[nodiscard]] StepPaths step(std::int64_t n) const {
    return StepPaths(steps() / std::to_string(n));
  }
  [[nodiscard]] std::filesystem::path scratch() const { return dir_ / "scratch"; }
  [[nodiscard]] std::filesystem::path lock() const { return dir_ / ".lock"; }

 private:
  std::filesystem::path dir_;
};

}  // namespace avo
