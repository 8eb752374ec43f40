// Cutting a document into search units.
//
// Why chunks of 40-80 lines: bm25 over whole files favours long files and returns hits the agent
// then has to page through; single lines lose the context that makes a hit useful. A chunk is about
// one screen: big enough to hold a definition or a section, small enough to quote whole in a
// prompt. Cuts fall where a reader would put them: at markdown headings (whole small sections are
// packed together), at blank lines, and in source at a blank line followed by an unindented line
// (the start of a top-level declaration). Code fences in markdown are never cut at blank lines.
#pragma once

#include <string>
#include <vector>

namespace avo::kb {

enum class DocKind { kMarkdown, kSource, kText };

struct ChunkOptions {
  int min_lines = 40;  // a chunk is closed once it reaches this many lines at a good boundary
  int max_lines = 80;  // and never grows past this (except a short tail of under 10 lines)
};

// A half-open line range [begin, end), 0-based, into the document's lines.
struct LineRange {
  int begin = 0;
  int end = 0;
};

// Consecutive ranges covering all of `lines` (none for an empty document).
std::vector<LineRange> ChunkLines(const std::vector<std::string>& lines, DocKind kind,
                                  const ChunkOptions& options = {});

// Splits text at '\n' (a trailing newline does not make an extra empty line; '\r' is dropped).
std::vector<std::string> SplitLines(const std::string& text);

}  // namespace avo::kb
