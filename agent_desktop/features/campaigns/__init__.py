"""Outbound campaigns: the agent's Campaign dock (preview and progressive dialling, results sent to
the back office from a durable queue, the campaign's disposition) and the supervisors' campaigns
window (progress, projected finish, start / pause / resume / finish, why records are not dialled)."""

from agent_desktop.features.campaigns.api import CAMPAIGNS
from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.orders.api import ORDERS
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.search.api import SEARCH
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="campaigns",
    optional=(CRM, LIVE, PHONE, SCREENPOP, ORDERS, SEARCH),
    provides=(CAMPAIGNS,),
    docks=(
        DockSpec(
            "campaigns",
            QT_TRANSLATE_NOOP("MainWindow", "Campaign"),
            QT_TRANSLATE_NOOP("MainWindow", "No campaign"),
            QT_TRANSLATE_NOOP("MainWindow", "The outbound campaigns of your team will be worked here."),
            area="right",
            tab_with="callbacks",
        ),
    ),
)
