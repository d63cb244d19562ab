"""Nothing the card writes is dropped without a word, against the real local store (SQLite): a call log
with its times out of order or a value the CRM does not accept is saved put right and the agent told in
the status bar; one the local database does not take is kept and saved at the next start, and the agent
is told so in a warning; a to-do the contract refuses and a blocklist entry the database does not take
are said in that warning too; a call logged while the CRM link is still starting is saved once it is up."""

from __future__ import annotations

import sqlite3
import time
import uuid

from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.screenpop.card_writes import KEPT_PREFIX
from crm.store.drafts import DraftStore
from softphone.engine.events import CallChanged, CallState
from tests.agent_desktop.features.screenpop.test_screenpop_feature import (  # noqa: F401 - fixture
    PhoneEvents,
    crm,
    ring,
    shown,
)


def refuse_inserts(path, table: str) -> None:
    """The local database stops taking rows of ``table`` (as a full disk would)."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )


def take_inserts_again(path, table: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TRIGGER refuse_{table}")


def installed(shell, crm):
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    return phone, screenpop_feature.install(shell.ctx, shell.window)


def answered_call(phone, feature, qtbot, call_id: int, answered_at: float | None = None) -> None:
    """A call rings, is answered (``answered_at``: the phone's time of the answer) and ends."""
    ring(phone, call_id, "13800138000")
    shown(qtbot, feature.dock, call_id)
    phone.sig_call_changed.emit(CallChanged(call_id, CallState.ACTIVE, "in", "sip:x@127.0.0.1", "", at=answered_at))
    phone.sig_call_changed.emit(CallChanged(call_id, CallState.DISCONNECTED, "in", "sip:x@127.0.0.1", ""))
    qtbot.waitUntil(feature.wrap_up.isVisible, timeout=5000)


def submit(feature, qtbot) -> None:
    feature.wrap_up.disposition_combo.setCurrentIndex(2)
    qtbot.mouseClick(feature.wrap_up.submit_button, Qt.MouseButton.LeftButton)


def test_a_call_log_out_of_order_or_with_a_refused_value_is_saved_put_right(shell, crm, qtbot) -> None:
    phone, feature = installed(shell, crm)
    # an answer time from before the ring (a clock other than the phone's) is taken as the ring
    answered_call(phone, feature, qtbot, 7, answered_at=time.monotonic() - 60)
    submit(feature, qtbot)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    log = crm.store.list("call_logs")[0]
    assert log["ring_at"] == log["answer_at"] <= log["end_at"]

    # a body with its times out of order and a customer id that is not one: saved put right, and said
    body = {
        "id": str(uuid.uuid4()),
        "direction": "outbound",
        "callee": "13900000001",
        "ring_at": "2026-12-07T10:00:05Z",
        "answer_at": "2026-12-07T10:00:01Z",
        "end_at": "2026-12-07T10:00:00Z",
        "customer_id": "not-an-id",
        "notes": "wants a refund",
    }
    feature.writes.write("call_logs", body)
    qtbot.waitUntil(lambda: crm.store.get("call_logs", body["id"]) is not None, timeout=5000)
    saved = crm.store.get("call_logs", body["id"])
    assert saved["answer_at"] == saved["end_at"] == saved["ring_at"]
    assert saved["customer_id"] is None and saved["notes"] == "wants a refund\ncustomer_id: not-an-id"
    message = shell.window.statusBar().currentMessage()
    assert "13900000001" in message and "customer_id" in message
    assert feature.writes.notice.box is None  # saved: no warning
    feature.shutdown()


def test_a_call_log_the_local_database_refuses_is_kept_and_saved_at_the_next_start(shell, crm, qtbot, tmp_path) -> None:
    phone, feature = installed(shell, crm)
    refuse_inserts(tmp_path / "store.db", "call_logs")
    answered_call(phone, feature, qtbot, 8)
    submit(feature, qtbot)
    qtbot.waitUntil(
        lambda: feature.writes.notice.box is not None and feature.writes.notice.box.isVisible(), timeout=5000
    )
    text = feature.writes.notice.box.text()
    assert "张伟" in text and "kept on this computer" in text and "next starts" in text
    assert not feature.writes.notice.box.isModal()  # the calls go on behind it
    assert crm.store.count("call_logs") == 0
    kept = [d for d in DraftStore(crm.store.db).list("wrapup") if d.id.startswith(KEPT_PREFIX)]
    assert len(kept) == 1 and kept[0].data["disposition"] == "enquiry"
    feature.writes.notice.box.close()
    feature.shutdown()
    shell.ctx.tasks.finish_writes()

    take_inserts_again(tmp_path / "store.db", "call_logs")  # the disk has room again; the app starts again
    _phone, again = installed(shell, crm)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    assert crm.store.list("call_logs")[0]["id"] == kept[0].data["id"]
    qtbot.waitUntil(lambda: DraftStore(crm.store.db).list("wrapup") == [], timeout=5000)
    again.shutdown()


def test_a_refused_to_do_and_a_blocklist_entry_not_saved_are_said(shell, crm, qtbot, tmp_path) -> None:
    phone, feature = installed(shell, crm)
    feature.writes.write("todos", {"title": "", "due_at": "2026-12-08T10:00:00Z"})  # no title: refused
    assert feature.writes.notice.box is not None and feature.writes.notice.box.isVisible()
    assert "follow-up to-do" in feature.writes.notice.box.text()
    assert crm.store.count("todos") == 0 and crm.store.outbox_counts()[0] == 0  # nothing queued

    refuse_inserts(tmp_path / "store.db", "blocklist")
    ring(phone, 9, "13800138000")
    shown(qtbot, feature.dock, 9)
    feature.dock.request_abnormal("harassment")
    qtbot.waitUntil(lambda: "blocklist" in feature.writes.notice.box.text(), timeout=5000)
    assert "follow-up to-do" in feature.writes.notice.box.text()  # one box: the second is added to it
    feature.writes.notice.box.close()
    feature.shutdown()


def test_a_call_logged_before_the_local_store_is_there_is_saved_once_it_is(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)  # the CRM link is still starting
    answered_call(phone, feature, qtbot, 11)
    submit(feature, qtbot)
    qtbot.wait(200)
    assert crm.store.count("call_logs") == 0
    shell.ctx.services.provide(CRM, crm)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    assert feature.writes.notice.box is None
    feature.shutdown()
