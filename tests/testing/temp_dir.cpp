#include "testing/temp_dir.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace avo::testing {

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "avo-test-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::Write(const std::string& rel, const std::string& content) const {
  auto p = path_ / rel;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace avo::testing

namespace avo::testing {

ProcessResult Run(const std::vector<std::string>& argv, int timeout_s, const std::string& cwd) {
  ProcessOptions o;
  o.argv = argv;
  o.timeout = std::chrono::seconds(timeout_s);
  o.cwd = cwd;
  o.output_cap_bytes = 4 * 1024 * 1024;
  auto r = RunProcess(o);
  if (!r.ok()) throw std::runtime_error("cannot run " + argv[0] + ": " + r.status().message());
  return *r;
}

ProcessResult Sh(const std::string& command, int timeout_s) {
  return Run(ShellCommand(command), timeout_s);
}

bool HaveProgram(const std::string& program) {
  ProcessOptions o;
  o.argv = {"sh", "-c", "command -v \"$0\"", program};
  auto r = RunProcess(o);
  return r.ok() && r->exit_code == 0;
}

}  // namespace avo::testing
