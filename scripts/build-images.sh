#!/usr/bin/env bash
# `make images`: Docker ready (scripts/docker-engine.sh), then codem's images, tagged with the
# project's version (never `latest`):
#   codem/executor:V         docker/executor --target sandbox  (--sandbox docker runs programs here)
#   codem/executor-worker:V  docker/executor --target worker   (execute stage on a docker work pool,
#                                                               Prefect server and moto in compose)
#   codem/trainer-cpu:V      docker/trainer VARIANT=cpu FROM debian:12-slim (the CUDA variant,
#                            codem/trainer:V, needs the nvidia/cuda base: IMAGES=trainer)
# IMAGES selects (default "executor worker trainer-cpu"). Each build's log is kept in
# $CODEM_IMAGE_LOGS; an unchanged image rebuilds from the layer cache in seconds. Exit status 3:
# no engine can run here (scripts/docker-engine.sh's one line); 1: a build failed.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGES="${IMAGES:-executor worker trainer-cpu}"
LOGS="${CODEM_IMAGE_LOGS:-${TMPDIR:-/tmp}/codem-image-logs}"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)"
[ -n "$VERSION" ] || { echo "[images] error: no version in pyproject.toml" >&2; exit 1; }

bash scripts/docker-engine.sh
mkdir -p "$LOGS"

# From the host (docker/host/README.md): its CA bundle, for npm/pip inside the builds, and the
# versions of its .venv as pip constraints (written only when they change: the layer cache stays).
update() { cmp -s "$1" "$2" 2>/dev/null || cp "$1" "$2"; }
if [ -s /etc/ssl/certs/ca-certificates.crt ]; then update /etc/ssl/certs/ca-certificates.crt docker/host/ca-certificates.crt; fi
lock="$(mktemp)"
echo "# pip freeze of the host's .venv (scripts/build-images.sh)" >"$lock"
if [ -x .venv/bin/pip ]; then
  .venv/bin/pip freeze --exclude-editable 2>/dev/null | grep -v -i -E '^(codem|codem-experiment)[=@ ]' | sed -E 's/^(torch[a-z]*==[^+]+)\+.*/\1/' >>"$lock"
fi
update "$lock" docker/host/constraints.lock
rm -f "$lock"

# torch's CPU wheel from pip's find-links folders (the host's own copy), for the cpu trainer.
torch_wheel() {
  local dirs py=cp311  # the cpu variant's Python: Debian 12's 3.11
  local pip
  pip="$(command -v .venv/bin/pip || command -v pip3 || true)"
  dirs="${PIP_FIND_LINKS:-} $([ -n "$pip" ] && "$pip" config list 2>/dev/null | sed -n "s/.*find-links='\(.*\)'/\1/p")"
  for d in $dirs; do
    ls "${d#file://}"/torch-2.13.0+cpu-"$py"-"$py"-*x86_64.whl 2>/dev/null | head -n 1
  done | head -n 1
}

# CPU seconds the engine spent (its containers' cgroup, dockerd, containerd): unlike wall time it
# does not depend on what else the machine runs, so builds measured on a loaded machine compare.
# Empty when unreadable (cgroup v2 or no root).
engine_cpu() {
  local ns=0 ticks=0 pid f
  f=/sys/fs/cgroup/cpuacct/docker/cpuacct.usage
  [ -r "$f" ] || { echo ""; return; }
  ns=$(cat "$f")
  for pid in $(pgrep -x dockerd) $(pgrep -x containerd); do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((ns / 1000000000 + ticks / $(getconf CLK_TCK)))
}

build() {  # name tag dockerfile [docker build args...]
  local name="$1" tag="$2" file="$3"; shift 3
  local log="$LOGS/$name.log" start end cpu0 cpu1 cpu=""
  start=$(date +%s)
  cpu0="$(engine_cpu)"
  echo "[images] building $tag ($file; log $log)"
  # --network host: the build reaches the package registries the way the host does; every log
  # line carries the time it was printed (the steps' durations)
  if ! docker build --network host -f "$file" -t "$tag" "$@" . 2>&1 \
      | while IFS= read -r line; do printf '%(%H:%M:%S)T %s\n' -1 "$line"; done >"$log"; then
    echo "[images] error: building $tag failed: $(grep -v '^[0-9:]* *$' "$log" | tail -n 1) (full log: $log)" >&2
    exit 1
  fi
  end=$(date +%s)
  cpu1="$(engine_cpu)"
  [ -n "$cpu0" ] && [ -n "$cpu1" ] && cpu=", engine CPU $((cpu1 - cpu0)) s"
  echo "[images] $tag: $(docker image inspect -f '{{.Size}}' "$tag" | awk '{printf "%.0f MB", $1/1e6}')," \
    "$((end - start)) s (load $(cut -d' ' -f1-3 /proc/loadavg)$cpu)"
}

# llama-cpp-python as make install built it (scripts/install-python.sh keeps it by build flags).
llama_wheel() {
  ls "${CODEM_WHEEL_CACHE:-$HOME/.cache/codem/wheels}"/llama-0.3.36-*/llama_cpp_python-0.3.36-*.whl 2>/dev/null | head -n 1
}

wheels() {  # docker/wheels/ holds exactly the given wheels (hard links when possible)
  placed=1
  rm -f docker/wheels/*.whl
  for w in "$@"; do [ -n "$w" ] && { ln "$w" docker/wheels/ 2>/dev/null || cp "$w" docker/wheels/; }; done
  return 0
}
placed=0
# what the host lent goes once the builds are done (the layer cache keys on content, so the next
# run's identical copy hits it); the CA bundle would otherwise sit in the checkout for linters
trap 'rm -f docker/host/ca-certificates.crt; [ "$placed" = 1 ] && rm -f docker/wheels/*.whl' EXIT

for image in $IMAGES; do
  case "$image" in
    executor) build executor "codem/executor:$VERSION" docker/executor/Dockerfile --target sandbox ;;
    worker)
      wheels "$(llama_wheel)"
      build worker "codem/executor-worker:$VERSION" docker/executor/Dockerfile --target worker ;;
    trainer-cpu)
      wheels "$(torch_wheel)"
      build trainer-cpu "codem/trainer-cpu:$VERSION" docker/trainer/Dockerfile \
        --build-arg VARIANT=cpu --build-arg BASE_IMAGE=debian:12-slim ;;
    trainer) wheels; build trainer "codem/trainer:$VERSION" docker/trainer/Dockerfile ;;
    *) echo "[images] error: unknown image '$image' (executor, worker, trainer-cpu, trainer)" >&2; exit 2 ;;
  esac
done
