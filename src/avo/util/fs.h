// File helpers shared by every module. Writes that must survive kill -9 go through
// WriteFileAtomic (temporary file, fsync, rename), so a reader sees the old or the new content,
// never half of one.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

// A candidate's editable files: path relative to the task directory -> content (bytes).
using FileSet = std::map<std::string, std::string>;

Result<std::string> ReadFile(const std::filesystem::path& path);
// ReadFile for a file a user names (a message file, `-` excluded): reads at most `max_bytes` and
// never waits on more, so /dev/zero or an endless pipe ends with an error, not with the machine's
// memory. InvalidArgument for a directory or a file above the bound; NotFound when unreadable.
Result<std::string> ReadFileBounded(const std::filesystem::path& path, std::size_t max_bytes);
// Both writers never follow a symbolic link at `path` (or at the atomic writer's temporary
// file): the link is replaced by the file, its target left untouched.
Status WriteFileAtomic(const std::filesystem::path& path, const std::string& content);
// Plain write, creating parent directories; for scratch files that may be lost.
Status WriteFile(const std::filesystem::path& path, const std::string& content);

// Copies a directory tree (regular files and directories; symlinks are copied as links).
Status CopyTree(const std::filesystem::path& from, const std::filesystem::path& to);
// Copies a directory tree with every symbolic link replaced by what it points to: a snapshot
// (a run's frozen task) holds content, not links that may dangle or point elsewhere later.
Status CopyTreeResolvingLinks(const std::filesystem::path& from, const std::filesystem::path& to);

// True when both trees hold the same files (ListFiles) with the same bytes: whether a task
// directory still matches a run's snapshot of it. IoError when a file cannot be read.
Result<bool> SameFiles(const std::filesystem::path& a, const std::filesystem::path& b);
// Swaps two paths in one step (renameat2 RENAME_EXCHANGE, same file system): a reader sees the
// old tree or the new one under each name, never neither. IoError naming both on failure.
Status ExchangePaths(const std::filesystem::path& a, const std::filesystem::path& b);

// Regular files under root, and symbolic links to anything but a directory (named as found,
// never resolved), as sorted relative paths with '/' separators; skips .git.
std::vector<std::string> ListFiles(const std::filesystem::path& root);

// Shell-style glob on a relative path: '*' and '?' stay within one path component, '**' spans
// components. "kernel/*.cu", "**/*.h", "src" (no wildcard) also matches everything under src/.
bool GlobMatch(const std::string& pattern, const std::string& path);

// The most one editable file, and all of a candidate's together, may hold.
inline constexpr std::uintmax_t kMaxEditableFileBytes = std::uintmax_t{16} << 20;
inline constexpr std::uintmax_t kMaxEditableSetBytes = std::uintmax_t{64} << 20;

// Reads the files of root selected by the patterns into a FileSet. InvalidArgument, naming the
// file, for a symbolic link among them or a file (or set) above the bounds above.
Result<FileSet> ReadFileSet(const std::filesystem::path& root,
                            const std::vector<std::string>& patterns);
// Writes a FileSet under root (creating directories).
Status WriteFileSet(const std::filesystem::path& root, const FileSet& files);

// A stable content hash of a file set (64-bit FNV-1a over paths and contents, 16 hex digits):
// the identity of a candidate, used to skip candidates already tried.
std::string HashFileSet(const FileSet& files);

}  // namespace avo
