#!/usr/bin/env bash
# Set up (idempotent) and run the whole test suite headless. Extra arguments go to pytest.
set -uo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test || exit 1
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -ra -p no:cacheprovider "$@"
rc=$?
if [ "$rc" = "5" ]; then
  echo "test.sh: pytest collected no tests; that is a failure here"
  exit 1
fi
exit "$rc"
