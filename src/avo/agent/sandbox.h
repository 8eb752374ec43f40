// Shell commands of the agent, confined with bubblewrap (bwrap) where it works: the whole file
// system read-only, the workspace the only writable path, a private /tmp, no network
// (--unshare-net). Where bwrap is missing or cannot create namespaces (containers without user
// namespaces), commands run unconfined and the result says so.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace avo::agent {

// Whether `bwrap` runs here: checked once per process by running `bwrap --version` and a trivial
// confined `true`.
bool SandboxAvailable();

// argv running `command` with /bin/sh -c inside the sandbox rooted at `workspace` (its working
// directory), or plain sh when `confine` is false or bwrap does not work.
std::vector<std::string> SandboxedShell(const std::string& command,
                                        const std::filesystem::path& workspace, bool confine);

}  // namespace avo::agent
