"""Customer search, the customer form, complaint logging, and handing results to a call list."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.search.api import SEARCH
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="search", requires=(CRM,), optional=(SCREENPOP,), provides=(SEARCH,))
