// Shell commands of the agent, confined with bubblewrap (bwrap) where it works, by the rules of
// util/confinement.h: the workspace the only writable path, a private /tmp, no network. Where
// bwrap is missing or cannot create namespaces (containers without user namespaces), commands run
// unconfined and the result says so: the agent's commands are its own tools, while the commands
// that judge a candidate (eval/local_evaluator.h) refuse to run unconfined unless told to.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace avo::agent {

// Whether `bwrap` runs here (util/confinement.h, ConfinementAvailable).
bool SandboxAvailable();

// argv running `command` with /bin/sh -c inside the sandbox rooted at `workspace` (its working
// directory), or plain sh when `confine` is false or bwrap does not work.
std::vector<std::string> SandboxedShell(const std::string& command,
                                        const std::filesystem::path& workspace, bool confine);

}  // namespace avo::agent
