#include "avo/archive/sql_text.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "testing/temp_dir.h"

namespace avo {
namespace {

// Every SQLite type comes back as the same value and type, including text that looks like SQL,
// REAL values that need all 17 digits, blobs with zero bytes and NULL; indexes come along.
TEST(SqlTextTest, ADatabaseComesBackValueForValue) {
  testing::TempDir dir;
  const auto db_path = dir.path() / "a.db";
  {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE \"odd \"\"name\" (i INTEGER, r REAL, t TEXT, b BLOB, n)");
    db.exec("CREATE INDEX by_t ON \"odd \"\"name\"(t)");
    SQLite::Statement q(db, "INSERT INTO \"odd \"\"name\" VALUES (?, ?, ?, ?, NULL)");
    q.bind(1, static_cast<std::int64_t>(-9007199254740993));
    q.bind(2, 0.1 + 0.2);
    q.bind(3, "it's; DROP TABLE x; --\nsecond line");
    const char blob[] = {'\0', 'a', '\xff'};
    q.bind(4, blob, 3);
    q.exec();
  }
  auto sql = DumpSqlText(db_path);
  ASSERT_TRUE(sql.ok()) << sql.status().message();
  const auto copy = dir.path() / "b.db";
  ASSERT_TRUE(LoadSqlText(*sql, copy).ok());
  SQLite::Database db(copy.string());
  SQLite::Statement q(db, "SELECT i, r, t, b, n, typeof(r), typeof(b) FROM \"odd \"\"name\"");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getInt64(), -9007199254740993);
  EXPECT_EQ(q.getColumn(1).getDouble(), 0.1 + 0.2);  // exactly, not 0.3
  EXPECT_EQ(q.getColumn(2).getString(), "it's; DROP TABLE x; --\nsecond line");
  EXPECT_EQ(q.getColumn(3).getString(), std::string("\0a\xff", 3));
  EXPECT_TRUE(q.getColumn(4).isNull());
  EXPECT_EQ(q.getColumn(5).getString(), "real");
  EXPECT_EQ(q.getColumn(6).getString(), "blob");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'by_t'").getInt(), 1);
  // And the text of the copy is the text of the original.
  EXPECT_EQ(*DumpSqlText(copy), *sql);
}

TEST(SqlTextTest, BadTextLeavesNoDatabaseAndAnExistingOneIsNeverOverwritten) {
  testing::TempDir dir;
  const auto db_path = dir.path() / "a.db";
  Status st = LoadSqlText("CREATE TABLE t (x); INSERT INTO nowhere VALUES (1);", db_path);
  EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(st.message().find("no such table: nowhere"), std::string::npos) << st.message();
  EXPECT_FALSE(std::filesystem::exists(db_path));
  ASSERT_TRUE(LoadSqlText("CREATE TABLE t (x);", db_path).ok());
  st = LoadSqlText("CREATE TABLE u (y);", db_path);
  EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(DumpSqlText(dir.path() / "none.db").status().code(), Status::Code::kNotFound);
}

// What quote() gets wrong: infinities (written "Inf", which does not read back) and text with a
// NUL byte (cut at it).
TEST(SqlTextTest, InfinitiesAndTextWithANulByteComeBack) {
  testing::TempDir dir;
  const auto db_path = dir.path() / "a.db";
  {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (r REAL, s REAL, x TEXT)");
    SQLite::Statement q(db, "INSERT INTO t VALUES (?, ?, ?)");
    q.bind(1, std::numeric_limits<double>::infinity());
    q.bind(2, -std::numeric_limits<double>::infinity());
    const std::string text("line1\0after", 11);
    q.bind(3, text.data(), static_cast<int>(text.size()));  // as a blob, then cast below
    q.exec();
    db.exec("UPDATE t SET x = CAST(x AS TEXT)");
  }
  auto sql = DumpSqlText(db_path);
  ASSERT_TRUE(sql.ok());
  ASSERT_TRUE(LoadSqlText(*sql, dir.path() / "b.db").ok()) << *sql;
  SQLite::Database db((dir.path() / "b.db").string());
  SQLite::Statement q(db, "SELECT r, s, x, length(CAST(x AS BLOB)), typeof(x) FROM t");
  ASSERT_TRUE(q.executeStep());
  EXPECT_TRUE(std::isinf(q.getColumn(0).getDouble()) && q.getColumn(0).getDouble() > 0);
  EXPECT_TRUE(std::isinf(q.getColumn(1).getDouble()) && q.getColumn(1).getDouble() < 0);
  EXPECT_EQ(q.getColumn(3).getInt(), 11);
  EXPECT_EQ(q.getColumn(4).getString(), "text");
}

// An archive's text is data: it may make tables and rows in the new database, nothing else. An
// ATTACH in it would write any SQLite file the user can (another run's archive).
TEST(SqlTextTest, TextThatReachesBeyondTheNewDatabaseIsRefused) {
  testing::TempDir dir;
  const auto other = dir.path() / "other.db";
  for (const std::string& sql :
       {"ATTACH DATABASE '" + other.string() + "' AS p; CREATE TABLE p.t(x);",
        std::string("CREATE TABLE t(x); CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END;"),
        std::string("CREATE TABLE t(x); CREATE VIEW v AS SELECT x FROM t;"),
        std::string("PRAGMA writable_schema = ON;")}) {
    SCOPED_TRACE(sql);
    const auto db_path = dir.path() / "a.db";
    Status st = LoadSqlText(sql, db_path);
    EXPECT_EQ(st.code(), Status::Code::kInvalidArgument);
    EXPECT_NE(st.message().find("not authorized"), std::string::npos) << st.message();
    EXPECT_FALSE(std::filesystem::exists(db_path));
  }
  EXPECT_FALSE(std::filesystem::exists(other));
}

}  // namespace
}  // namespace avo
