# Sourced by the GPU scripts: the libraries and programs a Hopper machine run needs.
# usage: . scripts/gpu-env.sh BIN_DIR
# cuDNN: prefer the newest copy on the machine (PyTorch's wheel often carries a newer one than the
# system); the harness prints the version it loaded. The CUDA runtime comes from the toolkit.
for d in /opt/torch/.venv/lib/python3.*/site-packages/nvidia/cudnn/lib; do
  [ -d "$d" ] && export LD_LIBRARY_PATH="$d${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
done
[ -d /usr/local/cuda/lib64 ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/usr/local/cuda/lib64"
export PATH="$1:$PATH"
# Task commands run under bubblewrap; where it cannot make namespaces, under Landlock (avo picks
# it by itself when avo-confine --probe works); where neither works, or with
# AVO_GPU_UNCONFINED=1, unconfined (the callers pass "${AVO_SANDBOX_FLAGS[@]}" to avo). Under
# Landlock a root avo runs task commands as uid 65534 (util/unprivileged.h): on an H100 on
# 2026-12-07 the attention task's smoke and quick suites passed that way (CUDA needs to write
# its own /proc entries, which root cannot be allowed to).
AVO_SANDBOX_FLAGS=()
if [ "${AVO_GPU_UNCONFINED:-0}" = 1 ]; then
  echo "gpu-env: AVO_GPU_UNCONFINED=1: task commands run unconfined (--no-sandbox)" >&2
  AVO_SANDBOX_FLAGS=(--no-sandbox)
elif bwrap --ro-bind / / --dev /dev --proc /proc true 2>/dev/null; then
  echo "gpu-env: task commands run under bubblewrap" >&2
elif "$1/avo-confine" --probe 2>/dev/null; then
  echo "gpu-env: bwrap cannot create a sandbox here; task commands run under Landlock" >&2
else
  echo "gpu-env: neither bwrap nor Landlock can confine here; task commands run unconfined (--no-sandbox)" >&2
  AVO_SANDBOX_FLAGS=(--no-sandbox)
fi
