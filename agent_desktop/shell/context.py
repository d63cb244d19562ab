"""AppContext: what every feature receives (no global singletons: this is passed in)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agent_desktop.shell.services import ServiceRegistry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from agent_desktop.settings import Settings, SettingsManager
    from agent_desktop.shell.credentials import Credentials
    from agent_desktop.shell.i18n import TranslationManager
    from agent_desktop.shell.logging_setup import RedactionFilter
    from agent_desktop.shell.paths import AppPaths
    from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)


@dataclass
class AppContext:
    """The composition root's shared objects.

    ``settings`` is always the current resolved :class:`Settings` (it follows the manager, so a
    feature holding ``ctx`` sees changes made in the Settings dialog; subscribe to
    ``ctx.settings_manager.sig_settings_changed`` to react to them).
    """

    settings_manager: SettingsManager
    credentials: Credentials
    tasks: BackgroundTasks
    paths: AppPaths
    app: QApplication
    translations: TranslationManager | None = None
    redactor: RedactionFilter | None = None
    services: ServiceRegistry = field(default_factory=ServiceRegistry)
    """Services features offer each other, by typed key (``ctx.services.get(CRM)``); subscribable."""

    @property
    def settings(self) -> Settings:
        return self.settings_manager.settings
