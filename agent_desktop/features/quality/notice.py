"""The agent's notice of a new evaluation: over the main window's corner (as the coaching notice, above
it when both show), until the agent opens it or dismisses it; it never takes the keyboard focus.

"Open" opens My evaluations on that evaluation; several evaluations arriving show the newest and how
many more."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from agent_desktop.features.quality.texts import total_text
from agent_desktop.shell.corner_notice import CornerNotice

logger = logging.getLogger(__name__)


class EvaluationNotice(CornerNotice):
    """Shows the newest evaluation not seen yet (who, the score) with Open and Dismiss."""

    sig_open = Signal(str)
    """Open My evaluations on this evaluation (its id)."""
    sig_dismissed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "qa_notice", 1)
        self.evaluations: list[tuple[str, str, float, bool]] = []
        """Not seen yet, oldest first: (id, evaluator, total, failed)."""
        self.body.setObjectName("qa_notice_body")
        self.more = QLabel()
        self.open_button = QPushButton()
        self.open_button.setObjectName("qa_notice_open")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("qa_notice_dismiss")
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self._dismiss)
        self._lay_out(self.body, self.more, [self.open_button, self.dismiss_button])

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("A call of yours was evaluated"))
        self.open_button.setText(self.tr("Open"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.open_button.setToolTip(self.tr("See the scores and comments in My evaluations"))
        self._show_texts()

    def add(self, evaluation_id: str, evaluator: str, total: float, failed: bool) -> None:
        """A new evaluation (or one saved again): show it, over the window's corner."""
        self.evaluations = [e for e in self.evaluations if e[0] != evaluation_id]
        self.evaluations.append((evaluation_id, evaluator, total, failed))
        self._show_texts()
        self._place()
        self.show()
        self.raise_()

    def text(self) -> str:
        """What it says ("" while hidden)."""
        return "" if self.isHidden() else f"{self.heading.text()}\n{self.body.text()}"

    def clear(self) -> None:
        """Seen (My evaluations opened): it goes."""
        self.evaluations.clear()
        self.hide()

    def _show_texts(self) -> None:
        if not self.evaluations:
            return
        _id, evaluator, total, failed = self.evaluations[-1]
        self.body.setText(
            self.tr("%1 scored it %2.").replace("%1", evaluator).replace("%2", total_text(total, failed))
            if evaluator
            else self.tr("Its score: %1.").replace("%1", total_text(total, failed))
        )
        more = len(self.evaluations) - 1
        self.more.setText(self.tr("+%n more", "", more) if more else "")

    def _open(self) -> None:
        wanted = self.evaluations[-1][0] if self.evaluations else ""
        self.clear()
        self.sig_open.emit(wanted)

    def _dismiss(self) -> None:
        self.clear()
        self.sig_dismissed.emit()
