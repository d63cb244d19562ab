"""Listen, whisper, barge: a supervisor joins an agent's call by dialling the PBX's feature codes."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.monitor.api import MONITOR
from agent_desktop.features.phone.api import PHONE
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="monitor", requires=(PHONE, CRM), provides=(MONITOR,))
