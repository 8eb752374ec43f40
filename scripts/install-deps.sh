#!/usr/bin/env bash
# Installs everything avo needs to build and test on Debian 12 (bookworm).
# Debian packages for the C++ libraries; PyPI only for header-only CUDA libraries
# (cudnn-frontend), installed into .deps/ inside the checkout so nothing global changes.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PKGS=(
  build-essential cmake ninja-build git pkg-config python3 python3-pip python3-venv python3-numpy
  clang-format clang-tidy gcovr
  libcurl4-openssl-dev nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  libspdlog-dev libfmt-dev libsqlite3-dev libsqlitecpp-dev sqlite3 libgit2-dev
  libgtest-dev libgmock-dev libcpp-httplib-dev libssl-dev
  bubblewrap poppler-utils strace openssh-client
  chromium fonts-liberation libjs-chart.js
  slurm-wlm munge
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# cudnn-frontend: header-only C++ graph API used by the attention harness for the cuDNN baseline.
# The wheel is only a carrier for the headers: download it, keep include/, drop the rest.
CFE_VERSION=1.32.0
if [ ! -f .deps/cudnn_frontend/include/cudnn_frontend.h ]; then
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.11 \
    --platform manylinux_2_28_x86_64 -d "$tmp" "nvidia-cudnn-frontend==${CFE_VERSION}"
  python3 -m zipfile -e "$tmp"/nvidia_cudnn_frontend-*.whl "$tmp/x"
  mkdir -p .deps/cudnn_frontend
  rm -rf .deps/cudnn_frontend/include
  cp -r "$tmp/x/include" .deps/cudnn_frontend/include
  rm -rf "$tmp"
fi
# nvml.h: NVIDIA's management library header, for the attention harness's record of the SM
# clock, power draw and clock limits during timed calls (the library itself comes with the
# driver and is loaded at run time). The wheel carries only the header.
NVML_VERSION=13.5.37
if [ ! -f .deps/nvml/include/nvml.h ]; then
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.11 \
    --platform manylinux_2_17_x86_64 -d "$tmp" "nvidia-nvml-dev==${NVML_VERSION}"
  python3 -m zipfile -e "$tmp"/nvidia_nvml_dev-*.whl "$tmp/x"
  mkdir -p .deps/nvml/include
  cp "$tmp"/x/nvidia/cu13/include/nvml.h .deps/nvml/include/
  rm -rf "$tmp"
fi
# wheel: pip builds the kernel library's Python package (kernels/attention/python) offline with
# it (--no-build-isolation), as its test installs it.
python3 -c 'import wheel' 2>/dev/null || python3 -m pip install --quiet 'wheel>=0.40'
# mcp: the reference MCP client (Python SDK) that tests/integration/mcp_test.cpp drives `avo mcp`
# with, as a user's coding agent would; in a virtual environment of its own under .deps (nothing
# global changes, and a system Python that refuses pip installs is no obstacle).
MCP_VERSION=2.3.0
if ! .deps/mcp-venv/bin/python -c \
    "import importlib.metadata as m; assert m.version('mcp') == '$MCP_VERSION'" 2>/dev/null; then
  rm -rf .deps/mcp-venv
  python3 -m venv .deps/mcp-venv
  .deps/mcp-venv/bin/python -m pip install --quiet "mcp==${MCP_VERSION}"
fi
echo "install-deps: ok"
