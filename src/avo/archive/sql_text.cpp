#include "avo/archive/sql_text.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "avo/archive/read_connection.h"

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

std::string Hex(const void* data, int bytes) {
  std::string out;
  const auto* p = static_cast<const unsigned char*>(data);
  for (int i = 0; i < bytes; ++i) out += fmt::format("{:02x}", p[i]);
  return out;
}

// One value as an SQL literal that reads back as the same value and type: REAL with 17
// significant digits (infinities as 9e999, which SQLite reads as such; quote() writes "Inf",
// which it does not), TEXT quoted, or as a cast blob when it holds a NUL byte (quote() would
// stop there), BLOB as X'..'.
std::string Literal(const SQLite::Column& c) {
  switch (c.getType()) {
    case SQLITE_INTEGER:
      return std::to_string(c.getInt64());
    case SQLITE_FLOAT: {
      const double v = c.getDouble();
      if (std::isinf(v)) return v > 0 ? "9e999" : "-9e999";
      return fmt::format("{:.17g}", v) + (std::isfinite(v) && v == std::floor(v) ? ".0" : "");
    }
    case SQLITE_TEXT: {
      const std::string t(static_cast<const char*>(c.getBlob()),
                          static_cast<std::size_t>(c.getBytes()));
      if (t.find('\0') != std::string::npos)
        return "CAST(X'" + Hex(t.data(), static_cast<int>(t.size())) + "' AS TEXT)";
      std::string q = "'";
      for (char ch : t) q += ch == '\'' ? std::string("''") : std::string(1, ch);
      return q + "'";
    }
    case SQLITE_BLOB:
      return "X'" + Hex(c.getBlob(), c.getBytes()) + "'";
    default:
      return "NULL";
  }
}

void DumpRows(SQLite::Database& db, const std::string& table, std::string& out) {
  SQLite::Statement rows(db, "SELECT * FROM " + Identifier(table) + " ORDER BY rowid");
  while (rows.executeStep()) {
    std::string values;
    for (int i = 0; i < rows.getColumnCount(); ++i)
      values += (i ? "," : "") + Literal(rows.getColumn(i));
    out += fmt::format("INSERT INTO {} VALUES({});\n", Identifier(table), values);
  }
}

// What the text of an archive may do when it is loaded: create tables and indexes in the new
// database, insert rows, and run its own transaction. Anything else (ATTACH, which writes any
// SQLite file the user can, triggers, views, pragmas other than foreign_keys) is refused.
int OnlyTablesAndRows(void* /*unused*/, int action, const char* a, const char* /*b*/,
                      const char* database, const char* /*trigger*/) {
  switch (action) {
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_REINDEX:  // as CREATE INDEX runs it
    case SQLITE_INSERT:
    case SQLITE_READ:
    case SQLITE_TRANSACTION:
    case SQLITE_SELECT:
      return database == nullptr || std::strcmp(database, "main") == 0 ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_UPDATE:  // sqlite_master, as CREATE writes it
      return a != nullptr && std::strcmp(a, "sqlite_master") == 0 ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_PRAGMA:
      return a != nullptr && std::strcmp(a, "foreign_keys") == 0 ? SQLITE_OK : SQLITE_DENY;
    default:
      return SQLITE_DENY;
  }
}

}  // namespace

Result<std::string> DumpSqlText(const std::filesystem::path& db_path) {
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec))
    return Status::NotFound(db_path.string() + ": no such database");
  try {
    // Immutable where the run cannot be written: `avo export` of a read-only run.
    const std::unique_ptr<SQLite::Database> reader = OpenForReading(db_path);
    SQLite::Database& db = *reader;
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
      sqlite3_set_authorizer(db.getHandle(), OnlyTablesAndRows, nullptr);
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
