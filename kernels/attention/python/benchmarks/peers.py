"""The peer benchmark: torch.ops.avo.attention beside every attention forward a Hopper user can
install, in one process on the same BSHD bf16 inputs, as users run it (calls back to back, L2
flushed between them, the GPU at whatever clock its power cap gives).

Backends (a peer that is not installed is reported absent, never skipped silently):
  avo     torch.ops.avo.attention (this library; AVO_ATTENTION_LIB names the backend library)
  cudnn   PyTorch SDPA, CUDNN_ATTENTION backend (cuDNN's sm90 fused attention)
  fa2     PyTorch SDPA, FLASH_ATTENTION backend (FlashAttention-2)
  fa3     FlashAttention-3 forward, PyPI `fa3-fwd` (fa3_fwd_interface.flash_attn_func)
  fa4     FlashAttention-4, PyPI `flash-attn-4` (flash_attn.cute.interface.flash_attn_func; on
          Hopper its sm90 path)

Method, per configuration: fresh random inputs (std 1); each backend's output is first checked
against an fp32 reference on a slice of query rows (the first and last 128 rows of batch 0, all
heads: with a causal mask those are the rows that see the fewest and the most keys); a backend
whose output is off (relative L2 above 2e-2, or a non-finite value) is reported wrong and not
timed. Then each backend is timed as triton's do_bench does: warm-up calls, then `--reps` timed
calls, each preceded by a write of 256 MB (more than the 50 MB L2) so every call reads its
operands from HBM, each timed alone by CUDA events; the median is reported. Backends are
interleaved call by call (round robin), so clock and power drift reach them all alike.
TFLOPS follow FlashAttention's convention: 4 * batch * heads_q * seqlen_q * seqlen_k * head_dim,
halved when causal.

    python3 peers.py --suites mha gqa mha64 --json peers.json --markdown peers.md

Prints a table per suite with every backend's TFLOPS, avo's ratio to each, and geomeans per
subset (suite x causal); writes JSON (every figure, versions, device, clocks) and markdown.
"""

import argparse
import importlib.metadata as md
import json
import math
import statistics
import subprocess
import sys
import time

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

SEQS = ((4096, 8), (8192, 4), (16384, 2), (32768, 1))
SUITES = {  # suite -> (heads_q, heads_kv, head_dim) variants, as tasks/attention/task.toml
    "mha": [(16, 16, 128)],
    "gqa": [(32, 4, 128), (32, 8, 128)],
    "mha64": [(32, 32, 64)],
}
MAX_REL_L2 = 2e-2


def configs(suites):
    for suite in suites:
        for hq, hkv, d in SUITES[suite]:
            for causal in (False, True):
                for s, b in SEQS:
                    prefix = suite if suite != "gqa" else f"gqa{hkv}"  # as task.toml: KV heads
                    name = f"{prefix}_s{s}_{'c' if causal else 'nc'}"
                    yield dict(suite=suite, name=name, batch=b, hq=hq, hkv=hkv, s=s, d=d,
                               causal=causal)


def version(dist):
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def one_line(e):
    """An exception as one line: its type and the first line of its message."""
    text = str(e).splitlines()
    return f"{type(e).__name__}: {text[0] if text else ''}"


def load_backends():
    """name -> (callable(q, k, v, causal) -> o, version string) or a reason it is absent."""
    found, absent = {}, {}
    try:
        import avo_attention  # noqa: F401  registers torch.ops.avo.attention
        prov = avo_attention.provenance()
        found["avo"] = (lambda q, k, v, c: torch.ops.avo.attention(q, k, v, causal=c)[0],
                        f"avo_attention {version('avo-attention') or 'from source'} "
                        f"(lineage {prov.get('version', '?')}, commit {str(prov.get('commit', '?'))[:12]})")
    except Exception as e:  # noqa: BLE001  any failure to load is reported, not fatal
        absent["avo"] = one_line(e)

    def sdpa(backend):
        def run(q, k, v, causal):
            qt, kt, vt = (t.transpose(1, 2) for t in (q, k, v))  # BHSD views, no copy
            with sdpa_kernel(backend):
                o = F.scaled_dot_product_attention(qt, kt, vt, is_causal=causal,
                                                   enable_gqa=qt.shape[1] != kt.shape[1])
            return o.transpose(1, 2)
        return run

    found["cudnn"] = (sdpa(SDPBackend.CUDNN_ATTENTION),
                      f"PyTorch {torch.__version__} SDPA, cuDNN {torch.backends.cudnn.version()}")
    found["fa2"] = (sdpa(SDPBackend.FLASH_ATTENTION), f"PyTorch {torch.__version__} SDPA flash (FA2)")
    try:
        from fa3_fwd_interface import flash_attn_func as fa3

        def run_fa3(q, k, v, causal):
            o = fa3(q, k, v, causal=causal)
            return o[0] if isinstance(o, tuple) else o
        found["fa3"] = (run_fa3, f"fa3-fwd {version('fa3-fwd')}")
    except Exception as e:  # noqa: BLE001
        absent["fa3"] = "fa3-fwd not importable: " + one_line(e)
    try:
        from flash_attn.cute.interface import flash_attn_func as fa4

        def run_fa4(q, k, v, causal):
            o = fa4(q, k, v, causal=causal)
            return o[0] if isinstance(o, tuple) else o
        found["fa4"] = (run_fa4, f"flash-attn-4 {version('flash-attn-4')}, nvidia-cutlass-dsl "
                                 f"{version('nvidia-cutlass-dsl')}")
    except Exception as e:  # noqa: BLE001
        absent["fa4"] = "flash-attn-4 not importable: " + one_line(e)
    return found, absent


def reference_rows(q, k, v, causal, rows):
    """fp32 attention output for query rows `rows` of batch 0, every head (bottom-right causal)."""
    g = q.shape[2] // k.shape[2]
    qf = q[0, rows].float().transpose(0, 1)                           # H, R, D
    kf = k[0].float().transpose(0, 1).repeat_interleave(g, dim=0)     # H, Sk, D
    vf = v[0].float().transpose(0, 1).repeat_interleave(g, dim=0)
    s = qf @ kf.transpose(-1, -2) / math.sqrt(q.shape[-1])
    if causal:
        sq, sk = q.shape[1], k.shape[1]
        j = torch.arange(sk, device=q.device)[None, :]
        s = s.masked_fill(j > rows[:, None] + (sk - sq), float("-inf"))
    return (torch.softmax(s, dim=-1).nan_to_num(0.0) @ vf).transpose(0, 1)  # R, H, D


def check(fn, q, k, v, causal):
    """Relative L2 of the backend's output against fp32 on the checked rows, or an error."""
    sq = q.shape[1]
    rows = torch.cat([torch.arange(0, min(128, sq)), torch.arange(max(0, sq - 128), sq)]).to(q.device)
    try:
        o = fn(q, k, v, causal)
        torch.cuda.synchronize()
    except Exception as e:  # noqa: BLE001
        return None, one_line(e)
    got = o[0, rows].float()
    ref = reference_rows(q, k, v, causal, rows)
    if not torch.isfinite(got).all():
        return None, "non-finite output"
    return ((got - ref).norm() / ref.norm()).item(), None


def time_round_robin(fns, args, warmup, reps):
    """Median seconds per call for each fn, interleaved call by call, L2 flushed before each."""
    flush = torch.empty(256 * 1024 * 1024, dtype=torch.int8, device="cuda")
    for _ in range(warmup):
        for fn in fns.values():
            fn(*args)
    events = {name: [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True))
                     for _ in range(reps)] for name in fns}
    for i in range(reps):
        for name, fn in fns.items():
            flush.zero_()
            a, b = events[name][i]
            a.record()
            fn(*args)
            b.record()
    torch.cuda.synchronize()
    return {name: statistics.median(a.elapsed_time(b) / 1e3 for a, b in events[name]) for name in fns}


def gpu_clocks():
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=clocks.sm,power.draw,clocks_throttle_reasons.active",
                              "--format=csv,noheader"], capture_output=True, text=True, timeout=10)
        return out.stdout.strip()
    except Exception:  # noqa: BLE001
        return "nvidia-smi unavailable"


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def summarize(rows, names):
    """Per subset (suite, causal): geomean TFLOPS of each backend and avo's ratio to each."""
    subsets = {}
    for r in rows:
        key = f"{r['suite']} {'causal' if r['causal'] else 'non-causal'}"
        subsets.setdefault(key, []).append(r)
    out = {}
    for key, rs in subsets.items():
        g = {n: geomean([r["tflops"].get(n) for r in rs]) for n in names}
        ratios = {n: geomean([r["avo_over"].get(n) for r in rs]) for n in names if n != "avo"}
        out[key] = {"tflops": g, "avo_over": ratios, "configs": len(rs)}
    return out


def markdown(result):
    names = result["backends"]
    peers = [n for n in names if n != "avo"]
    lines = [f"Device: {result['device']}; {result['date']}; clocks during the run: {result['clocks']}",
             "", "Versions: " + "; ".join(f"{n}: {v}" for n, v in result["versions"].items()), ""]
    if result["absent"]:
        lines += ["Absent: " + "; ".join(f"{n} ({why})" for n, why in result["absent"].items()), ""]
    lines += ["| configuration | " + " | ".join(names) + " | " + " | ".join(f"avo/{p}" for p in peers) + " |",
              "|---" * (len(names) + len(peers) + 1) + "|"]
    for r in result["rows"]:
        cells = [f"{r['tflops'][n]:.1f}" if r["tflops"].get(n) else r["status"].get(n, "-") for n in names]
        ratio = [f"{r['avo_over'][p]:.3f}" if r["avo_over"].get(p) else "-" for p in peers]
        lines.append(f"| {r['name']} | " + " | ".join(cells) + " | " + " | ".join(ratio) + " |")
    lines += ["", "| subset (geomean) | " + " | ".join(names) + " | " + " | ".join(f"avo/{p}" for p in peers) + " |",
              "|---" * (len(names) + len(peers) + 1) + "|"]
    for key, s in result["subsets"].items():
        cells = [f"{s['tflops'][n]:.1f}" if s["tflops"].get(n) else "-" for n in names]
        ratio = [f"{s['avo_over'][p]:.3f}" if s["avo_over"].get(p) else "-" for p in peers]
        lines.append(f"| {key} | " + " | ".join(cells) + " | " + " | ".join(ratio) + " |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suites", nargs="+", default=["mha", "gqa", "mha64"], choices=sorted(SUITES))
    ap.add_argument("--reps", type=int, default=30, help="timed calls per backend (median; at least 20)")
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--json", default="peers.json")
    ap.add_argument("--markdown", default="peers.md")
    args = ap.parse_args()
    if args.reps < 20:
        ap.error("--reps: at least 20 timed calls (the median of fewer moves by a percent run to run)")
    torch.manual_seed(0)
    found, absent = load_backends()
    names = [n for n in ("avo", "cudnn", "fa2", "fa3", "fa4") if n in found]
    rows = []
    for c in configs(args.suites):
        q = torch.randn(c["batch"], c["s"], c["hq"], c["d"], device="cuda", dtype=torch.bfloat16)
        k = torch.randn(c["batch"], c["s"], c["hkv"], c["d"], device="cuda", dtype=torch.bfloat16)
        v = torch.randn(c["batch"], c["s"], c["hkv"], c["d"], device="cuda", dtype=torch.bfloat16)
        row = dict(c, tflops={}, rel_l2={}, status={}, avo_over={})
        timed = {}
        for n in names:
            err, why = check(found[n][0], q, k, v, c["causal"])
            row["rel_l2"][n] = err
            if why is not None or err is None or not err <= MAX_REL_L2:
                row["status"][n] = "wrong" if why is None else "error"
                row.setdefault("why", {})[n] = why or f"relative L2 {err:.3g} against fp32"
                continue
            row["status"][n] = "ok"
            timed[n] = found[n][0]
        secs = time_round_robin(timed, (q, k, v, c["causal"]), args.warmup, args.reps) if timed else {}
        flops = 4 * c["batch"] * c["hq"] * c["s"] * c["s"] * c["d"] / (2 if c["causal"] else 1)
        row["tflops"] = {n: flops / t / 1e12 for n, t in secs.items()}
        if "avo" in row["tflops"]:
            row["avo_over"] = {n: row["tflops"]["avo"] / tf for n, tf in row["tflops"].items() if n != "avo"}
        rows.append(row)
        shown = [f"{n}={row['tflops'][n]:.1f}" if n in row["tflops"] else f"{n}={row['status'][n]}"
                 for n in names]
        ratios = [f"avo/{n}={x:.3f}" for n, x in row["avo_over"].items()]
        print(c["name"], " ".join(shown), " ".join(ratios), flush=True)
        del q, k, v
    result = {"device": torch.cuda.get_device_name(), "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "clocks": gpu_clocks(), "method": __doc__.split("Method, per configuration: ")[1].split("\n\n")[0],
              "versions": {n: found[n][1] for n in names}, "absent": absent, "backends": names,
              "reps": args.reps, "rows": rows, "subsets": summarize(rows, names)}
    json.dump(result, open(args.json, "w"), indent=1)
    open(args.markdown, "w").write(markdown(result))
    print(markdown(result))
    wrong = [(r["name"], n) for r in rows for n, s in r["status"].items() if s != "ok"]
    if any(n == "avo" for _, n in wrong):
        print("peers: avo's output is wrong on", [name for name, n in wrong if n == "avo"])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
