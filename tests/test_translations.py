"""Every user-visible string ships in Chinese: the zh_CN catalogue has no unfinished or empty entry."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "agent_desktop_zh_CN.ts"


def test_every_chinese_translation_is_finished() -> None:
    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished",) or not all(f and f.strip() for f in forms):
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
