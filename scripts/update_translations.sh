#!/usr/bin/env bash
# Collect every translatable string of our packages into resources/i18n/*.ts (zh_CN and en).
# Existing translations are kept; strings that disappeared are dropped (-no-obsolete).
# Then fill the zh_CN translations (Qt Linguist: .venv/bin/pyside6-linguist) and run scripts/setup.sh,
# which compiles the .ts files to the .qm files the app loads.
#
# pyside6-lupdate only sees literal self.tr("..."), QCoreApplication.translate("Ctx", "...") and
# QT_TRANSLATE_NOOP("Ctx", "..."). Two more styles are used in our code, so lupdate reads a scratch copy
# of the sources (same paths and line numbers, so the .ts locations stay right) in which
#   - calls of one-argument wrappers such as  def _tr(text): return QCoreApplication.translate("Ctx", text)
#     (or return QT_TRANSLATE_NOOP("Ctx", text)) are spelled QT_TRANSLATE_NOOP("Ctx", ...), and
#   - self.tr("...") written inside an f-string is repeated after the line as QT_TRANSLATE_NOOP("Class", "...").
# Afterwards it lists markings lupdate cannot collect (f-strings or computed text passed to tr()/translate()).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(main.py agent_desktop softphone screenpop forms crm backoffice)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/resources/i18n"
find "${packages[@]}" -name '*.py' -not -path '*/__pycache__/*' -exec cp --parents -t "$scratch" {} +
cp resources/i18n/agent_desktop_*.ts "$scratch/resources/i18n/"

.venv/bin/python - "$scratch" <<'PY'
"""Rewrite wrapper calls and f-string tr() calls in the scratch copy so lupdate sees them."""
import ast
import json
import pathlib
import sys

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
root = pathlib.Path(sys.argv[1])


def literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def call_name(node):
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None


def wrapper_context(fn):
    """'Ctx' when fn is `def fn(text): return translate("Ctx", text)` (or QT_TRANSLATE_NOOP)."""
    if len(fn.args.args) != 1 or not fn.body:
        return None
    ret = fn.body[-1]
    if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
        return None
    call = ret.value
    if call_name(call) not in MARKERS or len(call.args) != 2:
        return None
    arg = call.args[1]
    if isinstance(arg, ast.Name) and arg.id == fn.args.args[0].arg:
        return literal(call.args[0])
    return None


warnings = []
for path in sorted(root.rglob("*.py")):
    rel = path.relative_to(root)
    data = path.read_bytes()
    try:
        tree = ast.parse(data, str(rel))
    except SyntaxError as exc:
        warnings.append(f"{rel}:{exc.lineno}: not parsed ({exc.msg})")
        continue
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def enclosing(node, kind):
        while node in parents:
            node = parents[node]
            if isinstance(node, kind):
                return node
        return None

    wrappers = {n.name: ctx for n in ast.walk(tree)
                if isinstance(n, ast.FunctionDef) and (ctx := wrapper_context(n)) is not None}
    lines = data.split(b"\n")
    edits = []  # (line index, start byte, end byte, replacement)
    appended = {}  # line index -> extra markings
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if isinstance(node.func, ast.Name) and name in wrappers and node.func.lineno == node.func.end_lineno:
            ctx = json.dumps(wrappers[name], ensure_ascii=False)
            edits.append((node.func.lineno - 1, node.func.col_offset, node.func.end_col_offset + 1,
                          f"QT_TRANSLATE_NOOP({ctx}, ".encode()))
            continue
        in_fstring = enclosing(node, ast.JoinedStr) is not None
        texts = []
        if name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            cls = enclosing(node, ast.ClassDef)
            texts = [(cls.name if cls else "", node.args[0])]
        elif name in MARKERS and len(node.args) == 2:
            ctx = literal(node.args[0])
            texts = [(ctx, node.args[1])] if ctx is not None else []
        for ctx, arg in texts:
            if isinstance(arg, ast.JoinedStr):
                warnings.append(f"{rel}:{node.lineno}: f-string cannot be translated: {ast.unparse(arg)[:90]}")
            elif literal(arg) is not None and in_fstring:
                mark = f"QT_TRANSLATE_NOOP({json.dumps(ctx, ensure_ascii=False)}, {json.dumps(literal(arg), ensure_ascii=False)})"
                appended.setdefault(node.end_lineno - 1, []).append(mark.encode())
    if not edits and not appended:
        continue
    for index, start, end, text in sorted(edits, reverse=True):
        lines[index] = lines[index][:start] + text + lines[index][end:]
    for index, marks in appended.items():
        lines[index] += b" " + b" ".join(marks)
    path.write_bytes(b"\n".join(lines))
for warning in warnings:
    print("update_translations: warning:", warning)
PY

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
