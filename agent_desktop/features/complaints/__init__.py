"""The supervisors' complaints list."""

from agent_desktop.features.complaints.api import COMPLAINTS
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.search.api import SEARCH
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="complaints", requires=(CRM,), optional=(SEARCH,), provides=(COMPLAINTS,))
