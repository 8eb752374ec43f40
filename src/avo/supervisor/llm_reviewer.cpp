#include "avo/supervisor/llm_reviewer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace avo {
namespace {

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  const auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// The JSON object of a reply: the whole reply, a fenced block, or the outermost braces.
nlohmann::json FindJson(const std::string& reply) {
  auto j = nlohmann::json::parse(reply, nullptr, false);
  if (j.is_object()) return j;
  const auto open = reply.find('{');
  const auto close = reply.rfind('}');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    j = nlohmann::json::parse(reply.substr(open, close - open + 1), nullptr, false);
    if (j.is_object()) return j;
  }
  return nullptr;
}

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

Result<Intervention> ParseReview(const std::string& reply) {
  Intervention iv;
  const nlohmann::json j = FindJson(reply);
  if (j.is_object() && j.contains("directions") && j["directions"].is_array()) {
    if (j.contains("review") && j["review"].is_string()) iv.review = j["review"].get<std::string>();
    for (const auto& d : j["directions"]) {
      if (d.is_string() && !Trim(d.get<std::string>()).empty())
        iv.directions.push_back(Trim(d.get<std::string>()));
    }
  } else {
    std::istringstream is(reply);
    std::string review;
    for (std::string line; std::getline(is, line);) {
      const std::string t = Trim(line);
      std::size_t skip = 0;
      if (t.rfind("- ", 0) == 0 || t.rfind("* ", 0) == 0) {
        skip = 2;
      } else {
        std::size_t k = 0;
        while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k])) != 0) ++k;
        if (k > 0 && k + 1 < t.size() && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ')
          skip = k + 2;
      }
      if (skip > 0) {
        iv.directions.push_back(Trim(t.substr(skip)));
      } else if (iv.directions.empty() && !t.empty()) {
        review += (review.empty() ? "" : " ") + t;
      }
    }
    iv.review = review;
  }
  if (iv.directions.empty())
    return Status::InvalidArgument("reviewer: the reply holds no directions");
  return iv;
}

std::string ReviewPrompt(const Trajectory& t) {
  std::string p =
      "The run has stagnated: " + t.trigger + ".\n\n# Lineage (committed versions, seed first)\n";
  for (const auto& v : t.versions)
    p += fmt::format("v{} {:.5g}  {}\n", v.number, v.scalar, v.summary);
  p += "\n# Recent attempts (newest first): status, score, the gate's reason, the operator's "
       "message\n";
  std::size_t n = 0;
  for (const auto& a : t.attempts) {
    if (++n > 30) break;
    p += fmt::format("#{} step {} {} {} {:.5g}: {} | {}\n", a.id, a.step, a.op, a.status, a.scalar,
                     a.reason, FirstLine(a.message));
  }
  if (!t.notes.empty()) {
    const std::string notes =
        t.notes.size() > 8000 ? "[...]\n" + t.notes.substr(t.notes.size() - 8000) : t.notes;
    p += "\n# The agent's notes\n" + notes + "\n";
  }
  p += "\nReview the whole trajectory: what has been explored, what keeps failing and why, which "
       "directions were "
       "never tried. Then give 3 to 5 concrete, mutually different directions for the next steps "
       "(each one or two "
       "sentences an engineer can act on). Answer only with JSON: {\"review\": \"...\", "
       "\"directions\": [\"...\", ...]}";
  return p;
}

LlmReviewer::LlmReviewer(std::unique_ptr<llm::ChatProvider> provider, int max_directions)
    : provider_(std::move(provider)), max_directions_(max_directions) {}

Result<Intervention> LlmReviewer::Review(const Trajectory& t) {
  llm::ChatRequest req;
  req.messages = {
      llm::Message::System(
          "You supervise an evolutionary search whose variation operator is an autonomous coding "
          "agent optimising a program. When progress stalls you review the trajectory and "
          "redirect the agent toward new, promising directions."),
      llm::Message::User(ReviewPrompt(t))};
  req.max_tokens = 2048;
  req.cancelled = t.cancelled;
  auto r = provider_->Chat(req);
  if (!r.ok()) return r.status().WithContext("reviewer");
  AVO_ASSIGN_OR_RETURN(Intervention iv, ParseReview(r->message.text));
  iv.cost = {r->usage.input_tokens, r->usage.output_tokens, r->cost_usd};
  if (static_cast<int>(iv.directions.size()) > max_directions_)
    iv.directions.resize(static_cast<std::size_t>(max_directions_));
  iv.trigger = t.trigger;
  return iv;
}

}  // namespace avo
