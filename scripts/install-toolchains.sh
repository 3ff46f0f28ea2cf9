#!/usr/bin/env bash
# The one place that installs the toolchains the execution engine runs generated code with.
# Used by `make install` on a host and by docker/executor/Dockerfile, so both get the same
# compilers, runtimes, sandbox and npm packages.
#   Debian packages: bubblewrap (sandbox), golang-go + testify (Go tests, offline GOPATH),
#   libboost-dev and libssl-dev (HumanEval-X C++ tasks 22/137/162), a JDK, node + npm, and
#   Debian's rustc + cargo with the crates HumanEvalPack's Rust tests use (rand, regex, md5: an
#   offline registry under /usr/share/cargo/registry).
#   npm packages (into $CODEM_NODE_PREFIX, default /opt/codem-node): js-md5 (JS task 162),
#   typescript (type-checking HumanEval-TypeScript).
# Each language's spec (codem_core/languages/<lang>/__init__.py) names the packages its toolchain
# needs (`python -m codem_core.languages packages`); tests/unit/test_languages.py checks that the
# lists below hold them all. The lists stay here so this script runs before any Python exists.
set -euo pipefail

NODE_PREFIX="${CODEM_NODE_PREFIX:-/opt/codem-node}"
APT_PACKAGES=(bubblewrap golang-go golang-github-stretchr-testify-dev libboost-dev libssl-dev
              openjdk-17-jdk-headless gcc g++ make python3 nodejs npm ca-certificates
              rustc cargo librust-rand-dev librust-regex-dev librust-md5-dev)
NPM_PACKAGES=(js-md5@0.8.3 typescript@5.9.3)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# node/npm may come from elsewhere than Debian (e.g. NodeSource images): accept them on PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=(); for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[toolchains] apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "[toolchains] Debian packages present"
fi

need_npm=0
for spec in "${NPM_PACKAGES[@]}"; do
  name="${spec%@*}"
  [ -f "$NODE_PREFIX/node_modules/$name/package.json" ] || need_npm=1
done
if [ "$need_npm" -eq 1 ]; then
  echo "[toolchains] npm install ${NPM_PACKAGES[*]} -> $NODE_PREFIX"
  $SUDO mkdir -p "$NODE_PREFIX"
  $SUDO npm install --silent --no-audit --no-fund --prefix "$NODE_PREFIX" "${NPM_PACKAGES[@]}" >/dev/null
  $SUDO chmod -R a+rX "$NODE_PREFIX"
else
  echo "[toolchains] npm packages present in $NODE_PREFIX"
fi
echo "[toolchains] ready"
