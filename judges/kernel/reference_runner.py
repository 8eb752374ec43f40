"""The kernel judge's reference runner (issue #27, docs/kernel-judge.md, "The reference").

Runs a task's reference function in a process of its own, never the candidate's, and answers the
judge (judges/kernel/reference_process.h) over stdin and stdout:

    python3 reference_runner.py TASK_DIR FILE FUNCTION FRAMEWORK

FILE is a .py file inside TASK_DIR; FRAMEWORK is "torch" (tensors on the GPU when CUDA is
available, else on the CPU) or "numpy". The function takes the inputs as keyword arguments named
as kernel.toml's tensors and returns the outputs: one tensor, a tuple or list in declaration
order, or a dict by name.

Protocol: frames, each an 8-byte little-endian length N, N bytes of JSON, then the payloads the
JSON lists, in order.
  request  {"inputs": [{"name", "dtype", "shape"}], "outputs": [{"name", "dtype", "shape"}]}
           then every input's bytes (row-major, contiguous, in its declared dtype)
  answer   {"ok": true, "outputs": [{"name", "bytes"}]} then every output's bytes, or
           {"ok": false, "error": "one line"}
A request with "time": {"function": NAME, "reps": N} (a baseline, kernel.toml's [[baseline]])
instead times function NAME of the same file on its inputs: 3 warm-up calls, then N calls each
alone between CUDA events after an L2 flush (a write of twice the L2's size); answer
{"ok": true, "ms": [...]}. torch on a GPU only.
The runner serves requests until stdin closes.
"""

import importlib.util
import json
import os
import struct
import sys
import traceback

BYTES = {"bf16": 2, "f16": 2, "f32": 4, "i32": 4, "i64": 8, "u8": 1}


def read_exact(stream, n):
    chunks = []
    while n > 0:
        chunk = stream.read(n)
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_frame(stream, header, payloads=()):
    body = json.dumps(header).encode()
    stream.write(struct.pack("<Q", len(body)) + body)
    for p in payloads:
        stream.write(p)
    stream.flush()


class Numpy:
    """bf16 travels as float32 (numpy has no bfloat16): widened on the way in, rounded to
    nearest-even on the way out."""

    def __init__(self):
        import numpy
        self.np = numpy
        self.types = {"f16": numpy.float16, "f32": numpy.float32, "i32": numpy.int32,
                      "i64": numpy.int64, "u8": numpy.uint8}

    def time(self, fn, inputs, reps):
        raise ValueError("timing a baseline needs torch on a GPU")

    def tensor(self, raw, dtype, shape):
        np = self.np
        if dtype == "bf16":
            wide = np.frombuffer(raw, np.uint16).astype(np.uint32) << 16
            return wide.view(np.float32).reshape(shape)
        return np.frombuffer(raw, self.types[dtype]).reshape(shape).copy()

    def to_bytes(self, value, dtype, shape):
        np = self.np
        a = np.ascontiguousarray(np.asarray(value))
        if tuple(a.shape) != tuple(shape):
            raise ValueError(f"shape {list(a.shape)}, kernel.toml declares {list(shape)}")
        if dtype == "bf16":
            u = a.astype(np.float32).view(np.uint32)
            rounded = ((u + 0x7FFF + ((u >> 16) & 1)) >> 16).astype(np.uint16)
            return np.where(np.isnan(a), np.uint16(0x7FC0), rounded).astype(np.uint16).tobytes()
        return a.astype(self.types[dtype]).tobytes()


class Torch:
    def __init__(self):
        import torch
        self.torch = torch
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.types = {"bf16": torch.bfloat16, "f16": torch.float16, "f32": torch.float32,
                      "i32": torch.int32, "i64": torch.int64, "u8": torch.uint8}

    def time(self, fn, inputs, reps):
        torch = self.torch
        if self.device != "cuda":
            raise ValueError("timing a baseline needs torch on a GPU")
        l2 = torch.cuda.get_device_properties(0).L2_cache_size
        flush = torch.empty(2 * max(l2, 1 << 20), dtype=torch.uint8, device="cuda")
        for _ in range(3):
            fn(**inputs)
        ms = []
        for _ in range(reps):
            flush.zero_()
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            fn(**inputs)
            end.record()
            end.synchronize()
            ms.append(start.elapsed_time(end))
        return ms

    def tensor(self, raw, dtype, shape):
        t = self.torch.frombuffer(bytearray(raw), dtype=self.types[dtype]).reshape(shape)
        return t.to(self.device)

    def to_bytes(self, value, dtype, shape):
        t = value if isinstance(value, self.torch.Tensor) else self.torch.as_tensor(value)
        if tuple(t.shape) != tuple(shape):
            raise ValueError(f"shape {list(t.shape)}, kernel.toml declares {list(shape)}")
        t = t.to(self.types[dtype]).contiguous().cpu()
        return t.view(self.torch.uint8).numpy().tobytes() if t.numel() else b""


def load_module(task_dir, file):
    path = os.path.realpath(os.path.join(task_dir, file))
    root = os.path.realpath(task_dir)
    if os.path.commonpath([path, root]) != root:
        raise ValueError(f"{file} is outside the task")
    spec = importlib.util.spec_from_file_location("avo_task_reference", path)
    if spec is None or not os.path.isfile(path):
        raise ValueError(f"{file}: no such file in the task")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def function_of(module, file, name):
    fn = getattr(module, name, None)
    if not callable(fn):
        raise ValueError(f"{file} defines no function '{name}'")
    return fn


def outputs_in_order(result, outputs):
    names = [o["name"] for o in outputs]
    if isinstance(result, dict):
        missing = [n for n in names if n not in result]
        if missing:
            raise ValueError(f"the result has no output '{missing[0]}'")
        return [result[n] for n in names]
    if isinstance(result, (tuple, list)):
        if len(result) != len(names):
            raise ValueError(f"{len(result)} outputs returned, kernel.toml declares {len(names)}")
        return list(result)
    if len(names) != 1:
        raise ValueError(f"one output returned, kernel.toml declares {len(names)}")
    return [result]


def one_line(e):
    frame = traceback.extract_tb(e.__traceback__)[-1:] if e.__traceback__ else []
    where = f" ({os.path.basename(frame[0].filename)}:{frame[0].lineno})" if frame else ""
    text = " ".join(str(e).split()) or type(e).__name__
    return f"{type(e).__name__}: {text}{where}"


def serve(module, file, fn, framework, stdin, stdout):
    while True:
        size = read_exact(stdin, 8)
        if size is None:
            return
        header = json.loads(read_exact(stdin, struct.unpack("<Q", size)[0]))
        inputs = {}
        for t in header["inputs"]:
            count = 1
            for extent in t["shape"]:
                count *= extent
            raw = read_exact(stdin, count * BYTES[t["dtype"]])
            inputs[t["name"]] = framework.tensor(raw, t["dtype"], t["shape"])
        timing = header.get("time")
        if timing is not None:
            try:
                ms = framework.time(function_of(module, file, timing["function"]), inputs,
                                    int(timing["reps"]))
            except Exception as e:  # the baseline's own failure, reported to the judge
                write_frame(stdout, {"ok": False, "error": "baseline: " + one_line(e)})
                continue
            write_frame(stdout, {"ok": True, "ms": ms})
            continue
        try:
            result = outputs_in_order(fn(**inputs), header["outputs"])
            payloads = [framework.to_bytes(v, o["dtype"], o["shape"])
                        for v, o in zip(result, header["outputs"])]
        except Exception as e:  # the reference's own failure, reported to the judge
            write_frame(stdout, {"ok": False, "error": "reference: " + one_line(e)})
            continue
        write_frame(stdout, {"ok": True, "outputs": [
            {"name": o["name"], "bytes": len(p)} for o, p in zip(header["outputs"], payloads)]},
            payloads)


def main():
    if len(sys.argv) != 5 or sys.argv[4] not in ("torch", "numpy"):
        print("usage: reference_runner.py TASK_DIR FILE FUNCTION torch|numpy", file=sys.stderr)
        return 2
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a print() in the reference must not corrupt the frames
    try:
        framework = Torch() if sys.argv[4] == "torch" else Numpy()
        module = load_module(sys.argv[1], sys.argv[2])
        fn = function_of(module, sys.argv[2], sys.argv[3])
    except Exception as e:
        write_frame(stdout, {"ok": False, "error": "reference: " + one_line(e)})
        return 1
    write_frame(stdout, {"ok": True, "ready": True})
    serve(module, sys.argv[2], fn, framework, stdin, stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
