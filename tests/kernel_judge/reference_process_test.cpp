// The reference runs in a process of its own (reference_runner.py under python3, numpy here; the
// GPU machines use torch): inputs go in as bytes in their declared dtypes, the reference's
// outputs come back the same way, and every way it can fail is one line with the judge going on.
#include "reference_process.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>

#include "bf16.h"
#include "testing/temp_dir.h"

namespace avo::kernel_judge {
namespace {

// RMSNorm over the last axis in float32, the tests' reference; bf16 comes in widened.
const char* kReference = R"py(import numpy as np
import os, time

def rms_norm(x, weight):
    x = x.astype(np.float32)
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + 1e-6) * weight

def twice(x, weight):
    return {"y": x * 2}

def raises(x, weight):
    return x[10 ** 9]

def wrong_shape(x, weight):
    return x[:1]

def sleeps(x, weight):
    time.sleep(30)

def dies(x, weight):
    os._exit(3)

def forges(x, weight):
    import struct
    body = b'{"ok": "yes", "outputs": 7}'
    os.write(1, struct.pack("<Q", len(body)) + body)
    return x

def chatty(x, weight):
    print("a print() from the reference")
    return x
)py";

using gpu_judge::bf16_to_float;
using gpu_judge::float_to_bf16;

// Element i of a bf16 tensor's bytes, widened.
double Bf16At(const std::vector<uint8_t>& bytes, size_t i) {
  return bf16_to_float(static_cast<uint16_t>(bytes[2 * i] | bytes[2 * i + 1] << 8));
}

class ReferenceProcessTest : public ::testing::Test {
 protected:
  void SetUp() override { std::ofstream(dir_.path() / "reference.py") << kReference; }

  std::string Start(ReferenceProcess* p, const std::string& function,
                    const std::string& file = "reference.py") {
    ReferenceSpec spec;
    spec.runner = AVO_REFERENCE_RUNNER;
    spec.task_dir = dir_.path().string();
    spec.file = file;
    spec.function = function;
    spec.framework = "numpy";
    return p->start(spec, 60);
  }

  // x: bf16 [rows, cols] of (i % 7) - 3 + i / 64, weight: f32 [cols] of 0.5 .. ; y declared f32.
  static std::vector<ReferenceTensor> Inputs(size_t rows, size_t cols) {
    const auto r = static_cast<int64_t>(rows), c = static_cast<int64_t>(cols);
    ReferenceTensor x{"x", DType::kBF16, {r, c}, {}};
    x.bytes.reserve(2 * rows * cols);
    for (size_t i = 0; i < rows * cols; ++i) {
      const float v =
          static_cast<float>(static_cast<int>(i % 7) - 3) + static_cast<float>(i) / 64.f;
      const uint16_t b = float_to_bf16(v);
      x.bytes.push_back(static_cast<uint8_t>(b & 0xFF));
      x.bytes.push_back(static_cast<uint8_t>(b >> 8));
    }
    ReferenceTensor w{"weight", DType::kF32, {c}, {}};
    for (size_t j = 0; j < cols; ++j) {
      const float v = 0.5f + 0.25f * static_cast<float>(j);
      const auto* p = reinterpret_cast<const uint8_t*>(&v);
      w.bytes.insert(w.bytes.end(), p, p + 4);
    }
    return {x, w};
  }

  testing::TempDir dir_;
};

TEST_F(ReferenceProcessTest, OutputsComeBackInTheirDeclaredDtype) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "rms_norm"), "");
  const size_t rows = 3, cols = 5;
  const auto in = Inputs(rows, cols);
  std::vector<ReferenceTensor> out = {
      {"y", DType::kBF16, {static_cast<int64_t>(rows), static_cast<int64_t>(cols)}, {}}};
  ASSERT_EQ(p.run(in, &out, 60), "");
  ASSERT_EQ(out[0].bytes.size(), rows * cols * 2);
  for (size_t r = 0; r < rows; ++r) {
    double ss = 0;
    for (size_t c = 0; c < cols; ++c) ss += std::pow(Bf16At(in[0].bytes, r * cols + c), 2);
    for (size_t c = 0; c < cols; ++c) {
      const double x = Bf16At(in[0].bytes, r * cols + c);
      const double want = x / std::sqrt(ss / cols + 1e-6) * (0.5 + 0.25 * static_cast<double>(c));
      const double got = Bf16At(out[0].bytes, r * cols + c);
      EXPECT_NEAR(got, want, std::fabs(want) * 4e-3 + 1e-6) << r << "," << c;  // bf16's rounding
    }
  }
  // The process serves further calls: a second one with other sizes.
  std::vector<ReferenceTensor> out2 = {{"y", DType::kF32, {2, 4}, {}}};
  EXPECT_EQ(p.run(Inputs(2, 4), &out2, 60), "");
  EXPECT_EQ(out2[0].bytes.size(), size_t{32});  // 2 x 4 float32
}

TEST_F(ReferenceProcessTest, ADictResultIsTakenByName) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "twice"), "");
  std::vector<ReferenceTensor> out = {{"y", DType::kF32, {1, 2}, {}}};
  ASSERT_EQ(p.run(Inputs(1, 2), &out, 60), "");
  float y[2];
  std::memcpy(y, out[0].bytes.data(), 8);
  EXPECT_FLOAT_EQ(y[0], 2.f * bf16_to_float(float_to_bf16(-3.f)));
  EXPECT_FLOAT_EQ(y[1], 2.f * bf16_to_float(float_to_bf16(-2.f + 1.f / 64.f)));
}

TEST_F(ReferenceProcessTest, AMissingFileOrFunctionIsRefusedAtStart) {
  ReferenceProcess p;
  EXPECT_NE(Start(&p, "rms_norm", "nope.py").find("nope.py: no such file"), std::string::npos);
  EXPECT_NE(Start(&p, "absent").find("defines no function 'absent'"), std::string::npos);
  EXPECT_NE(Start(&p, "rms_norm", "../outside.py").find("outside the task"), std::string::npos);
  EXPECT_FALSE(p.running());
}

TEST_F(ReferenceProcessTest, TheReferencesOwnErrorsAreOneLineAndTheProcessGoesOn) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "raises"), "");
  std::vector<ReferenceTensor> out = {{"y", DType::kF32, {1, 2}, {}}};
  const std::string why = p.run(Inputs(1, 2), &out, 60);
  EXPECT_NE(why.find("reference: IndexError"), std::string::npos) << why;
  EXPECT_NE(why.find("reference.py:"), std::string::npos) << why;  // where it raised
  EXPECT_EQ(why.find('\n'), std::string::npos) << why;
  EXPECT_TRUE(p.running());
  ASSERT_EQ(Start(&p, "wrong_shape"), "");
  std::vector<ReferenceTensor> square = {{"y", DType::kF32, {2, 2}, {}}};
  const std::string shape = p.run(Inputs(2, 2), &square, 60);
  EXPECT_NE(shape.find("shape [1, 2], kernel.toml declares [2, 2]"), std::string::npos) << shape;
}

TEST_F(ReferenceProcessTest, ABaselineIsTimedOnlyWithTorchOnAGPUAndTheProcessGoesOn) {
  // numpy here: the runner says so in one line and keeps serving; an unknown function likewise.
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "rms_norm"), "");
  std::vector<double> ms;
  const std::string why = p.time("twice", Inputs(1, 2), 5, 60, &ms);
  EXPECT_NE(why.find("baseline: ValueError: timing a baseline needs torch on a GPU"),
            std::string::npos)
      << why;
  EXPECT_EQ(why.find('\n'), std::string::npos) << why;
  EXPECT_TRUE(ms.empty());
  const std::string absent = p.time("absent", Inputs(1, 2), 5, 60, &ms);
  EXPECT_NE(absent.find("defines no function 'absent'"), std::string::npos) << absent;
  EXPECT_TRUE(p.running());
  std::vector<ReferenceTensor> out = {{"y", DType::kF32, {1, 2}, {}}};
  EXPECT_EQ(p.run(Inputs(1, 2), &out, 60), "");
}

TEST_F(ReferenceProcessTest, AHangOrADeathStopsTheProcessWithAReason) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "sleeps"), "");
  std::vector<ReferenceTensor> out = {{"y", DType::kF32, {1, 2}, {}}};
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(p.run(Inputs(1, 2), &out, 0.5), "reference: timed out");
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
  EXPECT_FALSE(p.running());
  ASSERT_EQ(Start(&p, "dies"), "");
  EXPECT_EQ(p.run(Inputs(1, 2), &out, 60), "reference: the runner exited");
  EXPECT_FALSE(p.running());
  EXPECT_EQ(p.run(Inputs(1, 2), &out, 60), "reference: not running");
}

TEST_F(ReferenceProcessTest, PrintsInTheReferenceDoNotCorruptTheAnswer) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "chatty"), "");
  std::vector<ReferenceTensor> out = {{"x", DType::kBF16, {1, 2}, {}}};
  const auto in = Inputs(1, 2);
  ASSERT_EQ(p.run(in, &out, 60), "");
  EXPECT_EQ(out[0].bytes, in[0].bytes);
}

TEST_F(ReferenceProcessTest, AForgedAnswerStopsTheRunnerInsteadOfTheJudge) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "forges"), "");
  std::vector<ReferenceTensor> out = {{"x", DType::kBF16, {1, 2}, {}}};
  EXPECT_EQ(p.run(Inputs(1, 2), &out, 60), "reference: the runner's answer is malformed");
  EXPECT_FALSE(p.running());
}

TEST_F(ReferenceProcessTest, InputsOfTheWrongSizeAreRefusedBeforeTheyAreSent) {
  ReferenceProcess p;
  ASSERT_EQ(Start(&p, "rms_norm"), "");
  auto in = Inputs(2, 2);
  in[1].bytes.pop_back();
  std::vector<ReferenceTensor> out = {{"y", DType::kF32, {2, 2}, {}}};
  EXPECT_NE(p.run(in, &out, 60).find("input 'weight' has 7 bytes"), std::string::npos);
  EXPECT_TRUE(p.running());
}

}  // namespace
}  // namespace avo::kernel_judge
