#include "avo/task/toml_json.h"

#include <string>

namespace avo {

nlohmann::json TomlToJson(const toml::node& n) {
  if (n.is_string()) return n.as_string()->get();
  if (n.is_integer()) return n.as_integer()->get();
  if (n.is_floating_point()) return n.as_floating_point()->get();
  if (n.is_boolean()) return n.as_boolean()->get();
  if (n.is_array()) {
    auto a = nlohmann::json::array();
    for (const auto& e : *n.as_array()) a.push_back(TomlToJson(e));
    return a;
  }
  if (n.is_table()) {
    auto o = nlohmann::json::object();
    for (const auto& [k, v] : *n.as_table()) o[std::string(k.str())] = TomlToJson(v);
    return o;
  }
  return nullptr;
}

}  // namespace avo
