"""avo-attention: the attention forward kernel of avo's Hopper lineage for PyTorch.

    import avo_attention                       # registers torch.ops.avo.attention
    o, lse = torch.ops.avo.attention(q, k, v, causal=True)

q [batch, seqlen_q, heads_q, head_dim], k and v [batch, seqlen_k, heads_kv, head_dim], dense
bf16 on a Hopper GPU, head_dim 64 or 128, heads_q a multiple of heads_kv (GQA). Returns o like q
and the natural-log log-sum-exp, float32 [batch, heads_q, seqlen_q].
"""

from ._checks import check_args
from ._library import load_library, provenance

try:
    import torch as _torch  # noqa: F401
except ImportError:  # the checks and the library work without torch; the op needs it
    attention = None
else:
    from ._op import attention

__all__ = ["attention", "check_args", "load_library", "provenance"]
