#!/usr/bin/env bash
# Collect every translatable string of our packages into resources/i18n/*.ts (zh_CN and en).
# Existing translations are kept; strings that disappeared are marked obsolete (removed with -no-obsolete).
# Then fill the zh_CN translations (Qt Linguist: .venv/bin/pyside6-linguist) and run scripts/setup.sh,
# which compiles the .ts files to the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find main.py agent_desktop softphone screenpop forms crm -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in zh_CN en; do
  .venv/bin/pyside6-lupdate -silent -no-obsolete -source-language en -target-language "$lang" \
    "${sources[@]}" -ts "resources/i18n/agent_desktop_${lang}.ts"
done
echo "update_translations: $(grep -c '<message' resources/i18n/agent_desktop_zh_CN.ts) messages;" \
  "$(grep -c 'type="unfinished"' resources/i18n/agent_desktop_zh_CN.ts) not yet translated to zh_CN"
