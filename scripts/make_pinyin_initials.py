"""Regenerate crm/data/pinyin_initials.bin from pypinyin's single-character readings.

    .venv/bin/python scripts/make_pinyin_initials.py

One byte per code point of the ranges in crm.pinyin.RANGES: the lower-case first letter of the
character's most common reading, or 0 when it has none. The app reads this 100 KB table instead of
loading pypinyin's dictionaries (about 55 MB of memory).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypinyin.pinyin_dict import pinyin_dict

from crm.pinyin import RANGES, TABLE_PATH


def first_letter(reading: str) -> int:
    letter = unicodedata.normalize("NFD", reading.split(",")[0])[0].lower()
    return ord(letter) if "a" <= letter <= "z" else 0


def build() -> bytes:
    out = bytearray()
    for start, end in RANGES:
        out.extend(first_letter(pinyin_dict[cp]) if cp in pinyin_dict else 0 for cp in range(start, end))
    return bytes(out)


if __name__ == "__main__":
    data = build()
    TABLE_PATH.write_bytes(data)
    print(f"{TABLE_PATH}: {len(data)} bytes, {sum(1 for b in data if b)} characters")
