// TomlReader: typed access to one table of a TOML file, where every mistake becomes one line that
// names the file, the dotted key and what was expected:
//   tasks/x/task.toml: key 'evaluate.timeout_s': expected a positive integer, got "soon"
//
// Why one reader: task.toml and avo.toml are edited by hand before multi-day runs, so their errors
// must read alike and never span lines; a reader per file drifted apart in wording.
// A key that is absent takes the fallback when one is given, and is an error ("got nothing")
// otherwise. Values shown after "got" are scalars as JSON ("soon", 12, true) or "a table" /
// "an array" (a compound value would not fit on one line).
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

// Parses a TOML file; a syntax error is "FILE:LINE:COLUMN: what toml++ says".
Result<toml::table> ParseTomlFile(const std::filesystem::path& file);

class TomlReader {
 public:
  // `prefix` is the dotted path of `table` inside the file followed by a dot ("agent."), or empty
  // for the root table. `table` must outlive the reader.
  TomlReader(std::string file, const toml::table& table, std::string prefix = "");

  // The reader of the sub-table at `key`; call only when Node(key) is a table.
  [[nodiscard]] TomlReader Table(const std::string& key) const;

  // The node at a dotted path below this table, or nullptr.
  [[nodiscard]] const toml::node* Node(const std::string& key) const;
  [[nodiscard]] bool Has(const std::string& key) const { return Node(key) != nullptr; }

  // "FILE: key 'PREFIX.KEY': expected EXPECTED, got GOT".
  [[nodiscard]] Status Error(const std::string& key, const std::string& expected,
                             const toml::node* got) const;
  // "FILE: key 'PREFIX.KEY': MESSAGE".
  [[nodiscard]] Status Error(const std::string& key, const std::string& message) const;
  // "FILE: unknown key 'PREFIX.KEY'" for the first key of this table not in `known`.
  [[nodiscard]] Status OnlyKeys(const std::set<std::string>& known) const;

  [[nodiscard]] Result<std::string> String(const std::string& key,
                                           std::optional<std::string> fallback = {}) const;
  // A string that must not be empty ("expected a non-empty string").
  [[nodiscard]] Result<std::string> NonEmptyString(const std::string& key,
                                                   std::optional<std::string> fallback = {}) const;
  // An integer of at least `min`, 0 ("a non-negative integer") or 1 ("a positive integer").
  [[nodiscard]] Result<std::int64_t> Int(const std::string& key, int min,
                                         std::optional<std::int64_t> fallback = {}) const;

  enum class Sign {
    kAny,          // "a number": integer or finite float
    kNonNegative,  // "a non-negative number": any number not below 0
    kPositive,     // "a positive number": any number above 0
  };
  [[nodiscard]] Result<double> Number(const std::string& key, std::optional<double> fallback = {},
                                      Sign sign = Sign::kAny) const;
  [[nodiscard]] Result<bool> Bool(const std::string& key, std::optional<bool> fallback = {}) const;
  [[nodiscard]] Result<std::vector<std::string>> Strings(
      const std::string& key, std::optional<std::vector<std::string>> fallback = {}) const;

  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] const toml::table& table() const { return *table_; }

 private:
  std::string file_;
  const toml::table* table_;
  std::string prefix_;
};

}  // namespace avo
