"""The C library (kernels/attention/include/avo/attention.h) through ctypes."""

import ctypes
import ctypes.util
import json
import os


class ForwardArgs(ctypes.Structure):
    """AvoAttentionForwardArgs, field for field."""

    _fields_ = [
        ("q", ctypes.c_void_p), ("k", ctypes.c_void_p), ("v", ctypes.c_void_p),
        ("o", ctypes.c_void_p), ("lse", ctypes.c_void_p),
        ("batch", ctypes.c_int), ("seqlen_q", ctypes.c_int), ("seqlen_k", ctypes.c_int),
        ("heads_q", ctypes.c_int), ("heads_kv", ctypes.c_int), ("head_dim", ctypes.c_int),
        ("causal", ctypes.c_int), ("softmax_scale", ctypes.c_float),
    ]


_lib = None


def load_library():
    """libavo_attention.so from $AVO_ATTENTION_LIB, else the loader's search path."""
    global _lib
    if _lib is not None:
        return _lib
    path = os.environ.get("AVO_ATTENTION_LIB") or ctypes.util.find_library("avo_attention")
    if not path:
        raise OSError("libavo_attention.so not found: build and install kernels/attention "
                      "(CMake), then set AVO_ATTENTION_LIB to the library's path")
    lib = ctypes.CDLL(path)
    lib.avo_attention_forward.argtypes = [ctypes.POINTER(ForwardArgs), ctypes.c_void_p]
    lib.avo_attention_forward.restype = ctypes.c_int
    lib.avo_attention_last_error.restype = ctypes.c_char_p
    lib.avo_attention_provenance.restype = ctypes.c_char_p
    _lib = lib
    return lib


def provenance():
    """Which run, version and score the kernel came from (a dict)."""
    return json.loads(load_library().avo_attention_provenance().decode())


def forward(args, stream):
    """Calls avo_attention_forward; RuntimeError with the library's one line on failure."""
    lib = load_library()
    status = lib.avo_attention_forward(ctypes.byref(args), ctypes.c_void_p(stream))
    if status != 0:
        raise RuntimeError(f"avo_attention_forward: {lib.avo_attention_last_error().decode()}")
