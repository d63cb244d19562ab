"""Agent presence: the agent's state as supervisors see it (Ringing, On call, On hold, Wrap-up, Not ready
with its reason), sent to the back office in order through the local store; the wrap-up's time limit."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence.api import PRESENCE
from agent_desktop.shell.feature_spec import FeatureSpec
from agent_desktop.shell.keys import AGENT_STATE

SPEC = FeatureSpec(
    name="presence",
    optional=(CRM, PHONE, AGENT_STATE),
    provides=(PRESENCE,),
)
