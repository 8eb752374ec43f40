#include "avo/eval/build_diagnostics.h"

#include <fmt/format.h>

#include <cctype>
#include <regex>
#include <vector>

namespace avo {
namespace {

constexpr std::size_t kMaxLineChars = 400;
constexpr std::size_t kMatchedChars = 1024;

// A compiler diagnostic: its file, and the rest of the line from the severity on.
//   gcc/clang: "file:12:5: error: msg", "file:12: warning: msg"
//   EDG (nvcc's front end): "file(12): error: msg"
const std::regex& DiagnosticLine() {
  static const std::regex re(
      R"(^(.+?)(?::\d+(?::\d+)?:|\(\d+\):)\s*((?:fatal )?error|warning|note|remark)\b(.*)$)");
  return re;
}

// A message of a tool that works on what the compiler made, not on files: it names symbols and
// sizes only.
const std::regex& ToolLine() {
  static const std::regex re(R"(^(ptxas|nvlink|ld|fatbinary|nvcc)\b[^:]*:.*$)");
  return re;
}

// Whether `file` as the compiler printed it lies inside the workspace; sets `rel` to it relative.
bool InWorkspace(const std::string& file, const std::filesystem::path& workspace,
                 std::string* rel) {
  std::filesystem::path p(file);
  if (p.is_relative()) p = workspace / p;
  const std::filesystem::path norm = p.lexically_normal();
  const std::filesystem::path r = norm.lexically_relative(workspace.lexically_normal());
  if (r.empty() || *r.begin() == "..") return false;
  *rel = r.generic_string();
  return true;
}

// Whether every word of `span` (each run of letters, digits and '_') appears in `own`: a name
// or value the compiler quotes came from the workspace's own text, not from a file outside.
bool WordsAreOwn(std::string_view span, std::string_view own) {
  std::size_t i = 0;
  while (i < span.size()) {
    const auto word_char = [&](std::size_t k) {
      const unsigned char ch = static_cast<unsigned char>(span[k]);
      return std::isalnum(ch) != 0 || ch == '_' || ch >= 0x80;
    };
    if (!word_char(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < span.size() && word_char(j)) ++j;
    if (own.find(span.substr(i, j - i)) == std::string_view::npos) return false;
    i = j;
  }
  return true;
}

// Replaces each quoted span with a word that `own` does not contain by '<?>'.
std::string MaskQuoted(const std::string& line, std::string_view own) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    const bool quote = c == '\'' || c == '"' || c == '`';
    const char close = c == '`' ? '\'' : c;  // gcc quotes `like this'
    const std::size_t end = quote ? line.find(close, i + 1) : std::string::npos;
    if (quote && end == std::string::npos) {
      // A quote that does not close: what follows could be anything the compiler read.
      out += c;
      out += "<?>";
      break;
    }
    if (!quote) {
      out += c;
      ++i;
      continue;
    }
    const std::string_view span(line.data() + i + 1, end - i - 1);
    out += c;
    out += WordsAreOwn(span, own) ? std::string(span) : "<?>";
    out += close;
    i = end + 1;
  }
  return out;
}

}  // namespace

BuildLogCut CutBuildLog(std::string_view log, const std::filesystem::path& workspace,
                        std::string_view own_text, std::size_t max_lines) {
  BuildLogCut cut;
  std::size_t start = 0;
  while (start < log.size()) {
    std::size_t nl = log.find('\n', start);
    if (nl == std::string_view::npos) nl = log.size();
    std::string line(log.substr(start, nl - start));
    start = nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    // std::regex backtracks recursively: a megabyte-long template error must not overflow the
    // stack. The location and severity lead the line; what follows past this is cut anyway.
    if (line.size() > kMatchedChars) line.resize(kMatchedChars);
    std::smatch m;
    std::string kept;
    std::string rel;
    if (std::regex_match(line, m, DiagnosticLine()) && InWorkspace(m[1].str(), workspace, &rel)) {
      kept = rel + line.substr(static_cast<std::size_t>(m.position(1) + m.length(1)));
    } else if (std::regex_match(line, ToolLine())) {
      kept = line;
    }
    if (kept.empty() || cut.kept >= max_lines) {
      ++cut.dropped;
      continue;
    }
    kept = MaskQuoted(kept, own_text);  // before the cut, so that no quote is left open
    if (kept.size() > kMaxLineChars) kept = kept.substr(0, kMaxLineChars) + " [...]";
    cut.text += kept + "\n";
    ++cut.kept;
  }
  if (cut.dropped > 0)
    cut.text += fmt::format(
        "({} line(s) of build output not shown: source excerpts, files "
        "outside the workspace, other text)\n",
        cut.dropped);
  return cut;
}

}  // namespace avo
