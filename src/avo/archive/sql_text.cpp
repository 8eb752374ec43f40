#include "avo/archive/sql_text.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <vector>

namespace avo {
namespace {

// "name" with embedded quotes doubled: an identifier as SQL text.
std::string Identifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

void DumpRows(SQLite::Database& db, const std::string& table, std::string& out) {
  std::vector<std::string> columns;
  SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  info.bind(1, table);
  while (info.executeStep()) columns.push_back(info.getColumn(0).getString());
  if (columns.empty()) return;
  // quote() gives each value as a literal that reads back as the same value and type.
  std::string select = "SELECT ";
  for (std::size_t i = 0; i < columns.size(); ++i)
    select += (i ? " || ',' || quote(" : "quote(") + Identifier(columns[i]) + ")";
  select += " FROM " + Identifier(table) + " ORDER BY rowid";
  SQLite::Statement rows(db, select);
  while (rows.executeStep()) {
    out += fmt::format("INSERT INTO {} VALUES({});\n", Identifier(table),
                       rows.getColumn(0).getString());
  }
}

}  // namespace

Result<std::string> DumpSqlText(const std::filesystem::path& db_path) {
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec))
    return Status::NotFound(db_path.string() + ": no such database");
  try {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    // One read transaction: the text is one consistent state even if a writer comes along.
    db.exec("BEGIN");
    std::string out = "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n";
    SQLite::Statement tables(db,
                             "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite_%' ORDER BY rowid");
    while (tables.executeStep()) {
      const std::string name = tables.getColumn(0).getString();
      out += tables.getColumn(1).getString() + ";\n";
      DumpRows(db, name, out);
    }
    SQLite::Statement rest(db,
                           "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger', "
                           "'view') AND sql IS NOT NULL ORDER BY rowid");
    while (rest.executeStep()) out += rest.getColumn(0).getString() + ";\n";
    out += "COMMIT;\n";
    db.exec("COMMIT");
    return out;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(fmt::format("{}: {}", db_path.string(), e.what()));
  }
}

Status LoadSqlText(const std::string& sql, const std::filesystem::path& db_path) {
  std::error_code ec;
  if (std::filesystem::exists(db_path, ec))
    return Status::InvalidArgument(db_path.string() + ": already exists");
  try {
    {
      SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.exec(sql);
    }
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    std::filesystem::remove(db_path, ec);
    return Status::InvalidArgument(
        fmt::format("{}: the SQL text does not load: {}", db_path.string(), e.what()));
  }
}

}  // namespace avo
