"""The pop's log line: one INFO record per pop naming the identity headers used, numbers masked to the
configured trailing digits, and the result (found by which key, several candidates, new caller, offline)."""

from __future__ import annotations

import logging

from crm.phones import mask_number
from screenpop.pop_controller import PopController
from tests.screenpop.memory_source import sample_source
from tests.screenpop.test_pop_controller import dock, tasks  # noqa: F401 - fixtures

LOGGER = "screenpop.core.pop_log"
INVITE = {
    "From": ['"Zhang" <sip:13800138000@10.0.0.9>;tag=1'],
    "To": ["<sip:agent@10.0.0.1>"],
    "P-Asserted-Identity": ['"Zhang" <sip:+8613800138000@10.0.0.9>'],
    "Diversion": ["<sip:4008001234@10.0.0.9>;reason=unconditional"],
    "X-Customer-ID": ["c-li"],
    "X-Campaign": ["spring-sale"],
}


def pop_lines(qtbot, caplog, controller: PopController, headers: dict, call_id: str = "call-1") -> list[str]:
    """Ring ``call_id`` with ``headers``; the pop log's messages once its card is shown."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger=LOGGER), qtbot.waitSignal(controller.sig_pop_shown, timeout=5000):
        controller.incoming_call(call_id, headers)
    records = [r for r in caplog.records if r.name == LOGGER]
    assert all(r.levelno == logging.INFO for r in records)
    return [r.getMessage() for r in records]


def test_mask_number_keeps_the_trailing_digits() -> None:
    assert mask_number("+8613800138000") == "…8000"
    assert mask_number("+8613800138000", 2) == "…00"
    assert mask_number("+8613800138000", 0) == "***"
    assert mask_number("95588", 8) == "…95588"
    assert mask_number("") == ""


def test_headers_and_the_customer_found_by_the_id_header_are_logged_masked(qtbot, caplog, dock, tasks) -> None:
    source = sample_source()
    controller = PopController(dock, tasks, source, refresh_source=source, log_digits=lambda: 3)
    with qtbot.waitSignal(controller.sig_pop_refreshed, timeout=5000):
        lines = pop_lines(qtbot, caplog, controller, INVITE)
    assert lines == [
        "screen-pop of call call-1: caller …000 from P-Asserted-Identity; DNIS …234 from Diversion; "
        "X-Customer-ID=c-li; other X- headers: x-campaign -> customer c-li found by X-Customer-ID (local store)"
    ]
    assert len([r for r in caplog.records if r.name == LOGGER]) == 1  # once per pop: the refresh adds none


def test_number_match_chooser_new_caller_and_offline(qtbot, caplog, dock, tasks) -> None:
    controller = PopController(dock, tasks, sample_source())  # no CRM to refresh from: offline
    unknown_id = {**INVITE, "X-Customer-ID": ["c-gone"]}
    [line] = pop_lines(qtbot, caplog, controller, unknown_id, "call-2")
    assert line.endswith(
        "-> customer c-zhang found by number (local store, CRM offline); The customer id sent with the call is unknown."
    )
    landline = {"From": ["<sip:010-62345678@10.0.0.9>"], "To": ["<sip:4008108888@10.0.0.1>"]}
    [line] = pop_lines(qtbot, caplog, controller, landline, "call-3")
    assert line == (
        "screen-pop of call call-3: caller …5678 from From; DNIS …8888 from To"
        " -> 2 customers share the number: the agent chooses (local store, CRM offline)"
    )
    stranger = {"From": ["<sip:13700000000@10.0.0.9>"], "X-Customer-ID": ["1 OR 1=1"]}
    [line] = pop_lines(qtbot, caplog, controller, stranger, "call-4")
    assert line == (
        "screen-pop of call call-4: caller …0000 from From; X-Customer-ID ignored (not an id)"
        " -> new caller: nobody has the number (local store, CRM offline)"
    )
    withheld = {"From": ['"Anonymous" <sip:anonymous@anonymous.invalid>'], "Privacy": ["id"]}
    [line] = pop_lines(qtbot, caplog, controller, withheld, "call-5")
    assert line.endswith("caller withheld -> new caller: number withheld (local store, CRM offline)")


def test_fully_masked_numbers_and_a_pop_before_the_store_is_there(qtbot, caplog, dock, tasks) -> None:
    controller = PopController(dock, tasks, None, log_digits=lambda: 0)
    [line] = pop_lines(qtbot, caplog, controller, INVITE)
    assert line == (
        "screen-pop of call call-1: caller *** from P-Asserted-Identity; DNIS *** from Diversion; "
        "X-Customer-ID=c-li; other X- headers: x-campaign -> not looked up: no local store yet (local store, CRM offline)"
    )
    identity = line.split(": ", 1)[1].split(" -> ")[0]
    assert not any(digit in identity for digit in "0123456789")
