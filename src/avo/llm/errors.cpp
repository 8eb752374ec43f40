#include "avo/llm/errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "avo/util/utf8.h"

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

namespace {

bool KeyChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

// Every occurrence of `secret` replaced. A short secret only where it stands alone (not inside a
// longer word), so that a test key such as "test" leaves ordinary text alone; a long one
// everywhere, where a collision with ordinary text is not plausible.
void Redact(std::string& out, const std::string& secret) {
  // A key of 8 or more characters is replaced wherever it appears, glued to other text or not
  // ("key=sk-abc_prod"); a shorter one ("EMPTY", a local server's placeholder) only where it
  // stands alone, or every word containing it would be cut.
  constexpr std::size_t kLongSecret = 8;
  const std::string mark = "[redacted]";
  for (std::size_t pos = out.find(secret); pos != std::string::npos;) {
    const std::size_t end = pos + secret.size();
    const bool alone =
        (pos == 0 || !KeyChar(out[pos - 1])) && (end >= out.size() || !KeyChar(out[end]));
    if (secret.size() >= kLongSecret || alone) {
      out.replace(pos, secret.size(), mark);
      pos = out.find(secret, pos + mark.size());
    } else {
      pos = out.find(secret, pos + 1);
    }
  }
}

}  // namespace

std::string SafeOneLine(std::string_view text, const std::string& secret, size_t max_chars) {
  std::string redacted(text);
  if (!secret.empty()) Redact(redacted, secret);
  if (redacted.size() > max_chars)
    redacted = redacted.substr(0, Utf8CutPoint(redacted, max_chars)) + "...";
  // A server's text reaches terminals and logs: line breaks become spaces, other control bytes
  // (an escape sequence that retitles the window or erases lines) are shown as \xHH, and bytes
  // that are not UTF-8 become U+FFFD.
  std::string out;
  for (const char c : RepairUtf8(redacted)) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (u < 0x20 || u == 0x7F) {
      out += fmt::format("\\x{:02X}", u);
    } else {
      out += c;
    }
  }
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
