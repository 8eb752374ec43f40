// ScriptedLlmServer: a real HTTP server on 127.0.0.1 that plays a language model from a script.
//
// Why a real server and not a mock provider: the providers' value is in the bytes they send and
// parse, their retries and their timeouts; only a socket exercises libcurl, headers, dropped
// connections and Retry-After for real. It speaks both wire formats:
//   POST /v1/chat/completions  -> OpenAI Chat Completions response shape
//   POST /v1/messages          -> Anthropic Messages response shape
// Each request pops the next ScriptedTurn; the turn is either a reply (text and/or tool calls) or
// a fault (HTTP error status with body and headers, a connection dropped mid-body, a delay).
// Every request is recorded (path, headers, body) so tests can assert on what was sent.
// When the script runs out the server answers 400 "scripted server: script exhausted" (not
// retryable, so a test that sends more requests than it scripted fails fast and clearly).
//
// The script's JSON form (ParseScript; also the input of the avo-scripted-llm executable):
//   {"turns": [ <turn>, ... ]}   or just [ <turn>, ... ]
//   <turn> = {
//     "text": "...",                                      reply text
//     "tool_calls": [{"id": "call_1", "name": "read_file", "arguments": {...}}
//                    | {"name": "x", "raw_arguments": "{not json"}],   malformed arguments
//     "stop_reason": "end_turn",    optional; default tool_use when there are tool calls
//     "usage": {"input_tokens": 10, "output_tokens": 5, "cached_input_tokens": 0},
//     "status": 429, "headers": {"Retry-After": "1"},     a fault: HTTP status and headers
//     "error": {"type": "rate_limit_error", "message": "...", "code": "..."},  formatted per API
//     "body": "raw body" | {...},                          sent verbatim instead of a reply
//     "drop_connection": true,      promise a longer body, send part of it, close the socket
//     "delay_s": 0.5                wait before answering (client timeouts)
//   }
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "avo/util/status.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace avo::testing {

struct ScriptedToolCall {
  std::string id;  // generated ("call_<n>" / "toolu_<n>") when empty
  std::string name;
  nlohmann::json arguments = nlohmann::json::object();
  std::optional<std::string> raw_arguments;  // sent instead of `arguments`, verbatim
};

struct ScriptedTurn {
  std::string text;
  std::vector<ScriptedToolCall> tool_calls;
  std::string stop_reason;  // in the API's own words; derived when empty
  int64_t input_tokens = 10;
  int64_t output_tokens = 5;
  int64_t cached_input_tokens = 0;

  int status = 200;
  std::map<std::string, std::string> headers;
  nlohmann::json error;             // {"type", "message", "code"} shaped per API; null = none
  std::optional<std::string> body;  // verbatim body instead of a reply
  bool drop_connection = false;
  double delay_s = 0;

  static ScriptedTurn Text(std::string text);
  static ScriptedTurn Calls(std::vector<ScriptedToolCall> calls, std::string text = "");
  static ScriptedTurn Error(int status, std::string type, std::string message,
                            std::string code = "");
  static ScriptedTurn Drop();
};

struct RecordedRequest {
  std::string path;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  nlohmann::json json;  // body parsed; null when it was not JSON
};

Result<std::vector<ScriptedTurn>> ParseScript(const nlohmann::json& script);

class ScriptedLlmServer {
 public:
  // Optional hook called for each request before the script; a turn it returns is used instead of
  // popping the script (for tests whose reply depends on what was asked).
  using Responder = std::function<std::optional<ScriptedTurn>(const RecordedRequest&)>;

  // Binds 127.0.0.1 on an ephemeral port (or `port` when non-zero) and serves on its own thread.
  explicit ScriptedLlmServer(std::vector<ScriptedTurn> script = {}, int port = 0);
  ~ScriptedLlmServer();  // stops the server and joins its thread
  ScriptedLlmServer(const ScriptedLlmServer&) = delete;
  ScriptedLlmServer& operator=(const ScriptedLlmServer&) = delete;

  void Push(ScriptedTurn turn);
  void SetResponder(Responder responder);
  // Called with every request as it is recorded (the executable appends them to a file).
  void SetOnRequest(std::function<void(const RecordedRequest&)> on_request);

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] bool ok() const { return port_ > 0; }
  // Base URLs as a ProviderConfig wants them.
  [[nodiscard]] std::string openai_base_url() const;     // http://127.0.0.1:PORT/v1
  [[nodiscard]] std::string anthropic_base_url() const;  // http://127.0.0.1:PORT

  [[nodiscard]] std::vector<RecordedRequest> requests() const;
  [[nodiscard]] size_t remaining() const;  // turns not yet played

 private:
  void Handle(bool anthropic, const httplib::Request& req, httplib::Response& res);

  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = -1;
  mutable std::mutex mu_;
  std::deque<ScriptedTurn> script_;
  std::vector<RecordedRequest> requests_;
  Responder responder_;
  std::function<void(const RecordedRequest&)> on_request_;
  int served_ = 0;
};

}  // namespace avo::testing
