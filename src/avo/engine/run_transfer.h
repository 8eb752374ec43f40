// A run as plain files that git carries and people read, and back: `avo export RUN DIR` and
// `avo import DIR RUN`. The export of a run directory (engine/run.h) is
//
//   DIR/export.json      {"format": 1, "versions": N, "attempts": N, "head": commit,
//                         "sha256": {file: hex}} for every other file of the export: what the
//                         import checks it got (no timestamp: an unchanged run exports to the
//                         same bytes)
//   DIR/export.json.sig  with --sign: an SSH signature of export.json (export_signature.h)
//   DIR/lineage.bundle   every ref of RUN/lineage.git with its history, and RUN/task (the
//                        task as the run froze it) as the commit of refs/avo/task
//                        (lineage/bundle.h): `git clone DIR/lineage.bundle` reads both
//   DIR/archive.sql      RUN/archive.db as SQL text (archive/sql_text.h)
//   DIR/run.json, DIR/trusted.json   as in the run
//   DIR/avo.toml, DIR/notes.md, DIR/remeasure.json   when the run has them
//   DIR/steps/N/transcript.jsonl, message.txt, exec.log   the operators' records (no workspaces)
//
// Not exported: workspaces and scratch (reproducible from the lineage), kb.db (an index the
// next step rebuilds) and the lock.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct ExportSummary {
  int versions = 0;
  int attempts = 0;
  std::string head;  // the best version's commit
};

// Writes the export of `run_dir` to `out_dir`, which must not exist, be empty, or hold an
// earlier export (whose files are replaced one by one; other files there, a README, stay).
// Holds the run's lock throughout: Unavailable while an avo process works on the run, and no
// evolve starts half-way through the export.
struct ExportOptions {
  // Sign export.json with this SSH private key (export_signature.h): DIR/export.json.sig.
  std::filesystem::path sign_key;
};
Result<ExportSummary> ExportRun(const std::filesystem::path& run_dir,
                                const std::filesystem::path& out_dir,
                                const ExportOptions& options = {});

struct ImportOptions {
  // Where the task's programs are found here (as for `avo evolve`), to check the judge.
  std::vector<std::filesystem::path> tool_dirs;
  // Accept this machine's build of the task's programs (a harness built elsewhere hashes
  // differently): trusted.json takes their hashes and the archive records a "retrust" event
  // with the old and new ones. Task files must match in any case.
  bool retrust_tools = false;
  // Accept the [exec] command of the export's avo.toml as this user's. Without it, a command
  // that came with the import is kept but not run (RunState::exec_pending) until the user
  // accepts it: `avo evolve RUN --exec-command ...` given again.
  bool trust_exec = false;
  // Accept the [llm] endpoint of the export's avo.toml (its base_url and api_key_env). Without
  // it, the endpoint is kept but nothing is sent to it (RunState::llm_pending) until the user
  // accepts it: `avo evolve RUN --config FILE` with an avo.toml of their own.
  bool trust_llm = false;
  // Accept the export only when export.json.sig is a signature of one of these signers (an SSH
  // allowed-signers file) and export.json's checksums cover every file the import reads.
  std::filesystem::path allowed_signers;
};

struct ImportSummary {
  ExportSummary run;
  std::vector<std::string> retrusted;  // "tool/NAME" whose hash was replaced
  std::string exec_pending;            // the [exec] command awaiting acceptance, or ""
  std::string llm_pending;             // the [llm] endpoint awaiting acceptance, or ""
  std::string signed_by;               // the principal whose signature was verified, or ""
};

// Rebuilds a run at `run_dir` (which must not exist) from the export at `from`: checks that every
// file it reads is a plain file within its bound (no link followed; export_checks.h) and matches
// export.json's checksums, builds the run in a staging directory of its own (the task snapshot
// only files and directories, the lineage only the run's own refs, the archive's scores and the
// lineage's avo-score.json and trailers in agreement),
// checks it as `avo evolve` would open it (archive integrity, archive and lineage in agreement,
// the judge's files unchanged) and against export.json's counts, and only then renames it into
// place without replacing anything (of two imports into one target, one wins, the other is told
// it exists). A failed import leaves nothing at `run_dir`. InvalidArgument for a damaged or
// incomplete export, or a judge that differs here (naming the file).
Result<ImportSummary> ImportRun(const std::filesystem::path& from,
                                const std::filesystem::path& run_dir, const ImportOptions& options);

// Writes one version's files (the task's editable paths, each replaced as a whole) into
// `out_dir`, with PROVENANCE.json beside them: the run, task, version, lineage commit, suite,
// score per configuration and the GPU the judge measured on. What refreshes a shipped library
// from a lineage (`avo export RUN v5 --to kernels/attention`). NotFound for an unknown version.
struct VersionExport {
  int version = 0;
  std::string commit;
  std::vector<std::string> files;  // written, relative to out_dir
};
Result<VersionExport> ExportVersion(const std::filesystem::path& run_dir, const std::string& spec,
                                    const std::filesystem::path& out_dir);

}  // namespace avo
