"""The customer card: pops while a call rings, the wrap-up after it, quick-create and blocking."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec
from agent_desktop.shell.keys import AGENT_STATE
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="screenpop",
    optional=(CRM, PHONE, AGENT_STATE),
    provides=(SCREENPOP,),
    docks=(
        DockSpec(
            "customer_card",
            QT_TRANSLATE_NOOP("MainWindow", "Customer card"),
            QT_TRANSLATE_NOOP("MainWindow", "No caller"),
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "When a call rings, the caller's card pops up here: who they are, past contacts, orders, "
                "complaints and preferences.",
            ),
            area="right",
        ),
    ),
)
