# shellcheck shell=bash
# apt.sh - helpers shared by the provisioning scripts (sourced, not run).
# Expects log() and die() to be defined by the caller; log writes to stderr.

# CI_APT_UPDATED_STAMP (exported by .ci/run) lets all provisioning scripts of one
# CI run share a single `apt-get update`.
APT_OPTS=(-q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300)

# Run quietly; dump the tail of the output only on failure. Anything that may start a
# server (apt's postinst, pg_ctlcluster) runs with fd 3 closed and stdio redirected: a
# daemon inherits open fds, and an inherited pipe would keep a caller like
# `$(ensure-postgres.sh | tail -1)` waiting forever.
run_logged() {
  local out rc=0
  out=$(mktemp)
  "$@" </dev/null >"$out" 2>&1 3>&- || rc=$?
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
