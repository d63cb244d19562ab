"""Feature: call recording.

The policy (settings ``recording.*``) goes to the SIP engine's recorder
(:mod:`softphone.engine.recorder`), again after every engine restart. The Record button beside the
call controls and the Call menu's Record call (F10, ``hotkeys.record``) start and pause the current
call's recording (on demand) or say why they cannot (:mod:`~agent_desktop.features.recording.control`).
With ``recording.announce`` the status bar says while a call is recorded (or paused) and the agent is
reminded to tell the caller when it starts. A finished recording is compressed in the background (Ogg/Opus), linked
to the call's log (the id the card's wrap-up writes it under) and customer, queued in the local
store and uploaded to the back office (resumable, idempotent; it waits while the CRM cannot be
reached). Call → Call recordings… lists the customer's recordings (and, with a PBX that records,
its addresses) and plays them on the agent's speaker or headset (``audio.output_device``) through
PortAudio, like the ringer.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.recording.api import RECORDINGS
from agent_desktop.features.recording.control import RecordControl
from agent_desktop.features.recording.core.compress import Compressed, compress, prepare
from agent_desktop.features.recording.core.leftovers import find_leftovers
from agent_desktop.features.recording.core.pbx_link import pbx_url
from agent_desktop.features.recording.panel import RecordingRow, RecordingsPanel
from agent_desktop.features.recording.player_control import PlayerControl
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.settings.schema import Settings
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.send_loop import SendLoop
from crm.phones import format_phone
from crm.recording_upload import RecordingUploads
from crm.sync_events import ONLINE, SyncStatus
from softphone.engine.events import EngineStarted
from softphone.engine.recorder import RecordingChanged, RecordingFinished, RecordingMode, RecordingPolicy

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.engine.audio_io import AudioDevice
    from softphone.engine.clip_player import ClipPlayer
    from softphone.engine.engine import SipEngine
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)

RETRY_MS = 60_000
"""A failed upload is tried again after this long (at once when the CRM answers again)."""


class RecordingFeature(QObject):
    """The installed feature (provided as :data:`RECORDINGS`)."""

    _sig_event = Signal(object)
    """An engine event, from the SIP thread (queued to the GUI thread)."""

    def __init__(self, ctx: AppContext, window: MainWindow, phone: PhoneAdapter) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.phone = phone
        self.directory = ctx.paths.data_dir / "recordings"
        self.crm: CrmService | None = None
        self.uploads: RecordingUploads | None = None
        self._unqueued: list[tuple[str, Path, dict[str, Any]]] = []  # finished before the store was there
        self.send_loop = SendLoop(ctx.tasks, "recordings", RETRY_MS, self)
        self._closed = False
        self._engine: SipEngine | None = None
        self._unsubscribe: Any = None
        self.panel: RecordingsPanel | None = None
        self.panel_window: PanelWindow | None = None
        self.playback_device: AudioDevice | None = None
        """Where recordings play (None: PortAudio on ``audio.output_device``; tests set a paced one)."""
        self._clip_player: ClipPlayer | None = None
        self._customer = ""
        self._play_call = ""
        self.control = RecordControl(ctx, window, phone)
        self.action = self.control.action
        self.list_action = window.add_menu_action("call", lambda: self.tr("Call recordings…"), "", self.show_recordings)
        self.list_action.setObjectName("act_call_recordings")
        self._sig_event.connect(self._on_event)
        phone.sig_engine_started.connect(self._engine_started)
        ctx.settings_manager.sig_settings_changed.connect(self._settings_changed)
        self._follow_engine()
        self._cancel = [
            ctx.services.subscribe(CRM, self._attach_crm),
            ctx.services.subscribe(SCREENPOP, self._attach_card),
        ]
        ctx.services.provide(RECORDINGS, self)

    # -- the engine --------------------------------------------------------------------------------
    def policy(self, settings: Settings) -> RecordingPolicy:
        recording = settings.recording
        announcement = recording.announcement_file if recording.announce else ""
        return RecordingPolicy(RecordingMode(recording.mode), str(self.directory), announcement)

    def _follow_engine(self) -> None:
        """Hear the phone's engine (a new one after a restart) and give it the policy."""
        engine = self.phone.engine
        if engine is not self._engine:
            if self._unsubscribe is not None:
                self._unsubscribe()
            self._engine = engine
            self._unsubscribe = engine.subscribe(self._sig_event.emit)  # SIP thread → queued to us
        engine.recording.set_policy(self.policy(self.ctx.settings))

    def _engine_started(self, _event: EngineStarted) -> None:
        if not self._closed:
            self.control.forget_all()
            self._follow_engine()

    def _settings_changed(self, settings: Settings) -> None:
        self.phone.engine.recording.set_policy(self.policy(settings))
        self.control.set_hotkey(settings.hotkeys.record)

    def _on_event(self, event: object) -> None:
        if self._closed:
            return
        if isinstance(event, RecordingChanged):
            self.control.changed(event)
        elif isinstance(event, RecordingFinished):
            self.control.finished(event.call_id)
            self._finished(event)

    # -- finished recordings: compress, link, queue, upload -------------------------------------------
    def _declaration(self, direction: str, number: str, started_at: float, link: tuple[str, str]) -> dict[str, Any]:
        """What the back office is told about a recording (but its size, checksum and length)."""
        declare: dict[str, Any] = {
            "direction": "inbound" if direction == "in" else "outbound",
            "number": number[:40],
            "started_at": datetime.fromtimestamp(started_at, timezone.utc).isoformat(),
        }
        if self.ctx.settings.recording.retention_days:  # a request to keep it longer than the centre does
            declare["retention_days"] = self.ctx.settings.recording.retention_days
        call_log_id, customer_id = link
        if call_log_id:
            declare["call_log_id"] = call_log_id
        if customer_id:
            declare["customer_id"] = customer_id
        return declare

    def _finished(self, event: RecordingFinished) -> None:
        screenpop = self.ctx.services.get(SCREENPOP)
        link = screenpop.call_link(event.call_id) if screenpop is not None else ("", "")
        declare = self._declaration(event.direction, event.number, event.started_at, link)
        wav = Path(event.path)
        self.ctx.tasks.run(
            lambda: compress(wav),
            lambda result: self._prepared(result, declare),
            lambda exc: logger.error("recording %s not compressed", wav.name, exc_info=exc),
            owner=self,
        )

    def _prepared(self, result: Compressed, declare: dict[str, Any]) -> None:
        body = {**declare, "seconds": result.seconds, "media_type": result.media_type}
        self._queue(result.path.stem, result.path, body)

    def _sweep(self, uploads: RecordingUploads) -> None:
        """Queue the recordings a quit or a crash left behind (found off the GUI thread)."""
        directory = self.directory

        def sweep() -> list[tuple[Compressed, dict[str, Any]]]:
            if not directory.is_dir():
                return []
            queued = {str(item.get("path")) for _seq, item in uploads.queue.oldest(10_000)}
            return [(prepare(left.path), left.about) for left in find_leftovers(directory, queued, time.time())]

        def swept(found: list[tuple[Compressed, dict[str, Any]]]) -> None:
            for result, about in found:
                logger.info("recording %s was left behind: queued for upload", result.path.name)
                started = about.get("started_at")
                declare = self._declaration(
                    str(about.get("direction", "")),
                    str(about.get("number", "")),
                    float(started) if isinstance(started, (int, float)) else result.path.stat().st_mtime,
                    ("", ""),
                )
                self._prepared(result, declare)

        self.ctx.tasks.run(sweep, swept, lambda exc: logger.warning("recordings left behind: %s", exc), owner=self)

    def _queue(self, recording_id: str, path: Path, body: dict[str, Any]) -> None:
        uploads = self.uploads
        if uploads is None:
            self._unqueued.append((recording_id, path, body))
            return
        rid = _uuid_for(recording_id)
        self.ctx.tasks.write(
            lambda: uploads.add(rid, path, body),
            lambda _seq: self.send_loop.flush(),
            lambda exc: logger.error("recording %s not queued for upload", path.name, exc_info=exc),
            owner=self,
        )

    def _attach_crm(self, service: CrmService) -> None:
        self.crm = service
        store = service.store
        if store is None:
            return

        def opened(uploads: RecordingUploads) -> None:
            if self._closed:
                return
            self.uploads = uploads
            if service.signals is not None:  # the CRM answers again: send what waited
                service.signals.sig_status_changed.connect(self._crm_status_changed)
            for item in self._unqueued:
                self._queue(*item)
            self._unqueued.clear()
            self.send_loop.start(lambda: uploads.send(service.client))
            self._sweep(uploads)

        self.ctx.tasks.write(
            lambda: RecordingUploads(store.db),
            opened,
            lambda exc: logger.warning("recording uploads: %s", exc),
            owner=self,
        )

    def _attach_card(self, screenpop: ScreenPopApi) -> None:
        """A past call's row on the card (double-click) plays its recording."""
        screenpop.requests.sig_call_recording_requested.connect(self.play_call)

    def _crm_status_changed(self, status: SyncStatus) -> None:
        if status.state == ONLINE:
            self.send_loop.flush()

    # -- listening ---------------------------------------------------------------------------------
    def show_recordings(self, customer_id: str | None = None) -> None:
        """Open the recordings window for a customer (None: the one on the card)."""
        if customer_id is None:
            screenpop = self.ctx.services.get(SCREENPOP)
            card = screenpop.current_card() if screenpop is not None else None
            customer_id = card.customer.id if card is not None and card.customer is not None else ""
        if not customer_id:
            self._play_call = ""
            self.window.transient(self.tr("Open a customer's card first: the recordings are of their calls."))
            return
        panel = self._panel()
        self._customer = customer_id
        panel.set_rows([])
        panel.set_status(lambda: self.tr("Loading…"))
        assert self.panel_window is not None
        self.panel_window.show()
        self.panel_window.raise_()
        self._load(customer_id)

    def play_call(self, call_log_id: str) -> None:
        """Select and play the recording of a logged call, in the window of the card's customer."""
        self._play_call = call_log_id
        self.show_recordings()

    def player(self, parent: QWidget | None = None) -> PlayerControl:
        """A player of its own for another feature's window (the QA screen, My evaluations)."""
        return PlayerControl(self._player_now, self.ctx.tasks, self._fetch, parent)

    def _player_now(self) -> ClipPlayer:
        """The clip player recordings play on (made on first use; its thread ends at shutdown)."""
        from softphone.engine.audio_io import SoundDeviceIO  # with the first recording played
        from softphone.engine.clip_player import ClipPlayer

        if self._clip_player is None:
            device = self.playback_device or SoundDeviceIO(output_only=True)
            self._clip_player = ClipPlayer(device, "recording-player")
        if isinstance(self._clip_player.device, SoundDeviceIO):  # the setting as it is now, read at each start
            self._clip_player.device.output_device = self.ctx.settings.audio.output_device or None
        return self._clip_player

    def _panel(self) -> RecordingsPanel:
        if self.panel is None:
            self.panel = RecordingsPanel(self.player())
            self.panel_window = PanelWindow(self.panel, lambda: self.tr("Call recordings"), self.window)
            self.panel_window.resize(640, 400)
        return self.panel

    def _load(self, customer_id: str) -> None:
        service = self.crm
        if service is None:
            self._show_rows(customer_id, [], [])
            return
        template = self.ctx.settings.recording.pbx_url_template
        store = service.store

        def load() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            logs = store.related("call_logs", customer_id, limit=200) if template and store is not None else []
            items = service.client.request("GET", "/recordings", params={"customer_id": customer_id}).json()
            return items["items"], logs

        def failed(exc: BaseException) -> None:
            logger.info("recordings of a customer not loaded: %s", type(exc).__name__)
            if self.panel is not None and self._customer == customer_id:
                self.panel.set_status(lambda: self.tr("The recordings cannot be loaded now: the CRM does not answer."))

        self.ctx.tasks.run(load, lambda result: self._show_rows(customer_id, *result), failed, owner=self)

    def _show_rows(self, customer_id: str, items: list[dict[str, Any]], logs: list[dict[str, Any]]) -> None:
        if self.panel is None or self._customer != customer_id:
            return
        region = self.ctx.settings.crm.phone_region  # numbers as the rest of the app shows them
        rows = [
            RecordingRow(
                _when(item.get("started_at")),
                item.get("direction") == "inbound",
                format_phone(str(item.get("number") or ""), region),
                int(item.get("seconds") or 0),
                str(item.get("call_log_id") or ""),
                recording_id=str(item["id"]),
            )
            for item in items
        ]
        template = self.ctx.settings.recording.pbx_url_template
        for log in logs:
            url = pbx_url(template, log)
            if url:
                outbound = log.get("direction") == "outbound"
                number = str((log.get("callee") if outbound else log.get("caller")) or "")
                when, number = _when(log.get("ring_at")), format_phone(number, region)
                rows.append(RecordingRow(when, not outbound, number, 0, str(log["id"]), url=url))
        rows.sort(key=lambda r: r.when or datetime.min.replace(tzinfo=timezone.utc), reverse=True)
        self.panel.set_rows(rows)
        wanted, self._play_call = self._play_call, ""
        if wanted and self.panel.select_call(wanted):
            self.panel.play_selected()
        elif wanted:
            self.panel.set_status(lambda: self.tr("That call has no recording."))

    def _fetch(self, recording_id: str) -> Path:
        """The recording's file, fetched from the back office once (a complete recording never
        changes). Blocking: the player runs it in the background."""
        service = self.crm
        if service is None:
            raise FileNotFoundError(recording_id)
        folder = self.ctx.paths.cache_dir / "recordings"
        kept = [path for path in (folder / f"{recording_id}.ogg", folder / f"{recording_id}.wav") if path.is_file()]
        if kept:
            return kept[0]
        response = service.client.request("GET", f"/recordings/{recording_id}/content", read_timeout_s=60)
        suffix = ".ogg" if "ogg" in response.headers.get("content-type", "") else ".wav"
        path = folder / f"{recording_id}{suffix}"
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{recording_id}.{uuid.uuid4().hex}.part"  # another player may fetch it too
        partial.write_bytes(response.content)
        partial.replace(path)
        return path

    def shutdown(self) -> None:
        self._closed = True
        self.ctx.services.withdraw(RECORDINGS, self)
        for cancel in self._cancel:
            cancel()
        self.send_loop.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.ctx.settings_manager.sig_settings_changed.disconnect(self._settings_changed)
        if self.panel is not None:
            self.panel.stop_playing()
        if self._clip_player is not None:
            self._clip_player.close()


def _uuid_for(stem: str) -> str:
    """The recording's id: a UUID made from its file name (the same file always gets the same id)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"agent-desktop-recording:{stem}"))


def _when(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def install(ctx: AppContext, window: MainWindow) -> RecordingFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    phone = ctx.services.get(PHONE)
    assert phone is not None  # the spec requires it
    return RecordingFeature(ctx, window, phone)
