"""Work that quitting would lose asks first: a feature holding something typed and not yet kept (the
logistics view's unconfirmed couriers) adds a guard, and File > Quit, the tray's Quit and closing the
main window go through every guard before the app quits. A guard may ask the agent (a window-modal
question, answered later): it calls ``proceed()`` when quitting may go on, ``cancel()`` when the
agent chose to stay. Quitting because the system asks (logout, SIGTERM) does not wait for answers.
File > Sign out goes through the same guards (``ask(..., signing_out=True)``): a guard that asks words its
question for what the agent chose (:attr:`QuitGuards.signing_out`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)

QuitGuard = Callable[[Callable[[], None], Callable[[], None]], None]
"""``guard(proceed, cancel)``: exactly one of the two is called, now or once the agent answered."""


class QuitGuards:
    """The guards of one run, asked in the order they were added (provided as ``QUIT_GUARDS``)."""

    def __init__(self) -> None:
        self._guards: list[QuitGuard] = []
        self._asking = False
        self._signing_out = False

    def add(self, guard: QuitGuard) -> None:
        self._guards.append(guard)

    def remove(self, guard: QuitGuard) -> None:
        if guard in self._guards:
            self._guards.remove(guard)

    @property
    def asking(self) -> bool:
        """A guard's question waits for the agent's answer."""
        return self._asking

    @property
    def signing_out(self) -> bool:
        """The guards are asked for File > Sign out (the app stops and starts again at the sign-in),
        not for quitting: a question says so."""
        return self._signing_out

    def ask(
        self, proceed: Callable[[], None], cancel: Callable[[], None] = lambda: None, *, signing_out: bool = False
    ) -> None:
        """Go through the guards; ``proceed()`` once all let quitting go on, ``cancel()`` as soon as
        one does not. A second ask while a question is open is ignored (the open one answers)."""
        if self._asking:
            return
        self._asking = True
        self._signing_out = signing_out
        pending = list(self._guards)

        def cancelled() -> None:
            self._asking = self._signing_out = False
            logger.info("quitting cancelled: something typed is not kept yet")
            cancel()

        def next_guard() -> None:
            if not pending:
                self._asking = self._signing_out = False
                proceed()
                return
            guard = pending.pop(0)
            guard(next_guard, cancelled)

        next_guard()
