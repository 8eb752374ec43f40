// A temporary directory removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

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
