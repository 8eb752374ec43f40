// `avo report RUN` writes the run's report as one self-contained HTML page; `avo serve RUN`
// serves the same page on loopback, rebuilt on every request so that it follows a running evolve.
// Neither takes the run's lock.
#include <httplib.h>
#include <pthread.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "avo/report/html_report.h"
#include "avo/report/run_report.h"
#include "avo/util/fs.h"
#include "common.h"
#include "validators.h"

namespace avo::cli {
namespace {

// Opens the run read-only each time: a served page sees every attempt that landed since the
// last request.
Result<RunReport> ReportOf(const std::filesystem::path& dir) {
  auto run = Run::Open(dir, false);
  if (!run.ok()) return run.status();
  return BuildRunReport(dir.string(), (*run)->task(), (*run)->lineages(), (*run)->archive());
}

std::filesystem::path RunDirOrExit(const std::string& target) {
  auto dir = OrExit(RunDirFor(target, ""));
  if (!Run::Exists(dir)) Exit(Fail(dir.string() + " is not a run directory (no run.json)"));
  return dir;
}

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct ServeFlags {
  std::string target, host = "127.0.0.1", peers;
  int port = 8080;
  int refresh_s = 30;
};

void Route(httplib::Server& server, const std::filesystem::path& dir, const std::string& js,
           int refresh_s, const std::optional<PeerTable>& peers) {
  server.Get("/", [dir, js, refresh_s, peers](const httplib::Request&, httplib::Response& res) {
    auto report = ReportOf(dir);
    if (!report.ok()) {
      res.status = 500;
      res.set_content("avo: error: " + report.status().message() + "\n", "text/plain");
      return;
    }
    res.set_content(RenderHtmlReport(*report, {js, refresh_s, peers}), "text/html; charset=utf-8");
  });
  server.Get("/report.json", [dir](const httplib::Request&, httplib::Response& res) {
    auto report = ReportOf(dir);
    if (!report.ok()) {
      res.status = 500;
      res.set_content("avo: error: " + report.status().message() + "\n", "text/plain");
      return;
    }
    res.set_content(JsonText(RunReportJson(*report)), "application/json");
  });
}

// A connection holds one of the server's threads while it is read, answered or kept alive, so
// idle or slow clients could otherwise take every thread and keep the next client waiting: each
// read and write has a one-second bound, a kept-alive connection is closed after a second idle,
// and the pool has threads for many such clients at once. Requests carry no body.
void LimitSlowClients(httplib::Server& server) {
  constexpr size_t kThreads = 128;
  server.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  server.set_read_timeout(std::chrono::seconds(1));
  server.set_write_timeout(std::chrono::seconds(1));
  server.set_keep_alive_timeout(1);
  server.set_keep_alive_max_count(100);
  server.set_payload_max_length(size_t{64} << 10);
}

void Serve(const ServeFlags& f, bool host_given) {
  const std::filesystem::path dir = RunDirOrExit(f.target);
  OrExit(ReportOf(dir));  // a damaged run fails now, not on the first request
  const std::string js = OrExit(LoadChartJs());
  std::optional<PeerTable> peers;
  if (!f.peers.empty()) peers = OrExit(ReadPeerTable(f.peers));
  if (!IsLoopback(f.host)) {
    if (!host_given) Exit(Fail("refusing to serve on non-loopback host " + f.host));
    std::cerr << "avo: warning: serving on " << f.host
              << ", not loopback: anyone who can reach this port can read the run\n";
  }
  httplib::Server server;
  LimitSlowClients(server);
  Route(server, dir, js, f.refresh_s, peers);
  // SIGINT and SIGTERM are blocked before any thread starts (httplib's workers inherit the
  // mask) and taken here by sigwait, so the server stops between requests, not inside one.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  const int port = f.port == 0 ? server.bind_to_any_port(f.host)
                               : (server.bind_to_port(f.host, f.port) ? f.port : -1);
  if (port <= 0) Exit(Fail("cannot listen on " + f.host + ":" + std::to_string(f.port)));
  std::thread listener([&server] { server.listen_after_bind(); });
  // stop() does nothing until the accept loop runs.
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const std::string shown = f.host.find(':') != std::string::npos ? "[" + f.host + "]" : f.host;
  std::cout << "serving http://" << shown << ":" << port << "/" << std::endl;
  int sig = 0;
  sigwait(&signals, &sig);
  server.stop();
  listener.join();
  std::cerr << "stopped by signal " << sig << "\n";
}

}  // namespace

void AddReport(CLI::App& app) {
  struct Flags {
    std::string target, output, peers;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "report", "write the run's report: one HTML page with charts, attempts, versions, costs");
  cmd->add_option("target", f->target, "run directory")->required();
  cmd->add_option("-o,--output", f->output, "where to write the page (default RUN/report.html)");
  cmd->add_option("--peers", f->peers,
                  "the peer benchmark's JSON (kernels/attention/python/benchmarks/peers.py "
                  "--json): drawn as a chart of its own");
  cmd->callback([f] {
    const std::filesystem::path dir = RunDirOrExit(f->target);
    // Everything is read before anything is written: bad input leaves no file behind.
    const std::string js = OrExit(LoadChartJs());
    const RunReport report = OrExit(ReportOf(dir));
    HtmlReportOptions options{js, 0, std::nullopt};
    if (!f->peers.empty()) options.peers = OrExit(ReadPeerTable(f->peers));
    const std::filesystem::path out =
        f->output.empty() ? dir / "report.html" : std::filesystem::path(f->output);
    if (Status st = WriteFileAtomic(out, RenderHtmlReport(report, options)); !st.ok())
      Exit(Fail(st));
    std::cout << out.string() << "\n";
  });
}

void AddServe(CLI::App& app) {
  auto f = std::make_shared<ServeFlags>();
  auto* cmd = app.add_subcommand(
      "serve", "serve the run's report over HTTP on loopback, rebuilt on every request");
  cmd->add_option("target", f->target, "run directory")->required();
  cmd->add_option("--port", f->port, "port to listen on (0: any free port)")->check(Port());
  auto* host = cmd->add_option("--host", f->host, "address to listen on (default 127.0.0.1)");
  cmd->add_option("--refresh", f->refresh_s, "seconds between the page's reloads (0: never)")
      ->check(WholeNumber(0, 86400));
  cmd->add_option("--peers", f->peers,
                  "the peer benchmark's JSON (peers.py --json), read once: drawn as a chart");
  cmd->callback([f, host] { Serve(*f, host->count() > 0); });
}

}  // namespace avo::cli
