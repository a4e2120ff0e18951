#!/usr/bin/env bash
# Installs what building and testing diplograph needs beyond the Rust toolchain, when it
# is missing: libclang (oxigraph's RocksDB bindings are generated with bindgen) and
# Graphviz (`diplograph graph --format svg|png`, and the DOT check in the tests).
set -euo pipefail
need=()
# (libclang-cpp, which some machines have, is not the C library bindgen loads.)
if ! compgen -G '/usr/lib/llvm-*/lib/libclang.so*' >/dev/null \
  && ! compgen -G '/usr/lib/llvm-*/lib/libclang-[0-9]*.so*' >/dev/null \
  && ! ldconfig -p 2>/dev/null | grep -E 'libclang(-[0-9.]+)?\.so' >/dev/null; then
  need+=(libclang-dev)
fi
command -v dot >/dev/null 2>&1 || need+=(graphviz)
# The remote-store test runs against Oxigraph server, whose prebuilt `oxigraph` command
# comes with the PyPI package `oxigraph`.
scripts_dir=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true)
if ! command -v oxigraph >/dev/null 2>&1 && [ ! -x "$scripts_dir/oxigraph" ]; then
  echo "setup: installing the Oxigraph server (pip install oxigraph)" >&2
  python3 -m pip install --quiet oxigraph >&2 || { echo "setup: pip install oxigraph failed" >&2; exit 1; }
fi
if ((${#need[@]} == 0)); then
  exit 0
fi
echo "setup: installing ${need[*]} (Debian packages)" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "setup: need root to install ${need[*]}; run: apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
