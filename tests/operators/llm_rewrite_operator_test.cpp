// The llm-rewrite baseline: one scripted reply, parsed and submitted through the real engine.
#include "avo/operators/llm_rewrite_operator.h"

#include <gtest/gtest.h>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/llm_server.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {
using testing::ScriptedLlmServer;
using testing::ScriptedTurn;

TEST(RewriteReplyTest, ParsesFencedFilesAndTheMessage) {
  auto r = ParseRewriteReply(
      "Raise x to 2.\nBecause bigger is better.\n\n### FILE: params.txt\n```text\nx = "
      "2\n```\n\nDone.\n",
      {"params.txt"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->message, "Raise x to 2.\nBecause bigger is better.");
  EXPECT_EQ(r->files.at("params.txt"), "x = 2\n");
  // A fence inside the file does not end it early: the last fence before the next header does.
  auto inner = ParseRewriteReply("m\n### FILE: a.md\n```\nx\n```\ny\n```\n", {"*.md"});
  ASSERT_TRUE(inner.ok());
  EXPECT_EQ(inner->files.at("a.md"), "x\n```\ny\n");
}

TEST(RewriteReplyTest, RefusesWhatItCannotUse) {
  EXPECT_NE(ParseRewriteReply("just prose", {"p.txt"}).status().message().find("no '### FILE"),
            std::string::npos);
  EXPECT_NE(ParseRewriteReply("### FILE: evaluate.sh\n```\nx\n```\n", {"p.txt"})
                .status()
                .message()
                .find("not an editable file"),
            std::string::npos);
  EXPECT_NE(ParseRewriteReply("### FILE: ../p.txt\n```\nx\n```\n", {"**"})
                .status()
                .message()
                .find("not a path inside"),
            std::string::npos);
  EXPECT_NE(ParseRewriteReply("### FILE: p.txt\n```\nx = 2\n", {"p.txt"})
                .status()
                .message()
                .find("not closed"),
            std::string::npos);
}

class LlmRewriteTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LlmRewriteTest, AScriptedRewriteIsCommitted) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  auto run = std::move(avo::Run::Create(d.path() / "task", d.path() / "run")).value();
  LocalEvaluator ev(run->task(), avo::testing::EvaluatorOptions(run->paths().scratch()));
  ScriptedLlmServer server(
      {ScriptedTurn::Text("Set x to 3 and y to 2.\n\n### FILE: params.txt\n```\nx = 3  # avo:knob "
                          "x\ny = 2  # avo:knob y\n```\n")});
  llm::ProviderConfig c;
  c.kind = GetParam();
  c.base_url = GetParam() == "anthropic" ? server.anthropic_base_url() : server.openai_base_url();
  c.model = "scripted";
  LlmRewriteOperator op(std::move(llm::MakeProvider(c)).value());
  Engine engine(*run, ev, op, nullptr);
  EvolveOptions o;
  o.steps = 1;
  auto s = engine.Evolve(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->commits, 1);
  EXPECT_DOUBLE_EQ((*run->lineage().Head())->scalar, 32);
  const std::string prompt = server.requests().at(0).body;
  EXPECT_NE(prompt.find("### FILE: params.txt"),
            std::string::npos);  // the parent's files were shown
  auto attempts = *run->archive().Attempts(1);
  EXPECT_EQ(attempts[0].op, "llm-rewrite");
  EXPECT_EQ(attempts[0].cost.tokens_in, 10);
}

INSTANTIATE_TEST_SUITE_P(BothFormats, LlmRewriteTest, ::testing::Values("openai", "anthropic"));

}  // namespace
}  // namespace avo
