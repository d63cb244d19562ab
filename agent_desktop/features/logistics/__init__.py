"""Logistics: the sorting queue, couriers, shipment confirmation and the sorting list export."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.logistics.api import LOGISTICS
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(name="logistics", requires=(CRM,), provides=(LOGISTICS,))
