#include "avo/util/unprivileged.h"

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace avo {
namespace fs = std::filesystem;

namespace {

std::optional<unsigned> ParseId(std::string_view s) {
  unsigned v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() || v == 0) return std::nullopt;
  return v;
}

// Whether `u` holds `bits` (as owner, group or other: S_IRUSR|S_IXUSR style, owner's spelling)
// on a file of mode `st`.
bool Allowed(const struct stat& st, UserIds u, mode_t owner_bits) {
  if (st.st_uid == u.uid) return (st.st_mode & owner_bits) == owner_bits;
  const mode_t group_bits = owner_bits >> 3, other_bits = owner_bits >> 6;
  if (st.st_gid == u.gid) return (st.st_mode & group_bits) == group_bits;
  return (st.st_mode & other_bits) == other_bits;
}

}  // namespace

std::optional<UserIds> ParseUserIds(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) return std::nullopt;
  const auto uid = ParseId(std::string_view(text).substr(0, colon));
  const auto gid = ParseId(std::string_view(text).substr(colon + 1));
  if (!uid || !gid) return std::nullopt;
  return UserIds{static_cast<uid_t>(*uid), static_cast<gid_t>(*gid)};
}

UserIds UnprivilegedUser() {
  const char* env = std::getenv("AVO_CONFINE_USER");
  if (env != nullptr) {
    if (auto u = ParseUserIds(env)) return *u;
  }
  return UserIds{};
}

std::optional<fs::path> FirstUnreachable(const std::vector<fs::path>& paths, UserIds u) {
  for (const fs::path& p : paths) {
    struct stat st {};
    if (lstat(p.c_str(), &st) != 0) continue;
    const fs::path abs = p.lexically_normal();
    const fs::path rel = abs.relative_path();
    fs::path at = abs.root_path();
    for (const fs::path& part : rel) {
      struct stat dir {};
      if (stat(at.c_str(), &dir) == 0 && !Allowed(dir, u, S_IXUSR)) return at;
      at /= part;
    }
    if (stat(p.c_str(), &st) != 0) continue;
    const mode_t need = S_ISDIR(st.st_mode) ? (S_IRUSR | S_IXUSR) : S_IRUSR;
    if (!Allowed(st, u, need)) return p;
  }
  return std::nullopt;
}

Status GiveTo(const fs::path& tree, UserIds u) {
  auto give = [&](const fs::path& p) -> Status {
    struct stat st {};
    if (lstat(p.c_str(), &st) != 0) return Status::Ok();
    if (S_ISREG(st.st_mode) && st.st_nlink > 1) return Status::Ok();
    if (lchown(p.c_str(), u.uid, u.gid) != 0)
      return Status::Unavailable("cannot give " + p.string() + " to uid " + std::to_string(u.uid) +
                                 ": " + std::strerror(errno));
    return Status::Ok();
  };
  if (Status s = give(tree); !s.ok()) return s;
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(tree, ec))) return Status::Ok();
  for (auto it = fs::recursive_directory_iterator(tree, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (Status s = give(it->path()); !s.ok()) return s;
  }
  if (ec) return Status::Unavailable("cannot walk " + tree.string() + ": " + ec.message());
  return Status::Ok();
}

Status BecomeUser(UserIds u) {
  auto fail = [&](const char* what) {
    return Status::Unavailable("cannot become uid " + std::to_string(u.uid) + " (" + what +
                               "): " + std::strerror(errno));
  };
  if (setgroups(0, nullptr) != 0) return fail("setgroups");
  if (setresgid(u.gid, u.gid, u.gid) != 0) return fail("setresgid");
  if (setresuid(u.uid, u.uid, u.uid) != 0) return fail("setresuid");
  if (getuid() != u.uid || geteuid() != u.uid || getgid() != u.gid) return fail("check");
  return Status::Ok();
}

}  // namespace avo
