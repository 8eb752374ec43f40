#include "avo/llm/errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace avo::llm {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

bool IsContextLengthExceeded(const Status& status) {
  return status.code() == Status::Code::kInvalidArgument &&
         status.message().find(kContextLengthPrefix) != std::string::npos;
}

bool MentionsContextLength(std::string_view message) {
  // Phrases seen from OpenAI ("maximum context length"), Anthropic ("prompt is too long",
  // "exceed context limit"), vLLM ("maximum context length"), llama.cpp ("exceeds the available
  // context size") and Ollama.
  static constexpr std::string_view kPhrases[] = {
      "context length", "context_length",     "context size",    "context window",
      "context limit",  "prompt is too long", "too many tokens", "maximum context"};
  const std::string lower = Lower(message);
  return std::any_of(std::begin(kPhrases), std::end(kPhrases),
                     [&](std::string_view p) { return lower.find(p) != std::string::npos; });
}

std::string SafeOneLine(std::string_view text, const std::string& secret, size_t max_chars) {
  std::string out(text);
  if (!secret.empty()) {
    for (size_t pos = out.find(secret); pos != std::string::npos; pos = out.find(secret, pos)) {
      out.replace(pos, secret.size(), "[redacted]");
    }
  }
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (out.size() > max_chars) out = out.substr(0, max_chars) + "...";
  return out;
}

Status StatusFromApiError(std::string_view provider, const ApiError& e, bool context_length) {
  const std::string kind = !e.code.empty() ? e.code : (!e.type.empty() ? e.type : "error");
  const std::string message = e.message.empty() ? "(no message)" : e.message;
  const std::string line = fmt::format("{}: {} {}: {}", provider, e.status, kind, message);
  if (context_length) return Status::InvalidArgument(std::string(kContextLengthPrefix) + line);
  switch (e.status) {
    case 400:
    case 401:
    case 403:
    case 413:
    case 422:
      return Status::InvalidArgument(line);
    case 404:
      return Status::NotFound(line);
    default:
      break;
  }
  if (e.status == 429 && e.code == "insufficient_quota") return Status::ResourceExhausted(line);
  return Status::Unavailable(line);
}

}  // namespace avo::llm
