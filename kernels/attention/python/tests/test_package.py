"""The Python package without torch or a GPU: it installs, every unsupported argument is refused
with one error naming it, and the C library it loads refuses a call that cannot reach a GPU with
the library's own one-line reason.

Run by ctest (kernels/attention/CMakeLists.txt) with AVO_ATTENTION_LIB pointing at the built
library and AVO_ATTENTION_PACKAGE at this package's source.
"""

import ctypes
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

_installed = tempfile.TemporaryDirectory(prefix="avo-attention-py-")
# Built from a copy: pip writes build/ and *.egg-info beside the sources it builds.
_source = os.path.join(_installed.name, "src")
shutil.copytree(os.environ["AVO_ATTENTION_PACKAGE"], _source,
                ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                "--no-build-isolation", "--target", os.path.join(_installed.name, "site"),
                _source], check=True,
               env={**os.environ, "PIP_ROOT_USER_ACTION": "ignore",
                    "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
sys.path.insert(0, os.path.join(_installed.name, "site"))

import avo_attention  # noqa: E402  (the installed copy, not the source tree)
from avo_attention import _library, check_args  # noqa: E402


class Device:
    def __init__(self, kind, index=0):
        self.type, self.index = kind, index

    def __eq__(self, other):
        return (self.type, self.index) == (other.type, other.index)

    def __repr__(self):
        return f"{self.type}:{self.index}"


class FakeTensor:
    """What the checks read of a torch.Tensor."""

    def __init__(self, shape, dtype="torch.bfloat16", device=None, strides=None, ptr=4096):
        self.shape, self.dtype = tuple(shape), dtype
        self.device = device or Device("cuda")
        dense, step = [], 1
        for size in reversed(self.shape):
            dense.append(step)
            step *= size
        self._strides = tuple(strides) if strides else tuple(reversed(dense))
        self._ptr = ptr

    def stride(self):
        return self._strides

    def data_ptr(self):
        return self._ptr


def qkv(b=2, sq=100, sk=300, hq=8, hkv=2, d=128):
    return FakeTensor((b, sq, hq, d)), FakeTensor((b, sk, hkv, d)), FakeTensor((b, sk, hkv, d))


class ChecksTest(unittest.TestCase):
    def test_a_good_call_gives_its_shape(self):
        s = check_args(*qkv(), causal=True, scale=0.1)
        self.assertEqual((s.batch, s.seqlen_q, s.seqlen_k, s.heads_q, s.heads_kv, s.head_dim),
                         (2, 100, 300, 8, 2, 128))

    def test_size_one_dimensions_may_carry_any_stride(self):
        # An SBHD tensor with one batch entry, transposed to BSHD: PyTorch calls it contiguous.
        q = FakeTensor((1, 1024, 8, 128), strides=(1024, 1024, 128, 1))
        k = FakeTensor((1, 1024, 8, 128), strides=(1024, 1024, 128, 1))
        self.assertEqual(check_args(q, k, k).seqlen_q, 1024)

    def test_each_unsupported_argument_is_one_clear_error(self):
        q, k, v = qkv()
        cases = [
            (TypeError, "q: dtype torch.float16", (FakeTensor(q.shape, dtype="torch.float16"), k, v), {}),
            (ValueError, "k: on device cpu", (q, FakeTensor(k.shape, device=Device("cpu")), v), {}),
            (ValueError, "q: 3 dimensions", (FakeTensor((2, 100, 1024)), k, v), {}),
            (ValueError, "v: strides", (q, k, FakeTensor(v.shape, strides=(1, 2, 3, 4))), {}),
            (ValueError, "q: data pointer not 16-byte aligned", (FakeTensor(q.shape, ptr=4104), k, v), {}),
            (ValueError, "must have the same shape", (q, k, FakeTensor((2, 299, 2, 128))), {}),
            (ValueError, "heads_q = 8 is not a multiple of heads_kv = 3", qkv(hkv=3), {}),
            (ValueError, "head_dim = 96", qkv(d=96), {}),
            (ValueError, "different devices", (q, FakeTensor(k.shape, device=Device("cuda", 1)),
                                               FakeTensor(v.shape, device=Device("cuda", 1))), {}),
            (TypeError, "causal: int", qkv(), {"causal": 1}),
            (ValueError, "scale = -1.0", qkv(), {"scale": -1.0}),
            (ValueError, "scale = inf", qkv(), {"scale": float("inf")}),
            (TypeError, "scale: str", qkv(), {"scale": "0.1"}),
            (ValueError, "scale = 1e-46", qkv(), {"scale": 1e-46}),
            (ValueError, "seqlen 1073741825", qkv(sk=(1 << 30) + 1), {}),
        ]
        for error, says, args, kwargs in cases:
            with self.subTest(says=says):
                with self.assertRaises(error) as caught:
                    check_args(*args, **kwargs)
                self.assertIn(says, str(caught.exception))
                self.assertNotIn("\n", str(caught.exception))


class LibraryTest(unittest.TestCase):
    def test_provenance_names_the_version(self):
        p = avo_attention.provenance()
        self.assertIn("version", p)
        self.assertIn("commit", p)

    def test_a_call_that_cannot_reach_a_gpu_is_refused_with_the_reason(self):
        buf = ctypes.create_string_buffer(4096 + 16)
        base = (ctypes.addressof(buf) + 15) // 16 * 16
        args = _library.ForwardArgs(base, base, base, base, base, 1, 10, 10, 4, 4, 128, 0, 0.0)
        with self.assertRaises(RuntimeError) as caught:
            _library.forward(args, 0)
        # Here no driver or no context; on a GPU machine without a current context, the same.
        self.assertRegex(str(caught.exception),
                         "no NVIDIA driver|does not load|no CUDA context|compute capability|not CUDA memory")
        args.head_dim = 80
        with self.assertRaises(RuntimeError) as caught:
            _library.forward(args, 0)
        self.assertIn("head_dim = 80 (supported: 64, 128)", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
