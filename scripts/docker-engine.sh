#!/usr/bin/env bash
# Docker on a fresh Debian 12 machine, for `make images` (and the tests that use the engine):
#   1. the engine from Debian (`docker.io`) when `dockerd` is missing, and Debian's
#      `docker-compose` when no Compose is there;
#   2. `dockerd` started in the background when no engine answers (no systemd here): its log is
#      $CODEM_DOCKERD_LOG, its pid file /var/run/docker.pid (dockerd's own);
#   3. the base image `debian:12-slim`: pulled when a registry answers, otherwise made from
#      Debian's packages (debootstrap minbase + the same apt sources as the registry image,
#      upgraded to the current point release and security updates) and `docker import`ed.
# Idempotent: each step is skipped when its result is already there. Errors are one line, exit
# status 3 (no engine or base image can be had here: make test then skips the Docker tests).
set -euo pipefail

BASE_IMAGE="${CODEM_BASE_IMAGE:-debian:12-slim}"
DOCKERD_LOG="${CODEM_DOCKERD_LOG:-/var/log/codem-dockerd.log}"
PULL_TIMEOUT="${CODEM_PULL_TIMEOUT:-45}"

die() { echo "[docker] error: $*" >&2; exit 3; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "installing and starting Docker needs root (or sudo)"
  SUDO="sudo"
fi

apt_install() {
  $SUDO apt-get update -qq >/dev/null || die "apt-get update failed (no Debian mirror reachable?)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

# 1. the engine (a docker CLI alone, e.g. a static client in /usr/local/bin, is not an engine)
if ! command -v dockerd >/dev/null; then
  echo "[docker] installing the engine from Debian (docker.io)"
  apt_install docker.io
fi

# Compose for docker/compose.yaml: Debian's docker-compose (1.29) unless a Compose v2 plugin is there
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null; then
  echo "[docker] installing docker-compose from Debian"
  apt_install docker-compose
fi

# 2. a running daemon
if ! docker info >/dev/null 2>&1; then
  [ -S /var/run/docker.sock ] && [ -f /var/run/docker.pid ] && kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null \
    && die "dockerd (pid $(cat /var/run/docker.pid)) runs but does not answer; see $DOCKERD_LOG"
  echo "[docker] starting dockerd (log: $DOCKERD_LOG)"
  $SUDO mkdir -p "$(dirname "$DOCKERD_LOG")"
  # setsid: the daemon outlives this shell and make; containerd is started by dockerd itself
  $SUDO setsid nohup dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  docker info >/dev/null 2>&1 || die "dockerd did not come up within 60 s: $(tail -n 1 "$DOCKERD_LOG" 2>/dev/null)"
fi
echo "[docker] engine $(docker version --format '{{.Server.Version}}' 2>/dev/null) answers"

# 3. the base image
if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  echo "[docker] base image $BASE_IMAGE present"
  exit 0
fi
if timeout "$PULL_TIMEOUT" docker pull -q "$BASE_IMAGE" >/dev/null 2>&1; then
  echo "[docker] pulled $BASE_IMAGE"
  exit 0
fi
[ "$BASE_IMAGE" = "debian:12-slim" ] || die "cannot pull $BASE_IMAGE and can only build debian:12-slim offline"
echo "[docker] no registry answers: building $BASE_IMAGE from Debian packages (debootstrap, about 2 min)"
command -v debootstrap >/dev/null || apt_install debootstrap
ROOTFS="$(mktemp -d "${TMPDIR:-/tmp}/codem-rootfs.XXXXXX")"
LOG="$ROOTFS.log"
# debootstrap mounts the new root's /proc while it installs: unmounted here if it was interrupted
trap '$SUDO umount -l "$ROOTFS/proc" 2>/dev/null; $SUDO rm -rf "$ROOTFS" "$LOG"' EXIT
chmod 755 "$ROOTFS"  # apt's _apt user downloads into it
MIRROR="${CODEM_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
$SUDO debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >"$LOG" 2>&1 \
  || die "debootstrap failed: $(tail -n 1 "$LOG")"
# the registry image's sources (point release, updates, security), so packages match a host's
$SUDO rm -f "$ROOTFS/etc/apt/sources.list"
$SUDO tee "$ROOTFS/etc/apt/sources.list.d/debian.sources" >/dev/null <<EOF
Types: deb
URIs: ${MIRROR}
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${MIRROR}-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
$SUDO cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
$SUDO chroot "$ROOTFS" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get -y -qq upgrade' >>"$LOG" 2>&1 \
  || die "apt-get upgrade in the new root failed: $(tail -n 1 "$LOG")"
$SUDO chroot "$ROOTFS" sh -c 'apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /etc/resolv.conf /usr/share/doc/* /usr/share/man/*'
$SUDO tar -C "$ROOTFS" --numeric-owner -c . | docker import -c 'CMD ["bash"]' -c 'ENV LANG=C.UTF-8' \
  -m "debootstrap --variant=minbase bookworm (codem scripts/docker-engine.sh)" - "$BASE_IMAGE" >/dev/null \
  || die "docker import failed"
echo "[docker] built $BASE_IMAGE ($(docker image inspect -f '{{.Size}}' "$BASE_IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
