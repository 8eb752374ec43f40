#include "avo/kb/documents.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <set>
#include <vector>

#include "avo/util/process.h"

namespace avo::kb {

namespace fs = std::filesystem;

namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

const std::set<std::string>& MarkdownExtensions() {
  static const std::set<std::string> kExt = {".md", ".markdown", ".mdx", ".rst", ".adoc"};
  return kExt;
}

const std::set<std::string>& SourceExtensions() {
  static const std::set<std::string> kExt = {
      ".c",   ".cc",   ".cpp",   ".cxx",  ".h",     ".hh",    ".hpp",   ".hxx",  ".cu",
      ".cuh", ".inl",  ".ipp",   ".py",   ".pyi",   ".rs",    ".go",    ".java", ".kt",
      ".js",  ".ts",   ".sh",    ".bash", ".cmake", ".toml",  ".yaml",  ".yml",  ".json",
      ".ptx", ".sass", ".s",     ".asm",  ".mlir",  ".ll",    ".td",    ".tex",  ".lua",
      ".jl",  ".f90",  ".proto", ".sql",  ".cl",    ".metal", ".triton"};
  return kExt;
}

const std::set<std::string>& SourceNames() {
  static const std::set<std::string> kNames = {"cmakelists.txt", "makefile",    "dockerfile",
                                               "build",          "build.bazel", "workspace"};
  return kNames;
}

}  // namespace

std::string FileKindName(FileKind kind) {
  switch (kind) {
    case FileKind::kMarkdown:
      return "markdown";
    case FileKind::kSource:
      return "source";
    case FileKind::kText:
      return "text";
    case FileKind::kPdf:
      return "pdf";
  }
  return "text";
}

DocKind ChunkingFor(FileKind kind) {
  switch (kind) {
    case FileKind::kMarkdown:
      return DocKind::kMarkdown;
    case FileKind::kSource:
      return DocKind::kSource;
    case FileKind::kText:
    case FileKind::kPdf:
      return DocKind::kText;
  }
  return DocKind::kText;
}

std::optional<FileKind> KindForWalk(const fs::path& path) {
  const std::string name = Lower(path.filename().string());
  const std::string ext = Lower(path.extension().string());
  if (SourceNames().count(name)) return FileKind::kSource;
  if (MarkdownExtensions().count(ext)) return FileKind::kMarkdown;
  if (SourceExtensions().count(ext)) return FileKind::kSource;
  if (ext == ".txt") return FileKind::kText;
  if (ext == ".pdf") return FileKind::kPdf;
  if (ext.empty() && (name.rfind("readme", 0) == 0 || name == "license" || name == "notes"))
    return FileKind::kText;
  return std::nullopt;
}

FileKind KindForExplicit(const fs::path& path) {
  return KindForWalk(path).value_or(FileKind::kText);
}

bool SkipDirectory(const fs::path& dir) {
  const std::string name = dir.filename().string();
  if (name.size() > 1 && name[0] == '.') return true;
  if (name == "node_modules" || name == "__pycache__") return true;
  std::error_code ec;
  return fs::exists(dir / "CMakeCache.txt", ec);
}

bool LooksBinary(const std::string& bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  return std::find(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n), '\0') !=
         bytes.begin() + static_cast<std::ptrdiff_t>(n);
}

std::string ToValidUtf8(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    if (c < 0x80)
      len = 1;
    else if ((c >> 5) == 0x6)
      len = 2;
    else if ((c >> 4) == 0xE)
      len = 3;
    else if ((c >> 3) == 0x1E)
      len = 4;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) >> 6) == 0x2;
    if (ok && len == 2 && c < 0xC2) ok = false;  // overlong
    if (ok) {
      out.append(s, i, len);
      i += len;
    } else {
      out.push_back('?');
      ++i;
    }
  }
  return out;
}

Result<std::string> PdfToText(const fs::path& pdf, const std::string& program) {
  // Through RunProcess like every child of avo: a deadline, a bounded output, nothing left behind.
  const std::string file = pdf.string();
  ProcessOptions o;
  o.argv = {program, "-layout", "-enc", "UTF-8", file, "-"};
  o.timeout = std::chrono::seconds(120);
  o.output_cap_bytes = std::size_t{64} << 20;
  auto r = RunProcess(o);
  if (!r.ok()) return Status::IoError("kb: cannot run " + program + ": " + r.status().message());
  if (r->exit_code == 127) {
    return Status::NotFound("kb: " + program + " not found; install poppler-utils to index PDFs (" +
                            file + ")");
  }
  if (!r->ok())
    return Status::IoError("kb: " + program + " failed on " + file + " (" + r->Describe() + ")");
  return std::move(r->out);
}

}  // namespace avo::kb
