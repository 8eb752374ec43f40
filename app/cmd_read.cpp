// The reading commands: status, log, show, diff. None of them takes the run's lock, so they work
// while an evolve is running.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <map>
#include <optional>
#include <vector>

#include "avo/engine/run_budget.h"
#include "avo/engine/run_config.h"
#include "avo/eval/slots.h"
#include "avo/report/run_status.h"
#include "avo/report/tables.h"
#include "common.h"

namespace avo::cli {
namespace {

std::unique_ptr<Run> OpenOrExit(const std::string& target, const std::string& run_flag) {
  auto dir = RunDirFor(target, run_flag);
  if (!dir.ok()) Exit(Fail(dir.status()));
  auto run = Run::Open(*dir, false);
  if (!run.ok()) Exit(Fail(run.status()));
  return std::move(run).value();
}

// The run's [budget] from RUN/avo.toml, when it sets one.
std::optional<RunBudget> BudgetOf(const Run& run) {
  auto config = LoadRunConfig(RunConfigPath(run.dir()));
  if (!config.ok() || !config->budget.any()) return std::nullopt;
  return config->budget;
}

std::string BudgetLine(const RunBudget& b, const AttemptCost& spent, double active_s) {
  std::vector<std::string> parts;
  if (b.tokens > 0)
    parts.push_back(fmt::format("{} of {} tokens", spent.tokens_in + spent.tokens_out, b.tokens));
  if (b.cost_usd > 0)
    parts.push_back(fmt::format("{:.2f} of {:.2f} USD", spent.cost_usd, b.cost_usd));
  if (b.wall_s > 0) {
    parts.push_back(
        fmt::format("{} of {} stepping", FormatDuration(active_s), FormatDuration(b.wall_s)));
  }
  std::string line = fmt::format("budget   {}", fmt::join(parts, "; "));
  if (RunBudgetReached(b, spent, active_s)) line += " (reached: the run stops before a step)";
  return line;
}

// What each evaluation slot of the running evolve is doing (`avo evolve --jobs`); empty when
// no evolve runs (a stale file of a killed avo is not shown).
nlohmann::json SlotsJson(const Run& run, bool busy) {
  return busy ? SlotBoard::Read(run.paths()) : nlohmann::json::array();
}

void PrintIslandsAndSlots(const nlohmann::json& j, const std::string& unit) {
  for (const auto& is : j.value("islands", nlohmann::json::array())) {
    std::cout << fmt::format("island   {}: {} version(s), {} attempt(s)", is["island"].get<int>(),
                             is["versions"].get<std::size_t>(), is["attempts"].get<int>());
    if (is.contains("best")) {
      std::cout << fmt::format(", best v{} {:.4g} {}", is["best"]["version"].get<int>(),
                               is["best"]["scalar"].get<double>(), unit);
    }
    std::cout << "\n";
  }
  for (const auto& slot : j["slots"]) {
    if (!slot.is_object()) continue;
    const std::string state = slot.value("state", "?");
    std::string what = state;
    if (state != "idle") what += fmt::format(" step {}", slot.value("step", 0));
    if (slot.value("attempt", 0) > 0)
      what += fmt::format(" (attempt {})", slot.value("attempt", 0));
    std::cout << fmt::format("slot     {:<6} {} since {}\n", slot.value("slot", "?"), what,
                             slot.value("since", "?"));
  }
}

}  // namespace

void AddStatus(CLI::App& app) {
  struct Flags {
    std::string target, run;
    bool json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("status", "where a run stands: best version, attempts, cost");
  cmd->add_option("target", f->target, "run directory (or task directory)")->required();
  cmd->add_option("--run", f->run, "run directory for a task target");
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    auto run = OpenOrExit(f->target, f->run);
    const RunStatus st =
        OrExit(ReadRunStatus(run->dir().string(), run->task(), run->lineages(), run->archive()));
    const std::optional<RunBudget> budget = BudgetOf(*run);
    const bool busy = Run::IsBusy(run->dir());
    nlohmann::json j = RunStatusJson(st);
    j["busy"] = busy;
    if (budget) {
      j["budget"] = {
          {"tokens", budget->tokens}, {"cost_usd", budget->cost_usd}, {"wall_s", budget->wall_s}};
    }
    j["slots"] = SlotsJson(*run, busy);
    if (f->json) {
      std::cout << JsonText(j) << "\n";
      return;
    }
    std::cout << fmt::format("run      {}{}\ntask     {}\n", run->dir().string(),
                             busy ? "  (evolve running)" : "", run->task().name);
    if (st.best) {
      const Version& b = *st.best;
      const double seed = st.seed_scalar;
      std::cout << fmt::format(
          "best     v{}{} {:.4g} {} ({:.2f}x the seed's {:.4g})\n", b.number,
          st.islands.size() > 1 ? fmt::format(" of island {}", st.best_island) : "", b.scalar,
          st.unit, seed > 0 ? b.scalar / seed : 0.0, seed);
    }
    std::cout << fmt::format("versions {}\nsteps    {} done\nattempts {}", st.versions,
                             st.next_step - 1, st.attempts.size());
    for (const auto& [s, n] : j["attempts_by_status"].items())
      std::cout << fmt::format(", {} {}", n.get<int>(), s);
    std::cout << fmt::format(
        "\nsupervisor interventions {}\nLLM usage {} tokens in, {} out, {:.2f} USD\n",
        st.interventions, st.spent.tokens_in, st.spent.tokens_out, st.spent.cost_usd);
    if (budget) std::cout << BudgetLine(*budget, st.spent, st.active_s) << "\n";
    PrintIslandsAndSlots(j, st.unit);
    if (!st.attempts.empty())
      std::cout << "last     attempt " << st.attempts.front().id << ": "
                << st.attempts.front().reason << "\n";
  });
}

void AddLog(CLI::App& app) {
  struct Flags {
    std::string target, run;
    bool json = false, attempts = false;
    int limit = 30;
    int island = 0;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "log", "the lineage: versions with their scores, and the supervisor's interventions");
  cmd->add_option("target", f->target, "run directory (or task directory)")->required();
  cmd->add_option("--run", f->run, "run directory for a task target");
  cmd->add_flag("--attempts", f->attempts,
                "list recent attempts (committed or not) instead of versions");
  cmd->add_option("--limit", f->limit, "attempts to list with --attempts");
  cmd->add_option("--island", f->island,
                  "the island whose lineage (or attempts) to show, in a run of several "
                  "(default 0)");
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    auto run = OpenOrExit(f->target, f->run);
    if (f->island < 0 || f->island >= run->islands()) {
      Exit(Fail(fmt::format("--island {}: the run has {} island(s), 0 to {}", f->island,
                            run->islands(), run->islands() - 1)));
    }
    if (f->attempts) {
      std::vector<AttemptRecord> attempts;
      for (auto& a : OrExit(run->archive().Attempts())) {
        if (a.island != f->island) continue;
        if (static_cast<int>(attempts.size()) >= f->limit) break;
        attempts.push_back(std::move(a));
      }
      if (f->json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& a : attempts) j.push_back(AttemptJson(a));
        std::cout << JsonText(j) << "\n";
        return;
      }
      for (const auto& a : attempts) {
        std::cout << fmt::format("#{:<5} step {:<4} {:<8} {:<11} {:>7}  {}\n", a.id, a.step, a.op,
                                 a.status, FormatDuration(a.duration_s), a.reason);
      }
      return;
    }
    auto versions = OrExit(run->lineage(f->island).Versions());
    std::vector<EventRecord> interventions;
    for (auto& e : OrExit(run->archive().Events("intervention"))) {
      if (e.data.value("island", 0) == f->island) interventions.push_back(std::move(e));
    }
    if (f->json) {
      std::cout << JsonText(LogJson(versions, interventions)) << "\n";
      return;
    }
    std::cout << FormatLog(versions, interventions);
  });
}

void AddShow(CLI::App& app) {
  struct Flags {
    std::string target, version = "head", run, export_dir;
    bool json = false, files = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("show", "one version: message, per-configuration scores, files");
  cmd->add_option("target", f->target, "run directory (or task directory)")->required();
  cmd->add_option("version", f->version, "v3, 3, head, seed or a commit id (default: head)");
  cmd->add_option("--run", f->run, "run directory for a task target");
  cmd->add_flag("--files", f->files, "print the files' contents");
  cmd->add_option("--export", f->export_dir, "write the version's files into this directory");
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    auto run = OpenOrExit(f->target, f->run);
    Version v = OrExit(run->lineage().Resolve(f->version));
    FileSet files = OrExit(run->lineage().Files(v.commit));
    if (!f->export_dir.empty()) {
      Status st = WriteFileSet(f->export_dir, files);
      if (!st.ok()) Exit(Fail(st));
    }
    if (f->json) {
      nlohmann::json j = {
          {"version", v.number}, {"commit", v.commit}, {"message", v.message}, {"score", v.score}};
      for (const auto& [p, c] : files)
        j["files"][p] = f->files ? nlohmann::json(c) : nlohmann::json(c.size());
      std::cout << JsonText(j) << "\n";
      return;
    }
    std::cout << fmt::format("v{}  commit {}\n\n{}\n", v.number, v.commit, v.message);
    auto ev = Evaluation::FromJson(v.score);
    if (ev.ok()) std::cout << "\n" << FormatEvaluation(*ev, true);
    std::cout << "\nfiles:\n";
    for (const auto& [p, c] : files) std::cout << fmt::format("  {} ({} bytes)\n", p, c.size());
    if (f->files) {
      for (const auto& [p, c] : files) std::cout << "\n==> " << p << " <==\n" << c;
    }
  });
}

void AddDiff(CLI::App& app) {
  struct Flags {
    std::string target, a, b, run;
    bool json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("diff", "the change between two versions, as a patch");
  cmd->add_flag("--json", f->json, "machine-readable output (the versions and the patch)");
  cmd->add_option("target", f->target, "run directory (or task directory)")->required();
  cmd->add_option("a", f->a, "older version (v2, seed, ...)")->required();
  cmd->add_option("b", f->b, "newer version (default: head)");
  cmd->add_option("--run", f->run, "run directory for a task target");
  cmd->callback([f] {
    auto run = OpenOrExit(f->target, f->run);
    Version a = OrExit(run->lineage().Resolve(f->a));
    Version b = OrExit(run->lineage().Resolve(f->b.empty() ? "head" : f->b));
    const std::string patch = OrExit(run->lineage().Diff(a.commit, b.commit));
    if (!f->json) {
      std::cout << patch;
      return;
    }
    auto side = [](const Version& v) {
      return nlohmann::json{{"version", v.number}, {"commit", v.commit}, {"scalar", v.scalar}};
    };
    std::cout << JsonText(nlohmann::json{{"from", side(a)}, {"to", side(b)}, {"patch", patch}})
              << "\n";
  });
}

}  // namespace avo::cli
