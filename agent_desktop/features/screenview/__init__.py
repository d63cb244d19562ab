"""Silent screen view: a supervisor sees an agent's main window about once a second, beside the agent's
operation trail; the agent's desktop sends frames only while somebody watches, and says so per policy."""

from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.screenview.api import SCREENVIEW
from agent_desktop.shell.feature_spec import FeatureSpec, IndicatorSpec

SPEC = FeatureSpec(
    name="screenview",
    optional=(CRM, LIVE),
    provides=(SCREENVIEW,),
    indicators=(IndicatorSpec("screenview", "", 32),),
)
