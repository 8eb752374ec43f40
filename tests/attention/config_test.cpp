// Parsing the $AVO_CONFIGS request (tasks/attention/harness/config.h).
#include "config.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace avo::attention {
namespace {

using nlohmann::json;

json params() {
  return {{"batch", 2},     {"heads_q", 8},    {"heads_kv", 2}, {"seqlen_q", 100},
          {"seqlen_k", 77}, {"head_dim", 128}, {"causal", true}};
}

json request() {
  return {{"suite", "smoke"},
          {"configs", json::array({{{"name", "a"}, {"params", params()}}})},
          {"tolerance", {{"atol", 0.5}, {"rtol", 0.25}}},
          {"baselines", true}};
}

TEST(ParseShape, ReadsEveryField) {
  AttentionShape s;
  std::string err;
  ASSERT_TRUE(parse_shape(params(), &s, &err)) << err;
  EXPECT_EQ(s.batch, 2);
  EXPECT_EQ(s.heads_q, 8);
  EXPECT_EQ(s.heads_kv, 2);
  EXPECT_EQ(s.seqlen_q, 100);
  EXPECT_EQ(s.seqlen_k, 77);
  EXPECT_EQ(s.head_dim, 128);
  EXPECT_TRUE(s.causal);
  EXPECT_EQ(s.q_elems(), 2 * 100 * 8 * 128);
  EXPECT_EQ(s.kv_elems(), 2 * 77 * 2 * 128);
  EXPECT_EQ(s.lse_elems(), 2 * 8 * 100);
}

TEST(ParseShape, CausalAcceptsZeroAndOne) {
  AttentionShape s;
  std::string err;
  json p = params();
  p["causal"] = 0;
  ASSERT_TRUE(parse_shape(p, &s, &err)) << err;
  EXPECT_FALSE(s.causal);
  p["causal"] = 2;
  EXPECT_FALSE(parse_shape(p, &s, &err));
  p["causal"] = "yes";
  EXPECT_FALSE(parse_shape(p, &s, &err));
}

TEST(ParseShape, RejectsMissingMistypedAndOutOfRange) {
  AttentionShape s;
  std::string err;
  for (const char* key :
       {"batch", "heads_q", "heads_kv", "seqlen_q", "seqlen_k", "head_dim", "causal"}) {
    json p = params();
    p.erase(key);
    EXPECT_FALSE(parse_shape(p, &s, &err)) << key;
    EXPECT_NE(err.find(key), std::string::npos) << err;
  }
  json p = params();
  p["seqlen_q"] = 0;
  EXPECT_FALSE(parse_shape(p, &s, &err));
  p = params();
  p["batch"] = 1.5;
  EXPECT_FALSE(parse_shape(p, &s, &err));
  p = params();
  p["seqlen_k"] = "77";
  EXPECT_FALSE(parse_shape(p, &s, &err));
}

TEST(ParseShape, RejectsHeadsThatDoNotGroup) {
  AttentionShape s;
  std::string err;
  json p = params();
  p["heads_kv"] = 3;  // 8 % 3 != 0
  EXPECT_FALSE(parse_shape(p, &s, &err));
  EXPECT_NE(err.find("multiple"), std::string::npos) << err;
}

TEST(ParseShape, RejectsHeadDimsTheReferenceLacks) {
  AttentionShape s;
  std::string err;
  json p = params();
  p["head_dim"] = 96;
  EXPECT_FALSE(parse_shape(p, &s, &err));
  for (int d : {64, 128, 256}) {
    p["head_dim"] = d;
    EXPECT_TRUE(parse_shape(p, &s, &err)) << d << ": " << err;
  }
}

TEST(ParseRequest, ReadsConfigsToleranceAndBaselines) {
  EvalRequest r;
  std::string err;
  ASSERT_TRUE(parse_request(request(), &r, &err)) << err;
  EXPECT_EQ(r.suite, "smoke");
  ASSERT_EQ(r.configs.size(), 1u);
  EXPECT_EQ(r.configs[0].name, "a");
  EXPECT_EQ(r.configs[0].shape.seqlen_k, 77);
  EXPECT_DOUBLE_EQ(r.tolerance.atol, 0.5);
  EXPECT_DOUBLE_EQ(r.tolerance.rtol, 0.25);
  EXPECT_DOUBLE_EQ(r.tolerance.lse_atol, Tolerance{}.lse_atol);  // not given: default
  EXPECT_TRUE(r.baselines);
}

TEST(ParseRequest, ToleranceIsOptionalAndExtraKeysAreIgnored) {
  EvalRequest r;
  std::string err;
  json q = request();
  q.erase("tolerance");
  ASSERT_TRUE(parse_request(q, &r, &err)) << err;
  EXPECT_DOUBLE_EQ(r.tolerance.atol, Tolerance{}.atol);
  q["tolerance"] = {{"max_rel_l2", 0.05}, {"something_else", "x"}};
  ASSERT_TRUE(parse_request(q, &r, &err)) << err;
  EXPECT_DOUBLE_EQ(r.tolerance.max_rel_l2, 0.05);
}

TEST(ParseRequest, RejectsBadTolerance) {
  EvalRequest r;
  std::string err;
  json q = request();
  q["tolerance"]["rtol"] = -1;
  EXPECT_FALSE(parse_request(q, &r, &err));
  q["tolerance"]["rtol"] = "tight";
  EXPECT_FALSE(parse_request(q, &r, &err));
}

TEST(ParseRequest, NamesTheBadConfig) {
  EvalRequest r;
  std::string err;
  json q = request();
  json bad = {{"name", "broken"}, {"params", params()}};
  bad["params"]["heads_q"] = -4;
  q["configs"].push_back(bad);
  EXPECT_FALSE(parse_request(q, &r, &err));
  EXPECT_NE(err.find("configs[1]"), std::string::npos) << err;
  EXPECT_NE(err.find("broken"), std::string::npos) << err;
}

TEST(ParseRequest, RejectsEmptyOrNamelessConfigs) {
  EvalRequest r;
  std::string err;
  json q = request();
  q["configs"] = json::array();
  EXPECT_FALSE(parse_request(q, &r, &err));
  q = request();
  q["configs"][0].erase("name");
  EXPECT_FALSE(parse_request(q, &r, &err));
  EXPECT_FALSE(parse_request(json::array(), &r, &err));
}

TEST(Shape, DescribeNamesEveryField) {
  AttentionShape s;
  std::string err;
  ASSERT_TRUE(parse_shape(params(), &s, &err));
  EXPECT_EQ(s.describe(), "b2 hq8 hkv2 sq100 sk77 d128 causal");
}

TEST(Shape, SoftmaxScaleIsInverseSqrtHeadDim) {
  EXPECT_FLOAT_EQ(softmax_scale_for(64), 0.125f);
  EXPECT_FLOAT_EQ(softmax_scale_for(128) * softmax_scale_for(128), 1.0f / 128);
}

}  // namespace
}  // namespace avo::attention
