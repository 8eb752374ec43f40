// avo-scripted-llm: the scripted LLM server as a process, for tests that run the real `avo` binary.
//
//   avo-scripted-llm SCRIPT.json [--port N] [--requests FILE] [--exit-on-stdin-eof]
//
// Prints "port N" on the first line of stdout (flushed) once it is listening, then serves until
// SIGINT/SIGTERM (or, with --exit-on-stdin-eof, until stdin reaches end of file, so a parent that
// holds the pipe and dies takes the server along).
// Lives outside tests/testing/*.cpp so the avo_testing library's glob does not pick up its main().
// With --requests, every request is appended to FILE as one JSON line
// {"path", "headers", "body"} as it arrives, so nothing is lost when the server is killed.
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "testing/llm_server.h"

namespace {

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop.store(true); }

int Usage() {
  std::cerr
      << "usage: avo-scripted-llm SCRIPT.json [--port N] [--requests FILE] [--exit-on-stdin-eof]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string script_path;
  std::string requests_path;
  int port = 0;
  bool exit_on_eof = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--port" && i + 1 < argc) {
      port = std::stoi(argv[++i]);
    } else if (arg == "--requests" && i + 1 < argc) {
      requests_path = argv[++i];
    } else if (arg == "--exit-on-stdin-eof") {
      exit_on_eof = true;
    } else if (script_path.empty() && arg.rfind("--", 0) != 0) {
      script_path = arg;
    } else {
      return Usage();
    }
  }
  if (script_path.empty()) return Usage();

  std::ifstream in(script_path);
  if (!in) {
    std::cerr << "avo-scripted-llm: cannot read " << script_path << "\n";
    return 1;
  }
  const nlohmann::json script = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (script.is_discarded()) {
    std::cerr << "avo-scripted-llm: " << script_path << " is not JSON\n";
    return 1;
  }
  auto turns = avo::testing::ParseScript(script);
  if (!turns.ok()) {
    std::cerr << "avo-scripted-llm: " << turns.status().message() << "\n";
    return 1;
  }

  avo::testing::ScriptedLlmServer server(std::move(turns).value(), port);
  if (!server.ok()) {
    std::cerr << "avo-scripted-llm: cannot listen on 127.0.0.1\n";
    return 1;
  }
  std::mutex log_mu;
  if (!requests_path.empty()) {
    server.SetOnRequest([&](const avo::testing::RecordedRequest& r) {
      const nlohmann::json line = {{"path", r.path}, {"headers", r.headers}, {"body", r.body}};
      std::lock_guard<std::mutex> lock(log_mu);
      std::ofstream out(requests_path, std::ios::app);
      out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    });
  }

  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::cout << "port " << server.port() << std::endl;

  while (!g_stop.load()) {
    if (!exit_on_eof) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      continue;
    }
    pollfd p{STDIN_FILENO, POLLIN, 0};
    if (poll(&p, 1, 100) > 0) {
      char buf[256];
      if (read(STDIN_FILENO, buf, sizeof buf) <= 0) break;  // end of file: the parent is gone
    }
  }
  return 0;
}
