"""Call quality indicator: MOS with jitter, loss and round-trip time in the tooltip."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from softphone.engine.events import CallQuality
from softphone.engine.quality import quality_level

logger = logging.getLogger(__name__)

_COLOURS = {"ok": "#2e7d32", "warn": "#f9a825", "error": "#c62828"}


class QualityIndicator(QLabel):
    """Shows "Quality: 4.3" coloured by level; empty when no call is up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = "off"
        self._quality: CallQuality | None = None
        self.clear_quality()

    def show_quality(self, q: CallQuality) -> None:
        self._quality = q
        self.level = quality_level(q.mos)
        self.setText(self.tr("Quality: %1").replace("%1", f"{q.mos:.1f}"))
        self.setStyleSheet(f"color: {_COLOURS[self.level]}; font-weight: bold")
        self.setToolTip(
            self.tr("Jitter %1 ms, loss %2 %, round trip %3 ms")
            .replace("%1", f"{q.jitter_ms:.0f}")
            .replace("%2", f"{q.loss_pct:.1f}")
            .replace("%3", f"{q.rtt_ms:.0f}")
        )

    def clear_quality(self) -> None:
        self._quality = None
        self.level = "off"
        self.setText("")
        self.setToolTip("")
        self.setStyleSheet("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._quality is not None:
            self.show_quality(self._quality)
        super().changeEvent(event)
