// Helpers of the kill -9 tests: start a program and SIGKILL it mid-work, and split output.
#pragma once

#include <string>
#include <vector>

namespace avo::testing {

// Starts argv (argv[0] an absolute path) with its output discarded and SIGKILLs it after `ms`
// milliseconds if it is still alive; returns once it is reaped.
void RunAndKill(const std::vector<std::string>& argv, int ms);

// The non-empty lines of `s`.
std::vector<std::string> Lines(const std::string& s);

}  // namespace avo::testing
