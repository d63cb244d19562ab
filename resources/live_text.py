"""Widgets whose texts follow a live language switch (Qt).

A widget sets all its texts in ``retranslateUi()``; with :class:`Retranslated` first among its bases,
that runs again on every ``LanguageChange`` event (the switch in Settings), before Qt's own handling.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent


class Retranslated:
    """Mixin for a QWidget subclass that defines ``retranslateUi()``: ``class Form(Retranslated, QWidget)``."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            widget: Any = self  # the QWidget subclass, with its retranslateUi (defined there or in a base)
            widget.retranslateUi()
        base: Any = super()
        base.changeEvent(event)
