// Helpers of the kill -9 tests: start a program and SIGKILL it mid-work, and split output.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace avo::testing {

// Starts argv (argv[0] an absolute path) with its output discarded and SIGKILLs it after `ms`
// milliseconds if it is still alive; returns once it is reaped.
void RunAndKill(const std::vector<std::string>& argv, int ms);
// Starts argv likewise and SIGKILLs it once `ready()` (polled every 100 ms) is true, or after
// `timeout_ms`; returns whether `ready()` was seen true while it ran.
bool RunAndKillWhen(const std::vector<std::string>& argv, const std::function<bool()>& ready,
                    int timeout_ms);

// Starts argv likewise, sends `sig` once `ready()` is true, and waits up to `grace_ms` for it
// to end by itself (SIGKILL after that). Returns its exit status, 128 + the signal that ended it,
// or -1 when it ended before `ready()` held or `ready()` never held within `timeout_ms` (it is
// killed then).
int RunAndSignalWhen(const std::vector<std::string>& argv, const std::function<bool()>& ready,
                     int sig, int timeout_ms, int grace_ms);

// The non-empty lines of `s`.
std::vector<std::string> Lines(const std::string& s);

}  // namespace avo::testing
