"""The SIP engine: one thread owns every pjsua2 object.

Other threads talk to it only through :meth:`SipEngine.post` (the public command methods of
:class:`~softphone.engine.commands.CallCommands` use it) and hear from it only through events
delivered to :meth:`subscribe`-d callbacks, called on the SIP thread (they must return quickly).
"""

from __future__ import annotations

import itertools
import logging
import queue
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Callable

import pjsua2 as pj

from crm.i18n import QT_TRANSLATE_NOOP
from crm.observers import Listeners
from softphone.engine import bind_address, setup
from softphone.engine.audio_bridge import AudioBridge
from softphone.engine.audio_io import AudioDevice, AudioUnavailable
from softphone.engine.call_handlers import CallHandlers
from softphone.engine.commands import CallCommands
from softphone.engine.config import EngineConfig
from softphone.engine.device_switch import DeviceWorker
from softphone.engine.doorbell import Doorbell
from softphone.engine.events import (
    TLS_UNAVAILABLE,
    TRANSPORT_FAILED,
    UNSUPPORTED_TRANSPORT,
    AudioStatus,
    EngineFailed,
    EngineStarted,
    EngineStopped,
    RegistrationChanged,
)
from softphone.engine.fallback_responder import FallbackResponder
from softphone.engine.fallback_responder import install as install_fallback_responder
from softphone.engine.host import PreRingFilter
from softphone.engine.pj_log import PjsipLogFile
from softphone.engine.pj_objects import BridgePort, PjAccount, PjCall, park_surviving_calls
from softphone.engine.recorder import CallRecording
from softphone.engine.records import CallRecord
from softphone.engine.registrar_watch import RegistrarWatch
from softphone.engine.swig_workaround import protect_none_refcount
from softphone.engine.wake import WakeDetector

logger = logging.getLogger(__name__)


def registration_message(code: int, reason: str, registered: bool) -> str:
    """A user-facing explanation of a registration result."""
    if registered:
        return QT_TRANSLATE_NOOP("Registration", "Registered")
    if "certificate" in (reason or "").lower() or "ECERT" in (reason or ""):
        return QT_TRANSLATE_NOOP("Registration", "Registration refused: the registrar's TLS certificate is not trusted")
    if code in (401, 403, 407):
        return QT_TRANSLATE_NOOP("Registration", "Registration refused: wrong user name or password")
    if code in (408, 502, 503, 504) or code == 0:
        return QT_TRANSLATE_NOOP("Registration", "Registrar not reachable; retrying")
    if 200 <= code < 300:
        return QT_TRANSLATE_NOOP("Registration", "Unregistered")
    return QT_TRANSLATE_NOOP("Registration", "Registration failed")


def _release_frames(exc: BaseException | None) -> None:
    """Drop the locals of the frames ``exc`` (and the exceptions it chains) went through. pjsua2's
    wrappers keep the Endpoint in their frames' locals; a traceback something still holds (a log
    handler's record) would keep it alive, and the next engine's ``Endpoint()`` aborts the process
    while one exists."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__


class SipEngine(CallCommands, CallHandlers):
    """Owns the SIP thread; start it, post commands, subscribe to events, stop it."""

    LOOP_MS = 5
    """How long libHandleEvents may block while a call is up (DTMF and media events from pjmedia's
    threads are queued by pjsua2 and handled by the SIP thread's next turn)."""
    IDLE_MS = 10_000
    """How long the SIP thread sleeps in libHandleEvents with no call: network events and the
    doorbell (posted commands) wake it at once, pjsip's own timers bound the wait too."""
    AUDIO_GRACE_S = 2.0
    """How long the sound device stays open after the last call ended, so back-to-back calls do not
    close and reopen it (the SIP thread's sleep is bounded by this deadline, nothing polls)."""

    def __init__(
        self,
        config: EngineConfig,
        audio_device: AudioDevice | None = None,
        pre_ring_filter: PreRingFilter | None = None,
    ) -> None:
        self.config = bind_address.resolved(config)  # an empty bind address: the automatic one
        self.audio_device = audio_device
        self.pre_ring_filter = pre_ring_filter
        self.bridge = AudioBridge(sample_rate=config.clock_rate)
        self._device = DeviceWorker("audio-device", self.post) if audio_device is not None else None
        self._commands: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._doorbell = Doorbell()
        self._wake = WakeDetector()
        self.events: Listeners[[object]] = Listeners("SIP engine events")
        self._keys = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._stopped = threading.Event()
        self._stopping = False
        self.local_port = 0
        self.audio_available = False
        """The sound device is open (only while a call needs it, plus the grace delay)."""
        # SIP-thread-only state
        self._ep: pj.Endpoint | None = None
        self._pj_log: PjsipLogFile | None = None
        self._account: PjAccount | None = None
        self._port: BridgePort | None = None
        self._fallback: FallbackResponder | None = None
        self._calls: dict[int, CallRecord] = {}
        self._graveyard: list[PjCall] = []
        self._all_calls: weakref.WeakSet[PjCall] = weakref.WeakSet()
        self._focus: int | None = None
        self._conference: set[int] = set()
        self._next_quality = 0.0
        self._registrar = RegistrarWatch(config)
        self._start_failure = ""
        self._media_clock = False
        self._media_clock_stop_at: float | None = None  # no call left: the clock stops then
        self._audio_failed = False  # the device would not open for the current calls: no retry until they end
        self._audio_close_at: float | None = None
        self.keep_media_clock = False
        """Clock the conference bridge even with no call (an audio loopback test)."""
        self.recording = CallRecording(self.post, self.publish)
        """Call recording: its policy and the on-demand start/stop (:mod:`softphone.engine.recorder`)."""

    # ---- any thread -------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[object], None]) -> Callable[[], None]:
        """Call ``callback(event)`` on the SIP thread for every event; returns an unsubscribe function."""
        return self.events.add(callback)

    def start(self) -> None:
        """Start the SIP thread; :class:`EngineStarted` or :class:`EngineFailed` follows."""
        self._thread = threading.Thread(target=self._run, name="sip", daemon=True)
        self._thread.start()

    def wait_started(self, timeout: float = 10.0) -> bool:
        """For tests and tools (never the GUI): wait until the engine started or failed."""
        return self._started.wait(timeout) and not self._stopped.is_set()

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the SIP thread."""
        self._commands.put(fn)
        self._doorbell.ring()

    def stop(self, timeout: float = 10.0) -> bool:
        """Hang up every call, unregister, destroy the library, join the thread; True when clean."""
        if self._thread is None:
            return True
        self._stopping = True
        self._doorbell.ring()
        self._thread.join(timeout)
        alive = self._thread.is_alive()
        if alive:
            logger.error("SIP thread did not stop within %.1fs", timeout)
        self._thread = None
        return not alive

    def set_blocklist(self, is_blocked: Callable[[str], bool]) -> None:
        """Refuse calls from numbers ``is_blocked(caller_number)`` says are blocked, with the
        configured ``blocked_response``, before they ring. Runs on the SIP thread: keep it fast and
        thread-safe (no shared SQLite connection)."""
        code = self.config.blocked_response

        def pre_ring(number: str, _headers: dict[str, list[str]]) -> int | None:
            return code if is_blocked(number) else None

        self.pre_ring_filter = pre_ring

    def next_key(self) -> int:
        return next(self._keys)

    # ---- SIP thread -------------------------------------------------------------------------
    def publish(self, event: object) -> None:
        self.events.emit(event)

    def _run(self) -> None:
        try:
            self._create()
        except Exception as exc:
            logger.exception("SIP engine failed to start")
            message = self._start_failure or QT_TRANSLATE_NOOP("Softphone", "The phone could not start")
            _release_frames(exc)
            self.publish(EngineFailed(message, str(exc)))
            self._stopped.set()
            self._started.set()
            self._destroy(network=False)  # nothing was said to anyone: no wait for replies (~1 s)
            self.publish(EngineStopped(clean=False))
            return
        self.publish(EngineStarted(self.local_port, self.config.account_uri(self.local_port)))
        self._started.set()
        try:
            while not self._stopping:
                more = self._drain_commands()
                self._tick()
                if not self._stopping:  # no local keeps the Endpoint: _destroy drops the last reference
                    self._endpoint().libHandleEvents(0 if more else self._wait_ms())
                    if self._wake.check():  # resumed from sleep: addresses and bindings may be stale
                        self._endpoint().handleIpChange(pj.IpChangeParam())
        except Exception:
            logger.exception("SIP loop failed")
        clean = self._destroy()
        self._stopped.set()
        self.publish(EngineStopped(clean=clean))

    def _drain_commands(self) -> bool:
        """Run up to 100 posted commands; True when more are waiting."""
        for _ in range(100):
            try:
                fn = self._commands.get_nowait()
            except queue.Empty:
                return False
            try:
                fn()
            except Exception:
                logger.exception("SIP command failed")
        return not self._commands.empty()

    def _wait_ms(self) -> int:
        """How long the next libHandleEvents may block: short during calls or without a doorbell,
        otherwise until the next registration retry or the sound device's closing (at most IDLE_MS)."""
        if self._graveyard:
            return 0
        if self._calls or self.recording.closing or not self._doorbell.installed:
            return self.LOOP_MS
        closing = (self._registrar.next_at, self._audio_close_at, self._media_clock_stop_at)
        deadlines = [t for t in closing if t is not None]
        if not deadlines:
            return self.IDLE_MS
        left_ms = (min(deadlines) - time.monotonic()) * 1000
        return max(0, min(self.IDLE_MS, int(left_ms) + 1))

    def _create(self) -> None:
        cfg = self.config
        protect_none_refcount()
        if cfg.gil_switch_interval_s:
            sys.setswitchinterval(cfg.gil_switch_interval_s)
        self._ep = pj.Endpoint()
        self._pj_log = PjsipLogFile(cfg)
        setup.quiet_library_start()  # libCreate's lines go nowhere; libInit's log config then applies
        self._ep.libCreate()
        self._ep.libInit(setup.endpoint_config(cfg))
        bind_address.log_route(cfg)
        t_type, t_cfg = setup.transport(cfg)
        try:
            transport_id = self._ep.transportCreate(t_type, t_cfg)
        except pj.Error as exc:
            no_tls = cfg.transport == "tls" and exc.status == UNSUPPORTED_TRANSPORT
            self._start_failure = TLS_UNAVAILABLE if no_tls else TRANSPORT_FAILED
            raise RuntimeError(f"SIP transport on {cfg.bind_address}:{cfg.local_port}: {exc.info()}") from None
        local_name = self._ep.transportGetInfo(transport_id).localName
        self.local_port = int(local_name.rsplit(":", 1)[1])
        self._doorbell.install(self._ep)
        self._ep.audDevManager().setNoDev()
        self._ep.libStart()
        self._fallback = install_fallback_responder()
        setup.prefer_codecs(self._ep)
        self._port = BridgePort(self.bridge)
        self._port.create()
        self._publish_audio_idle()
        self._account = PjAccount(self)
        self._account.create(setup.account_config(cfg, transport_id, self.local_port))
        logger.info("SIP engine listening on %s:%s (%s)", cfg.bind_address, self.local_port, cfg.transport)

    # ---- the sound device: open only while a call needs it -----------------------------------
    def _publish_audio_idle(self) -> None:
        """Say what the agent can expect without opening anything (at start, after closing)."""
        if self.audio_device is None:
            self.publish(
                AudioStatus(False, QT_TRANSLATE_NOOP("Audio", "Audio unavailable: no sound device configured"))
            )
        else:
            self.publish(AudioStatus(False, QT_TRANSLATE_NOOP("Audio", "Audio opens with the next call"), idle=True))

    def _audio_wanted(self) -> bool:
        """A call the agent may hear or speak on exists: ringing, dialling, early media, talking, held
        (not one refused before it rang)."""
        return self.keep_media_clock or any(rec.state != "silent" for rec in self._calls.values())

    def _update_audio_device(self, now: float) -> None:
        """Open the device when the first call appears (incoming: right after the 180 went out, so it
        is running long before the agent answers; outgoing: right after the INVITE, before any early
        media or ringback arrives); close it AUDIO_GRACE_S after the last call ended. Opening and
        closing run off the SIP thread (:mod:`softphone.engine.device_switch`); this waits for one
        to finish before deciding again."""
        if self._device is None or self._device.busy:
            return
        if self._audio_wanted():
            self._audio_close_at = None
            if not (self.audio_available or self._audio_failed):
                self._open_audio_device()
            return
        if self._audio_failed:
            self._audio_failed = False  # the next call tries again; its error stays shown until then
        elif self.audio_available:
            if self._audio_close_at is None:
                self._audio_close_at = now + self.AUDIO_GRACE_S
            elif now >= self._audio_close_at:
                self._close_audio_device()

    def _open_audio_device(self) -> None:
        device, worker = self.audio_device, self._device
        assert device is not None and worker is not None  # only asked for when a device (so a worker) exists

        def job() -> None:
            self.bridge.reset()  # nothing stale from the last call
            device.start(self.bridge)

        worker.submit(job, self._audio_opened)

    def _audio_opened(self, exc: BaseException | None) -> None:
        if exc is not None:  # AudioUnavailable, or a broken device: the call goes on
            message = exc.args[0] if isinstance(exc, AudioUnavailable) and exc.args else ""  # keeps its context
            message = message or QT_TRANSLATE_NOOP("Audio", "Audio unavailable: no sound device found")
            logger.warning("sound device not opened for the call (%s): %s", type(exc).__name__, str(exc))
            self._audio_failed = True
            self.publish(AudioStatus(False, message))
            return
        logger.info("sound device opened for a call")
        self.audio_available = True
        self.publish(AudioStatus(True, QT_TRANSLATE_NOOP("Audio", "Audio ready")))

    def _close_audio_device(self) -> None:
        device, worker = self.audio_device, self._device
        assert device is not None and worker is not None  # only open when a device (so a worker) exists
        self._audio_close_at = None
        self.audio_available = False
        worker.submit(device.stop, self._audio_closed)

    def _audio_closed(self, exc: BaseException | None) -> None:
        if exc is not None:
            logger.warning("closing the sound device failed: %s", str(exc))
        logger.info("sound device closed: no call needs it")
        if not self._stopping:
            self._publish_audio_idle()

    def _do_answer(self, key: int) -> None:
        """Answer; the sound device normally started opening when the call rang (an auto-answered
        call is answered before the loop's next turn would ask for it, so ask now)."""
        self._update_audio_device(time.monotonic())
        super()._do_answer(key)

    def _on_reg_state(self, account: PjAccount, code: int, reason: str) -> None:
        try:
            registered = bool(account.getInfo().regIsActive) and 200 <= code < 300
        except pj.Error:
            registered = False
        retry_in = self._registrar.on_result(code, reason, registered, stopping=self._stopping)
        self.publish(
            RegistrationChanged(
                registered, code, reason, registration_message(code, reason, registered), round(retry_in, 1)
            )
        )

    def _set_media_clock(self, running: bool) -> None:
        """Clock the conference bridge (pjmedia's null device, a 20 ms tick) only while a call
        exists: ticking with no call was the idle app's only steady CPU use. Call it before a new
        call's media starts, and with False once no call is left.

        Also stopped just before pjsua tears a call's audio down (our hang-up, the far end's BYE
        through ``onStreamDestroyed``, the shutdown): a tick already under way on pjmedia's clock
        thread may still write to that call's stream while the SIP thread closes its media
        transport, and pjsua 2.15's UDP media transport then sends on the socket it has just
        unregistered: ``pj_ioqueue_sendto`` asserts on the missing key and the process aborts
        (pjproject #5016). Stopping the clock waits for the running tick; the first tick after
        :meth:`_tick` starts it again (a call is left) takes the stream off the bridge before it
        writes to any port. Other calls miss one turn of the SIP loop's audio (a few ms)."""
        if running == self._media_clock or self._ep is None:
            return
        manager = self._ep.audDevManager()
        manager.setNullDev() if running else manager.setNoDev()
        self._media_clock = running
        self._media_clock_stop_at = None

    def _media_clock_wanted(self, now: float) -> bool:
        """A call, a recording being completed or a loopback test needs the clock. With none left a
        running clock goes on for AUDIO_GRACE_S, like the sound device: stopping it holds the SIP
        thread for several ms (pjmedia waits for its clock thread), which a call ringing right
        behind the last one would wait for before it is announced, and that call would start it again."""
        if self._calls or self.keep_media_clock or self.recording.closing:
            self._media_clock_stop_at = None
            return True
        if not self._media_clock:
            return False
        if self._media_clock_stop_at is None:
            self._media_clock_stop_at = now + self.AUDIO_GRACE_S
        return now < self._media_clock_stop_at

    def _tick(self) -> None:
        if self._graveyard:
            self._graveyard.clear()
        self.recording.poll(self._calls, self._port)  # first: a file to complete keeps the clock
        now = time.monotonic()
        if self._media_clock != self._media_clock_wanted(now):
            self._set_media_clock(not self._media_clock)
        self._update_audio_device(now)
        for rec in list(self._calls.values()):
            if rec.amd is not None:
                self._poll_machine(rec, now)
            if rec.no_answer_deadline is not None and now >= rec.no_answer_deadline and not rec.answered:
                rec.no_answer_deadline = None
                if rec.direction == "in":
                    self._ring_timed_out(rec)
                    continue
                rec.ring_timed_out = True
                self._hangup_record(rec, 487, no_answer=True)
        if self._account is not None and self._registrar.due():  # a retry, or the binding's renewal
            self._registrar.renew(self._account)
        if now >= self._next_quality:
            self._next_quality = now + self.config.quality_interval_s
            self._poll_quality()

    def _destroy(self, network: bool = True) -> bool:
        """Tear everything down; ``network=False`` skips pjsua's wait (about a second) for replies
        to unregistrations and hang-ups (for an engine that never started)."""
        ep = self._ep
        if ep is None:
            self._close_pj_log()
            return False
        clean = True
        try:
            if self._calls:
                self._set_media_clock(False)  # no tick while their media goes (see _set_media_clock)
                ep.hangupAllCalls()
                deadline = time.monotonic() + 3.0
                while self._calls and time.monotonic() < deadline:
                    ep.libHandleEvents(10)
                clean = not self._calls
            for rec in self._calls.values():
                if rec.amd is not None:  # its port goes before the library
                    rec.amd.close()
                    rec.amd = None
            self._calls.clear()
            self.recording.close_all()  # the recorders' ports go before the library
            self._graveyard.clear()
            parked = park_surviving_calls(self._all_calls)
            if parked:
                logger.warning("%d call object(s) still referenced at shutdown; kept alive", parked)
            if self._device is not None:
                self._device.finish()  # an open or close still running
                if self.audio_available:
                    self._close_audio_device()
                    self._device.finish()
            if self._account is not None:
                registered = self.config.registrar and self._account.isValid()
                self._account.shutdown()
                if registered:
                    deadline = time.monotonic() + 1.0
                    while time.monotonic() < deadline:
                        ep.libHandleEvents(10)
            self._account = None
            if self._port is not None:
                self._port.destroy()  # before the Python object goes away: see BridgePort.destroy
            self._port = None
            if self._fallback is not None:
                self._fallback.uninstall()
                self._fallback = None
            ep.libDestroy(0 if network else pj.PJSUA_DESTROY_NO_NETWORK)
            self.recording.report_closed()
        except Exception:
            logger.exception("SIP engine shutdown failed")
            clean = False
        self._doorbell.close()
        self._ep = None
        logger.info("SIP engine stopped (clean=%s)", clean)
        self._close_pj_log()  # after libDestroy's last lines
        return clean

    def _close_pj_log(self) -> None:
        if self._pj_log is not None:
            self._pj_log.close()
            self._pj_log = None
