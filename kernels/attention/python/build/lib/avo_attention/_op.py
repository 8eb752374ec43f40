"""torch.ops.avo.attention: registered with torch.library (a custom op with a fake kernel, so
torch.compile and meta tensors see its shapes)."""

from typing import Optional, Tuple

import torch

from ._checks import check_args
from ._library import ForwardArgs, forward


@torch.library.custom_op("avo::attention", mutates_args=())
def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = False,
              scale: Optional[float] = None) -> Tuple[torch.Tensor, torch.Tensor]:
    """o, lse = attention(q, k, v): q [B, Sq, Hq, D], k and v [B, Sk, Hkv, D], bf16 on a Hopper
    GPU; o like q, lse float32 [B, Hq, Sq] (natural log). Causal masking is bottom-right aligned."""
    s = check_args(q, k, v, causal, scale)
    o = torch.empty_like(q)
    lse = torch.empty((s.batch, s.heads_q, s.seqlen_q), dtype=torch.float32, device=q.device)
    args = ForwardArgs(q.data_ptr(), k.data_ptr(), v.data_ptr(), o.data_ptr(), lse.data_ptr(),
                       s.batch, s.seqlen_q, s.seqlen_k, s.heads_q, s.heads_kv, s.head_dim,
                       1 if causal else 0, 0.0 if scale is None else float(scale))
    with torch.cuda.device(q.device):
        forward(args, torch.cuda.current_stream(q.device).cuda_stream)
    return o, lse


@attention.register_fake
def _(q, k, v, causal=False, scale=None):
    b, sq, hq, _ = q.shape
    return torch.empty_like(q), q.new_empty((b, hq, sq), dtype=torch.float32)
