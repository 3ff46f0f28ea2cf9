# codem: two commands do everything on a fresh Debian 12 machine (root or sudo):
#   make demo   — install, then run the main job on the embedded default
#   make test   — install, build the images (make images), then run the test suite
#   make lint   — ruff (lint + format check) and codespell: seconds, no install when the venv has them
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip -q --disable-pip-version-check
export CODEM_DATA_DIR ?= $(abspath ../shared/data)
STAMP := $(VENV)/.codem-installed
RUFF := $(VENV)/bin/ruff
CODESPELL := $(VENV)/bin/codespell

.PHONY: install toolchains images lint test test-fast demo bench bench-exec bench-docker bench-evolve bench-train bench-generate clean

install: $(STAMP)

toolchains:
	bash scripts/install-toolchains.sh

$(STAMP): pyproject.toml constraints.txt scripts/install-toolchains.sh scripts/install-python.sh
	bash scripts/install-toolchains.sh
	PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/install-python.sh
	touch $(STAMP)

# Docker from Debian, dockerd started, the offline debian:12-slim base, then codem's images
# (scripts/build-images.sh; IMAGES=... selects). make demo never needs them.
images:
	bash scripts/build-images.sh

# Style gate (ruff's config and codespell's are in pyproject.toml). Order-only on the venv's tools:
# a venv that has them is used as it is (no reinstall first), so CI and the before-stop hook spend
# seconds here; only a venv without them runs make install (its dev extra pins ruff and codespell).
lint: | $(RUFF) $(CODESPELL)
	$(RUFF) check .
	$(RUFF) format --check .
	$(CODESPELL)

$(RUFF) $(CODESPELL):
	$(MAKE) install

# The Docker tests use the images; where no engine can run they skip (one line each).
test: install
	bash scripts/build-images.sh || echo "[images] not built: the Docker tests will skip or fail with the reason"
	$(PY) -m pytest -q -p no:cacheprovider tests

test-fast: install
	$(PY) -m pytest -q -p no:cacheprovider tests/unit

# a local Prefect server (UI on 127.0.0.1), then the full-matrix flow with the demo preset
demo: install
	PATH="$(abspath $(VENV))/bin:$$PATH" bash scripts/demo.sh

bench: bench-exec bench-evolve bench-train bench-generate

bench-exec: install
	$(PY) benchmarks/bench_exec.py
	$(PY) benchmarks/bench_exec_samples.py --n 20 --json bench-exec-n20.json

# the docker sandbox against bwrap and against a container per program (needs make images)
bench-docker: install images
	$(PY) benchmarks/bench_sandbox.py --calls 40 --per-language 20

bench-evolve: install
	$(PY) benchmarks/bench_evolve.py --per-language 8 --json-out bench-evolve.json

# BENCH_TRAIN_AGAINST: a git ref whose trainer runs next to the current one (new/old ratios); 16c1dc4 is the
# last commit with codem's own HF-Trainer code path before TRL's SFTTrainer. Empty: no comparison.
BENCH_TRAIN_AGAINST ?= 16c1dc4
bench-train: install
	$(PY) benchmarks/bench_train.py $(if $(BENCH_TRAIN_AGAINST),--against $(BENCH_TRAIN_AGAINST))

bench-generate: install
	$(PY) benchmarks/bench_generate.py --model tiny-gptbigcode --problems 16 --batch-sizes 1,8,16 --max-new-tokens 96
	$(PY) benchmarks/bench_generate.py --model smollm2 --problems 8 --batch-sizes 1,8 --max-new-tokens 32

clean:
	rm -rf $(VENV) build *.egg-info
