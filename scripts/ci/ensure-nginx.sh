#!/usr/bin/env bash
# ensure-nginx.sh - make sure Debian's nginx is installed (/usr/sbin/nginx) for the scale-out
# topology test (test/hard/topology.test.ts), which starts its own nginx on a free loopback port
# with a temporary config (deploy/nginx/ocop.conf). Installs it only if missing. The package's
# own service is never started: a policy-rc.d refuses it during the install (CI has no systemd,
# and a server left on port 80 would outlive the run).
# Must run as root when it has to install.
set -euo pipefail

NGINX_BIN=/usr/sbin/nginx
POLICY=/usr/sbin/policy-rc.d

log() { printf '%s\n' "$*" >&2; }
die() {
  log "ensure-nginx: ERROR: $*"
  exit 1
}

# shellcheck source=scripts/ci/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

t0=$SECONDS
if [[ -x $NGINX_BIN ]]; then
  log "nginx already installed"
else
  log "nginx not found at $NGINX_BIN"
  made_policy=0
  if [[ ! -e $POLICY ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$POLICY"
    chmod 0755 "$POLICY"
    made_policy=1
  fi
  rc=0
  apt_install nginx || rc=$?
  if ((made_policy == 1)); then rm -f "$POLICY"; fi
  ((rc == 0)) || die "apt-get install nginx failed"
  [[ -x $NGINX_BIN ]] || die "package installed but $NGINX_BIN is missing"
fi
"$NGINX_BIN" -v 2>&1 | head -n 1 >&2
"$NGINX_BIN" -t -q || die "nginx -t failed on the stock configuration"
log "ensure-nginx: ok in $((SECONDS - t0))s ($NGINX_BIN)"
