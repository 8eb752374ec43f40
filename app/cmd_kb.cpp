// avo kb add PATH... / avo kb search QUERY / avo kb list: the knowledge base K
// (kb/knowledge_base.h) from the command line. The index is --db FILE, or RUN/kb.db for --run RUN
// (the file the agent of that run searches).
#include <fmt/format.h>

#include <iostream>

#include "avo/kb/knowledge_base.h"
#include "avo/kb/run_knowledge.h"
#include "common.h"
#include "validators.h"

namespace avo::cli {
namespace {

struct KbFlags {
  std::string db, run;
  std::vector<std::string> paths;
  std::string query;
  int k = 8;
};

std::filesystem::path DbFor(const KbFlags& f) {
  if (!f.db.empty()) return f.db;
  if (f.run.empty()) Exit(Fail("kb: name the index with --db FILE or --run RUN (RUN/kb.db)"));
  if (!Run::Exists(f.run)) Exit(Fail(f.run + ": not a run directory (no run.json)"));
  return kb::KbPath(f.run);
}

std::unique_ptr<kb::KnowledgeBase> OpenKb(const KbFlags& f, bool must_exist) {
  const auto db = DbFor(f);
  std::error_code ec;
  if (must_exist && !std::filesystem::exists(db, ec))
    Exit(Fail(db.string() + ": no such knowledge base (create it with `avo kb add`)"));
  auto kb = kb::KnowledgeBase::Open(db);
  if (!kb.ok()) Exit(Fail(kb.status()));
  return std::move(kb).value();
}

void AddDbFlags(CLI::App& cmd, KbFlags& f) {
  cmd.add_option("--db", f.db, "the index file (SQLite)");
  cmd.add_option("--run", f.run, "use the run's index RUN/kb.db");
}

}  // namespace

void AddKb(CLI::App& app) {
  auto f = std::make_shared<KbFlags>();
  auto* kb_cmd = app.add_subcommand("kb", "the knowledge base: add files, search it");
  kb_cmd->require_subcommand(1);

  auto* add = kb_cmd->add_subcommand("add", "index files and directories (incremental)");
  add->add_option("paths", f->paths, "files and directories")->required();
  AddDbFlags(*add, *f);
  add->callback([f] {
    auto kb = OpenKb(*f, false);
    std::vector<std::filesystem::path> paths(f->paths.begin(), f->paths.end());
    auto stats = kb->Add(paths);
    if (!stats.ok()) Exit(Fail(stats.status()));
    for (const auto& w : stats->warnings) std::cerr << "avo: warning: " << w << "\n";
    std::cout << fmt::format(
        "{}: {} file(s) indexed, {} unchanged, {} removed, {} skipped; {} chunk(s) written\n",
        DbFor(*f).string(), stats->files_indexed, stats->files_unchanged, stats->files_removed,
        stats->files_skipped, stats->chunks_written);
  });

  auto* search = kb_cmd->add_subcommand("search", "ranked passages for a query");
  search->add_option("query", f->query, "free text")->required();
  search->add_option("-k", f->k, "results (default 8)")->check(WholeNumber(1, 1000));
  AddDbFlags(*search, *f);
  search->callback([f] {
    auto kb = OpenKb(*f, true);
    auto hits = kb->Search(f->query, f->k);
    if (!hits.ok()) Exit(Fail(hits.status()));
    if (hits->empty()) {
      std::cout << "no passages match '" << f->query << "'\n";
      return;
    }
    for (const auto& h : *hits) {
      std::cout << fmt::format("{}:{}-{}  ({:.2f})\n  {}\n", h.path, h.start_line, h.end_line,
                               h.score, h.snippet);
    }
  });

  auto* list = kb_cmd->add_subcommand("list", "the indexed files");
  AddDbFlags(*list, *f);
  list->callback([f] {
    auto kb = OpenKb(*f, true);
    auto files = kb->ListFiles();
    if (!files.ok()) Exit(Fail(files.status()));
    for (const auto& fi : *files)
      std::cout << fmt::format("{:<9} {:>6} lines {:>4} chunks  {}\n", fi.kind, fi.lines, fi.chunks,
                               fi.path);
  });
}

}  // namespace avo::cli
