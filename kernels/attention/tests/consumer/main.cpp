// Calls the installed library as a user would and checks each bad argument is refused with its
// own status and a one-line reason; a well-formed call goes to the GPU part, which answers
// AVO_ATTN_ERROR_NO_DEVICE on a machine without a CUDA driver or context (CI), never crashes.
// Prints one line per check; exits 1 if any check failed.
#include <avo/attention.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

int failures = 0;

alignas(16) unsigned char buffer[4096];  // never touched: the checks stop before any CUDA call

AvoAttentionForwardArgs Good() {
  AvoAttentionForwardArgs a{};
  a.q = a.k = a.v = buffer;
  a.o = buffer + 1024;
  a.lse = reinterpret_cast<float*>(buffer + 2048);
  a.batch = 2;
  a.seqlen_q = 100;
  a.seqlen_k = 300;
  a.heads_q = 8;
  a.heads_kv = 2;
  a.head_dim = 128;
  a.causal = 1;
  return a;
}

void Expect(const char* what, const AvoAttentionForwardArgs* a, AvoAttentionStatus want,
            const char* says) {
  const AvoAttentionStatus got = avo_attention_forward(a, nullptr);
  const std::string error = avo_attention_last_error();
  const bool ok =
      got == want && error.find(says) != std::string::npos && error.find('\n') == std::string::npos;
  std::printf("%s %s: status %d (want %d), \"%s\"\n", ok ? "ok  " : "FAIL", what, got, want,
              error.c_str());
  if (!ok) ++failures;
}

}  // namespace

int main() {
  Expect("null args", nullptr, AVO_ATTN_ERROR_NULL_ARGUMENT, "args is null");
  AvoAttentionForwardArgs a = Good();
  a.lse = nullptr;
  Expect("null lse", &a, AVO_ATTN_ERROR_NULL_ARGUMENT, "lse is null");
  a = Good();
  a.head_dim = 96;
  Expect("head dim 96", &a, AVO_ATTN_ERROR_HEAD_DIM, "head_dim = 96 (supported: 64, 128)");
  a = Good();
  a.heads_kv = 3;
  Expect("GQA 8/3", &a, AVO_ATTN_ERROR_SHAPE, "heads_q = 8 is not a multiple of heads_kv = 3");
  a = Good();
  a.seqlen_k = 0;
  Expect("empty keys", &a, AVO_ATTN_ERROR_SHAPE, "seqlen_k = 0");
  a = Good();
  a.batch = 70000;
  Expect("batch past the grid", &a, AVO_ATTN_ERROR_SHAPE, "batch = 70000");
  a = Good();
  a.k = buffer + 8;
  Expect("misaligned k", &a, AVO_ATTN_ERROR_ALIGNMENT, "k is not 16-byte aligned");
  a = Good();
  a.softmax_scale = -1.f;
  Expect("negative scale", &a, AVO_ATTN_ERROR_SCALE, "softmax_scale");
  a.softmax_scale = std::nanf("");
  Expect("NaN scale", &a, AVO_ATTN_ERROR_SCALE, "softmax_scale");
  a.softmax_scale = 1e-40f;  // subnormal
  Expect("subnormal scale", &a, AVO_ATTN_ERROR_SCALE, "softmax_scale");
  a = Good();
  a.head_dim = 300;  // a bad head dim is HEAD_DIM whatever its value
  Expect("head dim 300", &a, AVO_ATTN_ERROR_HEAD_DIM, "head_dim = 300");
  a = Good();
  // No CUDA context is current here (and on CI no driver either): refused, not crashed.
  Expect("no device", &a, AVO_ATTN_ERROR_NO_DEVICE, "");
  const std::string provenance = avo_attention_provenance();
  const bool prov = provenance.find("\"version\"") != std::string::npos &&
                    provenance.find("\"commit\"") != std::string::npos;
  std::printf("%s provenance: %s\n", prov ? "ok  " : "FAIL", provenance.c_str());
  if (!prov) ++failures;
  std::printf("%d passed, %d failed\n", 13 - failures, failures);
  return failures == 0 ? 0 : 1;
}
