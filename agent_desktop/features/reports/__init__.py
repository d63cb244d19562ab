"""Report screens: volume and abandons, service level, agents and media sources, with drill-down to the
calls behind a figure (supervisors and admins); an agent's own figures of the day ("My day")."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.reports.api import REPORTS
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="reports", requires=(CRM,), optional=(SCREENPOP,), provides=(REPORTS,))
