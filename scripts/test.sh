#!/usr/bin/env bash
# The test suite, as the README gives it: every test on H2 and, where a database is involved, on a real
# PostgreSQL server too; the browser tests in Debian's headless Chromium; workbooks opened by Debian's LibreOffice. Uses PROCEDO_TEST_PG_URL when set; otherwise starts a throwaway server (installing
# Debian's postgresql when run as root and it is missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=pg.sh
source "$ROOT/scripts/pg.sh"

# The browser tests drive Debian's headless Chromium through Debian's chromedriver.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# The report tests convert the workbooks with Debian's headless LibreOffice.
[ -x /usr/bin/soffice ] || missing+=(libreoffice-calc-nogui)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "test: installing ${missing[*]} from Debian's packages" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  else
    echo "test: the browser and report tests need: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
if [ -z "${PROCEDO_TEST_PG_URL:-}" ]; then
  pg_start
  trap pg_stop EXIT
fi
cd "$ROOT"
# Two modules at once (the engine needs none of the others), and in each module's test JVM several test classes
# at once (the surefire configuration of pom.xml): every test runs, in about half the time of one after another.
mvn -B -T 2 verify "$@"
