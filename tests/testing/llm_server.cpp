#include "testing/llm_server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <chrono>

namespace avo::testing {

using nlohmann::json;

ScriptedTurn ScriptedTurn::Text(std::string text) {
  ScriptedTurn t;
  t.text = std::move(text);
  return t;
}

ScriptedTurn ScriptedTurn::Calls(std::vector<ScriptedToolCall> calls, std::string text) {
  ScriptedTurn t;
  t.tool_calls = std::move(calls);
  t.text = std::move(text);
  return t;
}

ScriptedTurn ScriptedTurn::Error(int status, std::string type, std::string message,
                                 std::string code) {
  ScriptedTurn t;
  t.status = status;
  t.error = {{"type", std::move(type)}, {"message", std::move(message)}};
  if (!code.empty()) t.error["code"] = std::move(code);
  return t;
}

ScriptedTurn ScriptedTurn::Drop() {
  ScriptedTurn t;
  t.drop_connection = true;
  return t;
}

namespace {

Result<ScriptedTurn> ParseTurn(const json& j) {
  if (!j.is_object()) return Status::InvalidArgument("script: each turn must be an object");
  ScriptedTurn t;
  t.text = j.value("text", "");
  t.stop_reason = j.value("stop_reason", "");
  if (j.contains("tool_calls")) {
    for (const json& jc : j.at("tool_calls")) {
      ScriptedToolCall c;
      c.id = jc.value("id", "");
      c.name = jc.value("name", "");
      c.arguments = jc.value("arguments", json::object());
      if (jc.contains("raw_arguments")) c.raw_arguments = jc.at("raw_arguments").get<std::string>();
      t.tool_calls.push_back(std::move(c));
    }
  }
  if (j.contains("usage")) {
    const json& u = j.at("usage");
    t.input_tokens = u.value("input_tokens", t.input_tokens);
    t.output_tokens = u.value("output_tokens", t.output_tokens);
    t.cached_input_tokens = u.value("cached_input_tokens", t.cached_input_tokens);
  }
  t.status = j.value("status", 200);
  if (j.contains("headers")) {
    for (const auto& [k, v] : j.at("headers").items())
      t.headers[k] = v.is_string() ? v.get<std::string>() : v.dump();
  }
  if (j.contains("error")) t.error = j.at("error");
  if (j.contains("body"))
    t.body = j.at("body").is_string() ? j.at("body").get<std::string>() : j.at("body").dump();
  t.drop_connection = j.value("drop_connection", false);
  t.delay_s = j.value("delay_s", 0.0);
  return t;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

json OpenAIReply(const ScriptedTurn& t, const std::string& model, int n) {
  json message = {{"role", "assistant"},
                  {"content", t.text.empty() ? json(nullptr) : json(t.text)}};
  if (!t.tool_calls.empty()) {
    message["tool_calls"] = json::array();
    int i = 0;
    for (const ScriptedToolCall& c : t.tool_calls) {
      const std::string id =
          c.id.empty() ? "call_" + std::to_string(n) + "_" + std::to_string(i) : c.id;
      message["tool_calls"].push_back(
          {{"id", id},
           {"type", "function"},
           {"function",
            {{"name", c.name}, {"arguments", c.raw_arguments.value_or(c.arguments.dump())}}}});
      ++i;
    }
  }
  const std::string finish =
      !t.stop_reason.empty() ? t.stop_reason : (t.tool_calls.empty() ? "stop" : "tool_calls");
  return {{"id", "chatcmpl-scripted-" + std::to_string(n)},
          {"object", "chat.completion"},
          {"created", 1700000000},
          {"model", model},
          {"choices", json::array({{{"index", 0},
                                    {"message", message},
                                    {"finish_reason", finish},
                                    {"logprobs", nullptr}}})},
          {"usage",
           {{"prompt_tokens", t.input_tokens},
            {"completion_tokens", t.output_tokens},
            {"total_tokens", t.input_tokens + t.output_tokens},
            {"prompt_tokens_details", {{"cached_tokens", t.cached_input_tokens}}}}}};
}

json AnthropicReply(const ScriptedTurn& t, const std::string& model, int n) {
  json content = json::array();
  if (!t.text.empty()) content.push_back({{"type", "text"}, {"text", t.text}});
  int i = 0;
  for (const ScriptedToolCall& c : t.tool_calls) {
    const std::string id =
        c.id.empty() ? "toolu_" + std::to_string(n) + "_" + std::to_string(i) : c.id;
    // Malformed arguments have no faithful form here: send them as a string where an object
    // belongs.
    const json input = c.raw_arguments ? json(*c.raw_arguments) : c.arguments;
    content.push_back({{"type", "tool_use"}, {"id", id}, {"name", c.name}, {"input", input}});
    ++i;
  }
  const std::string stop =
      !t.stop_reason.empty() ? t.stop_reason : (t.tool_calls.empty() ? "end_turn" : "tool_use");
  return {{"id", "msg_scripted_" + std::to_string(n)},
          {"type", "message"},
          {"role", "assistant"},
          {"model", model},
          {"content", content},
          {"stop_reason", stop},
          {"stop_sequence", nullptr},
          {"usage",
           {{"input_tokens", t.input_tokens - t.cached_input_tokens},
            {"output_tokens", t.output_tokens},
            {"cache_creation_input_tokens", 0},
            {"cache_read_input_tokens", t.cached_input_tokens}}}};
}

json ErrorBody(bool anthropic, const json& error) {
  const std::string type = error.value("type", "api_error");
  const std::string message = error.value("message", "");
  if (anthropic) return {{"type", "error"}, {"error", {{"type", type}, {"message", message}}}};
  return {{"error",
           {{"message", message},
            {"type", type},
            {"param", nullptr},
            {"code", error.contains("code") ? error.at("code") : json(nullptr)}}}};
}

}  // namespace

Result<std::vector<ScriptedTurn>> ParseScript(const json& script) {
  const json* turns = &script;
  if (script.is_object()) {
    if (!script.contains("turns"))
      return Status::InvalidArgument("script: expected {\"turns\": [...]}");
    turns = &script.at("turns");
  }
  if (!turns->is_array()) return Status::InvalidArgument("script: turns must be an array");
  std::vector<ScriptedTurn> out;
  try {
    for (const json& j : *turns) {
      Result<ScriptedTurn> t = ParseTurn(j);
      if (!t.ok()) return t.status();
      out.push_back(std::move(t).value());
    }
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("script: ") + e.what());
  }
  return out;
}

ScriptedLlmServer::ScriptedLlmServer(std::vector<ScriptedTurn> script, int port)
    : server_(std::make_unique<httplib::Server>()), script_(script.begin(), script.end()) {
  server_->Post(
      "/v1/chat/completions",
      [this](const httplib::Request& req, httplib::Response& res) { Handle(false, req, res); });
  server_->Post("/v1/messages", [this](const httplib::Request& req, httplib::Response& res) {
    Handle(true, req, res);
  });
  if (port > 0) {
    port_ = server_->bind_to_port("127.0.0.1", port) ? port : -1;
  } else {
    port_ = server_->bind_to_any_port("127.0.0.1");
  }
  if (port_ <= 0) return;
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  // stop() is a no-op until the accept loop runs; wait for it so the destructor cannot hang.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!server_->is_running() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

ScriptedLlmServer::~ScriptedLlmServer() {
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

void ScriptedLlmServer::Push(ScriptedTurn turn) {
  std::lock_guard<std::mutex> lock(mu_);
  script_.push_back(std::move(turn));
}

void ScriptedLlmServer::SetResponder(Responder responder) {
  std::lock_guard<std::mutex> lock(mu_);
  responder_ = std::move(responder);
}

void ScriptedLlmServer::SetOnRequest(std::function<void(const RecordedRequest&)> on_request) {
  std::lock_guard<std::mutex> lock(mu_);
  on_request_ = std::move(on_request);
}

std::string ScriptedLlmServer::openai_base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/v1";
}

std::string ScriptedLlmServer::anthropic_base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_);
}

std::vector<RecordedRequest> ScriptedLlmServer::requests() const {
  std::lock_guard<std::mutex> lock(mu_);
  return requests_;
}

size_t ScriptedLlmServer::remaining() const {
  std::lock_guard<std::mutex> lock(mu_);
  return script_.size();
}

void ScriptedLlmServer::Handle(bool anthropic, const httplib::Request& req,
                               httplib::Response& res) {
  RecordedRequest rec;
  rec.path = req.path;
  for (const auto& [name, value] : req.headers) rec.headers[Lower(name)] = value;
  rec.body = req.body;
  rec.json = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (rec.json.is_discarded()) rec.json = nullptr;

  std::optional<ScriptedTurn> turn;
  Responder responder;
  std::function<void(const RecordedRequest&)> on_request;
  int n = 0;
  {
    std::lock_guard<std::mutex> lock(mu_);
    requests_.push_back(rec);
    responder = responder_;
    on_request = on_request_;
    n = ++served_;
  }
  if (on_request) on_request(rec);
  if (responder) turn = responder(rec);
  if (!turn) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!script_.empty()) {
      turn = std::move(script_.front());
      script_.pop_front();
    }
  }
  if (!turn) {
    res.status = 400;
    res.set_content(ErrorBody(anthropic, {{"type", "invalid_request_error"},
                                          {"message", "scripted server: script exhausted"}})
                        .dump(),
                    "application/json");
    return;
  }
  if (turn->delay_s > 0) std::this_thread::sleep_for(std::chrono::duration<double>(turn->delay_s));

  const std::string model =
      rec.json.is_object() && rec.json.contains("model") && rec.json.at("model").is_string()
          ? rec.json.at("model").get<std::string>()
          : "scripted";
  std::string body;
  if (turn->body) {
    body = *turn->body;
  } else if (!turn->error.is_null()) {
    body = ErrorBody(anthropic, turn->error).dump();
  } else {
    body = (anthropic ? AnthropicReply(*turn, model, n) : OpenAIReply(*turn, model, n)).dump();
  }
  res.status = turn->status;
  for (const auto& [name, value] : turn->headers) res.set_header(name, value);
  if (turn->drop_connection) {
    // Promise the whole body, deliver half of it, then give up: the client sees the socket close
    // with bytes missing, as when a proxy or a server dies mid-answer.
    const std::string part = body.substr(0, body.size() / 2);
    res.set_content_provider(body.size(), "application/json",
                             [part](size_t offset, size_t, httplib::DataSink& sink) {
                               if (offset == 0) sink.write(part.data(), part.size());
                               return false;
                             });
    return;
  }
  res.set_content(body, "application/json");
}

}  // namespace avo::testing
