// One HTTP POST over libcurl: the only place the llm module touches the network.
//
// Why our own thin wrapper and no SDK: both vendor APIs are a JSON POST; a wrapper of one function
// keeps the retry policy, redaction and cancellation in our code where they can be tested against
// the scripted server (tests/testing/llm_server.h).
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "avo/util/status.h"

namespace avo::llm {

struct HttpRequest {
  std::string url;
  // Header lines as name/value. Values may hold credentials: this module never logs them.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  double timeout_s = 600;         // whole transfer, seconds
  double connect_timeout_s = 30;  // connection set-up, seconds
  // Polled while the transfer runs (libcurl's progress callback: often while data moves, about
  // once a second while it waits); true aborts the transfer with Cancelled.
  std::function<bool()> cancel;
};

struct HttpResponse {
  long status = 0;  // NOLINT(google-runtime-int): libcurl's type for the response code
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;

  // The first header with this (lower-case) name, or "" when absent.
  [[nodiscard]] std::string Header(const std::string& lower_name) const;
};

// Any HTTP status counts as a response (the caller decides what 4xx/5xx mean). Transport failures
// are a Status: Timeout (the limit passed), Unavailable (could not connect, connection dropped,
// truncated body -- worth retrying), Cancelled, or InvalidArgument (a malformed URL).
Result<HttpResponse> HttpPost(const HttpRequest& request);

}  // namespace avo::llm
