#include "avo/agent/tool.h"

#include <fmt/format.h>

#include "avo/agent/prompt_text.h"
#include "avo/util/utf8.h"

namespace avo::agent {

int ToolEnv::max_evaluations() const {
  if (settings.max_evaluations) return *settings.max_evaluations;
  return ctx != nullptr ? ctx->budget.max_evaluations : 0;
}

int ToolEnv::max_submissions() const {
  if (settings.max_submissions) return *settings.max_submissions;
  return ctx != nullptr ? ctx->budget.max_submissions : 0;
}

Result<std::string> Args::String(const std::string& key) const {
  if (!j_.contains(key)) return Status::InvalidArgument("missing required argument '" + key + "'");
  if (!j_.at(key).is_string())
    return Status::InvalidArgument("argument '" + key + "' must be a string");
  return j_.at(key).get<std::string>();
}

Result<std::string> Args::String(const std::string& key, const std::string& fallback) const {
  if (!j_.contains(key) || j_.at(key).is_null()) return fallback;
  return String(key);
}

Result<std::int64_t> Args::Int(const std::string& key, std::int64_t fallback) const {
  if (!j_.contains(key) || j_.at(key).is_null()) return fallback;
  const auto& v = j_.at(key);
  if (v.is_number_integer()) return v.get<std::int64_t>();
  if (v.is_number_float() &&
      v.get<double>() == static_cast<double>(static_cast<std::int64_t>(v.get<double>()))) {
    return static_cast<std::int64_t>(v.get<double>());
  }
  if (v.is_string()) {  // models sometimes quote numbers
    try {
      std::size_t used = 0;
      const std::int64_t n = std::stoll(v.get<std::string>(), &used);
      if (used == v.get<std::string>().size()) return n;
    } catch (const std::exception&) {
    }
  }
  return Status::InvalidArgument("argument '" + key + "' must be an integer");
}

Result<bool> Args::Bool(const std::string& key, bool fallback) const {
  if (!j_.contains(key) || j_.at(key).is_null()) return fallback;
  if (!j_.at(key).is_boolean())
    return Status::InvalidArgument("argument '" + key + "' must be true or false");
  return j_.at(key).get<bool>();
}

nlohmann::json ObjectSchema(nlohmann::json properties, const std::vector<std::string>& required) {
  nlohmann::json s = {{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) s["required"] = required;
  return s;
}

std::string CutMiddle(const std::string& text, std::size_t max_chars) {
  if (text.size() <= max_chars) return text;
  // Both cuts fall between characters: half a UTF-8 sequence would make the request unencodable.
  const std::size_t head = Utf8CutPoint(text, max_chars * 2 / 3);
  const std::size_t tail_from = Utf8CutPoint(text, text.size() - (max_chars - max_chars * 2 / 3));
  return fmt::format(text::kCutMiddle, text.substr(0, head), tail_from - head,
                     text.substr(tail_from));
}

void ToolBox::Add(std::unique_ptr<Tool> tool) {
  std::string name = tool->Spec().name;
  if (tools_.count(name) == 0) order_.push_back(name);
  tools_[name] = std::move(tool);
}

std::vector<llm::ToolSpec> ToolBox::Specs() const {
  std::vector<llm::ToolSpec> out;
  for (const auto& n : order_) out.push_back(tools_.at(n)->Spec());
  return out;
}

ToolOutput ToolBox::Call(const llm::ToolCall& call, ToolEnv& env) {
  auto it = tools_.find(call.name);
  if (it == tools_.end()) {
    std::string known;
    for (const auto& n : order_) known += (known.empty() ? "" : ", ") + n;
    return ToolOutput::Error(fmt::format("unknown tool '{}'; the tools are: {}", call.name, known));
  }
  if (!call.arguments_error.empty()) {
    return ToolOutput::Error(fmt::format(
        "the arguments of this {} call are not a JSON object ({}); send them again as valid JSON",
        call.name, call.arguments_error));
  }
  if (!call.arguments.is_object()) return ToolOutput::Error("the arguments must be a JSON object");
  ToolOutput out;
  try {
    Result<ToolOutput> r = it->second->Call(call.arguments, env);
    out = r.ok() ? std::move(r).value() : ToolOutput::Error(r.status().message());
  } catch (const std::exception& e) {  // a tool bug must not end the run
    out = ToolOutput::Error(fmt::format("tool '{}' failed internally: {}", call.name, e.what()));
  }
  out.text = CutMiddle(out.text, env.settings.tool_output_chars);
  return out;
}

ToolBox StandardTools() {
  ToolBox box;
  AddFileTools(box);
  AddRunTool(box);
  AddEvaluateTool(box);
  AddLineageTools(box);
  AddKbTools(box);
  AddNotesTool(box);
  AddCommitTool(box);
  return box;
}

}  // namespace avo::agent
