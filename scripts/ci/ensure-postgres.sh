#!/usr/bin/env bash
# ensure-postgres.sh - make sure a PostgreSQL server answers on 127.0.0.1:5432 and
# print the connection URL the test suite should use.
#
# Contract: the URL is the LAST line of stdout; every other message goes to stderr.
#   TEST_DATABASE_URL=$(scripts/ci/ensure-postgres.sh | tail -1)
#
# Steps:
#   1. TEST_DATABASE_URL already set and reachable -> echo it, done.
#   2. Server already answering on 127.0.0.1:5432  -> go to 5.
#   3. No server installed (pg_isready missing counts as "not installed")
#      -> apt-get install -y postgresql (Debian's package).
#   4. Installed but stopped -> pg_ctlcluster --skip-systemctl-redirect <ver> main start
#      (CI has no systemd), then wait up to PG_WAIT_SECONDS (30) for pg_isready.
#   5. Probe `psql -h 127.0.0.1 -U postgres`: trust auth -> URL without password;
#      otherwise (fresh Debian clusters use scram for host connections) set the
#      password of role postgres via the unix socket as OS user postgres and use
#      postgres://postgres:postgres@...
# Must run as root when it has to install or start anything.
set -euo pipefail

# Keep the real stdout on fd 3 for the final URL; send everything else to stderr.
exec 3>&1 1>&2

PG_HOST=127.0.0.1
PG_PORT=${CI_PG_PORT:-5432} # override only for testing this script against another cluster
PG_WAIT_SECONDS=${PG_WAIT_SECONDS:-30}
PG_PASSWORD=postgres # only used when 127.0.0.1 is not configured for trust auth
URL_TRUST="postgres://postgres@${PG_HOST}:${PG_PORT}/postgres"
URL_PASSWORD="postgres://postgres:${PG_PASSWORD}@${PG_HOST}:${PG_PORT}/postgres"

log() { printf '%s\n' "$*"; } # stdout is stderr from here on
die() {
  log "ensure-postgres: ERROR: $*"
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }
# Hide the password part of a URL in log lines.
mask() { sed -E 's#(://[^:/@]*):[^@/]*@#\1:***@#' <<<"$1"; }

# shellcheck source=scripts/ci/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

# ---------------------------------------------------------------- pg helpers
server_ready() {
  have pg_isready && pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3 >/dev/null 2>&1
}
server_installed() {
  have pg_ctlcluster && have pg_isready && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}
# psql probe; with "strict", ignore ambient passwords (PGPASSWORD, ~/.pgpass) so a
# URL without password really means "trust auth works".
psql_ok() { # $1 = url, $2 = strict|lenient
  if [[ ${2:-strict} == strict ]]; then
    env -u PGPASSWORD PGPASSFILE=/nonexistent/.pgpass PGCONNECT_TIMEOUT=5 \
      psql "$1" -X -w -q -A -t -v ON_ERROR_STOP=1 -c 'select 1' >/dev/null 2>&1
  else
    PGCONNECT_TIMEOUT=5 psql "$1" -X -w -q -A -t -v ON_ERROR_STOP=1 -c 'select 1' >/dev/null 2>&1
  fi
}
# "<version> <name>" of the cluster configured for $PG_PORT (empty if none).
cluster_for_port() {
  pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print $1, $2; exit }'
}
start_server() {
  local cluster ver name
  cluster=$(cluster_for_port)
  if [[ -z $cluster ]]; then
    # Server binaries but no cluster on our port (e.g. cluster creation was skipped).
    ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
    [[ -n $ver ]] || die "no PostgreSQL server version found under /usr/lib/postgresql"
    if [[ -d /etc/postgresql/$ver/main ]]; then
      die "cluster $ver/main exists but is not configured for port $PG_PORT; fix or set TEST_DATABASE_URL"
    fi
    log "==> creating PostgreSQL cluster $ver/main on port $PG_PORT"
    run_logged pg_createcluster -p "$PG_PORT" "$ver" main
    cluster="$ver main"
  fi
  read -r ver name <<<"$cluster"
  # /run may be a fresh tmpfs: the socket directory must exist before starting.
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  log "==> starting PostgreSQL cluster $ver/$name (pg_ctlcluster --skip-systemctl-redirect)"
  local out rc=0
  out=$(mktemp)
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start </dev/null >"$out" 2>&1 3>&- || rc=$?
  cat "$out"
  rm -f "$out"
  if ((rc != 0)); then
    # Exit 2 = "already running" (e.g. only listening on the socket); the wait below decides.
    log "pg_ctlcluster start returned $rc; last lines of the server log:"
    tail -n 20 "/var/log/postgresql/postgresql-$ver-$name.log" 2>/dev/null || true
  fi
}
wait_ready() {
  local deadline=$((SECONDS + PG_WAIT_SECONDS))
  until server_ready; do
    if ((SECONDS >= deadline)); then
      pg_lsclusters 2>/dev/null || true
      die "PostgreSQL not accepting connections on $PG_HOST:$PG_PORT after ${PG_WAIT_SECONDS}s"
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------- main
t0=$SECONDS
user_url=${TEST_DATABASE_URL:-}
if [[ -n $user_url ]]; then
  if have psql && psql_ok "$user_url" lenient; then
    log "TEST_DATABASE_URL is set and reachable: $(mask "$user_url")"
    printf '%s\n' "$user_url" >&3
    exit 0
  fi
  log "TEST_DATABASE_URL is set but not reachable yet ($(mask "$user_url")); making sure the local server is up"
fi

if server_ready; then
  log "PostgreSQL already accepting connections on $PG_HOST:$PG_PORT"
else
  if ! server_installed; then
    log "PostgreSQL server not installed"
    apt_install postgresql
  fi
  # The package's postinst may already have started the cluster (sysvinit script).
  if ! server_ready; then
    start_server
  fi
  log "waiting up to ${PG_WAIT_SECONDS}s for $PG_HOST:$PG_PORT"
  wait_ready
  log "PostgreSQL is accepting connections"
fi

if [[ -n $user_url ]]; then
  # Never silently swap a URL somebody chose for a different one.
  psql_ok "$user_url" lenient ||
    die "TEST_DATABASE_URL ($(mask "$user_url")) still not reachable; unset it to use the local server"
  url=$user_url
elif psql_ok "$URL_TRUST" strict; then
  url=$URL_TRUST
  log "trust auth works for role postgres over TCP"
elif psql_ok "$URL_PASSWORD" strict; then
  url=$URL_PASSWORD
  log "trust auth not configured for $PG_HOST; password for role postgres already set"
else
  log "trust auth not configured for $PG_HOST (scram?); setting password of role postgres via the unix socket"
  [[ $(id -u) -eq 0 ]] || die "need root to su to the postgres OS user"
  (cd / && su postgres -c "psql -X -q -p $PG_PORT -v ON_ERROR_STOP=1 -c \"alter user postgres password '$PG_PASSWORD'\"") ||
    die "could not set the password of role postgres via the unix socket"
  psql_ok "$URL_PASSWORD" strict ||
    die "still cannot log in as postgres over TCP; check pg_hba.conf for host 127.0.0.1/32"
  url=$URL_PASSWORD
  log "password set; use TEST_DATABASE_URL=$url"
fi

# CI contract: the local role is a superuser (tests may create databases/schemas).
# A URL passed in via TEST_DATABASE_URL is used as given.
if [[ -z $user_url ]]; then
  super=$(env -u PGPASSWORD PGPASSFILE=/nonexistent/.pgpass psql "$url" -X -w -A -t \
    -c 'select rolsuper from pg_roles where rolname = current_user')
  [[ $super == t ]] || die "role postgres is not a superuser"
fi
log "server: $(psql "$url" -X -w -A -t -c 'show server_version' 2>/dev/null || echo '?')  client: $(psql --version)"
log "ensure-postgres: ok in $((SECONDS - t0))s -> $(mask "$url")"
printf '%s\n' "$url" >&3
