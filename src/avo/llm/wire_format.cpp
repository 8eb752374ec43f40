#include "avo/llm/wire_format.h"

namespace avo::llm {

std::string WireUrl(const WireFormat& format, const ProviderConfig& config) {
  std::string base = config.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + format.path;
}

void MergeOptions(nlohmann::json& body, const nlohmann::json& extra) {
  if (!extra.is_object()) return;
  for (const auto& [key, value] : extra.items()) body[key] = value;
}

std::string StringField(const nlohmann::json& j, const char* key) {
  if (!j.is_object()) return "";
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

int64_t TokenCount(const nlohmann::json& j, const char* key) {
  if (!j.is_object()) return 0;
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return 0;
  if (it->is_number_unsigned())
    return static_cast<int64_t>(
        std::min<uint64_t>(it->get<uint64_t>(), static_cast<uint64_t>(kMaxTokensPerCall)));
  if (it->is_number_integer()) return std::clamp<int64_t>(it->get<int64_t>(), 0, kMaxTokensPerCall);
  const double v = it->get<double>();
  if (!(v > 0)) return 0;  // negative, zero or NaN
  return v >= static_cast<double>(kMaxTokensPerCall) ? kMaxTokensPerCall : static_cast<int64_t>(v);
}

}  // namespace avo::llm
