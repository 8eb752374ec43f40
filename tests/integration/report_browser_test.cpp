// `avo report` and `avo serve` on a real run, checked in a real headless browser: Chromium loads
// the page, Chart.js (inlined from libjs-chart.js) draws the charts, and the DOM it dumps shows
// them, the run's attempts and its best version; a screenshot shows something other than a blank
// page. scripts/install-deps.sh installs chromium; only where its binary is absent do these skip.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "avo/lineage/trailers.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

const std::string kAvo = AVO_BINARY;

std::string ChromiumBinary() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (access(p, X_OK) == 0) return p;
  }
  return "";
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class ReportBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = ChromiumBinary();
    if (chromium_.empty()) GTEST_SKIP() << "chromium is not installed (scripts/install-deps.sh)";
    testing::WriteFakeTask(d_.path() / "task");
    run_ = (d_.path() / "run").string();
    auto r = testing::Run(testing::AvoArgv({kAvo, "evolve", (d_.path() / "task").string(), "--run",
                                            run_, "--steps", "6", "--seed", "3"}),
                          300);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto status = nlohmann::json::parse(testing::Run({kAvo, "status", run_, "--json"}).out);
    attempts_ = status["attempts"].get<int>();
    best_ = status["best"]["version"].get<int>();
  }

  // Chromium, headless, with its profile and HOME in the test's directory; a minute at most.
  ProcessResult Chromium(const std::vector<std::string>& args) {
    ProcessOptions o;
    o.argv = {chromium_, "--headless=new", "--no-sandbox", "--disable-gpu",
              "--user-data-dir=" + (d_.path() / "profile").string()};
    o.argv.insert(o.argv.end(), args.begin(), args.end());
    o.env = {{"HOME", d_.path().string()}};
    o.timeout = std::chrono::seconds(60);
    o.output_cap_bytes = std::size_t{16} * 1024 * 1024;
    auto r = RunProcess(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : ProcessResult{};
  }

  // What every rendering of this run's report shows once Chart.js has run in the browser.
  void ExpectDrawnReport(const std::string& dom) {
    EXPECT_NE(dom.find("data-charts-ready=\"2\""), std::string::npos)
        << "Chart.js did not draw both charts";
    EXPECT_EQ(Count(dom, "<canvas"), 2u);
    EXPECT_EQ(Count(dom, "<tr class=\"attempt "), static_cast<std::size_t>(attempts_));
    EXPECT_NE(dom.find("best v" + std::to_string(best_) + " "), std::string::npos);
    EXPECT_NE(dom.find("id=\"v" + std::to_string(best_) + "\""), std::string::npos);
  }

  testing::TempDir d_;
  std::string chromium_, run_;
  int attempts_ = 0, best_ = -1;
};

// A PNG (by its signature) large enough and varied enough not to be a blank page: a one-colour
// 1200x2000 PNG compresses to a few KB, and its compressed bytes repeat a handful of values.
void ExpectNotBlankPng(const std::filesystem::path& png) {
  const std::string bytes = testing::ReadFile(png);
  ASSERT_GT(bytes.size(), 20'000u) << "screenshot too small to show the report";
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  std::set<unsigned char> distinct(bytes.begin() + 64, bytes.end());
  EXPECT_GT(distinct.size(), 200u);
}

TEST_F(ReportBrowserTest, TheWrittenPageDrawsItsChartsInChromium) {
  const std::string html = (d_.path() / "out" / "report.html").string();
  std::filesystem::create_directories(d_.path() / "out");
  auto r = testing::Run({kAvo, "report", run_, "-o", html});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, html + "\n");
  const std::string page = testing::ReadFile(html);
  EXPECT_EQ(page.find("http://"), std::string::npos);  // nothing to fetch: self-contained
  EXPECT_EQ(page.find("https://"), page.find("https://www.chartjs.org"));  // only its banner
  auto dom = Chromium({"--dump-dom", "file://" + html});
  ExpectDrawnReport(dom.out);
  const auto png = d_.path() / "shot.png";
  Chromium({"--screenshot=" + png.string(), "--window-size=1200,2000", "file://" + html});
  ExpectNotBlankPng(png);
  // Without -o the page goes into the run.
  ASSERT_EQ(testing::Run({kAvo, "report", run_}).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(run_) / "report.html"));
}

// A population's report draws its genealogy: one node per version of every island, a descent
// edge per version after the seed, and a dashed migration edge per migrant, from the version it
// came from; Chromium lays the SVG out (each node gets a box of its own).
TEST_F(ReportBrowserTest, APopulationsReportDrawsItsGenealogy) {
  const std::string run = (d_.path() / "islands").string();
  auto r = testing::Run(
      testing::AvoArgv({kAvo, "evolve", (d_.path() / "task").string(), "--run", run, "--islands",
                        "2", "--migrate-every", "1", "--steps", "12", "--seed", "4"}),
      300);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // What the lineages hold, read with git: versions per island and migrants (Avo-Migrant).
  std::size_t versions = 0, migrants = 0;
  for (const std::string branch : {"main", "island-1"}) {
    auto log = testing::Run(
        {"git", "--git-dir", run + "/lineage.git", "log", branch,
         std::string("--format=%(trailers:key=") + trailer::kMigrant + ",valueonly)%x00"});
    ASSERT_EQ(log.exit_code, 0) << log.err;
    versions += Count(log.out, std::string(1, '\0'));
    migrants += Count(log.out, "island ");
  }
  ASSERT_GE(migrants, 1u) << "twelve steps with migration every step made no migrant";
  const std::string html = (d_.path() / "islands.html").string();
  ASSERT_EQ(testing::Run({kAvo, "report", run, "-o", html}).exit_code, 0);
  // A script that measures each node's laid-out box and writes the counts into the page.
  std::string page = testing::ReadFile(html);
  page.replace(page.rfind("</body>"), 7,
               "<script>const ns=[...document.querySelectorAll('#genealogy .node')];"
               "document.body.dataset.genealogyBoxes=String(ns.filter(n=>{const b=n.getBBox();"
               "return b.width>0&&b.height>0;}).length);</script></body>");
  std::ofstream(html, std::ios::trunc) << page;
  auto dom = Chromium({"--dump-dom", "file://" + html});
  EXPECT_NE(dom.out.find("<h2>Genealogy</h2>"), std::string::npos);
  EXPECT_EQ(Count(dom.out, "<g class=\"node\""), versions);
  EXPECT_EQ(Count(dom.out, "class=\"edge descent\""), versions - 2);  // all but the two seeds
  EXPECT_EQ(Count(dom.out, "class=\"edge migration\""), migrants);
  EXPECT_NE(dom.out.find("data-genealogy-boxes=\"" + std::to_string(versions) + "\""),
            std::string::npos)
      << "not every node was laid out";
  // A single lineage has no genealogy section.
  const std::string single = (d_.path() / "single.html").string();
  ASSERT_EQ(testing::Run({kAvo, "report", run_, "-o", single}).exit_code, 0);
  EXPECT_EQ(testing::ReadFile(single).find("<h2>Genealogy</h2>"), std::string::npos);
}

// With the peer benchmark's JSON (peers.py --json), the page draws a third chart: every
// backend's TFLOPS per configuration, captioned with the device, clocks and versions; a backend
// the benchmark found wrong is left out. A file that is not such a table is one line, no page.
TEST_F(ReportBrowserTest, ThePeerBenchmarksTableIsDrawnBesideTheRun) {
  const auto peers = d_.path() / "peers.json";
  std::ofstream(peers) << R"json({"device": "NVIDIA H100 80GB HBM3", "date": "2026-12-07",
    "clocks": "1665 MHz", "versions": {"fa3": "fa3-fwd 0.0.3"},
    "rows": [
      {"name": "mha_s4096_nc", "tflops": {"avo": 648.4, "cudnn": 638.0, "fa3": 699.9, "fa4": 1.0},
       "status": {"avo": "ok", "cudnn": "ok", "fa3": "ok", "fa4": "wrong"}},
      {"name": "mha_s4096_c", "tflops": {"avo": 570.5, "cudnn": 550.7, "fa3": 671.4}}]})json";
  const std::string html = (d_.path() / "peers.html").string();
  auto r = testing::Run({kAvo, "report", run_, "-o", html, "--peers", peers.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto dom = Chromium({"--dump-dom", "file://" + html});
  EXPECT_NE(dom.out.find("data-charts-ready=\"3\""), std::string::npos)
      << "Chart.js did not draw the peers' chart";
  EXPECT_EQ(Count(dom.out, "<canvas"), 3u);
  EXPECT_NE(dom.out.find("NVIDIA H100 80GB HBM3; 2026-12-07; clocks 1665 MHz"), std::string::npos);
  const std::string page = testing::ReadFile(html);
  EXPECT_NE(page.find("\"backends\":[\"avo\",\"cudnn\",\"fa3\"]"), std::string::npos)
      << "fa4, reported wrong, must not be drawn";

  std::ofstream(peers, std::ios::trunc)
      << R"json({"rows": [{"name": "x", "tflops": {"a": -1}}]})json";
  const std::string bad = (d_.path() / "bad.html").string();
  auto refused = testing::Run({kAvo, "report", run_, "-o", bad, "--peers", peers.string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("rows[0].tflops.a: not a positive number"), std::string::npos)
      << refused.err;
  EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(bad));
}

TEST_F(ReportBrowserTest, NotARunIsOneLineAndWritesNothing) {
  const auto out = d_.path() / "nothing.html";
  auto r = testing::Run({kAvo, "report", (d_.path() / "task").string(), "-o", out.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Count(r.err, "\n"), 1u) << r.err;
  EXPECT_NE(r.err.find("avo: error:"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

// `avo serve` as a child process: its first stdout line names the port.
class ServeProcess {
 public:
  explicit ServeProcess(const std::string& run, const std::string& peers = "") {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      if (peers.empty()) {
        execl(kAvo.c_str(), kAvo.c_str(), "serve", run.c_str(), "--port", "0", nullptr);
      } else {
        execl(kAvo.c_str(), kAvo.c_str(), "serve", run.c_str(), "--port", "0", "--peers",
              peers.c_str(), nullptr);
      }
      _exit(127);
    }
    close(out[1]);
    char c = 0;
    while (read(out[0], &c, 1) == 1 && c != '\n') line_ += c;
    close(out[0]);
    std::smatch m;
    if (std::regex_match(line_, m, std::regex(R"(serving http://127\.0\.0\.1:(\d+)/)")))
      port_ = std::stoi(m[1]);
  }
  ~ServeProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  // SIGTERM, then the exit status (-1 unless it exited normally).
  int Terminate() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] const std::string& line() const { return line_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string line_;
};

TEST_F(ReportBrowserTest, TheServedPageDrawsItsChartsAndFollowsTheRun) {
  ServeProcess serve(run_);
  ASSERT_GT(serve.port(), 0) << "first line: " << serve.line();
  httplib::Client client("127.0.0.1", serve.port());
  client.set_read_timeout(60, 0);
  auto page = client.Get("/");
  ASSERT_TRUE(page) << httplib::to_string(page.error());
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("http-equiv=\"refresh\" content=\"30\""), std::string::npos);
  auto json = client.Get("/report.json");
  ASSERT_TRUE(json);
  auto j = nlohmann::json::parse(json->body);
  EXPECT_EQ(j["attempts"].size(), static_cast<std::size_t>(attempts_));
  EXPECT_EQ(j["versions"].back()["number"], best_);
  auto dom = Chromium({"--dump-dom", "http://127.0.0.1:" + std::to_string(serve.port()) + "/"});
  ExpectDrawnReport(dom.out);
  // A step that lands while serving shows on the next request.
  auto more = testing::Run(testing::AvoArgv({kAvo, "evolve", run_, "--steps", "1"}), 300);
  ASSERT_EQ(more.exit_code, 0) << more.err;
  auto again = client.Get("/report.json");
  ASSERT_TRUE(again);
  EXPECT_EQ(nlohmann::json::parse(again->body)["attempts"].size(),
            static_cast<std::size_t>(attempts_ + 1));
  EXPECT_EQ(serve.Terminate(), 0);
}

// Idle and slow connections do not keep another client waiting: with 40 connections that send
// nothing and 40 that trickle a request one byte at a time, an ordinary request is answered
// within a second of what it takes alone.
// `avo serve --peers FILE` reads the table once and draws it on every page it serves.
TEST_F(ReportBrowserTest, TheServedPageDrawsThePeersToo) {
  const auto peers = d_.path() / "peers.json";
  std::ofstream(peers)
      << R"json({"device": "H100", "rows": [{"name": "c", "tflops": {"fa3": 7.0}}]})json";
  ServeProcess serve(run_, peers.string());
  ASSERT_GT(serve.port(), 0) << "first line: " << serve.line();
  auto dom = Chromium({"--dump-dom", "http://127.0.0.1:" + std::to_string(serve.port()) + "/"});
  EXPECT_NE(dom.out.find("data-charts-ready=\"3\""), std::string::npos);
  EXPECT_NE(dom.out.find("id=\"chart-peers\""), std::string::npos);
  EXPECT_EQ(serve.Terminate(), 0);
}

TEST_F(ReportBrowserTest, SlowClientsDoNotDelayAnother) {
  ServeProcess serve(run_);
  ASSERT_GT(serve.port(), 0) << "first line: " << serve.line();
  auto timed_get = [&] {
    httplib::Client client("127.0.0.1", serve.port());
    client.set_read_timeout(30, 0);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = client.Get("/report.json");
    EXPECT_TRUE(r) << httplib::to_string(r.error());
    if (r) {
      EXPECT_EQ(r->status, 200);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  const double alone = std::max(timed_get(), timed_get());
  auto connect = [&] {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(serve.port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    return fd;
  };
  std::vector<int> idle, slow;
  for (int i = 0; i < 40; ++i) idle.push_back(connect());
  for (int i = 0; i < 40; ++i) slow.push_back(connect());
  std::atomic<bool> stop{false};
  std::thread trickle([&] {
    const std::string request = "GET /report.json HTTP/1.1\r\nHost: x\r\n";
    for (size_t k = 0; !stop; k = (k + 1) % request.size()) {
      for (int fd : slow) send(fd, &request[k], 1, MSG_NOSIGNAL);
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const double loaded = timed_get();
  stop = true;
  trickle.join();
  for (int fd : idle) close(fd);
  for (int fd : slow) close(fd);
  EXPECT_LT(loaded, alone + 1.0) << "alone " << alone << " s, beside 80 slow clients " << loaded;
  EXPECT_EQ(serve.Terminate(), 0);
}

}  // namespace
}  // namespace avo
