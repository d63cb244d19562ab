"""Issue 23, item 4: the card names the caller, and is painted, within the phone's incoming-call signal
(no thread hop, no CRM round trip before the first paint), painting what changed only; the customer's
records follow from the background."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from screenpop.widgets.card_dock import ScreenPopDock
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, crm, ring
from tests.screenpop.test_record_source import ZHANG

__all__ = ["crm"]  # the fixture, shared with the feature's other tests


class Paints(QObject):
    """The widgets of the customer card's dock painted while armed, and what the banner named then."""

    def __init__(self, dock: ScreenPopDock) -> None:
        super().__init__()
        self.dock = dock
        self.armed = False
        self.painted: list[QWidget] = []
        self.banner_name_at_paint: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if watched is self.dock or self.dock.isAncestorOf(watched):
                self.painted.append(watched)
                if watched is self.dock.banner and self.banner_name_at_paint is None:
                    self.banner_name_at_paint = self.dock.banner.name_label.text()
        return False

    def of(self, widget: QWidget) -> bool:
        """``widget`` or something inside it was painted."""
        return any(w is widget or widget.isAncestorOf(w) for w in self.painted)


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
    paints = Paints(dock)
    qapp.installEventFilter(paints)
    try:
        qtbot.waitExposed(dock)
        qtbot.wait(50)  # the window's first paints are done
        paints.armed = True
        ring(phone, 9, "13800138000")
        # set while the signal was delivered: no event-loop turn, so no worker's or CRM's answer, came first
        card = dock.current_card()
        assert card is not None and card.call_id == "9" and card.customer is not None
        assert dock.card_view.name_label.text() == "张伟" and dock.status_label.text() == "Ringing"
        assert phone.caller_names == {9: "张伟"}  # the line button names the customer as it rings
        # painted then too, ahead of the events queued meanwhile: the banner names the caller
        assert paints.banner_name_at_paint == "张伟" and paints.of(dock.card_view.name_label)
        qtbot.waitUntil(lambda: bool(dock.current_card().open_complaints), timeout=5000)
        assert [c.summary for c in dock.current_card().open_complaints] == ["Parcel late"]
        assert dock.card_view.name_label.text() == "张伟"
        complaints = dock.card_view.complaints_list  # shown only with a complaint in it: painted with it
        qtbot.waitUntil(lambda: paints.of(complaints), timeout=5000)
        assert complaints.count() == 1

        qtbot.wait(100)  # whatever the first ring left to paint is done
        paints.painted.clear()
        ring(phone, 11, "13800138000")  # the same customer calls again: a new call, the same card
        assert dock.current_card().call_id == "11"
        assert paints.of(dock.recent.list)  # the new call is listed: painted
        # what did not change is not painted again at the ring (the whole dock was, before)
        assert not paints.of(dock.card_view.new_order_button) and not paints.of(dock.card_view.info_box)

        ring(phone, 10, "13900000001")  # nobody has this number: a new caller's card, at once too
        assert dock.current_card().call_id == "10" and dock.current_card().customer is None
        assert dock.stack.currentWidget() is dock.new_caller_form
        assert dock.new_caller_form.number_edit.text() == "13900000001"
    finally:
        qapp.removeEventFilter(paints)
        feature.shutdown()
