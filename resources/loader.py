"""The one loader of bundled resources: icons, stylesheets and compiled translations.

Works from a source checkout and from a PyInstaller bundle (resources next to the package).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Absolute path of a bundled resource file."""
    return ROOT.joinpath(*parts)


def icon(name: str):
    """``QIcon`` of ``resources/icons/<name>.svg`` (or .png); an empty icon when missing."""
    from PySide6.QtGui import QIcon

    for suffix in (".svg", ".png"):
        p = ROOT / "icons" / f"{name}{suffix}"
        if p.exists():
            return QIcon(str(p))
    logger.warning("missing icon %s", name)
    return QIcon()


@cache
def stylesheet(name: str = "app") -> str:
    """Text of ``resources/styles/<name>.qss`` (empty when missing; read once)."""
    p = ROOT / "styles" / f"{name}.qss"
    try:
        return p.read_text(encoding="utf-8")
    except OSError:
        logger.warning("missing stylesheet %s", p)
        return ""


def translation_file(language: str) -> Path:
    """Compiled translation (``.qm``) of our strings for ``language`` such as ``zh_CN``."""
    return ROOT / "i18n" / f"agent_desktop_{language}.qm"
