// An archive as SQL text, the form git carries and people read (`sqlite3 archive.db < FILE`
// rebuilds it): what `avo export` writes and `avo import` loads (engine/run_transfer.h).
//
// The text is deterministic for a given database: tables in creation order, each row as one
// INSERT with SQLite's own quote() literals (which read back as the same value and type: REAL
// values with 21 significant digits), then indexes and triggers, inside one transaction.
#pragma once

#include <filesystem>
#include <string>

#include "avo/util/status.h"

namespace avo {

// The SQL text of the SQLite database at `db` (opened read-only). NotFound when it does not
// exist; IoError when SQLite cannot read it.
Result<std::string> DumpSqlText(const std::filesystem::path& db);

// Creates the database `db` from `sql`; fails if `db` already exists (InvalidArgument) or SQLite
// refuses the text (InvalidArgument naming SQLite's message). On failure no file is left at
// `db`.
Status LoadSqlText(const std::string& sql, const std::filesystem::path& db);

}  // namespace avo
