"""Order entry and order lookup, with drafts that survive a crash."""

from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.orders.api import ORDERS
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="orders", requires=(CRM,), optional=(SCREENPOP, LIVE), provides=(ORDERS,))
