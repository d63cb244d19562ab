"""A non-modal window around one panel (search, order lookup, logistics, forms)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class PanelWindow(QDialog):
    """A non-modal top-level window showing ``widget`` under ``title``."""

    def __init__(self, widget: QWidget, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.setWindowTitle(title)
        self.setModal(False)
        QVBoxLayout(self).addWidget(widget)
