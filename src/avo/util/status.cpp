#include "avo/util/status.h"

namespace avo {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidArgument:
      name = "invalid argument";
      break;
    case Code::kNotFound:
      name = "not found";
      break;
    case Code::kIoError:
      name = "io error";
      break;
    case Code::kTimeout:
      name = "timeout";
      break;
    case Code::kUnavailable:
      name = "unavailable";
      break;
    case Code::kResourceExhausted:
      name = "resource exhausted";
      break;
    case Code::kInternal:
      name = "internal";
      break;
    case Code::kCancelled:
      name = "cancelled";
      break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace avo
