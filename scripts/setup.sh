#!/usr/bin/env bash
# Idempotent set-up shared by ./run.sh and ./test.sh:
#   Debian packages (installed when root, otherwise the exact apt command is printed),
#   a virtual environment with the pinned Python packages, compiled translations, compiled bytecode.
# Usage: scripts/setup.sh [app|test]
#   app:  .venv-app, the app's packages only (what ./run.sh runs from: no test-only package, e.g. no
#         plaintext keyring backend, can change how the app behaves)
#   test: .venv, the app's packages plus the test and developer tools (./test.sh, benchmarks, scripts)
set -euo pipefail
mode="${1:-app}"
cd "$(dirname "$0")/.."

debs=(libportaudio2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libpulse0 python3-venv fonts-wqy-microhei)
if [ "$mode" = "test" ]; then
  debs+=(sip-tester kamailio kamailio-tls-modules postgresql iproute2 dbus-daemon dbus-bin xvfb x11-utils
        espeak-ng sox)  # espeak-ng, sox: the answering machine detection samples (tests/softphone/amd_samples.py)
fi

missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing; install them with:"
    echo "  sudo apt-get install -y ${missing[*]}"
  fi
fi

py="${PYTHON:-}"
if [ -z "$py" ]; then
  for cand in python3.11 python3.12 python3.10 python3; do
    if command -v "$cand" >/dev/null 2>&1; then py="$cand"; break; fi
  done
fi
venv=.venv
[ "$mode" = "app" ] && venv=.venv-app
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating virtual environment $venv with $py"
  "$py" -m venv "$venv"
fi

extras="."
[ "$mode" = "test" ] && extras=".[test]"
stamp_want="$mode $(sha256sum pyproject.toml | cut -c1-16)"
stamp_have="$(cat "$venv"/.setup-stamp-"$mode" 2>/dev/null || true)"
if [ "$stamp_want" != "$stamp_have" ]; then
  echo "setup: installing Python packages ($extras)"
  "$venv"/bin/python -m pip install -q --disable-pip-version-check -e "$extras"
  echo "$stamp_want" > "$venv"/.setup-stamp-"$mode"
fi

# Compile translations (.ts -> .qm) when a source is newer than its output.
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$venv"/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

# Bytecode ahead of time: the app's modules and shiboken6's signature support (scripts/bytecode.py), so
# that no start compiles source, even where PYTHONDONTWRITEBYTECODE is set.
"$venv"/bin/python scripts/bytecode.py || echo "setup: some modules did not compile (see above)"
