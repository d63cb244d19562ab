"""The exports' texts in the reader's language (``?lang=zh_CN``), from the desktop's translation files.

The back office has no Qt translator: the translations of the contexts an export writes (``Kpis``,
``ReportExport``; ``Reports`` and ``Codes`` for a call's codes, the intervals and a group without a
name, ``Presence`` for not-ready reasons: the labels the report screens and the card show,
:mod:`crm.code_labels`, :mod:`crm.report_names`) are read from ``resources/i18n/agent_desktop_<lang>.ts``
(the same texts the desktop shows). A language without a file, or a text without a translation, stays
English.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from crm.i18n import Msg

logger = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CONTEXTS = frozenset({"Kpis", "ReportExport", "Reports", "Codes", "Presence"})
_LANG = re.compile(r"^[a-z]{2}(_[A-Z]{2})?$")


@functools.cache
def _table(lang: str) -> dict[tuple[str, str], str]:
    path = I18N_DIR / f"agent_desktop_{lang}.ts"
    if not _LANG.match(lang) or not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        logger.warning("translations of %s not readable", lang)
        return {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            if node.text:
                out[name, source] = node.text
    return out


def translator(lang: str | None) -> Callable[[str], str]:
    """``tr(text)``: ``text`` (a :class:`crm.i18n.Msg` of one of :data:`CONTEXTS`) in ``lang``."""
    table = _table(lang) if lang else {}

    def tr(text: str) -> str:
        context = text.context if isinstance(text, Msg) else "ReportExport"
        return table.get((context, str(text)), str(text))

    return tr
