"""What a feature declares about itself, as data the shell reads before the feature is imported.

Each feature package's ``__init__.py`` holds one :class:`FeatureSpec` named ``SPEC``: the services it
needs and offers, the docks and status-bar indicators the shell lays out for it. The shell builds the
window (docks with placeholders, indicators, the saved layout) from the specs at start-up, shows it,
and only then imports and installs each feature's ``feature.py`` (``install(ctx, window)``), one per
event-loop turn. No Qt here: a spec must stay cheap to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from agent_desktop.shell.services import ServiceKey

DockArea = Literal["left", "right", "top", "bottom"]


@dataclass(frozen=True)
class DockSpec:
    """A dock the feature fills (``window.set_dock_content(name, widget)``)."""

    name: str
    title: str
    """Translatable (``QT_TRANSLATE_NOOP("MainWindow", ...)``), like the two placeholder texts."""
    empty_head: str
    """What the placeholder says until the feature fills the dock."""
    empty_text: str
    area: DockArea
    size: int = 0
    """Default width (left/right) or height (top/bottom) in pixels; 0: whatever the others leave."""
    tab_with: str = ""
    """Share the area with this dock as tabs (the other one stays in front)."""


@dataclass(frozen=True)
class IndicatorSpec:
    """A status-bar indicator the feature drives (``window.status_indicator(name)``)."""

    name: str
    initial_text: str
    """Translatable text shown until the feature sets its own; empty: hidden until the feature shows it."""
    position: int
    """Order in the status bar, left to right (the shell's agent-state indicator is at 30)."""


@dataclass(frozen=True)
class FeatureSpec:
    """One feature: its name (the package under ``agent_desktop.features``) and what it declares."""

    name: str
    requires: tuple[ServiceKey[Any], ...] = ()
    """Services it cannot work without: it is not installed when no feature of the run provides one."""
    optional: tuple[ServiceKey[Any], ...] = ()
    """Services it uses when present (it waits for them; it works without)."""
    provides: tuple[ServiceKey[Any], ...] = ()
    docks: tuple[DockSpec, ...] = ()
    indicators: tuple[IndicatorSpec, ...] = ()
    package: str = "agent_desktop.features"

    @property
    def module(self) -> str:
        """The module with ``install(ctx, window)``."""
        return f"{self.package}.{self.name}.feature"
