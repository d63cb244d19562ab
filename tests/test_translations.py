"""Every user-visible string ships in Chinese: every text the sources mark for translation is in the
zh_CN catalogue, and the catalogue has no unfinished or empty entry."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "agent_desktop_zh_CN.ts"


def _markings_module() -> ModuleType:
    """scripts/translation_markings.py: how scripts/update_translations.sh reads the markings."""
    spec = importlib.util.spec_from_file_location("translation_markings", ROOT / "scripts" / "translation_markings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def _finished(translation: ET.Element) -> bool:
    forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
    return translation.get("type") != "unfinished" and all(f and f.strip() for f in forms)


def test_every_marked_text_is_collected_with_its_chinese() -> None:
    """A text marked where lupdate cannot collect it (a context held in a variable, an f-string) would
    show in English in the Chinese UI; so would one marked after the catalogue was last updated."""
    chinese = {
        (context.findtext("name"), message.findtext("source")): _finished(message.find("translation"))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
    }
    markings = _markings_module()
    problems, missing, count = [], [], 0
    for _path, found in markings.scan_tree(ROOT):
        problems += found.problems
        for marking in found.markings:
            count += 1
            if not chinese.get((marking.context, marking.source)):
                missing.append(f"{marking.where}: {marking.context}|{marking.source}")
    assert not problems, f"markings scripts/update_translations.sh cannot collect: {problems}"
    assert not missing, (
        f"{len(missing)} marked texts without Chinese (run scripts/update_translations.sh): {missing[:10]}"
    )
    assert count > 1000


def test_markings_lupdate_cannot_see_are_found_and_wrappers_are_collected() -> None:
    source = b"""
from PySide6.QtCore import QCoreApplication

CTX = "Coaching"


def _tr(text):
    return QCoreApplication.translate("Labels", text)


class Panel:
    def texts(self, n):
        return [_tr("Open"), f"{self.tr('Sent.')} {n}", QT_TRANSLATE_NOOP(CTX, "Write the message first."),
                self.tr(f"{n} left"), QCoreApplication.translate("Panel", "Close")]
"""
    found = _markings_module().scan("panel.py", source)
    assert {(m.context, m.source) for m in found.markings} == {
        ("Labels", "Open"),
        ("Panel", "Sent."),
        ("Panel", "Close"),
    }
    assert sorted(problem.split(": ")[:2] for problem in found.problems) == [
        ["panel.py:13", "context is not a literal string"],
        ["panel.py:14", "f-string cannot be translated"],
    ]
    assert found.rewritten is not None  # what lupdate reads: the wrapper call and the tr() in the f-string
    line = found.rewritten.decode().splitlines()[12]
    assert line.startswith('        return [QT_TRANSLATE_NOOP("Labels", "Open"), f"{self.tr(')
    assert line.endswith('QT_TRANSLATE_NOOP("Panel", "Sent.")')


def test_every_chinese_translation_is_finished() -> None:
    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if not _finished(message.find("translation")):
                missing.append(f"{name}: {message.findtext('source')}")
    assert not missing, f"{len(missing)} strings without Chinese: {missing[:10]}"
    assert sum(1 for _ in ET.parse(TS).getroot().iter("message")) > 500


EN = TS.with_name("agent_desktop_en.ts")


def test_english_counts_read_as_english(qapp) -> None:
    """In English, "%n customer(s)" reads "1 customer" and "3 customers", not "customer(s)"."""
    from PySide6.QtCore import QCoreApplication

    from agent_desktop.shell.i18n import TranslationManager

    translations = TranslationManager(qapp)
    translations.set_language("zh_CN")
    translations.set_language("en")
    try:
        one = QCoreApplication.translate("SearchPanel", "%n customer(s) shown", "", 1)
        three = QCoreApplication.translate("SearchPanel", "%n customer(s) shown", "", 3)
    finally:
        translations.set_language("zh_CN")
        translations.set_language("en")
    assert (one, three) == ("1 customer shown", "3 customers shown")


def test_every_english_plural_has_both_forms() -> None:
    unfilled = [
        message.findtext("source")
        for message in ET.parse(EN).getroot().iter("message")
        if message.get("numerus") == "yes"
        and not all(f.text and "(s)" not in f.text for f in message.find("translation").iter("numerusform"))
    ]
    assert not unfilled, f"English plurals without their forms: {unfilled}"


def test_a_team_is_called_the_same_everywhere_in_chinese() -> None:
    """User accounts said 团队 where the wallboard and the reports said 班组 (trial finding): one term."""
    mixed = [
        message.findtext("source")
        for message in ET.parse(TS).getroot().iter("message")
        if "团队" in "".join(t for f in message.iter("translation") for t in f.itertext())
    ]
    assert not mixed, f"团队 where the app says 班组: {mixed}"
