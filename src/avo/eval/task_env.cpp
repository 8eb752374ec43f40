#include "avo/eval/task_env.h"

#include <cstdlib>

namespace avo {

const std::vector<std::string>& InheritedVariables() {
  static const std::vector<std::string> names = {
      "PATH",      "LANG",      "LC_ALL",         "CUDA_VISIBLE_DEVICES",
      "CUDA_HOME", "CUDA_PATH", "LD_LIBRARY_PATH"};
  return names;
}

std::map<std::string, std::string> TaskEnvironment(const TaskSpec& task, const CommandEnv& c) {
  std::map<std::string, std::string> env;
  auto inherit = [&](const std::string& name) {
    if (const char* v = std::getenv(name.c_str())) env[name] = v;
  };
  for (const auto& name : InheritedVariables()) inherit(name);
  for (const auto& name : task.sandbox.env) inherit(name);

  std::string path = env.count("PATH") != 0 ? env["PATH"] : "/usr/bin:/bin";
  for (auto it = c.tool_dirs.rbegin(); it != c.tool_dirs.rend(); ++it)
    path = it->string() + ":" + path;
  env["PATH"] = path;
  env["HOME"] = c.home;
  env["TMPDIR"] = c.home;
  if (c.gpu) env["CUDA_VISIBLE_DEVICES"] = *c.gpu;
  for (const auto& [k, v] : c.avo) env[k] = v;
  return env;
}

}  // namespace avo
