"""Issue 23, item 4: the card names the caller, and is painted, within the phone's incoming-call signal
(no thread hop, no CRM round trip before the first paint); the customer's records follow from the
background."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, crm, ring
from tests.screenpop.test_record_source import ZHANG

__all__ = ["crm"]  # the fixture, shared with the feature's other tests


class FirstPaint(QObject):
    """What the customer card's name label said at the dock's first paint after a ring."""

    def __init__(self, dock: QObject, label: QObject) -> None:
        super().__init__()
        self.dock, self.label = dock, label
        self.armed = False
        self.name_at_paint: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and self.name_at_paint is None:
            if watched is self.dock or self.dock.isAncestorOf(watched):
                self.name_at_paint = self.label.text()
        return False


def test_the_card_names_the_caller_within_the_ring_and_its_records_follow(shell, crm, qtbot, qapp) -> None:
    crm.store.bulk_load(
        "complaints",
        [{"id": "p1", "customer_id": ZHANG, "status": "open", "category": "delivery", "summary": "Parcel late"}],
        fresh=True,
    )
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)  # its CRM does not answer: only the local store can name the caller
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    shell.window.show()
    dock = feature.dock
    painted = FirstPaint(dock, dock.card_view.name_label)
    qapp.installEventFilter(painted)
    try:
        qtbot.waitExposed(dock)
        painted.armed = True
        ring(phone, 9, "13800138000")
        # set while the signal was delivered: no event-loop turn, so no worker's or CRM's answer, came first
        card = dock.current_card()
        assert card is not None and card.call_id == "9" and card.customer is not None
        assert dock.card_view.name_label.text() == "张伟" and dock.status_label.text() == "Ringing"
        assert phone.caller_names == {9: "张伟"}  # the line button names the customer as it rings
        assert painted.name_at_paint == "张伟"  # painted then too, ahead of the events queued meanwhile
        qtbot.waitUntil(lambda: bool(dock.current_card().open_complaints), timeout=5000)
        assert [c.summary for c in dock.current_card().open_complaints] == ["Parcel late"]
        assert dock.card_view.name_label.text() == "张伟"

        ring(phone, 10, "13900000001")  # nobody has this number: a new caller's card, at once too
        assert dock.current_card().call_id == "10" and dock.current_card().customer is None
        assert dock.stack.currentWidget() is dock.new_caller_form
        assert dock.new_caller_form.number_edit.text() == "13900000001"
    finally:
        qapp.removeEventFilter(painted)
        feature.shutdown()
