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

# shellcheck source=scripts/ci/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

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
