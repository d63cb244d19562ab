"""Coaching messages: a supervisor's text or standard text to an agent or a team, shown to the agent at
once without taking the keyboard focus, read receipts and replies, the history per agent."""

from agent_desktop.features.coaching.api import COACHING
from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec
from agent_desktop.shell.keys import DUE_ALERTS
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="coaching",
    requires=(CRM,),
    optional=(LIVE, SCREENPOP, DUE_ALERTS),
    provides=(COACHING,),
    docks=(
        DockSpec(
            "coaching",
            QT_TRANSLATE_NOOP("MainWindow", "Coaching"),
            QT_TRANSLATE_NOOP("MainWindow", "No coaching messages"),
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Messages from your supervisor and the standard texts to read to customers will appear here.",
            ),
            area="right",
            tab_with="todo",
        ),
    ),
)
