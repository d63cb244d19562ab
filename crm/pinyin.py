"""Pinyin initials of Chinese text (pypinyin), for "type the first letters" searches. No Qt.

``initials("豪华全身按摩椅")`` is ``"hhqsamy"``; Latin words contribute their first letter and digits
are kept (``"蛋白质粉 Pro 2"`` → ``"dbzfp2"``). Polyphonic characters get pypinyin's most likely
reading. Used by the product lookup of the order form and available to any customer-name search.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

logger = logging.getLogger(__name__)


@lru_cache(maxsize=65536)
def initials(text: str) -> str:
    """Lower-case initials: one letter per Chinese character, the first letter of each other word."""
    out: list[str] = []
    for part in lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default"):
        for word in part.replace("-", " ").replace("_", " ").replace("(", " ").replace(")", " ").split():
            if word.isdigit():
                out.append(word)
            elif word[:1].isalnum():
                out.append(word[0].lower())
    return "".join(out)


def matches_initials(query: str, text: str) -> bool:
    """True when ``query`` (letters) appears in the initials of ``text`` (``"amy"`` in 按摩椅)."""
    q = query.strip().lower()
    return bool(q) and q in initials(text)
