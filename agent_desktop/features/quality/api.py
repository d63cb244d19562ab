"""What agent evaluation offers the other features."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["QUALITY", "QaScoresPanel", "QualityApi"]


class QaScoresPanel(Protocol):
    """The KPI ``qa_score`` (average QA score per agent and week or month) for a report's filters."""

    def widget(self) -> QWidget: ...

    def show_period(self, first_day: date, last_day: date, team: str | None, agent: str | None) -> None:
        """Read and show the scores of the agents the filters name (background); the days are the
        centre's, the last included."""


class QualityApi(Protocol):
    """The installed agent evaluation (provided as :data:`QUALITY`)."""

    def open_evaluate(self) -> None:
        """Open the QA screen (supervisors and admins)."""

    def open_mine(self) -> None:
        """Open the signed-in agent's evaluations."""

    def scores_panel(self) -> QaScoresPanel | None:
        """A new panel of QA scores for the report window (None before the CRM is there)."""


QUALITY: ServiceKey[QualityApi] = ServiceKey("quality")
