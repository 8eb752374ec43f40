// KnowledgeBase: the K of Vary(P_t) = Agent(P_t, K, f) -- documents and reference code the agent
// can search and read, kept in one SQLite file.
//
// Why SQLite FTS5 with bm25: the knowledge base is a few thousand files at most; a full-text index
// in one file needs no server, survives restarts, can be shipped with a run and answers ranked
// queries in milliseconds. Embeddings would need a model; keyword search over well-chunked text is
// what an agent that can refine its own queries needs.
//
// Storage: files are cut into chunks (chunker.h) that keep their path and 1-based line range;
// chunk text is stored, so Read() answers from the index even if the source moved. Paths are
// stored absolute and lexically normalised, exactly as Search() returns them and Read() takes them.
//
// Not thread-safe: use one KnowledgeBase per thread (SQLite itself allows several connections to
// one file; WAL mode lets readers proceed while another connection writes).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "avo/kb/chunker.h"
#include "avo/util/status.h"

namespace SQLite {
class Database;
}

namespace avo::kb {

struct Hit {
  std::string path;     // as stored: absolute
  int start_line = 0;   // 1-based, inclusive
  int end_line = 0;     // 1-based, inclusive
  double score = 0;     // -bm25: higher is better; comparable only within one Search() answer
  std::string snippet;  // matching text with hits marked «like this», "…" where text is cut
};

struct AddStats {
  int files_indexed = 0;    // new or changed, (re)chunked
  int files_unchanged = 0;  // same mtime and size, or same content hash
  int files_removed = 0;    // under an added directory but gone from disk
  int files_skipped = 0;    // binary, too large, unreadable, or a PDF without pdftotext
  int chunks_written = 0;
  std::vector<std::string> warnings;  // one line per skipped file, saying why
};

struct FileInfo {
  std::string path;
  std::string kind;  // "markdown", "source", "text", "pdf"
  int lines = 0;
  int chunks = 0;
};

struct KnowledgeBaseOptions {
  ChunkOptions chunking;
  std::string pdftotext = "pdftotext";  // program name or path
  size_t max_file_bytes = 4u << 20;     // larger text files are skipped (PDFs: 16x this)
};

class KnowledgeBase {
 public:
  // Opens or creates the index at `db_path` (parent directories are created). IoError when the
  // file cannot be opened or is not an avo knowledge base.
  static Result<std::unique_ptr<KnowledgeBase>> Open(const std::filesystem::path& db_path,
                                                     KnowledgeBaseOptions options = {});
  ~KnowledgeBase();
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

  // Indexes files and directory trees. Directories are walked recursively (hidden directories,
  // node_modules and CMake build trees skipped; only known text, markdown, source and PDF
  // extensions read; binary files skipped). A file whose mtime and size are unchanged is not
  // read again; a changed one has its chunks replaced; files gone from an added directory are
  // dropped. Errors: NotFound for a path that does not exist; for a PDF named explicitly, the
  // PdfToText error (NotFound when pdftotext is missing). Problems with single files inside a
  // directory are warnings in AddStats, not errors. All-or-nothing: one transaction.
  Result<AddStats> Add(const std::vector<std::filesystem::path>& paths);

  // Drops a file, or every file under a directory path, from the index; returns how many.
  Result<int> Remove(const std::filesystem::path& path);

  // The best `k` chunks for `query` (free text; FTS5 syntax characters are taken literally, see
  // fts_query.h). Chunks holding all terms rank first; when fewer than k do, chunks holding any
  // term fill the rest. An empty or unsearchable query gives no hits, not an error.
  Result<std::vector<Hit>> Search(std::string_view query, int k = 10) const;

  // Lines [start_line, end_line] (1-based, inclusive) of a stored file, joined with '\n'.
  // end_line <= 0 or past the end means "to the end". NotFound for a path not in the index;
  // InvalidArgument when start_line is before 1 or after the last line.
  Result<std::string> Read(std::string_view path, int start_line, int end_line) const;

  Result<std::vector<FileInfo>> ListFiles() const;

 private:
  KnowledgeBase(std::unique_ptr<SQLite::Database> db, KnowledgeBaseOptions options);
  Status AddFile(const std::filesystem::path& file, bool explicit_path, AddStats* stats);
  Status RemoveStored(const std::string& path);

  std::unique_ptr<SQLite::Database> db_;
  KnowledgeBaseOptions options_;
};

// How paths are stored and looked up: absolute and lexically normal ("a/../b" -> "b").
std::string StoredPath(const std::filesystem::path& p);

}  // namespace avo::kb
