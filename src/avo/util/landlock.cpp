#include "avo/util/landlock.h"

#include <fcntl.h>
#include <linux/capability.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

namespace avo {
namespace fs = std::filesystem;
namespace {

// Rights of later ABIs than this system's <linux/landlock.h> (Linux 6.1) names; the values are
// the kernel's (include/uapi/linux/landlock.h), fixed by its ABI.
constexpr uint64_t kFsTruncate = 1ULL << 14;              // ABI 3
constexpr uint64_t kFsIoctlDev = 1ULL << 15;              // ABI 5
constexpr uint64_t kNetBindTcp = 1ULL << 0;               // ABI 4
constexpr uint64_t kNetConnectTcp = 1ULL << 1;            // ABI 4
constexpr uint64_t kScopeAbstractUnixSocket = 1ULL << 0;  // ABI 6
constexpr uint64_t kScopeSignal = 1ULL << 1;              // ABI 6

// struct landlock_ruleset_attr as of ABI 6; older kernels are given the prefix they know.
struct RulesetAttr {
  uint64_t handled_access_fs = 0;
  uint64_t handled_access_net = 0;
  uint64_t scoped = 0;
};

constexpr uint64_t kReadRights =
    LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
// The rights a rule on a file (not a directory) may carry; others make the rule invalid.
constexpr uint64_t kFileRights = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE |
                                 LANDLOCK_ACCESS_FS_READ_FILE | kFsTruncate | kFsIoctlDev;

// Every file-system right the kernel's ABI knows: what the ruleset handles (denies unless a
// rule allows it).
uint64_t FsRights(int abi) {
  uint64_t rights = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;  // ABI 1: execute .. make_sym
  if (abi >= 2) rights |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3) rights |= kFsTruncate;
  if (abi >= 5) rights |= kFsIoctlDev;
  return rights;
}

size_t AttrSize(int abi) {
  if (abi >= 6) return sizeof(RulesetAttr);
  if (abi >= 4) return offsetof(RulesetAttr, scoped);
  return offsetof(RulesetAttr, handled_access_net);
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

// Allows `rights` beneath `path` (or on it, when it is a file). A missing path is skipped.
Status AddRule(int ruleset, const fs::path& path, uint64_t rights, uint64_t handled) {
  const Fd target(open(path.c_str(), O_PATH | O_CLOEXEC));
  if (target.get() < 0) {
    if (errno == ENOENT) return Status::Ok();
    return Status::InvalidArgument(Errno("landlock: cannot open " + path.string()));
  }
  std::error_code ec;
  if (!fs::is_directory(path, ec)) rights &= kFileRights;
  landlock_path_beneath_attr rule{};
  rule.allowed_access = rights & handled;
  rule.parent_fd = target.get();
  if (rule.allowed_access == 0) return Status::Ok();
  if (syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) != 0)
    return Status::InvalidArgument(Errno("landlock: cannot allow " + path.string()));
  return Status::Ok();
}

// No capability now, none after an exec (an empty bounding set leaves root's exec nothing to
// gain), none ambient. Only root needs the bounding set emptied: for anyone else no_new_privs
// already keeps exec from granting capabilities.
Status DropCapabilities() {
  for (int cap = 0; prctl(PR_CAPBSET_READ, cap, 0, 0, 0) >= 0; ++cap) {
    if (prctl(PR_CAPBSET_READ, cap, 0, 0, 0) == 1 && prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 &&
        geteuid() == 0)
      return Status::Unavailable(Errno("cannot drop root's capability " + std::to_string(cap)));
  }
  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  if (syscall(SYS_capset, &header, data) != 0)
    return Status::Unavailable(Errno("cannot drop this process's capabilities"));
  return Status::Ok();
}

}  // namespace

int LandlockAbi() {
  const long abi =
      syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  return abi < 0 ? 0 : static_cast<int>(abi);
}

Status RestrictSelf(const LandlockRules& rules) {
  const int abi = LandlockAbi();
  if (abi < 1) return Status::Unavailable("landlock is not available in this kernel");
  RulesetAttr attr;
  attr.handled_access_fs = FsRights(abi);
  if (abi >= 4 && !rules.network) attr.handled_access_net = kNetBindTcp | kNetConnectTcp;
  if (abi >= 6) attr.scoped = kScopeAbstractUnixSocket | kScopeSignal;
  const Fd ruleset(static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, AttrSize(abi), 0)));
  if (ruleset.get() < 0) return Status::Unavailable(Errno("landlock: cannot create a ruleset"));
  const uint64_t handled = attr.handled_access_fs;
  for (const auto& p : rules.read) {
    if (Status s = AddRule(ruleset.get(), p, kReadRights, handled); !s.ok()) return s;
  }
  for (const auto& p : rules.write) {
    if (Status s = AddRule(ruleset.get(), p, handled, handled); !s.ok()) return s;
  }
  const uint64_t device =
      LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | kFsIoctlDev;
  for (const auto& p : rules.devices) {
    if (Status s = AddRule(ruleset.get(), p, device, handled); !s.ok()) return s;
  }
  if (Status s = DropCapabilities(); !s.ok()) return s;
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return Status::Unavailable(Errno("cannot set no_new_privs"));
  if (syscall(SYS_landlock_restrict_self, ruleset.get(), 0) != 0)
    return Status::Unavailable(Errno("landlock: cannot enforce the ruleset"));
  return Status::Ok();
}

}  // namespace avo
