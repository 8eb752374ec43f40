// The transcript of one agent step: RUN/steps/N/transcript.jsonl, one JSON object per line,
// appended and flushed as the step goes, so a killed step keeps everything up to its last line.
// Linked from the archive through Submission::transcript (relative to the run directory).
//
// Records ({"type": ..., "time": ISO-8601, "turn": n, ...}):
//   start       {step, operator, parent_version, model, tools: [names]}
//   message     {message}            every message added to the conversation (system prompt,
//                                    user text, assistant turn, tool result), once, in order
//   request     {messages, tools, max_tokens}  counts of what one call sent
//   response    {response}           llm::ToJson(ChatResponse): text, tool calls, usage, cost
//   tool        {name, id, arguments, is_error, chars, seconds}
//   compaction  {reason, before_messages, after_messages, summary}
//   error       {message}
//   end         {reason, usage, cost_usd, turns, submissions, committed}
// A string of a record longer than kMaxStringBytes keeps its first and last 32 KiB around a
// marker saying how many bytes were left out (a model that writes a 12 MB file every turn would
// otherwise put it in the transcript three times a turn, and again in every compaction).
#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "avo/util/status.h"

namespace avo {

class Transcript {
 public:
  // Opens (appending) `path`, creating its directory. A transcript that cannot be written does
  // not stop the step; Write() then does nothing and ok() is false.
  explicit Transcript(const std::filesystem::path& path);
  static constexpr std::size_t kMaxStringBytes = std::size_t{256} * 1024;
  void Write(const std::string& type, nlohmann::json record);
  [[nodiscard]] bool ok() const { return out_.good(); }

 private:
  std::ofstream out_;
};

}  // namespace avo
