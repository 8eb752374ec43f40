// The unprivileged user of Landlock confinement (unprivileged.h): ids, reachability, handing a
// tree over, and becoming the user (in a child process, since it cannot be undone).
#include "avo/util/unprivileged.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "testing/temp_dir.h"

namespace avo {
namespace {
namespace fs = std::filesystem;

TEST(UnprivilegedTest, UserIdsAreTwoNonZeroNumbers) {
  auto u = ParseUserIds("1000:1001");
  ASSERT_TRUE(u.has_value());
  EXPECT_EQ(u->uid, 1000u);
  EXPECT_EQ(u->gid, 1001u);
  for (const char* bad : {"", "1000", "0:0", "0:5", "5:0", "a:b", "12:", ":12", "1:2:3", "-1:2"})
    EXPECT_FALSE(ParseUserIds(bad).has_value()) << bad;
}

TEST(UnprivilegedTest, TheUserComesFromTheEnvironmentOrIsNobody) {
  unsetenv("AVO_CONFINE_USER");
  EXPECT_EQ(UnprivilegedUser().uid, 65534u);
  setenv("AVO_CONFINE_USER", "4242:4343", 1);
  EXPECT_EQ(UnprivilegedUser().uid, 4242u);
  EXPECT_EQ(UnprivilegedUser().gid, 4343u);
  setenv("AVO_CONFINE_USER", "root", 1);  // not ids: the default, never root
  EXPECT_EQ(UnprivilegedUser().uid, 65534u);
  unsetenv("AVO_CONFINE_USER");
}

TEST(UnprivilegedTest, APathBehindADirectoryOthersCannotSearchIsUnreachable) {
  testing::TempDir t;
  const UserIds nobody{};
  fs::create_directories(t.path() / "open" / "inner");
  fs::create_directories(t.path() / "closed" / "inner");
  fs::permissions(t.path(), fs::perms::all);
  fs::permissions(t.path() / "open", fs::perms::all);
  fs::permissions(t.path() / "closed", fs::perms::owner_all);  // 0700
  std::ofstream(t.path() / "open" / "secret.txt") << "x";
  fs::permissions(t.path() / "open" / "secret.txt", fs::perms::owner_read);  // 0400
  EXPECT_FALSE(FirstUnreachable({t.path() / "open" / "inner"}, nobody).has_value());
  auto bad = FirstUnreachable({t.path() / "open" / "inner", t.path() / "closed" / "inner"}, nobody);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(*bad, t.path() / "closed");
  EXPECT_EQ(FirstUnreachable({t.path() / "open" / "secret.txt"}, nobody),
            t.path() / "open" / "secret.txt");
  // Missing paths are skipped: a rule for them is skipped as well.
  EXPECT_FALSE(FirstUnreachable({t.path() / "open" / "absent"}, nobody).has_value());
  // Its owner reaches what others cannot.
  const UserIds owner{getuid() == 0 ? 65534u : getuid(), getgid() == 0 ? 65534u : getgid()};
  if (getuid() != 0) {
    EXPECT_FALSE(FirstUnreachable({t.path() / "closed" / "inner"}, owner));
  }
}

TEST(UnprivilegedTest, ATreeIsGivenToTheUserWithoutFollowingLinks) {
  if (geteuid() != 0) GTEST_SKIP() << "only root can give files away";
  testing::TempDir t;
  const UserIds u{4242, 4343};
  fs::create_directories(t.path() / "ws" / "sub");
  std::ofstream(t.path() / "ws" / "sub" / "a.txt") << "a";
  std::ofstream(t.path() / "outside.txt") << "o";
  fs::create_symlink(t.path() / "outside.txt", t.path() / "ws" / "link");
  fs::create_hard_link(t.path() / "outside.txt", t.path() / "ws" / "hard");
  ASSERT_TRUE(GiveTo(t.path() / "ws", u).ok());
  auto owner = [](const fs::path& p) {
    struct stat st {};
    lstat(p.c_str(), &st);
    return st.st_uid;
  };
  EXPECT_EQ(owner(t.path() / "ws"), 4242u);
  EXPECT_EQ(owner(t.path() / "ws" / "sub" / "a.txt"), 4242u);
  EXPECT_EQ(owner(t.path() / "ws" / "link"), 4242u);  // the link itself
  EXPECT_EQ(owner(t.path() / "outside.txt"), 0u);     // not what it points at, nor a hard link
}

TEST(UnprivilegedTest, BecomingTheUserIsForGoodAndOnlyForRoot) {
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const Status s = BecomeUser(UserIds{4242, 4343});
    if (geteuid() == 0 || getuid() == 0) _exit(1);  // never still root
    if (!s.ok()) _exit(2);                          // refused: not root
    if (setuid(0) == 0) _exit(3);                   // and no way back
    _exit(getuid() == 4242 && getgid() == 4343 ? 0 : 4);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), geteuid() == 0 ? 0 : 2);
}

}  // namespace
}  // namespace avo
