"""What the engine's mixins use of the engine they are mixed into.

:class:`EngineHost` is the base of :class:`~softphone.engine.call_handlers.CallHandlers` (and, through
it, of :class:`~softphone.engine.commands.CallCommands`). It declares the attributes
:class:`~softphone.engine.engine.SipEngine` sets in ``__init__`` and, for the type checker only, the
methods ``SipEngine`` defines; at run time it adds nothing but accessors for the pjsua2 objects that
exist while the SIP thread runs.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pjsua2 as pj

    from softphone.engine.audio_bridge import AudioBridge
    from softphone.engine.config import EngineConfig
    from softphone.engine.pj_objects import BridgePort, PjAccount, PjCall
    from softphone.engine.records import CallRecord

logger = logging.getLogger(__name__)

PreRingFilter = Callable[[str, dict[str, list[str]]], "int | None"]
"""``filter(caller_number, identity_headers)``: a SIP code to refuse the call with before it rings, or None."""


class EngineHost:
    """The engine's state as its mixins see it (every attribute is set by ``SipEngine.__init__``)."""

    config: EngineConfig
    bridge: AudioBridge
    pre_ring_filter: PreRingFilter | None
    # SIP-thread-only state
    _ep: pj.Endpoint | None
    _account: PjAccount | None
    _port: BridgePort | None
    _calls: dict[int, CallRecord]
    _graveyard: list[PjCall]
    _all_calls: weakref.WeakSet[PjCall]
    _focus: int | None
    _conference: set[int]

    if TYPE_CHECKING:

        def post(self, fn: Callable[[], None]) -> None: ...

        def publish(self, event: object) -> None: ...

        def next_key(self) -> int: ...

        def _set_media_clock(self, running: bool) -> None: ...

    def _endpoint(self) -> pj.Endpoint:
        """The pjsua2 Endpoint (SIP thread, while the engine runs)."""
        if self._ep is None:
            raise RuntimeError("the SIP engine is not running")
        return self._ep

    def _sip_account(self) -> PjAccount:
        """The agent's pjsua2 Account (SIP thread, while the engine runs)."""
        if self._account is None:
            raise RuntimeError("the SIP engine is not running")
        return self._account

    def _bridge_port(self) -> BridgePort:
        """The conference-bridge port of the audio bridge (SIP thread, while the engine runs)."""
        if self._port is None:
            raise RuntimeError("the SIP engine is not running")
        return self._port
