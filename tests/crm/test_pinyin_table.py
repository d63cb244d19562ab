"""The shipped initials table agrees with pypinyin, character by character, and is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from crm.pinyin import TABLE_PATH, initials

ROOT = Path(__file__).resolve().parents[2]


def test_every_character_gets_pypinyins_first_letter():
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_pinyin_initials import build

    assert TABLE_PATH.read_bytes() == build()  # regenerate with scripts/make_pinyin_initials.py
    for text in ("张伟", "欧阳娜娜", "豪华全身按摩椅", "阿胶", "〇", "𠀀"):
        expected = "".join(p[0] for p in lazy_pinyin(list(text), style=Style.FIRST_LETTER) if p[:1].isalpha())
        assert initials(text) == expected.lower(), text


def test_mixed_text_keeps_words_and_digits():
    assert initials("蛋白质粉 Pro 2") == "dbzfp2"
    assert initials("Li Lei") == "ll"
    assert initials("<script>张</script>") == "z"  # words not starting with a letter give nothing
    assert initials("") == ""


def test_the_app_does_not_load_pypinyin():
    code = (
        "import sys, crm.pinyin, crm.store, backoffice.resources.customers as c; c.name_initials('张伟'); "
        "print('pypinyin' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
