"""A supervisor's view of an agent's price approval request: the prices asked, Approve or Decline.

The orders feature opens one (non-modal, so the supervisor's own call goes on) when the live event
``price_approval`` brings a pending request of an agent of their team; the answer goes back to the CRM
in the background and reaches the agent's order form at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from forms.order_labels import plain_label, show_error, translate
from forms.order_rules import format_money
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

Run = Callable[..., Any]


def discount_text(unit: int, listed: int) -> str:
    """ "20 % off" / "+5 %" of ``unit`` against ``listed`` (cents), "" at the list price."""
    if listed <= 0 or unit == listed:
        return ""
    percent = (Decimal(listed - unit) * 100 / Decimal(listed)).quantize(Decimal("0.1"))
    return f"-{percent:f} %" if unit < listed else f"+{-percent:f} %"


class PriceApprovalRequest(Retranslated, QDialog):
    """One request; ``decide(approve)`` answers it (a CRM call, run through ``run``)."""

    def __init__(
        self, request: dict[str, Any], decide: Callable[[bool], dict[str, Any]], run: Run, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.request = request
        self._decide, self._run = decide, run
        self.answer: dict[str, Any] | None = None
        self.setObjectName("price_approval_request")
        self.text = plain_label()
        self.text.setWordWrap(True)
        self.error = plain_label()
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approve_prices_button")
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("decline_prices_button")
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.decline_button.clicked.connect(lambda: self.decide(False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Price approval"))
        self.approve_button.setText(self.tr("&Approve"))
        self.decline_button.setText(self.tr("&Decline"))
        who = str(self.request.get("requested_by_name") or "")
        lines = [
            self.tr("%1 %2 × %3: ¥%4 instead of ¥%5 (%6)")
            .replace("%1", str(line.get("sku")))
            .replace("%2", str(line.get("name") or ""))
            .replace("%3", str(line.get("quantity") or 1))
            .replace("%4", format_money(int(line.get("unit_price_cents") or 0)))
            .replace("%5", format_money(int(line.get("list_price_cents") or 0)))
            .replace(
                "%6", discount_text(int(line.get("unit_price_cents") or 0), int(line.get("list_price_cents") or 0))
            )
            for line in self.request.get("lines") or ()
        ]
        text = self.tr("%1 asks you to approve these prices:").replace("%1", who) + "\n" + "\n".join(lines)
        if self.request.get("note"):
            text += "\n" + self.tr("Note: %1").replace("%1", str(self.request["note"]))
        self.text.setText(text)

    def decide(self, approve: bool) -> None:
        self.approve_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self._run(lambda: self._decide(approve), self._answered, self._failed, owner=self)

    def _answered(self, answer: dict[str, Any]) -> None:
        self.answer = answer
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        logger.warning("price approval not answered: %s", exc)
        self.approve_button.setEnabled(True)
        self.decline_button.setEnabled(True)
        show_error(self.error, translate(getattr(exc, "message", None) or str(exc)))
