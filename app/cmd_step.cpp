// avo step begin|eval|commit|abort|status: one variation step taken by a coding agent or a
// person outside avo, judged and recorded by avo (engine/step.h, docs/operators.md). Every
// subcommand takes the run's lock while it works. Exit status: 0 done (commit: committed; eval:
// correct), 3 commit rejected or evaluation incorrect, 1 bad input or failure.
#include <fmt/format.h>

#include <iostream>

#include "avo/engine/assemble_step.h"
#include "avo/engine/step.h"
#include "avo/report/tables.h"
#include "avo/util/fs.h"
#include "avo/util/utf8.h"
#include "common.h"

namespace avo::cli {
namespace {
namespace fs = std::filesystem;

// A rationale is prose (a profile's summary included), never megabytes: the bound keeps `-F`
// of a device or an endless pipe from filling memory.
constexpr std::size_t kMaxRationaleBytes = std::size_t{1} << 20;

struct StepFlags {
  std::string target, run, suite, parent, by = "step", message, message_file;
  bool json = false, baselines = false, reuse = false;
  EvalFlags eval;
};

StepSession OpenSession(const StepFlags& f, bool create) {
  return OrExit(AssembleStep({f.target, f.run, f.suite, f.by, f.eval, create}));
}

nlohmann::json StateJson(const StepSession& s, const StepState& st) {
  nlohmann::json j = {{"run", s.run->dir().string()}, {"open", st.open.has_value()}};
  if (st.open) {
    j["step"] = st.open->ToJson();
    j["workspace"] = s.driver->WorkspaceOf(*st.open).string();
  }
  if (!st.note.empty()) j["note"] = st.note;
  return j;
}

void Begin(const StepFlags& f) {
  StepSession s = OpenSession(f, true);
  std::optional<std::string> parent;
  if (!f.parent.empty()) parent = f.parent;
  StepState st = OrExit(s.driver->Begin(parent, f.by, f.suite));
  // A begin that found a step open began nothing: an error, unless continuing it was asked for.
  if (!st.note.empty() && !f.reuse) {
    Exit(Fail(st.note + "; commit or abort it first, or continue it with `avo step begin " +
              s.run->dir().string() + " --reuse`"));
  }
  const fs::path ws = s.driver->WorkspaceOf(*st.open);
  const std::string brief = StepBrief(*s.run, *s.engine, *st.open, SelfDirectory() / "avo");
  if (Status w = WriteFile(ws / "BRIEF.md", brief); !w.ok()) Exit(Fail(w));
  if (!st.note.empty()) std::cerr << "avo: " << st.note << "\n";
  if (f.json) {
    nlohmann::json j = StateJson(s, st);
    j["brief"] = (ws / "BRIEF.md").string();
    std::cout << JsonText(j) << "\n";
  } else {
    std::cout << ws.string() << "\n";
  }
}

// The workspace's evaluation beside the best version: its per-configuration values shown as a
// baseline column named after it, so the table gives the ratios.
void ShowBesideBest(Evaluation e, Run& run, bool json) {
  auto head = run.lineage().Head();
  if (head.ok() && head->has_value()) {
    auto best = Evaluation::FromJson((*head)->score);
    const std::string name = fmt::format("v{}", (*head)->number);
    for (auto& c : e.configs) {
      if (!best.ok() || best->suite != e.suite) break;
      for (const auto& b : best->configs) {
        if (b.name == c.name && b.value > 0) c.baselines[name] = b.value;
      }
    }
  }
  if (json) {
    nlohmann::json j = EvaluationJson(e);
    j["advisory"] = true;
    std::cout << JsonText(j) << "\n";
  } else {
    std::cout << "advisory evaluation (never the basis of a commit)\n" << FormatEvaluation(e, true);
  }
}

void Eval(const StepFlags& f) {
  StepSession s = OpenSession(f, false);
  Evaluation e = OrExit(s.driver->Eval(*s.evaluator, f.suite, f.baselines));
  ShowBesideBest(e, *s.run, f.json);
  if (!f.json && e.outcome != Outcome::kScored) {
    const std::string& log = e.outcome == Outcome::kBuildFailed ? e.build_log : e.eval_log;
    if (!log.empty()) std::cout << "\n--- log ---\n" << log << "\n";
  }
  Exit(e.correct ? 0 : 3);
}

void Commit(const StepFlags& f) {
  std::string message = f.message;
  if (!f.message_file.empty()) {
    auto text = ReadFileBounded(f.message_file, kMaxRationaleBytes);
    if (!text.ok()) Exit(Fail("-F: " + text.status().message()));
    message = *text;
  }
  // The lineage and the archive keep it, and every JSON reader of the run needs valid UTF-8.
  if (const std::size_t bad = FirstInvalidUtf8(message); bad != std::string::npos) {
    Exit(Fail(fmt::format("{}: the message is not valid UTF-8 (byte 0x{:02X} at offset {})",
                          f.message_file.empty() ? "-m" : "-F " + f.message_file,
                          static_cast<unsigned char>(message[bad]), bad)));
  }
  StepSession s = OpenSession(f, false);
  Verdict v = OrExit(s.driver->Commit(message));
  if (f.json) {
    std::cout << JsonText(nlohmann::json{{"committed", v.committed},
                                         {"version", v.version},
                                         {"commit", v.commit},
                                         {"attempt", v.attempt_id},
                                         {"reason", v.reason}})
              << "\n";
  } else {
    std::cout << v.reason << "\n";
    if (!v.committed) std::cout << "the step stays open: improve and commit again, or abort\n";
  }
  Exit(v.committed ? 0 : 3);
}

void Abort(const StepFlags& f) {
  StepSession s = OpenSession(f, false);
  if (Status st = s.driver->Abort(f.message); !st.ok()) Exit(Fail(st));
  std::cout << "step aborted\n";
}

void ShowStatus(const StepFlags& f) {
  StepSession s = OpenSession(f, false);
  StepState st = OrExit(s.driver->Current());
  if (f.json) {
    std::cout << JsonText(StateJson(s, st)) << "\n";
    return;
  }
  if (!st.note.empty()) std::cout << st.note << "\n";
  if (!st.open) {
    std::cout << "no step is open\n";
    return;
  }
  const OpenStep& o = *st.open;
  std::cout << fmt::format(
      // Counted before the gate judges (so a killed commit is not forgotten): those that did
      // not commit were rejected or interrupted.
      "step {} open: by {}, from v{}, suite {}, {} advisory evaluation(s), {} commit(s) "
      "tried, none accepted\nworkspace: {}\n",
      o.step, o.by, o.parent, o.suite, o.evaluations, o.commits, s.driver->WorkspaceOf(o).string());
}

CLI::App* Sub(CLI::App& step, const std::string& name, const std::string& help,
              const std::shared_ptr<StepFlags>& f) {
  auto* c = step.add_subcommand(name, help);
  c->add_option("target", f->target, "run directory (or task directory, with --run)")->required();
  c->add_option("--run", f->run, "run directory for a task target");
  c->add_flag("--json", f->json, "machine-readable output");
  AddEvalFlags(*c, f->eval);
  return c;
}

}  // namespace

void AddStep(CLI::App& app) {
  auto* step = app.add_subcommand(
      "step",
      "one variation step taken from outside avo (a coding agent or a person), judged "
      "and recorded by avo");
  step->require_subcommand(1);
  auto f = std::make_shared<StepFlags>();
  auto* begin =
      Sub(*step, "begin", "open a step: a workspace with the best version and BRIEF.md", f);
  begin->add_option("--parent", f->parent, "start from this version (default: the best)");
  // The name goes into a commit trailer (one line) and the terminal: no control characters.
  begin->add_option("--by", f->by, "the operator's name in the archive and the commit trailer")
      ->check(CLI::Validator(
          [](const std::string& s) {
            for (const unsigned char c : s) {
              if (c < 0x20 || c == 0x7f)
                return std::string("a name without control characters (newline, tab, escape)");
            }
            return std::string();
          },
          "NAME"));
  begin->add_option("--suite", f->suite, "the suite the gate judges on (default: the task's)");
  begin->add_flag("--reuse", f->reuse,
                  "when a step is open already, continue it: print its workspace (exit 0)");
  begin->callback([f] { Begin(*f); });
  auto* eval = Sub(*step, "eval", "advisory evaluation of the open step's workspace", f);
  eval->add_option("--suite", f->suite, "suite (default: the step's)");
  eval->add_flag("--baselines", f->baselines, "also measure the task's baselines");
  eval->callback([f] { Eval(*f); });
  auto* commit =
      Sub(*step, "commit", "the engine's judgement of the workspace; commit or reject", f);
  auto* m = commit->add_option("-m,--message", f->message, "the version's rationale");
  auto* file = commit->add_option("-F,--file", f->message_file, "read the rationale from FILE");
  m->excludes(file);
  commit->callback([f] {
    if (f->message.empty() && f->message_file.empty())
      Exit(Fail("avo step commit: give the version's rationale with -m MESSAGE or -F FILE"));
    Commit(*f);
  });
  auto* abort = Sub(*step, "abort", "close the open step without a commit", f);
  abort->add_option("-m,--message", f->message, "why");
  abort->callback([f] { Abort(*f); });
  Sub(*step, "status", "the open step, if any", f)->callback([f] { ShowStatus(*f); });
}

}  // namespace avo::cli
