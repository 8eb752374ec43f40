"""On a Hopper GPU with PyTorch: torch.ops.avo.attention against PyTorch's SDPA, for correctness
(o and lse against an fp32 reference; o against SDPA's own output on square shapes) and speed
(beside SDPA's cuDNN and flash backends: CUDA events around calls queued back to back, median).
Prints a table and writes JSON. Run by scripts/gpu-check.sh:

    AVO_ATTENTION_LIB=.../libavo_attention.so python3 gpu_check.py OUT.json
"""

import json
import math
import statistics
import sys

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

import avo_attention  # noqa: F401  (registers torch.ops.avo.attention)

SHAPES = [  # (name, batch, heads_q, heads_kv, seqlen_q, seqlen_k, head_dim, causal)
    ("mha_s4096_nc", 8, 16, 16, 4096, 4096, 128, False),
    ("mha_s16384_nc", 2, 16, 16, 16384, 16384, 128, False),
    ("mha_s4096_c", 8, 16, 16, 4096, 4096, 128, True),
    ("mha_s16384_c", 2, 16, 16, 16384, 16384, 128, True),
    ("gqa8_s8192_nc", 4, 32, 4, 8192, 8192, 128, False),
    ("gqa8_s8192_c", 4, 32, 4, 8192, 8192, 128, True),
    ("ragged_sq_lt_sk_c", 2, 6, 2, 333, 1000, 128, True),
    ("d64_nc", 2, 8, 8, 1024, 1024, 64, False),
]


def reference(q, k, v, causal):
    """fp32 o and lse, BSHD, bottom-right causal, GQA by repeating KV heads."""
    g = q.shape[2] // k.shape[2]
    qf, kf, vf = (t.float().transpose(1, 2) for t in (q, k, v))
    kf, vf = kf.repeat_interleave(g, dim=1), vf.repeat_interleave(g, dim=1)
    s = qf @ kf.transpose(-1, -2) / math.sqrt(q.shape[-1])
    if causal:
        sq, sk = q.shape[1], k.shape[1]
        i = torch.arange(sq, device=q.device)[:, None]
        j = torch.arange(sk, device=q.device)[None, :]
        s = s.masked_fill(j > i + (sk - sq), float("-inf"))
    lse = torch.logsumexp(s, dim=-1)
    o = torch.softmax(s, dim=-1).nan_to_num(0.0) @ vf
    return o.transpose(1, 2), lse


def timed(fn, calls=10, reps=7):
    """Seconds per call: `calls` calls queued back to back between two events, median of `reps`.
    Back to back, the GPU never waits for the host between calls, so the figure is the kernel's
    throughput as a training step sees it, and no launch latency of the op or SDPA is in it."""
    for _ in range(3):
        fn()
    times = []
    for _ in range(reps):
        a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        a.record()
        for _ in range(calls):
            fn()
        b.record()
        b.synchronize()
        times.append(a.elapsed_time(b) / 1e3 / calls)
    return statistics.median(times)


def host_overhead_us(fn, calls=200):
    """Host time per call in microseconds on a tiny shape: the op's own cost outside the GPU."""
    import time
    fn()
    torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(calls):
        fn()
    t = time.perf_counter() - t
    torch.cuda.synchronize()
    return t / calls * 1e6


def sdpa(q, k, v, causal, backend):
    # SDPA is BHSD and top-left causal; the timing shapes are square, where both agree.
    qt, kt, vt = (t.transpose(1, 2) for t in (q, k, v))
    with sdpa_kernel(backend):
        return F.scaled_dot_product_attention(qt, kt, vt, is_causal=causal,
                                              enable_gqa=qt.shape[1] != kt.shape[1])


def main(out):
    torch.manual_seed(0)
    rows = []
    for name, b, hq, hkv, sq, sk, d, causal in SHAPES:
        q = torch.randn(b, sq, hq, d, device="cuda", dtype=torch.bfloat16)
        k = torch.randn(b, sk, hkv, d, device="cuda", dtype=torch.bfloat16)
        v = torch.randn(b, sk, hkv, d, device="cuda", dtype=torch.bfloat16)
        o, lse = torch.ops.avo.attention(q, k, v, causal=causal)
        row = {"name": name}
        if b * hq * sq * sk <= 2 * 16 * 4096 * 4096:  # the fp32 reference fits in memory
            ro, rlse = reference(q, k, v, causal)
            row["o_max_abs"] = (o.float() - ro).abs().max().item()
            row["o_rel_l2"] = ((o.float() - ro).norm() / ro.norm()).item()
            fin = torch.isfinite(rlse)
            row["lse_max_abs"] = (lse[fin] - rlse[fin]).abs().max().item()
            row["correct"] = row["o_rel_l2"] < 1e-2 and row["lse_max_abs"] < 1e-3
        if sq == sk:  # SDPA's own output, where its causal convention agrees with ours
            so = sdpa(q, k, v, causal, SDPBackend.FLASH_ATTENTION if d <= 256 else SDPBackend.MATH)
            so = so.transpose(1, 2).float()
            row["o_vs_sdpa_rel_l2"] = ((o.float() - so).norm() / so.norm()).item()
            row["correct_vs_sdpa"] = row["o_vs_sdpa_rel_l2"] < 1e-2
        flops = 4 * b * hq * sq * sk * d / (2 if causal else 1)
        if sq == sk:
            row["avo_tflops"] = flops / timed(lambda: torch.ops.avo.attention(q, k, v, causal=causal)) / 1e12
            for label, backend in (("cudnn", SDPBackend.CUDNN_ATTENTION),
                                   ("flash", SDPBackend.FLASH_ATTENTION)):
                try:
                    row[f"{label}_tflops"] = flops / timed(lambda: sdpa(q, k, v, causal, backend)) / 1e12
                except RuntimeError as e:
                    row[f"{label}_error"] = str(e).splitlines()[0]
        rows.append(row)
        print(json.dumps(row), flush=True)
    tiny = [torch.randn(1, 128, 1, 128, device="cuda", dtype=torch.bfloat16) for _ in range(3)]
    overhead = {"avo_op": host_overhead_us(lambda: torch.ops.avo.attention(*tiny)),
                "sdpa_cudnn": host_overhead_us(lambda: sdpa(*tiny, False, SDPBackend.CUDNN_ATTENTION))}
    print("host time per call (us):", json.dumps(overhead))
    meta = {"host_us_per_call": overhead, "device": torch.cuda.get_device_name(), "torch": torch.__version__,
            "cudnn": torch.backends.cudnn.version(), "provenance": avo_attention.provenance()}
    json.dump({"meta": meta, "rows": rows}, open(out, "w"), indent=1)
    bad = [r["name"] for r in rows if r.get("correct") is False or r.get("correct_vs_sdpa") is False]
    print("incorrect:", bad if bad else "none")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "gpu-check-op.json"))
