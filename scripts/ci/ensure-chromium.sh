#!/usr/bin/env bash
# ensure-chromium.sh - make sure Debian's `chromium` package is installed
# (/usr/bin/chromium) and can start headless. Installs it only if missing (~85 s).
#
# Why Debian's package and not a browser download (e.g. `playwright install`):
# CI can only reach the npm registry and Debian's apt mirrors, so CDN browser
# downloads fail there; the Debian package also pulls in every shared library and
# font it needs and receives security updates. Tests use playwright-core with
# CHROMIUM_PATH=/usr/bin/chromium (exported by .ci/run).
# Must run as root when it has to install.
set -euo pipefail

CHROMIUM_BIN=/usr/bin/chromium

log() { printf '%s\n' "$*" >&2; }
die() {
  log "ensure-chromium: ERROR: $*"
  exit 1
}

# CI_APT_UPDATED_STAMP (exported by .ci/run) lets all provisioning scripts of one
# CI run share a single `apt-get update`.
APT_OPTS=(-q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300)
run_logged() { # run quietly; dump the tail of the output only on failure
  local out rc=0
  out=$(mktemp)
  "$@" </dev/null >"$out" 2>&1 || rc=$?
  if ((rc != 0)); then
    log "command failed (exit $rc): $*"
    tail -n 60 "$out" >&2
  fi
  rm -f "$out"
  return "$rc"
}
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local stamp=${CI_APT_UPDATED_STAMP:-} t0=$SECONDS
  [[ $(id -u) -eq 0 ]] || die "need root to apt-get install $*"
  if [[ -z $stamp || ! -e $stamp ]]; then
    log "==> apt-get update"
    run_logged apt-get "${APT_OPTS[@]}" update
    if [[ -n $stamp ]]; then : >"$stamp"; fi
  fi
  log "==> installing $*"
  run_logged apt-get "${APT_OPTS[@]}" install -y "$@"
  log "    installed $* in $((SECONDS - t0))s"
}

t0=$SECONDS
if [[ -x $CHROMIUM_BIN ]]; then
  log "chromium already installed"
else
  log "chromium not found at $CHROMIUM_BIN"
  apt_install chromium
  [[ -x $CHROMIUM_BIN ]] || die "package installed but $CHROMIUM_BIN is missing"
fi

version=$("$CHROMIUM_BIN" --version 2>/dev/null) || die "$CHROMIUM_BIN --version failed (missing libraries?)"
log "$version"

# Smoke test: start headless and render a page. --no-sandbox because CI runs as root
# (playwright-core passes it too by default).
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
dom=$(timeout 60 "$CHROMIUM_BIN" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --user-data-dir="$profile" --dump-dom 'data:text/html,<p>chromium-smoke-ok</p>' 2>"$profile/stderr") || true
if [[ $dom != *chromium-smoke-ok* ]]; then
  tail -n 30 "$profile/stderr" >&2 || true
  die "headless chromium smoke test failed"
fi
log "ensure-chromium: ok in $((SECONDS - t0))s ($CHROMIUM_BIN)"
