// A temporary directory removed when the test ends.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace avo::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  // Writes `content` to path()/rel (creating parent directories) and returns the full path.
  std::filesystem::path Write(const std::string& rel, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& p);

}  // namespace avo::testing

#include "avo/util/process.h"

namespace avo::testing {

// Runs argv (or a shell command) with a generous timeout; the test fails loudly if it cannot start.
ProcessResult Run(const std::vector<std::string>& argv, int timeout_s = 120,
                  const std::string& cwd = "");
ProcessResult Sh(const std::string& command, int timeout_s = 120);

// Whether `program` is found on PATH (tests that need nvcc skip where it is not installed).
bool HaveProgram(const std::string& program);

}  // namespace avo::testing
