// avo-confine -- runs a command under a Landlock confinement (src/avo/util/landlock.h): what avo
// uses for task commands where bubblewrap cannot create namespaces (confinement.h,
// LandlockConfiner). Built next to the avo binary, which finds it there.
//
//   avo-confine [--user UID:GID] [--read PATH]... [--write PATH]... [--device PATH]...
//               [--network] [--setenv NAME VALUE]... [--chdir DIR] -- COMMAND [ARG]...
//
// --user (root only): become that uid and gid before the rules are made, so a path it cannot
// reach is refused here, in one line, rather than failing the command halfway.
//   avo-confine --probe      exit 0 when this kernel and this process can confine
//
// Exit status: the command's, or 125 with one line on stderr when the confinement cannot be set
// up (nothing is run unconfined), 127 when the command cannot be executed.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "avo/util/landlock.h"
#include "avo/util/unprivileged.h"

namespace {

constexpr int kCannotConfine = 125;

int Fail(const std::string& why) {
  std::fprintf(stderr, "avo-confine: %s\n", why.c_str());
  return kCannotConfine;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Run a command confined by Landlock to an allow-list of paths"};
  avo::LandlockRules rules;
  std::vector<std::string> read, write, devices, setenv_pairs, command;
  std::string chdir_to, user;
  bool probe = false;
  app.add_option("--user", user, "UID:GID to run as (root only; both non-zero)");
  app.add_option("--read", read, "a path readable and executable, with all beneath it");
  app.add_option("--write", write, "a path fully accessible, with all beneath it");
  app.add_option("--device", devices, "a device node to read, write and ioctl");
  app.add_flag("--network", rules.network, "allow TCP bind and connect");
  app.add_option("--setenv", setenv_pairs, "NAME VALUE to set in the command's environment")
      ->expected(2)
      ->take_all();
  app.add_option("--chdir", chdir_to, "the command's working directory");
  app.add_flag("--probe", probe, "only check that confinement works here");
  app.add_option("command", command, "the command and its arguments, after --");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return e.get_exit_code() == 0 ? app.exit(e) : Fail(e.what());
  }
  if (setenv_pairs.size() % 2 != 0) return Fail("--setenv needs a name and a value");
  if (!probe && command.empty()) return Fail("no command given (after --)");
  if (!user.empty()) {
    const auto ids = avo::ParseUserIds(user);
    if (!ids) return Fail("--user wants UID:GID, two non-zero numbers; got '" + user + "'");
    if (avo::Status s = avo::BecomeUser(*ids); !s.ok()) return Fail(s.message());
  }
  rules.read.assign(read.begin(), read.end());
  rules.write.assign(write.begin(), write.end());
  rules.devices.assign(devices.begin(), devices.end());
  if (avo::Status s = avo::RestrictSelf(rules); !s.ok()) {
    const bool denied = s.message().find(std::strerror(EACCES)) != std::string::npos;
    return Fail(s.message() + (denied && !user.empty()
                                   ? " (as uid " + user.substr(0, user.find(':')) +
                                         ": a directory on the way is not searchable by it)"
                                   : ""));
  }
  // From here on this process is confined: it ends by exec or by _exit, never through exit
  // handlers that would reach outside (a sanitizer's leak check reads /proc, coverage counters
  // write beside the build).
  if (probe) _exit(0);
  for (size_t i = 0; i + 1 < setenv_pairs.size(); i += 2) {
    ::setenv(setenv_pairs[i].c_str(), setenv_pairs[i + 1].c_str(), 1);
  }
  if (!chdir_to.empty() && chdir(chdir_to.c_str()) != 0) {
    Fail("cannot enter " + chdir_to + " inside the confinement");
    _exit(kCannotConfine);
  }
  std::vector<char*> args;
  args.reserve(command.size() + 1);
  for (std::string& a : command) args.push_back(a.data());
  args.push_back(nullptr);
  execvp(args[0], args.data());
  std::fprintf(stderr, "avo-confine: cannot run %s: %s\n", args[0], std::strerror(errno));
  _exit(127);
}
