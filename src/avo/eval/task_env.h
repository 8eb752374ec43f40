// The environment of a task's build and evaluate commands, built from an allow-list: a command
// sees what it needs to find compilers, the GPU and the CUDA libraries, avo's own AVO_ variables
// for that command, and the names task.toml [sandbox] env lists -- nothing else of avo's
// environment (no *_API_KEY, AWS_*, SSH_AUTH_SOCK...). An allow-list because a deny-list only
// stops the secrets someone thought of.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "avo/task/task.h"

namespace avo {

// Taken from avo's own environment when set: PATH, LANG, LC_ALL, CUDA_VISIBLE_DEVICES,
// CUDA_HOME, CUDA_PATH, LD_LIBRARY_PATH.
const std::vector<std::string>& InheritedVariables();

struct CommandEnv {
  std::string home;                              // HOME and TMPDIR (a private, writable dir)
  std::vector<std::filesystem::path> tool_dirs;  // put in front of PATH
  std::optional<std::string> gpu;                // CUDA_VISIBLE_DEVICES, overriding avo's
  std::map<std::string, std::string> avo;        // the AVO_ variables of this command
};

std::map<std::string, std::string> TaskEnvironment(const TaskSpec& task, const CommandEnv& c);

}  // namespace avo
