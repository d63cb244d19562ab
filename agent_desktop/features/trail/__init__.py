"""The operation trail: what the agent did (answered a call, opened a customer, created an order,
changed state, searched, exported), sent to the back office in order for the supervisors' view."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence.api import PRESENCE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.search.api import SEARCH
from agent_desktop.features.trail.api import TRAIL
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="trail", optional=(CRM, PHONE, SCREENPOP, SEARCH, PRESENCE), provides=(TRAIL,))
