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
DS_BUILD_OPS=0 "${PIP[@]}" install -c constraints.txt -e ".[ml,plot,dev]"
echo "[python] ready: $("$VENV/bin/python" -c 'import codem_core, prefect, torch; print("codem", codem_core.__version__, "prefect", prefect.__version__, "torch", torch.__version__)')"
