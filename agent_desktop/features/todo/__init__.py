"""The to-do list with due-time alerts (tray, the tab's badge, sound, taskbar, banner)."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.todo.api import TODOS
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec
from agent_desktop.shell.keys import DUE_ALERTS
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="todo",
    requires=(CRM,),
    optional=(SCREENPOP, DUE_ALERTS),
    provides=(TODOS,),
    docks=(
        DockSpec(
            "todo",
            QT_TRANSLATE_NOOP("MainWindow", "To-do"),
            QT_TRANSLATE_NOOP("MainWindow", "Nothing to do yet"),
            QT_TRANSLATE_NOOP("MainWindow", "Your tasks and alerts will be listed here once the CRM is connected."),
            area="right",
            size=420,
        ),
    ),
)
