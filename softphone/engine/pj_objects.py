"""pjsua2 subclasses. They live only on the SIP thread and forward every callback to the engine.

Audio port callbacks run on pjmedia's clock thread and touch nothing but the bridge's rings.
"""

from __future__ import annotations

import ctypes
import logging
import time
import weakref
from typing import TYPE_CHECKING

import pjsua2 as pj

from softphone.engine.audio_bridge import AudioBridge, RingBuffer

if TYPE_CHECKING:
    from softphone.engine.call_handlers import CallHandlers
    from softphone.engine.engine import SipEngine

logger = logging.getLogger(__name__)


class PjAccount(pj.Account):  # type: ignore[misc]  # pjsua2 has no type information
    """The agent's account: registration state and incoming INVITEs go to the engine."""

    def __init__(self, engine: SipEngine) -> None:
        super().__init__()
        self._engine = engine

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        received = time.monotonic()
        self._engine._on_incoming(self, prm.callId, prm.rdata.wholeMsg, received)

    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        self._engine._on_reg_state(self, prm.code, prm.reason)


def park_surviving_calls(calls: weakref.WeakSet[PjCall]) -> int:
    """Keep every still-alive Call of a destroyed library from ever being deleted; returns how many.

    A pjsua2 Call deleted after libDestroy aborts the process (pjsua_call_set_user_data asserts),
    even at interpreter exit. Calls still referenced somewhere when the library goes away (a
    traceback kept by a log record, say) get one extra reference that is never released.
    """
    survivors = list(calls)
    for call in survivors:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(call))
    return len(survivors)


class PjCall(pj.Call):  # type: ignore[misc]  # pjsua2 has no type information
    """One call; ``key`` is the engine's call id, stable for the whole call."""

    def __init__(
        self, engine: CallHandlers, account: pj.Account, key: int, pj_call_id: int = pj.PJSUA_INVALID_ID
    ) -> None:
        super().__init__(account, pj_call_id)
        self._engine = engine
        self.key = key
        engine._all_calls.add(self)

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self._engine._on_call_state(self)

    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:
        """Tell the engine when a response to our INVITE arrives (the far end is reachable), and when a response to the caller's INVITE could not be built: pjsip keeps
        such a call ringing (or connecting) as if the response had gone out. pjsua2 prints the
        message it reports (``tdata.wholeMsg``); printing fails only when the message does not fit
        pjsip's buffer (PJSIP_EMSGTOOLONG), leaving it empty."""
        event = prm.e
        if event.type != pj.PJSIP_EVENT_TSX_STATE:
            return
        tsx_event = event.body.tsxState
        if tsx_event.type == pj.PJSIP_EVENT_RX_MSG:
            tsx = tsx_event.tsx
            if tsx.role == pj.PJSIP_ROLE_UAC and tsx.method == "INVITE":
                self._engine._on_far_end_heard(self)
            return
        if tsx_event.type != pj.PJSIP_EVENT_TX_MSG:
            return
        tsx = tsx_event.tsx
        if tsx.role == pj.PJSIP_ROLE_UAS and tsx.method == "INVITE" and not tsx_event.src.tdata.wholeMsg:
            self._engine._on_response_unsendable(self, tsx.statusCode)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self._engine._on_call_media(self)

    def onStreamDestroyed(self, prm: pj.OnStreamDestroyedParam) -> None:
        self._engine._on_stream_destroyed()

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:
        self._engine._on_dtmf(self, prm.digit)

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        self._engine._on_transfer_status(self, prm.statusCode, prm.finalNotify)


def mono_format(sample_rate: int, frame_ms: int) -> pj.MediaFormatAudio:
    """16-bit mono PCM at ``sample_rate`` in frames of ``frame_ms``, for a conference-bridge port."""
    fmt = pj.MediaFormatAudio()
    fmt.type = pj.PJMEDIA_TYPE_AUDIO
    fmt.clockRate = sample_rate
    fmt.channelCount = 1
    fmt.bitsPerSample = 16
    fmt.frameTimeUsec = frame_ms * 1000
    return fmt


class BridgePort(pj.AudioMediaPort):  # type: ignore[misc]  # pjsua2 has no type information
    """Conference-bridge port that moves frames between pjmedia and the :class:`AudioBridge` rings."""

    def __init__(self, bridge: AudioBridge) -> None:
        super().__init__()
        self.bridge = bridge

    def create(self) -> None:
        """Register the port in the conference bridge (SIP thread, after libStart)."""
        self.createPort("bridge", mono_format(self.bridge.sample_rate, self.bridge.frame_ms))

    def destroy(self) -> None:
        """Remove the port from the conference bridge and delete its C++ half, while this Python
        object is still alive (SIP thread, before libDestroy).

        pjmedia's clock thread calls ``onFrameReceived`` every frame period even when nothing is
        connected. Letting Python free this object instead runs the C++ destructor (which releases
        the GIL) while the Python half is already being deallocated: a clock tick in that window
        calls into a dead object and the process dies of SIGSEGV. Deleting explicitly keeps the
        Python half valid until the C++ destructor has detached the callbacks; afterwards the
        wrapper no longer owns anything, so dropping the object later is harmless.
        """
        pj.AudioMediaPort.__swig_destroy__(self)

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:
        data = self.bridge.frame_for_call()
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        frame.buf = pj.ByteVector(data)
        frame.size = len(data)

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size:
            self.bridge.frame_from_call(bytes(frame.buf))


class TapPort(pj.AudioMediaPort):  # type: ignore[misc]  # pjsua2 has no type information
    """A conference-bridge port that only listens: every frame a call sends it goes into ``ring``
    (on pjmedia's clock thread), for the SIP thread to read. It exists only while a call's audio is
    analysed (answering machine detection); create, connect and :meth:`destroy` it on the SIP thread."""

    def __init__(self, ring: RingBuffer) -> None:
        super().__init__()
        self.ring = ring

    def destroy(self) -> None:
        """Delete the C++ half while this object lives (see :meth:`BridgePort.destroy`)."""
        pj.AudioMediaPort.__swig_destroy__(self)

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size:
            self.ring.write(bytes(frame.buf))
