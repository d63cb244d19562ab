"""The order form's price approval line: prices off the catalogue, asking a supervisor, the answer.

When a line's unit price is not the catalogue's, the panel says so and offers "Ask a supervisor to
approve the prices": the request goes to the CRM (``POST /price-approvals``), the supervisors of the
agent's team see it at once, and the panel follows the answer (a live event when the feature forwards
one, else a read every few seconds). An approval that covers the lines as they are now is sent with the
order; the order then shows who approved its prices and when (the CRM keeps it on the order).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from forms.order_labels import plain_label, translate
from forms.order_prices import approval_request, covers, off_list
from forms.order_rules import LineDraft, format_money
from forms.order_services import OrderServices
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

POLL_MS = 2000


def local_time(iso: str) -> str:
    """An ISO time from the CRM (UTC) as the agent's local date and time."""
    stamp = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        stamp = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODate)
    return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm") if stamp.isValid() else iso


class PriceApprovalPanel(Retranslated, QWidget):
    """One line of text and a button under the order's total; hidden while every price is the list's."""

    sig_changed = Signal()
    """The approval the order would carry changed (asked, answered)."""

    def __init__(self, services: OrderServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.approval: dict[str, Any] | None = None
        """The request this form made (or followed), as the CRM last described it."""
        self.recorded: dict[str, Any] | None = None
        """The approval the stored order carries (``price_approval`` of the order)."""
        self.failure = ""
        self.customer_id = ""
        """The order's customer (sent with the request so the supervisor sees whom it is for)."""
        self._asking = False
        self._read_only = False
        self._lines: list[LineDraft] = []
        self._prices: dict[str, int | None] = {}
        self.label = plain_label()
        self.label.setObjectName("price_approval_label")
        self.label.setWordWrap(True)
        self.ask_button = QPushButton()
        self.ask_button.setObjectName("ask_approval_button")
        self.ask_button.clicked.connect(self.ask)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.ask_button)
        self.retranslateUi()

    # -- state --------------------------------------------------------------------------------------
    def set_lines(self, lines: list[LineDraft]) -> None:
        self._lines = [LineDraft(**vars(line)) for line in lines]
        self._prices = {line.sku: self.services.list_price(line.sku) for line in lines}  # read once, here
        self._show()

    def list_price(self, sku: str) -> int | None:
        """The catalogue price of a line's SKU as read when the lines last changed."""
        return self._prices.get(sku)

    def set_recorded(self, info: dict[str, Any] | None) -> None:
        """The stored order's approval (shown while it covers the lines)."""
        self.recorded = info
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._show()

    def follow(self, approval_id: str) -> None:
        """Follow a request made earlier (a restored draft): read it again."""
        if approval_id and (self.approval or {}).get("id") != approval_id:
            self.approval = {"id": approval_id, "status": "pending", "lines": []}
            self._poll()

    def approval_id(self) -> str:
        """The id of an approval that covers the lines as they are now ("" when there is none)."""
        approval = self.approval
        if approval and approval.get("status") == "approved" and self._covers(approval.get("lines")):
            return str(approval["id"])
        return ""

    def _covers(self, approved: Any) -> bool:
        return covers(list(approved or ()), self._lines, self.list_price, self.services.max_discount_pct)

    # -- asking -------------------------------------------------------------------------------------
    def ask(self) -> None:
        ask = self.services.ask_approval
        if ask is None or self._asking or not off_list(self._lines, self.list_price, self.services.max_discount_pct):
            return
        body = approval_request(self._lines, self.list_price, self.customer_id, self.services.max_discount_pct)
        self._asking, self.failure = True, ""
        self._show()
        self.services.run(lambda: ask(body), self._asked, self._failed, owner=self)

    def _asked(self, approval: dict[str, Any]) -> None:
        self._asking = False
        self.approval = {"id": approval.get("id")}
        self.decided(approval)

    def _failed(self, exc: BaseException) -> None:
        self._asking = False
        logger.warning("price approval not asked: %s", exc)
        self.failure = getattr(exc, "message", None) or str(exc)  # a marked message keeps its context
        self._show()

    def decided(self, approval: dict[str, Any]) -> None:
        """The CRM's word on a request (its answer, a read, or a live event ``price_approval``)."""
        if self.approval is None or approval.get("id") != self.approval.get("id"):
            return  # another form's request (or none asked here)
        if approval.get("partial"):
            self._poll()
            return
        self.approval = approval
        if approval.get("status") == "pending":
            self.poll_timer.start()
        else:
            self.poll_timer.stop()
        self._show()
        self.sig_changed.emit()

    def _poll(self) -> None:
        read = self.services.read_approval
        approval = self.approval
        if read is None or approval is None:
            self.poll_timer.stop()
            return
        approval_id = str(approval["id"])
        self.services.run(lambda: read(approval_id), self.decided, self._poll_failed, owner=self)

    def _poll_failed(self, exc: BaseException) -> None:
        logger.info("price approval not read: %s", exc)  # the timer tries again

    # -- text ---------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self._show()

    def _show(self) -> None:
        text, button = self._state()
        self.label.setText(text)
        self.ask_button.setText(button)
        self.ask_button.setVisible(bool(button) and not self._read_only and self.services.ask_approval is not None)
        self.ask_button.setEnabled(not self._asking)
        self.setVisible(bool(text))

    def _state(self) -> tuple[str, str]:
        """(the line's text, the button's text or "" for none)."""
        recorded = self.recorded
        if recorded and self._covers(recorded.get("lines")):
            return self._approved_text(recorded.get("approved_by_name"), recorded.get("approved_at")), ""
        off = off_list(self._lines, self.list_price, self.services.max_discount_pct)
        approval = self.approval
        if self._asking:
            return self.tr("Asking a supervisor to approve the prices..."), self.tr("Ask a supervisor to &approve")
        if self.failure:
            why = translate(self.failure)
            return self.tr("The request for approval was not sent: %1").replace("%1", why), self.tr("&Ask again")
        if approval is not None and off:
            status = approval.get("status")
            who, when = str(approval.get("decided_by_name") or ""), str(approval.get("decided_at") or "")
            if status == "pending":
                asked = local_time(str(approval.get("created_at") or ""))
                return self.tr("Waiting for a supervisor's approval (asked at %1)...").replace("%1", asked), ""
            if status == "declined":
                return (
                    self.tr("%1 declined these prices at %2.").replace("%1", who).replace("%2", local_time(when)),
                    self.tr("&Ask again"),
                )
            if self._covers(approval.get("lines")):
                return self._approved_text(who, when), ""
            return self.tr("The prices changed since %1 approved them.").replace("%1", who), self.tr("&Ask again")
        if not off:
            return "", ""
        first = off[0]
        listed = self.list_price(first.sku) or 0
        hint = self.tr(
            "%1 at ¥%2 instead of the list price ¥%3: a discount over the limit needs a supervisor's approval."
        )
        text = hint.replace("%1", first.sku).replace("%2", format_money(first.unit_price_cents()))
        return text.replace("%3", format_money(listed)), self.tr("Ask a supervisor to &approve")

    def _approved_text(self, who: Any, when: Any) -> str:
        return (
            self.tr("Prices approved by %1 at %2.")
            .replace("%1", str(who or ""))
            .replace("%2", local_time(str(when or "")))
        )
