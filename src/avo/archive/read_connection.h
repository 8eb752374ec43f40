// How a reader opens a run's SQLite file (archive.db): read-only, and on a run that cannot be
// written (a read-only mount, an archive kept in a read-only checkout) as an immutable file, since
// a WAL database read the ordinary way needs its -shm file writable, and where the run cannot be
// written nothing can be writing it either.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <memory>

namespace avo {

// Throws SQLite::Exception as SQLiteCpp does (callers turn it into a Status).
std::unique_ptr<SQLite::Database> OpenForReading(const std::filesystem::path& path);

}  // namespace avo
