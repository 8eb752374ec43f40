// What of a failing build's output may reach the operator (issue "Judge v3", part 3): a build
// runs the compiler over whatever its sources name, and the messages of one that fails go to the
// variation operator and through it to a model's provider. A source that `#include`s a file
// outside the workspace (a key under $HOME, /etc/shadow) makes the compiler quote that file, in
// a message located in it or in a name or value it quotes from it. This cut keeps
//   - diagnostics located in the workspace's own files ("path:line[:col]: error: ...", and the
//     EDG/nvcc form "path(line): error: ..."), paths made relative to the workspace;
//   - tool messages with no location (ptxas, nvlink, ld: "ptxas error : Entry function ..."),
//     which name only what the sources defined;
// and in every kept line masks as '<?>' each quoted span ('...', "...", `...') with a word (a
// run of letters, digits and '_') that the workspace's own text does not contain: what a
// compiler quotes from a file outside cannot come back even through a name or a value. Source excerpts under a diagnostic, include chains outside the workspace
// and everything else are dropped; a count of what was dropped ends the cut.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace avo {

struct BuildLogCut {
  std::string text;      // the kept lines, then "(N lines of build output not shown)" if any
  std::size_t kept = 0;  // lines kept
  std::size_t dropped = 0;
};

// `log`: the build's stdout and stderr. `workspace`: the build's directory (absolute, as the
// compiler may print it). `own_text`: the workspace's own files as text (the candidate's files
// and the task's), where a quoted span must appear to be shown. At most `max_lines` lines of at
// most 400 characters are kept.
BuildLogCut CutBuildLog(std::string_view log, const std::filesystem::path& workspace,
                        std::string_view own_text, std::size_t max_lines = 60);

}  // namespace avo
