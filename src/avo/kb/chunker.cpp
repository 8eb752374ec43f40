#include "avo/kb/chunker.h"

#include <algorithm>
#include <cstdlib>

namespace avo::kb {

namespace {

constexpr int kShortTail = 10;  // a remainder this short is folded into the chunk before it

bool Blank(const std::string& line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool IsFence(const std::string& line) {
  const size_t i = line.find_first_not_of(' ');
  // i <= 3 also rules out npos (no non-space character).
  return i <= 3 && (line.compare(i, 3, "```") == 0 || line.compare(i, 3, "~~~") == 0);
}

bool IsHeading(const std::string& line) {
  size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  return n >= 1 && n <= 6 && (n == line.size() || line[n] == ' ');
}

// How good a place line i is for a chunk to start; 0 = never cut here.
std::vector<int> BoundaryScores(const std::vector<std::string>& lines, DocKind kind,
                                std::vector<bool>* heading) {
  const size_t n = lines.size();
  std::vector<int> score(n + 1, 0);
  heading->assign(n, false);
  bool in_fence = false;
  for (size_t i = 0; i < n; ++i) {
    const bool fence = kind == DocKind::kMarkdown && IsFence(lines[i]);
    const bool prev_blank = i > 0 && Blank(lines[i - 1]);
    if (!in_fence) {
      if (kind == DocKind::kMarkdown && IsHeading(lines[i])) {
        score[i] = 3;
        (*heading)[i] = true;
      } else if (prev_blank) {
        const bool top_level =
            !lines[i].empty() && lines[i][0] != ' ' && lines[i][0] != '\t' && lines[i][0] != '}';
        score[i] = (kind == DocKind::kSource && top_level) ? 2 : 1;
      }
    }
    if (fence) in_fence = !in_fence;
  }
  return score;
}

// Cuts [begin, end) into pieces of at most max_lines at the best boundaries.
void SplitRange(int begin, int end, const std::vector<int>& score, const ChunkOptions& o,
                std::vector<LineRange>* out) {
  int pos = begin;
  const int target = (o.min_lines + o.max_lines) / 2;
  while (end - pos > o.max_lines) {
    int best = pos + o.max_lines;
    int best_score = 0;
    for (int c = pos + o.min_lines; c <= pos + o.max_lines; ++c) {
      const int s = score[static_cast<size_t>(c)];
      if (s > best_score || (s == best_score && s > 0 &&
                             std::abs(c - (pos + target)) < std::abs(best - (pos + target)))) {
        best = c;
        best_score = s;
      }
    }
    out->push_back({pos, best});
    pos = best;
  }
  if (pos < end) {
    if (end - pos < kShortTail && !out->empty() && out->back().end == pos) {
      out->back().end = end;
    } else {
      out->push_back({pos, end});
    }
  }
}

}  // namespace

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = nl + 1;
  }
  return lines;
}

std::vector<LineRange> ChunkLines(const std::vector<std::string>& lines, DocKind kind,
                                  const ChunkOptions& options) {
  ChunkOptions o = options;
  o.min_lines = std::max(1, o.min_lines);
  o.max_lines = std::max(o.min_lines, o.max_lines);
  std::vector<bool> heading;
  const std::vector<int> score = BoundaryScores(lines, kind, &heading);
  const int n = static_cast<int>(lines.size());
  std::vector<LineRange> out;
  if (kind != DocKind::kMarkdown) {
    SplitRange(0, n, score, o, &out);
    return out;
  }
  // Markdown: sections start at headings; pack small sections, split big ones.
  std::vector<LineRange> sections;
  int start = 0;
  for (int i = 1; i < n; ++i) {
    if (heading[static_cast<size_t>(i)]) {
      sections.push_back({start, i});
      start = i;
    }
  }
  if (n > 0) sections.push_back({start, n});
  LineRange cur{0, 0};
  const auto flush = [&] {
    if (cur.end > cur.begin) out.push_back(cur);
    cur = {cur.end, cur.end};
  };
  for (const LineRange& sec : sections) {
    const int len = sec.end - sec.begin;
    if (cur.end > cur.begin && (cur.end - cur.begin) + len > o.max_lines) flush();
    if (len > o.max_lines) {
      flush();
      SplitRange(sec.begin, sec.end, score, o, &out);
      cur = {sec.end, sec.end};
      continue;
    }
    if (cur.end == cur.begin) cur = {sec.begin, sec.begin};
    cur.end = sec.end;
    if (cur.end - cur.begin >= o.min_lines) flush();
  }
  flush();
  return out;
}

}  // namespace avo::kb
