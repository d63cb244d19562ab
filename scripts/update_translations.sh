#!/usr/bin/env bash
# Collect every translatable string of our packages into resources/i18n/*.ts (zh_CN and en).
# Existing translations are kept; strings that disappeared are dropped (-no-obsolete).
# Then fill the zh_CN translations (Qt Linguist: .venv/bin/pyside6-linguist) and run scripts/setup.sh,
# which compiles the .ts files to the .qm files the app loads.
#
# pyside6-lupdate only sees literal self.tr("..."), QCoreApplication.translate("Ctx", "...") and
# QT_TRANSLATE_NOOP("Ctx", "..."). lupdate reads a scratch copy of the sources (same paths and line numbers,
# so the .ts locations stay right) that scripts/translation_markings.py rewrote so it also collects the two
# other styles our code uses (one-argument wrappers such as def _tr(text): return translate("Ctx", text),
# and self.tr("...") inside an f-string); it lists the markings nothing can collect (a context that is not
# a literal string, an f-string as the text). tests/test_translations.py fails on those, and on any
# marked text the zh_CN catalogue lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(main.py agent_desktop softphone screenpop forms crm backoffice)  # as PACKAGES in translation_markings.py
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/resources/i18n"
find "${packages[@]}" -name '*.py' -not -path '*/__pycache__/*' -exec cp --parents -t "$scratch" {} +
cp resources/i18n/agent_desktop_*.ts "$scratch/resources/i18n/"

.venv/bin/python scripts/translation_markings.py "$scratch"

(
  cd "$scratch"
  mapfile -t sources < <(find "${packages[@]}" -name '*.py' | sort)
  for lang in zh_CN en; do
    "$OLDPWD/.venv/bin/pyside6-lupdate" -silent -no-obsolete -source-language en -target-language "$lang" \
      "${sources[@]}" -ts "resources/i18n/agent_desktop_${lang}.ts"
  done
)
cp "$scratch"/resources/i18n/agent_desktop_*.ts resources/i18n/
echo "update_translations: $(grep -c '<message' resources/i18n/agent_desktop_zh_CN.ts) messages;" \
  "$(grep -c 'type="unfinished"' resources/i18n/agent_desktop_zh_CN.ts) not yet translated to zh_CN"
