// TOML values as JSON: task parameters and run configurations are parsed with toml++ and handed on
// as JSON (the evaluator's AVO_CONFIGS, the LLM provider's options).
#pragma once

#include <toml++/toml.h>

#include <nlohmann/json.hpp>

namespace avo {

// Strings, numbers, booleans, arrays and tables; dates and times become null (no key takes one).
nlohmann::json TomlToJson(const toml::node& node);

}  // namespace avo
