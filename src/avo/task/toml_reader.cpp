#include "avo/task/toml_reader.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <utility>

namespace avo {

Result<toml::table> ParseTomlFile(const std::filesystem::path& file) {
  try {
    return toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return Status::InvalidArgument(fmt::format("{}:{}:{}: {}", file.string(), e.source().begin.line,
                                               e.source().begin.column, e.description()));
  }
}
namespace {

std::string Shown(const toml::node* got) {
  if (got == nullptr) return "nothing";
  if (got->is_table()) return "a table";
  if (got->is_array()) return "an array";
  std::ostringstream os;
  os << toml::json_formatter{*got};
  return os.str();
}

// Integers and floats alike; nullopt for anything else.
std::optional<double> AsNumber(const toml::node& n) {
  if (n.is_integer()) return static_cast<double>(n.as_integer()->get());
  if (n.is_floating_point()) return n.as_floating_point()->get();
  return std::nullopt;
}

}  // namespace

TomlReader::TomlReader(std::string file, const toml::table& table, std::string prefix)
    : file_(std::move(file)), table_(&table), prefix_(std::move(prefix)) {}

TomlReader TomlReader::Table(const std::string& key) const {
  return {file_, *Node(key)->as_table(), prefix_ + key + "."};
}

const toml::node* TomlReader::Node(const std::string& key) const {
  return table_->at_path(key).node();
}

Status TomlReader::Error(const std::string& key, const std::string& expected,
                         const toml::node* got) const {
  return Status::InvalidArgument(fmt::format("{}: key '{}{}': expected {}, got {}", file_, prefix_,
                                             key, expected, Shown(got)));
}

Status TomlReader::Error(const std::string& key, const std::string& message) const {
  return Status::InvalidArgument(fmt::format("{}: key '{}{}': {}", file_, prefix_, key, message));
}

Status TomlReader::OnlyKeys(const std::set<std::string>& known) const {
  for (const auto& [k, v] : *table_) {
    if (known.count(std::string(k.str())) == 0)
      return Status::InvalidArgument(
          fmt::format("{}: unknown key '{}{}'", file_, prefix_, k.str()));
  }
  return Status::Ok();
}

Result<std::string> TomlReader::String(const std::string& key,
                                       std::optional<std::string> fallback) const {
  const toml::node* n = Node(key);
  if (n == nullptr && fallback) return *std::move(fallback);
  if (n == nullptr || !n->is_string()) return Error(key, "a string", n);
  return n->as_string()->get();
}

Result<std::string> TomlReader::NonEmptyString(const std::string& key,
                                               std::optional<std::string> fallback) const {
  const toml::node* n = Node(key);
  if (n == nullptr && fallback) return *std::move(fallback);
  if (n == nullptr || !n->is_string() || n->as_string()->get().empty())
    return Error(key, "a non-empty string", n);
  return n->as_string()->get();
}

Result<std::int64_t> TomlReader::Int(const std::string& key, int min,
                                     std::optional<std::int64_t> fallback) const {
  const toml::node* n = Node(key);
  if (n == nullptr && fallback) return *fallback;
  if (n == nullptr || !n->is_integer() || n->as_integer()->get() < min)
    return Error(key, min > 0 ? "a positive integer" : "a non-negative integer", n);
  // Every integer of a task or run file ends up in an int (seconds, megabytes, counts): larger
  // values would wrap around into nonsense limits.
  const std::int64_t v = n->as_integer()->get();
  if (v > std::numeric_limits<std::int32_t>::max())
    return Error(
        key, fmt::format("an integer of at most {}", std::numeric_limits<std::int32_t>::max()), n);
  return v;
}

Result<double> TomlReader::Number(const std::string& key, std::optional<double> fallback,
                                  Sign sign) const {
  const toml::node* n = Node(key);
  if (n == nullptr && fallback) return *fallback;
  const std::optional<double> number = n == nullptr ? std::nullopt : AsNumber(*n);
  const double x = number.value_or(0.0);
  switch (sign) {
    case Sign::kAny:
      if (!number || !std::isfinite(x)) return Error(key, "a number", n);
      break;
    case Sign::kNonNegative:
      if (!number || x < 0) return Error(key, "a non-negative number", n);
      break;
    case Sign::kPositive:
      if (!number || !(x > 0)) return Error(key, "a positive number", n);
      break;
  }
  return x;
}

Result<bool> TomlReader::Bool(const std::string& key, std::optional<bool> fallback) const {
  const toml::node* n = Node(key);
  if (n == nullptr && fallback) return *fallback;
  if (n == nullptr || !n->is_boolean()) return Error(key, "true or false", n);
  return n->as_boolean()->get();
}

Result<std::vector<std::string>> TomlReader::Strings(
    const std::string& key, std::optional<std::vector<std::string>> fallback) const {
  const toml::node* n = Node(key);
  if (n == nullptr && fallback) return *std::move(fallback);
  if (n == nullptr || !n->is_array()) return Error(key, "an array of strings", n);
  std::vector<std::string> out;
  for (const auto& e : *n->as_array()) {
    if (!e.is_string()) return Error(key, "an array of strings", &e);
    out.push_back(e.as_string()->get());
  }
  return out;
}

}  // namespace avo
