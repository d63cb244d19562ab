"""The Call Back queue: missed and refused callers, promised call backs and outbound call lists."""

from agent_desktop.features.callbacks.api import CALLBACKS
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec
from agent_desktop.shell.keys import DUE_ALERTS
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="callbacks",
    optional=(CRM, PHONE, SCREENPOP, DUE_ALERTS),
    provides=(CALLBACKS,),
    docks=(
        DockSpec(
            "callbacks",
            QT_TRANSLATE_NOOP("MainWindow", "Callbacks"),
            QT_TRANSLATE_NOOP("MainWindow", "No callbacks scheduled"),
            QT_TRANSLATE_NOOP(
                "MainWindow", "Customers waiting for you to call back will be listed here, soonest first."
            ),
            area="right",
            tab_with="todo",
        ),
    ),
)
