#include "avo/util/fs.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace avo {
namespace fs = std::filesystem;

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open for reading");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<std::string> ReadFileBounded(const fs::path& path, std::size_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    return Status::InvalidArgument(path.string() + ": a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open for reading");
  std::string text(max_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > max_bytes)
    return Status::InvalidArgument(
        fmt::format("{}: longer than {} bytes", path.string(), max_bytes));
  if (in.bad()) return Status::IoError(path.string() + ": read failed");
  return text;
}

namespace {

// Opens `path` for writing as a new regular file of its own: a symbolic link there (planted by
// a candidate or an operator in a workspace, pointing at the run's archive, say) is removed,
// not followed, and O_NOFOLLOW refuses one that appears in between.
Result<int> OpenForWriting(const fs::path& path) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec))) fs::remove(path, ec);
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(path.string() + ": " + strerror(errno));
  return fd;
}

Status WriteAll(int fd, const fs::path& path, const std::string& content) {
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(path.string() + ": " + strerror(errno));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

}  // namespace

Status WriteFile(const fs::path& path, const std::string& content) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  AVO_ASSIGN_OR_RETURN(const int fd, OpenForWriting(path));
  Status s = WriteAll(fd, path, content);
  if (close(fd) != 0 && s.ok()) s = Status::IoError(path.string() + ": " + strerror(errno));
  return s;
}

Status WriteFileAtomic(const fs::path& path, const std::string& content) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  const fs::path tmp = path.string() + ".tmp." + std::to_string(getpid());
  AVO_ASSIGN_OR_RETURN(const int fd, OpenForWriting(tmp));
  if (Status s = WriteAll(fd, tmp, content); !s.ok()) {
    close(fd);
    return s;
  }
  fsync(fd);
  close(fd);
  if (rename(tmp.c_str(), path.c_str()) != 0)
    return Status::IoError(path.string() + ": " + strerror(errno));
  return Status::Ok();
}

Status CopyTree(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to, ec);
  fs::copy(from, to,
           fs::copy_options::recursive | fs::copy_options::copy_symlinks |
               fs::copy_options::overwrite_existing,
           ec);
  if (ec)
    return Status::IoError("copy " + from.string() + " -> " + to.string() + ": " + ec.message());
  return Status::Ok();
}

Status CopyTreeResolvingLinks(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to, ec);
  // Neither copy_symlinks nor skip_symlinks: std::filesystem::copy follows every link.
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
  if (ec)
    return Status::IoError("copy " + from.string() + " -> " + to.string() + ": " + ec.message());
  return Status::Ok();
}

std::vector<std::string> ListFiles(const fs::path& root) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    if (it->path().filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    // Named as found, never resolved (fs::relative would follow a link out of the tree and
    // list its target's path); a link is listed as itself, for its readers to refuse.
    if (it->is_symlink(ec) ? !it->is_directory(ec) : it->is_regular_file(ec))
      out.push_back(it->path().lexically_relative(root).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Result<bool> SameFiles(const fs::path& a, const fs::path& b) {
  const std::vector<std::string> files = ListFiles(a);
  if (files != ListFiles(b)) return false;
  for (const std::string& f : files) {
    AVO_ASSIGN_OR_RETURN(const std::string left, ReadFile(a / f));
    AVO_ASSIGN_OR_RETURN(const std::string right, ReadFile(b / f));
    if (left != right) return false;
  }
  return true;
}

Status ExchangePaths(const fs::path& a, const fs::path& b) {
  if (renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) != 0) {
    return Status::IoError(
        fmt::format("exchange {} and {}: {}", a.string(), b.string(), std::strerror(errno)));
  }
  return Status::Ok();
}

namespace {
bool MatchFrom(const std::string& p, std::size_t pi, const std::string& s, std::size_t si) {
  while (pi < p.size()) {
    if (p.compare(pi, 2, "**") == 0) {
      std::size_t next = pi + 2;
      if (next < p.size() && p[next] == '/') ++next;
      for (std::size_t k = si; k <= s.size(); ++k) {
        if (MatchFrom(p, next, s, k)) return true;
      }
      return false;
    }
    if (p[pi] == '*') {
      for (std::size_t k = si; k <= s.size(); ++k) {
        if (MatchFrom(p, pi + 1, s, k)) return true;
        if (k < s.size() && s[k] == '/') break;
      }
      return false;
    }
    if (si >= s.size()) return false;
    if (p[pi] == '?' ? s[si] == '/' : p[pi] != s[si]) return false;
    ++pi;
    ++si;
  }
  return si == s.size();
}
}  // namespace

bool GlobMatch(const std::string& pattern, const std::string& path) {
  if (MatchFrom(pattern, 0, path, 0)) return true;
  // A pattern naming a directory selects its whole tree.
  std::string dir = pattern;
  while (!dir.empty() && dir.back() == '/') dir.pop_back();
  return !dir.empty() && path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
         path[dir.size()] == '/';
}

Result<FileSet> ReadFileSet(const fs::path& root, const std::vector<std::string>& patterns) {
  FileSet set;
  std::uintmax_t total = 0;
  for (const auto& rel : ListFiles(root)) {
    bool selected = std::any_of(patterns.begin(), patterns.end(),
                                [&](const std::string& p) { return GlobMatch(p, rel); });
    if (!selected) continue;
    // Checked before anything is read: a link would read a file outside the workspace into the
    // lineage, and a gigabyte "kernel" would be held in memory several times over.
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(root / rel, ec)))
      return Status::InvalidArgument(rel + ": a symbolic link; editable files are regular files");
    const std::uintmax_t bytes = fs::file_size(root / rel, ec);
    if (!ec && bytes > kMaxEditableFileBytes) {
      return Status::InvalidArgument(
          fmt::format("{}: {} bytes, above the {} MiB an editable file may hold", rel, bytes,
                      kMaxEditableFileBytes >> 20));
    }
    total += ec ? 0 : bytes;
    if (total > kMaxEditableSetBytes) {
      return Status::InvalidArgument(fmt::format(
          "the editable files pass {} MiB in all (at {}): a candidate holds source, not data",
          kMaxEditableSetBytes >> 20, rel));
    }
    auto content = ReadFile(root / rel);
    if (!content.ok()) return content.status();
    set[rel] = std::move(content).value();
  }
  return set;
}

Status WriteFileSet(const fs::path& root, const FileSet& files) {
  for (const auto& [rel, content] : files) AVO_RETURN_IF_ERROR(WriteFile(root / rel, content));
  return Status::Ok();
}

std::string HashFileSet(const FileSet& files) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](const std::string& s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;  // separator, so ("ab","c") and ("a","bc") differ
    h *= 1099511628211ULL;
  };
  for (const auto& [path, content] : files) {
    mix(path);
    mix(content);
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace avo
