// An archive as SQL text, the form git carries and people read (`sqlite3 archive.db < FILE`
// rebuilds it): what `avo export` writes and `avo import` loads (engine/run_transfer.h).
//
// The text is deterministic for a given database: tables in creation order, each row as one
// INSERT whose literals read back as the same value and type (REAL to 17 significant digits and
// infinities, TEXT with NUL bytes, BLOB), then indexes, inside one transaction. Loading runs
// the text under an authorizer that allows only that: no ATTACH, triggers, views or pragmas.
#pragma once

#include <filesystem>
#include <string>

#include "avo/util/status.h"

namespace avo {

// The SQL text of the SQLite database at `db` (opened read-only). NotFound when it does not
// exist; IoError when SQLite cannot read it.
Result<std::string> DumpSqlText(const std::filesystem::path& db);

// Creates the database `db` from `sql`; fails if `db` already exists (InvalidArgument) or SQLite
// refuses the text, or the text does more than create tables and indexes and insert rows
// (InvalidArgument naming SQLite's message). On failure no file is left at `db`.
Status LoadSqlText(const std::string& sql, const std::filesystem::path& db);

}  // namespace avo
