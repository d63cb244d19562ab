"""The team filter of a supervisor's screens (the wallboard, the reports): a combo box whose first
entry stands for every team the user may see. A supervisor sees their own team only (the back office
gives them no other), so for them that entry names the team and the filter cannot be changed; an
admin's reads "All teams" and offers each team after it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def name_team_filter(combo: QComboBox, own_team: str | None, all_teams: str, own_tip: str, tip: str = "") -> None:
    """Set the first entry of ``combo``: ``own_team`` (a supervisor's; the filter disabled, ``own_tip``
    as its tool tip) or ``all_teams`` (the filter enabled, ``tip``). Call it again on a language change."""
    if not combo.count():
        combo.addItem("", None)
    combo.setItemText(0, own_team or all_teams)
    combo.setEnabled(not own_team)
    combo.setToolTip(own_tip if own_team else tip)
