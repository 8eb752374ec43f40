#include "validators.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>

namespace avo::cli {

CLI::Validator WholeNumber(std::int64_t min, std::int64_t max) {
  const std::string want = max == INT32_MAX ? fmt::format("a whole number of at least {}", min)
                                            : fmt::format("a whole number from {} to {}", min, max);
  return CLI::Validator(
      [min, max, want](const std::string& s) {
        const bool digits =
            !s.empty() &&
            s.find_first_not_of("0123456789", s[0] == '-' ? 1 : 0) == std::string::npos && s != "-";
        errno = 0;
        const long long v = digits ? std::strtoll(s.c_str(), nullptr, 10) : 0;
        if (!digits || errno == ERANGE || v < min || v > max)
          return fmt::format("must be {}, not '{}'", want, s);
        return std::string();
      },
      "N");
}

CLI::Validator Port() {
  return CLI::Validator(
      [](const std::string& s) {
        const std::string e = WholeNumber(0, 65535)(s);
        return e.empty() ? e : "a port is 0 (any free port) to 65535, not '" + s + "'";
      },
      "PORT");
}

}  // namespace avo::cli
