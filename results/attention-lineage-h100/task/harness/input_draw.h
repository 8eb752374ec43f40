// input_draw.h -- how one call's inputs are drawn (evaluate.h, "Inputs"). Every call draws a
// new InputDraw from the host's CSPRNG after the previous call returned.
#pragma once

#include <cstdint>

namespace avo::attention {

inline constexpr int kTensorQ = 0, kTensorK = 1, kTensorV = 2;

// q ~ N(0, 1), except that about one (batch, token, head) row in `peak_every` is scaled by
// `peak_scale` (its scores spread over ~peak_scale standard deviations: a nearly one-hot
// softmax row that only a real attention computes right); k ~ N(0, 1); v ~ N(v_mean, 1), a
// non-zero mean so that an output near zero fails. Rounded to bf16.
struct InputDraw {
  uint64_t seed = 0;
  int head_dim = 128;
  int peak_every = 8;
  float peak_scale = 4.0f;
  float v_mean = 1.0f;
};

}  // namespace avo::attention
