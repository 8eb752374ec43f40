#include "common.h"

#include <iostream>

namespace avo::cli {

void AddEvalFlags(CLI::App& cmd, EvalFlags& flags) {
  cmd.add_option("--gpu", flags.gpu, "pin evaluations to this GPU (CUDA_VISIBLE_DEVICES)");
  cmd.add_flag("--keep-workspaces", flags.keep_workspaces,
               "keep evaluation workspaces under RUN/scratch for debugging");
  cmd.add_flag("--no-sandbox", flags.no_sandbox,
               "run the task's build and evaluate commands unconfined (without bwrap); only for "
               "machines where bwrap cannot create namespaces");
}

int Fail(const Status& s) { return Fail(s.message()); }

int Fail(const std::string& message) {
  std::cerr << "avo: error: " << message << "\n";
  return 1;
}

std::string JsonText(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<double> ParseDuration(const std::string& text, const std::string& flag) {
  auto bad = [&] {
    return Status::InvalidArgument(flag + ": expected a duration such as 90s, 30m or 2h, got '" +
                                   text + "'");
  };
  if (text.empty()) return bad();
  double scale = 1;
  std::string num = text;
  switch (text.back()) {
    case 's':
      scale = 1;
      num.pop_back();
      break;
    case 'm':
      scale = 60;
      num.pop_back();
      break;
    case 'h':
      scale = 3600;
      num.pop_back();
      break;
    case 'd':
      scale = 86400;
      num.pop_back();
      break;
    default:
      break;
  }
  try {
    std::size_t used = 0;
    double v = std::stod(num, &used);
    if (used != num.size() || !(v > 0)) return bad();
    return v * scale;
  } catch (const std::exception&) {
    return bad();
  }
}

}  // namespace avo::cli
