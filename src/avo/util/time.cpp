#include "avo/util/time.h"

#include <ctime>

namespace avo {

std::string NowIso8601() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::int64_t NowUnixSeconds() { return static_cast<std::int64_t>(std::time(nullptr)); }

}  // namespace avo
