// The avo-scripted-llm executable, as the CLI integration tests will use it.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>

#include "avo/llm/http.h"
#include "testing/temp_dir.h"

#ifdef AVO_SCRIPTED_LLM

namespace avo::llm {
namespace {

TEST(ScriptedLlmExecutable, ServesTheScriptAndLogsRequests) {
  avo::testing::TempDir dir;
  const auto script = dir.Write("script.json", R"({"turns": [{"text": "from the script"}]})");
  const auto log = dir.path() / "requests.jsonl";

  int out[2];
  ASSERT_EQ(pipe(out), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    execl(AVO_SCRIPTED_LLM, AVO_SCRIPTED_LLM, script.c_str(), "--requests", log.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  FILE* child_out = fdopen(out[0], "r");
  char line[64] = {0};
  ASSERT_NE(fgets(line, sizeof line, child_out), nullptr);
  int port = 0;
  ASSERT_EQ(std::sscanf(line, "port %d", &port), 1) << line;

  HttpRequest req;
  req.url = "http://127.0.0.1:" + std::to_string(port) + "/v1/chat/completions";
  req.headers = {{"Content-Type", "application/json"}};
  req.body = R"({"model": "m", "messages": [{"role": "user", "content": "hi"}]})";
  req.timeout_s = 5;
  auto r = HttpPost(req);
  kill(pid, SIGTERM);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  fclose(child_out);

  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("from the script"), std::string::npos);
  EXPECT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
  const std::string logged = avo::testing::ReadFile(log);
  EXPECT_NE(logged.find("/v1/chat/completions"), std::string::npos);
  EXPECT_NE(logged.find("\\\"hi\\\""), std::string::npos) << logged;
}

}  // namespace
}  // namespace avo::llm

#endif  // AVO_SCRIPTED_LLM
