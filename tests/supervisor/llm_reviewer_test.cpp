#include "avo/supervisor/llm_reviewer.h"

#include <gtest/gtest.h>

#include "testing/llm_server.h"

namespace avo {
namespace {
using testing::ScriptedLlmServer;
using testing::ScriptedTurn;

TEST(ParseReviewTest, ReadsJsonFencedJsonAndBullets) {
  auto j = ParseReview(
      R"({"review": "stuck on tiling", "directions": ["try a 128x64 tile", " ", "pipeline the loads"]})");
  ASSERT_TRUE(j.ok());
  EXPECT_EQ(j->review, "stuck on tiling");
  EXPECT_EQ(j->directions, (std::vector<std::string>{"try a 128x64 tile", "pipeline the loads"}));
  auto fenced = ParseReview("Here:\n```json\n{\"review\": \"r\", \"directions\": [\"a\"]}\n```\n");
  ASSERT_TRUE(fenced.ok());
  EXPECT_EQ(fenced->directions, std::vector<std::string>{"a"});
  auto bullets = ParseReview(
      "The agent keeps failing to compile.\n\n1. Fix the build first\n2) Smaller tiles\n- Read the "
      "notes\n");
  ASSERT_TRUE(bullets.ok());
  EXPECT_EQ(bullets->review, "The agent keeps failing to compile.");
  EXPECT_EQ(bullets->directions,
            (std::vector<std::string>{"Fix the build first", "Smaller tiles", "Read the notes"}));
  EXPECT_FALSE(ParseReview("I have no idea.").ok());
}

TEST(LlmReviewerTest, ReviewsTheTrajectoryWithOneCall) {
  ScriptedLlmServer server(
      {ScriptedTurn::Text(R"({"review": "r", "directions": ["d1", "d2", "d3"]})")});
  llm::ProviderConfig c;
  c.kind = "openai";
  c.base_url = server.openai_base_url();
  c.model = "m";
  LlmReviewer reviewer(std::move(llm::MakeProvider(c)).value(), 2);
  Trajectory t;
  t.trigger = "6 correct candidates in a row were rejected by the gate";
  Version v;
  v.number = 0;
  v.scalar = 11;
  v.summary = "v0: seed";
  t.versions = {v};
  AttemptRecord a;
  a.id = 4;
  a.status = "rejected";
  a.reason = "rejected: 9 vs best 11";
  a.message = "unrolled the loop";
  t.attempts = {a};
  t.notes = "tiling by 8 was slower";
  auto iv = reviewer.Review(t);
  ASSERT_TRUE(iv.ok()) << iv.status().message();
  EXPECT_EQ(iv->directions.size(), 2u);  // capped
  const std::string body = server.requests().at(0).body;
  for (const char* s : {"6 correct candidates in a row", "rejected: 9 vs best 11",
                        "unrolled the loop", "tiling by 8", "v0 11"}) {
    EXPECT_NE(body.find(s), std::string::npos) << s;
  }
  // A provider failure is an error the supervisor turns into its fallback.
  ScriptedLlmServer down({ScriptedTurn::Error(401, "authentication_error", "bad key")});
  c.base_url = down.openai_base_url();
  LlmReviewer failing(std::move(llm::MakeProvider(c)).value());
  EXPECT_FALSE(failing.Review(t).ok());
}

}  // namespace
}  // namespace avo
