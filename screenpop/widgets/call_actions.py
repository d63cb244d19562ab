"""Actions about the call itself (any pop: known customer, chooser, unknown caller): mark it
abnormal, block the number."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from resources.icon_set import icon
from resources.live_text import Retranslated
from screenpop.core.session import ABNORMAL_KINDS
from screenpop.widgets.text import translated

logger = logging.getLogger(__name__)


class CallActionsBar(Retranslated, QWidget):
    """ "Mark abnormal" (silent, harassment, dropped, wrong number) and "Block number"."""

    sig_mark_abnormal_requested = Signal(str)
    """The agent marked the shown call abnormal with this kind."""
    sig_block_requested = Signal()
    """The agent wants the shown caller's number blocked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.abnormal_button = QPushButton()  # a push button leaves room for its menu arrow
        self.abnormal_button.setObjectName("abnormal_button")
        self.abnormal_button.setIcon(icon("abnormal"))
        self.abnormal_menu = QMenu(self.abnormal_button)
        for kind in ABNORMAL_KINDS:
            action = self.abnormal_menu.addAction("")
            action.setObjectName(f"abnormal_{kind}")
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self.sig_mark_abnormal_requested.emit(k))
        self.abnormal_button.setMenu(self.abnormal_menu)
        self.block_button = QPushButton()
        self.block_button.setIcon(icon("block"))
        self.block_button.setObjectName("block_button")
        self.block_button.clicked.connect(self.sig_block_requested)
        layout.addWidget(self.abnormal_button)
        layout.addWidget(self.block_button)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.abnormal_button.setText(self.tr("Mark &abnormal"))
        for action in self.abnormal_menu.actions():
            action.setText(translated(ABNORMAL_KINDS[action.data()]))
        self.block_button.setText(self.tr("&Block number"))

    def set_can_block(self, can_block: bool) -> None:
        """Blocking needs a caller number (not withheld)."""
        self.block_button.setEnabled(can_block)
