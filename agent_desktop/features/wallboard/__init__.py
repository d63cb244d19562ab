"""The supervisor's live wallboard: every agent's state, reason, time in state and current call."""

from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.wallboard.api import WALLBOARD
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="wallboard", requires=(CRM,), optional=(LIVE,), provides=(WALLBOARD,))
