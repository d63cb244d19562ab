"""Both features install into the real shell before the CRM is ready and attach once it is."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

from agent_desktop.features.callbacks import feature as callback_feature
from agent_desktop.features.callbacks.api import CALLBACKS
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.todo import feature as todo_feature
from agent_desktop.features.todo.api import TODOS
from screenpop.core.identity import CallerIdentity
from screenpop.core.models import CardModel, CustomerInfo, PopKind
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED


def test_features_wait_for_the_crm_service_then_fill_their_docks(make_shell, qtbot, tmp_path, live_backoffice):
    shell = make_shell()
    window, ctx = shell.window, shell.ctx
    todos = todo_feature.install(ctx, window)
    callbacks = callback_feature.install(ctx, window)
    assert ctx.services.get(TODOS) is todos and ctx.services.get(CALLBACKS) is callbacks
    assert window.dock("todo").widget() is todos.dock and window.dock("callbacks").widget() is callbacks.dock
    assert todos.book is None and callbacks.controller is None  # the CRM link is still starting
    assert todos.new_todo() is None and callbacks.add_manual("13800138000") is None
    engine = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=SYNCED)
    with qtbot.waitSignals([todos.sig_ready, callbacks.sig_ready], timeout=3000):
        ctx.services.provide(CRM, service_for(engine, window))
    assert todos.action_new in window.menu("file").actions()
    assert callbacks.action_call_next in window.menu("call").actions()
    customer = engine.store.create("customers", {"name": "韩梅梅", "phones": [{"number": "13800138000"}]})
    card = CardModel(
        "call-1",
        CallerIdentity(number="+8613800138000"),
        PopKind.CUSTOMER,
        customer=CustomerInfo(customer["id"], "韩梅梅", ("+8613800138000",)),
    )
    card_feature = screenpop_feature.install(ctx, window)  # the real card, after the other two
    qtbot.waitUntil(lambda: todos._card_wait.done and callbacks._card_wait.done, timeout=3000)
    assert ctx.services.get(SCREENPOP) is card_feature
    card_dock = card_feature.dock
    card_dock.sig_new_todo_requested.emit(card)  # "New to-do" on the customer card
    form = todos._forms[-1]
    assert form.customer_label.text() == "韩梅梅" and form.values()["customer_id"] == customer["id"]
    form.title_edit.setText("确认尺码")
    with qtbot.waitSignal(todos.sig_written, timeout=5000):  # saved off the GUI thread
        form.buttons.accepted.emit()
    assert [t["title"] for t in todos.model.items] == ["确认尺码"]
    due = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    worker = threading.Thread(target=lambda: engine.store.create("todos", {"title": "跟进发票", "due_at": due}))
    worker.start()  # e.g. the wrap-up's follow-up to-do
    worker.join(5)
    qtbot.waitUntil(lambda: "跟进发票" in [t["title"] for t in todos.model.items], timeout=3000)
    card_dock.sig_call_back_requested.emit(card)  # "Call back" on the customer card asks when
    assert callbacks.when_dialog is not None and callbacks.when_dialog.now_radio.isChecked()  # no call window
    callbacks.when_dialog.accept()
    qtbot.waitUntil(
        lambda: (
            [(e["number"], e["customer_id"], e["source"]) for e in callbacks.dock.entries]
            == [("+8613800138000", customer["id"], "manual")]
        ),
        timeout=3000,
    )  # the dock reads in the background
    for feature in (callbacks, todos, card_feature):
        feature.shutdown()
    assert TODOS not in ctx.services and CALLBACKS not in ctx.services and SCREENPOP not in ctx.services
    engine.store.close()
    engine.client.close()


def test_the_alert_sound_is_a_real_chime_played_on_the_ringer_or_the_beep(make_shell, tmp_path):
    import wave

    from agent_desktop.shell.alert_sound import AlertSound, write_chime

    with wave.open(str(write_chime(tmp_path / "chime.wav"))) as chime:
        assert chime.getframerate() == 16000 and chime.getnframes() > 16000 * 0.4
    shell = make_shell()
    sound = AlertSound(tmp_path / "cache", ringer_device="no such device", parent=shell.window)
    sound()
    assert sound.backend in ("device", "beep")  # "beep" on a machine without audio outputs

    class Phone:
        played = 0

        def play_alert(self) -> None:
            self.played += 1

    phone = Phone()
    ringer = AlertSound(tmp_path / "cache", phone=phone, parent=shell.window)
    ringer()
    assert ringer.backend == "phone" and phone.played == 1
