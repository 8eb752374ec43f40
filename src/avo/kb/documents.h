// Which files the knowledge base reads, and how it turns each into UTF-8 text.
//
// Why an allow-list of extensions for directory walks: a source tree holds build outputs, images,
// archives and data files whose text is noise to a search; explicit file arguments are taken
// whatever their extension, as long as they are not binary.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "avo/kb/chunker.h"
#include "avo/util/status.h"

namespace avo::kb {

enum class FileKind { kMarkdown, kSource, kText, kPdf };
std::string FileKindName(FileKind kind);  // "markdown", "source", "text", "pdf"
DocKind ChunkingFor(FileKind kind);

// The kind a directory walk indexes this file as, or nullopt to skip it (unknown extension).
std::optional<FileKind> KindForWalk(const std::filesystem::path& path);
// The kind of a file named explicitly: as above, but unknown extensions count as text.
FileKind KindForExplicit(const std::filesystem::path& path);
// Directories a walk never enters: hidden ones (.git, .cache, ...), node_modules, __pycache__ and
// CMake build trees (a CMakeCache.txt inside).
bool SkipDirectory(const std::filesystem::path& dir);

// True when the bytes look binary (a NUL byte in the first 8 KiB).
bool LooksBinary(const std::string& bytes);
// Replaces every byte sequence that is not valid UTF-8 with '?', so that text from any file can be
// put into JSON (transcripts, tool results) later without failing.
std::string ToValidUtf8(const std::string& bytes);

// Text of a PDF through `pdftotext -layout -enc UTF-8 FILE -` (poppler-utils). NotFound with an
// install hint when the program is missing; IoError when it fails on the file.
Result<std::string> PdfToText(const std::filesystem::path& pdf,
                              const std::string& program = "pdftotext");

}  // namespace avo::kb
