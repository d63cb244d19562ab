"""After "No answer" or "Busy" the Call Back dock says what becomes of the entry: when it is called back
again (the retry rule: ``retry_spacing_s``, ``max_attempts``) or that it was given up after the last
attempt. The real feature, controller, dock and store; the outcome buttons clicked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent_desktop.features.callbacks.feature import CallbackFeature
from crm.schemas.callbacks import AttemptOutcome
from crm.store import Store
from tests.agent_desktop.features.callbacks.test_callback_dock_background import (
    ME,
    NOW,
    attached_feature,
    callback,
    customer,
    stamp,
)

FIRST = callback(0, status="claimed", claimed_by=ME, claimed_at=stamp(NOW), retry_spacing_s=1200)
LAST = callback(1, status="claimed", claimed_by=ME, claimed_at=stamp(NOW), attempts=2, max_attempts=3)


@pytest.fixture
def feature(make_shell, qtbot, tmp_path):
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [customer(i) for i in range(2)], fresh=True)
    store.bulk_load("callbacks", [FIRST, LAST], fresh=True)
    with attached_feature(make_shell("agent1"), qtbot, store) as feature:
        yield feature
    store.close()


def click(feature: CallbackFeature, qtbot, entry_id: str, outcome: AttemptOutcome) -> None:
    feature.dock.select(entry_id)
    with qtbot.waitSignal(feature.controller.sig_attempt_recorded, timeout=5000):
        feature.dock.outcome_buttons[outcome].click()


def test_no_answer_says_when_the_caller_is_called_back_again(feature, qtbot) -> None:
    click(feature, qtbot, FIRST["id"], AttemptOutcome.NO_ANSWER)
    again = (NOW + timedelta(seconds=1200)).astimezone()
    when = again.strftime("%H:%M") if again.date() == NOW.astimezone().date() else again.strftime("%Y-%m-%d %H:%M")
    assert feature.dock.message.text() == f"No answer: called back again at {when} (attempt 2 of 3)"


def test_busy_on_the_last_attempt_says_it_was_given_up(feature, qtbot) -> None:
    click(feature, qtbot, LAST["id"], AttemptOutcome.BUSY)
    assert feature.dock.message.text() == "Busy: given up after the last attempt (3 of 3)."


def test_reached_tells_nothing_about_a_retry(feature, qtbot) -> None:
    feature.dock.show_message("")
    click(feature, qtbot, FIRST["id"], AttemptOutcome.REACHED)
    assert feature.dock.message.text() == ""


def test_the_message_is_chinese_when_the_language_is(chinese, feature, qtbot) -> None:
    click(feature, qtbot, LAST["id"], AttemptOutcome.NO_ANSWER)
    assert feature.dock.message.text() == "无人接听：最后一次尝试（第 3 次，共 3 次）未接通，不再回拨。"


def test_the_message_shown_follows_a_language_switch(make_shell, qtbot, tmp_path) -> None:
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [customer(i) for i in range(2)], fresh=True)
    store.bulk_load("callbacks", [FIRST, LAST], fresh=True)
    shell = make_shell("agent1")
    with attached_feature(shell, qtbot, store) as feature:
        click(feature, qtbot, LAST["id"], AttemptOutcome.BUSY)
        assert feature.dock.message.text() == "Busy: given up after the last attempt (3 of 3)."
        shell.ctx.translations.set_language("zh_CN")  # Settings > Appearance > Language, while it shows
        try:
            qtbot.waitUntil(
                lambda: feature.dock.message.text() == "忙线：最后一次尝试（第 3 次，共 3 次）未接通，不再回拨。"
            )
        finally:
            shell.ctx.translations.set_language("en")
    store.close()
