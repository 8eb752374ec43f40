"""Argument checks of torch.ops.avo.attention, before anything reaches the GPU.

Written against the few tensor attributes they read (dtype, device, shape, stride, data_ptr), so
they run, and are tested, without torch or a GPU. Each failure is one ValueError or TypeError
naming the argument and what the kernel supports.
"""

SUPPORTED_HEAD_DIMS = (64, 128)
MAX_SEQLEN = 1 << 30  # the kernel's row indices are 32-bit
FLT_MIN = 1.1754943508222875e-38


class Shape:
    """The sizes of one call: BSHD q [batch, seqlen_q, heads_q, head_dim], k and v
    [batch, seqlen_k, heads_kv, head_dim]."""

    def __init__(self, batch, seqlen_q, seqlen_k, heads_q, heads_kv, head_dim):
        self.batch, self.seqlen_q, self.seqlen_k = batch, seqlen_q, seqlen_k
        self.heads_q, self.heads_kv, self.head_dim = heads_q, heads_kv, head_dim


def _dense_strides(shape):
    strides, step = [], 1
    for size in reversed(shape):
        strides.append(step)
        step *= size
    return tuple(reversed(strides))


def _check_tensor(name, t):
    dtype = str(getattr(t, "dtype", None))
    if dtype != "torch.bfloat16":
        raise TypeError(f"{name}: dtype {dtype}, the kernel takes torch.bfloat16")
    device = getattr(getattr(t, "device", None), "type", None)
    if device != "cuda":
        raise ValueError(f"{name}: on device {device}, the kernel runs on cuda")
    shape = tuple(t.shape)
    if len(shape) != 4:
        raise ValueError(
            f"{name}: {len(shape)} dimensions {shape}, the kernel takes BSHD "
            "[batch, seqlen, heads, head_dim]")
    if any(s < 1 for s in shape):
        raise ValueError(f"{name}: empty shape {shape}")
    # A dimension of size 1 may carry any stride (PyTorch calls such a tensor contiguous).
    strides = tuple(t.stride())
    if any(st != d for st, d, size in zip(strides, _dense_strides(shape), shape) if size != 1):
        raise ValueError(
            f"{name}: strides {strides} are not dense BSHD {_dense_strides(shape)} "
            "(call .contiguous() first)")
    if t.data_ptr() % 16 != 0:
        raise ValueError(f"{name}: data pointer not 16-byte aligned")
    return shape


def check_args(q, k, v, causal=False, scale=None):
    """Returns the call's Shape, or raises ValueError / TypeError naming what is unsupported."""
    qs, ks, vs = (_check_tensor(n, t) for n, t in (("q", q), ("k", k), ("v", v)))
    if ks != vs:
        raise ValueError(f"k {ks} and v {vs} must have the same shape")
    if q.device != k.device or q.device != v.device:
        raise ValueError(f"q, k and v are on different devices ({q.device}, {k.device}, {v.device})")
    batch, seqlen_q, heads_q, head_dim = qs
    if ks[0] != batch or ks[3] != head_dim:
        raise ValueError(f"q {qs} and k {ks} differ in batch or head_dim")
    heads_kv = ks[2]
    if heads_q % heads_kv != 0:
        raise ValueError(f"heads_q = {heads_q} is not a multiple of heads_kv = {heads_kv}")
    if head_dim not in SUPPORTED_HEAD_DIMS:
        raise ValueError(f"head_dim = {head_dim}, the kernel supports {SUPPORTED_HEAD_DIMS}")
    if batch > 65535 or heads_q > 65535:
        raise ValueError(f"batch = {batch}, heads_q = {heads_q}: at most 65535 each")
    if max(seqlen_q, ks[1]) > MAX_SEQLEN:
        raise ValueError(f"seqlen {max(seqlen_q, ks[1])}: at most {MAX_SEQLEN}")
    if not isinstance(causal, bool):
        raise TypeError(f"causal: {type(causal).__name__}, expected bool")
    if scale is not None:
        if isinstance(scale, bool) or not isinstance(scale, (int, float)):
            raise TypeError(f"scale: {type(scale).__name__}, expected a float or None")
        # float32 on the way to the kernel: below FLT_MIN it would turn into 0 (the default).
        if not (FLT_MIN <= scale <= 1e30):
            raise ValueError(f"scale = {scale}: must be in [1.2e-38, 1e30] (None: 1/sqrt(head_dim))")
    return Shape(batch, seqlen_q, ks[1], heads_q, heads_kv, head_dim)
