# A throwaway PostgreSQL server for tests, from Debian's package. Source this file, then:
#   pg_start   installs postgresql when missing (as root), starts a server on a free loopback port and exports
#              PROCEDO_TEST_PG_URL (user postgres, database procedo)
#   pg_stop    stops it and removes its data directory
pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_start() {
  local bin
  bin="$(pg_bin)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "pg: installing postgresql from Debian's packages" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      bin="$(pg_bin)"
    else
      echo "pg: PostgreSQL is not installed; run 'sudo apt-get install postgresql' or set PROCEDO_TEST_PG_URL" >&2
      return 1
    fi
  fi
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  done
  PG_TEST_DIR="$(mktemp -d /tmp/procedo-pg.XXXXXX)"
  local as=()
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "$PG_TEST_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c max_connections=200" start >/dev/null
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc 'create database procedo' >/dev/null
  PG_TEST_BIN="$bin"
  export PROCEDO_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/procedo?user=postgres"
  echo "pg: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

pg_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    local as=()
    [ "$(id -u)" = "0" ] && as=(runuser -u postgres --)
    "${as[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
