"""Listen, whisper, barge: a supervisor joins an agent's call by dialling the PBX's feature codes; the
monitored agent's desktop says so per policy."""

from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.monitor.api import MONITOR
from agent_desktop.features.phone.api import PHONE
from agent_desktop.shell.feature_spec import FeatureSpec, IndicatorSpec

SPEC = FeatureSpec(
    name="monitor",
    requires=(PHONE, CRM),
    optional=(LIVE,),
    provides=(MONITOR,),
    indicators=(IndicatorSpec("monitored", "", 33),),
)
