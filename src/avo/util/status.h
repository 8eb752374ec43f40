// Status and Result: how errors cross module borders in avo.
//
// Why not exceptions: a multi-day run must never die from an unexpected throw deep in a
// library; every fallible call returns a Status (LevelDB style) whose message is one line a
// person can act on ("task.toml: key 'build.command': expected a string"). Exceptions thrown by
// third-party libraries are caught at the module that calls them and turned into a Status.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace avo {

// [[nodiscard]]: an ignored Status is a failure nobody hears about; where ignoring one is
// right (best-effort cleanup), the call site says why.
class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,    // bad input from the user: a task file, a flag, a version name
    kNotFound,           // a file, version or key that does not exist
    kIoError,            // the file system or a child process failed
    kTimeout,            // a deadline passed
    kUnavailable,        // a remote service is down or refused; worth retrying later
    kResourceExhausted,  // a budget (tokens, cost, time, output size) is spent
    kInternal,           // a bug in avo itself
    kCancelled,          // stopped on request (signal, budget, user)
  };

  Status() = default;
  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status Timeout(std::string m) { return {Code::kTimeout, std::move(m)}; }
  static Status Unavailable(std::string m) { return {Code::kUnavailable, std::move(m)}; }
  static Status ResourceExhausted(std::string m) {
    return {Code::kResourceExhausted, std::move(m)};
  }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }
  static Status Cancelled(std::string m) { return {Code::kCancelled, std::move(m)}; }

  [[nodiscard]] bool ok() const { return code_ == Code::kOk; }
  [[nodiscard]] Code code() const { return code_; }
  [[nodiscard]] const std::string& message() const { return message_; }
  // "invalid argument: task.toml: ..." -- for logs; user-facing errors print message() alone.
  [[nodiscard]] std::string ToString() const;

  // Prefixes the message with where the error happened: "lineage: " + message.
  [[nodiscard]] Status WithContext(const std::string& where) const {
    if (ok()) return *this;
    return {code_, where + ": " + message_};
  }
  // The same code with another message (a message rewritten in the caller's terms).
  [[nodiscard]] Status WithMessage(std::string message) const {
    if (ok()) return *this;
    return {code_, std::move(message)};
  }

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(v_); }
  [[nodiscard]] const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

// Drops a Status on purpose, where its failure changes nothing the caller could do (a
// best-effort record on the way out of another error, cleanup). Each call says why.
inline void IgnoreError(const Status& /*status*/) {}
template <typename T>
void IgnoreError(const Result<T>& /*result*/) {}

}  // namespace avo

// Early return on error, keeping call sites flat.
// NOLINTBEGIN(bugprone-macro-parentheses): `lhs` is a declaration, it cannot be parenthesised.
#define AVO_RETURN_IF_ERROR(expr)              \
  do {                                         \
    ::avo::Status avo_status_ = (expr);        \
    if (!avo_status_.ok()) return avo_status_; \
  } while (0)

#define AVO_CONCAT_INNER(a, b) a##b
#define AVO_CONCAT(a, b) AVO_CONCAT_INNER(a, b)
#define AVO_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()
#define AVO_ASSIGN_OR_RETURN(lhs, expr) \
  AVO_ASSIGN_OR_RETURN_IMPL(AVO_CONCAT(avo_result_, __LINE__), lhs, expr)
// NOLINTEND(bugprone-macro-parentheses)
