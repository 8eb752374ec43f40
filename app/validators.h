// Checks of command-line values that say in words what was wrong ("--jobs: must be a whole
// number of at least 1, not 0"), in place of CLI11's numeric range messages, which print the
// range's bounds as 300-digit numbers.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>

namespace avo::cli {

// A whole number (digits, an optional leading minus) from `min` to `max`.
CLI::Validator WholeNumber(std::int64_t min, std::int64_t max = INT32_MAX);

// A TCP port: 0 (any free port) to 65535.
CLI::Validator Port();

}  // namespace avo::cli
