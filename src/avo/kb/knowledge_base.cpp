#include "avo/kb/knowledge_base.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "avo/kb/documents.h"
#include "avo/kb/fts_query.h"

namespace avo::kb {

namespace fs = std::filesystem;

namespace {

constexpr int kSchemaVersion = 1;

// kb_chunks holds the text and line ranges; kb_fts indexes a title (file name and the section
// heading) and the body, with rowid = kb_chunks.id. Porter stemming so "tiles" finds "tile".
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS kb_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kb_files(
  path TEXT PRIMARY KEY, kind TEXT NOT NULL, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
  hash TEXT NOT NULL, lines INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS kb_chunks(
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, start_line INTEGER NOT NULL, end_line INTEGER NOT NULL,
  body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS kb_chunks_by_path ON kb_chunks(path, start_line);
CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(title, body, tokenize = 'porter unicode61');
)sql";

std::string Fnv1a64(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

Result<std::string> ReadBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::IoError("kb: cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int64_t MtimeNs(const fs::file_time_type& t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

// The heading a chunk belongs to: the last markdown heading at or before its first line.
std::string SectionTitle(const std::vector<std::string>& lines, int begin, int end) {
  bool in_fence = false;
  std::string title;
  for (int i = 0; i < end; ++i) {
    const std::string& l = lines[static_cast<size_t>(i)];
    if (l.rfind("```", 0) == 0 || l.rfind("~~~", 0) == 0) in_fence = !in_fence;
    if (!in_fence && !l.empty() && l[0] == '#') {
      if (i <= begin || title.empty()) title = l.substr(l.find_first_not_of('#'));
      if (i > begin) break;
    }
  }
  return title;
}

std::string Join(const std::vector<std::string>& lines, int begin, int end) {
  std::string out;
  for (int i = begin; i < end; ++i) {
    if (i > begin) out += '\n';
    out += lines[static_cast<size_t>(i)];
  }
  return out;
}

// The inverse of Join: a chunk body has exactly one more line than it has '\n's.
std::vector<std::string> SplitExact(const std::string& body) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (;;) {
    const size_t nl = body.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(body.substr(start));
      return lines;
    }
    lines.push_back(body.substr(start, nl - start));
    start = nl + 1;
  }
}

// What kb_files keeps of a file to tell, on the next add, whether it changed.
struct FileStamp {
  int64_t mtime_ns = 0;
  int64_t size = 0;
  std::string hash;
};

// The stored hash of `path` ("" for a new file), or nothing when its mtime and size are the
// stored ones: the file is then taken as unchanged without reading it.
std::optional<std::string> HashIfChanged(SQLite::Database& db, const std::string& path,
                                         const FileStamp& stamp) {
  SQLite::Statement old(db, "SELECT mtime_ns, size, hash FROM kb_files WHERE path = ?");
  old.bind(1, path);
  if (!old.executeStep()) return "";
  if (old.getColumn(0).getInt64() == stamp.mtime_ns && old.getColumn(1).getInt64() == stamp.size)
    return std::nullopt;
  return old.getColumn(2).getString();
}

// A file touched but not changed: remember the new mtime, keep the chunks.
void Touch(SQLite::Database& db, const std::string& path, const FileStamp& stamp) {
  SQLite::Statement touch(db, "UPDATE kb_files SET mtime_ns = ?, size = ? WHERE path = ?");
  touch.bind(1, stamp.mtime_ns);
  touch.bind(2, stamp.size);
  touch.bind(3, path);
  touch.exec();
}

// Writes the chunks of a file (its old ones already removed) and its kb_files row; returns the
// number of chunks written.
int Store(SQLite::Database& db, const fs::path& file, const std::string& path, FileKind kind,
          const FileStamp& stamp, const std::vector<std::string>& lines,
          const std::vector<LineRange>& ranges) {
  SQLite::Statement chunk(
      db, "INSERT INTO kb_chunks(path, start_line, end_line, body) VALUES(?, ?, ?, ?)");
  SQLite::Statement fts(db, "INSERT INTO kb_fts(rowid, title, body) VALUES(?, ?, ?)");
  const std::string name = file.filename().string();
  int written = 0;
  for (const LineRange& r : ranges) {
    const std::string body = Join(lines, r.begin, r.end);
    chunk.bind(1, path);
    chunk.bind(2, r.begin + 1);
    chunk.bind(3, r.end);
    chunk.bind(4, body);
    chunk.exec();
    chunk.reset();
    const std::string section =
        kind == FileKind::kMarkdown ? SectionTitle(lines, r.begin, r.end) : "";
    fts.bind(1, db.getLastInsertRowid());
    fts.bind(2, section.empty() ? name : name + " " + section);
    fts.bind(3, body);
    fts.exec();
    fts.reset();
    ++written;
  }
  SQLite::Statement put(
      db, "INSERT INTO kb_files(path, kind, mtime_ns, size, hash, lines) VALUES(?, ?, ?, ?, ?, ?)");
  put.bind(1, path);
  put.bind(2, FileKindName(kind));
  put.bind(3, stamp.mtime_ns);
  put.bind(4, stamp.size);
  put.bind(5, stamp.hash);
  put.bind(6, static_cast<int64_t>(lines.size()));
  put.exec();
  return written;
}

}  // namespace

std::string StoredPath(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  if (ec) abs = p;
  std::string s = abs.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

KnowledgeBase::KnowledgeBase(std::unique_ptr<SQLite::Database> db, KnowledgeBaseOptions options)
    : db_(std::move(db)), options_(std::move(options)) {}

KnowledgeBase::~KnowledgeBase() = default;

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Open(const fs::path& db_path,
                                                           KnowledgeBaseOptions options) {
  try {
    std::error_code ec;
    if (db_path.has_parent_path()) fs::create_directories(db_path.parent_path(), ec);
    auto db = std::make_unique<SQLite::Database>(
        db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
    db->exec("PRAGMA journal_mode = WAL");
    db->exec(kSchema);
    SQLite::Statement get(*db, "SELECT value FROM kb_meta WHERE key = 'schema_version'");
    if (get.executeStep()) {
      const std::string v = get.getColumn(0).getString();
      if (v != std::to_string(kSchemaVersion)) {
        return Status::IoError(
            fmt::format("kb: {} has schema version {}, this avo reads {}; delete it to rebuild",
                        db_path.string(), v, kSchemaVersion));
      }
    } else {
      SQLite::Statement put(*db, "INSERT INTO kb_meta(key, value) VALUES('schema_version', ?)");
      put.bind(1, std::to_string(kSchemaVersion));
      put.exec();
    }
    return std::unique_ptr<KnowledgeBase>(new KnowledgeBase(std::move(db), std::move(options)));
  } catch (const std::exception& e) {
    return Status::IoError(fmt::format("kb: cannot open {}: {}", db_path.string(), e.what()));
  }
}

Status KnowledgeBase::RemoveStored(const std::string& path) {
  SQLite::Statement fts(
      *db_, "DELETE FROM kb_fts WHERE rowid IN (SELECT id FROM kb_chunks WHERE path = ?)");
  fts.bind(1, path);
  fts.exec();
  SQLite::Statement chunks(*db_, "DELETE FROM kb_chunks WHERE path = ?");
  chunks.bind(1, path);
  chunks.exec();
  SQLite::Statement files(*db_, "DELETE FROM kb_files WHERE path = ?");
  files.bind(1, path);
  files.exec();
  return Status::Ok();
}

Status KnowledgeBase::AddFile(const fs::path& file, bool explicit_path, AddStats* stats) {
  const std::string path = StoredPath(file);
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  const auto mtime = fs::last_write_time(file, ec);
  const auto skip = [&](const std::string& why) {
    ++stats->files_skipped;
    stats->warnings.push_back(path + ": " + why);
    return Status::Ok();
  };
  if (ec) return explicit_path ? Status::IoError("kb: cannot stat " + path) : skip("cannot stat");

  const FileKind kind =
      explicit_path ? KindForExplicit(file) : KindForWalk(file).value_or(FileKind::kText);
  const size_t limit =
      kind == FileKind::kPdf ? options_.max_file_bytes * 16 : options_.max_file_bytes;
  if (size > limit) {
    if (explicit_path)
      return Status::InvalidArgument(fmt::format("kb: {} is larger than {} bytes", path, limit));
    return skip(fmt::format("larger than {} bytes", limit));
  }

  // Reading: only a file whose stamp or contents changed is read and chunked again.
  FileStamp stamp{MtimeNs(mtime), static_cast<int64_t>(size), ""};
  const std::optional<std::string> old_hash = HashIfChanged(*db_, path, stamp);
  if (!old_hash) {
    ++stats->files_unchanged;
    return Status::Ok();
  }
  Result<std::string> bytes = ReadBytes(file);
  if (!bytes.ok()) return explicit_path ? bytes.status() : skip("unreadable");
  stamp.hash = Fnv1a64(*bytes);
  if (stamp.hash == *old_hash) {
    Touch(*db_, path, stamp);
    ++stats->files_unchanged;
    return Status::Ok();
  }
  std::string text;
  if (kind == FileKind::kPdf) {
    Result<std::string> extracted = PdfToText(file, options_.pdftotext);
    if (!extracted.ok())
      return explicit_path ? extracted.status() : skip(extracted.status().message());
    text = std::move(extracted).value();
  } else {
    if (LooksBinary(*bytes)) {
      if (explicit_path) return Status::InvalidArgument("kb: " + path + " is a binary file");
      return skip("binary");
    }
    text = std::move(bytes).value();
  }

  // Chunking, then storing in place of the file's old chunks.
  const std::vector<std::string> lines = SplitLines(ToValidUtf8(text));
  const std::vector<LineRange> ranges = ChunkLines(lines, ChunkingFor(kind), options_.chunking);
  AVO_RETURN_IF_ERROR(RemoveStored(path));
  stats->chunks_written += Store(*db_, file, path, kind, stamp, lines, ranges);
  ++stats->files_indexed;
  return Status::Ok();
}

Result<AddStats> KnowledgeBase::Add(const std::vector<fs::path>& paths) {
  AddStats stats;
  try {
    SQLite::Transaction tx(*db_);
    for (const fs::path& p : paths) {
      std::error_code ec;
      const auto status = fs::status(p, ec);
      if (ec || !fs::exists(status))
        return Status::NotFound("kb: no such file or directory: " + p.string());
      if (!fs::is_directory(status)) {
        AVO_RETURN_IF_ERROR(AddFile(p, /*explicit_path=*/true, &stats));
        continue;
      }
      std::set<std::string> seen;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
      if (ec) return Status::IoError("kb: cannot walk " + p.string() + ": " + ec.message());
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::directory_entry& e = *it;
        if (e.is_directory(ec)) {
          if (SkipDirectory(e.path())) it.disable_recursion_pending();
          continue;
        }
        if (!e.is_regular_file(ec) || !KindForWalk(e.path())) continue;
        seen.insert(StoredPath(e.path()));
        AVO_RETURN_IF_ERROR(AddFile(e.path(), /*explicit_path=*/false, &stats));
      }
      // Files indexed from this directory before that are no longer there.
      const std::string prefix = StoredPath(p) + "/";
      SQLite::Statement under(*db_, "SELECT path FROM kb_files WHERE substr(path, 1, ?) = ?");
      under.bind(1, static_cast<int64_t>(prefix.size()));
      under.bind(2, prefix);
      std::vector<std::string> gone;
      while (under.executeStep()) {
        std::string stored = under.getColumn(0).getString();
        if (!seen.count(stored)) gone.push_back(std::move(stored));
      }
      for (const std::string& g : gone) {
        AVO_RETURN_IF_ERROR(RemoveStored(g));
        ++stats.files_removed;
      }
    }
    tx.commit();
  } catch (const std::exception& e) {
    return Status::IoError(std::string("kb: indexing failed: ") + e.what());
  }
  return stats;
}

Result<int> KnowledgeBase::Remove(const fs::path& p) {
  try {
    const std::string path = StoredPath(p);
    const std::string prefix = path + "/";
    SQLite::Transaction tx(*db_);
    SQLite::Statement q(*db_, "SELECT path FROM kb_files WHERE path = ? OR substr(path, 1, ?) = ?");
    q.bind(1, path);
    q.bind(2, static_cast<int64_t>(prefix.size()));
    q.bind(3, prefix);
    std::vector<std::string> victims;
    while (q.executeStep()) victims.push_back(q.getColumn(0).getString());
    q.reset();
    for (const std::string& v : victims) AVO_RETURN_IF_ERROR(RemoveStored(v));
    tx.commit();
    return static_cast<int>(victims.size());
  } catch (const std::exception& e) {
    return Status::IoError(std::string("kb: remove failed: ") + e.what());
  }
}

Result<std::vector<Hit>> KnowledgeBase::Search(std::string_view query, int k) const {
  std::vector<Hit> hits;
  const std::vector<std::string> terms = QueryTerms(query);
  if (terms.empty() || k <= 0) return hits;
  try {
    std::set<int64_t> seen;
    // All terms first; then any term, when the strict query found too little.
    for (const char* op : {"AND", "OR"}) {
      if (static_cast<int>(hits.size()) >= k) break;
      if (std::string(op) == "OR" && terms.size() == 1) break;
      SQLite::Statement q(*db_, R"sql(
        SELECT c.id, c.path, c.start_line, c.end_line, bm25(kb_fts, 2.0, 1.0) AS rank,
               snippet(kb_fts, 1, '«', '»', '…', 24)
        FROM kb_fts JOIN kb_chunks c ON c.id = kb_fts.rowid
        WHERE kb_fts MATCH ? ORDER BY rank LIMIT ?)sql");
      q.bind(1, JoinTerms(terms, op));
      q.bind(2, static_cast<int64_t>(k));
      while (q.executeStep() && static_cast<int>(hits.size()) < k) {
        const int64_t id = q.getColumn(0).getInt64();
        if (!seen.insert(id).second) continue;
        Hit h;
        h.path = q.getColumn(1).getString();
        h.start_line = q.getColumn(2).getInt();
        h.end_line = q.getColumn(3).getInt();
        h.score = -q.getColumn(4).getDouble();
        h.snippet = q.getColumn(5).getString();
        hits.push_back(std::move(h));
      }
    }
  } catch (const std::exception& e) {
    return Status::Internal(std::string("kb: search failed: ") + e.what());
  }
  return hits;
}

Result<std::string> KnowledgeBase::Read(std::string_view path_in, int start_line,
                                        int end_line) const {
  const std::string path = StoredPath(fs::path(std::string(path_in)));
  try {
    SQLite::Statement f(*db_, "SELECT lines FROM kb_files WHERE path = ?");
    f.bind(1, path);
    if (!f.executeStep()) return Status::NotFound("kb: not in the knowledge base: " + path);
    const int lines = f.getColumn(0).getInt();
    if (start_line < 1 || start_line > lines) {
      return Status::InvalidArgument(
          fmt::format("kb: {} has {} lines; cannot start at line {}", path, lines, start_line));
    }
    if (end_line <= 0 || end_line > lines) end_line = lines;
    if (end_line < start_line) {
      return Status::InvalidArgument(
          fmt::format("kb: end line {} is before start line {}", end_line, start_line));
    }
    SQLite::Statement q(*db_,
                        "SELECT start_line, body FROM kb_chunks WHERE path = ? AND end_line >= ? "
                        "AND start_line <= ? "
                        "ORDER BY start_line");
    q.bind(1, path);
    q.bind(2, start_line);
    q.bind(3, end_line);
    std::string out;
    bool first = true;
    while (q.executeStep()) {
      int line_no = q.getColumn(0).getInt();
      const std::vector<std::string> body = SplitExact(q.getColumn(1).getString());
      for (size_t i = 0; i < body.size(); ++i, ++line_no) {
        if (line_no < start_line || line_no > end_line) continue;
        if (!first) out += '\n';
        out += body[i];
        first = false;
      }
    }
    return out;
  } catch (const std::exception& e) {
    return Status::Internal(std::string("kb: read failed: ") + e.what());
  }
}

Result<std::vector<FileInfo>> KnowledgeBase::ListFiles() const {
  std::vector<FileInfo> out;
  try {
    SQLite::Statement q(*db_, R"sql(
      SELECT f.path, f.kind, f.lines, (SELECT COUNT(*) FROM kb_chunks c WHERE c.path = f.path)
      FROM kb_files f ORDER BY f.path)sql");
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                     q.getColumn(2).getInt(), q.getColumn(3).getInt()});
    }
  } catch (const std::exception& e) {
    return Status::Internal(std::string("kb: list failed: ") + e.what());
  }
  return out;
}

}  // namespace avo::kb
