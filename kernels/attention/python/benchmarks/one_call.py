"""Runs torch.ops.avo.attention on one configuration a few times, for a profiler to catch
(Nsight Compute: `ncu -k regex:avo_wgmma -c 1 python3 one_call.py 4 8192 32 32 64 0`).

    python3 one_call.py BATCH SEQLEN HEADS_Q HEADS_KV HEAD_DIM CAUSAL [CALLS]
"""

import sys

import torch

import avo_attention  # noqa: F401  registers torch.ops.avo.attention


def main(argv):
    if len(argv) not in (6, 7):
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    b, s, hq, hkv, d, causal = (int(x) for x in argv[:6])
    calls = int(argv[6]) if len(argv) == 7 else 3
    q = torch.randn(b, s, hq, d, device="cuda", dtype=torch.bfloat16)
    k = torch.randn(b, s, hkv, d, device="cuda", dtype=torch.bfloat16)
    v = torch.randn(b, s, hkv, d, device="cuda", dtype=torch.bfloat16)
    for _ in range(calls):
        torch.ops.avo.attention(q, k, v, causal=bool(causal))
    torch.cuda.synchronize()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
