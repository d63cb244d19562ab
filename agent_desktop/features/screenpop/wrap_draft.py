"""Every wrap-up waiting keeps what the agent typed in it. The one wrap-up form serves one call at a
time: when it goes to another call's wrap-up (that call ended, or the agent switched to it), what was
typed in the one it held (disposition, notes, follow-up) is set aside, and given back when the form
serves that call again.

A wrap-up under way also survives a crash or a kill -9: its call log as it would be written now (times,
the disposition chosen else :data:`~screenpop.core.call_log.NOT_WRAPPED_UP`, the notes typed so far) is
kept as a draft in the local store (``crm.store.drafts``, kind ``wrapup``): saved when the wrap-up
starts, a second after each change and when it is set aside, deleted once the call's log is written.
A draft left at the next start is written as the call's log (so the call reaches the CRM) and the agent
is told.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from crm.store.drafts import DraftStore
from forms.wrapup_result import WrapUpTyped
from screenpop.core.call_log import NOT_WRAPPED_UP, call_log_body, checked_call_log
from screenpop.core.session import PopSession

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import CrmService
    from agent_desktop.features.screenpop.feature import ScreenPopFeature
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

KIND = "wrapup"
SAVE_AFTER_MS = 1000


def typed_so_far(feature: ScreenPopFeature, session: PopSession, now: float) -> dict[str, Any]:
    """The call log fields of ``session`` as far as its wrap-up got: disposition, notes, wrap-up time."""
    form = feature.wrap_up
    end = session.end_monotonic if session.end_monotonic is not None else now
    if form.call_id() == session.call_id:
        typed, seconds = form.typed(), form.elapsed()
    else:
        typed, seconds = feature.drafts.kept.get(session.call_id, WrapUpTyped()), max(0.0, now - end)
    return {"disposition": typed.disposition or NOT_WRAPPED_UP, "notes": typed.notes.strip(), "wrapup_seconds": seconds}


class WrapUpDrafts(QObject):
    """What was typed in each wrap-up waiting, the drafts kept in the store, and the drafts a crash left."""

    def __init__(self, feature: ScreenPopFeature, window: MainWindow) -> None:
        super().__init__(feature)
        self.feature, self.window = feature, window
        self.drafts: DraftStore | None = None
        self._saved: set[str] = set()  # log ids with a draft in the store
        self.kept: dict[str, WrapUpTyped] = {}  # call id -> what was typed in its wrap-up, set aside
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        form = feature.wrap_up
        form.notes_edit.textChanged.connect(self._timer.start)
        form.disposition_combo.currentIndexChanged.connect(self._timer.start)

    def attach(self, crm: CrmService) -> None:
        """The local store is there: write the logs of the wrap-ups a crash left, then keep drafts."""
        store = crm.store

        def recover() -> tuple[DraftStore, int]:
            drafts = DraftStore(store.db)
            left = drafts.list(KIND)
            saved = 0
            for draft in left:
                try:  # times out of order are put in order; a log the store still refuses stays a draft
                    if store.get("call_logs", str(draft.data.get("id", ""))) is None:
                        store.create("call_logs", checked_call_log(draft.data)[0])
                except Exception:
                    logger.exception("the call log of draft %s is still not saved; kept for the next start", draft.id)
                    continue
                drafts.delete(draft.id)
                saved += 1
            return drafts, saved

        def recovered(result: tuple[DraftStore, int]) -> None:
            self.drafts, count = result
            if count:
                logger.info("%d wrap-up(s) cut off last time: their call logs are kept as not wrapped up", count)
                self.window.transient(
                    self.tr(
                        "%n wrap-up(s) cut off last time were saved with the notes typed, as not wrapped up.", "", count
                    )
                )
            for call_id in list(self.kept):  # the wrap-ups set aside before the store was there
                self._save(self.feature.history.get(call_id))
            self.save_now()

        self.feature.ctx.tasks.write(
            recover, recovered, lambda exc: logger.error("wrap-up drafts: %s", exc), owner=self
        )

    def set_aside(self) -> None:
        """The form goes to another call: what was typed in the wrap-up it holds is kept (and saved now)."""
        f = self.feature
        session = f.history.get(f.wrap_up.call_id()) if f.wrap_up.call_id() else None
        if session is not None and not session.wrapped_up and not session.call_log_id:
            self.kept[session.call_id] = f.wrap_up.typed()
            self.save_now()

    def take(self, call_id: str) -> WrapUpTyped | None:
        """What was typed in the wrap-up of ``call_id`` before it was set aside (handed back once)."""
        return self.kept.pop(call_id, None)

    def save_now(self) -> None:
        """Keep the open wrap-up's call log as it would be written now (in the ordered writes)."""
        self._timer.stop()
        f = self.feature
        self._save(f.history.get(f.wrap_up.call_id()) if f.wrap_up.call_id() else None)

    def _save(self, session: PopSession | None) -> None:
        f, drafts = self.feature, self.drafts
        if drafts is None or session is None or session.call_log_id or f.crm is None:
            return
        if not session.reserved_log_id:
            session.reserved_log_id = f.call_link(session.call_id)[0]
        body = call_log_body(session, agent_line=f.ctx.settings.sip.username, **typed_so_far(f, session, f.clock()))
        log_id = str(body["id"])
        self._saved.add(log_id)
        f.ctx.tasks.write(lambda: drafts.save(log_id, KIND, body), owner=self)

    def forget(self, call_id: str, log_id: str) -> None:
        """The call's log is written (after it, in the ordered writes): its draft goes."""
        self.kept.pop(call_id, None)
        drafts = self.drafts
        if drafts is not None and log_id in self._saved:
            self._saved.discard(log_id)
            self.feature.ctx.tasks.write(lambda: drafts.delete(log_id), owner=self)

    def close(self) -> None:
        self._timer.stop()
