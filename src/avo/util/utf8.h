// UTF-8 checks for text that enters a run from outside (a commit message given on the command
// line or in a file, an external agent's rationale): the lineage and the archive keep it, and
// every JSON reader of the run (avo log --json, MCP, reports) needs it to be valid UTF-8 (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace avo {

// The offset of the first byte that does not begin a valid UTF-8 sequence, or npos when `text`
// is valid UTF-8 throughout.
std::size_t FirstInvalidUtf8(std::string_view text);

// `text` with each maximal invalid sequence replaced by U+FFFD; valid text comes back unchanged.
std::string RepairUtf8(std::string_view text);

// RepairUtf8, and each NUL byte as U+FFFD too: text recorded in both the archive and the lineage
// (a commit message), where SQLite's text readers and git stop at a NUL and would disagree.
std::string TextForRecords(std::string_view text);

// The largest offset <= `at` (and <= text.size()) that does not fall inside a UTF-8 sequence:
// where text may be cut without splitting a character.
std::size_t Utf8CutPoint(std::string_view text, std::size_t at);

}  // namespace avo
