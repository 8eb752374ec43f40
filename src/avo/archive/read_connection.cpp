#include "avo/archive/read_connection.h"

#include <fmt/format.h>
#include <unistd.h>

#include <string>

namespace avo {
namespace {

// An SQLite URI of a file path: the characters URIs give meaning to are escaped.
std::string ImmutableUri(const std::filesystem::path& path) {
  std::string uri = "file:";
  for (char c : std::filesystem::absolute(path).string()) {
    if (c == '%' || c == '?' || c == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

std::unique_ptr<SQLite::Database> OpenForReading(const std::filesystem::path& path) {
  const bool writable =
      access(path.parent_path().c_str(), W_OK) == 0 && access(path.c_str(), W_OK) == 0;
  if (writable) return std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READONLY);
  return std::make_unique<SQLite::Database>(ImmutableUri(path),
                                            SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

}  // namespace avo
