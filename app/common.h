// Shared pieces of the `avo` subcommands: the flags every evaluating command takes, durations,
// and the one-line error convention. What the commands build comes from the composition root
// (engine/assemble*.h); which run a target names, from engine/run_target.h.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/engine/assemble_eval.h"
#include "avo/engine/run.h"
#include "avo/engine/run_target.h"
#include "avo/util/status.h"

namespace avo::cli {

// Options every command that evaluates shares (what they build: engine/assemble_eval.h).
using EvalFlags = EvalSettings;
void AddEvalFlags(CLI::App& cmd, EvalFlags& flags);

// Ends a subcommand's callback with an exit code (CLI11 carries it to main).
inline void Exit(int code) {
  if (code != 0) throw CLI::RuntimeError(code);
}

// Prints "avo: error: MESSAGE" on stderr and returns the exit code for it.
int Fail(const Status& s);
int Fail(const std::string& message);

// The value, or the end of the subcommand with its error (Fail).
template <typename T>
T OrExit(Result<T> r) {
  if (!r.ok()) Exit(Fail(r.status()));
  return std::move(r).value();
}

// `j` as the JSON every --json output prints (indent 2). Bytes that are not UTF-8 (a message an
// older run kept) become U+FFFD instead of ending the command with the library's exception.
std::string JsonText(const nlohmann::json& j);

// "90s", "30m", "2h", "1.5h", "600" (seconds) -> seconds.
Result<double> ParseDuration(const std::string& text, const std::string& flag);

// Registration of each subcommand (one file each).
void AddInit(CLI::App& app);
void AddEvolve(CLI::App& app);
void AddStatus(CLI::App& app);
void AddLog(CLI::App& app);
void AddShow(CLI::App& app);
void AddDiff(CLI::App& app);
void AddEval(CLI::App& app);
void AddKb(CLI::App& app);
void AddRemeasure(CLI::App& app);
void AddStep(CLI::App& app);
void AddReport(CLI::App& app);
void AddServe(CLI::App& app);
void AddExport(CLI::App& app);
void AddImport(CLI::App& app);
void AddAddSuites(CLI::App& app);
void AddMcp(CLI::App& app);

}  // namespace avo::cli
