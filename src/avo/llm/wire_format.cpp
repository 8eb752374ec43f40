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

}  // namespace avo::llm
