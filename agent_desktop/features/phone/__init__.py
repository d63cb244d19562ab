"""The softphone: SIP engine, dial pad and lines, call controls and hotkeys."""

from agent_desktop.features.phone.api import PHONE
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec, IndicatorSpec
from agent_desktop.shell.keys import AGENT_STATE
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="phone",
    provides=(PHONE,),
    optional=(AGENT_STATE,),  # a phone that cannot take calls makes the agent Not ready
    docks=(
        DockSpec(
            "softphone",
            QT_TRANSLATE_NOOP("MainWindow", "Softphone"),
            QT_TRANSLATE_NOOP("MainWindow", "No phone line yet"),
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "The dial pad, your phone lines and the call controls (answer, hold, transfer, mute) will appear here.",
            ),
            area="left",
            size=340,
        ),
    ),
    indicators=(
        IndicatorSpec("sip", QT_TRANSLATE_NOOP("MainWindow", "SIP: not started"), 10),
        IndicatorSpec("audio", QT_TRANSLATE_NOOP("MainWindow", "Audio: idle"), 40),
    ),
)
