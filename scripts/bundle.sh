#!/usr/bin/env bash
# Packs a built avo into a folder that runs on a machine without the build's packages (a GPU node
# of a cluster, a container with only the CUDA driver): the binaries, and every shared library they
# load that is not part of the C runtime or the CUDA driver/cuDNN (those come from the target).
#
#   scripts/bundle.sh BUILD_DIR OUT_DIR
#   OUT_DIR/bin/avo ...   (the wrapper sets LD_LIBRARY_PATH to OUT_DIR/lib)
set -euo pipefail
build=${1:?usage: bundle.sh BUILD_DIR OUT_DIR}
out=${2:?usage: bundle.sh BUILD_DIR OUT_DIR}
rm -rf "$out"
mkdir -p "$out/bin" "$out/libexec" "$out/lib"
for exe in "$build"/app/avo "$build"/app/avo-confine "$build"/app/avo-attention-harness \
  "$build"/app/avo-kernel-judge "$build"/app/avo-kernel-params "$build"/tests/avo-scripted-llm; do
  [ -x "$exe" ] || continue
  cp "$exe" "$out/libexec/"
  strip --strip-unneeded "$out/libexec/$(basename "$exe")" 2>/dev/null || true
  name=$(basename "$exe")
  # A wrapper so the bundled libraries are found; avo puts its own directory first on the PATH of
  # task commands, so the harness is found through its wrapper too.
  cat > "$out/bin/$name" <<WRAP
#!/bin/sh
here=\$(cd "\$(dirname "\$0")/.." && pwd)
export LD_LIBRARY_PATH="\$here/lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
exec "\$here/libexec/$name" "\$@"
WRAP
  chmod +x "$out/bin/$name"
  ldd "$exe" | awk '/=> \// {print $3}' | while read -r lib; do
    case "$(basename "$lib")" in
      libc.so*|libm.so*|libdl.so*|librt.so*|libpthread.so*|libresolv.so*|libutil.so*|libanl.so*|libnss_*|ld-linux*|libgcc_s.so*|libstdc++.so*) ;;  # the C runtime, from the target
      libcuda.so*|libcudnn*|libnvidia*|libnvrtc*|libcudart*|libcublas*|libnvJitLink*) ;;  # from the target's CUDA
      *) cp -nL "$lib" "$out/lib/" ;;
    esac
  done
done
# The kernel judge's reference process runs this script; the judge looks for it beside itself.
[ -f "$build/app/reference_runner.py" ] && cp "$build/app/reference_runner.py" "$out/libexec/"
echo "bundle: $(ls "$out/libexec" | wc -l) programs, $(ls "$out/lib" | wc -l) libraries in $out"
