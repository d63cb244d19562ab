"""A wrap-up the app closed on (a crash, a kill -9, a power cut) comes back at the next start as the
wrap-up form, with everything typed in it: the disposition, the notes, the follow-up to-do and its time.

Its draft (:mod:`.wrap_draft`) holds the call's log as it would be written, what the form held and who
the call was with. At the next start the call's log is written at once (times, the disposition chosen
else :data:`~screenpop.core.call_log.NOT_WRAPPED_UP`, the notes typed), so the call reaches the CRM even
if the agent never comes back to it; the call's card and its wrap-up come back (one tab per call in the
pending wrap-ups). Submitting it updates that log (disposition, notes, wrap-up time) and creates the
follow-up to-do; Discard (confirmed) leaves the log as written. Only then does the draft go: quitting
or crashing again brings the wrap-up back once more.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from agent_desktop.shell.agent_state import READY, WRAP_UP
from crm.store.drafts import Draft, DraftStore
from forms.wrapup_result import WrapUpTyped
from screenpop.core.call_log import checked_call_log
from screenpop.core.config import PopConfig
from screenpop.core.identity import CallerIdentity
from screenpop.core.lookup import assemble_pop
from screenpop.core.models import CardModel, PopKind
from screenpop.core.record_source import RecordPopSource
from screenpop.core.session import PopSession

if TYPE_CHECKING:
    from agent_desktop.features.screenpop.feature import ScreenPopFeature
    from crm.store import Store

logger = logging.getLogger(__name__)

LOG_KEY, FORM_KEY, CALLER_KEY = "call_log", "form", "caller"
"""The parts of a wrap-up draft; a draft without :data:`LOG_KEY` is a bare call log (kept by an older
version, or one the store refused when it was written), which the next start only writes."""

DISCARD_QUESTION = "wrap_up_discard_question"
"""The discard question box's object name (tests find it by it)."""

_CALLER_FIELDS = ("number", "number_raw", "display_name", "withheld", "dnis", "dnis_raw", "outbound")


def draft_data(session: PopSession, log: dict[str, Any], typed: WrapUpTyped) -> dict[str, Any]:
    """What a wrap-up draft keeps: the call's log as it would be written now, the form, the caller."""
    ident = session.card.identity
    caller = {name: getattr(ident, name) for name in _CALLER_FIELDS}
    caller["customer_id"] = session.customer_id
    form = {
        "disposition": typed.disposition,
        "notes": typed.notes,
        "follow_up": typed.follow_up,
        "title": typed.title,
        "due_at": typed.due_at.isoformat() if typed.due_at is not None else None,
    }
    return {LOG_KEY: log, FORM_KEY: form, CALLER_KEY: caller}


@dataclass(frozen=True)
class CutOff:
    """A wrap-up the app closed on, read back at the next start: its call log is written."""

    log: dict[str, Any]
    typed: WrapUpTyped
    card: CardModel


def recover(store: Store, drafts: DraftStore, draft: Draft, config: PopConfig) -> CutOff | None:
    """Write the call log of ``draft`` (in the ordered writes), or bring it up to date with what was typed
    since; a wrap-up draft comes back as a :class:`CutOff` (its draft stays), a bare call log's draft
    goes (None). Raises when the store still refuses the log: the draft stays for the next start."""
    data = draft.data
    log = data.get(LOG_KEY, data)
    log_id = str(log.get("id", ""))
    written = store.get("call_logs", log_id)
    if written is None:
        store.create("call_logs", checked_call_log(log)[0])  # times out of order are put in order
    elif LOG_KEY in data:  # written at an earlier start; typed since: the log says the latest
        change = {name: log[name] for name in ("disposition", "notes") if written.get(name) != log.get(name)}
        if change:
            store.update("call_logs", log_id, change)
    if LOG_KEY not in data:
        drafts.delete(draft.id)
        return None
    form, caller = data.get(FORM_KEY) or {}, data.get(CALLER_KEY) or {}
    due = form.get("due_at")
    typed = WrapUpTyped(
        disposition=str(form.get("disposition", "")),
        notes=str(form.get("notes", "")),
        follow_up=bool(form.get("follow_up")),
        title=str(form.get("title", "")),
        due_at=datetime.fromisoformat(due) if due else None,
    )
    identity = CallerIdentity(**{name: caller[name] for name in _CALLER_FIELDS if name in caller})
    call_id, customer_id = f"restored-{log_id}", str(caller.get("customer_id", ""))
    try:
        source = RecordPopSource(store, store.phones)
        card = assemble_pop(call_id, identity, source, config, chosen_customer_id=customer_id)
    except Exception:
        logger.exception("the card of the wrap-up cut off for call log %s could not be read", log_id)
        card = CardModel(call_id=call_id, identity=identity, kind=PopKind.NEW_CALLER)
    return CutOff(log, typed, card)


def _wall(value: object) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) and value else None


class RestoredWrapUps(QObject):
    """The wrap-ups brought back at this start (by call id), until each is submitted or discarded."""

    def __init__(self, feature: ScreenPopFeature) -> None:
        super().__init__(feature)
        self.feature = feature
        self.call_ids: set[str] = set()
        feature.wrap_up.sig_discard_requested.connect(self.ask_discard)

    def bring_back(self, cut_offs: list[CutOff]) -> None:
        """Each wrap-up cut off comes back with its call's card (oldest first in the pending wrap-ups);
        the first is shown unless the agent is already on a call or in another wrap-up. A Ready agent
        goes into Wrap-up while an answered call's wrap-up is back, as after a hang-up (a state chosen
        by hand stays)."""
        f = self.feature
        now = f.clock()
        sessions = []
        for cut in sorted(cut_offs, key=lambda c: str(c.log.get("ring_at", ""))):
            ring, answer, end = (_wall(cut.log.get(name)) for name in ("ring_at", "answer_at", "end_at"))
            if ring is None:
                continue
            end = end or ring
            # the wrap-up time goes on from where it was cut off; the call's times stay as they were
            end_mono = now - float(cut.log.get("wrapup_seconds", 0) or 0)
            ring_mono = end_mono - (end - ring).total_seconds()
            session = f.history.start(cut.card, ring_mono)
            session.ring_wall = ring
            session.answer_monotonic = None if answer is None else ring_mono + (answer - ring).total_seconds()
            session.end_monotonic = end_mono
            session.hold_seconds = float(cut.log.get("hold_seconds", 0) or 0)
            session.abnormal = str(cut.log.get("abnormal_reason", ""))
            session.call_log_id = session.reserved_log_id = str(cut.log["id"])
            f.drafts.kept[session.call_id] = cut.typed
            self.call_ids.add(session.call_id)
            sessions.append(session)
        if not sessions:
            return
        if any(s.answer_monotonic is not None for s in sessions):  # after-call work, as before the app closed
            f.move_agent(READY, WRAP_UP)  # no new call rings over it; Submit / Discard makes them Ready again
        shown = f.current_card()
        on_screen = f.history.get(shown.call_id) if shown is not None else None
        busy = on_screen is not None and not (on_screen.without_call or on_screen.wrapped_up)
        if busy or f.wrap_up.call_id() or f.talking_calls():  # a call or a wrap-up under way: listed only
            f.dock.pending.refresh(on_screen.call_id if on_screen is not None else "")
        else:
            f.show_wrap_up_of(sessions[0].call_id)

    def submitted(self, session: PopSession, log: dict[str, Any]) -> None:
        """The agent submitted a restored wrap-up: its log (written at the start) takes the disposition,
        notes and wrap-up time; then its draft goes."""
        self.call_ids.discard(session.call_id)
        change = {name: log[name] for name in ("disposition", "notes", "wrapup_seconds")}
        drop = self.feature.drafts.dropper(session)
        self.feature.writes.update_call_log(session.call_log_id, change, "call_log_wrap_up", then=drop)

    def ask_discard(self, call_id: str) -> None:
        """Discard a restored wrap-up, once the agent confirms: the call's log stays as written."""
        if call_id not in self.call_ids:
            return
        window = self.feature.dock.window()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard wrap-up"),
            self.tr("Discard this wrap-up?"),
            QMessageBox.StandardButton.NoButton,
        )
        box.setParent(window, box.windowFlags())
        box.setObjectName(DISCARD_QUESTION)
        box.setInformativeText(
            self.tr(
                "The call's log keeps what was typed before the app closed; what was typed since, and the "
                "follow-up to-do, are not saved."
            )
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("wrap_up_discard")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("wrap_up_keep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            if box.clickedButton() is discard:
                self.discard(call_id)

        box.finished.connect(lambda _result: answered())
        box.open()

    def discard(self, call_id: str) -> None:
        f = self.feature
        session = f.history.get(call_id)
        if call_id not in self.call_ids or session is None:
            return
        self.call_ids.discard(call_id)
        f.drafts.kept.pop(call_id, None)
        f.ctx.tasks.write(f.drafts.dropper(session), owner=self)
        logger.info("the restored wrap-up of call log %s was discarded; the log stays as written", session.call_log_id)
        if f.wrap_up.call_id() == call_id:
            f.wrap_up.stop()
        f.wrap_up_finished(call_id)
