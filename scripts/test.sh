#!/usr/bin/env bash
# The test suite, as the README gives it: every test on H2 and, where a database is involved, on a real
# PostgreSQL server too. Uses PROCEDO_TEST_PG_URL when set; otherwise starts a throwaway server (installing
# Debian's postgresql when run as root and it is missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=pg.sh
source "$ROOT/scripts/pg.sh"
if [ -z "${PROCEDO_TEST_PG_URL:-}" ]; then
  pg_start
  trap pg_stop EXIT
fi
cd "$ROOT"
mvn -B verify "$@"
