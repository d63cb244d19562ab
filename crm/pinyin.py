"""Pinyin initials of Chinese text, for "type the first letters" searches. No Qt.

``initials("豪华全身按摩椅")`` is ``"hhqsamy"``; Latin words contribute their first letter and digits
are kept (``"蛋白质粉 Pro 2"`` → ``"dbzfp2"``). Each Chinese character gets the first letter of its
most common reading, from a 100 KB table made from pypinyin's dictionary
(``scripts/make_pinyin_initials.py``): loading pypinyin itself costs about 55 MB of memory. Used by
the product lookup, the local customer search and the back office's name search, so all three agree.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("data") / "pinyin_initials.bin"
RANGES: tuple[tuple[int, int], ...] = ((0x3000, 0xA000), (0x20000, 0x32400))
"""Code-point ranges covered by the table (CJK symbols, unified ideographs, extensions A to H)."""

_SEPARATORS = str.maketrans("-_()", "    ")


@lru_cache(maxsize=1)
def _table() -> bytes:
    return TABLE_PATH.read_bytes()


def _letter(char: str) -> str | None:
    cp, offset = ord(char), 0
    for start, end in RANGES:
        if start <= cp < end:
            byte = _table()[offset + cp - start]
            return chr(byte) if byte else None
        offset += end - start
    return None


@lru_cache(maxsize=65536)
def initials(text: str) -> str:
    """Lower-case initials: one letter per Chinese character, the first letter of each other word."""
    out: list[str] = []
    other: list[str] = []

    def flush() -> None:
        for word in "".join(other).translate(_SEPARATORS).split():
            if word.isdigit():
                out.append(word)
            elif word[:1].isalnum():
                out.append(word[0].lower())
        other.clear()

    for char in text or "":
        letter = _letter(char)
        if letter is None:
            other.append(char)
        else:
            flush()
            out.append(letter)
    flush()
    return "".join(out)


def matches_initials(query: str, text: str) -> bool:
    """True when ``query`` (letters) appears in the initials of ``text`` (``"amy"`` in 按摩椅)."""
    q = query.strip().lower()
    return bool(q) and q in initials(text)
