"""Where our sources mark text for translation, read the way ``pyside6-lupdate`` collects it.

``pyside6-lupdate`` only sees literal ``self.tr("...")``, ``QCoreApplication.translate("Ctx", "...")`` and
``QT_TRANSLATE_NOOP("Ctx", "...")``. Two more styles are used in our code, so :func:`scan` also gives,
for the scratch copy lupdate reads (same paths and line numbers, so the .ts locations stay right), the
file rewritten so that
  - calls of one-argument wrappers such as  ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
    (or ``return QT_TRANSLATE_NOOP("Ctx", text)``) are spelled ``QT_TRANSLATE_NOOP("Ctx", ...)``, and
  - ``self.tr("...")`` written inside an f-string is repeated after the line as
    ``QT_TRANSLATE_NOOP("Class", "...")``.
Markings nothing can collect are listed as problems: a context that is not a literal string (lupdate
drops the text), an f-string as the text, ``tr()`` outside a class.

``scripts/update_translations.sh`` runs this on its scratch copy (``python scripts/translation_markings.py
DIR``); ``tests/test_translations.py`` checks with :func:`scan_tree` that every marked text is in the
catalogue with its Chinese.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES = ("main.py", "agent_desktop", "softphone", "screenpop", "forms", "crm", "backoffice")
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Marking:
    """One text marked for translation: where, in which context, the English source."""

    where: str
    context: str
    source: str


@dataclass
class FileScan:
    markings: list[Marking] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    rewritten: bytes | None = None
    """The file as lupdate should read it (None: as it is)."""


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str | None:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None


def _wrapper_context(fn: ast.FunctionDef) -> str | None:
    """'Ctx' when fn is ``def fn(text): return translate("Ctx", text)`` (or QT_TRANSLATE_NOOP)."""
    if len(fn.args.args) != 1 or not fn.body:
        return None
    ret = fn.body[-1]
    if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
        return None
    call = ret.value
    if _call_name(call) not in MARKERS or len(call.args) != 2:
        return None
    arg = call.args[1]
    if isinstance(arg, ast.Name) and arg.id == fn.args.args[0].arg:
        return _literal(call.args[0])
    return None


def _noop(context: str, source: str) -> bytes:
    dump = json.dumps
    return f"QT_TRANSLATE_NOOP({dump(context, ensure_ascii=False)}, {dump(source, ensure_ascii=False)})".encode()


def scan(rel: str, data: bytes) -> FileScan:
    """The markings of one source file (``rel``: its path as shown), its problems and its rewrite."""
    out = FileScan()
    try:
        tree = ast.parse(data, rel)
    except SyntaxError as exc:
        out.problems.append(f"{rel}:{exc.lineno}: not parsed ({exc.msg})")
        return out
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def enclosing(node: ast.AST, kind: type[ast.AST]) -> ast.AST | None:
        while node in parents:
            node = parents[node]
            if isinstance(node, kind):
                return node
        return None

    wrappers = {
        n.name: ctx
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and (ctx := _wrapper_context(n)) is not None
    }
    lines = data.split(b"\n")
    edits: list[tuple[int, int, int, bytes]] = []  # (line index, start byte, end byte, replacement)
    appended: dict[int, list[bytes]] = {}  # line index -> extra markings
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{rel}:{node.lineno}"
        if isinstance(node.func, ast.Name) and name in wrappers and node.args:
            text = _literal(node.args[0])
            if text is not None:
                out.markings.append(Marking(where, wrappers[name], text))
                # name( -> QT_TRANSLATE_NOOP("Ctx",  (the name and its parenthesis, on one line)
                func = node.func
                prefix = f"QT_TRANSLATE_NOOP({json.dumps(wrappers[name], ensure_ascii=False)}, ".encode()
                edits.append((func.lineno - 1, func.col_offset, (func.end_col_offset or 0) + 1, prefix))
            elif isinstance(node.args[0], ast.JoinedStr):
                out.problems.append(f"{where}: f-string cannot be translated: {ast.unparse(node.args[0])[:90]}")
            continue
        if name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            cls = enclosing(node, ast.ClassDef)
            context: str | None = cls.name if isinstance(cls, ast.ClassDef) else None
            arg = node.args[0]
            if context is None and _literal(arg) is not None:
                out.problems.append(f"{where}: tr() outside a class has no context: {ast.unparse(node)[:90]}")
                continue
        elif name in MARKERS and len(node.args) >= 2:
            context, arg = _literal(node.args[0]), node.args[1]
            if context is None and (_literal(arg) is not None or isinstance(arg, ast.JoinedStr)):
                out.problems.append(f"{where}: context is not a literal string: {ast.unparse(node)[:90]}")
                continue
        else:
            continue
        if isinstance(arg, ast.JoinedStr):
            out.problems.append(f"{where}: f-string cannot be translated: {ast.unparse(arg)[:90]}")
        elif context is not None and (text := _literal(arg)) is not None:
            out.markings.append(Marking(where, context, text))
            if enclosing(node, ast.JoinedStr) is not None:
                appended.setdefault((node.end_lineno or node.lineno) - 1, []).append(_noop(context, text))
    if edits or appended:
        for index, start, end, replacement in sorted(edits, reverse=True):
            lines[index] = lines[index][:start] + replacement + lines[index][end:]
        for index, marks in appended.items():
            lines[index] += b" " + b" ".join(marks)
        out.rewritten = b"\n".join(lines)
    return out


def source_files(root: Path) -> Iterator[Path]:
    """Our packages' Python files under ``root`` (the work tree or a scratch copy of it)."""
    for package in PACKAGES:
        path = root / package
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def scan_tree(root: Path) -> Iterator[tuple[Path, FileScan]]:
    for path in source_files(root):
        yield path, scan(str(path.relative_to(root)), path.read_bytes())


def main(argv: list[str]) -> int:
    """Rewrite the scratch copy at ``argv[1]`` for lupdate and list the markings it cannot collect."""
    problems = []
    for path, found in scan_tree(Path(argv[1])):
        if found.rewritten is not None:
            path.write_bytes(found.rewritten)
        problems += found.problems
    for problem in problems:
        print("update_translations: warning:", problem)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
