// Fail points for crash-safety tests: a named moment where avo kills itself (SIGKILL, as kill -9
// from outside would) when $AVO_FAILPOINT names it, so that a test can stop a run exactly between
// two writes that a random kill hits only by chance (the ref move of a commit and the archive's
// record of it). Unset, a fail point costs one getenv.
#pragma once

#include <string>

namespace avo {

// Kills this process with SIGKILL when $AVO_FAILPOINT equals `name`.
void FailPoint(const std::string& name);

}  // namespace avo
