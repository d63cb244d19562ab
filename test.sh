#!/usr/bin/env bash
# Set up (idempotent) and run the whole test suite headless: the house rules (ruff lint and format
# check, mypy), then pytest (which also checks the import contracts, tests/test_architecture.py).
# Extra arguments go to pytest. Any finding fails the run.
set -uo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test || exit 1
export QT_QPA_PLATFORM=offscreen
checks=0
run_check() {
  echo "test.sh: $*"
  "$@" || { echo "test.sh: FAILED: $*"; checks=1; }
}
run_check .venv/bin/ruff check --quiet .
run_check .venv/bin/ruff format --check --quiet .
run_check .venv/bin/mypy
# Three workers: on two cores the suite is mostly waiting on SIP peers, servers and timers, so it
# runs in about half the time (TEST_WORKERS=0 runs it in one process, e.g. to debug).
# A test that fails is run once more (2 s later) before it counts as failed; every retry is listed
# as RERUN in the summary, so a test that fails by timing stays visible.
.venv/bin/python -m pytest -raR -p no:cacheprovider -n "${TEST_WORKERS:-3}" --reruns 1 --reruns-delay 2 "$@"
rc=$?
if [ "$rc" = "5" ]; then
  echo "test.sh: pytest collected no tests; that is a failure here"
  rc=1
fi
if [ "$checks" != "0" ]; then
  echo "test.sh: the house checks above found problems"
  [ "$rc" = "0" ] && rc=1
fi
exit "$rc"
