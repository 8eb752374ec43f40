#include "request.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace avo::kernel_judge {
namespace {

using nlohmann::json;

// j[key] when it is a string, else "": json::value() throws on a value of another type.
std::string string_at(const json& j, const char* key) {
  const auto it = j.is_object() ? j.find(key) : j.end();
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// The sizes of one configuration's params, in the declaration's order: "" or what is wrong.
std::string read_sizes(const json& params, const KernelDecl& decl, std::vector<int64_t>* out) {
  if (!params.is_object()) return "params: must be an object of sizes";
  for (const auto& [key, value] : params.items()) {
    bool declared = false;
    for (const auto& s : decl.sizes) declared = declared || s == key;
    if (!declared) return "params." + key + ": not a size of kernel.toml";
  }
  for (const auto& s : decl.sizes) {
    const auto it = params.find(s);
    if (it == params.end()) return "params." + s + ": missing";
    if (!it->is_number_integer() || it->get<int64_t>() < 1)
      return "params." + s + ": must be a positive integer";
    out->push_back(it->get<int64_t>());
  }
  return "";
}

// Every tensor's bytes for these sizes: "" or which one is too large.
std::string tensor_bytes(const KernelDecl& decl, const std::vector<int64_t>& sizes,
                         std::vector<uint64_t>* out) {
  std::map<std::string, int64_t> named;
  for (size_t i = 0; i < sizes.size(); ++i) named[decl.sizes[i]] = sizes[i];
  std::vector<int64_t> counts;
  std::string error;
  if (!decl.element_counts(named, &counts, &error)) return error;
  for (size_t i = 0; i < counts.size(); ++i) {
    const auto each = static_cast<uint64_t>(dtype_bytes(decl.tensors[i].dtype));
    const auto n = static_cast<uint64_t>(counts[i]);
    if (n > kMaxTensorBytes / each)
      return "tensor " + decl.tensors[i].name + ": " + std::to_string(n) + " elements, over " +
             std::to_string(kMaxTensorBytes >> 30) + " GiB";
    out->push_back(n * each);
  }
  return "";
}

}  // namespace

bool parse_kernel_request(const std::string& text, const KernelDecl& decl, KernelRequest* out,
                          std::string* error) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object()) {
    *error = "the request is not a JSON object";
    return false;
  }
  out->suite = string_at(j, "suite");
  const auto baselines = j.find("baselines");
  out->baselines = baselines != j.end() && baselines->is_boolean() && baselines->get<bool>();
  const auto configs = j.find("configs");
  if (configs == j.end() || !configs->is_array() || configs->empty()) {
    *error = "configs: must be a non-empty array";
    return false;
  }
  std::set<std::string> names;
  for (size_t i = 0; i < configs->size(); ++i) {
    const json& c = (*configs)[i];
    KernelConfig k;
    k.name = string_at(c, "name");
    const std::string where = "configs[" + std::to_string(i) + "] (" + k.name + "): ";
    std::string why;
    if (k.name.empty()) {
      why = "name: missing";
    } else if (!names.insert(k.name).second) {
      why = "name: given twice";
    } else {
      const auto params = c.find("params");
      why = read_sizes(params == c.end() ? json() : *params, decl, &k.sizes);
      if (why.empty()) why = tensor_bytes(decl, k.sizes, &k.tensor_bytes);
    }
    if (!why.empty()) {
      *error = where + why;
      return false;
    }
    out->configs.push_back(std::move(k));
  }
  return true;
}

}  // namespace avo::kernel_judge
