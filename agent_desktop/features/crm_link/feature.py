"""Feature: the CRM connection (embedded or shared back office), local store and sync engine.

``install(ctx, window)`` starts everything off the GUI thread (``ctx.tasks``) and shows the state in
``window.status_indicator("crm")`` (plus a progress bar during the first sync). When ready it provides
:data:`~agent_desktop.features.crm_link.api.CRM`: a :class:`~agent_desktop.features.crm_link.api.CrmService`
with the HTTP client, the local store and the sync engine's Qt signals. Tools → Sync conflicts… (or a click on the indicator while it shows conflicts)
opens :class:`~agent_desktop.features.crm_link.conflicts_dialog.ConflictsDialog`. ``shutdown()`` stops the sync thread,
closes the store, then stops the embedded server.

* ``crm.url`` empty: the back office runs in a child process (:mod:`agent_desktop.features.crm_link.core.embedded_backoffice`) and a
  single local agent is signed in without a prompt.
* ``crm.url`` set: ``crm.username`` and the password from the keyring (``crm:{user}@{url}``); when
  either is missing or refused, a small sign-in dialog asks and the password goes to the keyring.
  Without a usable keyring (none, insecure, locked) the password is kept in memory for this session
  only and the "crm_password" indicator says so. A password entered in Settings → CRM while not
  signed in (or refused) signs in with it. File → Sign out (the accounts feature) sets
  ``end_session_on_close``: when the service closes at the end of the run, the session ends on the
  server and the stored password is forgotten, so the next start asks who signs in.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.conflicts_dialog import ConflictsDialog
from agent_desktop.features.crm_link.core.embedded_backoffice import LOCAL_AGENT, EmbeddedBackOffice
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.crm_link.status import CrmStatusView
from agent_desktop.shell.credentials import InsecureKeyringError, crm_account, crm_user
from crm.client import ClientConfig, CrmClient
from crm.client_errors import AuthenticationFailed, CrmUnavailable, TooManyAttempts
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.logfiles import LogLimits
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine
from crm.sync_events import AUTH_FAILED, ConflictsFound, SyncStatus

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.login_dialog import CrmLoginDialog
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

NOT_SIGNED_IN = QT_TRANSLATE_NOOP("CrmLink", "Not signed in to the CRM")
START_FAILED = QT_TRANSLATE_NOOP("CrmLink", "The CRM connection could not be started; the log has the details.")
SIGN_OUT_S = 2.0
"""How long a sign-out waits for the back office to end the session (else it ends at its expiry)."""


def store_file_name(url: str, username: str) -> str:
    """One local store per (server, user), so switching servers or users never mixes their data (the
    embedded back office's local agent keeps the name it always had)."""
    if not url and username in ("", LOCAL_AGENT):
        return "crm-embedded.db"
    digest = hashlib.sha256(f"{url}|{username}".encode()).hexdigest()[:12]
    return f"crm-embedded-{digest}.db" if not url else f"crm-{digest}.db"


class CrmLink(QObject):
    """The installed feature."""

    _sig_secret_stored = Signal(str)
    """A secret was stored (its account), from any thread: queued to the GUI thread."""
    _sig_backoffice_down = Signal(int, bool)
    """The embedded back office died (exit code, given up restarting it), from its watching thread."""
    _sig_backoffice_back = Signal(str)
    """The embedded back office serves again (its URL), from its watching thread."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.view = CrmStatusView(
            window.status_indicator("crm"), window.statusBar(), self, window.status_indicator("crm_password")
        )
        self.embedded: EmbeddedBackOffice | None = None
        self.service: CrmService | None = None
        self.live: LiveEvents | None = None
        self._dialog: CrmLoginDialog | None = None
        self._closed = False
        self._signing_in = False  # a sign-in task is under way (it stores the password itself)
        self._auth_failed = False  # the CRM refused the signed-in service's password
        self._typed_username = ""  # the user name last entered in the sign-in dialog
        self._sig_secret_stored.connect(self._on_secret_stored)
        self._sig_backoffice_down.connect(self.view.show_backoffice_down)
        self._sig_backoffice_back.connect(self._on_backoffice_back)
        self._stop_listening = ctx.credentials.add_listener(self._sig_secret_stored.emit)
        self.conflicts_dialog: ConflictsDialog | None = None
        self._conflict_count = 0
        self.act_conflicts = window.add_menu_action(
            "tools", lambda: self.tr("Sync co&nflicts…"), "", self.open_conflicts
        )
        self.act_conflicts.setEnabled(False)
        self.view.indicator.installEventFilter(self)  # a click on "N to resolve" opens the list

    # -- start --------------------------------------------------------------------------------
    def start(self) -> None:
        self.view.show_connecting()
        crm = self.ctx.settings.crm
        if not crm.url:
            logs = self.ctx.settings.logs
            self.embedded = EmbeddedBackOffice(
                self.ctx.paths.data_dir / "backoffice",
                self.ctx.paths.log_dir,
                log_limits=LogLimits.from_mb(logs.max_file_mb, logs.keep_files),
                username=crm.username or LOCAL_AGENT,  # ``--as supervisor``: the demo supervisor
                on_exit=self._sig_backoffice_down.emit,
                on_back=self._sig_backoffice_back.emit,
            )
            self.ctx.tasks.run(self._connect_embedded, self._on_ready, self._on_failed, owner=self)
        else:
            self._signing_in = True
            self.ctx.tasks.run(
                lambda: self._connect_remote(crm.username, None), self._on_ready, self._on_remote_failed, owner=self
            )

    def _connect_embedded(self) -> CrmService:
        """Pool thread: start the back office process, sign the local agent in."""
        embedded = self.embedded
        assert embedded is not None  # start() made it before queuing this
        url = embedded.start()
        fresh_server = embedded.seeded_now
        username, password = embedded.ensure_agent()
        service = self._open(url, username, password, embedded=True)
        if fresh_server:  # a new back-office database: our cursor would point past its changes
            service.store.reset_cursors()
        service.client.login(username, password)
        return service

    def _connect_remote(self, username: str, password: str | None) -> CrmService:
        """Pool thread: secret from the keyring (or the dialog), sign in; offline is fine.

        A keyring that cannot be used is no error: the password is then kept for this session only."""
        url = self.ctx.settings.crm.url
        if not username:
            raise AuthenticationFailed("no CRM user name configured")
        account = crm_account(username, url)
        if password is None:
            password = self.ctx.credentials.recall(account)
            if not password:
                raise AuthenticationFailed("no CRM password stored")
        service = self._open(url, username, password, embedded=False)
        try:
            service.client.login(username, password)
        except CrmUnavailable:
            logger.info("CRM %s unreachable at start; working offline", url)
        except AuthenticationFailed:
            service.store.close()
            raise
        self.ctx.credentials.keep(account, password)
        return service

    def _open(self, url: str, username: str, password: str, *, embedded: bool) -> CrmService:
        crm = self.ctx.settings.crm
        client = CrmClient(ClientConfig(url, timeout_s=crm.timeout_s), credentials=lambda: (username, password))
        store = Store(
            self.ctx.paths.data_dir / store_file_name("" if embedded else url, username), phone_region=crm.phone_region
        )
        engine = SyncEngine(client, store, SyncConfig(interval_s=crm.sync_interval_s))
        return CrmService(client, store, engine, url, username, embedded)

    # -- GUI thread ---------------------------------------------------------------------------
    def _on_ready(self, service: CrmService) -> None:
        self._signing_in = False
        if self._closed:
            self._close_service(service)
            if self.embedded is not None:
                self.embedded.stop()
            return
        signals = service.signals = CrmSyncSignals(self)
        signals.sig_status_changed.connect(self.view.on_status)
        signals.sig_status_changed.connect(self._on_status)
        signals.sig_status_changed.connect(self._track_conflicts)
        signals.sig_conflicts_found.connect(self._on_conflicts_found)
        signals.sig_progress.connect(self.view.on_progress)
        service.engine.add_listener(signals.on_event)
        self.service = service
        self.ctx.services.provide(CRM, service)
        self.act_conflicts.setEnabled(True)
        service.engine.start()
        if not service.embedded:
            self.view.show_password_kept(not self.ctx.credentials.session_only)
            self.live = LiveEvents(service.client, self)
            self.ctx.services.provide(LIVE, self.live)
            self.live.start()
        logger.info("CRM link ready (%s as %s)", "embedded" if service.embedded else service.url, service.username)

    def _on_backoffice_back(self, _url: str) -> None:
        """The embedded back office was restarted (same URL and password): send what waits now."""
        self.view.show_backoffice_back()
        if self.service is not None:
            self.service.engine.wake()

    # -- sync conflicts -----------------------------------------------------------------------
    def open_conflicts(self) -> ConflictsDialog | None:
        """Show the sync conflicts window (one, kept while the store is open) with a fresh list."""
        if self.service is None:
            return None
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(
                self.service.store, self.ctx.tasks, self.window, region=self.ctx.settings.crm.phone_region
            )
        elif not self.conflicts_dialog.isVisible():
            self.conflicts_dialog.reload()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.activateWindow()
        return self.conflicts_dialog

    def _on_conflicts_found(self, _event: ConflictsFound) -> None:
        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self.conflicts_dialog.reload()

    def _track_conflicts(self, status: SyncStatus) -> None:
        self._conflict_count = status.conflicts
        if status.conflicts:
            self.view.indicator.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.view.indicator.unsetCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view.indicator
            and event.type() == QEvent.Type.MouseButtonRelease
            and self._conflict_count
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.open_conflicts()
        return super().eventFilter(watched, event)

    def _on_status(self, status: SyncStatus) -> None:
        """A shared CRM refused our password (changed on the server): ask again, once at a time."""
        self._auth_failed = status.state == AUTH_FAILED
        service = self.service
        if (
            status.state != AUTH_FAILED
            or service is None
            or service.embedded
            or self._closed
            or self._dialog is not None
        ):
            return
        self._ask_password(service.url, service.username, self.tr("Sign-in to the CRM expired"), self._on_new_password)

    def _on_new_password(self, username: str, password: str | None) -> None:
        """Sign the running service in again (``password`` None: the one just stored for ``username``)."""
        service = self.service
        self._dialog = None
        if service is None:
            return
        if username != service.username:  # another user: start over with a fresh local copy
            self.shutdown_service()
            self._closed = False
            self._on_login_entered(username, password)
            return
        account = crm_account(username, service.url)

        def relogin() -> None:
            secret = password if password is not None else self.ctx.credentials.recall(account)
            if not secret:
                raise AuthenticationFailed("no CRM password stored")
            service.client.login(username, secret)
            service.client.set_credentials(lambda: (username, secret))
            self.ctx.credentials.keep(account, secret)

        def done(_result: None) -> None:
            self._signing_in = False
            self.view.show_password_kept(not self.ctx.credentials.session_only)
            service.engine.wake()

        def failed(_exc: BaseException) -> None:
            self._signing_in = False
            self._on_status(SyncStatus(AUTH_FAILED))

        self._signing_in = True
        self.ctx.tasks.run(relogin, done, failed, owner=self)

    def _on_secret_stored(self, account: str) -> None:
        """A password stored elsewhere (Settings → CRM): when ours is missing or refused, sign in with it."""
        username = crm_user(account, self.ctx.settings.crm.url)
        if username is None or self.embedded is not None or self._closed or self._signing_in:
            return
        if self.service is not None and not self._auth_failed:
            return  # signed in: the new password serves at the next sign-in
        if self._dialog is not None:  # the password came from Settings instead
            dialog, self._dialog = self._dialog, None
            dialog.rejected.disconnect(self._on_login_cancelled)
            dialog.reject()
        logger.info("CRM password entered in the settings; signing in")
        if self.service is None:
            self._on_login_entered(username, None)
        else:
            self._on_new_password(username, None)

    def _ask_password(
        self, url: str, username: str, message: str, on_entered: Callable[[str, str], None], note: str = ""
    ) -> None:
        from agent_desktop.features.crm_link.login_dialog import CrmLoginDialog

        dialog = CrmLoginDialog(url, username, message, parent=self.window, note=note)
        dialog.accepted.connect(lambda: on_entered(dialog.username(), dialog.password()))
        dialog.rejected.connect(self._on_login_cancelled)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        if self.service is None:  # signed in already: the indicator keeps the sync state
            self.view.show_sign_in_needed()
        dialog.open()

    def _on_login_cancelled(self) -> None:
        self._dialog = None
        self.view.show_error(NOT_SIGNED_IN)

    def _on_failed(self, exc: BaseException) -> None:
        logger.error("CRM link failed to start", exc_info=exc)
        message = getattr(exc, "message", None)
        if isinstance(message, Msg):  # the CRM client's own text for the agent
            self.view.show_error(message)
        elif isinstance(exc, InsecureKeyringError):  # translated when raised
            self.view.show_error(str(exc))
        else:  # a technical error (keyring, disk, server start): its text is for the log
            self.view.show_error(START_FAILED)

    def _on_remote_failed(self, exc: BaseException) -> None:
        self._signing_in = False
        if not isinstance(exc, AuthenticationFailed) or self._closed:
            self._on_failed(exc)
            return
        crm = self.ctx.settings.crm
        message = self.tr("Wrong user name or password") if "no CRM" not in str(exc) else ""
        if isinstance(exc, TooManyAttempts) and isinstance(exc.message, Msg):  # held back after failed sign-ins
            message = QCoreApplication.translate(exc.message.context, exc.message)
        note = ""
        if self.ctx.credentials.session_only:
            self.view.show_password_kept(False)
            note = self.tr("No system password store is available: the password is kept only until you quit.")
        username = self._typed_username or crm.username  # what the agent typed stays in the field
        self._ask_password(crm.url, username, message, self._on_login_entered, note)

    def _on_login_entered(self, username: str, password: str | None) -> None:
        """Sign in as ``username`` (``password`` None: the one stored for it)."""
        self._dialog = None
        self._typed_username = username
        crm = self.ctx.settings.crm
        if username != crm.username and not self.ctx.settings_manager.is_locked("crm.username"):
            self.ctx.settings_manager.update({"crm.username": username})
        self.view.show_connecting()
        self._signing_in = True
        self.ctx.tasks.run(
            lambda: self._connect_remote(username, password), self._on_ready, self._on_remote_failed, owner=self
        )

    # -- stop ---------------------------------------------------------------------------------
    def _close_service(self, service: CrmService) -> None:
        service.engine.stop(timeout=5.0)  # bounded: quitting must not hang on a slow CRM
        if service.end_session_on_close:
            self._end_session(service)
        service.client.close()
        service.store.close()

    def _end_session(self, service: CrmService) -> None:
        """File > Sign out: the session ends on the server and the stored password is forgotten (in
        the background tasks, waited for at most :data:`SIGN_OUT_S`, as presence's log-out is)."""
        account = crm_account(service.username, service.url)

        def end() -> bool:
            try:
                return service.client.logout(read_timeout_s=SIGN_OUT_S)
            finally:
                self.ctx.credentials.delete(account)

        try:
            ended = self.ctx.tasks.run(end, on_failure=lambda _exc: None).result(timeout=SIGN_OUT_S + 1.0)
        except Exception as exc:  # a keyring that cannot be used, or too slow a CRM
            logger.warning("CRM sign-out of %s not finished: %s", service.username, type(exc).__name__)
            return
        logger.info("CRM sign-out of %s: %s", service.username, "session ended" if ended else "CRM not reached")

    def shutdown_service(self) -> None:
        """Stop sync and close the store (the embedded server keeps running)."""
        self._closed = True
        self.act_conflicts.setEnabled(False)
        self._conflict_count = 0
        if self.conflicts_dialog is not None:  # it reads the store closed below
            self.conflicts_dialog.close()
            self.conflicts_dialog.deleteLater()
            self.conflicts_dialog = None
        if self.live is not None:
            self.ctx.services.withdraw(LIVE, self.live)
            self.live.close()
            self.live = None
        if self.service is not None:
            self.ctx.services.withdraw(CRM, self.service)
            self.ctx.tasks.finish_writes()  # what the agent saved a moment ago lands before the store closes
            self._close_service(self.service)
            self.service = None

    def shutdown(self) -> None:
        """Stop sync, close the store, then stop the embedded server."""
        self._stop_listening()
        self.shutdown_service()
        self.view.show_password_kept(True)
        self.window.menu("tools").removeAction(self.act_conflicts)
        if self.embedded is not None:
            self.embedded.stop()


def install(ctx: AppContext, window: MainWindow) -> CrmLink:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    link = CrmLink(ctx, window)
    link.start()
    return link
