#!/usr/bin/env bash
# Set up (idempotent) and start Agent Desktop on its embedded defaults. Extra arguments go to main.py.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh app
exec .venv-app/bin/python main.py "$@"
