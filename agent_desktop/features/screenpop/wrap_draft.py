"""Every wrap-up waiting keeps what the agent typed in it. The one wrap-up form serves one call at a
time: when it goes to another call's wrap-up (that call ended, or the agent switched to it), what was
typed in the one it held (disposition, notes, follow-up) is set aside, and given back when the form
serves that call again.

A wrap-up under way also survives a crash or a kill -9: a draft in the local store (``crm.store.drafts``,
kind ``wrapup``) keeps its call log as it would be written now (times, the disposition chosen else
:data:`~screenpop.core.call_log.NOT_WRAPPED_UP`, the notes typed so far), everything the form holds (the
follow-up to-do and its time too) and who the call was with: saved when the wrap-up starts, a second
after each change, when it is set aside and when the app quits; deleted once the wrap-up is submitted
(or discarded). A draft left at the next start writes the call's log and brings the wrap-up back
(:mod:`.wrap_restore`); the agent is told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from agent_desktop.features.screenpop.wrap_restore import CutOff, RestoredWrapUps, draft_data, recover
from crm.store.drafts import DraftStore
from forms.wrapup_result import WrapUpTyped
from screenpop.core.call_log import NOT_WRAPPED_UP, call_log_body
from screenpop.core.session import PopSession

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import CrmService
    from agent_desktop.features.screenpop.feature import ScreenPopFeature
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

KIND = "wrapup"
SAVE_AFTER_MS = 1000


def typed_in(feature: ScreenPopFeature, session: PopSession) -> WrapUpTyped:
    """What was typed in the wrap-up of ``session`` so far (in the form, or set aside)."""
    form = feature.wrap_up
    if form.call_id() == session.call_id:
        return form.typed()
    return feature.drafts.kept.get(session.call_id, WrapUpTyped())


def typed_so_far(feature: ScreenPopFeature, session: PopSession, now: float) -> dict[str, Any]:
    """The call log fields of ``session`` as far as its wrap-up got: disposition, notes, wrap-up time."""
    end = session.end_monotonic if session.end_monotonic is not None else now
    typed = typed_in(feature, session)
    seconds = feature.wrap_up.elapsed() if feature.wrap_up.call_id() == session.call_id else max(0.0, now - end)
    return {"disposition": typed.disposition or NOT_WRAPPED_UP, "notes": typed.notes.strip(), "wrapup_seconds": seconds}


class WrapUpDrafts(QObject):
    """What was typed in each wrap-up waiting, the drafts kept in the store, and the drafts a crash left."""

    def __init__(self, feature: ScreenPopFeature, window: MainWindow) -> None:
        super().__init__(feature)
        self.feature, self.window = feature, window
        self.drafts: DraftStore | None = None
        self._saved: set[str] = set()  # log ids with a draft in the store
        self.kept: dict[str, WrapUpTyped] = {}  # call id -> what was typed in its wrap-up, set aside
        self.restored = RestoredWrapUps(feature)  # the wrap-ups a crash cut off, back at this start
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        form = feature.wrap_up
        for changed in (
            form.notes_edit.textChanged,
            form.disposition_combo.currentIndexChanged,
            form.follow_up_check.toggled,
            form.title_edit.textChanged,
            form.due_edit.dateTimeChanged,
        ):
            changed.connect(self._timer.start)

    def attach(self, crm: CrmService) -> None:
        """The local store is there: write the logs of the wrap-ups a crash left and bring those wrap-ups
        back, then keep drafts."""
        store, config = crm.store, self.feature.config

        def read_back() -> tuple[DraftStore, list[CutOff], int]:
            drafts = DraftStore(store.db)
            cut_offs, saved = [], 0
            for draft in drafts.list(KIND):
                try:  # a log the store still refuses stays a draft
                    cut = recover(store, drafts, draft, config)
                except Exception:
                    logger.exception("the call log of draft %s is still not saved; kept for the next start", draft.id)
                    continue
                if cut is None:
                    saved += 1
                else:
                    cut_offs.append(cut)
            return drafts, cut_offs, saved

        def read(result: tuple[DraftStore, list[CutOff], int]) -> None:
            self.drafts, cut_offs, saved = result
            if saved:
                logger.info("%d call log(s) cut off last time are saved as not wrapped up", saved)
                self.window.transient(
                    self.tr(
                        "%n wrap-up(s) cut off last time were saved with the notes typed, as not wrapped up.", "", saved
                    )
                )
            if cut_offs:
                logger.info("%d wrap-up(s) cut off last time are back; their call logs are saved", len(cut_offs))
                self.window.transient(
                    self.tr(
                        "%n wrap-up(s) cut off last time are back as they were typed; their call logs are saved.",
                        "",
                        len(cut_offs),
                    )
                )
                self.restored.bring_back(cut_offs)
            for call_id in list(self.kept):  # the wrap-ups set aside before the store was there
                self._save(self.feature.history.get(call_id))
            self.save_now()

        self.feature.ctx.tasks.write(read_back, read, lambda exc: logger.error("wrap-up drafts: %s", exc), owner=self)

    def set_aside(self) -> None:
        """The form goes to another call: what was typed in the wrap-up it holds is kept (and saved now)."""
        f = self.feature
        session = f.history.get(f.wrap_up.call_id()) if f.wrap_up.call_id() else None
        if session is not None and not session.wrapped_up and self._open(session):
            self.kept[session.call_id] = f.wrap_up.typed()
            self.save_now()

    def take(self, call_id: str) -> dict[str, Any]:
        """``typed``: what was typed in the wrap-up of ``call_id`` before it was set aside (handed back
        once); ``restored``: whether it is a wrap-up a crash cut off (:meth:`WrapUpForm.start`'s keywords)."""
        return {"typed": self.kept.pop(call_id, None), "restored": call_id in self.restored.call_ids}

    def save_now(self) -> None:
        """Keep the open wrap-up's call log as it would be written now (in the ordered writes)."""
        self._timer.stop()
        f = self.feature
        self._save(f.history.get(f.wrap_up.call_id()) if f.wrap_up.call_id() else None)

    def _save(self, session: PopSession | None) -> None:
        f, drafts = self.feature, self.drafts
        if drafts is None or session is None or not self._open(session) or f.crm is None:
            return
        if not session.reserved_log_id:
            session.reserved_log_id = f.call_link(session.call_id)[0]
        body = call_log_body(session, agent_line=f.ctx.settings.sip.username, **typed_so_far(f, session, f.clock()))
        log_id, data = str(body["id"]), draft_data(session, body, typed_in(f, session))
        self._saved.add(log_id)
        f.ctx.tasks.write(lambda: drafts.save(log_id, KIND, data), owner=self)

    def _open(self, session: PopSession) -> bool:
        """Whether the wrap-up of ``session`` is still to be submitted (its log not written, or written
        at this start for a wrap-up a crash cut off)."""
        return not session.call_log_id or session.call_id in self.restored.call_ids

    def dropper(self, session: PopSession) -> Callable[[], None]:
        """For the ordered writes: delete the draft of ``session``'s wrap-up (submitted or discarded)."""
        drafts, log_id = self.drafts, session.call_log_id
        self.kept.pop(session.call_id, None)
        self._saved.discard(log_id)
        return lambda: None if drafts is None else drafts.delete(log_id)

    def forget(self, call_id: str, log_id: str) -> None:
        """The call's log is written (after it, in the ordered writes): its draft goes."""
        self.kept.pop(call_id, None)
        drafts = self.drafts
        if drafts is not None and log_id in self._saved:
            self._saved.discard(log_id)
            self.feature.ctx.tasks.write(lambda: drafts.delete(log_id), owner=self)

    def close(self) -> None:
        self._timer.stop()
