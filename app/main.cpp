// avo: evolutionary search with agentic variation operators (AVO, arXiv 2603.24517).
// Each subcommand is a thin layer over the library; see `avo --help`.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "avo/util/process.h"
#include "common.h"
#include "terminal_safe.h"

int main(int argc, char** argv) {
  // Children of evaluations that escape their process group become ours to kill.
  avo::EnableOrphanReaping();
  // Log lines go to stderr with the progress lines: stdout carries only what a command prints
  // as its result (a path, a table, JSON), so that scripts and agents can read it.
  spdlog::set_default_logger(spdlog::stderr_color_mt("avo"));
  // Operators' text (messages, labels, reasons, files) reaches stdout escaped (terminal_safe.h),
  // and stderr too: progress lines and errors carry model and server text.
  const avo::cli::TerminalSafeOutput safe_stdout(std::cout);
  const avo::cli::TerminalSafeOutput safe_stderr(std::cerr);
  CLI::App app{"avo: evolve programs with agentic variation operators (AVO, arXiv 2603.24517)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "avo 0.1.0");
  avo::cli::AddInit(app);
  avo::cli::AddEvolve(app);
  avo::cli::AddStatus(app);
  avo::cli::AddLog(app);
  avo::cli::AddShow(app);
  avo::cli::AddDiff(app);
  avo::cli::AddEval(app);
  avo::cli::AddKb(app);
  avo::cli::AddRemeasure(app);
  avo::cli::AddStep(app);
  avo::cli::AddReport(app);
  avo::cli::AddServe(app);
  avo::cli::AddExport(app);
  avo::cli::AddImport(app);
  avo::cli::AddAddSuites(app);
  avo::cli::AddMcp(app);
  // CLI11 calls both a missing and a misspelt command "A subcommand is required".
  if (argc < 2) {
    std::cerr << "avo: error: a command is required (see avo --help)\n";
    return 2;
  }
  std::string names;
  bool known = argv[1][0] == '-';
  for (const auto* sub : app.get_subcommands({})) {
    names += (names.empty() ? "" : ", ") + sub->get_name();
    known = known || sub->get_name() == argv[1];
  }
  if (!known) {
    const std::string shown = std::string(argv[1]).substr(0, 64);  // escaped by safe_stderr
    std::cerr << "avo: error: unknown command '" << shown << "' (commands: " << names << ")\n";
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();  // a command failed and has printed its one-line error
  } catch (const CLI::ParseError& e) {
    // One line, not CLI11's usage dump.
    std::cerr << "avo: error: " << e.what() << " (see avo --help)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "avo: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
