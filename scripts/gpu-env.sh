# Sourced by the GPU scripts: the libraries and programs a Hopper machine run needs.
# usage: . scripts/gpu-env.sh BIN_DIR
# cuDNN: prefer the newest copy on the machine (PyTorch's wheel often carries a newer one than the
# system); the harness prints the version it loaded. The CUDA runtime comes from the toolkit.
for d in /opt/torch/.venv/lib/python3.*/site-packages/nvidia/cudnn/lib; do
  [ -d "$d" ] && export LD_LIBRARY_PATH="$d${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
done
[ -d /usr/local/cuda/lib64 ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/usr/local/cuda/lib64"
export PATH="$1:$PATH"
# Task commands run under bubblewrap; where it is missing or cannot make namespaces, say so and
# run them unconfined (the callers pass "${AVO_CONFINE[@]}" to avo).
AVO_CONFINE=()
if ! bwrap --ro-bind / / --dev /dev --proc /proc true 2>/dev/null; then
  echo "gpu-env: bwrap cannot create a sandbox here; task commands run unconfined (--no-sandbox)" >&2
  AVO_CONFINE=(--no-sandbox)
fi
