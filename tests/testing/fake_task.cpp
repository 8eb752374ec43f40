#include "testing/fake_task.h"

#include <fmt/format.h>

#include <fstream>

namespace avo::testing {

std::string GoodEvaluatorBody() {
  return R"sh(x=$(sed -n 's/^x = \([0-9]*\).*/\1/p' params.txt)
y=$(sed -n 's/^y = \([0-9]*\).*/\1/p' params.txt)
v=$((10 * x + y))
cat > "$AVO_RESULT" <<JSON
{"schema": "avo.evaluation.v1", "configs": [
  {"name": "a", "correct": true, "value": $v, "unit": "ops/s", "samples": [$v], "errors": {"max_abs": 0}},
  {"name": "b", "correct": true, "value": $v, "unit": "ops/s", "samples": [$v]}
], "diagnostics": {"seed": "$AVO_SEED"}}
JSON
)sh";
}

void WriteFakeTask(const std::filesystem::path& dir, const std::string& evaluate_body,
                   int evaluate_timeout_s, const std::string& extra_toml) {
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "params.txt") << "x = 1  # avo:knob x\ny = 1  # avo:knob y\n";
  std::ofstream(dir / "evaluate.sh")
      << "#!/bin/sh\nset -e\n"
      << (evaluate_body.empty() ? GoodEvaluatorBody() : evaluate_body);
  std::ofstream(dir / "task.toml") << fmt::format(R"toml(format = 1
name = "fake"
default_suite = "s"

[files]
editable = ["params.txt"]

[evaluate]
command = "sh evaluate.sh"
timeout_s = {}

[limits]
memory_mb = 1024
output_kb = 16

[metric]
name = "speed"
unit = "ops/s"
direction = "higher"

[suites.s]
configs = [{{ name = "a" }}, {{ name = "b" }}]

[knobs.x]
file = "params.txt"
values = [1, 2, 3, 4]

[knobs.y]
file = "params.txt"
values = [1, 2, 3, 4]
{}
)toml",
                                                  evaluate_timeout_s, extra_toml);
}

}  // namespace avo::testing
