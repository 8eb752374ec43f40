#include "avo/lineage/lineage.h"

#include <fmt/format.h>
#include <git2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <sstream>

#include "avo/lineage/trailers.h"
#include "avo/util/failpoint.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

Status GitError(const std::string& what) {
  const git_error* e = git_error_last();
  return Status::IoError(
      fmt::format("lineage: {}: {}", what,
                  e != nullptr && e->message != nullptr ? e->message : "unknown error"));
}

// RAII for libgit2 objects.
template <typename T, void (*Free)(T*)>
struct Owned {
  T* p = nullptr;
  Owned() = default;
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
  ~Owned() {
    if (p != nullptr) Free(p);
  }
  T** out() { return &p; }
  T* get() const { return p; }
};
using GitCommit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using Blob = Owned<git_blob, git_blob_free>;
using Index = Owned<git_index, git_index_free>;
using Signature = Owned<git_signature, git_signature_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Patch = Owned<git_patch, git_patch_free>;

struct Buf {
  git_buf b = GIT_BUF_INIT;
  Buf() = default;
  Buf(const Buf&) = delete;
  Buf& operator=(const Buf&) = delete;
  ~Buf() { git_buf_dispose(&b); }
};

std::string OidHex(const git_oid* oid) {
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof hex, oid);
  return hex;
}

// avo's trailers are the last paragraph of a message, written by Commit: only that block is
// read, so a line of an operator's rationale that looks like a trailer is text, not a trailer.
std::map<std::string, std::string> ParseTrailers(const std::string& message) {
  std::map<std::string, std::string> out;
  std::string block = message;
  while (!block.empty() && block.back() == '\n') block.pop_back();
  if (const auto blank = block.rfind("\n\n"); blank != std::string::npos)
    block = block.substr(blank + 2);
  std::istringstream in(block);
  std::string line;
  while (std::getline(in, line)) {
    auto colon = line.find(": ");
    if (line.rfind(trailer::kPrefix, 0) == 0 && colon != std::string::npos)
      out[line.substr(0, colon)] = line.substr(colon + 2);
  }
  return out;
}

// A message reaches git as a C string: a NUL would cut it, avo's trailers with it, short. NULs
// become the two characters \0, and a line of the message's own that starts like a trailer is
// indented, so the trailer block avo appends is the only one.
std::string SafeMessage(const std::string& message) {
  std::string out;
  out.reserve(message.size());
  bool line_start = true;
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (line_start && message.compare(i, std::strlen(trailer::kPrefix), trailer::kPrefix) == 0)
      out += "  ";
    const char c = message[i];
    if (c == '\0')
      out += "\\0";
    else
      out += c;
    line_start = c == '\n';
  }
  return out;
}

// A trailer is one line: control characters in a value (a newline would start a forged
// trailer) are written as \xHH.
std::string SafeTrailerValue(const std::string& v) {
  std::string out;
  for (const unsigned char c : v) {
    if (c < 0x20 || c == 0x7f)
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    else
      out += static_cast<char>(c);
  }
  return out;
}

}  // namespace

struct Lineage::Repo {
  git_repository* repo = nullptr;
  ~Repo() {
    if (repo != nullptr) git_repository_free(repo);
    git_libgit2_shutdown();
  }
};

Lineage::~Lineage() = default;

Result<std::unique_ptr<Lineage>> Lineage::Open(const fs::path& git_dir, bool create,
                                               const std::string& branch) {
  git_libgit2_init();
  // Objects and refs reach the disk before a commit is reported: kill -9 or power loss after
  // Commit() returns never loses the version.
  git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
  auto l = std::unique_ptr<Lineage>(new Lineage());
  l->repo_ = std::make_unique<Repo>();
  l->git_dir_ = git_dir;
  l->ref_ = "refs/heads/" + branch;
  if (git_reference_is_valid_name(l->ref_.c_str()) == 0)
    return Status::InvalidArgument("lineage: not a branch name: '" + branch + "'");
  std::error_code ec;
  if (fs::exists(git_dir / "HEAD", ec)) {
    if (git_repository_open_bare(&l->repo_->repo, git_dir.c_str()) != 0)
      return GitError("open " + git_dir.string());
    return l;
  }
  if (!create) return Status::NotFound(git_dir.string() + ": no lineage repository");
  git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  opts.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH;
  opts.initial_head = "main";
  opts.description = "avo lineage: committed versions with their scores";
  if (git_repository_init_ext(&l->repo_->repo, git_dir.c_str(), &opts) != 0)
    return GitError("init " + git_dir.string());
  return l;
}

Status Lineage::StartFrom(const std::string& commit) {
  git_oid existing;
  if (git_reference_name_to_id(&existing, repo_->repo, ref_.c_str()) == 0) return Status::Ok();
  git_oid oid;
  if (git_oid_fromstr(&oid, commit.c_str()) != 0)
    return Status::InvalidArgument("lineage: not a commit id: '" + commit + "'");
  git_reference* ref = nullptr;
  const int rc = git_reference_create(&ref, repo_->repo, ref_.c_str(), &oid, /*force=*/0,
                                      "avo: island starts from the seed");
  git_reference_free(ref);
  // Another handle made it first: the branch exists, which is all that was asked.
  if (rc == GIT_EEXISTS) return Status::Ok();
  return rc == 0 ? Status::Ok() : GitError("start " + ref_ + " at " + commit);
}

Result<std::vector<Version>> Lineage::Versions() const {
  std::vector<Version> out;
  git_oid oid;
  if (git_reference_name_to_id(&oid, repo_->repo, ref_.c_str()) != 0) return out;  // empty lineage
  while (true) {
    GitCommit c;
    if (git_commit_lookup(c.out(), repo_->repo, &oid) != 0)
      return GitError("read commit " + OidHex(&oid));
    Version v;
    v.commit = OidHex(&oid);
    v.message = git_commit_message(c.get()) != nullptr ? git_commit_message(c.get()) : "";
    v.summary = git_commit_summary(c.get()) != nullptr ? git_commit_summary(c.get()) : "";
    v.time = static_cast<std::int64_t>(git_commit_time(c.get()));
    v.trailers = ParseTrailers(v.message);
    Tree tree;
    Blob blob;
    // A tree or score that cannot be read is a damaged lineage, not a version without a score.
    if (git_commit_tree(tree.out(), c.get()) != 0)
      return GitError("read the tree of commit " + v.commit);
    const git_tree_entry* e = git_tree_entry_byname(tree.get(), kScoreFile);
    v.score = nlohmann::json::object();
    if (e != nullptr) {
      if (git_blob_lookup(blob.out(), repo_->repo, git_tree_entry_id(e)) != 0)
        return GitError(std::string("read ") + kScoreFile + " of commit " + v.commit);
      std::string text(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                       git_blob_rawsize(blob.get()));
      auto score = nlohmann::json::parse(text, nullptr, false);
      if (score.is_object()) v.score = std::move(score);
      v.scalar = v.score.value("scalar", 0.0);
    }
    out.push_back(std::move(v));
    if (git_commit_parentcount(c.get()) == 0) break;
    oid = *git_commit_parent_id(c.get(), 0);
  }
  std::reverse(out.begin(), out.end());
  for (std::size_t i = 0; i < out.size(); ++i) out[i].number = static_cast<int>(i);
  return out;
}

Result<std::optional<Version>> Lineage::Head() const {
  AVO_ASSIGN_OR_RETURN(auto versions, Versions());
  if (versions.empty()) return std::optional<Version>{};
  return std::optional<Version>(versions.back());
}

Result<FileSet> Lineage::Files(const std::string& commit) const {
  git_oid oid;
  if (git_oid_fromstr(&oid, commit.c_str()) != 0)
    return Status::InvalidArgument("lineage: bad commit id '" + commit + "'");
  GitCommit c;
  Tree tree;
  if (git_commit_lookup(c.out(), repo_->repo, &oid) != 0) return GitError("read commit " + commit);
  if (git_commit_tree(tree.out(), c.get()) != 0) return GitError("read tree of " + commit);
  struct Ctx {
    git_repository* repo;
    FileSet files;
    bool failed = false;
    std::string unsafe;  // the first entry whose name could lead outside a folder
  } ctx{repo_->repo, {}, false, {}};
  git_tree_walk(
      tree.get(), GIT_TREEWALK_PRE,
      [](const char* root, const git_tree_entry* entry, void* payload) -> int {
        auto* x = static_cast<Ctx*>(payload);
        const std::string name = git_tree_entry_name(entry);
        // A tree from elsewhere (an import) may name "..", ".git" or a path with a slash: a
        // version's files are written out under a folder, so no entry may lead outside it.
        if (name.empty() || name == "." || name == ".." || name == ".git" ||
            name.find_first_of("/\\") != std::string::npos) {
          x->unsafe = std::string(root) + name;
          return -1;
        }
        if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
        std::string path = std::string(root) + name;
        if (path == kScoreFile) return 0;
        Blob b;
        if (git_blob_lookup(b.out(), x->repo, git_tree_entry_id(entry)) != 0) {
          x->failed = true;
          return -1;
        }
        x->files[path] = std::string(static_cast<const char*>(git_blob_rawcontent(b.get())),
                                     git_blob_rawsize(b.get()));
        return 0;
      },
      &ctx);
  if (!ctx.unsafe.empty()) {
    return Status::InvalidArgument(fmt::format(
        "lineage: commit {} holds a file named '{}', which could be written outside its folder",
        commit.substr(0, 12), ctx.unsafe));
  }
  if (ctx.failed) return GitError("read files of " + commit);
  return std::move(ctx.files);
}

Result<std::string> Lineage::Commit(const FileSet& files, const nlohmann::json& score,
                                    const std::string& message,
                                    const std::map<std::string, std::string>& trailers) {
  Index index;
  if (git_index_new(index.out()) != 0) return GitError("new index");
  auto add = [&](const std::string& path, const std::string& content) -> Status {
    // The index is in memory only (a bare repository has no work tree): blobs are written first,
    // then entries point at them.
    git_index_entry entry{};
    entry.mode = GIT_FILEMODE_BLOB;
    entry.path = path.c_str();
    entry.file_size = static_cast<std::uint32_t>(content.size());
    if (git_blob_create_from_buffer(&entry.id, repo_->repo, content.data(), content.size()) != 0)
      return GitError("write " + path);
    if (git_index_add(index.get(), &entry) != 0) return GitError("add " + path);
    return Status::Ok();
  };
  for (const auto& [path, content] : files) {
    if (path == kScoreFile)
      return Status::InvalidArgument(std::string("lineage: a candidate may not contain ") +
                                     kScoreFile);
    AVO_RETURN_IF_ERROR(add(path, content));
  }
  AVO_RETURN_IF_ERROR(add(kScoreFile, score.dump(2) + "\n"));
  git_oid tree_oid;
  if (git_index_write_tree_to(&tree_oid, index.get(), repo_->repo) != 0)
    return GitError("write tree");
  Tree tree;
  if (git_tree_lookup(tree.out(), repo_->repo, &tree_oid) != 0) return GitError("read tree");

  GitCommit parent;
  git_oid parent_oid;
  const bool has_parent = git_reference_name_to_id(&parent_oid, repo_->repo, ref_.c_str()) == 0;
  if (has_parent && git_commit_lookup(parent.out(), repo_->repo, &parent_oid) != 0)
    return GitError("read head");

  std::string full = SafeMessage(message);
  while (!full.empty() && full.back() == '\n') full.pop_back();
  if (!trailers.empty()) {
    full += "\n\n";
    for (const auto& [k, v] : trailers) full += k + ": " + SafeTrailerValue(v) + "\n";
  }
  Signature sig;
  if (git_signature_now(sig.out(), "avo", "avo@localhost") != 0) return GitError("signature");
  git_oid commit_oid;
  const git_commit* parents[1] = {parent.get()};
  if (git_commit_create(&commit_oid, repo_->repo, ref_.c_str(), sig.get(), sig.get(), "UTF-8",
                        full.c_str(), tree.get(), has_parent ? 1 : 0, parents) != 0) {
    return GitError("commit");
  }
  // The ref has moved and nothing else has recorded the version yet: the moment a kill is
  // hardest to recover from ("lineage-ref-moved:OPERATOR", the Avo-Operator trailer).
  auto op = trailers.find(trailer::kOperator);
  FailPoint("lineage-ref-moved:" + (op != trailers.end() ? op->second : std::string()));
  return OidHex(&commit_oid);
}

Result<Version> Lineage::Resolve(const std::string& spec) const {
  AVO_ASSIGN_OR_RETURN(auto versions, Versions());
  if (versions.empty()) return Status::NotFound("the lineage has no versions yet");
  std::string s = spec;
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (s == "head" || s == "best" || s == "latest") return versions.back();
  if (s == "seed") return versions.front();
  std::string digits = !s.empty() && s[0] == 'v' ? s.substr(1) : s;
  if (!digits.empty() && digits.size() <= 6 &&
      std::all_of(digits.begin(), digits.end(), ::isdigit)) {
    std::size_t n = std::stoul(digits);
    if (n < versions.size()) return versions[n];
    if (s[0] == 'v' || digits.size() < 4) {
      return Status::NotFound(
          fmt::format("no version {} (the lineage has v0..v{})", spec, versions.size() - 1));
    }
  }
  if (s.size() >= 4 && std::all_of(s.begin(), s.end(), ::isxdigit)) {
    const Version* found = nullptr;
    for (const auto& v : versions) {
      if (v.commit.rfind(s, 0) == 0) {
        if (found != nullptr)
          return Status::InvalidArgument("commit prefix '" + spec + "' is ambiguous");
        found = &v;
      }
    }
    if (found != nullptr) return *found;
  }
  return Status::NotFound("no version '" + spec + "' (use v0..v" +
                          std::to_string(versions.size() - 1) + ", head, seed or a commit id)");
}

Result<std::string> Lineage::Diff(const std::string& commit_a, const std::string& commit_b) const {
  AVO_ASSIGN_OR_RETURN(FileSet a, Files(commit_a));
  AVO_ASSIGN_OR_RETURN(FileSet b, Files(commit_b));
  return DiffFileSets(a, b);
}

std::string DiffFileSets(const FileSet& before, const FileSet& after) {
  git_libgit2_init();
  std::string out;
  auto one = [&](const std::string& name, const std::string* a, const std::string* b) {
    Patch patch;
    const std::string a_path = "a/" + name, b_path = "b/" + name;
    if (git_patch_from_buffers(patch.out(), a != nullptr ? a->data() : nullptr,
                               a != nullptr ? a->size() : 0, a != nullptr ? name.c_str() : nullptr,
                               b != nullptr ? b->data() : nullptr, b != nullptr ? b->size() : 0,
                               b != nullptr ? name.c_str() : nullptr, nullptr) != 0) {
      return;
    }
    Buf buf;
    if (git_patch_to_buf(&buf.b, patch.get()) == 0 && buf.b.ptr != nullptr)
      out.append(buf.b.ptr, buf.b.size);
  };
  for (const auto& [name, content] : before) {
    auto it = after.find(name);
    if (it == after.end())
      one(name, &content, nullptr);
    else if (it->second != content)
      one(name, &content, &it->second);
  }
  for (const auto& [name, content] : after) {
    if (before.count(name) == 0) one(name, nullptr, &content);
  }
  git_libgit2_shutdown();
  return out;
}

}  // namespace avo
